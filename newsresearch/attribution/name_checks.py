"""Checks on the full names a one-word person speaker may be completed to
(:func:`.speaker_names.complete_names`): a woman's full name is no completion of a surname
the article gives a man ("Mr. Trump" is not "Melania Trump"), and a name is completed from
its first word only when that word is a given name ("Trump" is not "Trump FBI").
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from ..actor_names import first_names, places
from ..actors import ArticleActors
from ..hover_cards import nickname_follows
from .records import WEEKDAYS, Attribution

__all__ = [
    "TRAILING_TIME_WORDS",
    "conflicting_names",
    "drop_hover_given_names",
    "particle_surname",
    "starts_given_name",
    "without_place",
]

#: Honorifics that mark a person's gender ("Mr. Voss" is a man).
_HONORIFIC_GENDER = {"Mr": "m", "Mrs": "f", "Ms": "f", "Miss": "f"}
_HONORIFIC = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?[ \t]+([A-Z][\w’'\-]+)")

#: Words a name read by the tagger may end with that are no part of it ("Jeff Sessions
#: Thursday night"): the days of the week.
TRAILING_TIME_WORDS = frozenset(WEEKDAYS)


def conflicting_names(text: str, names: Collection[str]) -> set[str]:
    """The full *names* whose given name marks one gender while the article gives their
    surname an honorific of the other ("Mr. Tarrow" and "first lady Ana Tarrow": a bare
    "Tarrow" is not Ana Tarrow).

    Examples
    --------
    >>> t = "Mr. Tarrow said his wife, first lady Ana Tarrow, had tested negative."
    >>> sorted(conflicting_names(t, ["Ana Tarrow", "Ed Voss"]))
    ['Ana Tarrow']
    >>> conflicting_names("Ana Tarrow spoke. Ms. Tarrow said no.", ["Ana Tarrow"])
    set()
    """
    if not names or not any(h in text for h in ("Mr", "Ms", "Miss")):
        return set()
    marked: dict[str, set[str]] = {}
    for m in _HONORIFIC.finditer(text):
        marked.setdefault(m.group(2), set()).add(_HONORIFIC_GENDER[m.group(1)])
    if not marked:
        return set()
    genders = first_names()
    out = set()
    for name in names:
        words = name.split()
        given = genders.get(words[0]) if len(words) > 1 else None
        if given and marked.get(words[-1], set()) - {given}:
            out.add(name)
    return out


def starts_given_name(word: str) -> bool:
    """Whether a one-word speaker may stand for a full name that starts with it: when it
    is a common given name ("Bernie"), not a surname the tagger glued to a next word
    ("Trump" in "anti-Trump FBI investigators").

    Examples
    --------
    >>> starts_given_name("Bernie"), starts_given_name("Tarrow")
    (True, False)
    """
    return word in first_names()


def without_place(words: list[str]) -> list[str]:
    """A person's name *words* without the place a tagger read into it after "of" ("Rep.
    Cathy Tarrow of Washington": "Cathy Tarrow"), when the place is a state or country of
    ``data/places.txt`` (or Washington, a state left out there as a city that speaks
    for the US government) and two words of name stay.

    Examples
    --------
    >>> without_place("Dana Voss of California".split()), without_place("Dana Voss".split())
    (['Dana', 'Voss'], ['Dana', 'Voss'])
    >>> without_place("Voss of Texas".split())
    ['Voss', 'of', 'Texas']
    """
    if "of" not in words:
        return words
    at = words.index("of")
    place = " ".join(words[at + 1 :])
    if at >= 2 and (place in places() or place == "Washington"):  # the state: no government
        return words[:at]
    return words


def drop_hover_given_names(text: str, found: Sequence[Attribution]) -> None:
    """Person speakers of three words or more whose last word opens a hover card's full
    name in *text* ("Ben Tarrow Benjamin" before "(Ben) Louis Tarrow...",
    :func:`..hover_cards.nickname_follows`) lose that word, in place.

    Examples
    --------
    >>> from newsresearch.text import Article
    >>> t = ('"Time is an asset," said Sen. Ben Tarrow Benjamin (Ben) Louis TarrowOvernight '
    ...      'Health Care: Senate passes bill | House votes MORE (D-Md.).')
    >>> [a.speaker for a in Article(t).attributions]
    ['Ben Tarrow']
    """
    if "(" not in text:
        return
    seen: dict[str, str] = {}
    for att in found:
        name = att.speaker
        if att.speaker_type != "person" or not name or "; " in name or name.count(" ") < 2:
            continue
        if name not in seen:
            hover = nickname_follows(name, text)
            seen[name] = name.rsplit(" ", 1)[0] if hover else name
        att.speaker = seen[name]


#: A family name that opens with a lower-case particle: "al-Abadi", "bin-Salman", "de-Souza".
_PARTICLE_SURNAME = re.compile(
    r"(?:al|el|ad|an|ar|as|ash|at|az|bin|ibn|abu|de|du|da|di)-[A-Z][a-z’']+"
)


def particle_surname(word: str, actors: ArticleActors) -> tuple[str, str, bool] | None:
    """A one-word source that is a family name with a lower-case particle ("al-Abadi"):
    the one person of the article whose name ends with it; None otherwise.

    Examples
    --------
    >>> from newsresearch.actors import find_actors
    >>> actors = find_actors("Prime Minister Karim al-Tahiri met the envoy on Monday.")
    >>> particle_surname("al-Tahiri", actors)
    ('Karim al-Tahiri', 'person', False)
    >>> particle_surname("Tahiri", actors) is None
    True
    """
    if _PARTICLE_SURNAME.fullmatch(word) is None:
        return None
    people = {
        a.canonical
        for a in actors.actors.values()
        if a.type == "person" and a.canonical.endswith(" " + word)
    }
    return (people.pop(), "person", False) if len(people) == 1 else None
