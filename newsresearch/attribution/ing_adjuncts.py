"""The subject of a reporting -ing adjunct after a main clause with a time opener.

A chained cue (``"..., saying ..."``, ``"..., telling reporters that ..."``) takes the
source of the cue before it in the sentence or, when there is none, the sentence's
subject (:func:`.phrases.sentence_subject`). That subject is found past an opening
adverbial ("Later,", "At the briefing,"); this module adds the time openers that news
puts before a main clause ("Earlier Tuesday, Speaker Mara Velt chafed at the plan,
telling reporters that ...", "Last week, ...", "Two days later, ...").
"""

from __future__ import annotations

import re

from .phrases import sentence_subject
from .records import WEEKDAY, Cue, Span

__all__ = ["adjunct_subject", "phrasal_chain"]

_DAY = WEEKDAY
_PART = r"(?:morning|afternoon|evening|night)"
#: A time phrase that opens a sentence, with its comma: "Earlier Tuesday, ", "Last week, ".
_TIME_OPENER = re.compile(
    rf"\s*(?:(?:Earlier|Later|Late|Early)\s+(?:on\s+|in\s+the\s+)?(?:(?:this|that|last)\s+)?"
    rf"(?:{_DAY}|week|month|year|today|{_PART})(?:\s+{_PART})?"
    rf"|(?:Last|This|Next)\s+(?:week|month|year|{_DAY}|{_PART}|spring|summer|fall|autumn|winter)"
    rf"|{_DAY}(?:\s+{_PART})?"
    r"|(?:[A-Z][a-z]+|\d+)\s+(?:days?|weeks?|months?|years?)\s+(?:ago|later|earlier))"
    r"\s*,\s+"
)


def adjunct_subject(text: str, lo: int, hi: int) -> Span | None:
    """The subject of the main clause that a reporting -ing adjunct at *hi* follows.

    Parameters
    ----------
    text : str
        The article text.
    lo : int
        Where the sentence (or clause) starts.
    hi : int
        Where the -ing cue starts.

    Returns
    -------
    tuple of int or None
        The span of the sentence's subject past a time opener, or None when the sentence
        opens with no time phrase or no name follows it.

    Examples
    --------
    >>> t = "Earlier Tuesday, Mara Velt chafed at the plan, telling reporters it was rushed."
    >>> s = adjunct_subject(t, 0, t.index("telling"))
    >>> t[s[0]:s[1]]
    'Mara Velt'
    """
    m = _TIME_OPENER.match(text, lo, hi)
    if m is None:
        return None
    return sentence_subject(text, m.end(), hi)


#: A comma (after a closing quote too) right before a chained cue.
_COMMA_BEFORE = re.compile(r",[\"”’]?\s*$")


def phrasal_chain(text: str, cue: Cue, lo: int) -> bool:
    """Whether a phrasal cue whose first word is a participle follows a comma
    ("..., calling for transparency", "..., pointing to the data"): it may chain to
    the cue before it in the sentence.

    Examples
    --------
    >>> t = "The ministry backed the release, calling for transparency."
    >>> phrasal_chain(t, Cue(t.index("calling"), t.index(" transp"), "call for", "other"), 0)
    True
    """
    first = text[cue.start : cue.end].split(" ", 1)
    return (
        len(first) > 1
        and first[0].endswith("ing")
        and _COMMA_BEFORE.search(text, lo, cue.start) is not None
    )
