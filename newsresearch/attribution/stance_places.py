"""The default places and groups that :func:`~newsresearch.attribution.stance.stance_triples`
takes as targets besides the article's actors: :func:`place_actors`, and a finder of their
aliases that gives what ``place_actors().find`` gives without its large regular expression.

Examples
--------
>>> [(m.text, m.name) for m in _find_places("Both the U.S. and the GOP agree.")]
[('U.S.', 'United States'), ('GOP', 'Republicans')]
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import cache
from typing import TYPE_CHECKING, Any

import pandas as pd

from .letter_runs import letter_runs
from .stance_acronyms import find_acronyms

if TYPE_CHECKING:
    from ..actors import Mention
    from ..actors_of_interest import ActorsOfInterest

__all__ = ["PLACE_ALIASES", "place_actors"]


#: Other names of places in ``data/places.txt`` (the name a stance names them by).
PLACE_ALIASES = {"U.S.": "United States", "US": "United States", "America": "United States"}


@cache
def place_actors() -> ActorsOfInterest:
    """Default targets besides the article's actors, as an actors-of-interest table.

    Countries, states and capitals (``data/places.txt``, with
    :data:`PLACE_ALIASES`) and groups (``data/stance_groups.csv``: parties,
    the press, militant groups), all of type organisation.

    Examples
    --------
    >>> [(m.text, m.name) for m in place_actors().find("The U.S. and the GOP disagree.")]
    [('U.S.', 'United States'), ('GOP', 'Republicans')]
    """
    import io

    from ..actor_names import places
    from ..actors_of_interest import read_actors
    from ..lexicons import data_lines

    rows = [(p, "organisation", p) for p in sorted(places())]
    rows += [(name, "organisation", alias) for alias, name in PLACE_ALIASES.items()]
    groups = pd.read_csv(io.StringIO("\n".join(data_lines("stance_groups.csv"))))
    for rec in groups.itertuples(index=False):
        rows += [(rec.name, rec.type, a.strip()) for a in [rec.name, *rec.aliases.split(";")]]
    return read_actors(pd.DataFrame(rows, columns=["name", "type", "alias"]))


#: A word for the place lookup: dotted initials ("U.S.") or letters with inner hyphens.
_PLACE_WORD_RE = re.compile(r"(?:[A-Za-z]\.){2,}|[A-Za-z]+(?:-[A-Za-z]+)*")


@cache
def _place_index() -> dict[str, list[tuple[tuple[str, ...], str, str]]]:
    """First word (case-folded) of each alias of :func:`place_actors` -> (words, name, alias)."""
    index: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}
    table = place_actors().table
    for name, alias in zip(table["name"], table["alias"], strict=True):
        words = tuple(w.casefold() for w in _PLACE_WORD_RE.findall(alias))
        if words:
            index.setdefault(words[0], []).append((words, name, alias))
    for entries in index.values():
        entries.sort(key=lambda e: -len(e[0]))
    return index


@cache
def _place_odd_firsts() -> list[str]:
    """The first words of :func:`_place_index` that are no mere run of letters ("u.s.")."""
    return [k for k in _place_index() if not k.isalpha()]


def _alias_at(text: str, a: int, b: int, alias: str) -> bool:
    """Whether ``text[a:b]`` is *alias* as :class:`~newsresearch.actors_of_interest.ActorsOfInterest`
    matches it: any case for a lower-case alias, else as written but for its first letter."""
    if a > 0 and (text[a - 1].isalnum() or text[a - 1] in "_-"):
        return False
    if b < len(text) and (text[b].isalnum() or text[b] in "_-"):
        return False
    words = text[a:b].split()
    if alias[:1].islower():
        return [w.casefold() for w in words] == [w.casefold() for w in alias.split()]
    first = words[0][:1].upper() + words[0][1:]
    return [first, *words[1:]] == alias.split()


@cache
def _alias_runs(alias_words: tuple[str, ...]) -> frozenset[str]:
    """The runs of letters of an alias's words.

    Each is a whole run of letters (``[A-Za-z]+``) of the case-folded text wherever
    :func:`_alias_at` accepts the alias: spaces, dots and hyphens, or a character that
    is no letter, stand around it.

    Examples
    --------
    >>> sorted(_alias_runs(("u.s.", "al-qaeda")))
    ['al', 'qaeda', 's', 'u']
    """
    return frozenset(_PLACE_RUN_RE.findall(" ".join(alias_words)))


_PLACE_RUN_RE = re.compile(r"[A-Za-z]+")


@cache
def _alias_re(alias_words: tuple[str, ...]) -> re.Pattern[str]:
    body = r"\s+".join(re.escape(w) for w in alias_words)
    return re.compile(rf"{body}(?![\w-])")  # the character before: _alias_at


def _find_places(text: str) -> list[Any]:
    """The aliases of :func:`place_actors` in *text*, as ``place_actors().find(text)``
    finds them, without its large regular expression: only the aliases whose first
    word the text holds are looked for, each where a run of letters opens that its
    match must open with (:func:`_alias_lead`)."""
    from ..actors_of_interest import Match

    low = text.casefold()
    if len(low) != len(text):  # a letter whose case fold is longer: offsets would shift
        return place_actors().find(text)
    index = _place_index()
    # a first word that an alias match starts with is a run of letters of the text, or (with
    # dots or hyphens: "u.s.") a piece of it: no other first word can start a match
    runs = letter_runs(low)
    words = runs.distinct
    firsts = [k for k in _place_odd_firsts() if k in low]
    firsts += _place_firsts() & words
    # an alias with a run of letters that is no whole run of the text cannot match
    aliases = [e for first in firsts for e in index[first] if _alias_runs(e[0]) <= words]
    leads: dict[str, list[int]] = {}
    for start, _, run in runs.find({_alias_lead(e[0]) for e in aliases}):
        leads.setdefault(run, []).append(start)
    found = []
    for alias_words, name, alias in aliases:
        lead = _alias_lead(alias_words)
        pattern = _alias_re(alias_words)
        matches = (
            pattern.finditer(low)
            if lead is None
            else _matches_at(pattern, low, leads.get(lead, []))
        )
        for m in matches:
            if _alias_at(text, m.start(), m.end(), alias):
                found.append(Match(m.start(), m.end(), m.group(), name, "organisation"))
    found.sort(key=lambda m: (m.start, -m.end))
    kept: list[Any] = []
    for m in found:
        if not kept or m.start >= kept[-1].end:
            kept.append(Match(m.start, m.end, text[m.start : m.end], m.name, m.type))
    return kept


@cache
def _place_firsts() -> frozenset[str]:
    """The first words of :func:`_place_index`."""
    return frozenset(_place_index())


@cache
def _alias_lead(alias_words: tuple[str, ...]) -> str | None:
    """The run of letters an alias opens with, where every match of its pattern that
    :func:`_alias_at` can accept opens a whole run of letters of the case-folded text
    (``u`` of ``u.s.``), when no later run of the alias is that run again; else None (the
    pattern is searched for through the text).

    A match that opens inside a word (which :func:`_alias_at` turns down) holds no such
    run after its start unless the alias repeats its first run, so it never hides one
    from the search: the matches tried at those runs alone, left to right past the last
    match's end, are the ones a search finds there.

    Examples
    --------
    >>> _alias_lead(("u.s.",)), _alias_lead(("new", "york")), _alias_lead(("bora", "bora"))
    ('u', 'new', None)
    """
    runs = _PLACE_RUN_RE.findall(" ".join(alias_words))
    return runs[0] if runs[0] not in runs[1:] else None


def _matches_at(pattern: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """The matches of *pattern* at *starts* (in order), each past the end of the last."""
    reach = 0
    for start in starts:
        if start >= reach and (m := pattern.match(text, start)) is not None:
            reach = m.end()
            yield m


def _with_places(text: str, mentions: list[Mention]) -> list[Mention]:
    """*mentions* with every place name (kind ``place``) and organisation acronym
    (:func:`~.stance_acronyms.find_acronyms`, kind ``name``) that no mention overlaps."""
    from ..actors import Mention

    starts = [m.start for m in mentions]
    extra = []
    for p in _find_places(text):
        k = bisect.bisect_left(starts, p.start)
        near = mentions[max(0, k - 1) : k + 1]
        if any(m.start < p.end and p.start < m.end for m in near):
            continue
        extra.append(Mention(p.start, p.end, p.text, p.name, "organisation", "place"))
    for a, b, acronym in find_acronyms(text):  # "the FBI", "the NRA": organisations
        k = bisect.bisect_left(starts, a)
        if not any(m.start < b and a < m.end for m in mentions[max(0, k - 1) : k + 1]):
            extra.append(Mention(a, b, acronym, acronym, "organisation", "name"))
    if not extra:
        return mentions
    return sorted([*mentions, *extra], key=lambda m: (m.start, -m.end))


#: Words at most between a place that is an act's subject and the act's cue.
PLACE_SUBJECT_WORDS = 3


@cache
def _place_names() -> frozenset[str]:
    """The names of the countries, states and capitals of ``data/places.txt`` (no groups)."""
    from ..actor_names import places

    return frozenset(places()) | frozenset(PLACE_ALIASES.values())


def _place_apart(text: str, subject: Mention, cue_start: int) -> bool:
    """Whether *subject* is a place set apart from the cue by a comma or more than
    :data:`PLACE_SUBJECT_WORDS` words: a location or a modifier, not who acts.

    Examples
    --------
    >>> from types import SimpleNamespace as M
    >>> t = "Marchers in Aldham, Virginia, gathered to protest the plan."
    >>> _place_apart(t, M(actor="Virginia", end=t.index(", gathered")), t.index("protest"))
    True
    >>> t = "Virginia sued the company."
    >>> _place_apart(t, M(actor="Virginia", end=8), t.index("sued"))
    False
    """
    if subject.actor not in _place_names():
        return False
    gap = text[subject.end : cue_start]
    return "," in gap or len(gap.split()) > PLACE_SUBJECT_WORDS
