"""The speaker of a share of a polled or counted group ("43 percent", "59% of
respondents", "a clear plurality of Brits") or of a group counted by a quantifier ("some
in Congress", "many in the GOP", "A lot of the Republicans", "Everybody", "Opponents of the
bill"): unnamed, so ``anonymous``, as the annotators' guide has unnamed sources.
"""

from __future__ import annotations

import re

from .poll_shares import ONE_SHARE

__all__ = ["unnamed_share"]

_NUMBER_WORD = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|"
    r"five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine)"
)
_SHARE_PHRASE = re.compile(
    rf"(?:{ONE_SHARE}"
    rf"|(?i:(?:only|just|about|nearly|almost|roughly|some|fully)\s+)?(?i:{_NUMBER_WORD})\s+"
    r"(?:percent|per\s+cent)(?:\s+of\s+[^,;:.!?\"“”()]{1,60})?"
    r"|(?i:a\s+(?:clear\s+|slim\s+|narrow\s+|large\s+|small\s+)?(?:plurality|majority))"
    r"\s+of\s+[^,;:.!?\"“”()]{1,60})",
)


#: A group counted, not named: "some in Congress", "A lot of the Republicans", "Everybody".
_QUANTIFIED = re.compile(
    r"(?i:(?:some|many|most|several|a\s+few|few|a\s+lot|lots|plenty)(?:\s+(?:of|in|within|among)\s.+)?"
    r"|everybody|everyone|opponents\s+of\s.+|critics\s+of\s.+)"
)
#: A quantifier just before a source the parser cut after it: "A lot of [the Republicans]".
_QUANTIFIER_BEFORE = re.compile(
    r"(?i:\b(?:some|many|most|several|a\s+few|few|a\s+lot|lots|plenty)\s+(?:of|in|among)\s+)$"
)
#: What a quantified source may hold that names its speakers or makes it no group.
_NAMED_INSIDE = re.compile(r"(?i:\bincluding\b|\bpolls?\b|percent|%|\bsurveys?\b)")


#: How far back in a share's sentence a poll is looked for.
_LEAD = 200
_POLL_IN_LEAD = re.compile(r"(?i:\b(?:poll|polls|polling|survey|surveys|study)\b)")


def unnamed_share(text: str, span: tuple[int, int], speaker: tuple) -> bool:
    """Whether the source at *span* of *text* is a share of an unnamed group, whose speaker is
    ``anonymous``: a share that resolved to no speaker (*speaker*: name, type, anonymity),
    or a group counted by a quantifier, whatever name is in it ("A lot of the Republicans"
    is no party's word), unless it names its members ("including ..."); a quantifier just
    before the span counts.

    Examples
    --------
    >>> def share(phrase, speaker=(None, "other", False), before=""):
    ...     return unnamed_share(before + phrase, (len(before), len(before + phrase)), speaker)
    >>> share("59% of respondents"), share("Forty-one percent")
    (True, True)
    >>> share("a clear plurality of voters"), share("the poll")
    (True, False)
    >>> party = ("Republicans", "organisation", False)
    >>> share("A lot of the Republicans", party), share("Republicans", party)
    (True, False)
    >>> share("the Republicans", party, before="A lot of ")
    True
    >>> share("some Republicans, including Sen. Ed Voss", party)
    False
    """
    phrase = text[span[0] : span[1]].strip()
    if _QUANTIFIER_BEFORE.search(text, max(0, span[0] - 20), span[0]) is not None:
        phrase = "some of " + phrase
    if _QUANTIFIED.fullmatch(phrase) is not None and _NAMED_INSIDE.search(phrase) is None:
        return True
    if speaker[0] is not None or _SHARE_PHRASE.fullmatch(phrase) is None:
        return False
    # "In the survey, 41% of adults say": a share of a poll its sentence names keeps the
    # speaker :mod:`.poll_speakers` leaves it
    lead = text[max(0, span[0] - _LEAD) : span[0]]
    return _POLL_IN_LEAD.search(re.split(r"[.!?]\s", lead)[-1]) is None
