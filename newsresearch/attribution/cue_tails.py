"""The words after a reporting verb that end a PARC cue: dates left out, show names kept.

:mod:`.conventions` widens a cue over the words between its verb and its content
(``told reporters``, ``said in a statement``) and over the phrase after a verb that
follows its content (``'"...," she told CNN.'``). This module says where those words
end: without a trailing date or dangling function word (:func:`cut_tail`), but with
the name of a program or outlet that ends in a time word (``told Fox News Sunday``,
``said to ABC This Week``, ``in an interview with USA Today``) and with the quoted
show title a telling verb takes (``told CBS’ “Face the Nation.”``,
:func:`quoted_title_end`), as the PARC gold writes them.
"""

from __future__ import annotations

import re

__all__ = ["TIME", "colon_before_paragraph", "cut_tail", "quoted_title_end"]

#: A day, date or time word (a regular-expression fragment, matched case-insensitively).
TIME = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|"
    r"earlier|later|recently|last\s+\w+|this\s+\w+|(?:on\s+)?(?:\w+\s+)?(?:morning|afternoon|"
    r"evening|night)|january|february|march|april|may|june|july|august|september|october|"
    r"november|december)"
)
# A date or time at the end of the words between cue and content ("said on Tuesday").
_TRAILING_TIME = re.compile(
    rf"(?:\s*,)?\s+(?:(?:early|late)\s+)?(?:on\s+|in\s+|at\s+)?(?:(?:early|late)\s+)?(?:{TIME})"
    rf"(?:\s+(?:\d{{1,2}}|{TIME}))*"
    r"(?:,?\s+\d{4})?\s*,?\s*$",
    re.IGNORECASE,
)
# A time set by "early"/"late" and what follows it: no part of the cue ("said early on in
# the town hall that", "tweeted early on Independence Day that").
_EARLY_LATE = re.compile(r"\s+(?:early|late)\s+(?:on|in|at)\b.*$", re.IGNORECASE | re.DOTALL)
# Function words that never end a cue ("told CNN on" before a misplaced content start).
_DANGLING = re.compile(
    r"\s+(?:the|a|an|on|in|at|of|for|to|by|with|he|she|it|they|we|i|you|his|her|their|its|"
    r"why|how|what|who|when|where|whether|if|not)\s*$",
    re.IGNORECASE,
)
#: The medium a cue names ("in a statement", "at a hearing") and a tail that describes it, a
#: participle or a relative clause, maybe after a time: no part of the PARC cue ("said in a
#: statement following the announcement", "in the statement released", "in a statement
#: early Wednesday announcing the changes", "at a hearing Thursday where ...").
_DOCUMENT_TAIL = re.compile(
    r"(?P<doc>\b(?:in|during|at)\s+(?:an?|the|his|her|their|its)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:statement|interview|letter|speech|email|memo|post|video|appearance|hearing|"
    r"briefing|conference|release))"
    rf"(?:\s*,?\s+(?:(?:early|late)\s+)?(?:{TIME}))*"
    r"\s*,?\s+(?:[a-z]+ing|[a-z]+ed|where|which|that|who)\b.*$",
    re.IGNORECASE | re.DOTALL,
)
#: News programs and outlets whose names end in a time word: no date ("told Fox News
#: Sunday", "said to ABC This Week", "an interview with USA Today"). Case-sensitive.
_PROGRAM_END = re.compile(
    r"(?:Fox\s+News\s+Sunday|ABC(?:[’']s?)?\s+[\"“]?This\s+Week|USA\s+Today|"
    r"CBS(?:[’']s?)?\s+[\"“]?This\s+Morning|Sunday\s+Morning\s+Futures)[\"”]?\s*$"
)


def cut_tail(piece: str) -> str:
    """*piece* (words after a cue) without a trailing date, dangling function word or dash.

    Examples
    --------
    >>> cut_tail(" reporters on Tuesday"), cut_tail(" Fox News Sunday")
    (' reporters', ' Fox News Sunday')
    >>> cut_tail(" early on Independence Day")
    ''
    >>> cut_tail(" in a statement following the vote"), cut_tail(" in the letter released")
    (' in a statement', ' in the letter')
    """
    piece = piece.rstrip(" –—-(")
    if piece.endswith(")") and "(" not in piece:  # "(... told reporters)"
        piece = piece[:-1].rstrip()
    doc = _DOCUMENT_TAIL.search(piece)  # "in a statement following the announcement"
    piece = piece[: doc.end("doc")] if doc is not None else piece
    early = _EARLY_LATE.search(piece)  # "tweeted early on Independence Day that"
    piece = piece[: early.start()] if early is not None else piece
    t = _TRAILING_TIME.search(piece)
    if t is not None and _PROGRAM_END.search(piece) is None:
        piece = piece[: t.start()]
    m = _DANGLING.search(piece)
    while m is not None:
        piece = piece[: m.start()]
        m = _DANGLING.search(piece)
    return piece.rstrip()


#: A quoted title: capitalised words, the comma or period inside the closing mark.
_QUOTED_TITLE = re.compile(r"[\"“](?P<words>[A-Z][^\"“”\n]{0,50}?)[.,]?[\"”]")
_TITLE_SMALL = frozenset("the a an and of in on for to with at by".split())
#: The most words of a quoted title.
MAX_TITLE_WORDS = 6


def quoted_title_end(text: str, pos: int) -> int | None:
    """Where the quoted show title that opens at *pos* ends, after its closing mark:
    the addressee of a telling verb after its content ('," she told CBS’ “Face the
    Nation.” “...'); None when the quote there is no title (its words are not all
    capitalised, or there are more than :data:`MAX_TITLE_WORDS`).

    Examples
    --------
    >>> t = 'Voss told CBS’ “Face the Nation.” “We are ready.”'
    >>> t[: quoted_title_end(t, t.index("“"))]
    'Voss told CBS’ “Face the Nation.”'
    >>> quoted_title_end(t, t.rindex("“")) is None
    True
    """
    m = _QUOTED_TITLE.match(text, pos)
    if m is None:
        return None
    words = m.group("words").split()
    if len(words) > MAX_TITLE_WORDS:
        return None
    if not all(w[0].isupper() or w.lower() in _TITLE_SMALL for w in words):
        return None
    return m.end()


#: Words between a cue and a colon that ends its paragraph: "said this:", "said the following:".
_COLON_BEFORE_PARAGRAPH = re.compile(
    r"[ \t]+(?:[^\s:;.!?\"“”]+[ \t]+){0,2}[^\s:;.!?\"“”]+:[ \t]*\n"
)


def colon_before_paragraph(gap: str) -> bool:
    """Whether *gap* (the words between a cue and its content) is at most three words and a
    colon that ends the paragraph, the content a paragraph of its own: part of the PARC cue.

    Examples
    --------
    >>> colon_before_paragraph(" the following:\\n\\n"), colon_before_paragraph(".\\n\\n")
    (True, False)
    """
    return _COLON_BEFORE_PARAGRAPH.match(gap) is not None and not gap.strip().count("\n")
