"""Sentence and token spans with character offsets: the one segmenter every analysis uses.

Sentence splitting is nltk's Punkt algorithm configured with a news abbreviation
list (``newsresearch/data/abbreviations.txt``), so nothing is downloaded, plus
four news-specific repairs applied to Punkt's output:

1. newlines are hard boundaries (paragraphs and scraped lines never merge);
2. ``"Is it over?" she asked.`` and ``"Stop!" Voss shouted.`` stay one sentence
   (a quoted ``?``/``!`` followed by a lower-case word, or by a name and a
   reporting verb);
3. ``No. 4`` and similar never split before a number;
4. abbreviations that can end a sentence (``Inc.``, ``Co.``, ``p.m.``, ``U.S.``,
   ``etc.``) do end it when the next word starts a new sentence (``... Halden
   Rail Co. The company ...``), but not before a weekday, month, time zone or
   a word that continues a name (``U.S. Senate``).

Tokens come from a regular-expression tokenizer (nltk ``RegexpTokenizer``) that
keeps abbreviations, initials, decimals, percentages and contractions whole.

All offsets are character offsets into the string given (the cleaned ``text``
column of a corpus table), end exclusive, so ``text[start:end]`` is the span.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ..lexicons import data_lines, reporting_verbs

__all__ = [
    "ABBREVIATIONS",
    "TOKEN_PATTERN",
    "split_sentences",
    "tokenize",
    "reporting_verb_forms",
]


ABBREVIATIONS: frozenset[str] = frozenset(data_lines("abbreviations.txt"))


@lru_cache(maxsize=1)
def reporting_verb_forms() -> frozenset[str]:
    """Every inflected form in the reporting-verb lexicon (``data/reporting_verbs.csv``)."""
    return frozenset(reporting_verbs())


if TYPE_CHECKING:
    from nltk.tokenize import RegexpTokenizer
    from nltk.tokenize.punkt import PunktSentenceTokenizer


@lru_cache(maxsize=1)
def _punkt() -> PunktSentenceTokenizer:
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    params = PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS)
    return PunktSentenceTokenizer(params)


# Words that never start a new sentence after an abbreviation (they continue the
# name, date or time).
_CONTINUES = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Wed Thu Fri Sat Sun "
    "January February March April May June July August September October November December "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec ET EST EDT PT PST PDT CT CST CDT GMT UTC BST CET "
    "Senate House Army Navy Air Congress Department Embassy Attorney Supreme District Court "
    "Treasury Capitol Marines Coast Secretary Ambassador President Rep Sen Gov Open Cup".split()
)
# A new sentence after an acronym such as U.S. must start with one of these.
_STARTERS = frozenset(
    "The A An He She It They We I You His Her Its Their Our My This That These Those There "
    "But And Or So Yet In On At As If When While After Before Since Although Though However "
    "Meanwhile Still Now Then Officials Police Critics Some Many Most No Not What Why How "
    "Both All Each Every One Two Three Few Several Neither Either Such Last Next Earlier Later "
    "Today Yesterday Tomorrow Asked Instead Also Only Even For With Without Despite Under".split()
)
_NUMBERED = re.compile(r"(?<![\w.])(?:No|Nos|Art|Fig|Vol|pp?|Nr)\.$")
_ACRONYM_END = re.compile(r"(?<![\w.])(?:[A-Z]\.)+$")
_INITIAL_END = re.compile(r"(?<=\s)[A-Z]\.$")
_QUOTED_STOP = re.compile(r"[?!][\"”’']+$|[?!]$")
_CAP_NAME = r"(?:(?:[A-Z][\w'’\-]*\.?|of|the|de|van|von)\s+){0,4}?"


def _next_word(text: str) -> str:
    m = re.match(r"\s*[\"“‘'(\[]*([\w.’'\-]+)", text)
    return m.group(1).rstrip(".") if m else ""


def _split_paragraph(text: str, offset: int, out: list[tuple[int, int]]) -> None:
    spans = list(_punkt().span_tokenize(text))
    if not spans:
        return
    verbs = reporting_verb_forms()
    merged: list[list[int]] = [list(spans[0])]
    for start, end in spans[1:]:
        prev = text[merged[-1][0] : merged[-1][1]]
        nxt = text[start:end]
        join = False
        if nxt[:1].islower() or nxt[:1] in "),;:":
            # Nothing starts a sentence in lower case or with closing punctuation.
            join = True
        elif _QUOTED_STOP.search(prev):
            m = re.match(_CAP_NAME + r"([a-z]+)\b", nxt)
            join = m is not None and m.group(1) in verbs and prev[-1] in "\"”’'"
        elif nxt[:1].isdigit() and (_NUMBERED.search(prev) or _ACRONYM_END.search(prev)):
            join = True
        elif _INITIAL_END.search(prev) and _next_word(nxt) not in _STARTERS:
            join = True
        if join:
            merged[-1][1] = end
        else:
            merged.append([start, end])
    for start, end in merged:
        _split_endable(text, start, end, offset, out)


_ABBREV_SPACE = re.compile(
    r"(?<![\w.])(?:Inc|Corp|Co|Ltd|Bros|Jr|Sr|etc|a\.m|p\.m|St|[A-Z](?:\.[A-Z])+"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.(?=\s+\S)"
    r"|\.\.\.[\"”’](?=\s+[A-Z\"“])"
)
_MONTH_ABBREV = frozenset("Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split())


def _split_endable(
    text: str, start: int, end: int, offset: int, out: list[tuple[int, int]]
) -> None:
    """Split a Punkt sentence after an abbreviation that ends it (``... Co. The ...``)."""
    cut = start
    for m in _ABBREV_SPACE.finditer(text, start, end):
        word = _next_word(text[m.end() : end])
        if not word or not word[:1].isupper() or word in _CONTINUES:
            continue
        abbrev = m.group(0).rstrip(".").split()[-1] if m.group(0)[0] != "." else ""
        needs_starter = abbrev == "St" or (abbrev[-1:].isupper() and abbrev not in _MONTH_ABBREV)
        if needs_starter and word not in _STARTERS:
            continue
        nxt = m.end() + (len(text[m.end() : end]) - len(text[m.end() : end].lstrip()))
        out.append((offset + cut, offset + m.end()))
        cut = nxt
    out.append((offset + cut, offset + end))


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of *text* as ``(start, end)`` character offsets.

    Examples
    --------
    >>> t = '"We will fight. We will win," she said. Sen. Garrick J. Voss left at 9 p.m. Tuesday.'
    >>> [t[a:b] for a, b in split_sentences(t)]
    ['"We will fight.', 'We will win," she said.', 'Sen. Garrick J. Voss left at 9 p.m. Tuesday.']
    >>> t = '"Is it over?" she asked. The firm moved to Halden Rail Co. The move cost $4.2 billion.'
    >>> [t[a:b] for a, b in split_sentences(t)]
    ['"Is it over?" she asked.', 'The firm moved to Halden Rail Co.', 'The move cost $4.2 billion.']
    """
    out: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            _split_paragraph(line, pos, out)
        pos += len(line) + 1
    trimmed = []
    for a, b in out:
        piece = text[a:b]
        a += len(piece) - len(piece.lstrip())
        b -= len(piece) - len(piece.rstrip())
        if b > a:
            trimmed.append((a, b))
    return trimmed


TOKEN_PATTERN = r"""(?x)
    (?:[A-Za-z]\.){2,}[A-Za-z]?              # acronyms and a.m.: U.S., p.m.
  | \$?\d+(?:[.,:]\d+)*(?:%|[a-z]{1,2}\b)?   # numbers: 3.5, 1,200, $4.2, 10:30, 3.5%, 1.8m
  | \w+(?:[-'’]\w+)*                         # words, hyphenated words, contractions
  | \.\.\.|…                                 # ellipsis
  | [^\w\s]                                  # any other single symbol
"""


@lru_cache(maxsize=1)
def _tokenizer() -> RegexpTokenizer:
    from nltk.tokenize import RegexpTokenizer

    return RegexpTokenizer(TOKEN_PATTERN)


def tokenize(text: str) -> list[tuple[int, int]]:
    """Token spans of *text* as ``(start, end)`` character offsets.

    Examples
    --------
    >>> t = "The U.S. budget rose 3.5% to $4.2 billion, officials didn't say."
    >>> [t[a:b] for a, b in tokenize(t)][:8]
    ['The', 'U.S.', 'budget', 'rose', '3.5%', 'to', '$4.2', 'billion']
    """
    return list(_tokenizer().span_tokenize(text))
