"""User sentiment dictionaries: LIWC ``.dic``, quanteda YAML, Lexicoder ``.cat`` and CSV files.

:func:`load_dictionary` reads a file into a :class:`Dictionary`, whose
:meth:`Dictionary.score` gives ``(positive - negative) / tokens`` of a text.
The readers and the matcher are kept together in this one module (a shared
reader for sentiment and framing lexicons is planned in
:mod:`newsresearch.lexicons`).
"""

from __future__ import annotations

import csv
import fnmatch
import io
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..text import tokenize

__all__ = ["DICTIONARY_FORMATS", "NEGATORS", "Dictionary", "DictionaryError", "load_dictionary"]

DICTIONARY_FORMATS = ("liwc", "yaml", "lexicoder", "csv")
_SUFFIX_FORMATS = {
    ".dic": "liwc",
    ".yml": "yaml",
    ".yaml": "yaml",
    ".cat": "lexicoder",
    ".csv": "csv",
    ".tsv": "csv",
}
# Category names that play each role, after lower-casing and turning spaces and
# hyphens into underscores. ``positive=`` / ``negative=`` override them.
_ROLE_NAMES = {
    "positive": {"positive", "pos", "posemo", "positive_emotion", "positive_tone", "tone_pos"},
    "negative": {"negative", "neg", "negemo", "negative_emotion", "negative_tone", "tone_neg"},
    "neg_positive": {"neg_positive", "negated_positive", "neg_pos"},
    "neg_negative": {"neg_negative", "negated_negative", "neg_neg"},
}
#: Words that negate a following dictionary word (within ``negation_window`` tokens).
NEGATORS = frozenset(
    "not no never nor neither none nobody nothing nowhere without cannot hardly barely "
    "scarcely n't".split()
)
_SENTENCE_PUNCT = frozenset(".!?;:")


class DictionaryError(ValueError):
    """A dictionary file is malformed; the message names the file and line."""


def _norm_name(name: str) -> str:
    return re.sub(r"[\s\-]+", "_", str(name).strip().lower())


