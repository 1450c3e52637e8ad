"""Two people referred to together after they were named together: "Ana Brooks and Tom
Reyes are joining forces ... the pair issued statements" is Ana Brooks; Tom Reyes
(:func:`pair_reference`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..actors import ArticleActors
from .records import Attribution

__all__ = ["pair_reference"]

Speaker = tuple[str | None, str, bool]  # canonical name, type, anonymous
Span = tuple[int, int]

#: A source that refers to two people together: "the pair", "the duo", "the two men",
#: "both candidates".
_PAIR = re.compile(
    r"(?:the\s+(?:pair|duo|two)|both)(?:\s+(?:men|women|leaders|candidates|senators|"
    r"lawmakers|rivals|campaigns|politicians|officials))?",
    re.I,
)
#: How far back (characters) the two may have been named together.
_REACH = 800


def pair_reference(
    text: str, span: Span, actors: ArticleActors, done: Sequence[Attribution]
) -> Speaker | None:
    """The two people a source such as "the pair" or "both senators" refers to: the
    people of the last earlier joint speaker of two within reach, else the last two
    people named with "and" between them ("Ana Brooks and Tom Reyes"); None when the
    source is no such reference or no pair is found.

    Examples
    --------
    >>> from newsresearch.actors import find_actors
    >>> t = "Ana Brooks and Tom Reyes are joining forces. Later, the pair issued statements."
    >>> at = t.index("the pair")
    >>> pair_reference(t, (at, at + 8), find_actors(t), [])
    ('Ana Brooks; Tom Reyes', 'person', False)
    """
    if _PAIR.fullmatch(text, *span) is None:
        return None
    lo = max(0, span[0] - _REACH)
    for att in reversed(done):
        if att.source is None or att.source[0] < lo or att.source[0] >= span[0]:
            continue
        if att.speaker_type == "person" and att.speaker and att.speaker.count("; ") == 1:
            return att.speaker, "person", False
    people = [m for m in actors.between(lo, span[0]) if m.type == "person" and m.kind != "pronoun"]
    for first, second in reversed(list(zip(people, people[1:], strict=False))):
        if text[first.end : second.start] == " and " and first.actor != second.actor:
            return f"{first.actor}; {second.actor}", "person", False
    return None
