"""The speaker of a share of a polled group: "51 percent of respondents called ...",
"two-thirds say ...".

A share speaks for the poll that counted it when the paragraph names one before it
("In April Gallup polling, 51 percent of respondents called their taxes too high":
``Gallup poll``), or when an earlier share of the paragraph was that poll's ("Some
61 percent in the same poll call ... And two-thirds say ..."). A share with no poll
behind it is an unnamed group of people: ``anonymous`` ("only 33% of black adults
say ..."). A share that names an unnamed poll ("half of those in a new poll") keeps
the speaker the rest of :mod:`.speakers` gives it. A poll named again ("the same poll")
is the poll last named before it.

Run by :func:`.speakers.resolve_speakers` before any other rule.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .poll_shares import SHARE_OPENING
from .records import Attribution, Span

__all__ = ["share_speaker"]

Speaker = tuple[str | None, str, bool]  # canonical name, type, anonymous

#: A source that opens with a share of a group ("some 61 percent", "two-thirds", "half of").
_SHARE = re.compile(SHARE_OPENING, re.IGNORECASE)
#: A poll named by the capitalised words before its head: "Gallup polling", "a Halden
#: University poll", "the latest Marlow survey".
_NAMED_POLL = re.compile(
    r"((?:[A-Z][\w.&'’\-]*\s+){1,5})(?:poll|polls|polling|survey|surveys)\b(?!\s+[A-Z])"
)
#: An unnamed poll: a share of it keeps the speaker it has.
_ANY_POLL = re.compile(r"\b(?:poll|polls|polling|survey|surveys|respondents)\b", re.I)
#: Capitalised words that open a sentence or date a poll, not part of its name.
_NOT_NAME = frozenset(
    "in a an the this that new latest recent last its their his her our and but "
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)
#: A poll named again: "the same poll", "that survey".
_DEFINITE_POLL = re.compile(r"(?:the|that|this)\s+(?:same\s+)?(?:poll|polling|survey)", re.I)
#: How far back (characters, within the paragraph) a share looks for its poll.
_REACH = 600
#: How far back a poll named again ("the same poll") looks for its name.
_DEFINITE_REACH = 1500


def share_speaker(text: str, span: Span, done: Sequence[Attribution]) -> Speaker | None:
    """The speaker of a source *span* that opens with a share of a group, else None.

    *done* holds the attributions before it, in text order.

    Examples
    --------
    >>> t = ("In April Marlow polling, 51 percent of respondents called their taxes too "
    ...      "high. And two-thirds say firms pay too little.")
    >>> s = t.index("51"), t.index(" called")
    >>> share_speaker(t, s, [])
    ('Marlow poll', 'poll', False)
    >>> t = "But only 33% of black adults say officers treat groups equally."
    >>> share_speaker(t, (4, t.index(" say")), [])
    ('anonymous', 'anonymous', True)
    >>> share_speaker(t, (0, 3), []) is None
    True
    >>> t = "In a Marlow survey, most back the plan. Some 61 percent in the same poll call it fair."
    >>> share_speaker(t, (t.index("the same"), t.index(" call")), [])
    ('Marlow poll', 'poll', False)
    """
    phrase = text[span[0] : span[1]]
    definite = _DEFINITE_POLL.fullmatch(phrase.strip()) is not None
    if not definite and _SHARE.match(phrase) is None:
        return None
    start = max(text.rfind("\n", 0, span[0]) + 1, span[0] - _REACH)
    if definite:  # "the same poll": the one named before, in this paragraph or not
        start = max(0, span[0] - _DEFINITE_REACH)
    named = [m for m in _NAMED_POLL.finditer(text, start, span[1]) if _poll_name(m.group(1))]
    if named:
        return f"{_poll_name(named[-1].group(1))} poll", "poll", False
    for att in reversed(done):
        if att.source is None or att.source[0] < start:
            break
        source = text[att.source[0] : att.source[1]]
        if att.speaker_type != "poll" or not att.speaker:
            continue
        if _SHARE.match(source) or _DEFINITE_POLL.fullmatch(source.strip()):
            return att.speaker, "poll", False  # a share of a poll this module named
    if definite or _ANY_POLL.search(text, start, span[1]) is not None:
        return None
    return "anonymous", "anonymous", True


def _poll_name(words: str) -> str:
    """The name in the capitalised words before a poll head, without the words that
    open a sentence or date the poll ("In April Gallup" is ``Gallup``)."""
    parts = words.split()
    while parts and parts[0].lower() in _NOT_NAME:
        parts = parts[1:]
    return " ".join(parts)
