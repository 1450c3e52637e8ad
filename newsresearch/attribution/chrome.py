"""Page chrome that reads like an attribution: the spans where none is looked for.

Four layouts seen on real news pages: related-headline hover text glued to a name
(``Bernie Sanders Bernie Sanders2020 Democrats push for ... | Sanders says ... MORE``),
related-story links whose label is glued to the headline (``More:Voss hits back at the
speaker``), section headings that are one short question on a line of their own
(``What has the US said?``) and a video player's captions (``JUST WATCHED Voss defends
the plan Replay More Videos ... MUST WATCH Voss defends the plan 01:20``). The text is
not changed (offsets stay those of the article); :func:`chrome_spans` gives the spans,
and attributions whose cue lies in one are dropped and contents are cut where one begins.
"""

from __future__ import annotations

import re

from ..hover_cards import MAX_CARD_NAME, card_spans, shown_name
from .records import Attribution, Span

__all__ = ["chrome_spans", "drop_chrome"]

#: The most words of a question line read as a section heading.
MAX_HEADING_WORDS = 12

# A video player's caption block ("JUST WATCHED Voss defends the plan Replay More Videos ...
# MUST WATCH Voss defends the plan 01:20"): its headlines report nothing in the article.
_VIDEO = re.compile(
    r"JUST WATCHED\b[^\n]{0,300}?Replay More Videos\s*\.\.\.\s*MUST WATCH\b[^\n]{0,300}?"
    r"\d{1,2}:\d\d\b"
)
# A related-story link on a line of its own, its label glued to the headline (USA TODAY):
# "More:Voss hits back at the speaker ...", "'Nowhere to be found':Governors blast Voss".
_RELATED_LINK = re.compile(r"^(?:More|MORE|[\'‘\"“][^\n]{1,80}?[\'’\"”]):(?=[A-Z])[^\n]*$", re.M)
_QUESTION_LINE = re.compile(r"^[^\n\"“”]{3,120}\?[ \t]*$", re.M)
#: The question mark that ends a line (at most one a line): where a heading may end.
_QUESTION_END = re.compile(r"\?[ \t]*$", re.M)


def chrome_spans(text: str) -> list[Span]:
    """The spans of related-headline hover text, related-story links and question headings.

    Examples
    --------
    >>> t = "Sen. Ada Voss Ada VossSessions says he supports Trump MORE said no.\\n\\nWhat did Voss say?\\n"
    >>> [t[a:b] for a, b in chrome_spans(t)]
    ['Sessions says he supports Trump MORE', 'What did Voss say?']
    """
    spans: list[Span] = card_spans(text)  # hover-card headlines (:mod:`..hover_cards`)
    if "JUST WATCHED" in text:
        spans += [m.span() for m in _VIDEO.finditer(text)]
    if ":" in text:
        spans += [m.span() for m in _RELATED_LINK.finditer(text)]
    if "?" in text:
        # only a line that ends in "?" can be one: read from the start of each such line
        for end in _QUESTION_END.finditer(text):
            m = _QUESTION_LINE.match(text, text.rfind("\n", 0, end.start()) + 1)
            if m is not None and len(m.group(0).split()) <= MAX_HEADING_WORDS:
                spans.append(m.span())
    return sorted(spans)


def drop_chrome(text: str, found: list[Attribution]) -> list[Attribution]:
    """*found* without the attributions whose cue lies in chrome, contents cut before it,
    and sources in hover text or a hover card's name put back on the name shown before it
    (:func:`..hover_cards.shown_name`)."""
    spans = chrome_spans(text)
    if not spans:
        return found
    if " MORE" in text:
        _hover_sources(text, found)
    kept = []
    for att in found:
        anchor = (att.cue or att.content[0])[0]
        if any(a <= anchor < b for a, b in spans):
            continue
        att.content = [_cut(c, spans) for c in att.content]
        kept.append(att)
    return kept


def _cut(content: Span, spans: list[Span]) -> Span:
    """*content* ending where the first chrome span inside it begins."""
    a, b = content
    for s, _ in spans:
        if a < s < b:
            return a, s
    return content


def _hover_sources(text: str, found: list[Attribution]) -> None:
    """Sources that start in hover text ("... spotlight MORE (R-S.C.)") or run into a hover
    card's name ("Sen. Ada Voss Adaline") become the name shown before the card, in place."""
    for h_start, h_end in card_spans(text):
        shown = None
        for att in found:
            if att.source is None or att.cue is None:
                continue
            a, b = att.source
            if not (h_start - MAX_CARD_NAME <= a <= h_end):
                continue
            if shown is None:
                shown = shown_name(text, h_start) or (-1, -1)
            if shown[0] < 0:
                break
            inside = h_start <= a and att.cue[0] >= h_end
            card = shown[0] <= a < shown[1] < b <= h_start
            if inside or card:
                att.source = shown
