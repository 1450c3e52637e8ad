"""The subject a cue after ", but" or ", and" shares with the predicate before it.

News joins two predicates of one subject with a comma and a conjunction: "Tonkin declined
to elaborate, but said investigators had found answers", "Voss first floated the idea
during the call, and also suggested the envoy visit". When the first predicate is not a
cue itself there is no attribution to chain to, and the clause after the comma
(``phrases.clause_subject``) has no subject of its own: the source is the sentence's
subject, the name or pronoun that opens the sentence right before its verb.
"""

from __future__ import annotations

import re

from .phrases import sentence_subject
from .records import Span

__all__ = ["shared_subject"]

#: ", but" or ", and" right before a cue, with an adverb of the cue ("and also suggested").
_COMMA_CONJUNCTION = re.compile(r",\s+(?:and|but)\s+(?:(?:[a-z]+ly|also|then|later|still)\s+)?$")
#: What may not sit inside the first predicate: another clause, a quote or a dash.
_NOT_ONE_PREDICATE = re.compile(r"[,;:\"“”—–(]|\s-\s")
#: A lower-case word right after the subject, no function word: its verb ("Tonkin declined",
#: "He also declined"; not "Voss and Roe").
_VERB_AFTER = re.compile(
    r" (?!(?:and|or|of|in|at|on|for|with|to|from|by|the|a|an|who|which|that|whose)\b)[a-z]+\b"
)
#: The most characters of the first predicate.
MAX_PREDICATE = 160


def shared_subject(text: str, lo: int, hi: int) -> Span | None:
    """The subject of the sentence at *lo* shared by a cue at *hi* after ", but" / ", and".

    Parameters
    ----------
    text : str
        The article text.
    lo : int
        Where the sentence (or clause) starts.
    hi : int
        Where the cue starts.

    Returns
    -------
    tuple of int or None
        The span of the name or pronoun that opens the sentence, when a verb follows it and
        the words from there to the comma are one predicate (no other comma, quote, colon
        or dash, at most :data:`MAX_PREDICATE` characters); else None.

    Examples
    --------
    >>> t = "Mayor Ana Voss declined to elaborate, but said the answers were near."
    >>> s = shared_subject(t, 0, t.index("said"))
    >>> t[s[0]:s[1]]
    'Mayor Ana Voss'
    >>> t = "The board, which met Monday, and said"
    >>> shared_subject(t, 0, t.index("said")) is None
    True
    """
    m = _COMMA_CONJUNCTION.search(text, max(lo, hi - 40), hi)
    if m is None:
        return None
    comma = m.start()
    source = sentence_subject(text, lo, comma)
    if source is None or comma - source[1] > MAX_PREDICATE:
        return None
    if _VERB_AFTER.match(text, source[1], comma) is None:
        return None
    if _NOT_ONE_PREDICATE.search(text, source[1], comma) is not None:
        return None
    return source
