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

from .records import Attribution, Span

__all__ = ["chrome_spans", "drop_chrome"]

#: The most words of a question line read as a section heading.
MAX_HEADING_WORDS = 12

# Hover text: a name glued to the first headline ("Sanders2020 ...", "TrumpSessions ...")
# up to the "MORE" link that ends it.
_HOVER = re.compile(r"(?<=[a-z])(?=[A-Z0-9])[^\n]{10,600}?\sMORE\b")
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
    spans: list[Span] = []
    if " MORE" in text:
        spans += [m.span() for m in _HOVER.finditer(text)]
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
    (:func:`shown_name`)."""
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


#: The surname a hover card's full name ends in, glued to its first headline.
_CARD_END = re.compile(r"[A-Z][\w’'-]+$")
#: The words of a hover card's full name between the shown name and its surname.
_CARD_NAME = re.compile(r"(?:\s+(?:[A-Z][\w’'.-]*|\([A-Z][\w’'-]*\)))*\s+")
#: The most characters between a shown name and the end of its hover card's name.
MAX_CARD_NAME = 60


def shown_name(text: str, start: int) -> Span | None:
    """The name shown before the hover card whose headlines start at *start*: the noun
    phrase that ends in the card's surname ("Sen. Tim Scott" in "Sen. Tim Scott Timothy
    (Tim) Eugene ScottGOP senator blasts ... MORE"), or None.

    Examples
    --------
    >>> t = "Sen. Ada Voss Adaline (Ada) Ruth VossSenate passes bill MORE (D-Md.) said"
    >>> a, b = shown_name(t, t.index("Senate"))
    >>> t[a:b]
    'Sen. Ada Voss'
    """
    from .phrases import np_left

    m = _CARD_END.search(text, max(0, start - 40), start)
    if m is None:
        return None
    lo = max(0, m.start() - MAX_CARD_NAME, text.rfind("\n", 0, m.start()) + 1)
    shown = list(re.finditer(rf"\b{re.escape(m.group(0))}\b", text[lo : m.start()]))
    if not shown or not _CARD_NAME.fullmatch(text, lo + shown[-1].end(), m.start()):
        return None
    end = lo + shown[-1].end()
    return np_left(text, max(0, end - 80, text.rfind("\n", 0, end) + 1), end)


def _hover_sources(text: str, found: list[Attribution]) -> None:
    """Sources that start in hover text ("... spotlight MORE (R-S.C.)") or run into a hover
    card's name ("Sen. Ada Voss Adaline") become the name shown before the card, in place."""
    for h in _HOVER.finditer(text):
        shown = None
        for att in found:
            if att.source is None or att.cue is None:
                continue
            a, b = att.source
            if not (h.start() - MAX_CARD_NAME <= a <= h.end()):
                continue
            if shown is None:
                shown = shown_name(text, h.start()) or (-1, -1)
            if shown[0] < 0:
                break
            inside = h.start() <= a and att.cue[0] >= h.end()
            card = shown[0] <= a < shown[1] < b <= h.start()
            if inside or card:
                att.source = shown
