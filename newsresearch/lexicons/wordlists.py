"""The neutral form of a dictionary or frame lexicon, and its one error type."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["CategoryInfo", "LexiconError", "WordLists", "norm_term"]

_GLOB_CHARS = re.compile(r"[*?]")


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
    >>> from newsresearch.lexicons.dictionary import read_mapping
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
