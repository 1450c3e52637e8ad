"""Words between a cue and its indirect content that the PARC cue keeps: manner adverbs.

The PARC gold writes the adverbs of a reporting verb into its cue ("was asked pointedly",
"can say again", "tell you right now") when they stand between the verb and the content,
so the content starts after them: before a question word ("asked pointedly how many ..."),
or after a comma that closes "again" or "right now" before a bare clause ("I can say
again, we have ..."). A sentence adverb set off before a clause stays in the content
("I think unfortunately, if you ban it, ..."): only these time-and-repetition words move.
"""

from __future__ import annotations

import re

__all__ = ["manner_lead"]

#: Words in -ly that are no adverb of the verb ("the assembly how ...", "only").
_NOT_MANNER = frozenset("assembly family ally rally supply reply italy july only early".split())

_LEAD = re.compile(
    r"(?:(?P<adverb>[a-z]{3,}ly)\s+(?=(?:how|whether|why|what|if|when|where|who)\s)"
    r"|(?:again|right\s+now)\s*,\s+(?=[A-Za-z]))"
)


def manner_lead(text: str, a: int, b: int) -> re.Match[str] | None:
    """The manner adverb that opens the indirect content ``text[a:b]``, if one does.

    Examples
    --------
    >>> t = "was asked pointedly how many staffers are women"
    >>> manner_lead(t, 10, len(t)).group()
    'pointedly '
    >>> t = "can say again, we have a diverse team"
    >>> manner_lead(t, 8, len(t)).group()
    'again, '
    >>> manner_lead("think unfortunately, if you ban it", 6, 34) is None
    True
    """
    m = _LEAD.match(text, a, b)
    if m is None or (m.group("adverb") or "") in _NOT_MANNER:
        return None
    return m
