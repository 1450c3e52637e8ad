"""One reader for every dictionary and frame-lexicon file, into one neutral form.

:func:`read_wordlists` reads

* LIWC ``.dic``: ``%``, ``<id><TAB><category>`` lines, ``%``, then
  ``<term><TAB><id> ...`` lines. A term of several words (``sea wall``, also
  written with tabs between its words) is a **phrase**. Ids may be separated by
  tabs or spaces; conditional ids (``134(02 253)/125``) are dropped and the term
  is read with its plain ids (a warning counts them).
* YAML ``.yml``/``.yaml``: our frame-lexicon format when the mapping has a
  ``frames`` key (names, thresholds, labels, definitions, ``term: weight``),
  else a quanteda dictionary (``category: [terms]``, nested keys joined with
  ``.``). Terms are read as written (``no``, ``1.50`` and ``null`` are words).
* Lexicoder ``.cat``: a category name at the start of a line, its entries
  indented below, each optionally followed by a weight in parentheses.
* ``.csv``/``.tsv``: ``word,weight`` (a positive weight puts the word in
  ``positive``, a negative one in ``negative``) or ``term,category[,weight]``;
  comma, tab or semicolon; a header row is optional.

into a :class:`WordLists` (category -> term -> weight, plus what the format
carries), and :func:`to_dictionary_parts` / :func:`to_lexicon_parts` turn that
into the arguments of :class:`newsresearch.sentiment.Dictionary` and
:class:`newsresearch.framing.Lexicon`. Every malformed file raises
:class:`LexiconError` naming the file, the line and what to do.
"""

from __future__ import annotations

import csv
import io
import logging
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = [
    "FORMATS",
    "CategoryInfo",
    "LexiconError",
    "WordLists",
    "read_mapping",
    "read_text",
    "read_wordlists",
    "to_dictionary_parts",
    "to_lexicon_parts",
]

log = logging.getLogger(__name__)

#: Reader names accepted by ``format=`` (``"yaml"`` tells quanteda from our format itself).
FORMATS = ("liwc", "yaml", "lexicoder", "csv")
SUFFIX_FORMATS = {
    ".dic": "liwc",
    ".yml": "yaml",
    ".yaml": "yaml",
    ".cat": "lexicoder",
    ".csv": "csv",
    ".tsv": "csv",
}
_GLOB_CHARS = re.compile(r"[*?]")
_LIWC_CONDITIONAL = re.compile(r"[()/<>]")
_CAT_WEIGHT = re.compile(r"(.*?)\s*\(\s*([-+]?\d+(?:\.\d+)?)\s*\)")
_FRAME_KEYS = ("definition", "label", "terms", "threshold")
_CSV_HEADER_WORDS = frozenset(
    "word words term terms entry entries pattern token category categories weight score value "
    "frame".split()
)


class LexiconError(ValueError):
    """A dictionary or lexicon file is malformed; the message names the file and line."""


@dataclass(frozen=True)
class CategoryInfo:
    """What our frame-lexicon format says about one category besides its terms."""

    label: str = ""
    definition: str = ""
    threshold: float | None = None


@dataclass(frozen=True)
class WordLists:
    """A dictionary in neutral form: category -> term -> weight, in file order.

    Terms are lower-cased with curly apostrophes straightened and runs of
    whitespace made one space; ``*`` and ``?`` are wildcards; a term of several
    words is a phrase. Categories declared without terms (a LIWC header id that
    no term uses, ``key: []``) are kept, empty.

    Attributes
    ----------
    categories : dict
        Category -> term -> weight (1.0 unless the file gives one).
    source : str
        The file path, a built-in scheme name or ``"<mapping>"``.
    format : str
        ``"liwc"``, ``"quanteda"``, ``"frames"`` (ours), ``"lexicoder"`` or ``"csv"``.
    name : str
        The lexicon's declared name (our format), else the file stem.
    stated : frozenset of str
        Terms whose weight the file writes out (``.cat``, ``.csv``, ``term: w``).
    threshold, title, description, info
        Our frame format's presence threshold (None when not set), title,
        description and per-category label, definition and threshold.

    Examples
    --------
    >>> wl = read_mapping({"economy": ["Econom*", "tax cut"]})
    >>> wl.categories, wl.format
    ({'economy': {'econom*': 1.0, 'tax cut': 1.0}}, 'quanteda')
    """

    categories: dict[str, dict[str, float]]
    source: str
    format: str
    name: str
    stated: frozenset[str] = frozenset()
    threshold: float | None = None
    title: str = ""
    description: str = ""
    info: dict[str, CategoryInfo] = field(default_factory=dict)


