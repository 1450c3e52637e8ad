"""The word lists shipped in ``newsresearch/data/``, read once and cached.

Every module that needs a lexicon reads it through here, so the files have one
reader and one format: UTF-8 text, one entry per line, ``#`` starts a comment
line, CSV files have a header row.

User dictionaries and frame lexicons have one reader and one matcher here too,
used by :func:`newsresearch.sentiment.load_dictionary` and
:func:`newsresearch.framing.load_lexicon`:

====================  ==================================================================
module                what it holds
====================  ==================================================================
:mod:`.dictionary`    :func:`read_wordlists` (LIWC, YAML, Lexicoder, CSV) ->
                      :class:`WordLists`; adapters to the sentiment ``Dictionary`` and
                      the framing ``Lexicon``
:mod:`.formats`,      the file formats (:mod:`.yaml_formats`: quanteda and our frame YAML)
:mod:`.yaml_formats`
:mod:`.wordlists`     :class:`WordLists`, :class:`LexiconError` (every malformed file)
:mod:`.matcher`       :class:`TermMatcher`: compiled terms, token codes, phrases, negation
:mod:`.tokens`        the tokenizer's tokens, fast (``token_strings``)
:mod:`.negation`      the negator lists of frames, dictionaries and target sentiment
====================  ==================================================================
"""

from __future__ import annotations

from functools import cache, lru_cache
from importlib.resources import files
from typing import TYPE_CHECKING

from .._lazy import lazy_exports
from .dictionary import read_wordlists
from .wordlists import LexiconError, WordLists

if TYPE_CHECKING:
    from .matcher import TermMatcher

__all__ = [
    "LexiconError",
    "TermMatcher",
    "WordLists",
    "data_lines",
    "read_wordlists",
    "reporting_verbs",
]


# The matcher imports newsresearch.text, which imports this package: load it on first use.
__getattr__, __dir__ = lazy_exports(__name__, {"TermMatcher": "matcher"})


@cache
def data_lines(name: str) -> tuple[str, ...]:
    """The non-empty, non-comment lines of ``newsresearch/data/<name>``, stripped.

    Examples
    --------
    >>> data_lines("reporting_verbs.csv")[0]
    'lemma,stance,forms'
    """
    text = files("newsresearch").joinpath(f"data/{name}").read_text(encoding="utf-8")
    return tuple(ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))


@lru_cache(maxsize=1)
def reporting_verbs() -> dict[str, tuple[str, str]]:
    """Every inflected reporting-verb form -> (lemma, cue stance), from ``reporting_verbs.csv``.

    Examples
    --------
    >>> reporting_verbs()["dismissed"]
    ('dismiss', 'denial')
    """
    out: dict[str, tuple[str, str]] = {}
    for line in data_lines("reporting_verbs.csv")[1:]:
        lemma, stance, forms = line.split(",", 2)
        for form in forms.split():
            out.setdefault(form, (lemma, stance))
    return out
