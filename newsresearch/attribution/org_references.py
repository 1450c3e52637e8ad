"""Organisations referred to by a definite phrase: "the ministry", "the company", "its union".

The organisation named earlier (a speaker of an earlier attribution first, then the
article's organisation mentions, nearest first) whose name holds the phrase's head
word; for a generic head (``the company``, ``the group``) the latest organisation that
is no country and no ministry or agency; a capitalised modifier must be in the name
(``the Chilean government`` is no "Russia's government", ``the White House`` no "House
Democrats"); a capitalised head refers to a name ending in it (``the Times``: "Halden
Times"), and a chamber (``the House``, ``the Senate``) to itself, never to "White House",
"House Freedom Caucus" or "Senate Democrats".
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from ..actor_names import places
from ..actors import ArticleActors
from .records import MONTHS, WEEKDAYS, Attribution

__all__ = ["GENERIC_ORGS", "body_name_tails", "court_members", "org_reference"]

#: Head nouns that any organisation may be referred to by.
GENERIC_ORGS = ("company", "firm", "operator", "utility", "group", "organisation", "organization")
_SPECIFIC_ORGS = ("ministry", "government", "party", "senate", "commission", "agency")
_ORG_REFERENCE = re.compile(r"(?:the|its|this)\s+(?:([a-z\-]+)\s+)?([a-z\-]+)")


def org_reference(
    low: str,
    phrase: str,
    position: int,
    actors: ArticleActors,
    done: Sequence[Attribution],
    *,
    text: str = "",
) -> str | None:
    """The organisation a definite phrase (*phrase*, lower-cased *low*, at *position*)
    refers back to, or None.

    Examples
    --------
    >>> from newsresearch.text import Article
    >>> t = ("The Halden Rail Authority said fares would rise. The Osland government said "
    ...      "it disagreed. The company said the rise was small.")
    >>> [a.speaker for a in Article(t).attributions]
    ['Halden Rail Authority', 'Osland government', 'Halden Rail Authority']
    """
    m = _ORG_REFERENCE.fullmatch(low)
    if not m:
        return None
    modifier, head = m.group(1), m.group(2)
    words = phrase.split()
    names = _earlier_organisations(position, actors, done)
    if modifier and len(words) == 3 and words[1][:1].isupper():
        whole = words[2][:1].isupper()  # "the White House": a name, not "CBS News White House"
        for name in names:
            parts = name.lower().replace("’", "'").split()
            if whole and parts != [modifier, head]:
                continue
            if head in parts and any(w.startswith(modifier) for w in parts):
                return name
        return None
    if head in _PAPERS and not modifier:  # "the paper": the newspaper named last
        after = text[position + len(phrase) : position + len(phrase) + _SCHOLARLY_REACH]
        if _SCHOLARLY.search(after):  # "the paper, published in a journal": a study
            return None
        return _newspaper_before(position, actors, done)
    generic = head in GENERIC_ORGS
    countries = places()
    proper = words[-1][:1].isupper()
    for name in names:
        lowered = name.lower()
        if proper and name not in countries and not _proper_reference(head, lowered):
            continue
        if head in lowered.split():
            return name
        if generic and name not in countries and not any(w in lowered for w in _SPECIFIC_ORGS):
            return name  # "the company" is no country: Russia, the United States
    if head == "administration" and not modifier and not low.startswith("its "):
        # "the administration": the president's (not "its administration": a school's)
        return _presidents_administration(actors)
    if head not in _OFFICES or generic:
        return None
    written = _written_before(text, modifier, head, position)
    if written is not None:
        return written
    for att in reversed(done):  # "The US secret service said ... The agency also said"
        if att.source is None or position - att.source[0] > _OFFICE_REACH:
            break
        if att.speaker_type == "organisation" and att.speaker and att.speaker not in countries:
            return att.speaker
    if head not in _EXECUTIVE:
        return None
    for m in reversed(actors.between(max(0, position - _OFFICE_REACH), position)):
        # "run by the Office of Personnel Management ... the agency says": an executive
        # body named by another such word
        if m.type == "organisation" and m.kind != "pronoun":
            if _EXECUTIVE.intersection(m.actor.lower().split()):
                return m.actor
    return None


#: Chambers a capitalised "the House", "the Senate" names by itself.
_CHAMBERS = frozenset(("house", "senate"))


def _proper_reference(head: str, name: str) -> bool:
    """Whether a capitalised head ("the Times", "the House") may refer to the lower-cased
    organisation *name*: one that ends in the head ("New York Times", "Supreme Court"); a
    chamber only the chamber itself ("House of Representatives"), never "White House",
    "House Freedom Caucus" or "Senate Democrats". (A country may take its first word:
    "the North" for North Korea.)"""
    if head in _CHAMBERS:
        return name == head or re.search(rf"(?:^|\s){head} of ", f"{name} ") is not None
    return name.split()[-1:] == [head]


#: Heads of executive bodies, one of which may refer to a body named by another ("the
#: agency" for "the Office of X"); committees, boards and councils go by their own head.
_EXECUTIVE = frozenset("agency office bureau service department administration".split())


#: A newspaper referred back to by what it is, and the words that end a newspaper's name
#: ("The Halden Courier reported ... The paper said").
_PAPERS = frozenset(("paper", "newspaper"))
#: Words soon after "the paper" that make it a scholarly one, and how far they are read.
_SCHOLARLY = re.compile(r"\b(?:published|journal|peer|researchers|authors|study|preprint)\b", re.I)
_SCHOLARLY_REACH = 80
_NEWSPAPER_WORDS = frozenset(
    "Times Post Journal Tribune Herald Globe Gazette Chronicle Courier Telegraph Guardian "
    "Inquirer Examiner Observer Dispatch Sentinel Register Bulletin Star Sun Mail".split()
)


def _newspaper_before(
    position: int, actors: ArticleActors, done: Sequence[Attribution]
) -> str | None:
    """The newspaper speaker of *done* or named before *position* nearest to it, within
    :data:`_WRITTEN_REACH` (by a name ending in a newspaper word, whatever type the name
    was given), else None."""
    start = position - _WRITTEN_REACH
    near = [(a.start, a.speaker) for a in done if a.speaker and start < a.start < position]
    near += [(m.start, m.actor) for m in actors.mentions if start < m.start < position]
    for _, name in sorted(near, key=lambda x: -x[0]):
        if name.split()[-1] in _NEWSPAPER_WORDS:
            return name
    return None


#: Heads of a public body's name that "the agency", "the office" refer back to.
_OFFICES = frozenset("agency office committee bureau service department board council".split())
#: How far back (characters) an organisation speaker is "the agency" of a later source.
_OFFICE_REACH = 800


def _written_before(text: str, modifier: str | None, head: str, position: int) -> str | None:
    """The last capitalised name ending in the phrase's words written before *position*
    ("the Yavapai County Sheriff's office" for "the office", "the House of
    Representatives ethics committee" for "the ethics committee")."""
    if not text:
        return None
    tail = rf"(?:{re.escape(modifier)}[ \t]+)?" if modifier else ""
    pattern = re.compile(  # names never cross a line break
        rf"(?:[A-Z][\w.’'\-]*[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?)+{tail}(?i:{re.escape(head)})\b"
    )
    found = None
    for m in pattern.finditer(text, max(0, position - _WRITTEN_REACH), position):
        found = m
    if found is None:
        return None
    name = " ".join(found.group(0).split())
    return name[4:] if name.startswith("The ") else name


#: How far back (characters) a name is looked for.
_WRITTEN_REACH = 3000


def _earlier_organisations(
    position: int, actors: ArticleActors, done: Sequence[Attribution]
) -> list[str]:
    """Organisation speakers of *done* within :data:`SPEAKER_REACH` (latest first), then
    organisations named before *position* (nearest first), then older speakers: "the
    company" after "A 2012 strike at Tarrow Motors" is Tarrow Motors, not a magazine quoted
    pages before."""
    speakers = [a for a in reversed(done) if a.speaker_type == "organisation" and a.speaker]
    near = [a.speaker for a in speakers if a.start >= position - SPEAKER_REACH]
    earlier = [mm for mm in actors.mentions if mm.type == "organisation" and mm.start < position]
    named = [mm.actor for mm in sorted(earlier, key=lambda x: -x.start)]
    return near + named + [a.speaker for a in speakers if a.start < position - SPEAKER_REACH]


#: How far back (characters) an organisation speaker comes before organisations named.
SPEAKER_REACH = 1500


def _presidents_administration(actors: ArticleActors) -> str | None:
    """ "<Surname> administration" for the president the article names most ("the
    administration" in a story about President Carver is the Carver administration);
    None when the article names no president."""
    presidents = {
        a.canonical for a in actors.actors.values() if a.type == "person" and "president" in a.roles
    }
    counts = Counter(m.actor for m in actors.mentions if m.actor in presidents)
    if not counts:
        return None
    return f"{counts.most_common(1)[0][0].split()[-1]} administration"


#: A court referred to by its members: "the justices", "the nine justices".
_JUSTICES = re.compile(r"[Tt]he\s+(?:[a-z\-]+\s+)?justices")
#: How far back (characters) the court "the justices" stand for may be named.
_COURT_REACH = 1500


def court_members(text: str, found: Sequence[Attribution], actors: ArticleActors) -> None:
    """The speaker of a source that refers to a court by its members ("the justices")
    and has no named speaker: the court named last before it, within
    :data:`_COURT_REACH` characters, in place (the gold names a court, not its bench).

    Examples
    --------
    >>> from newsresearch.text import Article
    >>> t = ("The Halden Supreme Court took up the case in May. The justices said on Monday "
    ...      "that the law stood.")
    >>> [a.speaker for a in Article(t).attributions]
    ['Halden Supreme Court']
    """
    for att in found:
        if att.source is None or (att.speaker and att.speaker_type != "other"):
            continue
        if _JUSTICES.fullmatch(text, *att.source) is None:
            continue
        for m in reversed(actors.between(max(0, att.source[0] - _COURT_REACH), att.source[0])):
            if m.kind != "pronoun" and m.type == "organisation" and m.actor.endswith("Court"):
                att.speaker, att.speaker_type, att.anonymous = m.actor, "organisation", False
                break


#: Heads of a body whose name goes on after "on" or "for": "Commission on School Safety".
_BODY_HEADS = frozenset(
    "commission committee council institute center centre board task force".split()
)
#: Capitalised words after "on" or "for" that are a date, not the rest of a name.
_DATE_WORDS = frozenset(WEEKDAYS) | frozenset(MONTHS)


def body_name_tails(text: str, found: Sequence[Attribution]) -> None:
    """An organisation speaker whose name stops at a body's head ("Federal Commission")
    takes the rest the article writes after it with "on" or "for" ("Federal Commission on
    School Safety"), in place; a date after "on" is no part of a name.

    Examples
    --------
    >>> from newsresearch.text import Article
    >>> t = ("Ana Brooks chairs the Halden Commission on Road Safety. The commission said "
    ...      "on Monday that speed limits would fall.")
    >>> [a.speaker for a in Article(t).attributions]
    ['Halden Commission on Road Safety']
    """
    done: dict[str, str] = {}
    for att in found:
        name = att.speaker
        if att.speaker_type != "organisation" or not name or "; " in name:
            continue
        if name.split()[-1].lower() not in _BODY_HEADS:
            continue
        if name not in done:
            tail = re.compile(
                rf"{re.escape(name)}[ \t]+(?:on|for)[ \t]+(?:the[ \t]+)?"
                r"[A-Z][\w’'\-]*(?:[ \t]+(?:(?:and|of|the|&)[ \t]+)?[A-Z][\w’'\-]*){0,5}"
            ).search(text)
            full = " ".join(tail.group(0).split()) if tail else name
            rest = full[len(name) :].split()
            if rest and any(w in _DATE_WORDS for w in rest):
                full = name  # "the Halden Commission on Monday"
            done[name] = full
        att.speaker = done[name]
