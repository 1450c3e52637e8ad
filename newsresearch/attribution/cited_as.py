"""Wire-style citing: "Interfax cited a ministry spokeswoman as saying ...".

``The agency quoted Voss as saying the talks had stalled`` and ``Talks will resume, the
agency cited an official as saying.``: the person cited is the source of ``as saying``
and the reported words are its content (after "saying", or the clause before the
citing subject when the sentence ends on "saying"). The citing verb keeps its own
attribution, with the same content instead of "an official saying ...".
"""

from __future__ import annotations

import re

from .phrases import trim
from .records import Attribution, Scan, content_kind

__all__ = ["find_cited_as"]

#: The citing verb, the person cited (a noun phrase of at most eight words, no comma)
#: and "as saying".
_CITED_AS = re.compile(
    r"\b(?P<verb>cited|quoted|cites|quotes)\s+"
    r"(?P<src>(?:[\w’'.\-]+\s+){0,7}?[\w’'.\-]+)\s+(?P<cue>as\s+saying)\b"
)
#: "that" opening the content after "as saying".
_THAT = re.compile(r"\s*(?:that\s+)?")
#: The shortest content, in characters.
MIN_CITED_CONTENT_CHARS = 8


def find_cited_as(scan: Scan) -> None:
    """Add the attributions of "X cited/quoted Y as saying ..." in the scanned article.

    Examples
    --------
    >>> from newsresearch.text import Article
    >>> from newsresearch.attribution import find_attributions
    >>> t = "The agency quoted an aide as saying the talks had stalled."
    >>> [(t[a.source[0]:a.source[1]], t[a.cue[0]:a.cue[1]]) for a in find_attributions(Article(t))
    ...  if a.cue and t[a.cue[0]:a.cue[1]] == "as saying"]
    [('an aide', 'as saying')]
    """
    text = scan.text
    if " as saying" not in text:
        return
    for m in _CITED_AS.finditer(text):
        if m.start("cue") in scan.used_cues:
            continue
        sa, sb = scan.sentence_of(m.start())
        citing = _citing(scan, m.start("verb"))
        after = _THAT.match(text, m.end()).end()
        ca, cb = trim(text, after, sb)
        if cb - ca < MIN_CITED_CONTENT_CHARS:
            # "Talks will resume, the agency cited an official as saying."
            head = citing.source[0] if citing is not None and citing.source else m.start()
            ca, cb = trim(text, sa, head)
            if cb - ca < MIN_CITED_CONTENT_CHARS or text[cb:head].strip() != ",":
                continue
        content = [(ca, cb)]
        scan.used_cues.add(m.start("cue"))
        kind = content_kind(text[ca:cb])
        scan.add(kind, m.span("src"), m.span("cue"), content, "say", "neutral")
        if citing is not None:
            citing.cue, citing.cue_parts, citing.content = m.span("verb"), None, content
            citing.kind = kind


def _citing(scan: Scan, verb_a: int) -> Attribution | None:
    """The attribution already found for the citing verb at *verb_a*, if any."""
    for att in scan.found:
        if att.cue is not None and att.cue[0] == verb_a:
            return att
    return None
