"""The source of a reporting -ing adjunct that leads into a direct quote.

'She declined to say how she recorded it, saying, “I’ll leave that to your
imagination.”' / 'Horvath repeated the claim, adding: "..."': the -ing cue
after a comma has no noun phrase before it; its source is the subject of the
clause it follows, as :mod:`.ing_adjuncts` reads it for indirect speech.
"""

from __future__ import annotations

import re

from .cues import cue_at
from .ing_adjuncts import adjunct_subject
from .phrases import WORD, sentence_subject
from .records import Cue, Span

__all__ = ["ing_lead"]

#: The most words from an -ing cue to the quote it leads into.
MAX_LEAD_WORDS = 12
#: A comma right before the -ing cue: "..., saying" (not "by saying", "after saying").
_COMMA_BEFORE = re.compile(r",\s*$")
#: Where the clause the adjunct follows starts: after a semicolon ("...; instead, he ...").
_CLAUSE_BREAK = re.compile(r";")


def ing_lead(text: str, a: int, b: int) -> tuple[Span, Cue] | None:
    """The source and cue of an -ing cue after a comma among the last words of ``text[a:b]``.

    The source is the subject of the clause the cue follows; ``None`` when no such
    cue comes there, or the clause has no subject (or only a fronted participle).

    Examples
    --------
    >>> t = 'Voss repeated the claim, saying: "It is true."'
    >>> source, cue = ing_lead(t, 0, t.index(":"))
    >>> t[source[0] : source[1]], t[cue.start : cue.end]
    ('Voss', 'saying')
    """
    for word in list(WORD.finditer(text, a, b))[-MAX_LEAD_WORDS:]:
        w = word.group(0)
        if not (w.islower() and w.endswith("ing")):
            continue
        if _COMMA_BEFORE.search(text, max(a, word.start() - 4), word.start()) is None:
            continue
        cue = cue_at(text, word.start())
        if cue is None:
            continue
        breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, a, word.start())]
        lo = breaks[-1] if breaks else a
        source = adjunct_subject(text, lo, word.start()) or sentence_subject(text, lo, word.start())
        if source is None or text[source[0] : source[1]].endswith("ing"):
            return None  # "Responding to the reports, ..."
        return source, cue
    return None
