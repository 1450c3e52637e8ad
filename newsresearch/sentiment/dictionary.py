"""User sentiment dictionaries: LIWC ``.dic``, quanteda YAML, Lexicoder ``.cat`` and CSV files.

:func:`load_dictionary` reads a file into a :class:`Dictionary`, whose
:meth:`Dictionary.score` gives ``(positive - negative) / tokens`` of a text.
Files are read by :func:`newsresearch.lexicons.dictionary.read_wordlists` and
matched by :class:`newsresearch.lexicons.matcher.TermMatcher` (the reader and
matcher framing lexicons use too), with the sentiment rules: the most specific
entry wins, phrases may span punctuation, a negator flips a positive word.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..lexicons.dictionary import FORMATS as DICTIONARY_FORMATS
from ..lexicons.dictionary import LexiconError, read_wordlists, to_dictionary_parts
from ..lexicons.matcher import TermMatcher
from ..lexicons.negation import DICTIONARY_NEGATORS as NEGATORS

__all__ = ["DICTIONARY_FORMATS", "NEGATORS", "Dictionary", "DictionaryError", "load_dictionary"]

# Category names that play each role, after lower-casing and turning spaces and
# hyphens into underscores. ``positive=`` / ``negative=`` override them.
_ROLE_NAMES = {
    "positive": {"positive", "pos", "posemo", "positive_emotion", "positive_tone", "tone_pos"},
    "negative": {"negative", "neg", "negemo", "negative_emotion", "negative_tone", "tone_neg"},
    "neg_positive": {"neg_positive", "negated_positive", "neg_pos"},
    "neg_negative": {"neg_negative", "negated_negative", "neg_neg"},
}
_SENTENCE_PUNCT = frozenset(".!?;:")

#: Malformed dictionary files raise this (the one error of newsresearch.lexicons).
DictionaryError = LexiconError


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
        self._matcher = TermMatcher(
            {
                cat: {e: self.weights.get(e, 1.0) for e in entries}
                for cat, entries in self.categories.items()
                if cat in self._roles
            },
            resolve="first",
            skip_punct=True,
            negators=NEGATORS,
            not_negating_next=(),
            window=self.negation_window,
            scope_breaks=_SENTENCE_PUNCT,
        )

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
        found, n_words = self._matcher.find(text)
        auto_negation = not self.has_negation_keys
        out = []
        for m in found:
            role = self._roles[m.category]
            if role == "positive" and auto_negation and m.negated:
                role = "negative"
            elif role == "neg_positive":
                role = "negative"
            elif role == "neg_negative":
                role = "positive"
            out.append((m.start, m.end, role, m.weight))
        return out, n_words

    def score(self, text: str) -> dict[str, float]:
        """Positive and negative weight, word tokens, and tone = (positive - negative) / tokens."""
        found, n = self._scan(text)
        pos = float(sum(abs(w) for _, _, role, w in found if role == "positive"))
        neg = float(sum(abs(w) for _, _, role, w in found if role == "negative"))
        tone = (pos - neg) / n if n else math.nan
        return {"positive": pos, "negative": neg, "tokens": n, "tone": tone}


def _norm_entry(entry: Any) -> str:
    return " ".join(str(entry).lower().replace("’", "'").split())


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
        line followed by its category numbers; a multi-word entry is a phrase;
        LIWC conditional entries are read without their condition.
    ``yaml`` (``.yml``, ``.yaml``)
        quanteda's YAML: ``category:`` followed by a list of entries; nested
        categories are flattened to ``parent.child``. Also reads our
        frame-lexicon YAML (frames become categories).
    ``lexicoder`` (``.cat``)
        a category name at the start of a line, its entries indented below,
        optionally followed by a weight in parentheses.
    ``csv`` (``.csv``, ``.tsv``)
        ``word,weight`` rows (header optional; comma, tab or semicolon):
        positive weights are positive entries, negative weights negative ones;
        or ``term,category[,weight]`` rows.

    Categories named ``positive``/``negative`` (or ``posemo``/``negemo``, ...)
    are counted; Lexicoder's ``neg_positive`` and ``neg_negative`` count as
    negative and positive. Name other categories with ``positive=`` and
    ``negative=``.

    Raises
    ------
    DictionaryError
        (:class:`newsresearch.lexicons.LexiconError`, a ValueError) when the file
        is malformed or its format unknown; the message names the file and line.
    FileNotFoundError
        When the file does not exist.

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
    wl = read_wordlists(path, format=format)
    try:
        return Dictionary(
            **to_dictionary_parts(wl),
            positive=positive,
            negative=negative,
            negation_window=negation_window,
        )
    except ValueError as exc:
        raise DictionaryError(f"{path}: {exc}") from exc