@dataclass
class Dictionary:
    """A sentiment dictionary: categories of word patterns, optionally weighted.

    Build one with :func:`load_dictionary`, or directly from a mapping of
    category name to entries. Entries are lower-cased; ``*`` matches any run of
    characters and ``?`` one character (``econom*``); entries of several words
    (``tax cut*``) match consecutive tokens, longest entry first, and a token
    matched by a longer entry is not counted again.

    Parameters
    ----------
    categories : dict
        Category name -> list of entries (patterns).
    weights : dict, optional
        Entry -> weight (default 1.0 for every entry). Weighted CSV files set
        these.
    name : str
        A name shown in reports.
    positive, negative : str, optional
        Category names that count as positive and negative, when they are not
        named in the usual way (``positive``, ``posemo``, ...).
    negation_window : int
        For dictionaries without ``neg_positive``/``neg_negative`` categories,
        a positive entry preceded within this many tokens (same sentence) by a
        negator (``not``, ``never``, ``n't``, ...) counts as negative.

    Examples
    --------
    >>> d = Dictionary({"positive": ["good", "win*"], "negative": ["bad", "tax hike*"]})
    >>> d.score("A good win, not a bad tax hike.")
    {'positive': 2.0, 'negative': 2.0, 'tokens': 8, 'tone': 0.0}
    >>> d.score("This is not good.")["tone"]
    -0.25
    """

    categories: dict[str, list[str]]
    weights: dict[str, float] = field(default_factory=dict)
    name: str = "dictionary"
    positive: str | None = None
    negative: str | None = None
    negation_window: int = 3
    source: str | None = None

    def __post_init__(self) -> None:
        self.categories = {
            str(k): [_norm_entry(e) for e in v if _norm_entry(e)]
            for k, v in self.categories.items()
        }
        self.weights = {_norm_entry(k): float(v) for k, v in self.weights.items()}
        self._roles = self._assign_roles()
        self._compile()

    def __repr__(self) -> str:
        sizes = {k: len(v) for k, v in self.categories.items()}
        return f"Dictionary({self.name!r}, categories={sizes})"

    @property
    def has_negation_keys(self) -> bool:
        """True when the dictionary carries Lexicoder's ``neg_positive``/``neg_negative``."""
        return any(r in ("neg_positive", "neg_negative") for r in self._roles.values())

    def _assign_roles(self) -> dict[str, str]:
        roles: dict[str, str] = {}
        explicit = {"positive": self.positive, "negative": self.negative}
        for role, wanted in explicit.items():
            if wanted is not None and wanted not in self.categories:
                raise ValueError(
                    f"{role}={wanted!r} is invalid; valid values are {sorted(self.categories)}"
                )
        for cat in self.categories:
            if cat == self.positive:
                roles[cat] = "positive"
            elif cat == self.negative:
                roles[cat] = "negative"
            else:
                norm = _norm_name(cat).rsplit(".", 1)[-1]
                for role, names in _ROLE_NAMES.items():
                    if norm in names and (role not in explicit or explicit[role] is None):
                        roles[cat] = role
        if "positive" not in roles.values() and "negative" not in roles.values():
            raise ValueError(
                f"dictionary {self.name!r} has no positive or negative category; its "
                f"categories are {sorted(self.categories)}: name them with "
                "positive=... and negative=..."
            )
        return roles

    def _compile(self) -> None:
        # pattern -> list of (role, weight); one entry can sit in several categories
        self._single: dict[str, list[tuple[str, float]]] = {}
        self._prefix: dict[str, list[tuple[str, float]]] = {}
        self._globs: list[tuple[re.Pattern[str], list[tuple[str, float]]]] = []
        self._multi: dict[str, list[tuple[tuple[str, ...], list[tuple[str, float]]]]] = {}
        self._multi_glob: list[tuple[tuple[str, ...], list[tuple[str, float]]]] = []
        targets: dict[str, list[tuple[str, float]]] = {}
        for cat, entries in self.categories.items():
            role = self._roles.get(cat)
            if role is None:
                continue
            for entry in entries:
                targets.setdefault(entry, []).append((role, self.weights.get(entry, 1.0)))
        glob_cache: dict[str, re.Pattern[str]] = {}
        for entry, hits in targets.items():
            words = tuple(entry.split())
            if len(words) > 1:
                if _is_glob(words[0]):
                    self._multi_glob.append((words, hits))
                else:
                    self._multi.setdefault(words[0], []).append((words, hits))
            elif not _is_glob(entry):
                self._single[entry] = hits
            elif entry.endswith("*") and not _is_glob(entry[:-1]):
                self._prefix[entry[:-1]] = hits
            else:
                glob_cache[entry] = re.compile(fnmatch.translate(entry))
                self._globs.append((glob_cache[entry], hits))
        for entries in self._multi.values():
            entries.sort(key=lambda e: -len(e[0]))
        self._multi_glob.sort(key=lambda e: -len(e[0]))
        self._prefix_lengths = sorted({len(p) for p in self._prefix}, reverse=True)

    def _word_hits(self, word: str) -> list[tuple[str, float]] | None:
        hits = self._single.get(word)
        if hits is not None:
            return hits
        for n in self._prefix_lengths:
            if n <= len(word):
                hits = self._prefix.get(word[:n])
                if hits is not None:
                    return hits
        for pattern, hits in self._globs:
            if pattern.match(word):
                return hits
        return None

    def _matches_at(self, words: list[str], i: int) -> tuple[int, list[tuple[str, float]]] | None:
        for entry, hits in self._multi.get(words[i], ()):
            n = len(entry)
            if i + n <= len(words) and all(
                w == p or (_is_glob(p) and fnmatch.fnmatchcase(w, p))
                for w, p in zip(words[i + 1 : i + n], entry[1:], strict=True)
            ):
                return n, hits
        for entry, hits in self._multi_glob:
            n = len(entry)
            if i + n <= len(words) and all(
                fnmatch.fnmatchcase(w, p) for w, p in zip(words[i : i + n], entry, strict=True)
            ):
                return n, hits
        hits = self._word_hits(words[i])
        return (1, hits) if hits is not None else None

    def matches(self, text: str) -> list[tuple[int, int, str, str]]:
        """Every match in *text*: ``(start, end, role, matched text)``, roles after negation.

        Examples
        --------
        >>> d = Dictionary({"positive": ["good"], "negative": ["bad"]})
        >>> d.matches("Not good, bad.")
        [(4, 8, 'negative', 'good'), (10, 13, 'negative', 'bad')]
        """
        out: list[tuple[int, int, str, str]] = []
        for start, end, role, _ in self._scan(text)[0]:
            out.append((start, end, role, text[start:end]))
        return out

    def _scan(self, text: str) -> tuple[list[tuple[int, int, str, float]], int]:
        spans = tokenize(text)
        words: list[str] = []
        word_spans: list[tuple[int, int]] = []
        sentence: list[int] = []
        s = 0
        for a, b in spans:
            tok = text[a:b]
            if any(ch.isalnum() for ch in tok):
                words.append(tok.lower().replace("’", "'"))
                word_spans.append((a, b))
                sentence.append(s)
            elif tok in _SENTENCE_PUNCT:
                s += 1
        found: list[tuple[int, int, str, float]] = []
        auto_negation = not self.has_negation_keys
        i = 0
        while i < len(words):
            hit = self._matches_at(words, i)
            if hit is None:
                i += 1
                continue
            n, hits = hit
            negated = auto_negation and any(
                (w in NEGATORS or w.endswith("n't")) and sentence[j] == sentence[i]
                for j, w in enumerate(
                    words[max(0, i - self.negation_window) : i],
                    start=max(0, i - self.negation_window),
                )
            )
            for role, weight in hits:
                if role == "positive" and negated:
                    role = "negative"
                elif role == "neg_positive":
                    role = "negative"
                elif role == "neg_negative":
                    role = "positive"
                found.append((word_spans[i][0], word_spans[i + n - 1][1], role, weight))
            i += n
        return found, len(words)

    def score(self, text: str) -> dict[str, float]:
        """Positive and negative weight, word tokens, and tone = (positive - negative) / tokens."""
        found, n = self._scan(text)
        pos = float(sum(abs(w) for _, _, role, w in found if role == "positive"))
        neg = float(sum(abs(w) for _, _, role, w in found if role == "negative"))
        tone = (pos - neg) / n if n else math.nan
        return {"positive": pos, "negative": neg, "tokens": n, "tone": tone}


