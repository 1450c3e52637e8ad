"""Documents named by one common noun take the article's own name for them; figures and
statements named by their issuer are the issuer's.

The gold names a document by its author or, failing that, its own name
(``data/gold/ANNOTATION.md``): "the memo" of an article that introduced "the FISA
memo" is the "FISA memo", as a surname is the full name the article gave first; "CNN
estimates" and "the IRS statement" are CNN's and the IRS's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..actors import ArticleActors
from .records import Attribution

__all__ = [
    "AUTHOR",
    "author_after",
    "document_authors",
    "name_documents",
    "office_authors",
    "released_documents",
]

#: Who wrote a document: "a July report from Mother Jones", "a lawsuit filed by X".
AUTHOR = re.compile(
    r"\s+(?:(?:filed|released|issued|published|written|sent\s+out)\s+)?(?:by|from)\s+"
)


@lru_cache(maxsize=256)
def author_after(noun: str) -> re.Pattern[str]:
    """*noun* (or its plural) and the words that lead to its author, in any case: "the
    lawsuit filed by", "a report from" (compiled once per noun).

    Examples
    --------
    >>> author_after("lawsuit").search("A Lawsuits filed by Ana Voss").group(0)
    'Lawsuits filed by '
    """
    return re.compile(rf"\b{re.escape(noun)}s?\b{AUTHOR.pattern}", re.I)


#: Capitalised words that open a sentence or a phrase and name no document ("The memo",
#: "In video", "A new report").
_NOT_NAMES = frozenset(
    "the a an this that these those its his her their our my your new latest last first "
    "in on at by for from with of to and but or as after before when while if since "
    "one another every each such same".split()
)


@lru_cache(maxsize=256)
def _named(noun: str) -> re.Pattern[str]:
    """Up to three capitalised words on one line before *noun* in any case ("FISA MEMO")."""
    return re.compile(rf"((?:\b[A-Z][\w/&.\-]*[ \t]+){{1,3}})(?i:{re.escape(noun)})\b")


def _own_name(text: str, noun: str) -> str | None:
    """The first name the article gives a *noun* document ("FISA memo"), else None."""
    for m in _named(noun).finditer(text):
        words = m.group(1).split()
        last = max((i for i, w in enumerate(words) if w.lower() in _NOT_NAMES), default=-1)
        words = words[last + 1 :]  # "READ THE FISA MEMO": "FISA"
        if words:
            return f"{' '.join(words)} {noun}"
    return None


def name_documents(text: str, found: Sequence[Attribution]) -> None:
    """A document speaker named by one lower-case noun ("memo") takes the first name
    the article gives a document so called ("FISA memo"); with none it stays.

    Examples
    --------
    >>> from newsresearch.text import Article
    >>> t = ("House Republicans released the ORCA memo on Friday. The memo says the "
    ...      "agency relied on a partisan dossier.")
    >>> [a.speaker for a in Article(t).attributions]
    ['ORCA memo']
    """
    if not text:
        return
    released_documents(text, found)
    names: dict[str, str | None] = {}
    for att in found:
        noun = att.speaker
        if att.speaker_type != "document" or not noun or not noun.isalpha() or not noun.islower():
            continue
        if noun not in names:
            names[noun] = _own_name(text, noun)
        att.speaker = names[noun] or noun


#: A source that is a poll or study with the participle that dates it ("A Halden poll
#: released", "a survey released Monday"): the participle is no head.
_RELEASED = re.compile(
    r"(?:(?i:a|an|the|this|that)\s+)?(?:(?:new|latest|recent)\s+)?"
    r"(?P<name>(?:[A-Z][\w/&.\-]*\s+){0,4})(?P<noun>poll|survey|study|report)\s+"
    r"(?:released|published|conducted|issued|out)(?:\s+[\w\-]+){0,3}"
)


def released_documents(text: str, found: Sequence[Attribution]) -> None:
    """Attributions with no named speaker whose source is a poll, survey, study or report
    with the participle that dates it ("A Halden poll released this week found") take
    the document: a poll or survey by its name ("Halden poll"), a study or report by the
    capitalised author before it ("Tarrow Research"), else its noun, in place.

    Examples
    --------
    >>> from newsresearch.text import Article
    >>> t = "A Halden poll released this week found that 46% of voters back the plan."
    >>> [(a.speaker, a.speaker_type) for a in Article(t).attributions]
    [('Halden poll', 'poll')]
    """
    for att in found:
        if att.source is None or att.speaker not in (None, "", "anonymous"):
            continue
        m = _RELEASED.fullmatch(text, *att.source)
        if m is None:
            continue
        name, noun = m.group("name").strip(), m.group("noun")
        poll = noun in ("poll", "survey")
        if poll or not name:
            att.speaker, att.speaker_type = (
                f"{name} {noun}".strip(),
                "poll" if poll else "document",
            )
        else:
            att.speaker, att.speaker_type = name, "organisation"
        att.anonymous = False


#: A speaker that is figures or a statement after the capitalised name of who issued them
#: ("CNN estimates", "Nielsen numbers", "Internal Revenue Service statement"); a memo, a
#: report or a poll goes by its own name ("FISA memo", "Gallup poll"), as the gold has them.
_ISSUED_BY = re.compile(
    r"(?P<author>[A-Z][\w.&/’'\-]*(?:\s+(?:of\s+(?:the\s+)?|for\s+|&\s+)?[A-Z][\w.&/’'\-]*)*)"
    r"\s+(?:estimates|numbers|figures|data|records|statistics|surveys|statements?)"
)


#: Lower-case words that describe a poll or document before its capitalised name ("snap",
#: "nationwide").
_DESCRIBED = re.compile(r"^(?:[a-z][\w\-]*\s+)+(?=[A-Z])")


def document_authors(found: Sequence[Attribution], actors: ArticleActors) -> None:
    """A speaker that is figures or a statement named by its issuer ("CNN estimates",
    "Nielsen numbers", "the IRS statement") is the issuer: a person when the article
    names that person, else an organisation. A poll or document with a capitalised name
    loses the lower-case words that describe it ("snap CNN/ORC poll" is "CNN/ORC poll").

    Examples
    --------
    >>> from newsresearch.text import Article
    >>> t = "According to Halden Research estimates, the mayor would need every vote."
    >>> [(a.speaker, a.speaker_type) for a in Article(t).attributions]
    [('Halden Research', 'organisation')]
    """
    for att in found:
        if att.speaker_type == "person" or not att.speaker:
            continue
        if att.speaker_type in ("poll", "document"):  # "snap Halden/ORC poll": its name
            att.speaker = _DESCRIBED.sub("", att.speaker)
        m = _ISSUED_BY.fullmatch(att.speaker)
        if m is None:
            continue
        author = m.group("author")
        actor = actors.actors.get(author)
        att.speaker = author
        att.speaker_type = (
            "person" if actor is not None and actor.type == "person" else "organisation"
        )
        att.anonymous = False


#: A document named by the office that wrote it: "IG report", "inspector general's review",
#: "special counsel's report".
_OFFICE_DOCUMENT = re.compile(
    r"(?P<office>(?:[A-Za-z]+\s+){0,2}[A-Za-z]+?)(?:['’]s?)?\s+"
    r"(?:report|review|findings|audit|memo|analysis|investigation)"
)
#: Offices news writing names by their initials.
_OFFICE_INITIALS = {"ig": "inspector general", "ag": "attorney general"}


def office_authors(found: Sequence[Attribution], actors: ArticleActors) -> None:
    """A document named by the office that wrote it ("the IG report", "the special
    counsel's report") is by the one person of the article who holds that office (its
    title ends so: "Inspector General Ana Ruiz"), as the gold names a document by its
    author; with no such person, or several, it stays, in place.

    Examples
    --------
    >>> from newsresearch.text import Article
    >>> t = ("Inspector General Ana Ruiz testified on Thursday. The IG report faulted a "
    ...      "range of agencies.")
    >>> [a.speaker for a in Article(t).attributions]
    ['Ana Ruiz']
    """
    holders: dict[str, str | None] = {}
    for att in found:
        if att.speaker_type != "document" or not att.speaker:
            continue
        m = _OFFICE_DOCUMENT.fullmatch(att.speaker)
        if m is None:
            continue
        office = m.group("office").lower()
        office = _OFFICE_INITIALS.get(office, office)
        if office not in holders:
            people = [
                a.canonical
                for a in actors.actors.values()
                if a.type == "person" and a.title.lower().endswith(office)
            ]
            holders[office] = people[0] if len(people) == 1 and " " in office else None
        if holders[office] is not None:
            att.speaker, att.speaker_type, att.anonymous = holders[office], "person", False
