"""Positions taken with a preposition: ``pushed for a tariff``, ``ruled against the agency``.

Political copy reports what a person, a group or a court stands for through a verb and
"for" or "against": lawmakers *push for*, *press for* or *advocate for* a measure,
activists *campaign*, *lobby* or *rally for* it, a court *rules against* a party, a
family *pleads for* help. In the PARC convention each is an attribution: the verb and
its preposition are the cue, the subject the source and the noun phrase after the
preposition the content ("Ryan is pushing for [a 20 percent tariff]"), as for the "call
for" and "vote for" already in :data:`~newsresearch.attribution.cues.PHRASAL`, to which
:data:`POSITION_PHRASALS` adds these verbs. The verbs that report nothing without the
preposition (campaign, lobby, rally, press ...) are listed in
``data/attribution_cues.csv`` under a lemma with its preposition, so that "campaigned in
Iowa" or "the press" is no cue. Groups that campaign, lobby, rally or protest *against*
someone are left to the stance cues (``data/stance_cues.csv``), which read the group
behind its members ("members of the union protested against ...").

A campaign *for* an office is a race, not a position ("campaigning for president",
"campaigned for a second term"): :func:`seeks_office` tells it apart.
"""

from __future__ import annotations

import re

__all__ = ["POSITION_PHRASALS", "seeks_office"]

#: Verb (lemma's first word) -> preposition -> cue stance.
POSITION_PHRASALS: dict[str, dict[str, str]] = {
    "push": {"for": "other"},
    "press": {"for": "other"},
    "plead": {"for": "other"},
    "advocate": {"for": "other"},
    "campaign": {"for": "other"},
    "lobby": {"for": "other"},
    "rally": {"for": "other"},
    "rule": {"against": "other"},
}

#: An office or a term sought after "for": the object of a race, no position.
_OFFICE = re.compile(
    r"\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:(?:second|third|fourth|new|full|"
    r"fresh|another|open|vacant|state|party|congressional|legislative|presidential|"
    r"Senate|House|[A-Z][a-z]+)\s+){0,2}"
    r"(?:president|presidency|re-?election|office|governor|mayor|senate|congress|seat|"
    r"term|nomination|leadership|chair|chairman|chairmanship|attorney\s+general|"
    r"speaker|council|parliament|votes|delegates|donations|money|funds|cash)\b",
    re.IGNORECASE,
)


def seeks_office(text: str, at: int) -> bool:
    """Whether the object after "for" at *at* is an office, a term or money sought.

    Examples
    --------
    >>> seeks_office("campaigned for president in 2012", 14)
    True
    >>> seeks_office("campaigned for a second term", 14), seeks_office("campaigned for Ana Ruiz", 14)
    (True, False)
    >>> seeks_office("lobbied for higher tariffs", 11)
    False
    """
    return _OFFICE.match(text, at) is not None