def _norm_entry(entry: Any) -> str:
    return " ".join(str(entry).lower().replace("’", "'").split())


def _is_glob(pattern: str) -> bool:
    return "*" in pattern or "?" in pattern


def load_dictionary(
    path: str | Path,
    *,
    format: str | None = None,
    positive: str | None = None,
    negative: str | None = None,
    negation_window: int = 3,
) -> Dictionary:
    """Read a sentiment dictionary file.

    Formats (detected from the file name; ``format=`` overrides):

    ``liwc`` (``.dic``)
        ``%``, then ``number<TAB>category`` lines, ``%``, then one entry per
        line followed by its category numbers.
    ``yaml`` (``.yml``, ``.yaml``)
        quanteda's YAML: ``category:`` followed by a list of entries; nested
        categories are flattened to ``parent.child``.
    ``lexicoder`` (``.cat``)
        a category name at the start of a line, its entries indented below,
        optionally followed by a weight in parentheses.
    ``csv`` (``.csv``, ``.tsv``)
        ``word,weight`` rows (header optional; comma, tab or semicolon):
        positive weights are positive entries, negative weights negative ones.

    Categories named ``positive``/``negative`` (or ``posemo``/``negemo``, ...)
    are counted; Lexicoder's ``neg_positive`` and ``neg_negative`` count as
    negative and positive. Name other categories with ``positive=`` and
    ``negative=``.

    Raises
    ------
    DictionaryError
        When the file is malformed; the message names the file and line.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "tone.yml"
    >>> _ = p.write_text("positive:\\n  - good\\n  - econom*\\nnegative:\\n  - bad\\n")
    >>> d = load_dictionary(p)
    >>> d.score("Good for the economy.")["positive"]
    2.0
    """
    path = Path(path)
    if format is None:
        format = _SUFFIX_FORMATS.get(path.suffix.lower())
        if format is None:
            raise ValueError(
                f"{path}: cannot tell the dictionary format from the suffix {path.suffix!r}; "
                f"pass format=..., valid values are {list(DICTIONARY_FORMATS)}"
            )
    if format not in DICTIONARY_FORMATS:
        raise ValueError(
            f"format {format!r} is invalid; valid values are {list(DICTIONARY_FORMATS)}"
        )
    if not path.exists():
        raise FileNotFoundError(f"dictionary file not found: {path}")
    text = path.read_bytes().decode("utf-8-sig", errors="strict")
    reader = {"liwc": _read_liwc, "yaml": _read_yaml, "lexicoder": _read_cat, "csv": _read_csv}
    categories, weights = reader[format](text, path)
    if not any(categories.values()):
        raise DictionaryError(f"{path}: the dictionary has no entries")
    try:
        return Dictionary(
            categories,
            weights,
            name=path.stem,
            positive=positive,
            negative=negative,
            negation_window=negation_window,
            source=str(path),
        )
    except DictionaryError:
        raise
    except ValueError as exc:
        raise DictionaryError(f"{path}: {exc}") from exc