# ---------------------------------------------------------------------------
# Entry points
# ---------------------------------------------------------------------------


def read_wordlists(path: str | Path, *, format: str | None = None) -> WordLists:
    """Read a ``.dic``, ``.yml``/``.yaml``, ``.cat`` or ``.csv``/``.tsv`` file.

    Parameters
    ----------
    path : str or Path
        The file (UTF-8, a byte-order mark is allowed).
    format : {"liwc", "yaml", "lexicoder", "csv"}, optional
        Overrides the format told by the suffix.

    Raises
    ------
    LexiconError
        On a malformed file or an unknown format (names file, line, what to do).
    FileNotFoundError
        When *path* does not exist.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "tone.dic"
    >>> _ = p.write_text("%\\n1\\tpositive\\n%\\ngood\\t1\\nwell\\tdone\\t1\\n")
    >>> read_wordlists(p).categories
    {'positive': {'good': 1.0, 'well done': 1.0}}
    """
    path = Path(path)
    if format is None:
        format = SUFFIX_FORMATS.get(path.suffix.lower())
        if format is None:
            raise LexiconError(
                f"{path}: cannot tell the format from the suffix {path.suffix!r}; valid formats "
                "are ['.dic' (LIWC), '.yaml'/'.yml' (ours or quanteda), '.cat' (Lexicoder), "
                f"'.csv'/'.tsv']; rename the file or pass format=..., valid values are {list(FORMATS)}"
            )
    if format not in FORMATS:
        raise LexiconError(f"format {format!r} is invalid; valid values are {list(FORMATS)}")
    if not path.exists():
        raise FileNotFoundError(f"dictionary file not found: {path}")
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise LexiconError(f"{path}: not UTF-8 text ({exc}); save the file as UTF-8") from exc
    return read_text(text, source=str(path), format=format)


def read_text(text: str, *, source: str, format: str) -> WordLists:
    """Read the text of a dictionary file; *source* names it in messages and the result.

    Examples
    --------
    >>> read_text("POSITIVE\\n\\tGOOD (2)\\n", source="t.cat", format="lexicoder").categories
    {'POSITIVE': {'good': 2.0}}
    """
    readers = {"liwc": _read_liwc, "yaml": _read_yaml, "lexicoder": _read_cat, "csv": _read_csv}
    if format not in readers:
        raise LexiconError(f"format {format!r} is invalid; valid values are {list(FORMATS)}")
    wl = readers[format](text.lstrip("\ufeff"), source)
    if not any(wl.categories.values()):
        raise LexiconError(f"{source}: no terms found; add entries under a category")
    return wl


def read_mapping(data: Mapping[str, Any], source: str = "<mapping>") -> WordLists:
    """Read an already-parsed mapping: our format when it has ``frames``, else quanteda.

    Examples
    --------
    >>> read_mapping({"frames": {"cost": {"terms": [{"price*": 2}]}}}).categories
    {'cost': {'price*': 2.0}}
    """
    if isinstance(data, Mapping) and "frames" in data:
        wl = _our_format(data, source)
    else:
        wl = _quanteda(data, source)
    if not any(wl.categories.values()):
        raise LexiconError(f"{source}: no terms found; add entries under a category")
    return wl


# ---------------------------------------------------------------------------
# Adapters
# ---------------------------------------------------------------------------


def to_dictionary_parts(wl: WordLists) -> dict[str, Any]:
    """Keyword arguments of ``sentiment.Dictionary``: categories, weights, name, source.

    Categories become lists of terms; ``weights`` holds the weights the file
    writes out or that differ from 1 (a term in several categories keeps the
    weight of the last one, as ``Dictionary`` has one weight per term).

    Examples
    --------
    >>> to_dictionary_parts(read_mapping({"positive": ["good"]}))
    {'categories': {'positive': ['good']}, 'weights': {}, 'name': '<mapping>', 'source': '<mapping>'}
    """
    weights: dict[str, float] = {}
    for terms in wl.categories.values():
        for term, w in terms.items():
            if w != 1.0 or term in wl.stated:
                weights[term] = w
    return {
        "categories": {c: list(terms) for c, terms in wl.categories.items()},
        "weights": weights,
        "name": wl.name,
        "source": wl.source,
    }


