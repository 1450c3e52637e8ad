"""The runs of ASCII letters of a lower-cased text, with their offsets, found once per text.

The stance cues (:func:`.stance_cues.find_stance_cues`), the issue heads
(:class:`.stance_cues.IssueFinder`) and the default place targets
(:func:`.stance_places._find_places`) of one article all look words up among the
runs of letters (``[A-Za-z]+``) of its lower-cased text. :func:`letter_runs` finds
them in one pass of byte operations instead of a regular-expression scan per
looked-up word: every character that is no ASCII letter (a non-ASCII one first
becomes ``?``, one byte per character, so offsets stay those of the text) is made a
space, and the runs are the words between spaces.

Examples
--------
>>> runs = letter_runs("u.s. troops’ base")
>>> runs.words, runs.starts
(['u', 's', 'troops', 'base'], [0, 2, 5, 13])
>>> sorted(runs.distinct)
['base', 's', 'troops', 'u']
>>> runs.find({"base", "troops"})
[(5, 11, 'troops'), (13, 17, 'base')]
"""

from __future__ import annotations

from collections.abc import Collection
from functools import cached_property, lru_cache

import numpy as np

__all__ = ["LetterRuns", "letter_runs"]

_SPACE = 32
#: Bytes that are no ASCII letter become spaces.
_LETTERS_ONLY = bytes(c if (65 <= c <= 90 or 97 <= c <= 122) else _SPACE for c in range(256))


class LetterRuns:
    """The runs of ASCII letters of one text: ``words`` and their ``starts``, in text order."""

    def __init__(self, text: str) -> None:
        spaced = text.encode("ascii", "replace").translate(_LETTERS_ONLY)
        self.words: list[str] = spaced.decode("ascii").split()
        letter = np.frombuffer(spaced, dtype=np.uint8) != _SPACE
        opens = letter.copy()
        opens[1:] &= ~letter[:-1]
        self.starts: list[int] = np.flatnonzero(opens).tolist()

    @cached_property
    def _factors(self) -> tuple[np.ndarray, list[str], dict[str, int]]:
        """Each run's code, the distinct runs (by code) and each one's code."""
        import pandas as pd

        codes, distinct = pd.factorize(np.array(self.words, dtype=object))
        distinct = list(distinct)
        return codes, distinct, dict(zip(distinct, range(len(distinct)), strict=True))

    @cached_property
    def distinct(self) -> frozenset[str]:
        """The distinct runs."""
        return frozenset(self._factors[1])

    def find(self, keys: Collection[str]) -> list[tuple[int, int, str]]:
        """``(start, end, word)`` of every run that is one of *keys*, in text order.

        The distinct runs are looked up, then the runs of those found picked out at once.
        """
        codes, _, slot = self._factors
        found = np.zeros(len(slot), dtype=bool)
        for word in self.distinct & (keys.keys() if isinstance(keys, dict) else keys):
            found[slot[word]] = True
        words, starts = self.words, self.starts
        return [
            (starts[k], starts[k] + len(words[k]), words[k])
            for k in np.flatnonzero(found[codes]).tolist()
        ]


@lru_cache(maxsize=2)
def letter_runs(text: str) -> LetterRuns:
    """The :class:`LetterRuns` of *text* (lower-cased by the caller), kept for the last two texts:
    the stance cues, the issue heads and the places of one article read the same runs."""
    return LetterRuns(text)
