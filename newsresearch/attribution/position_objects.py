"""Positions taken on a noun phrase: ``praised the governor``, ``blasted former FBI leaders``.

In the PARC convention a verb of praise or attack reports what its source said about its
object, and the object is the content ("Senator Hale praised the governor for expanding
Medicaid": source *Senator Hale*, cue *praised*, content *the governor for expanding
Medicaid*). :data:`OBJECT_TAKERS` are the cues whose object is such content, beside
:data:`~newsresearch.attribution.cues.OBJECT_CUES`; :func:`object_starts` tells whether the
words after the cue open a noun phrase.
"""

from __future__ import annotations

import re

from .cues import OBJECT_CUES

__all__ = ["OBJECT_TAKERS", "armed_attack", "object_starts"]

#: Verbs of praise and attack whose object is what was said (the speech verbs among them
#: need a clause or an object: "attacked the plan", not "attacked").
OBJECT_TAKERS = OBJECT_CUES | frozenset(
    "praise attack ridicule mock trumpet downplay chide congratulate".split()
)

#: The first word of a noun phrase: a determiner, a pronoun, a capital, a figure or a quote
#: mark, or an adjective that only opens one ("former FBI leaders", "fellow Republicans").
_OBJECT_START = re.compile(
    r"(?:(?:the|a|an|his|her|their|its|our|my|this|that|these|those|some|any|more|new|"
    r"further|tougher|him|them|us|me|former|fellow|both|all|several|many|other|rival|"
    r"top|senior|local|federal|state|foreign)\b|[A-Z]|\d|[“\"$])"
)


#: A bare noun phrase of up to three words, or an object pronoun, then an infinitive:
#: "want [things to get back to normal]", "wants [immigration reform to reflect ...]"
#: (not "to the", a preposition).
_BARE_OBJECT_TO = re.compile(
    r"(?:you|it|[a-z]+(?:\s+[a-z]+){0,2})\s+to\s+(?!(?:the|a|an|his|her|their|its|our|my|"
    r"this|that|these|those|be\s+sure)\b)[a-z]+\b"
)


def object_starts(text: str, at: int) -> bool:
    """Whether a noun phrase opens at *at* (a bare one only before an infinitive).

    Examples
    --------
    >>> object_starts("blasted former FBI leaders", 8), object_starts("blasted on Friday", 8)
    (True, False)
    >>> object_starts("want things to get back to normal", 5)
    True
    """
    return _OBJECT_START.match(text, at) is not None or _BARE_OBJECT_TO.match(text, at) is not None


#: Subjects whose attack is an armed one, no speech ("U.S. warplanes attack militants").
_ARMED = re.compile(
    r"\b(?:warplanes?|planes?|jets?|drones?|aircraft|bombers?|troops|soldiers|forces|army|"
    r"armies|militants?|rebels?|insurgents?|fighters|gunmen|gunman|militias?|militiamen|"
    r"tanks|artillery|navy|missiles?|rockets?|police|officers|mobs?|attackers?|sharks?|dogs?)"
    r"(?:\s+(?:[a-z]+ly|also|again|now|then|later|repeatedly))*\s*$",
    re.IGNORECASE,
)


def armed_attack(text: str, lemma: str, source: tuple[int, int] | None) -> bool:
    """Whether *source* attacks with arms, not words ("U.S. warplanes frequently attack ...").

    Examples
    --------
    >>> armed_attack("Rebel fighters attacked the base", "attack", (0, 14))
    True
    >>> armed_attack("Senator Hale attacked the plan", "attack", (0, 12))
    False
    """
    return lemma == "attack" and source is not None and bool(_ARMED.search(text, 0, source[1]))