def to_lexicon_parts(wl: WordLists, *, default_threshold: float = 2.0) -> dict[str, Any]:
    """Keyword arguments of ``framing.Lexicon``; ``frames`` maps key -> ``Frame`` keywords.

    Build the lexicon with ``Lexicon(**{**parts, "frames": {k: Frame(**f) for k, f in
    parts["frames"].items()}})``. Categories without terms are left out.

    Raises
    ------
    LexiconError
        When a weight is not > 0 (a ``.cat`` file may carry any) or no category has terms.

    Examples
    --------
    >>> parts = to_lexicon_parts(read_mapping({"war": "battle*"}))
    >>> parts["frames"]["war"]["terms"], parts["threshold"]
    ({'battle*': 1.0}, 2.0)
    """
    frames: dict[str, dict[str, Any]] = {}
    for key, terms in wl.categories.items():
        if not terms:
            continue
        for term, w in terms.items():
            if not (w > 0 and math.isfinite(w)):
                raise LexiconError(
                    f"{wl.source}, category {key!r}: weight of {term!r} must be > 0 in a "
                    f"frame lexicon, not {w}; remove the term or give it a positive weight"
                )
        info = wl.info.get(key, CategoryInfo())
        frames[key] = {
            "name": key,
            "terms": dict(terms),
            "definition": info.definition,
            "label": info.label,
            "threshold": info.threshold,
        }
    if not frames:
        raise LexiconError(f"{wl.source}: no terms found; add entries under a category")
    return {
        "name": wl.name,
        "frames": frames,
        "threshold": default_threshold if wl.threshold is None else wl.threshold,
        "title": wl.title,
        "description": wl.description,
        "source": wl.source,
    }


# ---------------------------------------------------------------------------
# Terms
# ---------------------------------------------------------------------------


def norm_term(term: Any, where: str) -> str:
    """*term* lower-cased, apostrophes straightened, whitespace collapsed; checked.

    Examples
    --------
    >>> norm_term("  Tax   Cut’s ", "x")
    "tax cut's"
    """
    if isinstance(term, bool) or not isinstance(term, str | int | float):
        raise LexiconError(f"{where}: term {term!r} is not a word, stem or phrase")
    text = " ".join(str(term).replace("’", "'").lower().split())
    if not text or not any(_GLOB_CHARS.sub("", el) for el in text.split()):
        raise LexiconError(
            f"{where}: term {term!r} is empty or only wildcards (it would match every word); "
            "remove it"
        )
    return text


def _stem(source: str) -> str:
    return Path(source).stem


# ---------------------------------------------------------------------------
# LIWC .dic
# ---------------------------------------------------------------------------


def _is_id(item: str) -> bool:
    return item.isdigit() or bool(_LIWC_CONDITIONAL.search(item))


def _liwc_fields(line: str) -> tuple[str, list[str]]:
    """(term, ids) of a LIWC entry line: the term is a word or a phrase."""
    if "\t" in line:
        fields = [f.strip() for f in line.split("\t") if f.strip()]
        k = 1
        while k < len(fields) and not all(_is_id(x) for x in fields[k].split()):
            k += 1
        return " ".join(fields[:k]), " ".join(fields[k:]).split()
    parts = line.split()
    k = len(parts)
    while k > 1 and _is_id(parts[k - 1]):
        k -= 1
    return " ".join(parts[:k]), parts[k:]


def _liwc_header(lines: list[str], source: str) -> tuple[dict[str, str], int]:
    n = 0
    while n < len(lines) and not lines[n].strip():
        n += 1
    if n >= len(lines) or lines[n].strip() != "%":
        raise LexiconError(
            f"{source}, line {n + 1}: a LIWC .dic file starts with a line holding only '%', "
            "then '<id><TAB><category>' lines, a second '%', then '<term><TAB><id> ...' lines"
        )
    ids: dict[str, str] = {}
    n += 1
    while n < len(lines) and lines[n].strip() != "%":
        line = lines[n].strip()
        if line:
            parts = line.split(None, 1)
            if len(parts) != 2 or not parts[0].isdigit():
                raise LexiconError(
                    f"{source}, line {n + 1}: expected '<id><TAB><category>' "
                    f"(number<TAB>category) in the category header, got {line!r}; "
                    "close the header with a line holding only '%'"
                )
            ids[parts[0].lstrip("0") or "0"] = parts[1].strip()
        n += 1
    if n >= len(lines):
        raise LexiconError(
            f"{source}, line {n}: the category header is not closed by a line holding only '%'"
        )
    return ids, n + 1


