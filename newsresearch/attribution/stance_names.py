"""Names of stance rows and entities as the stance gold writes them.

A name finder's span sometimes runs on into the date after the name (``Attorney
General Jeff Sessions Thursday night, saying ...``), which gives the entity
``Jeff Sessions Thursday``: no annotator's name and a second entity beside the
right one. :func:`without_weekday` cuts that weekday off; :func:`tidy_names`
applies it to the stance rows of one article before
:func:`~newsresearch.attribution.stance_rules.full_given_names`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from .records import WEEKDAY

__all__ = ["tidy_names", "without_card", "without_card_start", "without_weekday"]

#: A weekday (and part of the day) that ends a name of two words or more, unless it
#: is a day's own name (``Super Tuesday``, ``Black Friday``, ``Good Friday``).
_TRAILING_WEEKDAY_RE = re.compile(
    r"(?<!\bSuper)(?<!\bBlack)(?<!\bCyber)(?<!\bGood)(?<!\bAsh)(?<!\bEaster)(?<!\bPalm)"
    r"(?<!\bHoly)(?<!\bFat)(?<!\bGiving)(?<!\bBloody)(?<!\bMaundy)"
    rf"\s+{WEEKDAY}"
    r"(?:\s+(?:morning|afternoon|evening|night))?$"
)


def without_weekday(name: str) -> str:
    """*name* without a weekday that a name finder ran on into.

    Examples
    --------
    >>> without_weekday("Ada Voss Thursday"), without_weekday("Halden Tuesday night")
    ('Ada Voss', 'Halden')
    >>> without_weekday("Super Tuesday"), without_weekday("Friday")
    ('Super Tuesday', 'Friday')
    """
    if not isinstance(name, str):
        return name
    return _TRAILING_WEEKDAY_RE.sub("", name)


#: A name that runs on into a hover card (The Hill): the shown name, the card's full name and
#: the surname glued to the card's first headline (``Trump Donald John TrumpGOP``).
_CARD_NAME_RE = re.compile(r"(?P<shown>.*?\b(?P<sur>[A-Z][\w'-]+)) (?P<card>.+?) (?P=sur)[A-Z]\S*")


def without_card(name: str) -> str:
    """*name* without the hover card a name finder ran on into: the name shown before the
    card, with the card's first given name (or the nickname it gives in brackets) when only
    the surname was shown.

    Examples
    --------
    >>> without_card("Ada Voss Adaline Ruth VossGOP"), without_card("Voss Adaline (Ada) Ruth VossSenate")
    ('Ada Voss', 'Ada Voss')
    >>> without_card("Piotr Lind"), without_card("Lind Piotr LindGOP")
    ('Piotr Lind', 'Piotr Lind')
    """
    if not isinstance(name, str):
        return name
    m = _CARD_NAME_RE.fullmatch(name)
    if m is None:
        return name
    shown, card = m.group("shown"), m.group("card")
    if " " in shown:
        return shown
    nick = re.search(r"\(([A-Z][\w'-]*)\)", card)
    return f"{nick.group(1) if nick else card.split()[0]} {shown}"


def without_card_start(name: str) -> str:
    """*name* without the first given name of a hover card that a name finder ran on into
    and stopped at (``Mike Pompeo Michael`` in ``Mike Pompeo Michael (Mike) Richard
    PompeoProtests ...``): a name of three words whose first and last are given names
    (``data/first_names.csv``) and whose middle one is no initial loses its last word.

    Examples
    --------
    >>> without_card_start("Ada Voss Michael"), without_card_start("Ada Mary Voss")
    ('Ada Voss', 'Ada Mary Voss')
    >>> without_card_start("Ada J. Michael"), without_card_start("Voss Michael")
    ('Ada J. Michael', 'Voss Michael')
    """
    from ..actor_names import first_names

    if not isinstance(name, str):
        return name
    words = name.split()
    given = first_names()
    if len(words) != 3 or words[0] not in given or words[2] not in given:
        return name
    if len(words[1].rstrip(".")) < 2 or words[1] in given:
        return name
    return " ".join(words[:2])


def tidy_names(rows: list[dict], mentions: Sequence[Any]) -> list[dict]:
    """*rows* (stance rows of one article) with :func:`without_card` and
    :func:`without_weekday` speakers and targets,
    then :func:`~newsresearch.attribution.stance_rules.full_given_names`.

    Examples
    --------
    >>> tidy_names([{"speaker": "Ada Voss", "target": "Piotr Lind Thursday"}], [])
    [{'speaker': 'Ada Voss', 'target': 'Piotr Lind'}]
    """
    from .stance_rules import full_given_names

    for row in rows:
        row["speaker"] = without_weekday(without_card(row["speaker"]))
        row["target"] = without_weekday(without_card(row["target"]))
    return full_given_names(rows, mentions)
