"""Joint sources: several speakers in one source ("Judges Ada Voss and Piotr Lindqvist",
"Reyes and Brooks", "Reyes and other officials", "the United States and Halden"), every
one named, joined by ``"; "`` in text order (:func:`joint_speaker`). A body whose one name
holds "and" ("the Halden Oversight and Reform Committee", "the Food and Drug Agency") is
one speaker."""

from __future__ import annotations

import re

from ..actor_names import organisation_words, places
from ..actors import ArticleActors
from .descriptions import strip_determiner
from .records import Span

__all__ = ["joint_speaker", "members_after"]

Speaker = tuple[str | None, str, bool]  # canonical name, type, anonymous

_JOINT = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)")
#: The unnamed rest of a joint source: "others", "other officials", "other top State
#: Department officials".
_OTHERS = re.compile(r"others|other\s+(?:[\w\-]+\s+){0,4}[a-z]+s")
#: An unnamed group or body beside a named speaker, kept as written: "world powers",
#: "U.S. officials", "the House Republican leadership" (up to four words, a plural or
#: collective head: "Reyes, a senator, and Brooks" holds no group).
_GROUP = re.compile(
    r"(?:[\w.\-]+\s+){0,3}(?:[a-z]+[^s\W]s|leadership|military|government|administration)"
)
#: The unnamed people of the person named with them: "Reyes and his supporters" (a plural
#: head up to four words after the pronoun).
_OWNED_PEOPLE = re.compile(r"(?:his|her|their)\s+(?:[\w\-]+\s+){0,3}[a-z]+[^s\W]s")
#: A group owned by a pronoun ("his advisers") is no name of its own.
_OWNED = re.compile(r"(?:his|her|their|its|our|my|your)\b", re.I)
_AND_BEFORE = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)$")
_OBJECT_BEFORE = re.compile(
    r"\b(?:[a-z]{3,}ing|to|with|of|by|for|from|about|against|between|among|than|like)\s+$"
)


#: An abbreviation in a body's name: "U.N.", "NATO", "EU".
_ABBREVIATION = re.compile(r"(?:[A-Z]\.){2,}|[A-Z]{2,}")
#: Words a body's capitalised name may hold in lower case.
_NAME_JOINERS = frozenset("of for and on the".split())


def _body_name(part: str) -> bool:
    """Whether a part of a joint source is a body's name no actor was found for: its words
    capitalised save joining words and a last organisation word, with an abbreviation or
    that organisation word ("U.N. Women", "U.N. Human Rights office"; not "Ana Brooks")."""
    words = part.split()
    if len(words) < 2 or not words[0][:1].isupper():
        return False
    body = _office(part) or _named_body_end(part)
    inner = words[:-1] if body else words
    if not all(w[:1].isupper() or w in _NAME_JOINERS for w in inner):
        return False
    return body or any(_ABBREVIATION.fullmatch(w) for w in words)


def _named_body_end(part: str) -> bool:
    """Whether *part* is a capitalised name ending in a capitalised organisation word
    ("Justice Department", "Halden Reform Committee")."""
    words = part.split()
    return (
        len(words) >= 2
        and all(w[:1].isupper() for w in words)
        and words[-1].lower() in organisation_words()
    )


def _one_body(phrase: str) -> str | None:
    """A body's one name that holds "and" ("the House Ways and Means Committee", "the
    Oversight and Reform Committee"): capitalised words and joiners ending in a capitalised
    organisation word, where no part before the last "and" ends in one of its own (so
    "the White House and Justice Department" is two bodies); None otherwise."""
    bare = strip_determiner(phrase.strip())
    parts = [p for p in _JOINT.split(bare) if p]
    words = bare.replace(",", " ").split()
    if len(parts) < 2 or not _named_body_end(parts[-1]):
        return None
    if not all(w[:1].isupper() or w in _NAME_JOINERS for w in words):
        return None
    if any(p.split()[-1].lower() in organisation_words() for p in parts[:-1]):
        return None
    return bare


def _one_body_holds(span: Span, phrase: str, actors: ArticleActors) -> bool:
    """Whether the source *phrase* at *span* stays one body: no name the actor finder read
    across its "and" (that name is resolved as such) and no person inside it."""
    ands = [span[0] + m.start() for m in re.finditer(r"\sand\s", phrase)]
    if any(m.start < x < m.end for m in actors.overlapping(*span) for x in ands):
        return False
    return not any(_surely_person(m.actor, actors) for m in actors.between(*span))


def _surely_person(name: str, actors: ArticleActors) -> bool:
    """Whether the actor *name* is a person by a gender or title the article gives
    ("Sen. Ana Brooks"), not a capitalised word pair read as a name ("Halden Oversight")."""
    actor = actors.actors.get(name)
    return actor is not None and actor.type == "person" and bool(actor.gender or actor.title)


def _office(part: str) -> bool:
    """Whether *part* ends in a lower-case organisation word ("... Human Rights office"):
    a body, whatever person a name inside it was read as."""
    last = part.rsplit(None, 1)[-1] if part.strip() else ""
    return last.islower() and last in organisation_words()


