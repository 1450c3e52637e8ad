"""The speaker of a share of a polled or counted group ("43 percent", "59% of
respondents", "a clear plurality of Brits"): unnamed, so ``anonymous``, as the annotators'
guide has unnamed sources, when nothing else in the source names who speaks.
"""

from __future__ import annotations

import re

from .poll_shares import _ONE_SHARE

__all__ = ["unnamed_share"]

_NUMBER_WORD = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|"
    r"five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine)"
)
_SHARE_PHRASE = re.compile(
    rf"(?:{_ONE_SHARE}"
    rf"|(?i:(?:only|just|about|nearly|almost|roughly|some|fully)\s+)?(?i:{_NUMBER_WORD})\s+"
    r"(?:percent|per\s+cent)(?:\s+of\s+[^,;:.!?\"“”()]{1,60})?"
    r"|(?i:a\s+(?:clear\s+|slim\s+|narrow\s+|large\s+|small\s+)?(?:plurality|majority))"
    r"\s+of\s+[^,;:.!?\"“”()]{1,60})",
)


def unnamed_share(phrase: str, speaker: tuple) -> bool:
    """Whether a source *phrase* that resolved to no speaker (*speaker*: name, type,
    anonymity) is a share of an unnamed group, whose speaker is ``anonymous``.

    Examples
    --------
    >>> none = (None, "other", False)
    >>> unnamed_share("59% of respondents", none), unnamed_share("Forty-one percent", none)
    (True, True)
    >>> unnamed_share("a clear plurality of voters", none), unnamed_share("the poll", none)
    (True, False)
    """
    return speaker[0] is None and _SHARE_PHRASE.fullmatch(phrase.strip()) is not None
