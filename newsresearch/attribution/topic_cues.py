"""Cues that report on a topic through a preposition: "talked about", "reported on".

News reports what a source said by naming its topic after a verb and a preposition:
``Senator Hale talked about the cost of the program``, ``The Ledger reported on the
meetings``, ``the two leaders agreed on the need for talks``, ``Voss spoke of a new
relationship``. In the PARC convention the verb with its preposition is the cue and the
noun phrase after it the content. The same verbs take a time or a place after the
preposition ("reported on Tuesday that ...", "spoke on condition of anonymity"), which
is no topic: :func:`topic_follows` tells them apart.
"""

from __future__ import annotations

import re

from .records import MONTH, WEEKDAY

__all__ = ["TOPIC_PARTICLES", "topic_follows"]

#: Cue lemma -> the prepositions that introduce its topic, and the cue stance.
TOPIC_PARTICLES: dict[str, dict[str, str]] = {
    "talk": {"about": "neutral", "of": "neutral"},
    "speak": {"about": "neutral", "of": "neutral"},
    "report": {"on": "neutral"},
    "agree": {"on": "other"},
    "elaborate": {"on": "neutral"},
    "comment": {"on": "neutral"},
}

#: What after the preposition is no topic: a time ("on Tuesday", "on March 3", "on
#: the same day"), a condition ("on condition of anonymity", "on background", "on the
#: record"), a place or medium of the speech ("on Twitter", "on CNN"), a bare pronoun
#: or nothing at all ("the bill she spoke about.").
_NOT_TOPIC = re.compile(
    rf"\s*(?:[,.;:)!?\"”]|$"
    rf"|(?:{WEEKDAY}|{MONTH}|\d)"
    r"|(?:(?:the\s+)?(?:same|next|previous|following)\s+(?:day|morning|evening|night|week)"
    r"|(?:condition|background|behalf|camera|record|air|television|tv|radio|twitter|"
    r"facebook|instagram|cnn|msnbc|fox|stage|tape)|(?:the\s+)?(?:record|air|phone|"
    r"telephone|floor|sidelines|eve|way)|(?:it|them|this|that|him|her|me|us)\s*[,.;:!?]"
    r"|(?:in|on|at|during|since|by|last|this|before|after|and|but|to|with|for)\b)\b)",
    re.IGNORECASE,
)


def topic_follows(text: str, pos: int) -> bool:
    """Whether a topic, not a time, a condition or nothing, follows a preposition ending at *pos*.

    Parameters
    ----------
    text : str
        The article text.
    pos : int
        The offset right after the preposition ("reported on|").

    Returns
    -------
    bool
        True when a noun phrase the source talks about opens there.

    Examples
    --------
    >>> t = "The Ledger reported on the meetings. Voss reported on Tuesday that it fell."
    >>> topic_follows(t, 22), topic_follows(t, 53)
    (True, False)
    """
    return _NOT_TOPIC.match(text, pos) is None