def _read_liwc(text: str, source: str) -> WordLists:
    lines = text.splitlines()
    ids, first = _liwc_header(lines, source)
    categories: dict[str, dict[str, float]] = {name: {} for name in ids.values()}
    skipped = 0
    for k in range(first, len(lines)):
        line = lines[k].strip()
        if not line:
            continue
        term, items = _liwc_fields(line)
        plain = [x for x in items if not _LIWC_CONDITIONAL.search(x)]
        skipped += len(plain) < len(items)
        if not items:
            raise LexiconError(
                f"{source}, line {k + 1}: expected an entry followed by category numbers, "
                f"got {line!r}: the term has no category id"
            )
        entry = norm_term(term, f"{source}, line {k + 1}")
        for num in plain:
            key = num.lstrip("0") or "0"
            if key not in ids:
                declared = ", ".join(f"{i} {c}" for i, c in ids.items())
                raise LexiconError(
                    f"{source}, line {k + 1}: category {num} of {term!r} is not declared in "
                    f"the header (category id {num!r} is invalid; valid ids are "
                    f"{sorted(ids, key=int)}: {declared}); declare it or fix the id"
                )
            categories[ids[key]][entry] = 1.0
    if skipped:
        log.warning(
            "%s: %d conditional LIWC entries read without their conditions", source, skipped
        )
    return WordLists(categories, source, "liwc", _stem(source))


# ---------------------------------------------------------------------------
# YAML: quanteda and our frame format
# ---------------------------------------------------------------------------


class _Scalar(str):
    """A YAML scalar as written, with its line and its typed value (number, bool, None)."""

    line: int
    typed: Any


class _Seq(list):
    line: int


class _Map(dict):
    line: int


