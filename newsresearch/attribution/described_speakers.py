"""Sources that describe a person the article names elsewhere: roles and kin.

News writing refers to a person it names by the office they hold, often with the body
of that office in a prepositional phrase ("the speaker of Parliament", "the top
Democrat on the House committee"). Such a source is a person, never the body it
names: it stands for the one person of the article who holds that role or was
described with that head noun (:func:`described_holder`), whichever side of the source
they were named on. A relative named by a given name after an owner's possessive
("Carver's brother Robert") is that given name with the owner's family name
(:func:`kin_name`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..actors import Actor, ArticleActors
from .descriptions import _singular
from .records import Attribution

__all__ = [
    "ROLE_SYNONYMS",
    "described_holder",
    "described_speaker",
    "kin_name",
    "kin_of_owner",
    "unlisted_name",
]

Span = tuple[int, int]

Speaker = tuple[str | None, str, bool]  # canonical name, type, anonymous

#: Roles a description may name by another word: "the congressman" is a representative.
ROLE_SYNONYMS = {
    "congressman": ("representative",),
    "congresswoman": ("representative",),
    "lawmaker": ("representative", "senator"),
    "premier": ("prime minister",),
}
#: A definite description of one person: "the", or an owner's possessive ("Britain's"),
#: up to three modifiers, the head noun, then optionally the body it serves ("of X",
#: "on the House committee").
_DESCRIBED = re.compile(
    r"(?:[Tt]he|[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,2}['’]s?)\s+"
    r"(?P<mods>(?:[\w\-]+\s+){0,3}?)(?P<head>[A-Za-z\-]+)"
    r"(?:\s+(?:of|on|at|for|in|to|from)\s+(?P<body>.+))?"
)
#: Heads that describe an office or a party member, not a thing or a group.
_OFFICE_HEADS = frozenset(
    "speaker chairman chairwoman chair president secretary minister senator governor mayor "
    "democrat republican leader head director spokesman spokeswoman spokesperson ambassador "
    "commissioner prosecutor judge justice attorney-general premier chancellor treasurer "
    "whip nominee".split()
)
#: Offices written by an abbreviation, and the head word of the office: "Halden's PM".
_ABBREVIATED = {"pm": "minister"}
#: Heads vague enough that many people of one article fit them.
_TOO_VAGUE = frozenset("spokesman spokeswoman spokesperson leader head director".split())


def _holds(actor: Actor, head: str) -> bool:
    """Whether *actor* holds the office *head* names: one of its roles, the last word of
    its title, or the head of its description ("top Democrat on the House committee")."""
    if head in actor.roles:
        return True
    title = actor.title.lower().split()
    if title and _singular(title[-1]) == head:
        return True
    described = re.split(r"\s+(?:of|on|at|for|in|to|from|with)\s+", actor.description.lower())
    words = described[0].split() if actor.description else []
    return bool(words) and _singular(words[-1]) == head


def described_holder(phrase: str, actors: ArticleActors) -> Speaker | None:
    """The one person of the article who holds the office a definite source describes
    ("the speaker of Parliament", "the top Democrat on the House committee"); None when
    the phrase is no such description or no single person or many hold that office.

    Examples
    --------
    >>> from newsresearch.actors import find_actors
    >>> t = ("Halden's speaker of parliament said on Monday that the visit would go ahead. "
    ...      "Parliament Speaker Ada Voss has long opposed it.")
    >>> described_holder("Halden's speaker of parliament", find_actors(t))
    ('Ada Voss', 'person', False)
    >>> described_holder("the speaker", find_actors(t)) is None
    True
    """
    phrase_s = phrase.strip()
    # cheap test first: the pattern opens with "the" or holds an owner's apostrophe
    if not phrase_s.startswith(("The", "the")) and "'" not in phrase_s and "’" not in phrase_s:
        return None
    m = _DESCRIBED.fullmatch(phrase_s)
    if m is None or not (m.group("body") or not phrase.strip().lower().startswith("the ")):
        return None  # "the senator" alone is for the role readings of :mod:`.speakers`
    head = _singular(m.group("head").lower())
    head = _ABBREVIATED.get(head, head)  # "Halden's PM": its prime minister
    if head not in _OFFICE_HEADS:
        return None
    holders = [a for a in actors.actors.values() if a.type == "person" and _holds(a, head)]
    if head in _TOO_VAGUE and not m.group("body"):
        return None  # "the spokesman": which one is for the paragraph to tell
    if len(holders) != 1:
        return None
    return holders[0].canonical, "person", False


#: A relative named by a given name after the owner's family name: "Carver's brother Robert".
_KIN = re.compile(
    r"(?:[A-Z][\w.\-]*\s+)*(?P<family>[A-Z][\w\-]+)['’]s?\s+(?:(?:older|younger|late|eldest|"
    r"youngest)\s+)?(?:brother|sister|son|daughter|wife|husband|father|mother|nephew|niece|"
    r"cousin|uncle|aunt|grandson|granddaughter)\s+(?P<given>[A-Z][a-z]+)"
)


def kin_name(phrase: str) -> str | None:
    """The full name of a relative a source names by a given name after the owner's
    possessive: "Carver's brother Robert" is Robert Carver (None for other phrases).

    Examples
    --------
    >>> kin_name("Senator Carver's younger brother Robert")
    'Robert Carver'
    >>> kin_name("Carver's brother") is None
    True
    """
    if "'" not in phrase and "’" not in phrase:
        return None  # no owner's possessive: the pattern cannot match
    m = _KIN.fullmatch(phrase.strip())
    return f"{m.group('given')} {m.group('family')}" if m else None


#: The office a source's body serves, written right before it: "the speaker of [Parliament]".
_OFFICE_BEFORE = re.compile(
    r"(?:(?<=\s)|^)((?:[Tt]he|[A-Z][\w.\-]*['’]s?)\s+(?:[\w\-]+\s+){0,3}?[A-Za-z\-]+\s+"
    r"(?:of|on|at|for)\s+)$"
)
#: How far before a source the office it serves may start (characters).
_OFFICE_REACH = 60


def described_speaker(text: str, span: Span, actors: ArticleActors) -> Speaker | None:
    """A relative (:func:`kin_name`) or the holder of a described office
    (:func:`described_holder`) the source at *span* stands for, also when the source is
    only the body the office serves ("the speaker of [Parliament]"); None when neither.

    Examples
    --------
    >>> from newsresearch.actors import find_actors
    >>> t = "Carver's brother Robert said so."
    >>> described_speaker(t, (0, 23), find_actors(t))
    ('Robert Carver', 'person', False)
    """
    phrase = text[span[0] : span[1]]
    kin = kin_name(phrase)
    if kin:
        return kin, "person", False
    found = described_holder(phrase, actors)
    if found is not None:
        return found
    before = text[max(0, span[0] - _OFFICE_REACH) : span[0]]
    # cheap test first: the office pattern ends with "of", "on", "at" or "for" and a space
    if not (before[-1:].isspace() and before.rstrip().endswith(("of", "on", "at", "for"))):
        return None
    office = _OFFICE_BEFORE.search(text, max(0, span[0] - _OFFICE_REACH), span[0])
    if office is not None and "\n" not in office.group(1):
        return described_holder(office.group(1) + phrase, actors)
    return None


#: A role and a name the article's actors missed: "Democratic pollster Celinda Lake".
_ROLE_THEN_NAME = re.compile(
    r"(?:[A-Z][\w\-]*\s+){0,3}(?:[a-z][\w\-]*\s+){0,2}(?P<role>[a-z]+)\s+"
    r"(?P<name>[A-Z][a-z]+(?:\s+[A-Z][\w’'\-]+){1,2})"
)
#: A website that speaks as an organisation, before a relative clause or alone:
#: "Bankrate.com, which sponsored the survey".
_WEBSITE = re.compile(r"(?P<site>[A-Z][\w\-]*\.(?:com|org|net))(?:,\s+(?:which|that)\b.*)?", re.S)


def unlisted_name(phrase: str, heads: frozenset[str]) -> Speaker | None:
    """A speaker named in a source that no actor covers: a name after a role whose head is
    one of *heads* ("Democratic pollster Celinda Lake": a person), or a website ("Bankrate.com,
    which sponsored the survey": an organisation); None for other phrases.

    Examples
    --------
    >>> unlisted_name("Democratic pollster Ana Lake", frozenset({"pollster"}))
    ('Ana Lake', 'person', False)
    >>> unlisted_name("Ratewatch.com, which ran the survey", frozenset())
    ('Ratewatch.com', 'organisation', False)
    >>> unlisted_name("the pollster at Lake Halden", frozenset({"pollster"})) is None
    True
    """
    phrase = phrase.strip()
    site = _WEBSITE.fullmatch(phrase)
    if site is not None:
        return site.group("site"), "organisation", False
    m = _ROLE_THEN_NAME.fullmatch(phrase)
    if m is None or _singular(m.group("role")) not in heads:
        return None
    return m.group("name"), "person", False


#: A relative named by an owner's pronoun: "her husband", "his late father".
_KIN_OF_PRONOUN = re.compile(
    r"(?P<owner>[Hh]is|[Hh]er)\s+(?:(?:late|former|estranged|older|younger)\s+)?"
    r"(?P<kin>husband|wife|son|daughter|father|mother|brother|sister)"
)
_KIN_GENDER = {
    "husband": "m", "son": "m", "father": "m", "brother": "m",
    "wife": "f", "daughter": "f", "mother": "f", "sister": "f",
}  # fmt: skip


def kin_of_owner(text: str, found: Sequence[Attribution], actors: ArticleActors) -> None:
    """The speaker of a source naming a relative by the owner's pronoun ("her husband
    said") that has no speaker yet, in place: the one other person of the article who bears
    the family name of a person named just before whose gender fits the pronoun (the
    owner), and whose own gender fits the relative ("Rosemarie Voss ... Her husband said":
    the article's Steve Voss); none when no such person or several.

    Examples
    --------
    >>> from newsresearch.text import Article
    >>> t = ("Steve Voss, whose wife was hurt in the crash, sued the city. Rosemarie Voss "
    ...      "spent a year in hospital. Her husband said she needs more surgery.")
    >>> [a.speaker for a in Article(t).attributions if t[a.source[0] : a.source[1]] == "Her husband"]
    ['Steve Voss']
    """
    for att in found:
        if att.source is None or att.speaker is not None:
            continue
        m = _KIN_OF_PRONOUN.fullmatch(text, *att.source)
        if m is None:
            continue
        owner_gender = "m" if m.group("owner").lower() == "his" else "f"
        kin_gender = _KIN_GENDER[m.group("kin")]
        start = max(0, att.source[0] - _KIN_REACH)
        owners = [
            mention
            for mention in reversed(actors.between(start, att.source[0]))
            if mention.kind in ("name", "surname") and mention.type == "person"
        ]
        for mention in owners[:_KIN_OWNERS]:  # the owner: a person named just before
            owner = actors.actors[mention.actor]
            if owner.gender not in ("", owner_gender) or len(owner.canonical.split()) < 2:
                continue
            family = owner.canonical.split()[-1]
            kin = [
                a.canonical
                for a in actors.actors.values()
                if a.type == "person"
                and a.canonical != owner.canonical
                and len(a.canonical.split()) > 1
                and a.canonical.split()[-1] == family
                and a.gender in ("", kin_gender)
            ]
            if len(kin) == 1:
                att.speaker, att.speaker_type, att.anonymous = kin[0], "person", False
                break


#: How far before a relative (characters) its owner may be named, and how many of the
#: people named last there may be the owner.
_KIN_REACH = 400
_KIN_OWNERS = 2
