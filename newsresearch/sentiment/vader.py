"""VADER: the reference ``vaderSentiment`` analyzer, nltk's port, and the :class:`VaderScorer` object.

Both variants read the lexicon shipped in the ``vaderSentiment`` wheel (MIT
licence), so nothing is downloaded. Each loaded analyzer is a read-only
resource kept once per process; anything that remembers scores lives on a
:class:`VaderScorer` object that its caller holds.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

__all__ = ["METHODS", "VADER_THRESHOLD", "VaderScorer", "vader_lexicon", "vader_lexicon_dir"]

#: Built-in VADER variants (the ``method`` names of :func:`newsresearch.sentiment.sentiment`).
METHODS: tuple[str, str] = ("vader", "vader-nltk")
#: VADER's own thresholds on ``compound``: >= 0.05 positive, <= -0.05 negative.
VADER_THRESHOLD = 0.05


def vader_lexicon_dir() -> Path:
    """The folder of the installed ``vaderSentiment`` package, which holds ``vader_lexicon.txt``.

    Both VADER methods read the lexicon shipped in that wheel (MIT licence), so
    nothing is downloaded.

    Examples
    --------
    >>> (vader_lexicon_dir() / "vader_lexicon.txt").exists()
    True
    """
    import vaderSentiment

    return Path(vaderSentiment.__file__).resolve().parent


@lru_cache(maxsize=1)
def _vader() -> Any:
    """The one ``vaderSentiment`` analyzer of the process (loading the lexicon takes ~50 ms)."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


@lru_cache(maxsize=1)
def _nltk_vader() -> Any:
    """nltk's VADER port with the lexicon of the vaderSentiment wheel, loaded offline.

    nltk refuses absolute lexicon paths; a folder on ``nltk.data.path`` works.
    """
    import nltk
    from nltk.sentiment.vader import SentimentIntensityAnalyzer

    folder = str(vader_lexicon_dir())
    if folder not in nltk.data.path:
        nltk.data.path.append(folder)
    return SentimentIntensityAnalyzer(lexicon_file="vader_lexicon.txt")


def vader_lexicon() -> dict[str, float]:
    """VADER's word -> valence lexicon (of the reference analyzer; read-only).

    Examples
    --------
    >>> vader_lexicon()["good"]
    1.9
    """
    return _vader().lexicon


class VaderScorer:
    """A VADER scorer object: ``polarity_scores(text)`` as VADER, optionally remembering texts.

    Parameters
    ----------
    variant : {"vader", "vader-nltk"}
        The reference ``vaderSentiment`` implementation or nltk's port.
    memo : bool
        Remember each text's scores on this object, so that a text scored twice
        (a sentence scored for the sentence table and again for the document
        table, or boilerplate repeated across articles) is computed once. The
        memo lives as long as the object: make one per batch of work.
    analyzer : object, optional
        Any object with VADER's ``polarity_scores(text) -> dict``; default the
        process's loaded analyzer of *variant*.

    Examples
    --------
    >>> s = VaderScorer(memo=True)
    >>> s.polarity_scores("Great news!")["compound"] > 0
    True
    """

    def __init__(self, variant: str = "vader", *, memo: bool = False, analyzer: Any = None) -> None:
        if variant not in METHODS:
            raise ValueError(f"variant {variant!r} is invalid; valid values are {list(METHODS)}")
        self.variant = variant
        self.memo = memo
        if analyzer is None:
            analyzer = _vader() if variant == "vader" else _nltk_vader()
        self._score = analyzer.polarity_scores
        self._memo: dict[str, dict[str, float]] | None = {} if memo else None

    def __repr__(self) -> str:
        return f"VaderScorer({self.variant!r}, memo={self.memo})"

    def polarity_scores(self, text: str) -> dict[str, float]:
        """VADER's ``neg``, ``neu``, ``pos`` and ``compound`` for *text* (a fresh dict)."""
        if self._memo is None:
            return self._score(text)
        got = self._memo.get(text)
        if got is None:
            got = self._memo[text] = self._score(text)
        return dict(got)
