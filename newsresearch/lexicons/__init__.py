"""The word lists shipped in ``newsresearch/data/``, read once and cached.

Every module that needs a lexicon reads it through here, so the files have one
reader and one format: UTF-8 text, one entry per line, ``#`` starts a comment
line, CSV files have a header row.

User dictionaries and frame lexicons have one reader and one matcher here too:
:mod:`.dictionary` (``read_wordlists`` -> ``WordLists``, adapters to the sentiment
``Dictionary`` and the framing ``Lexicon``), :mod:`.matcher` (``TermMatcher``) and
:mod:`.negation` (the negator lists). Import them from their modules.
"""

from __future__ import annotations

from functools import cache, lru_cache
from importlib.resources import files

__all__ = ["data_lines", "reporting_verbs"]


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
