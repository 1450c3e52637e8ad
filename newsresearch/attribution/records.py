"""The record types of attribution: a :class:`Cue`, an :class:`Attribution`, and a :class:`Scan`.

A :class:`Scan` is the working state of one article while its attributions are
found: the parsed :class:`~newsresearch.text.Article` (text, sentences, quotes,
actors), the attributions found so far and the cue positions already used.
Each detection step (:mod:`.direct`, :mod:`.indirect`) is a module-level
function that takes the scan, the way nltk's VADER passes one ``SentiText`` to
each scoring step.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import pairwise
from typing import NamedTuple

from ..lexicons.tokens import trie_pattern
from ..text import Article, Quote

__all__ = [
    "MONTH",
    "MONTHS",
    "WEEKDAY",
    "WEEKDAYS",
    "Attribution",
    "Cue",
    "Scan",
    "Span",
    "content_kind",
    "scan_words",
]

Span = tuple[int, int]

#: The days of the week, capitalised, and a pattern group matching any one of them: the one
#: list behind every rule that skips or cuts a day ("said Monday in a statement", "Jeff
#: Sessions Thursday").
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAY = "(?:" + "|".join(WEEKDAYS) + ")"
#: The months, capitalised, and a pattern group matching any one of them.
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
MONTH = "(?:" + "|".join(MONTHS) + ")"


class Cue(NamedTuple):
    """A reporting cue in the text: its span, lemma (``"say"``, ``"point out"``) and stance.

    Examples
    --------
    >>> cue = Cue(5, 9, "say", "neutral")
    >>> cue.span, cue.lemma
    ((5, 9), 'say')
    """

    start: int
    end: int
    lemma: str
    stance: str

    @property
    def span(self) -> Span:
        """``(start, end)``."""
        return self.start, self.end


@dataclass(eq=False)
class Attribution:
    """One attribution: kind, source/cue/content spans, cue lemma and stance, and its speaker.

    ``type`` is speech, thought, evidence or act when the detector knows it;
    left empty, the attribution table derives it from the cue lemma and the
    speaker type (:func:`newsresearch.attribution.tables.attribution_type`).
    ``cue_parts`` holds the pieces of a cue written in two parts ("described [the plan]
    as"), set by the PARC conversion; ``cue`` is then its first piece, the verb.
    ``speaker_from`` links an attribution whose speaker is that of an earlier one
    (a quote paragraph that continues the previous speaker, a cue chain such as
    ``..., saying ...``); the speaker is copied from it when speakers are resolved.

    Examples
    --------
    >>> att = Attribution("direct", (0, 4), (5, 9), [(12, 20)], "say", "neutral")
    >>> att.kind, att.speaker, att.speaker_from
    ('direct', None, None)
    """

    kind: str
    source: Span | None
    cue: Span | None
    content: list[Span]
    lemma: str = ""
    stance: str = ""
    speaker: str | None = None
    speaker_type: str = ""
    anonymous: bool = False
    speaker_title: str = ""
    speaker_role: str = ""
    type: str = ""
    speaker_from: Attribution | None = field(default=None, repr=False)
    cue_parts: list[Span] | None = field(default=None, repr=False)

    @property
    def start(self) -> int:
        """Where the attribution starts: its cue or its content, whichever comes first."""
        return min((self.cue or self.content[0])[0], self.content[0][0])


def content_kind(content: str) -> str:
    """ "mixed" when a reported content holds a quotation mark, else "indirect".

    Examples
    --------
    >>> content_kind('he was a "traitor"'), content_kind("he would resign")
    ('mixed', 'indirect')
    """
    return "mixed" if "“" in content or "”" in content or '"' in content else "indirect"


#: The word sets that :meth:`Scan.word_places` finds, as the functions that give them (a
#: lexicon loads when first used): one scan of each text finds the words of all of them.
_SCANNED: list[Callable[[], Collection[str]]] = []
#: A word one scan can find: word characters only (so a match is the whole word there).
_ALL_WORD = re.compile(r"\w+")


def scan_words(words: Callable[[], Collection[str]]) -> None:
    """Have :meth:`Scan.word_places` find the words that *words* gives, in the one scan
    of each text that finds those of every finder (each registers its set on import)."""
    _SCANNED.append(words)
    _word_scan.cache_clear()


@lru_cache(maxsize=1)
def _word_scan() -> re.Pattern[str] | None:
    """Every registered word after a non-word character, one trie-shaped pattern (None
    when a word has other characters: then each finder scans for its own)."""
    words = sorted(set().union(*(get() for get in _SCANNED)))
    if not words or not all(_ALL_WORD.fullmatch(w) for w in words):
        return None
    return re.compile(rf"\W(?:{trie_pattern(words)})\b")


@dataclass(eq=False)
class Scan:
    """The working state of one article: what it is, what was found, which cues were used."""

    article: Article
    found: list[Attribution] = field(default_factory=list)
    used_cues: set[int] = field(default_factory=set)

    @cached_property
    def text(self) -> str:
        """The article's text (kept on the scan: read at every step)."""
        return self.article.text

    def sentence_of(self, pos: int) -> Span:
        """The sentence span that contains *pos* (``(pos, pos)`` when none does)."""
        i = self.article.sentence_at(pos)
        return self.article.sentences[i] if i is not None else (pos, pos)

    def paragraph_of(self, pos: int) -> Span:
        """The line (paragraph) that contains *pos*."""
        text = self.text
        a = text.rfind("\n", 0, pos) + 1
        b = text.find("\n", pos)
        return a, (len(text) if b < 0 else b)

    def sentence_matches(
        self, needle: str, pattern: re.Pattern[str]
    ) -> Iterator[tuple[Span, re.Match[str]]]:
        """Each match of *pattern* inside a sentence, with that sentence, searched only in
        the sentences that contain the plain string *needle* (a cheap test first).

        Examples
        --------
        >>> from newsresearch.text import Article
        >>> scan = Scan(Article("Ana Voss spoke. The bill backed by Ana Voss passed."))
        >>> [(span, m.group()) for span, m in scan.sentence_matches(" by ", re.compile(r"by \\w+"))]
        [((16, 51), 'by Ana')]
        """
        text = self.text
        sentences = self.article.sentences
        starts = self.article.sentence_starts
        # each place of the needle in the text, then the sentence around it (one scan)
        pos = text.find(needle)
        while pos >= 0:
            k = bisect.bisect_right(starts, pos) - 1
            if k >= 0 and pos + len(needle) <= sentences[k][1]:
                sa, sb = sentences[k]
                for m in pattern.finditer(text, sa, sb):
                    yield (sa, sb), m
                pos = text.find(needle, sb)
            else:  # between sentences or across the end of one
                pos = text.find(needle, pos + 1)

    def _places_of(self, pattern: re.Pattern[str]) -> list[tuple[int, str]]:
        """Where each word of *pattern* is in the text, with the word, kept for the scan
        while the pattern stays the same (one scan: the text after a space, so that a
        word at its start follows a non-word character)."""
        kept = self.__dict__.get("_word_places")
        if kept is None or kept[0] is not pattern:
            places = [(m.start(), m.group(0)[1:]) for m in pattern.finditer(" " + self.text)]
            kept = self.__dict__["_word_places"] = (pattern, places)
        return kept[1]

    def word_places(self, words: Collection[str]) -> list[tuple[int, str]] | None:
        """Where the words of *words*, a set registered with :func:`scan_words`, start in
        the text, as a whole word after a non-word character or at the text's start (what
        ``\\b(?:words)\\b`` finds), with the word; None when no one scan can find them.

        Examples
        --------
        >>> from newsresearch.text import Article
        >>> from newsresearch.attribution.cues import cue_lexicon
        >>> scan = Scan(Article("said Voss: unsaid, Said, said-"))
        >>> scan.word_places(cue_lexicon())
        [(0, 'said'), (25, 'said')]
        """
        pattern = _word_scan()
        if pattern is None:
            return None
        return [(p, w) for p, w in self._places_of(pattern) if w in words]

    def in_quote(self, pos: int) -> Quote | None:
        """The quotation whose content contains *pos*, if any (the first, in order)."""
        starts = self._quote_starts
        if starts is not None:  # sorted, apart: the last quote starting at or before *pos*
            k = bisect.bisect_right(starts, pos) - 1
            q = self.article.quotes[k] if k >= 0 else None
            return q if q is not None and pos < q.end else None
        for q in self.article.quotes:
            if q.start <= pos < q.end:
                return q
        return None

    @cached_property
    def _quote_starts(self) -> list[int] | None:
        """Where the quotes' contents start, when they are in order and none overlaps the
        next (as :func:`~newsresearch.text.find_quotes` gives them): for bisecting."""
        quotes = self.article.quotes
        if any(q.end < q.start for q in quotes) or any(
            p.end > q.start for p, q in pairwise(quotes)
        ):
            return None
        return [q.start for q in quotes]

    @property
    def last(self) -> Attribution | None:
        """The attribution found last, if any."""
        return self.found[-1] if self.found else None

    def add(
        self,
        kind: str,
        source: Span | None,
        cue: Span | None,
        content: list[Span],
        lemma: str,
        stance: str,
        *,
        speaker_from: Attribution | None = None,
    ) -> None:
        """Record an attribution."""
        self.found.append(
            Attribution(kind, source, cue, content, lemma, stance, speaker_from=speaker_from)
        )
