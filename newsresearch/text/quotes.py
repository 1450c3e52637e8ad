"""Quoted speech: where the double quotation marks of a text open and close.

Two readings of the same marks, for two jobs:

* :func:`find_quotes` is the attribution reading. It needs evidence that a
  straight mark opens (a non-space after it) or closes (a non-space before it,
  or punctuation after it), ignores single quotes, and lets a quote continue
  into the next paragraph when that paragraph opens with a mark (the
  multi-paragraph convention of news copy). It returns the *content* of each
  quote, without its marks.
* :func:`quote_spans` is the framing reading: which stretches of text are
  someone else's words, marks included, so that frame terms can be counted
  inside and outside quotes. Straight marks simply alternate, guillemets count,
  and a quote left open ends with its paragraph.

Both are used through :class:`newsresearch.text.Article` (``article.quotes`` and
``article.quote_spans``), so each is computed at most once per article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Quote", "find_quotes", "quote_spans", "QUOTE_CHARS"]

_MARKS = re.compile(r'[“”"]')
_STRAIGHT = '"'
#: Characters that can open or close a double quotation (guillemets included).
QUOTE_CHARS = re.compile(r"[\"“”«»„]")
_QUOTE_OR_NEWLINE = re.compile(r"[\"“”«»„\n]")


@dataclass
class Quote:
    """One quotation found by :func:`find_quotes` (offsets into the text)."""

    open: int  # position of the opening mark
    start: int  # content start
    end: int  # content end (exclusive)
    close: int | None  # position of the closing mark (None when unbalanced)
    paragraph_start: bool  # the opening mark starts its paragraph


def find_quotes(text: str) -> list[Quote]:
    """Top-level double-quoted spans; never raises on unbalanced or nested marks.

    A quote left open at the end of a paragraph continues when the next paragraph
    opens with a quote mark (multi-paragraph quote); otherwise it ends with the
    paragraph.

    Examples
    --------
    >>> t = '“One,” she said. "Two \\u2018three\\u2019 four." Then "five'
    >>> [t[q.start:q.end] for q in find_quotes(t)]
    ['One,', 'Two ‘three’ four.', 'five']
    """
    quotes: list[Quote] = []
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    open_at: int | None = None
    open_mark = 0
    first_para = False
    for index, (a, b) in enumerate(paragraphs):
        for mark in _MARKS.finditer(text, a, b):
            i = mark.start()
            ch = text[i]
            if open_at is None:
                if ch == "“" or (ch == _STRAIGHT and i + 1 < b and not text[i + 1].isspace()):
                    open_at, open_mark = i + 1, i
                    first_para = text[a:i].strip() == ""
            else:
                continuing = i == a and ch in '“"' and open_mark < a
                if continuing:
                    pass  # the opening mark of a continued paragraph
                elif (
                    ch == "”"
                    or (ch == _STRAIGHT and i > a and not text[i - 1].isspace())
                    or (ch == _STRAIGHT and (i + 1 >= b or text[i + 1] in " ,.;:!?)"))
                ):
                    quotes.append(Quote(open_mark, open_at, i, i, first_para))
                    open_at = None
        if open_at is not None:
            nxt = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
            if nxt is not None and text[nxt[0]] in '“"':
                continue  # multi-paragraph quote
            end = b
            while end > open_at and text[end - 1].isspace():
                end -= 1
            quotes.append(Quote(open_mark, open_at, end, None, first_para))
            open_at = None
    return [q for q in quotes if q.end > q.start]


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of quoted speech in *text* (double quotation marks).

    Straight quotes alternate open/close within a paragraph; curly quotes and
    guillemets open and close by shape; a quote still open at the end of a
    paragraph runs to the end of it (multi-paragraph quotes reopen on each).

    Examples
    --------
    >>> t = 'He said "we will fight" and left. “Open\\nNext “Closed.”'
    >>> [t[a:b] for a, b in quote_spans(t)]
    ['"we will fight"', '“Open', '“Closed.”']
    """
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    for m in _QUOTE_OR_NEWLINE.finditer(text):
        ch, at = m.group(), m.start()
        if ch == "\n":
            if opened is not None:  # a quote left open runs to the end of its paragraph
                spans.append((opened, at))
                opened = None
        elif ch in "“«„":
            if opened is None:
                opened = at
        elif ch in "”»":
            if opened is not None:
                spans.append((opened, at + 1))
                opened = None
        elif opened is None:
            opened = at
        else:
            spans.append((opened, at + 1))
            opened = None
    if opened is not None:
        spans.append((opened, len(text)))
    return [(a, b) for a, b in spans if b > a]