def _read_liwc(text: str, path: Path) -> tuple[dict[str, list[str]], dict[str, float]]:
    lines = text.splitlines()
    n = 0
    while n < len(lines) and not lines[n].strip():
        n += 1
    if n >= len(lines) or lines[n].strip() != "%":
        raise DictionaryError(
            f"{path}, line {n + 1}: a LIWC .dic file starts with a line holding only '%'"
        )
    ids: dict[str, str] = {}
    n += 1
    while n < len(lines) and lines[n].strip() != "%":
        line = lines[n].strip()
        if line:
            parts = line.split(None, 1)
            if len(parts) != 2 or not parts[0].isdigit():
                raise DictionaryError(
                    f"{path}, line {n + 1}: expected 'number<TAB>category' in the header, "
                    f"got {line!r}"
                )
            ids[parts[0].lstrip("0") or "0"] = parts[1].strip()
        n += 1
    if n >= len(lines):
        raise DictionaryError(f"{path}, line {n}: the category header is not closed by '%'")
    categories: dict[str, list[str]] = {name: [] for name in ids.values()}
    for k in range(n + 1, len(lines)):
        line = lines[k].strip()
        if not line:
            continue
        fields = line.split("\t") if "\t" in line else line.split()
        fields = [f.strip() for f in fields if f.strip()]
        # the entry is every leading field that is not a category number
        split = len(fields)
        while split > 0 and fields[split - 1].isdigit():
            split -= 1
        entry, numbers = " ".join(fields[:split]), fields[split:]
        if not entry or not numbers:
            raise DictionaryError(
                f"{path}, line {k + 1}: expected an entry followed by category numbers, "
                f"got {line!r}"
            )
        for num in numbers:
            key = num.lstrip("0") or "0"
            if key not in ids:
                declared = ", ".join(f"{i} {c}" for i, c in ids.items())
                raise DictionaryError(
                    f"{path}, line {k + 1}: category {num} of {entry!r} is not declared in "
                    f"the header (declared: {declared})"
                )
            categories[ids[key]].append(entry)
    return categories, {}


