"""One person under two full names in one article: a maiden or middle name used alone.

News introduces a person by three names and later uses two of them, or the reverse:
*Lena Marsh Ortiz* (a maiden name kept as a middle name) is *Lena Marsh* in a passage on her
youth and *Lena Ortiz* elsewhere; a profile of *Oscar Quint* goes on to call him *Oscar Quint
Vela*. The surname index of :mod:`newsresearch.actors` links "Lena Ortiz" to "Lena Marsh
Ortiz" (same given name, same surname) but not "Lena Marsh", whose last word is no one's
surname yet. :func:`earlier_form` links such a name to the person already named:

- a two-word name *G X* is the person named *G X S* earlier (the first two of three words);
- a three-word name *G X S* is the person named *G X* earlier (the actor keeps its key: a
  third word is as often clutter a page glued to a name as a surname).

The given name and the middle word must match in full (no initials: "Lena M." says too
little), and the person must be the only one the rule would link, so two people who share a
given name stay apart. :mod:`newsresearch.actors` calls it only for a full name that would
otherwise start a new person.

A generational suffix ("Jr.", "Sr.", "III") is part of a name, with or without a comma
before it, and no surname: *Lamar Ostby Jr.* is Ostby by surname and not *Lamar Ostby*
(:func:`suffixed`, :func:`surname_of`, :func:`same_person`).

An organisation's name can go on after "and": *the Department of Fisheries and Coastal
Affairs*, *the Institute of Soil and Water Research*. :func:`and_rest_end` extends such a name
("Head of X", then "and" and up to three capitalised words that are no organisation, place or
person of their own) so that the part after "and" is not lost.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from .actor_names import (
    _GROUP_WORDS,
    _NOT_NAMES,
    _PLACE_WORDS,
    first_names,
    is_organisation,
    places,
)

__all__ = [
    "and_rest_end",
    "double_surname",
    "earlier_form",
    "family_name_first",
    "same_person",
    "suffixed",
    "surname_of",
]


#: Words after a name that tell a father from his son, or that make a run of capitalised
#: words a street, a photo credit or a thing named after the person ("Ana Roe Drive", "Ana
#: Roe Photographer", "The Ana Roe Show", "the Ana Roe Act"): no surname.
_NO_SURNAME = frozenset(
    "Jr Jr. Sr Sr. II III IV Drive Boulevard Photographer Photographers Photo Photos Show "
    "Live Hour Report Podcast Program Tonight Award Prize Act Law Rule Doctrine Plan Era".split()
)


def _full_word(word: str) -> bool:
    """A capitalised word in full: no initial, no all-capitals chrome ("JUST WATCHED")."""
    return len(word) > 1 and word[:1].isupper() and word[1:].islower() or "-" in word[1:]


def _person_words(words: Sequence[str]) -> bool:
    """Whether *words* (two or three) read as a person's names: a known given name, then
    words in full that are no place, organisation, group or credit word, the last no given
    name ("Ana Roe Douglas" is a page that glued two names)."""
    return (
        words[0] in first_names()
        and all(_full_word(w) and w not in _NO_SURNAME for w in words[1:])
        and (len(words) == 2 or words[-1] not in first_names())
        and not is_organisation(" ".join(words))
        and _PLACE_WORDS.isdisjoint(words)
        and _GROUP_WORDS.isdisjoint(words)
        and _NOT_NAMES.isdisjoint(words)  # "Ana Roe Thursday": a day after the name
    )


def earlier_form(
    words: tuple[str, ...], actors: Mapping[str, Any], named: Iterable[tuple[str, str]]
) -> str | None:
    """The key of the one person already named whom the full name *words* names under
    another of their full names, or None.

    *actors* maps keys to objects with a ``type``; *named* gives (mention text, key) for the
    names seen so far (a title in the text is allowed: "Sen. Lena Marsh Ortiz").

    Examples
    --------
    >>> from types import SimpleNamespace as A
    >>> cast = {"Lena Marsh Ortiz": A(type="person")}
    >>> earlier_form(("Lena", "Marsh"), cast, [("Lena Marsh Ortiz", "Lena Marsh Ortiz")])
    'Lena Marsh Ortiz'
    >>> cast = {"Oscar Quint": A(type="person")}
    >>> earlier_form(("Oscar", "Quint", "Vela"), cast, [("Oscar Quint", "Oscar Quint")])
    'Oscar Quint'
    >>> earlier_form(("Oscar", "Vela"), cast, [("Oscar Quint", "Oscar Quint")]) is None
    True
    """
    if len(words) not in (2, 3) or words[0] not in first_names():
        return None
    given, middle = words[0], words[1]
    found: set[str] = set()
    pair = f"{given} {middle}"
    for text, key in named:
        if pair not in text:  # the cheap test first: most names share neither word
            continue
        actor = actors.get(key)
        if actor is None or actor.type != "person":
            continue
        seen = text.split()
        try:
            at = seen.index(given)
        except ValueError:
            continue
        rest = seen[at + 1 :]
        if (
            len(words) == 2
            and len(rest) == 2
            and rest[0] == middle
            and _person_words([given, *rest])
        ):
            found.add(key)  # "Lena Marsh" after "Lena Marsh Ortiz"
        elif len(words) == 3 and rest == [middle]:
            found.add(key)  # "Oscar Quint Vela" after "Oscar Quint"
    return found.pop() if len(found) == 1 and _person_words(words) else None


def double_surname(name: str) -> bool:
    """Whether a name of three words has a middle word that is no known given name nor
    initial: "Vladimir Padrino Lopez" (but not "Garrick J. Voss", "Mary Kate Olsen").

    Examples
    --------
    >>> double_surname("Ramiro Vasco Lopez"), double_surname("Garrick J. Voss")
    (True, False)
    """
    words = name.split()
    return (
        len(words) == 3
        and not words[1].endswith(".")
        and words[1][:1].isupper()
        and words[1] not in first_names()
    )


#: "and" and up to three capitalised words after an organisation's name, the run ending there
#: (no fourth capitalised word, no possessive): "[Department of Health] and Human Services".
_AND_TAIL = re.compile(
    r"[ \t]+and[ \t]+((?:[A-Z][a-z][\w\-]*)(?:[ \t]+[A-Z][a-z][\w\-]*){0,2})"
    r"(?![ \t]+[A-Z]|[\w\-'’])"
)


def and_rest_end(text: str, name: str, end: int) -> int:
    """Where an organisation's name *name* ending at *end* in *text* really ends: after
    "and" and the rest of its name when it is "Head of X" ("Department of Parks") and the
    words after "and" are no name of their own (an organisation with a singular head word,
    a place, a person, a day); else *end*.

    Examples
    --------
    >>> text = "the Department of Parks and Recreation said"
    >>> text[4 : and_rest_end(text, "Department of Parks", 23)]
    'Department of Parks and Recreation'
    >>> text = "the Department of Defence and Foreign Office said"
    >>> text[4 : and_rest_end(text, "Department of Defence", 25)]
    'Department of Defence'
    """
    head, of, after = name.rpartition(" of ")
    if not of or not head or len(after.split()) > 2 or not is_organisation(head):
        return end
    tail = _AND_TAIL.match(text, end)
    if tail is None:
        return end
    rest = tail.group(1)
    words = rest.split()
    if (
        (is_organisation(rest) and not words[-1].endswith("s"))  # "and Foreign Office"
        or is_organisation(words[0])
        or rest in places()
        or words[0] in places()
        or words[0] in first_names()
        or not _NOT_NAMES.isdisjoint(words)
    ):
        return end
    return tail.end(1)


#: Generational suffixes, without their dot.
_GENERATIONS = frozenset(("Jr", "Sr", "II", "III", "IV"))
#: A suffix after a comma right after a name: "Lamar Ostby[, Jr.]".
_COMMA_SUFFIX = re.compile(r",[ \t]*(Jr|Sr|III|II|IV)\b\.?")


def _suffix(words: Sequence[str]) -> str:
    last = words[-1].rstrip(".,")
    return last if len(words) > 1 and last in _GENERATIONS else ""


def surname_of(words: Sequence[str]) -> str:
    """The surname of a name's *words*: the last word, or the one before a suffix.

    Examples
    --------
    >>> surname_of(("Lamar", "Ostby", "Jr.")), surname_of(("Ada", "Voss"))
    ('Ostby', 'Voss')
    """
    last = words[-1].rstrip(".")
    return words[-2].rstrip(".") if last in _GENERATIONS and len(words) > 1 else last


def suffixed(text: str, end: int, words: tuple[str, ...], name: str) -> tuple[tuple[str, ...], str]:
    """*words* and *name* with the suffix a comma sets after the name ending at *end*.

    Examples
    --------
    >>> suffixed("Lamar Ostby, Jr. said", 11, ("Lamar", "Ostby"), "Lamar Ostby")
    (('Lamar', 'Ostby', 'Jr'), 'Lamar Ostby Jr')
    """
    found = _COMMA_SUFFIX.match(text, end) if text[end : end + 1] == "," and words[1:] else None
    if found is None:
        return words, name
    return (*words, found.group(1)), f"{name} {found.group(1)}"


def same_person(key: str, name: str) -> bool:
    """Whether two names with one surname (a known person's *key*, a new *name*) are one
    person: the same suffix or none, and the same given name or initial ("Charles Schumer"
    after "Charles E. Schumer"), or the surname and the suffix alone ("Ostby Jr").

    Examples
    --------
    >>> same_person("Lamar Ostby", "Lamar Ostby Jr"), same_person("Lamar Ostby Jr", "Ostby Jr")
    (False, True)
    """
    a, b = key.split(), name.split()
    if _suffix(a) != _suffix(b):
        return False
    if _suffix(b):
        a, b = a[:-1], b[:-1]
        if len(b) == 1:
            return True
    return a[0] == b[0] or (a[0].endswith(".") and a[0][0] == b[0][0]) or a[0] in b[:-1]


def family_name_first(actors: Mapping[str, Any], surname: str) -> str | None:
    """The one person named family name first whom a title and that name stand for:
    "Mr Kim" after "Kim Jong-un" (a hyphenated given name, or a first word that is no
    known given name: "President Xi" after "Xi Jinping"); None when not exactly one.
    *actors* maps keys to objects with a ``type``.

    Examples
    --------
    >>> from types import SimpleNamespace as A
    >>> family_name_first({"Pak Tae-song": A(type="person")}, "Pak")
    'Pak Tae-song'
    """
    given = first_names()
    keys = [
        k
        for k, actor in actors.items()
        if actor.type == "person"
        and len(parts := k.split()) == 2
        and parts[0] == surname
        and ("-" in parts[1] or surname not in given)
    ]
    return keys[0] if len(keys) == 1 else None
