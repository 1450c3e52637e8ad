"""Embedded tweets and pull quotes: a paragraph that ends with its author after a dash.

Web pages keep an embedded tweet as its text followed by the author, the handle and the
date (``... — Jane Roe (@janeroe) June 12, 2020``) and a pull quote as a block that ends
with its speaker (``... –Ms. Roe``). Each is one attribution: the dash is the cue, the
author (with the handle) the source, and the paragraph before the dash the content.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .records import Scan

__all__ = ["find_embedded"]

#: The fewest words of a pull-quote block (shorter lines ending "- Name" are bylines).
MIN_PULL_QUOTE_WORDS = 8

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"  # "June", "Sept."
_TWEET_END = re.compile(
    r"(?P<dash>[—–]|--?)[ \t]*"  # the dash before the author ...
    r"(?P<src>[^\n()—–]{1,80}?[ \t]*\(@\w{1,30}\))"  # ... "Jane Roe (@janeroe)"
    rf"[ \t]+{_MONTH}[ \t]+\d{{1,2}},[ \t]+\d{{4}}[ \t]*$",  # ... "June 12, 2020"
    re.M,
)
_PULL_END = re.compile(
    r"(?<=[.!?”\"’])[ \t]*(?P<dash>[—–])[ \t]*"  # a dash after the last sentence ...
    r"(?P<src>(?:(?:Mr|Ms|Mrs|Dr|Sen|Rep|Gov)\.[ \t]*)?"  # ... "Ms. Roe"
    r"[A-Z][\w’'\-]+(?:[ \t]+[A-Z][\w’'\-.]+){0,3})[ \t]*$",
    re.M,
)
_LEAD = " \t\"“”'‘’"


def _paragraph_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def _add(scan: Scan, m: re.Match[str]) -> None:
    text = scan.text
    dash_a = m.start("dash")
    if dash_a in scan.used_cues:
        return
    a, b = _paragraph_start(text, dash_a), dash_a
    while a < b and text[a] in _LEAD:
        a += 1
    while b > a and text[b - 1] in " \t":
        b -= 1
    if b <= a:
        return
    scan.used_cues.add(dash_a)
    scan.add(
        "direct",
        (m.start("src"), m.end("src")),
        (dash_a, m.end("dash")),
        [(a, b)],
        "say",
        "neutral",
    )


_DASH = re.compile(r"[—–]")


def _pull_ends(text: str) -> Iterator[re.Match[str]]:
    """The matches of :data:`_PULL_END` in *text*, as ``finditer`` gives them, faster.

    Every match starts where a run of spaces before a dash starts, so the pattern is
    tried only there (dashes are rare); ``finditer`` would test its leading
    look-behind at every position.

    Examples
    --------
    >>> t = "We will win. — Jane Roe\\nNo dash here.\\nThey lost. –Ana Brooks"
    >>> [m.group("src") for m in _pull_ends(t)] == [m.group("src") for m in _PULL_END.finditer(t)]
    True
    """
    pos = 0
    for dash in _DASH.finditer(text):
        p = dash.start()
        while p > pos and text[p - 1] in " \t":
            p -= 1
        if p < pos:
            continue  # inside the previous match
        m = _PULL_END.match(text, p)
        if m is not None:
            yield m
            pos = m.end()


def find_embedded(scan: Scan) -> None:
    """Add the embedded tweets and pull quotes of the scanned article.

    Examples
    --------
    >>> from newsresearch.text import Article
    >>> from newsresearch.attribution.records import Scan
    >>> t = "Roe wrote on Twitter.\\n\\nWe will not back down! — Jane Roe (@janeroe) June 12, 2020\\n"
    >>> scan = Scan(Article(t))
    >>> find_embedded(scan)
    >>> att = scan.found[0]
    >>> t[att.source[0]:att.source[1]], t[att.content[0][0]:att.content[0][1]]
    ('Jane Roe (@janeroe)', 'We will not back down!')
    """
    text = scan.text
    if "(@" in text:
        for m in _TWEET_END.finditer(text):
            _add(scan, m)
    if "—" not in text and "–" not in text:
        return
    for m in _pull_ends(text):
        para = text[_paragraph_start(text, m.start()) : m.start()]
        if len(para.split()) >= MIN_PULL_QUOTE_WORDS and scan.in_quote(m.start()) is None:
            _add(scan, m)
