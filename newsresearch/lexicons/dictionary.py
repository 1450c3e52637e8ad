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

import math
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from .formats import read_cat, read_csv, read_liwc
from .wordlists import CategoryInfo, LexiconError, WordLists
from .yaml_formats import from_mapping, read_yaml

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
    readers = {"liwc": read_liwc, "yaml": read_yaml, "lexicoder": read_cat, "csv": read_csv}
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
    wl = from_mapping(data, source)
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
