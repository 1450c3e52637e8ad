"""People and organisations in an article: mentions, titles, surnames and canonical names.

One module serves every analysis that needs to know *who*: attribution (who
speaks), target sentiment (toward whom), and stance triples (who says what
about whom). Within one article it

1. finds names: an optional title (``Sen.``, ``Finance Minister``, ``Mr.``; see
   ``data/titles.csv``) and two or more capitalised words (``Garrick J. Voss``),
   or a title and one word (``Sen. Voss``);
2. tells organisations from people by their head words (``data/organisation_words.txt``:
   ``Halden Rail``, ``the Transport Workers' Union``, ``the health ministry``);
3. links later mentions to the actor introduced first: surnames (``Voss``,
   ``Mr. Voss``), roles (``the senator``, ``the spokesman``: the most recent actor
   holding that role, from a title or an appositive such as ``Arlo Menzies, the
   vice president's spokesman``), and pronouns (the most recent person of a
   compatible gender);
4. gives every actor one canonical name: the fullest form of the name, without
   title (``Garrick J. Voss``).

Finding candidate names (the title-and-name pattern, the cleaning of each match,
the word lists) lives in :mod:`newsresearch.actor_names`; this module links them
into actors.

The rules are deliberately transparent; they will miss some names and merge
some namesakes. They are measured through the attribution evaluation
(speaker accuracy) in :mod:`newsresearch.evaluation.attribution`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from operator import attrgetter

import pandas as pd

from .actor_names import (
    NameFacts,
    candidates,
    first_names,
    is_organisation,
    kin_before,
    kin_named,
    may_take_name,
    title_info,
    titles,
)
from .lexicons.tokens import WORD_START_AFTER_FIRST, trie_pattern, word_start_matches
from .name_forms import (
    and_rest_end,
    double_surname,
    earlier_form,
    family_name_first,
    same_person,
    suffixed,
    surname_of,
)
from .same_surname import bare_surname_key, office_holders_first, titled_candidates
from .text import ParsedCorpus, parse

__all__ = [
    "MENTION_COLUMNS",
    "Actor",
    "ArticleActors",
    "Mention",
    "find_actors",
    "is_organisation",
    "mentions",
]


_START = attrgetter("start")


_PRONOUNS = {
    "he": "m",
    "him": "m",
    "his": "m",
    "himself": "m",
    "she": "f",
    "her": "f",
    "hers": "f",
    "herself": "f",
}


@dataclass
class Actor:
    """A person or organisation in one article."""

    canonical: str
    type: str  # person | organisation
    gender: str = ""  # m | f | ""
    roles: set[str] = field(default_factory=set)
    first: int = 0
    title: str = ""  # the title first seen with the name: "former US President"
    description: str = ""  # the first appositive: "economics professor at the University of X"


@dataclass(frozen=True, slots=True)
class Mention:
    """One mention of an actor: its span, text, actor key and type, and how it names it.

    Slotted: an article has dozens of mentions, and objects without a ``__dict__`` are
    cheaper to make, to hold and for the garbage collector to walk.
    """

    start: int
    end: int
    text: str
    actor: str
    type: str
    kind: str  # name | surname | role | pronoun


_SETTERS = tuple(getattr(Mention, name).__set__ for name in Mention.__slots__)
_NEW = object.__new__


def _mention(start: int, end: int, text: str, actor: str, type: str, kind: str) -> Mention:
    """``Mention(start, end, text, actor, type, kind)``, made faster: the frozen
    dataclass's ``__init__`` sets each field through ``object.__setattr__``; this sets
    its slots directly (about half the time; tens of thousands per 1,000 articles)."""
    m = _NEW(Mention)
    s0, s1, s2, s3, s4, s5 = _SETTERS
    s0(m, start)
    s1(m, end)
    s2(m, text)
    s3(m, actor)
    s4(m, type)
    s5(m, kind)
    return m


@dataclass
class ArticleActors:
    """The actors of one article and their mentions, in text order."""

    actors: dict[str, Actor]
    mentions: list[Mention]

    def _index(self) -> tuple[list[int], int]:
        """The mentions' starts and the longest mention's length, kept while the mentions
        list stays the same (a binary search over the starts finds mentions near a position)."""
        mentions, kept = self.mentions, self.__dict__.get("_by_start")
        if kept is None or kept[0] is not mentions or kept[1] != len(mentions):
            longest = max((m.end - m.start for m in mentions), default=0)
            kept = self.__dict__["_by_start"] = (
                mentions,
                len(mentions),
                [m.start for m in mentions],
                longest,
            )
        return kept[2], kept[3]

    def between(self, start: int, end: int) -> list[Mention]:
        """The mentions that start in ``[start, end)``, in text order (a binary search)."""
        starts, _ = self._index()
        return self.mentions[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]

    def overlapping(self, start: int, end: int) -> list[Mention]:
        """The mentions that start before *end* and end after *start*, in text order.

        Only mentions starting in ``(start - longest, end)`` can overlap: a binary search.

        Examples
        --------
        >>> found = find_actors("Sen. Garrick Voss met Halden Rail.")
        >>> [m.text for m in found.overlapping(10, 26)]
        ['Sen. Garrick Voss', 'Halden Rail']
        """
        starts, longest = self._index()
        lo = bisect.bisect_right(starts, start - longest)
        return [m for m in self.mentions[lo : bisect.bisect_left(starts, end)] if start < m.end]

    def at(self, start: int, end: int) -> Mention | None:
        """The mention overlapping ``[start, end)``, if any (the longest one)."""
        starts, longest = self._index()
        # Only mentions starting in (start - longest, end) can overlap: a binary search.
        lo = bisect.bisect_right(starts, start - longest)
        best = None
        for m in self.mentions[lo : bisect.bisect_left(starts, end)]:
            if start < m.end and (best is None or m.end - m.start > best.end - best.start):
                best = m
        return best

    def _starting_before(self, position: int) -> Iterator[Mention]:
        """The mentions that start before *position*, the nearest first (mentions are in
        text order, so a binary search finds where to begin)."""
        mentions = self.mentions
        for k in range(bisect.bisect_left(self._index()[0], position) - 1, -1, -1):
            yield mentions[k]

    def before(self, position: int, *, type: str | None = None, gender: str = "") -> Actor | None:
        """The most recently mentioned actor before *position* that fits."""
        for m in self._starting_before(position):
            actor = self.actors[m.actor]
            if type and actor.type != type:
                continue
            if gender and actor.gender and actor.gender != gender:
                continue
            return actor
        return None

    def pronoun(self, word: str, position: int) -> Actor | None:
        """Resolve a personal pronoun: the most recent person of a compatible gender
        (the same, or unknown)."""
        return self.before(position, type="person", gender=_PRONOUNS.get(word.lower(), ""))

    def named_before(
        self, position: int, *, type: str, within: int, certain: bool = False
    ) -> Mention | None:
        """The nearest mention by name or surname (not role or pronoun) of a *type* actor
        ending before *position*, at most *within* characters before it; with *certain*,
        only an actor surely a person, not a mistyped place: its gender, title or role
        known, or referred to by a pronoun after the mention."""
        pronouned: set[str] = set()
        for m in self._starting_before(position):
            if position - m.end > within:
                return None
            if m.kind == "pronoun":
                pronouned.add(m.actor)
            if m.kind not in ("name", "surname") or m.type != type or m.end > position:
                continue
            actor = self.actors[m.actor]
            if not certain or actor.gender or actor.title or actor.roles or m.actor in pronouned:
                return m
        return None

    def with_role(self, role: str, position: int) -> Actor | None:
        """The most recent actor before *position* holding *role* (``senator``)."""
        role = role.lower()
        for m in self._starting_before(position):
            if role in self.actors[m.actor].roles:
                return self.actors[m.actor]
        return None


_ROLE_BEFORE_RE = re.compile(
    r"(?:(?:the|a|an|[A-Z]\w+['’]s?)\s+)?(?:[\w\-]+\s+)?(?P<role>spokesman|spokeswoman|spokesperson|aide|adviser|advisor|"
    r"chief executive|director|leader|chairman|chairwoman|chair|secretary|minister|governor|senator|"
    r"first lady)\s*,?\s*$"
)
#: The roles _ROLE_BEFORE_RE ends with; a window that does not end with one (before
#: white space and a comma) cannot match, which is much faster to test than the search.
_ROLES_BEFORE = (
    *"spokesman spokeswoman spokesperson aide adviser advisor director leader chairman".split(),
    *"chairwoman chair secretary minister governor senator".split(),
    *("chief executive", "first lady"),
)


def _ends_with_role(window: str) -> bool:
    tail = window.rstrip()
    if tail.endswith(","):
        tail = tail[:-1].rstrip()
    return tail.endswith(_ROLES_BEFORE)


_APPOSITIVE_RE = re.compile(
    r"^\s*,\s*(?:the|a|an|[A-Z][\w.]*(?:\s[A-Z][\w.]*)*['’]s?)\s+(?:[\w\-'’]+\s+){0,4}"
    r"(?P<role>spokesman|spokeswoman|spokesperson|aide|adviser|advisor|chief executive|director|"
    r"leader|chairman|chairwoman|chair|secretary|minister|governor|senator|president|general secretary)"
    r"\s*[,.;]"
)


#: What an appositive after a name (:data:`_APPOSITIVE_RE`) begins with.
_SPACE_COMMA = re.compile(r"\s*,")

#: Characters before a name searched for a role ("the party's spokesman, Arlo Menzies").
ROLE_BEFORE_CHARS = 60
#: Characters after a name searched for an appositive role (", the vice president's spokesman,").
APPOSITIVE_CHARS = 120

#: Personal pronouns as whole words (a trie with the word-start test after the first
#: letter, much faster to scan for than a leading ``\b``).
_PRONOUN_WORDS = "he she He She him her his His Her".split()
_PRONOUN_RE = re.compile(rf"({trie_pattern(_PRONOUN_WORDS, word_start=True)})\b")


@dataclass
class _Cast:
    """The actors found so far in one text, by canonical name and by surname, and their mentions.

    ``by_surname`` lists every person with that surname in order of introduction, so
    that two people who share it ("Mayor Lena Ortiz", "police chief Dario Ortiz")
    stay two actors; ``last_seen`` is where each actor was last named.
    """

    actors: dict[str, Actor] = field(default_factory=dict)
    by_surname: dict[str, list[str]] = field(default_factory=dict)
    last_seen: dict[str, int] = field(default_factory=dict)
    owners: dict[str, str] = field(default_factory=dict)  # surname: whom it named first
    found: list[Mention] = field(default_factory=list)

    def rename(self, key: str, name: str) -> None:
        """Upgrade actor *key* ("Voss") to its fuller name ("Garrick Voss"), mentions too."""
        actor = self.actors.pop(key)
        actor.canonical = name
        self.actors[name] = actor
        self.last_seen[name] = self.last_seen.pop(key, actor.first)
        for keys in self.by_surname.values():
            keys[:] = [name if k == key else k for k in keys]
        self.owners = {s: name if k == key else k for s, k in self.owners.items()}
        self.found = [
            Mention(x.start, x.end, x.text, name, x.type, x.kind) if x.actor == key else x
            for x in self.found
        ]

    def add_surname(self, surname: str, key: str) -> None:
        keys = self.by_surname.setdefault(surname, [])
        if key not in keys:
            keys.append(key)

    def surname_key(self, surname: str, *, title: str | None = None) -> str | None:
        """The person a bare surname ("Ortiz", "Mayor Ortiz") stands for: among those with
        that surname, the ones the title may name (:func:`.same_surname.titled_candidates`),
        the most recently named; a bare surname, the first it named
        (:func:`.same_surname.bare_surname_key`)."""
        keys = self.by_surname.get(surname)
        if keys and title:  # "Mr. Clinton" is no Hillary, "President Trump" no first lady
            keys = titled_candidates(keys, self.actors, title)
        elif keys:  # nor is a bare "Trump" when someone else holds an office
            keys = office_holders_first(keys, self.actors)
        if not keys:
            return None
        # "Lopez" is Leopoldo Lopez, not Vladimir Padrino Lopez (a Spanish double surname,
        # whose bearer goes by "Padrino"): prefer names without an unknown middle word
        plain = [k for k in keys if not double_surname(self.actors[k].canonical)]
        key = max(plain or keys, key=lambda k: self.last_seen.get(k, -1))
        return key if title else bare_surname_key(surname, keys, self.owners, key)


_BEFORE_NAME = re.compile(r"(?:\b(?:former|acting|then-|late|ex-|interim)[ \t]*)+$")


def _lone_organisation(facts: NameFacts, text: str, start: int) -> bool:
    """Whether an untitled one-word name at *start* is an organisation: an organisation
    word after "the " ("the Kremlin"). Other lone capitalised words are names only when
    they repeat a known surname."""
    return (
        facts.lone_organisation and start != 0 and text[max(0, start - 4) : start].lower() == "the "
    )


def _person(
    cast: _Cast, title: str | None, words: tuple[str, ...], start: int, name: str, kin: bool
) -> tuple[str, str] | None:
    """The canonical key of the person named (*words* at *start*, after *title*), and the
    mention kind (None: not a person)."""
    surname = surname_of(words)
    if len(words) == 1 or (len(words) == 2 and words[0].endswith(".") and len(words[0]) == 2):
        key = cast.surname_key(surname, title=title)
        if key is None and title is not None:
            key = family_name_first(cast.actors, surname)
            gender = title_info(title)[1] if key is not None else ""
            if gender:  # "Mr Kim": the title says more than "Kim" as a given name
                cast.actors[key].gender = gender
        if key is None:
            if title is None:
                return None
            key = name  # "Sen. Voss" before any full name: the surname is the name for now
            cast.actors[key] = Actor(key, "person", first=start)
            cast.add_surname(surname, key)
        return key, "surname"
    if name in cast.actors:
        return name, "name"
    keys = cast.by_surname.get(surname, [])
    bare = [k for k in keys if may_take_name(cast.actors[k], words[0])]  # Mr. X: no Ann X
    same = [k for k in keys if same_person(k, name)]
    if same:  # "Charles Schumer" after "Charles E. Schumer"
        return same[-1], "name"
    if bare and not kin:  # upgrade "Voss" (named by title only so far) to "Garrick Voss"
        cast.rename(bare[-1], name)
        return name, "name"
    named = ((m.text, m.actor) for m in cast.found if m.kind == "name")
    if len(words) < 4 and (earlier := earlier_form(words, cast.actors, named)) is not None:
        cast.add_surname(surname, earlier)  # "Lena Marsh" after "Lena Marsh Ortiz"
        return earlier, "name"
    cast.actors[name] = Actor(name, "person", first=start)
    given = words[0] if not words[0].endswith(".") else ""
    cast.actors[name].gender = first_names().get(given, "")
    cast.add_surname(surname, name)
    return name, "name"


def _add_roles(actor: Actor, title: str | None, text: str, start: int, end: int) -> None:
    """Roles and gender from the title, a role before the name and an appositive after it."""
    if title:
        role, gender = title_info(title)
        if role:
            actor.roles.add(role)
        if gender and not actor.gender:
            actor.gender = gender
        if not actor.title:
            former = _BEFORE_NAME.search(text, max(0, start - len(title) - 30), start - len(title))
            actor.title = f"{former.group(0).strip()} {title}" if former else title
    window = text[max(0, start - ROLE_BEFORE_CHARS) : start]
    before = _ROLE_BEFORE_RE.search(window) if _ends_with_role(window) else None
    if before:
        actor.roles.add(before.group("role").lower())
        _set_gender_from_role(actor, before.group("role"))
    kin = _KIN_AFTER.match(text, end, end + APPOSITIVE_CHARS) if not actor.gender else None
    if kin:  # "Taya Kyle, the wife of ...", "Collin Moulton, Reade's brother"
        actor.gender = _KIN_GENDER[kin.group("kin").lower()]
    follows = text[end : end + 1]
    if follows != "," and (
        not follows.isspace() or _SPACE_COMMA.match(text, end, end + APPOSITIVE_CHARS) is None
    ):
        return  # an appositive begins with a comma after white space, a description with one
    after = _APPOSITIVE_RE.match(text[end : end + APPOSITIVE_CHARS])
    if after:
        actor.roles.add(after.group("role").lower())
        _set_gender_from_role(actor, after.group("role"))
    if not actor.description:
        described = _DESCRIPTION_RE.match(text, end, end + APPOSITIVE_CHARS)
        if described:
            actor.description = described.group("what")


#: Kinship nouns and the gender they give the person they describe.
_KIN_GENDER = {
    **dict.fromkeys(
        "wife widow mother daughter sister girlfriend grandmother aunt niece stepmother".split(),
        "f",
    ),
    **dict.fromkeys(
        "husband widower father son brother boyfriend grandfather uncle nephew stepfather".split(),
        "m",
    ),
}
#: A kinship appositive right after a name: ", the wife of", ", Reade's brother", ", his son".
_KIN_AFTER = re.compile(
    r",[ \t]+(?:the|a|an|his|her|their|(?:[A-Z][\w\-]*[ \t]+)*[A-Z][\w\-]*['’]s?)[ \t]+"
    r"(?:(?:late|younger|older|eldest|elder|former|estranged|adult|teenage|only)[ \t]+)?"
    rf"(?P<kin>(?i:{'|'.join(_KIN_GENDER)}))\b"
)

#: An appositive description after a name: ", an economics professor at the University of X,".
_DESCRIPTION_RE = re.compile(
    r",[ \t]+(?:the|a|an)[ \t]+(?P<what>[a-z][^,;:()\"“”\n]{2,100}?)[ \t]*(?=[,;.](?:\s|$))"
)

#: Lower-case words after a name that make it a news outlet or another organisation.
_ORG_AFTER = re.compile(r"[ \t]+(?:magazine|newspaper|network|website|group|campaign)\b")


def _named(text: str) -> _Cast:
    """Names with their titles, organisations, and surnames linked to the first full name."""
    cast = _Cast()
    # Lone capitalised words that are no known surname (the common case) are dropped
    # by candidate_matches, which reads cast.by_surname as it grows.
    by_surname, actors = cast.by_surname, cast.actors  # kept (rename() changes them in place)
    for base, facts in candidates(text, by_surname):
        title, words, start, end = facts.title, facts.words, facts.start + base, facts.end + base
        if cast.found and start < cast.found[-1].end:  # the rest of a name after "and"
            continue
        if (
            title is None
            and len(words) == 1
            and words[0] not in by_surname
            and not _lone_organisation(facts, text, start)
        ):
            continue
        name = facts.name
        lead = _surname_lead(cast, title, words, text, start)
        if lead is not None:  # "Maduro Remains in Caracas": the known Maduro, one word
            key, at, word = lead
            cast.last_seen[key] = start + at
            cast.found.append(
                _mention(start + at, start + at + len(word), word, key, "person", "surname")
            )
            continue
        glued = _person_after_body(words) if facts.organisation and title is None else 0
        if glued:  # "Speaker of the House Paul Ryan": the name after the body's name
            title, words = " ".join(words[:glued]), words[glued:]
            start = text.index(words[0], start + len(facts.words[0]))
            name = text[start:end]
        elif facts.organisation or (
            title is None and len(words) > 1 and _ORG_AFTER.match(text, end)
        ):
            longer = and_rest_end(text, name, end)  # "Department of Parks and Recreation"
            canonical, name, end = facts.canonical + text[end:longer], text[start:longer], longer
            if canonical not in actors:
                actors[canonical] = Actor(canonical, "organisation", first=start)
            cast.found.append(_mention(start, end, name, canonical, "organisation", "name"))
            continue
        if facts.not_person:
            continue
        body = _body_for(text, start, end) if title is None else None
        if body is not None:  # "Centers for Disease Control": one organisation
            last = cast.found[-1] if cast.found else None
            if last is not None and last.start >= body.start:  # "Foundation" is part of it
                cast.found.pop()
                if all(m.actor != last.actor for m in cast.found):
                    del actors[last.actor]
            cast.found.append(body)
            if body.actor not in actors:
                actors[body.actor] = Actor(body.actor, "organisation", first=body.start)
            continue
        kin = title is None and kin_before(text, start)  # not "President Voss"'s name
        words, name = suffixed(text, end, words, name)  # "Lamar Ostby, Jr."
        person = _person(cast, title, words, start, name, kin)
        if person is None:
            continue
        key, kind = person
        _add_roles(actors[key], title, text, start, end)
        cast.last_seen[key] = start
        if kind == "name" and (kin or kin_named(text, base)):  # "Ann Woods, the mother
            for other in cast.by_surname.get(surname_of(words), ()):  # of Ty Woods", "his
                if other != key and (kin or start - cast.last_seen.get(other, -999) < 150):
                    cast.last_seen[other] = start + 1
        if title is not None:  # the mention includes the title
            start = base
        cast.found.append(_mention(start, end, text[start:end], key, "person", kind))
    return cast


#: Capitalised words naming an organisation, then "for" (and an article) right before the
#: rest of its name: "the Centers for [Disease Control]", "Foundation for the [Study ...]".
_HEAD_FOR = re.compile(
    r"\b((?:[A-Z][\w’'\-]*[ \t]+)*[A-Z][\w’'\-]*)[ \t]+for[ \t]+(?:(?:the|a)[ \t]+)?$"
)
#: The rest of a name after "and": "Centers for Disease Control [and Prevention]".
_AND_REST = re.compile(r"[ \t]+and[ \t]+[A-Z][\w’'\-]*(?:[ \t]+[A-Z][\w’'\-]*)*")


def _body_for(text: str, start: int, end: int) -> Mention | None:
    """The organisation a name after "for" completes ("the Centers for Disease Control and
    Prevention", "Foundation for Defense of Democracies"): capitalised words naming an
    organisation right before "for"; None when there are none."""
    a = max(0, start - 60)
    if text.find("for", a, start) < 0:  # every match holds "for": most names have none before
        return None
    head = _HEAD_FOR.search(text, a, start)
    if head is None or not is_organisation(head.group(1)):
        return None
    rest = _AND_REST.match(text, end)
    end = rest.end() if rest is not None else end
    a = head.start(1) + (4 if text.startswith("The ", head.start(1)) else 0)
    return _mention(a, end, text[a:end], text[a:end], "organisation", "name")


#: Capitalised words that open a question or clause before a surname ("Will Maduro use ...").
_CLAUSE_OPENERS = frozenset("Will Would Could Should Can Might Must Once Has Had Have".split())
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?:][\"”’]?\s+|\n\s*|[\"“])$")


def _person_after_body(words: tuple[str, ...]) -> int:
    """Where a person's name starts in a run of capitalised words read as an organisation:
    a known given name and a surname after the body's name ("House Paul Ryan"); 0 if none."""
    given = first_names()
    for i in range(1, len(words) - 1):
        if words[i] in given and not is_organisation(" ".join(words[i:])):
            return i if is_organisation(" ".join(words[:i])) else 0
    return 0


def _surname_lead(
    cast: _Cast, title: str | None, words: tuple[str, ...], text: str, start: int
) -> tuple[str, int, str] | None:
    """A run of capitalised words that is no new person but a known one's surname with
    other words: a headline word after it ("Maduro Remains in Caracas", "the Trump Kim
    summit", "Barr Who Clears Trump", when Nicolas Maduro, Donald Trump, William Barr are
    known and the first word is no given name), or a capitalised word that opens a
    question before it ("Will Maduro use ..."). The person's key, the surname's offset
    from *start* and the surname; None for a name."""
    if (
        title is not None
        or len(words) < 2
        or " ".join(words) in cast.actors
        or surname_of(words) != words[-1].rstrip(".")
    ):
        return None  # "Ostby Jr." is a name
    first = words[0].rstrip(".")
    if first in cast.by_surname and first not in first_names() and not first.isupper():
        key = cast.surname_key(first)
        if key is not None and " " in key:
            return key, 0, first
    if len(words) == 2 and words[0] in _CLAUSE_OPENERS and words[1] in cast.by_surname:
        key = cast.surname_key(words[1])
        if (
            key is not None
            and " " in key
            and _OPENS_SENTENCE.search(text, max(0, start - 3), start)
        ):
            return key, text.index(words[1], start) - start, words[1]
    return None


def _latest_persons(article: ArticleActors) -> dict[str, list[Actor | None]]:
    """Per pronoun gender ("m", "f", "" for either), per mention in text order, the person
    :meth:`ArticleActors.pronoun` resolves to just after that mention: the most recent
    person up to it whose gender is that one or unknown (any person for "").

    Examples
    --------
    >>> found = find_actors("Ada Voss met Garrick Voss. Halden Rail agreed.")
    >>> latest = _latest_persons(found)
    >>> [a and a.canonical for a in latest["m"]], [a.canonical for a in latest["f"]]
    ([None, 'Garrick Voss', 'Garrick Voss'], ['Ada Voss', 'Ada Voss', 'Ada Voss'])
    """
    males: list[Actor | None] = []
    females: list[Actor | None] = []
    anyones: list[Actor | None] = []
    male = female = anyone = None
    actors = article.actors
    for m in article.mentions:
        actor = actors[m.actor]
        if actor.type == "person":
            anyone = actor
            if actor.gender != "f":
                male = actor
            if actor.gender != "m":
                female = actor
        males.append(male)
        females.append(female)
        anyones.append(anyone)
    return {"m": males, "f": females, "": anyones}


def _linked(article: ArticleActors, text: str) -> list[Mention]:
    """Roles ("the senator") and pronouns, resolved against the names before them."""
    extra: list[Mention] = []
    for m in _role_mentions(text):
        modifier, role = (m.group("mod") or "").strip(), m.group("role")
        actor = None
        if modifier:
            actor = article.with_role(f"{modifier} {role}", m.start())
        actor = actor or article.with_role(role, m.start())
        if actor is not None:
            extra.append(
                _mention(m.start(), m.end(), m.group(0), actor.canonical, actor.type, "role")
            )
    starts = article._index()[0]
    if not starts:
        return extra  # no mention before any pronoun
    latest = _latest_persons(article)
    # per pronoun as written, its gender's table
    by_word = {w: latest[_PRONOUNS.get(w.lower(), "")] for w in _PRONOUN_WORDS}
    bisect_left = bisect.bisect_left
    for m in _PRONOUN_RE.finditer(text):
        # ArticleActors.pronoun by table lookup: the mention before the pronoun, then
        # the most recent fitting person up to it.
        start = m.start()
        k = bisect_left(starts, start) - 1
        if k < 0:
            continue
        word = m.group(0)
        actor = by_word[word][k]
        if actor is not None:
            extra.append(_mention(start, m.end(), word, actor.canonical, "person", "pronoun"))
    return extra


def find_actors(text: str) -> ArticleActors:
    """Find the people and organisations of one article and link their mentions.

    Examples
    --------
    >>> t = ("Sen. Garrick Voss spoke first. Arlo Menzies, the vice president's spokesman, "
    ...      "replied. The senator left. Voss said she was wrong, and Halden Rail agreed.")
    >>> found = find_actors(t)
    >>> sorted(found.actors)
    ['Arlo Menzies', 'Garrick Voss', 'Halden Rail']
    >>> [(m.text, m.actor) for m in found.mentions if m.kind != "name"]
    [('The senator', 'Garrick Voss'), ('Voss', 'Garrick Voss')]
    """
    cast = _named(text)
    _infer_genders(cast, text)
    article = ArticleActors(cast.actors, sorted(cast.found, key=_START))
    article.mentions = sorted(article.mentions + _linked(article, text), key=_START)
    return article


#: Characters after a person's name searched for the first gendered pronoun.
GENDER_WINDOW = 160
#: Pronoun votes needed, and the share of them one gender needs, to give a person a gender.
MIN_GENDER_VOTES, MIN_GENDER_SHARE = 2, 0.75
_W = WORD_START_AFTER_FIRST
#: A gendered pronoun, ``\b(?:(he|him|his|himself)|(she|her|hers|herself))\b``
#: (case-insensitive; group ``male`` or ``female``), or a sentence end
#: (``[.!?]["”’]?\s+[A-Z"“]|\n``, group ``stop``), whichever comes first: a pronoun found
#: is one before the sentence's end. Empty groups end each branch (``lastgroup`` names it);
#: the branches are the plain form's, in order. One character class (``ſ`` is ``s`` under
#: ``re.I``) matches every branch's first character and a look-behind picks the branch, so
#: the engine scans for those characters instead of trying every branch everywhere (2-3
#: times faster). The word-start test follows the first letter; tests check the plain form.
_GENDERED_OR_STOP = re.compile(
    r"[.!?\nhHsSſ]"
    r"(?:(?:(?<=[.!?])[\"”’]?\s+[A-Z\"“]|(?<=\n))(?P<stop>)"
    rf"|(?<=[hH]){_W}(?i:e|im|is|imself)\b(?P<male>)"
    rf"|(?:(?<=[sSſ]){_W}(?i:he)|(?<=[hH]){_W}(?i:er|ers|erself))\b(?P<female>))"
)


def _infer_genders(cast: _Cast, text: str) -> None:
    """A gender for people that no title or first name gave one: the pronoun that most
    often comes first after their name, within its sentence ("Breonna Taylor ... her")."""
    votes: dict[str, list[int]] = {}
    for m in cast.found:
        actor = cast.actors[m.actor]
        if actor.type != "person" or actor.gender:
            continue
        # The first gendered pronoun before the first sentence end, in one search.
        hit = _GENDERED_OR_STOP.search(text[m.end : m.end + GENDER_WINDOW])
        if hit and hit.lastgroup != "stop":
            counts = votes.setdefault(m.actor, [0, 0])
            counts[0 if hit.lastgroup == "male" else 1] += 1
    for key, (male, female) in votes.items():
        total = male + female
        if total >= MIN_GENDER_VOTES and max(male, female) >= MIN_GENDER_SHARE * total:
            cast.actors[key].gender = "m" if male > female else "f"


_ROLE_MENTION_RE = re.compile(
    r"\b(?:the|The)\s+(?P<mod>[a-z\-]+\s+)?(?P<role>(?i:vice president|congressman|congresswoman)|senator|governor|spokesman|spokeswoman|"
    r"spokesperson|minister|president|chief executive|commissioner|judge|mayor|general|aide|"
    r"adviser|director|chair|chairman|chairwoman|leader|marshal)\b"
)


#: :data:`_ROLE_MENTION_RE` without its leading word boundary, which the engine tests
#: slowly at every position; :func:`_role_mentions` tests it where this one matches.
_ROLE_MENTION_FAST = re.compile(_ROLE_MENTION_RE.pattern.removeprefix(r"\b"))


def _role_mentions(text: str) -> Iterator[re.Match[str]]:
    """The matches of :data:`_ROLE_MENTION_RE` in *text*, as ``finditer`` gives them, faster."""
    return word_start_matches(_ROLE_MENTION_FAST, text)


def _set_gender_from_role(actor: Actor, role: str) -> None:
    gender = titles().get(role.lower(), ("", ""))[1]
    if gender and not actor.gender:
        actor.gender = gender


#: Columns and dtypes of :func:`mentions`.
MENTION_COLUMNS: dict[str, str] = {
    "doc_id": "string",
    "actor": "string",
    "actor_type": "string",
    "kind": "string",
    "start": "int64",
    "end": "int64",
    "text": "string",
}


def mentions(
    corpus: pd.DataFrame | pd.Series | ParsedCorpus, *, pronouns: bool = True
) -> pd.DataFrame:
    """One row per actor mention: ``doc_id``, ``actor``, ``actor_type``, ``kind``, ``start``, ``end``, ``text``.

    Parameters
    ----------
    corpus : DataFrame, Series or ParsedCorpus
        A corpus table, a Series of texts (the index serves as ``doc_id``) or a
        parsed corpus (its articles' ``actors`` are reused).
    pronouns : bool
        Whether to include pronoun mentions (``he``, ``her``).

    Returns
    -------
    pandas.DataFrame
        Columns :data:`MENTION_COLUMNS`, a default index, mentions in text order.

    Examples
    --------
    >>> import pandas as pd
    >>> m = mentions(pd.Series(["Gov. Helena Strand spoke. Strand left."], index=["d1"]))
    >>> m[["actor", "kind", "text"]].values.tolist()
    [['Helena Strand', 'name', 'Gov. Helena Strand'], ['Helena Strand', 'surname', 'Strand']]
    """
    rows = []
    for doc_id, article in parse(corpus).items():
        if article is None:
            continue
        for m in article.actors.mentions:
            if pronouns or m.kind != "pronoun":
                rows.append((doc_id, m.actor, m.type, m.kind, m.start, m.end, m.text))
    frame = pd.DataFrame(rows, columns=list(MENTION_COLUMNS))
    return frame.astype(MENTION_COLUMNS)
