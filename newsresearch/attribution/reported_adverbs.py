"""A claim marked as reported by an adverb alone: "Voss is reportedly weighing a run".

PARC annotates the adverb ``reportedly`` as the cue of an attribution with no source,
its content the clause around it in two fragments ("Carly Voss is" | "weighing a run for
the chair"). When a reporting verb follows the adverb ("reportedly told aides that ..."),
that verb's attribution is the one (:mod:`.indirect`) and the adverb adds none.
"""

from __future__ import annotations

import re

from .content_end import content_end
from .indirect import MIN_CONTENT_CHARS
from .phrases import trim
from .records import Scan, content_kind

__all__ = ["find_reported_adverbs"]

_ADVERB = re.compile(r"\breportedly\b")
#: What the words from the clause's start to the adverb may not hold: another clause.
_NOT_ONE_CLAUSE = re.compile(
    r"[,;:\"“”()]|\s[-–—]\s|\b(?:after|when|because|while|although|though|since|if|who|which|"
    r"that|but)\b"
)
#: A sentence adverb with its comma before the clause ("Now, a summit is reportedly ...").
_OPENER = re.compile(r"(?:Now|But|And|Yet|Still|Meanwhile|However|Instead|Also|So),\s+")
#: Where the reported clause stops: a second clause with a subject of its own (", and
#: Roe served ...") or an aside ("– although some fear ...").
_CLAUSE_STOP = re.compile(
    r",?\s+(?:and|but)\s+(?=(?:[A-Z]|(?:he|she|they|it|we|I)\b))"
    r"|\s[-–—]\s(?=(?:although|though|while|but|as|which|who)\b)"
)
#: The most words from the clause's start to the adverb.
MAX_SUBJECT_WORDS = 14


def find_reported_adverbs(scan: Scan) -> None:
    """Add the claims that ``reportedly`` marks in the scanned article.

    Examples
    --------
    >>> from newsresearch.text import Article
    >>> t = "A summit is reportedly being eyed for mid-July."
    >>> scan = Scan(Article(t))
    >>> find_reported_adverbs(scan)
    >>> att = scan.found[0]
    >>> att.source, t[slice(*att.cue)], [t[a:b] for a, b in att.content]
    (None, 'reportedly', ['A summit is', 'being eyed for mid-July'])
    """
    text = scan.text
    for (sa, sb), m in scan.sentence_matches("reportedly", _ADVERB):
        a, b = m.span()
        if a in scan.used_cues or scan.in_quote(a) is not None:
            continue
        if any(att.cue is not None and att.cue[0] <= b + 1 < att.cue[1] for att in scan.found):
            continue  # "reportedly told aides that ...": the verb's attribution
        start = sa
        lead = text[start:a]
        if not lead.strip() or len(lead.split()) > MAX_SUBJECT_WORDS:
            continue
        opener = _OPENER.match(lead)
        if _NOT_ONE_CLAUSE.search(lead, opener.end() if opener else 0) is not None:
            continue
        cb = content_end(text, b, sb)
        stop = _CLAUSE_STOP.search(text, b, cb)
        ca, cb = trim(text, b, stop.start() if stop is not None else cb)
        if cb - ca < MIN_CONTENT_CHARS:
            continue
        first = trim(text, start, a)
        scan.used_cues.add(a)
        scan.add(content_kind(text[ca:cb]), None, (a, b), [first, (ca, cb)], "report", "neutral")
