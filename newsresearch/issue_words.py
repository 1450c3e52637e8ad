"""Issue mentions by content words: :class:`IssueWords`.

A researcher names an issue or event of interest in words of their own (``annexation of
Corvania``, ``minimum wage increase``, ``police treatment of a suspect``); an article names
it in other forms and orders (``Velmoria annexed Corvania``, ``raise the minimum wage``,
``how the police treated him``). An actors-of-interest entry that is a **common-noun issue
phrase** (type ``issue``, at least :data:`MIN_CONTENT_WORDS` content words, one of them
written in lower case) therefore also matches a sentence that holds all its content words,
compared by stem (Snowball, with a final ``-ment`` left off: ``treatment``, ``treated``;
a person named by a given name and surname, by the surname: ``impeach Brindle``);
function words (:data:`FUNCTION_WORDS`) never count, and an acronym in capitals (``US``,
``U.S.``) is a word of its own, never the pronoun ``us``. The mention is the phrase's head
word as the sentence writes it (the last content word before the first preposition:
``annexation`` of ``annexation of Corvania``; else the last: ``increase``).

Names of people and organisations, and issues named by one content word or only by
capitalised words (``Affordable Care Act``), keep the exact alias matching of
:class:`~newsresearch.actors_of_interest.ActorsOfInterest`.

Examples
--------
>>> words = IssueWords([("annexation of Corvania", "issue", "annexation of Corvania")])
>>> text = "Velmoria annexed Corvania in 2014. Critics called the annexation illegal."
>>> [(m.text, m.name) for m in words.find(text, [(0, 34), (35, len(text))])]
[('annexed', 'annexation of Corvania')]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

__all__ = [
    "FUNCTION_WORDS",
    "MIN_CONTENT_WORDS",
    "IssueWords",
    "content_words",
    "is_issue_phrase",
]

#: How many content words an issue phrase needs to match by its words (one alone,
#: ``reform``, ``policy``, would match too much).
MIN_CONTENT_WORDS = 2

#: Words that never count as content words: articles, prepositions, conjunctions,
#: pronouns, auxiliaries and modals, negation and a few quantifiers and adverbs.
FUNCTION_WORDS = frozenset(
    """a an the of on in at to for from by with without into onto over under about against
    between among through during before after since until upon within across toward towards
    via per as than and or nor but if whether so that which who whom whose what when where
    why how this these those it its they them their theirs he him his she her hers we us our
    ours you your yours i me my mine one ones be is are was were been being am have has had
    having do does did doing will would shall should can could may might must not no any some
    all each every both either neither more most less least very also just only even such
    own other another there here then now up down out off again too s""".split()
)
#: Prepositions that open a phrase's complement (the head word comes before).
_OPENERS = frozenset(
    "of on in at to for from by with into against about over under toward towards".split()
)
#: A word: letters or digits, with inner dots or apostrophes (``U.S``, ``Iran's``).
_WORD_RE = re.compile(r"[^\W_]+(?:[.'’][^\W_]+)*")


@dataclass(frozen=True)
class _Entry:
    name: str
    type: str
    words: frozenset[str]
    head: str


@cache
def _stemmer() -> Any:
    from nltk.stem.snowball import SnowballStemmer

    return SnowballStemmer("english")


@cache
def _stem(word: str) -> str:
    """The stem of a lower-case *word*: Snowball, then a final ``ment`` left off."""
    stem = _stemmer().stem(word)
    if stem.endswith("ment") and len(stem) >= 8:
        stem = stem[:-4]
    return stem


def _tokens(text: str, start: int = 0, end: int | None = None) -> list[tuple[str, int, int]]:
    """``(stem, start, end)`` of each content word of ``text[start:end]``."""
    out = []
    for m in _WORD_RE.finditer(text, start, len(text) if end is None else end):
        word = m.group()
        if word.endswith(("'s", "’s")):
            word = word[:-2]
        if "." in word:
            word = word.replace(".", "")
        if len(word) >= 2 and word.isupper():  # an acronym: "US" is no pronoun
            out.append((word.lower(), m.start(), m.end()))
            continue
        low = word.lower()
        if low and low not in FUNCTION_WORDS:
            out.append((_stem(low), m.start(), m.end()))
    return out


@lru_cache(maxsize=4096)
def _sentence_tokens(text: str, start: int, end: int) -> tuple[list[tuple[str, int, int]], set]:
    """:func:`_tokens` of one sentence and their stems, once for the several readers
    of one article (the stance triples, the tone of its mentions)."""
    tokens = _tokens(text, start, end)
    return tokens, {stem for stem, _, _ in tokens}


def content_words(phrase: str) -> tuple[str, ...]:
    """The stems of *phrase*'s content words, in order (see the module notes).

    Examples
    --------
    >>> content_words("the annexation of Corvania"), content_words("raising the minimum wage")
    (('annex', 'corvania'), ('rais', 'minimum', 'wage'))
    >>> content_words("U.S. strikes on Velmoria"), content_words("give us a treatment")
    (('us', 'strike', 'velmoria'), ('give', 'treat'))
    """
    return tuple(stem for stem, _, _ in _tokens(phrase))


def _entry_words(phrase: str) -> frozenset[str]:
    """The stems *phrase* must find in a sentence: its :func:`content_words`, a person's
    name (capitalised words after a given name of ``data/first_names.csv``) by its last
    word only, as an article names a person again (``impeachment of Tobin Marsh``:
    ``impeach Marsh``)."""
    from .actor_names import first_names

    given = first_names()
    words = [re.sub(r"['’]s$", "", w) for w in _WORD_RE.findall(phrase)]
    keep: list[str] = []
    i = 0
    while i < len(words):
        j = i
        while j + 1 < len(words) and words[j + 1][:1].isupper() and words[i] in given:
            j += 1
        keep.append(words[j])
        i = j + 1
    return frozenset(content_words(" ".join(keep)))


def _head(phrase: str) -> str:
    """The stem of *phrase*'s head: its last content word before the first preposition
    that follows a content word, else its last content word."""
    heads: list[str] = []
    for m in _WORD_RE.finditer(phrase):
        if m.group().lower() in _OPENERS and heads:
            break
        heads.extend(stem for stem, _, _ in _tokens(m.group()))
    return heads[-1]


def is_issue_phrase(alias: str, type_: str) -> bool:
    """Whether *alias* (of an entry of type *type_*) matches by its content words: an issue
    of at least :data:`MIN_CONTENT_WORDS` content words, one written in lower case.

    Examples
    --------
    >>> is_issue_phrase("minimum wage increase", "issue"), is_issue_phrase("Ada Voss", "person")
    (True, False)
    >>> is_issue_phrase("Affordable Care Act", "issue"), is_issue_phrase("the reform", "issue")
    (False, False)
    """
    if type_ != "issue" or len(set(content_words(alias))) < MIN_CONTENT_WORDS:
        return False
    return any(w[:1].islower() and w.lower() not in FUNCTION_WORDS for w in _WORD_RE.findall(alias))


class IssueWords:
    """The common-noun issue phrases of a table of aliases, found by their content words.

    Parameters
    ----------
    aliases : iterable of (name, type, alias)
        Canonical name, type and alias; only the aliases that
        :func:`is_issue_phrase` accepts are kept.

    Examples
    --------
    >>> words = IssueWords([("minimum wage increase", "issue", "minimum wage increase"),
    ...                     ("Ada Voss", "person", "Ada Voss")])
    >>> text = "Ada Voss wants to increase the minimum wages. Voss also spoke of wage theft."
    >>> [(m.start, m.text, m.name) for m in words.find(text, [(0, 45), (46, len(text))])]
    [(18, 'increase', 'minimum wage increase')]
    """

    def __init__(self, aliases: Iterable[tuple[str, str, str]]) -> None:
        entries = {}
        for name, type_, alias in aliases:
            if is_issue_phrase(alias, type_):
                words, head = _entry_words(alias), _head(alias)
                if len(words) < MIN_CONTENT_WORDS:
                    continue
                if head not in words:  # a given name ("review by Laura"): its last kept word
                    head = [w for w in content_words(alias) if w in words][-1]
                entry = _Entry(name, type_, words, head)
                entries[name, entry.words] = entry
        self.entries: list[_Entry] = list(entries.values())

    def __len__(self) -> int:
        return len(self.entries)

    def find(
        self,
        text: str,
        sentences: Sequence[tuple[int, int]],
        *,
        skip: Iterable[tuple[int, int, str]] = (),
    ) -> list[Any]:
        """The head word of each entry in each sentence of *text* that holds all its
        content words, as :class:`~newsresearch.actors_of_interest.Match` es in text
        order; not in a sentence where *skip* (``(start, end, name)`` of exact matches)
        already names the entry, one match per entry and sentence."""
        from .actors_of_interest import Match

        if not self.entries:
            return []
        named = list(skip)
        found = []
        for a, b in sentences:
            tokens, stems = _sentence_tokens(text, a, b)
            for entry in self.entries:
                if not entry.words <= stems:
                    continue
                if any(a <= s < b and n == entry.name for s, _, n in named):
                    continue
                s, e = next((s, e) for stem, s, e in tokens if stem == entry.head)
                found.append(Match(s, e, text[s:e], entry.name, entry.type))
        found.sort(key=lambda m: (m.start, -m.end))
        return found