def _read_yaml(text: str, path: Path) -> tuple[dict[str, list[str]], dict[str, float]]:
    import yaml

    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f", line {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise DictionaryError(f"{path}{where}: not valid YAML ({problem})") from exc
    if root is None or not isinstance(root, yaml.MappingNode):
        line = root.start_mark.line + 1 if root is not None else 1
        raise DictionaryError(
            f"{path}, line {line}: a YAML dictionary is a mapping of category names to lists "
            "of entries"
        )
    categories: dict[str, list[str]] = {}

    def walk(node: Any, prefix: str) -> None:
        for key_node, value in node.value:
            name = f"{prefix}{key_node.value}"
            if isinstance(value, yaml.MappingNode):
                walk(value, name + ".")
            elif isinstance(value, yaml.SequenceNode):
                entries = categories.setdefault(name, [])
                for item in value.value:
                    if not isinstance(item, yaml.ScalarNode) or not str(item.value).strip():
                        raise DictionaryError(
                            f"{path}, line {item.start_mark.line + 1}: entries of {name!r} "
                            "must be non-empty strings"
                        )
                    entries.append(str(item.value))
            elif isinstance(value, yaml.ScalarNode) and value.value:
                categories.setdefault(name, []).append(str(value.value))
            else:
                raise DictionaryError(
                    f"{path}, line {value.start_mark.line + 1}: category {name!r} must hold "
                    "a list of entries"
                )

    walk(root, "")
    return categories, {}


def _read_cat(text: str, path: Path) -> tuple[dict[str, list[str]], dict[str, float]]:
    categories: dict[str, list[str]] = {}
    weights: dict[str, float] = {}
    current: str | None = None
    for n, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        if not raw[0].isspace():
            current = raw.strip()
            categories.setdefault(current, [])
            continue
        if current is None:
            raise DictionaryError(
                f"{path}, line {n}: entry {raw.strip()!r} comes before any category name "
                "(category names start at the beginning of a line, entries are indented)"
            )
        entry = raw.strip()
        m = re.fullmatch(r"(.*?)\s*\(\s*([-+]?\d+(?:\.\d+)?)\s*\)", entry)
        if m:
            entry = m.group(1)
            weights[_norm_entry(entry)] = float(m.group(2))
        elif "(" in entry or ")" in entry:
            raise DictionaryError(f"{path}, line {n}: malformed weight in {raw.strip()!r}")
        categories[current].append(entry)
    return categories, weights


def _read_csv(text: str, path: Path) -> tuple[dict[str, list[str]], dict[str, float]]:
    sample = text[:4096]
    delimiter = "\t" if "\t" in sample else ";" if sample.count(";") > sample.count(",") else ","
    categories: dict[str, list[str]] = {"positive": [], "negative": []}
    weights: dict[str, float] = {}
    for n, row in enumerate(csv.reader(io.StringIO(text), delimiter=delimiter), start=1):
        if not row or not any(cell.strip() for cell in row) or row[0].lstrip().startswith("#"):
            continue
        if len(row) != 2:
            raise DictionaryError(
                f"{path}, line {n}: expected 2 columns (word{delimiter}weight), found {len(row)}"
            )
        word, weight = row[0].strip(), row[1].strip()
        try:
            value = float(weight)
        except ValueError:
            if n == 1 or not weights:  # a header row
                continue
            raise DictionaryError(
                f"{path}, line {n}: weight {weight!r} of {word!r} is not a number"
            ) from None
        if not word:
            raise DictionaryError(f"{path}, line {n}: empty word")
        if value == 0 or value != value:
            continue
        categories["positive" if value > 0 else "negative"].append(word)
        weights[_norm_entry(word)] = abs(value)
    return categories, weights
