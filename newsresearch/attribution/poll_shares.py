"""A share of a polled group as the source of a cue: "two-thirds say ...", "33% of adults
say ...", "only 33% of black adults and half of Hispanics say ...".

:func:`.phrases.np_left` reads no source in a share that opens with a number or a
fraction, and only the last group of two coordinated shares.
"""

from __future__ import annotations

import re

__all__ = ["ONE_SHARE", "SHARE_OPENING", "share_source"]

#: The opening of a share, the one pattern every share rule builds on: a qualifier, then a
#: number share ("33%", "1 in 4"), a fraction ("two-thirds") or "half" / "a majority".
SHARE_OPENING = (
    r"(?:(?i:only|just|about|nearly|almost|roughly|some|over|under|more\s+than|less\s+than|"
    r"fewer\s+than|fully)\s+)?"
    r"(?:\d[\d,.]*\s*(?:%|percent\b|per\s+cent\b)|\d+\s+(?:in|out\s+of)\s+\d+\b"
    r"|(?i:a|one|two|three)[\s\-](?:third|quarter|fifth)s?\b|(?i:half|a\s+majority)\b)"
)
#: A share and the group it is of: "33% of black adults".
ONE_SHARE = SHARE_OPENING + r"(?:\s+of\s+[^,;:.!?\"“”()]{1,60}?)?"
#: One share or two coordinated ones, ending where the cue starts.
_SHARE = re.compile(rf"\b(?:{ONE_SHARE}(?:\s+(?:and|or)\s+)?){{1,2}}\s*$")
_HINT = re.compile(
    # one character class first (the engine scans for it; an alternation that opens with
    # "\d" gets no such scan), then the rest of the word its first letter opens
    r"[\dTtQqFfHhMm](?:(?<=\d)|(?<=[Tt])(?i:hird)|(?<=[Qq])(?i:uarter)|(?<=[Ff])(?i:ifth)"
    r"|(?<=[Hh])(?i:alf)|(?<=[Mm])(?i:ajority))"
)
#: How far before a cue a share is looked for.
_REACH = 140


def share_source(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The share of a group that ends at *hi* (a cue), searched back to *lo*.

    Examples
    --------
    >>> t = "And two-thirds say"
    >>> s = share_source(t, 0, t.index(" say"))
    >>> t[s[0]:s[1]]
    'two-thirds'
    >>> t = "but only 33% of black adults and half of Hispanics say"
    >>> s = share_source(t, 0, t.index(" say"))
    >>> t[s[0]:s[1]]
    'only 33% of black adults and half of Hispanics'
    """
    a = max(lo, hi - _REACH)
    if _HINT.search(text, a, hi) is None:  # the cheap test first
        return None
    m = _SHARE.search(text, a, hi)
    if m is None or m.group(0).rstrip().endswith(("and", "or")):
        return None
    return m.start(), m.start() + len(m.group(0).rstrip())
