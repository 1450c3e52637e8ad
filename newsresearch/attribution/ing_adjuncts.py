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

from .complement_subjects import last_head_span
from .cues import cue_lexicon
from .phrases import _OPENING_ADVERBIAL, SOURCE_HEADS, plural_source_head, sentence_subject
from .records import WEEKDAY, Cue, Span

__all__ = ["adjunct_subject", "main_subject", "opened_subject", "phrasal_chain"]

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
    if m is not None:
        return sentence_subject(text, m.end(), hi)
    return opened_subject(text, lo, hi)


#: "and" before a second name of a coordinated subject ("Ana Roe and Speaker Ben Hall").
_AND_NAME = re.compile(r"\s+and\s+(?=[A-Z])")


def main_subject(text: str, lo: int, hi: int) -> Span | None:
    """The subject of the main clause that a chained cue at *hi* follows: past a time,
    participle or place opener (:func:`adjunct_subject`), else the sentence's subject,
    with a second name coordinated to it ("Ana Roe and Speaker Ben Hall issued a
    statement, saying ...").

    Examples
    --------
    >>> t = "Ana Roe and Speaker Ben Hall issued a statement, saying the tests must wait."
    >>> s = main_subject(t, 0, t.index("saying"))
    >>> t[s[0]:s[1]]
    'Ana Roe and Speaker Ben Hall'
    """
    source = adjunct_subject(text, lo, hi) or sentence_subject(text, lo, hi)
    if source is None:
        return None
    m = _AND_NAME.match(text, source[1], hi)
    other = sentence_subject(text, m.end(), hi) if m is not None else None
    if other is None or other[0] != m.end():
        return source
    return source[0], other[1]


#: A participle phrase that opens a sentence, with its comma: "Turning to the camera, ",
#: "Speaking at a rally, " (a preposition or determiner after the participle, so that a
#: name ending in -ing before its verb, "Browning said ...", is none).
_PARTICIPLE_OPENER = re.compile(
    r"\s*[A-Z][a-z]{2,}ing\s+(?:to|at|in|on|with|about|from|into|over|after|before|for|that|"
    r"the|a|an|his|her|their|its|back|up|out|down|off)\s[^,;:\n\"“”]{0,80},\s+"
)
#: A place or span opener that :func:`.phrases.sentence_subject` does not skip: "Over the
#: course of a long speech, ", "Throughout the campaign, ".
_PLACE_OPENER = re.compile(
    r"\s*(?:Over|Through|Throughout|Across|Inside|Outside|Within|Along|Around|Behind|Beyond)"
    r"\s[^,;:\n\"“”]{0,80},\s+"
)
#: A further opening phrase after the first: "At some turns, in a calm tone, ".
_MORE_OPENER = re.compile(r"(?:in|at|on|with|after|before|during|by|for)\s[^,;:\n\"“”]{0,60},\s+")
#: A pronoun subject after an opener, its verb after it: "..., he offered ...".
_PRONOUN_SUBJECT = re.compile(r"(?:he|she|they|we|He|She|They|We|I)(?=\s+[a-z])")
#: A conjunction before a lower-case determined subject: "But the justices relisted ...".
_CONJUNCTION_THE = re.compile(r"\s*(?:But|And|Yet|So|Still|Now|Then)\s+(?=the\s)")
_WORD = re.compile(r"[\w’'\-.]+")
#: The most words of a lower-case determined subject ("the three appeals court judges").
MAX_THE_WORDS = 5


def opened_subject(text: str, lo: int, hi: int) -> Span | None:
    """The subject of a main clause past a participle opener ("Turning to the camera, he
    ...", "Speaking at a rally, Voss ...", "At one point, in a calm tone, Voss ..."), or a
    lower-case determined subject after a conjunction ("But the judges ..."); None else.

    Examples
    --------
    >>> t = "Turning to the crowd, he thanked them, saying the vote was close."
    >>> s = opened_subject(t, 0, t.index("saying"))
    >>> t[s[0]:s[1]]
    'he'
    >>> t = "But the judges sent the case back, signaling they could rule soon."
    >>> s = opened_subject(t, 0, t.index("signaling"))
    >>> t[s[0]:s[1]]
    'the judges'
    """
    m = _CONJUNCTION_THE.match(text, lo, hi)
    if m is not None:
        return _the_subject(text, m.end(), hi)
    m = (
        _PARTICIPLE_OPENER.match(text, lo, hi)
        or _PLACE_OPENER.match(text, lo, hi)
        or _OPENING_ADVERBIAL.match(text, lo, hi)
    )
    if m is None:
        return None
    pos = m.end()
    more = _MORE_OPENER.match(text, pos, hi)
    pos = more.end() if more is not None else pos
    pronoun = _PRONOUN_SUBJECT.match(text, pos, hi)
    if pronoun is not None:
        return pronoun.span()
    if more is None and m.re is _OPENING_ADVERBIAL:
        return None  # sentence_subject reads these
    return sentence_subject(text, pos, hi)


def _the_subject(text: str, lo: int, hi: int) -> Span | None:
    """A subject "the ... <source head>" at *lo*: its last source head within
    :data:`MAX_THE_WORDS` words, before a cue word or a boundary."""
    lexicon = cue_lexicon()

    def bare(word: str) -> str:
        return word.lower().rstrip(".")

    return last_head_span(
        text,
        lo,
        hi,
        words=MAX_THE_WORDS,
        word=_WORD,
        stops=lambda w: bare(w) in lexicon,
        is_head=lambda w: bare(w) in SOURCE_HEADS or plural_source_head(bare(w)),
    )


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
