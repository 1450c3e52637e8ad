"""Where a noun-phrase content ends: before the medium, the time and the occasion of the act.

A verb that takes a position on a noun phrase ("blasted the deal", "called for new
charges", "called his former aide a “lowlife”") reports that noun phrase; the words that
follow it in the sentence often say where, when or on what occasion the act took place:
``blasted the arrangement on Twitter``, ``defended the decision in a 2017 tweet``,
``declared the epidemic an emergency last October``, ``called for charges after the video
surfaced``, ``vetoed the bill, which was sponsored by ...``. They belong to the act, not to
what was said, and the PARC convention leaves them out of the content. This shape recurs in
every outlet's political copy (the medium and the day of an act are the reporter's, not the
source's). :func:`object_tail_start` finds where such a tail begins at the end of a plain
noun-phrase content (no clause, no infinitive); the day alone is
:func:`~newsresearch.attribution.content_end.object_without_day`'s.
"""

from __future__ import annotations

import re

from .cues import FINITE_CLAUSE
from .records import MONTH, WEEKDAY

__all__ = ["MAX_OBJECT_WORDS", "object_tail_start"]

#: The most words of the noun phrase before a tail (a longer one is likely a clause).
MAX_OBJECT_WORDS = 12

#: The medium of an act: "on Twitter", "in a statement", "in a 2017 Facebook post", "during a
#: radio interview", "at a rally", "on the Senate floor".
_MEDIUM = (
    r"(?:on|in|via|through|during|at)\s+(?:(?:a|an|his|her|their|its|the|a\s+series\s+of)\s+)?"
    r"(?:[\w’'\-]+\s+){0,3}?"
    r"(?:statements?|interviews?|tweets?|posts?|letters?|speech|speeches|op-eds?|columns?|"
    r"videos?|briefings?|press\s+conference|news\s+conference|conference\s+call|hearing|"
    r"rally|rallies|town\s+hall|debate|memo|email|e-mail|message|podcast|broadcast|"
    r"Twitter|Facebook|Instagram|YouTube|TikTok|Truth\s+Social|social\s+media|television|"
    r"floor|campaign\s+trail|remarks|appearance|address|ad|advertisement|op-ed)"
)
#: The time of an act: "on Sunday", "Saturday afternoon", "last October", "in 2012",
#: "earlier this week", "on June 3", "yesterday".
_TIME = (
    rf"(?:(?:on|late|early)\s+)?(?:{WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?"
    rf"|{MONTH}\s+\d{{1,2}}(?:,\s+\d{{4}})?)"
    rf"|(?:(?:earlier|later)\s+)?(?:last|this|next)\s+(?:week|weekend|month|year|night|"
    rf"spring|summer|fall|autumn|winter|{WEEKDAY}|{MONTH})"
    r"|yesterday|today|tonight|(?:earlier|later)\s+(?:in\s+the\s+day|on)"
)
#: A clause of the act after the object: "when asked about her", "after the video surfaced".
_CLAUSE = (
    r"(?:(?:well|long|shortly|soon|just|right|only|not\s+long)\s+)?"  # "well before ..."
    r"(?:when|after|before|while|because|amid|despite|although|though|even\s+though|"
    r"even\s+as)\s+(?!(?:and|or|but|then|now)\b)[\w“\"]"
)
#: One or more medium or time phrases, then maybe a clause of the act, or a second main
#: clause, to the end.
#: A second main clause joined by ", and" / ", but": its own subject and a finite verb
#: ("were critical of the deal, and most candidates have opposed it").
_NEXT_CLAUSE = (
    r",\s+(?:and|but)\s+(?:(?!(?:that|to)\s)[\w’'\-.]+\s+){1,7}?"
    r"(?:is|are|was|were|has|have|had|will|would|may|might|can|could|did|does|[a-z]+ed)\b.*"
)
_TAIL = re.compile(
    rf"(?:(?:,?\s+(?:{_MEDIUM}|{_TIME})\b)+(?:,?\s+{_CLAUSE}.*)?|\s+(?:{_CLAUSE}.*)"
    rf"|{_NEXT_CLAUSE})"
    r"[.!?]?\s*$",
    re.DOTALL,
)
#: Words that make a content a clause or an infinitive, not a plain noun phrase.
_NOT_OBJECT = re.compile(
    r"\b(?:(?i:that|it|this|there|who|which|whom|where|what|why|how|when|whether)|to|he|she|"
    r"they|we|I|you|is|was|are|were|be|been|has|have|had|will|would|could|can|may|might|"
    r"should|must|do|does|did)\b|’d\b|'d\b|’s\s+(?:not|been)\b|,"
    # a span of time that the clause measures: "the day before ...", "ten days after ..."
    r"|\b(?:day|days|week|weeks|month|months|year|years|hours?|minutes?|moments?|times?)$"
    # a verb or a participle (not an adjective after a determiner: "the proposed plan"), or a
    # gerund at the start or after a preposition ("of hiding the memo"), not a noun ("the
    # flooding")
    r"|(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bhis )(?<!\bher )(?<!\btheir )(?<!\bits )\b[a-z]+ed\b"
    r"|^[a-z]+ing\b|\b(?:of|by|for|from|about|without|in|on)\s+[a-z]+ing\b"
)


def object_tail_start(text: str, a: int, b: int, *, lemma: str = "") -> int:
    """Where the noun-phrase content ``[a, b)`` ends before the medium, time or occasion of
    the act that reports it; *b* when it has no such tail or is not a plain noun phrase.

    Parameters
    ----------
    text : str
        The article text.
    a, b : int
        The content span.
    lemma : str, optional
        The cue's lemma: a verb that mostly reports a clause (:data:`~newsresearch.
        attribution.cues.FINITE_CLAUSE`: "say", "find") keeps its content whole.

    Returns
    -------
    int
        The end of the noun phrase, its trailing spaces left out.

    Examples
    --------
    >>> t = "Sen. Ola Brandt blasted the arrangement on Twitter."
    >>> a = t.index("the arr")
    >>> t[a : object_tail_start(t, a, len(t))]
    'the arrangement'
    >>> t = "Mayor Ruiz called for criminal charges after the video surfaced."
    >>> a = t.index("criminal")
    >>> t[a : object_tail_start(t, a, len(t))]
    'criminal charges'
    >>> t = "Ruiz said the plan would fail on Monday."
    >>> a = t.index("the plan")
    >>> object_tail_start(t, a, len(t), lemma="say") == len(t)
    True
    >>> t = "Hale accused Ruiz of hiding the memo in his Monday speech."
    >>> a = t.index("Ruiz")
    >>> object_tail_start(t, a, len(t)) == len(t)
    True
    """
    if lemma in FINITE_CLAUSE:
        return b
    piece = text[a:b]
    for m in _TAIL.finditer(piece):
        head = piece[: m.start()].rstrip(" ,")
        words = head.split()
        if not words or len(words) > MAX_OBJECT_WORDS:
            return b
        body = head[3:] if head.startswith("it ") else head  # 'called it "a disaster"'
        if _NOT_OBJECT.search(body) or head.count("“") != head.count("”"):
            return b
        if head.count('"') % 2:
            return b
        return a + len(head)
    return b
