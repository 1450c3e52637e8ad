"""One unnamed member of a named person's staff as a source: "an aide to President Ana
Brooks said" is an anonymous aide, not Ana Brooks.

The gold names who speaks (``data/gold/ANNOTATION.md``): an aide, adviser or spokesman
the article does not name is ``anonymous``, whoever they work for. A group of them owned
by name ("Brooks's advisers") is :mod:`.owned_groups`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .records import Attribution

__all__ = ["unnamed_staff"]

#: One unnamed member of someone's staff: "an aide to", "a top adviser to", "a spokesman
#: for"; what follows the preposition is whom they work for.
_STAFF_OF = re.compile(
    r"(?:a|an|one|another)\s+(?:[\w\-]+\s+){0,3}?"
    r"(?:aide|advis[eo]r|spokes(?:man|woman|person)|lawyer|attorney|staffer|assistant|confidant)"
    r"\s+(?:to|for|from)\s+(?P<employer>[^,;()]+)",
    re.IGNORECASE,
)


def unnamed_staff(text: str, found: Sequence[Attribution]) -> None:
    """A person speaker named only as whom an unnamed aide, adviser or spokesman of the
    source works for ("an aide to French President Ana Brooks") is ``anonymous``, in place.

    Examples
    --------
    >>> from newsresearch.text import Article
    >>> t = "Talks will resume on Monday, an aide to Halden President Ana Brooks said."
    >>> [(a.speaker, a.anonymous) for a in Article(t).attributions]
    [('anonymous', True)]
    """
    for att in found:
        if att.speaker_type != "person" or not att.speaker or att.source is None:
            continue
        m = _STAFF_OF.fullmatch(text, *att.source)
        if m is None or att.speaker.split()[-1] not in m.group("employer").split():
            continue
        att.speaker, att.speaker_type, att.anonymous = "anonymous", "anonymous", True
