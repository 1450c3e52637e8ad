"""The holder of a stance named by a possessive: :func:`possessor_source`.

An act cue used as a noun belongs to its possessor, not to the subject of the clause it
stands in: in ``some fear her refusal to back Voss may hurt her chances`` the refusal is
hers, in ``Keller's attack on Voss drew a rebuke`` the attack is Keller's, and in ``critics
questioned his support for the bill`` the support is his. The act rules of
:func:`~newsresearch.attribution.stance.stance_triples` take the nearest subject before a
cue; :func:`possessor_source` gives them the possessor instead when a possessive (``his``,
``her``, ``their``, ``its`` or a name with ``'s``) stands right before the cue, or before a
noun of intent that takes the cue as its verb (``her refusal to back``, ``his decision to
endorse``, ``their vow to fight``).
"""

from __future__ import annotations

import bisect
import re
from typing import Any

__all__ = ["INTENT_NOUNS", "possessor_source"]

#: Nouns of intent whose possessor is the holder of the stance verb after ``to``.
INTENT_NOUNS = frozenset(
    """refusal decision vow pledge promise move effort efforts attempt attempts bid
    willingness unwillingness failure threat threats plan plans push""".split()
)
_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their", "its"})
#: The possessive's ending (``'s``, ``’``) left outside a name's mention.
_APOSTROPHE_RE = re.compile(r"['’]s?(?=\s)")
_BRIDGE_RE = re.compile(
    rf"\s+(?:(?:{'|'.join(sorted(INTENT_NOUNS))})\s+to\s+)?",
    re.IGNORECASE,
)
#: How far before a cue its possessor may end.
POSSESSOR_CHARS = 30


def possessor_source(ts: Any, cue_start: int, floor: int) -> Any:
    """The mention that owns the cue at *cue_start* by a possessive, else ``None``.

    *ts* holds the article's ``text``, its actor ``mentions`` (with pronouns, resolved)
    and their ``starts``; *floor* is the sentence start.

    Examples
    --------
    >>> from types import SimpleNamespace as NS
    >>> text = "Some fear her refusal to back Voss."
    >>> her = NS(start=10, end=13, text="her", actor="Lin Keller")
    >>> ts = NS(text=text, mentions=[her], starts=[10])
    >>> possessor_source(ts, text.index("back"), 0).actor
    'Lin Keller'
    >>> text = "Keller said Voss would back the bill."
    >>> voss = NS(start=12, end=16, text="Voss", actor="Ada Voss")
    >>> possessor_source(NS(text=text, mentions=[voss], starts=[12]), 23, 0) is None
    True
    """
    text = ts.text
    k = bisect.bisect_left(ts.starts, cue_start)
    for m in reversed(ts.mentions[max(0, k - 4) : k]):
        if m.end > cue_start:
            continue
        if m.start < floor or cue_start - m.end > POSSESSOR_CHARS:
            return None
        rest = m.end
        if m.text.lower() not in _POSSESSIVE_PRONOUNS and not m.text.endswith(("'s", "’s")):
            apostrophe = _APOSTROPHE_RE.match(text, m.end)
            if apostrophe is None:
                return None
            rest = apostrophe.end()
        return m if _BRIDGE_RE.fullmatch(text, rest, cue_start) else None
    return None
