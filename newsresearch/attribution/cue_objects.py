"""The person urged belongs to the content, not to the PARC cue.

'Obama urged Congress to follow suit': the development gold's annotators (a1, a2, d2, d3,
d4; a3 and a4 the other way) mark the cue ``urged`` and the content ``Congress to follow
suit``, unlike a telling verb's addressee (``told reporters``, ``asked the senator``),
which stays in the cue. :func:`object_to_content` moves the object of such a verb from
the cue to the start of its ``to`` content.
"""

from __future__ import annotations

import re

from .records import Span

__all__ = ["object_to_content"]

#: The verbs whose object opens the content (their forms).
_VERB = re.compile(r"\burg(?:e|es|ed|ing)\b", re.IGNORECASE)
#: The object: a short noun phrase, no punctuation, not a particle ("urged on").
_OBJECT = re.compile(
    r"\s+(?!(?:on|for|about|that|to)\b)(?P<np>[\w’'.\-]+(?:\s+[\w’'.\-]+){0,5})\s*$",
    re.IGNORECASE,
)


def object_to_content(
    text: str, cue: Span | None, content: list[Span]
) -> tuple[Span | None, list[Span]]:
    """*cue* and *content*, the object of "urge" moved from the end of the cue to the
    start of the content when the content is its ``to`` clause.

    Examples
    --------
    >>> t = "Obama urged Congress to follow suit."
    >>> cue, content = object_to_content(t, (6, 20), [(21, 36)])
    >>> t[slice(*cue)], [t[a:b] for a, b in content]
    ('urged', ['Congress to follow suit.'])
    """
    if cue is None or not content or not cue[1] <= content[0][0]:
        return cue, content
    if not text.startswith("to ", content[0][0]) or text[cue[1] : content[0][0]].strip():
        return cue, content
    verbs = list(_VERB.finditer(text, cue[0], cue[1]))
    if not verbs:
        return cue, content
    end = verbs[-1].end()
    m = _OBJECT.fullmatch(text, end, cue[1])
    if m is None:
        return cue, content
    return (cue[0], end), [(m.start("np"), content[0][1]), *content[1:]]
