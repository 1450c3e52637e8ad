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

from ..hover_cards import strip_card
from .records import WEEKDAY

__all__ = ["tidy_names", "without_weekday"]

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


def tidy_names(rows: list[dict], mentions: Sequence[Any]) -> list[dict]:
    """*rows* (stance rows of one article) with :func:`..hover_cards.strip_card` and
    :func:`without_weekday` speakers and targets,
    then :func:`~newsresearch.attribution.stance_rules.full_given_names`.

    Examples
    --------
    >>> tidy_names([{"speaker": "Ada Voss", "target": "Piotr Lind Thursday"}], [])
    [{'speaker': 'Ada Voss', 'target': 'Piotr Lind'}]
    """
    from .stance_rules import full_given_names

    for row in rows:
        row["speaker"] = without_weekday(strip_card(row["speaker"]))
        row["target"] = without_weekday(strip_card(row["target"]))
    return full_given_names(rows, mentions)
