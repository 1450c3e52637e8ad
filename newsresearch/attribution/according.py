""" "According to" attributions: ``according to officials, ...`` and ``..., according to X.``

The cue is "according to", the source the phrase after it up to a comma or the sentence's
end, the content the rest of the sentence: before the cue when something stands there
(without an opening conjunction), else after the source. A parenthetical
``X, according to Y, rest`` reports both pieces around it (two fragments).

``as X put it`` after a quotation reports it the same way, its source inside the phrase:
``... the people “encouraging the riots,” as he put it.``
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..text.segment import ABBREVIATIONS
from .phrases import trim
from .records import Scan, Span

__all__ = ["find_according_to", "find_put_it", "opening"]

#: The shortest content of an "according to" attribution.
MIN_ACCORDING_CONTENT_CHARS = 3
_ACCORDING_TO = "according to"
_ACCORDING = re.compile(r"\b[Aa]ccording to\s+")
_SOURCE_END = re.compile(r"[,;.](?:\s|$)|$")


#: The word before a period that does not end a source ("Dr.", "Gov.", "U.S.", "J.").
_ABBREVIATED = re.compile(r"(?:\b[A-Z]|\b[A-Za-z]{2,5})$")


def _source_end(seg: str) -> int:
    """Where the source that opens *seg* ends: a comma, semicolon or full stop ("according to
    Dr. Anne Roe of the clinic." -> past "Dr.", "the military and U.S. officials")."""
    for m in _SOURCE_END.finditer(seg):
        word = (
            _ABBREVIATED.search(seg, 0, m.start()) if seg[m.start() : m.end()][:1] == "." else None
        )
        if word is None or (len(word.group(0)) > 1 and word.group(0).lower() not in ABBREVIATIONS):
            return m.start()
    return 0


_CONJUNCTION_START = re.compile(r"(?:But|And|So|Yet|Still)\b,?\s+")
#: A sentence lead that is only a conjunction: "And according to X, ..." opens its sentence.
_CONJUNCTION_ONLY = re.compile(r"(?:But|And|So|Yet|Still),?")


def opening(text: str, a: int, b: int) -> Span:
    """A content that opens its sentence, trimmed and without a leading conjunction:
    "But there is no evidence that ..., experts say." -> "there is no evidence ..."."""
    a, b = trim(text, a, b)
    m = _CONJUNCTION_START.match(text, a, b)
    return (m.end(), b) if m is not None else (a, b)


def find_according_to(scan: Scan, sa: int, sb: int, in_direct: Callable[[int], bool]) -> None:
    """'according to officials, ...' and '..., according to X.'"""
    text = scan.text
    for m in _ACCORDING.finditer(text[sa:sb]):
        cue_a = sa + m.start()
        if in_direct(cue_a):
            continue
        cue_b = cue_a + len(_ACCORDING_TO)
        src_a = sa + m.end()
        src_b = src_a + _source_end(text[src_a:sb])
        src = trim(text, src_a, src_b)
        if src[1] <= src[0]:
            continue
        before = text[sa:cue_a].rstrip()
        rest: Span | None = None
        if _CONJUNCTION_ONLY.fullmatch(before.lstrip()):
            before = ""
        if before.endswith(",") or (before and not before.endswith((".", "“", '"'))):
            content = opening(text, sa, sa + len(before))
            if before.endswith(",") and text[src_b : src_b + 1] == ",":
                rest = trim(text, src_b + 1, sb)  # "X, according to Y, will rise"
                if rest[1] <= rest[0] or not _VERB_REST.match(text, rest[0]):
                    rest = None
        else:
            content = trim(text, src_b, sb)
        if content[1] - content[0] < MIN_ACCORDING_CONTENT_CHARS:
            continue
        spans = [content, rest] if rest is not None else [content]
        scan.add("according-to", src, (cue_a, cue_b), spans, _ACCORDING_TO, "neutral")


#: The rest of a content around "X, according to Y,": its verb ("are representative of
#: ..."), not a description of Y, a relative or a participial clause.
_VERB_REST = re.compile(
    r"(?:is|are|was|were|will|would|could|can|may|might|should|must|has|have|had)\b"
)


#: "as X put it" right after a closing quote mark: the source is X (a pronoun or a short
#: noun phrase, no comma), the cue "put it" / "puts it".
_PUT_IT = re.compile(
    r"[”\"],?\s+as\s+(?P<src>(?:[\w’'\-.]+\s+){1,6}?)(?P<cue>puts?\s+it)\b(?!\s+(?:on|to|in)\b)"
)


def find_put_it(scan: Scan) -> None:
    """'... the people “encouraging the riots,” as he put it.': the quotation before
    "as" is the content of "put it", its source the phrase between.

    Examples
    --------
    >>> from newsresearch.text import Article
    >>> t = 'Voters want “real change,” as Ana Roe put it.'
    >>> scan = Scan(Article(t))
    >>> find_put_it(scan)
    >>> att = scan.found[0]
    >>> t[att.source[0]:att.source[1]], t[att.cue[0]:att.cue[1]], t[slice(*att.content[0])]
    ('Ana Roe', 'put it', 'real change,')
    """
    text = scan.text
    if "put it" not in text and "puts it" not in text:
        return
    for m in _PUT_IT.finditer(text):
        q = scan.in_quote(m.start() - 1)
        if q is None or q.close != m.start():
            continue
        src = trim(text, *m.span("src"))
        if src[1] <= src[0]:
            continue
        scan.add("direct", src, m.span("cue"), [(q.start, q.end)], "put", "neutral")