def _joined_before(text: str, span: Span, actors: ArticleActors) -> int:
    """Where a joint source starts when its span holds only the last person:
    "Judges Ada Voss and [Piotr Lindqvist] said"."""
    start = span[0]
    while True:
        m = _AND_BEFORE.search(text, max(0, start - 8), start)
        if m is None:
            # names after a preposition or an -ing verb are its objects, and the source a
            # new clause: "transactions involving Donald Trump and Jared Kushner, and [Maddow]"
            objects = start < span[0] and _OBJECT_BEFORE.search(text, max(0, start - 30), start)
            return span[0] if objects else start
        # the names ending where "and" begins: they start at most a mention's length before
        ends = [
            x
            for x in actors.overlapping(m.start() - 1, m.start() + 1)
            if x.end == m.start() and x.type == "person" and x.kind == "name"
        ]
        if not ends:
            return start
        start = ends[0].start


def joint_speaker(text: str, span: Span, actors: ArticleActors) -> Speaker | None:
    """'Judges Ada Voss and Piotr Lindqvist', 'Reyes and Brooks': every person, in order;
    'Reyes and other officials': the person and ``anonymous``; 'the United States and
    Halden': every organisation or country (people and organisations never mix); 'Halden
    and world powers': a named speaker and an unnamed group as written."""
    return _joint(text, span, actors)


#: The people a plural source lists right after it, between commas or dashes: "two other
#: senators[, Ana Brooks and Tom Reyes,] said".
_MEMBERS_AFTER = re.compile(r"\s*[,—–]\s*(?P<members>[A-Z][^,—–;:\n]*?\sand\s[^,—–;:\n]+?)\s*[,—–]")


_POSSESSIVE = re.compile(r"['’]s?\s")
#: A source ending in a plural noun ("two other senators").
_PLURAL_END = re.compile(r"[a-z]s$")


def members_after(text: str, span: Span, actors: ArticleActors) -> Speaker | None:
    """The people a plural source ("two other GOP senators") names right after it, set off
    by commas or dashes ("Ana Brooks and Tom Reyes"): every one, as :func:`joint_speaker`
    reads them; None when the source is no plural or no list of people follows.

    Examples
    --------
    >>> from newsresearch.actors import find_actors
    >>> t = "Two other senators, Sen. Ana Brooks and Sen. Tom Reyes, said so."
    >>> members_after(t, (0, 18), find_actors(t))
    ('Ana Brooks; Tom Reyes', 'person', False)
    """
    if not _PLURAL_END.search(text, span[0], span[1]):
        return None
    m = _MEMBERS_AFTER.match(text, span[1])
    if m is None:
        return None
    listed = _joint(text, (m.start("members"), m.end("members")), actors)
    if listed is None or listed[1] != "person" or listed[0] is None:
        return None
    # named beside the group in the source: "Gov. Tim Walz and the state's two top officials"
    beside = [
        x.actor
        for x in actors.between(*span)
        if x.type == "person" and x.kind != "pronoun" and not _POSSESSIVE.match(text, x.end)
    ]
    return "; ".join(dict.fromkeys([*beside, *listed[0].split("; ")])), "person", False


def _joint(text: str, span: Span, actors: ArticleActors) -> Speaker | None:
    span = (_joined_before(text, span, actors), span[1])
    phrase = text[span[0] : span[1]]
    if " and " not in phrase and "&" not in phrase:
        return None
    one = _one_body(phrase)
    if one is not None and _one_body_holds(span, phrase, actors):
        return one, "organisation", False
    names: list[str] = []
    groups: set[str] = set()
    pos = span[0]
    for part in _JOINT.split(phrase):
        a = text.index(part, pos) if part else pos
        pos = a + len(part)
        # the first name may have been read with a word before the source ("But Judges ...")
        near = actors.overlapping if not names else actors.between
        found = [
            m for m in near(a, a + len(part)) if m.end <= a + len(part) and m.kind != "pronoun"
        ]
        people = [m for m in found if m.type == "person"]
        bare = strip_determiner(part)
        if not part.strip():
            return None
        if people and len(found) == len(people) and not _office(bare):
            names.append(max(people, key=lambda m: m.end).actor)
        elif _OTHERS.fullmatch(bare.lower()) or _OWNED_PEOPLE.fullmatch(bare):
            # "Reyes and other officials", "Reyes and his supporters": unnamed
            names.append("anonymous")
        elif len(found) == 1 and found[0].type == "organisation" and found[0].text == bare:
            names.append(found[0].actor)  # "the United States and Russia"
        elif not found and bare in places():
            names.append(bare)
        elif _body_name(bare):  # "U.N. Women", "the U.N. Human Rights office": as written
            names.append(bare)
        elif _GROUP.fullmatch(bare) and not _OWNED.match(bare):
            groups.add(bare)  # "Iran and world powers": the group as the article names it
            names.append(bare)
        else:
            return None
    named = [n for n in names if n != "anonymous" and n not in groups]
    if len(set(names)) < 2 or not named:
        return None
    person = any(n in actors.actors and actors.actors[n].type == "person" for n in named)
    if person and any(n not in actors.actors or actors.actors[n].type != "person" for n in named):
        return None  # "House Oversight and Government Reform Committee Chairman X": one name
    kind = "person" if person else "organisation"
    return "; ".join(dict.fromkeys(names)), kind, False
