"""Names that only modify a group or role noun are no stance targets: :func:`without_modifiers`.

A name right before a noun of a group or an office names whose group or office it is, not
the one judged: ``accused the Harlow governor of lying`` is against the governor, not
Harlow; ``Senate Republican leaders hate the vote`` speaks of the leaders; ``the Syrian
government`` and ``Marlow State Police officers`` are not Syria and the police force. The
issue and group finders name some such phrases whole (``the Obama administration``); for
the rest, :func:`without_modifiers` drops the triple whose target is followed by such a noun
(:data:`MODIFIED_NOUNS`). On the development stance gold this leaves out 23 triples, none of
them right (triple F1 0.268 -> 0.271, precision 0.320 -> 0.329).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .stance_cues import GROUP_HEADS

__all__ = ["MODIFIED_NOUNS", "modifies_noun", "without_modifiers"]

#: Nouns of groups (:data:`~newsresearch.attribution.stance_cues.GROUP_HEADS`) and offices
#: that a name before them only modifies.
MODIFIED_NOUNS = GROUP_HEADS | frozenset(
    """governor governors senator senators judge judges mayor president minister ministers
    ambassador envoy official spokesman spokeswoman spokesperson candidate candidates
    nominee nominees member members military forces troops army navy consulate embassy
    conference delegation delegates regime authorities allies supporters activists diplomats
    negotiators prosecutors lawyers attorney attorneys staff aides aide team""".split()
)
_NEXT_RE = re.compile(r"\s+([a-z][a-z-]*)\b")


def modifies_noun(text: str, end: int) -> bool:
    """Whether the name ending at *end* is followed by a noun of :data:`MODIFIED_NOUNS`.

    Examples
    --------
    >>> t = "Voss accused the Harlow governor of lying to Keller."
    >>> modifies_noun(t, t.index(" governor")), modifies_noun(t, t.index(" of lying"))
    (True, False)
    """
    m = _NEXT_RE.match(text, end)
    return m is not None and m.group(1) in MODIFIED_NOUNS


def without_modifiers(rows: Sequence[dict], text: str) -> list[dict]:
    """The stance rows of one article whose target (``target_end``) modifies no group or
    office noun (:func:`modifies_noun`)."""
    return [r for r in rows if not modifies_noun(text, r["target_end"])]