def _yaml_loader() -> type:
    import yaml

    class Loader(yaml.SafeLoader):
        """Safe loader that reads yes/no/on/off as words (they are dictionary terms)."""

    Loader.yaml_implicit_resolvers = {
        ch: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
        for ch, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    Loader.add_implicit_resolver(
        "tag:yaml.org,2002:bool",
        re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
        list("tTfF"),
    )
    return Loader


def _tree(node: Any, loader: Any, source: str) -> Any:
    import yaml

    line = node.start_mark.line + 1
    if isinstance(node, yaml.ScalarNode):
        out: Any = _Scalar(node.value)
        out.typed = loader.construct_object(node)
    elif isinstance(node, yaml.SequenceNode):
        out = _Seq(_tree(x, loader, source) for x in node.value)
    else:
        loader.flatten_mapping(node)
        out = _Map()
        for key_node, value_node in node.value:
            key = _tree(key_node, loader, source)
            if not isinstance(key, _Scalar):
                raise LexiconError(f"{source}, line {key.line}: a key must be a plain name")
            if key in out:
                raise LexiconError(
                    f"{source}, line {key.line}: key {str(key)!r} appears twice in one "
                    f"mapping (first at line {next(k for k in out if k == key).line}); "
                    "merge the two entries"
                )
            out[key] = _tree(value_node, loader, source)
    out.line = line
    return out


def _read_yaml(text: str, source: str) -> WordLists:
    import yaml

    loader = _yaml_loader()(text)
    try:
        node = loader.get_single_node()
        root = None if node is None else _tree(node, loader, source)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f", line {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise LexiconError(f"{source}{where}: not valid YAML ({problem}); fix the layout") from exc
    finally:
        loader.dispose()
    if not isinstance(root, Mapping) or not root:
        raise LexiconError(
            f"{source}, line {getattr(root, 'line', 1)}: a YAML dictionary is a mapping of "
            "category names to lists of entries (quanteda layout), or a frame lexicon with "
            "a 'frames' key"
        )
    if "frames" in root:
        return _our_format(root, source)
    return _quanteda(root, source)


def _at(source: str, obj: Any) -> str:
    line = getattr(obj, "line", None)
    return f"{source}, line {line}" if line is not None else source


def _typed(obj: Any) -> Any:
    return obj.typed if isinstance(obj, _Scalar) else obj


def _text(obj: Any) -> str:
    value = _typed(obj)
    return "" if value is None else str(value)


def _number(value: Any, where: str, what: str) -> float:
    value = _typed(value)
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise LexiconError(f"{where}: {what} must be a number >= 0, not {value!r}")
    return float(value)


def _parse_terms(entries: Any, where: str, stated: set[str]) -> dict[str, float]:
    if entries is None or _typed(entries) is None:
        entries = []
    if isinstance(entries, str | int | float):
        entries = [entries]
    if not isinstance(entries, list):
        raise LexiconError(f"{where}: 'terms' must be a list of words, stems and phrases")
    terms: dict[str, float] = {}
    for n, entry in enumerate(entries, start=1):
        here = f"{_at(where, entry) if hasattr(entry, 'line') else where}, entry {n}"
        pairs = entry.items() if isinstance(entry, Mapping) else [(entry, None)]
        for term, weight in pairs:
            key = norm_term(term, here)
            if weight is not None:
                value = _typed(weight)
                if isinstance(value, bool) or not isinstance(value, int | float):
                    raise LexiconError(
                        f"{here}: weight of {term!r} must be a number, not {value!r}"
                    )
                if not value > 0 or not math.isfinite(value):
                    raise LexiconError(f"{here}: weight of {term!r} must be > 0, not {value}")
                stated.add(key)
            terms[key] = max(1.0 if weight is None else float(_typed(weight)), terms.get(key, 0))
    return terms


def _our_format(data: Mapping[str, Any], source: str) -> WordLists:
    frames_in = data.get("frames")
    if not isinstance(frames_in, Mapping) or not frames_in:
        raise LexiconError(
            f"{_at(source, frames_in)}: 'frames' must map frame names to "
            "{definition, terms}"
        )
    threshold = data.get("threshold")
    where = _at(source, threshold)
    threshold = None if threshold is None else _number(threshold, where, "threshold")
    categories: dict[str, dict[str, float]] = {}
    info: dict[str, CategoryInfo] = {}
    stated: set[str] = set()
    for key, spec in frames_in.items():
        where = f"{_at(source, key)}, frame {str(key)!r}"
        if not isinstance(spec, Mapping):
            raise LexiconError(f"{where}: expected a mapping with 'definition' and 'terms'")
        unknown = sorted(str(k) for k in set(spec) - set(_FRAME_KEYS))
        if unknown:
            raise LexiconError(
                f"{where}: keys {unknown} are invalid; valid keys are {list(_FRAME_KEYS)}"
            )
        terms = _parse_terms(spec.get("terms"), where, stated)
        if not terms:
            raise LexiconError(f"{where}: no terms; list the frame's words under 'terms'")
        ft = spec.get("threshold")
        categories[str(key)] = terms
        info[str(key)] = CategoryInfo(
            _text(spec.get("label")),
            _text(spec.get("definition")).strip(),
            None if ft is None else _number(ft, where, "threshold"),
        )
    return WordLists(
        categories,
        source,
        "frames",
        _text(data.get("name")) or _stem(source),
        frozenset(stated),
        threshold,
        _text(data.get("title")),
        _text(data.get("description")).strip(),
        info,
    )


def _quanteda(data: Any, source: str) -> WordLists:
    """``key: [terms]``, nested keys joined with '.'; a mapping inside a list nests too."""
    if not isinstance(data, Mapping) or not data:
        raise LexiconError(
            f"{_at(source, data)}: a YAML dictionary is a mapping of category names to lists "
            "of entries (quanteda layout), or a frame lexicon with a 'frames' key"
        )
    categories: dict[str, dict[str, float]] = {}

    def walk(node: Any, prefix: str) -> None:
        if isinstance(node, Mapping):
            for k, v in node.items():
                walk(v, f"{prefix}.{k}" if prefix else str(k))
            return
        if node is None or _typed(node) is None:
            raise LexiconError(
                f"{_at(source, node)}: category {prefix!r} must hold a list of entries"
            )
        items = node if isinstance(node, list) else [node]
        words = [x for x in items if not isinstance(x, Mapping)]
        for x in words:
            if isinstance(x, list):
                raise LexiconError(
                    f"{_at(source, x)}: entries of {prefix!r} must be words, stems or "
                    "phrases, not a list"
                )
        if words or not items:
            terms = categories.setdefault(prefix, {})
            for n, x in enumerate(words, start=1):
                terms[norm_term(x, f"{_at(source, x)}, key {prefix!r}, entry {n}")] = 1.0
        for x in items:
            if isinstance(x, Mapping):
                walk(x, prefix)

    walk(data, "")
    return WordLists(categories, source, "quanteda", _stem(source))


# ---------------------------------------------------------------------------
# Lexicoder .cat and CSV
# ---------------------------------------------------------------------------


def _read_cat(text: str, source: str) -> WordLists:
    categories: dict[str, dict[str, float]] = {}
    stated: set[str] = set()
    current: str | None = None
    for n, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        if not raw[0].isspace():
            current = raw.strip()
            categories.setdefault(current, {})
            continue
        if current is None:
            raise LexiconError(
                f"{source}, line {n}: entry {raw.strip()!r} comes before any category name "
                "(category names start at the beginning of a line, entries are indented)"
            )
        entry, weight = raw.strip(), 1.0
        m = _CAT_WEIGHT.fullmatch(entry)
        if m:
            entry, weight = m.group(1), float(m.group(2))
        elif "(" in entry or ")" in entry:
            raise LexiconError(
                f"{source}, line {n}: malformed weight in {raw.strip()!r}; write 'entry (2)'"
            )
        key = norm_term(entry, f"{source}, line {n}")
        if m:
            stated.add(key)
        categories[current][key] = weight
    return WordLists(categories, source, "lexicoder", _stem(source), frozenset(stated))


def _is_number(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    return True


def _csv_rows(text: str) -> tuple[list[tuple[int, list[str]]], str]:
    sample = text[:4096]
    delimiter = "\t" if "\t" in sample else ";" if sample.count(";") > sample.count(",") else ","
    rows = [
        (n, [c.strip() for c in row])
        for n, row in enumerate(csv.reader(io.StringIO(text), delimiter=delimiter), start=1)
        if row and any(c.strip() for c in row) and not row[0].lstrip().startswith("#")
    ]
    return rows, delimiter


def _read_csv(text: str, source: str) -> WordLists:
    rows, delimiter = _csv_rows(text)
    width = len(rows[0][1]) if rows else 2
    weighted = width == 2 and any(_is_number(row[1]) for _, row in rows[:2])
    layout = ("word", "weight") if weighted else ("term", "category", "weight")[:width]
    header = bool(rows) and (
        not _is_number(rows[0][1][-1]) if width == 3 or weighted
        else set(map(str.lower, rows[0][1])) <= _CSV_HEADER_WORDS
    )
    categories: dict[str, dict[str, float]] = {"positive": {}, "negative": {}} if weighted else {}
    stated: set[str] = set()
    for k, (n, row) in enumerate(rows):
        if width not in (2, 3):
            raise LexiconError(
                f"{source}, line {n}: expected 2 or 3 columns (word{delimiter}weight or "
                f"term{delimiter}category[{delimiter}weight]), found {width}"
            )
        if len(row) != width:
            raise LexiconError(
                f"{source}, line {n}: expected {width} columns ({delimiter.join(layout)}) like "
                f"line {rows[0][0]}, found {len(row)}; every row needs the same columns"
            )
        if k == 0 and header:
            continue
        word, cell = row[0], (row[-1] if weighted or width == 3 else "1")
        try:
            value = float(cell)
        except ValueError:
            raise LexiconError(
                f"{source}, line {n}: weight {cell!r} of {word!r} is not a number"
            ) from None
        if not word:
            raise LexiconError(f"{source}, line {n}: empty word; fill it in or drop the row")
        if value == 0 or value != value:
            continue
        key = norm_term(word, f"{source}, line {n}")
        if weighted:
            categories["positive" if value > 0 else "negative"][key] = abs(value)
        else:
            categories.setdefault(row[1], {})[key] = value
        if weighted or width == 3:
            stated.add(key)
    return WordLists(categories, source, "csv", _stem(source), frozenset(stated))
