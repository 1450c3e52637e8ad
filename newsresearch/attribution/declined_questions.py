"""A refusal to answer a question: "Lerner declined to say if anyone was disciplined".

PARC annotates a refused answer as a speech attribution whose cue is the whole refusal
with its adverb (``explicitly declined to say``, ``refused to specify``) and whose content
is the indirect question (``which countries are involved``, ``if anyone was
disciplined``). Negated speech ("did not say whether", "would not say which") is an
ordinary cue of :mod:`.indirect`; a refusal is not, because "declined to" governs no
reporting verb there ("declined to comment" alone reports nothing and stays none).
"""

from __future__ import annotations

import re

from .indirect import MIN_CONTENT_CHARS, _content_end
from .phrases import np_left, trim
from .records import Scan, content_kind
from .shared_subjects import shared_subject

__all__ = ["find_declined_questions"]

#: The refusal, an adverb before it, the verb of answering and a wh-word that opens a
#: clause with its own words ("declined to say which countries", "refused to disclose
#: whether"); not "how to" nor "what?".
_DECLINED = re.compile(
    r"\b(?P<cue>(?:(?:also|again|repeatedly|explicitly|[a-z]+ly)\s+)?"
    r"(?:declined|declines|refused|refuses)\s+to\s+"
    r"(?:say|specify|disclose|reveal|confirm|comment\s+on|elaborate\s+on|discuss))"
    r"\s+(?=(?:whether|if|which|what|who|how|when|where|why)\s+(?!to\b)[\w“\"‘])"
)


def find_declined_questions(scan: Scan) -> None:
    """Add the refused answers of the scanned article.

    Examples
    --------
    >>> from newsresearch.text import Article
    >>> t = "Errors were made, Roe said, but she declined to say if anyone was disciplined."
    >>> scan = Scan(Article(t))
    >>> find_declined_questions(scan)
    >>> att = scan.found[0]
    >>> t[slice(*att.source)], t[slice(*att.cue)], [t[a:b] for a, b in att.content]
    ('she', 'declined to say', ['if anyone was disciplined'])
    """
    text = scan.text
    for (sa, sb), m in _matches(scan):
        a = m.start("cue")
        if a in scan.used_cues or any(
            att.cue is not None and att.cue[0] <= a < att.cue[1] for att in scan.found
        ):
            continue
        q = scan.in_quote(a)
        lo = max(sa, q.start) if q is not None else sa
        if q is not None and q.close is not None:
            sb = min(sb, q.end)
        source = np_left(text, lo, a) or shared_subject(text, lo, a)
        if source is None:
            continue
        ca, cb = trim(text, m.end(), _content_end(text, m.end(), sb))
        if cb - ca < MIN_CONTENT_CHARS:
            continue
        scan.used_cues.add(a)
        scan.add(content_kind(text[ca:cb]), source, m.span("cue"), [(ca, cb)], "say", "denial")


def _matches(scan: Scan) -> list:
    """The refusals of the scanned article, with their sentences, in text order."""
    hits = {m.start(): (span, m) for span, m in scan.sentence_matches("declin", _DECLINED)}
    for span, m in scan.sentence_matches("refus", _DECLINED):
        hits.setdefault(m.start(), (span, m))
    return [hits[k] for k in sorted(hits)]
