"""A poll that puts someone at a figure: "The Gallup poll puts his approval at 52 percent",
"the latest survey now has Voss at 31 percent", "with Quinnipiac polling putting him at 40
percent approval".

PARC annotates these as evidence: the poll (or survey, estimate, forecast) is the source,
the verb with its adverb the cue ("now has", "putting"), and the object with its figure
the content. A relative clause ("The poll, which put her approval at 52 percent, now has
...") ends at its comma, and the subject of the main verb after it is the same poll.
Read after :func:`~newsresearch.attribution.indirect.find_indirect`.
"""

from __future__ import annotations

import bisect
import re

from .content_end import content_end
from .phrases import np_left, trim
from .records import Scan

__all__ = ["find_poll_figures"]

#: The verb, the object and the figure it is put at.
_PUT_AT = re.compile(
    r"(?P<cue>(?:(?:now|still|also)\s+)?(?:puts|put|putting|has|had|have|having|pegs|pegged|"
    r"places|placed))\s+(?P<object>(?:[\w’'\-.]+\s+){1,5}?)at\s+"
    r"(?:about\s+|around\s+|nearly\s+|just\s+|only\s+)?\d[\d.,]*\s*(?:%|percent\b|per\s+cent\b)"
)
#: A figure a verb puts someone at, the quick test of a sentence (a pattern that opens with
#: a literal: the engine skips along the text to its first letters).
_AT_FIGURE = re.compile(
    r"at\s+(?:about\s+|around\s+|nearly\s+|just\s+|only\s+)?\d[\d.,]*\s*(?:%|percent\b|per\s+cent\b)"
)
#: The head of a source that measures: the last word of the source.
_MEASURES = frozenset(
    "poll polls polling survey surveys estimate estimates forecast forecasts projection "
    "projections tracker model".split()
)
#: A relative clause closed by a comma before the main verb: ", which put ... ,".
_RELATIVE_OPEN = re.compile(r",\s+(?:which|that)\s+")
_RELATIVE_BEFORE = re.compile(r",\s+(?:which|that)$")


def find_poll_figures(scan: Scan) -> None:
    """Add the figures that polls, surveys and estimates put someone at.

    Examples
    --------
    >>> from newsresearch.text import Article
    >>> t = "The Harbor Wire poll puts her approval at 52 percent."
    >>> scan = Scan(Article(t))
    >>> find_poll_figures(scan)
    >>> att = scan.found[0]
    >>> t[att.source[0]:att.source[1]], t[att.cue[0]:att.cue[1]]
    ('The Harbor Wire poll', 'puts')
    """
    text = scan.text
    for sa, sb in _figure_sentences(scan):
        for m in _PUT_AT.finditer(text, sa, sb):
            if m.start("cue") in scan.used_cues:
                continue
            end = len(text[sa : m.start()].rstrip()) + sa
            relative = None
            if text[end - 1 : end] == ",":  # "The poll, which put ... , now has"
                opens = list(_RELATIVE_OPEN.finditer(text, sa, end - 1))
                end = opens[-1].start() if opens else end
            else:  # "The poll, which put ...": the relative clause's own verb
                relative = _RELATIVE_BEFORE.search(text, max(sa, end - 10), end)
                end = relative.start() if relative else end
            source = np_left(text, sa, end, any_noun=True)
            if source is None or text[source[0] : source[1]].split()[-1].lower() not in _MEASURES:
                continue
            ca = m.start("object")
            cb = content_end(text, ca, sb)
            if relative is not None:  # the relative clause ends at its comma
                close = text.find(",", m.end(), cb)
                cb = close if close >= 0 else cb
            ca, cb = trim(text, ca, cb)
            scan.used_cues.add(m.start("cue"))
            scan.add("indirect", source, m.span("cue"), [(ca, cb)], "show", "neutral")
            scan.found[-1].type = "evidence"


def _figure_sentences(scan: Scan) -> list[tuple[int, int]]:
    """The sentences that put something at a percentage, from one scan of the text."""
    text = scan.text
    if "percent" not in text and "%" not in text:
        return []
    starts = scan.article.sentence_starts
    sentences = scan.article.sentences
    out: list[tuple[int, int]] = []
    for m in _AT_FIGURE.finditer(text):
        k = bisect.bisect_right(starts, m.start()) - 1
        if k >= 0 and sentences[k] not in out[-1:]:
            out.append(sentences[k])
    return out
