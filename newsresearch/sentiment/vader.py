"""VADER: the reference ``vaderSentiment`` analyzer, nltk's port, and the :class:`VaderScorer` object.

Both variants read the lexicon shipped in the ``vaderSentiment`` wheel (MIT
licence), so nothing is downloaded. Each loaded analyzer is a read-only
resource kept once per process; anything that remembers scores lives on a
:class:`VaderScorer` object that its caller holds.
"""

from __future__ import annotations

import math
import string
from collections.abc import Iterable
from functools import lru_cache
from itertools import compress
from operator import itemgetter
from pathlib import Path
from typing import Any, NamedTuple

__all__ = [
    "METHODS",
    "VADER_THRESHOLD",
    "ExactVader",
    "VaderScorer",
    "vader_lexicon",
    "vader_lexicon_dir",
]

#: Built-in VADER variants (the ``method`` names of :func:`newsresearch.sentiment.sentiment`).
METHODS: tuple[str, str] = ("vader", "vader-nltk")
#: VADER's own thresholds on ``compound``: >= 0.05 positive, <= -0.05 negative.
VADER_THRESHOLD = 0.05
_PUNCTUATION = string.punctuation


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


# ---------------------------------------------------------------------------
# The exact engine: vaderSentiment 3.3.2's rules, arranged for throughput
# ---------------------------------------------------------------------------

#: vaderSentiment's rule constants (booster increment, ALL-CAPS increment, negation scalar).
B_INCR, C_INCR, N_SCALAR = 0.293, 0.733, -0.74
#: Exclamation-mark and question-mark emphasis (per mark, the cap for 4+ "?").
EP_INCR, QM_INCR, QM_CAP = 0.292, 0.18, 0.96
_SO_THIS = frozenset({"so", "this"})
_OR_NOR = frozenset({"or", "nor"})
_NEUTRAL = (0.0, 1.0, 0.0, 0.0)
_EMPTY = (0.0, 0.0, 0.0, 0.0)
#: Prepared tokens kept per process before the cache is emptied. An entry costs about 110
#: bytes (the token string and its dict slot; most share one info), and a pipeline worker
#: meets some 75,000 new whitespace tokens per 1,000 news articles, most of them once: at
#: 400,000 the cache held about 45 MB per worker; refilling the recurring tokens after a
#: clear costs a few milliseconds. Scoring 5,000 ABP articles in one process met 196,000
#: distinct tokens, and 332,000 misses with the cache at 100,000 (sentiment 9.7 -> 8.7 CPU s
#: unbounded): at 300,000 a worker's share of ABP empties it once or twice.
_TOKEN_CACHE_LIMIT = 300_000


class _TokenInfo(NamedTuple):
    """What the rules need of one whitespace token, computed once per distinct token."""

    lower: str  # the token without edge punctuation (kept when 2 chars or fewer), lower-cased
    upper: bool  # that word is ALL CAPS
    in_lexicon: bool
    valence: float | None  # lexicon valence when the token is scored itself (not a booster)
    booster: float | None  # booster/dampener increment when the word modifies the next ones
    negation: bool  # a negation word ("not", "never", anything with "n't")
    idiom_tail: bool  # can end a multi-word idiom or booster n-gram ("of", "ass", ...)
    scored: bool  # valence is not None


#: A word no rule reads (not in the lexicon, no booster, no negation, not in a rule or idiom).
_PLAIN = _TokenInfo("", False, False, None, None, False, False, False)
_PLAIN_UPPER = _TokenInfo("", True, False, None, None, False, False, False)
_new_info = tuple.__new__  # builds a _TokenInfo without NamedTuple's Python-level __new__
# C-level getters for the per-sentence passes over the tokens (faster than comprehensions).
_LOWER, _UPPER, _SCORED = itemgetter(0), itemgetter(1), itemgetter(7)


class _Tables:
    """The read-only lookup tables of :class:`ExactVader` (built once per process by default)."""

    def __init__(self, lexicon: dict[str, float], emojis: dict[str, str]) -> None:
        from vaderSentiment import vaderSentiment as ref

        self.lexicon = lexicon
        self.boosters: dict[str, float] = dict(ref.BOOSTER_DICT)
        self.negations = frozenset(ref.NEGATE)
        # Multi-word keys as tuples: the rules join whitespace-free tokens with one space.
        self.special = {tuple(k.split(" ")): v for k, v in ref.SPECIAL_CASES.items() if " " in k}
        self.booster_grams = {
            tuple(k.split(" ")): v for k, v in ref.BOOSTER_DICT.items() if " " in k
        }
        self.tails = frozenset(w for k in (*self.special, *self.booster_grams) for w in k[1:])
        #: Every word a rule compares a token with (besides lexicon, booster and negation words).
        self.rule_words = frozenset(
            {"no", "or", "nor", "kind", "of", "never", "so", "this", "without", "doubt"}
            | {"least", "at", "very", "but"}
            | {w for k in (*self.special, *self.booster_grams) for w in k}
            | self.negations
        )
        # The reference replaces emoji character by character: only one-character keys match.
        self.emojis = {k: v for k, v in emojis.items() if len(k) == 1}
        self.emoji_chars = frozenset(self.emojis)
        # Prepared tokens: a pure function of the token and these tables, so one cache
        # serves every scorer built on the same tables (it stays warm across chunks).
        self.tokens = _TokenCache(self)


class _TokenCache(dict):
    """Whitespace token -> :class:`_TokenInfo`, prepared on first sight (bounded in size)."""

    def __init__(self, tables: _Tables) -> None:
        super().__init__()
        self._tables = tables

    def __missing__(self, token: str) -> _TokenInfo:
        t = self._tables
        word = token.strip(_PUNCTUATION)
        if len(word) <= 2:  # an emoticon such as ":)" keeps its punctuation
            word = token
        lower = word.lower()
        in_lexicon = lower in t.lexicon
        booster = t.boosters.get(lower)
        if not (in_lexicon or booster is not None or lower in t.rule_words or "n't" in lower):
            # No rule reads this word: one shared info (its own ``lower`` is not kept).
            info = _PLAIN_UPPER if word.isupper() else _PLAIN
        else:
            info = self._prepare(word, lower, in_lexicon, booster)
        if len(self) >= _TOKEN_CACHE_LIMIT:
            self.clear()
        self[token] = info
        return info

    def _prepare(
        self, word: str, lower: str, in_lexicon: bool, booster: float | None
    ) -> _TokenInfo:
        t = self._tables
        valence = t.lexicon[lower] if in_lexicon and booster is None else None
        return _new_info(
            _TokenInfo,
            (
                lower,
                word.isupper(),
                in_lexicon,
                valence,
                booster,
                lower in t.negations or "n't" in lower,
                lower in t.tails,
                valence is not None,
            ),
        )


@lru_cache(maxsize=1)
def _default_tables() -> _Tables:
    analyzer = _vader()
    return _Tables(analyzer.lexicon, analyzer.emojis)


class ExactVader:
    """vaderSentiment 3.3.2's ``polarity_scores``, bit-identical, built for throughput.

    The reference lower-cases every word again for each rule, builds the
    lower-cased word list once per lexicon word and scans the whole sentence
    for "but" per sentiment score. Here each distinct token is prepared once
    (edge punctuation stripped, lower-cased, lexicon, booster and negation
    looked up) and remembered, sentences without a lexicon word return at
    once, and the rules read the prepared tokens. Every floating-point
    operation is the reference's, in the reference's order, so the scores are
    the same floats.

    Parameters
    ----------
    lexicon, emojis : dict, optional
        Word -> valence and emoji -> description; default those of the
        installed ``vaderSentiment`` (read once per process).

    Examples
    --------
    >>> v = ExactVader()
    >>> v.polarity_scores("The plan is NOT good!")
    {'neg': 0.403, 'neu': 0.597, 'pos': 0.0, 'compound': -0.4015}
    >>> v.polarity_scores_many(["Great.", ""])[1]
    {'neg': 0.0, 'neu': 0.0, 'pos': 0.0, 'compound': 0.0}
    """

    def __init__(
        self, lexicon: dict[str, float] | None = None, emojis: dict[str, str] | None = None
    ) -> None:
        if lexicon is None and emojis is None:
            tables = _default_tables()
        else:
            analyzer = _vader()
            tables = _Tables(
                analyzer.lexicon if lexicon is None else lexicon,
                analyzer.emojis if emojis is None else emojis,
            )
        self._lexicon = tables.lexicon
        self._boosters = tables.boosters
        self._negations = tables.negations
        self._special = tables.special
        self._booster_grams = tables.booster_grams
        self._tails = tables.tails
        self._emojis = tables.emojis
        self._emoji_chars = tables.emoji_chars
        self._tokens = tables.tokens

    def clear_cache(self) -> None:
        """Forget the prepared tokens (shared by the scorers built on the same tables)."""
        self._tokens.clear()

    def _replace_emoji(self, text: str) -> str:
        out: list[str] = []
        after_space = True
        for ch in text:
            description = self._emojis.get(ch)
            if description is None:
                out.append(ch)
                after_space = ch == " "
            else:
                if not after_space:
                    out.append(" ")
                out.append(description)
                after_space = False
        return "".join(out).strip()

    def scores(self, text: str) -> tuple[float, float, float, float]:
        """``(neg, neu, pos, compound)`` of *text*, as ``polarity_scores`` gives them."""
        if not text.isascii() and not self._emoji_chars.isdisjoint(text):
            text = self._replace_emoji(text)
        raw = text.split()
        n = len(raw)
        if not n:
            return _EMPTY
        toks = list(map(self._tokens.__getitem__, raw))
        flags = list(map(_SCORED, toks))
        if not any(flags):
            return _NEUTRAL
        scored = list(compress(range(n), flags))
        # Some but not all words in ALL CAPS (both tests stop at the first word that decides).
        cap_diff = any(map(_UPPER, toks)) and not all(map(_UPPER, toks))
        lows = list(map(_LOWER, toks))
        sentiments: list[float] = [0] * n
        for i in scored:
            if i < n - 1 and lows[i] == "kind" and lows[i + 1] == "of":
                continue
            sentiments[i] = self._valence(toks, lows, i, n, cap_diff)
        if "but" in lows:
            _but_check(sentiments, lows.index("but"))
        return _summarise(sentiments, scored, text)

    def _valence(
        self, toks: list[_TokenInfo], lows: list[str], i: int, n: int, cap_diff: bool
    ) -> float:
        tok = toks[i]
        base = tok.valence
        valence = base
        if tok.lower == "no" and i != n - 1 and toks[i + 1].in_lexicon:
            valence = 0.0
        if (
            (i > 0 and lows[i - 1] == "no")
            or (i > 1 and lows[i - 2] == "no")
            or (i > 2 and lows[i - 3] == "no" and lows[i - 1] in _OR_NOR)
        ):
            valence = base * N_SCALAR
        if tok.upper and cap_diff:
            if valence > 0:
                valence += C_INCR
            else:
                valence -= C_INCR
        for k in range(3):
            j = i - k - 1
            if j < 0:
                break
            prev = toks[j]
            if prev.in_lexicon:
                continue
            s = 0.0
            if prev.booster is not None:
                s = prev.booster
                if valence < 0:
                    s *= -1
                if prev.upper and cap_diff:
                    if valence > 0:
                        s += C_INCR
                    else:
                        s -= C_INCR
                if k == 1 and s != 0:
                    s = s * 0.95
                if k == 2 and s != 0:
                    s = s * 0.9
            valence = valence + s
            if k == 0:
                if prev.negation:
                    valence = valence * N_SCALAR
            elif k == 1:
                if lows[i - 2] == "never" and lows[i - 1] in _SO_THIS:
                    valence = valence * 1.25
                elif lows[i - 2] == "without" and lows[i - 1] == "doubt":
                    pass
                elif prev.negation:
                    valence = valence * N_SCALAR
            else:
                if (lows[i - 3] == "never" and lows[i - 2] in _SO_THIS) or lows[i - 1] in _SO_THIS:
                    valence = valence * 1.25
                elif lows[i - 3] == "without" and "doubt" in (lows[i - 2], lows[i - 1]):
                    pass
                elif prev.negation:
                    valence = valence * N_SCALAR
                if (
                    toks[i - 2].idiom_tail
                    or toks[i - 1].idiom_tail
                    or tok.idiom_tail
                    or (i + 1 < n and toks[i + 1].idiom_tail)
                    or (i + 2 < n and toks[i + 2].idiom_tail)
                ):
                    valence = self._idioms(valence, lows, i, n)
        if i > 1 and lows[i - 1] == "least":
            if lows[i - 2] != "at" and lows[i - 2] != "very":
                valence = valence * N_SCALAR
        elif i > 0 and lows[i - 1] == "least":
            valence = valence * N_SCALAR
        return valence

    def _idioms(self, valence: float, lows: list[str], i: int, n: int) -> float:
        """Special-case idioms around word *i* (they replace its valence), then booster n-grams."""
        w3, w2, w1, w0 = lows[i - 3], lows[i - 2], lows[i - 1], lows[i]
        special = self._special
        for key in ((w1, w0), (w2, w1, w0), (w2, w1), (w3, w2, w1), (w3, w2)):
            if key in special:
                valence = special[key]
                break
        if n - 1 > i and (w0, lows[i + 1]) in special:
            valence = special[(w0, lows[i + 1])]
        if n - 1 > i + 1 and (w0, lows[i + 1], lows[i + 2]) in special:
            valence = special[(w0, lows[i + 1], lows[i + 2])]
        grams = self._booster_grams
        for key in ((w3, w2, w1), (w3, w2), (w2, w1)):
            if key in grams:
                valence = valence + grams[key]
        return valence

    def polarity_scores(self, text: str) -> dict[str, float]:
        """VADER's ``{"neg", "neu", "pos", "compound"}`` of *text* (a fresh dict)."""
        neg, neu, pos, compound = self.scores(text)
        return {"neg": neg, "neu": neu, "pos": pos, "compound": compound}

    def polarity_scores_many(self, texts: Iterable[str]) -> list[dict[str, float]]:
        """:meth:`polarity_scores` of each text, in order."""
        score = self.scores
        return [
            {"neg": neg, "neu": neu, "pos": pos, "compound": compound}
            for neg, neu, pos, compound in map(score, texts)
        ]


def _but_check(sentiments: list[float], but: int) -> None:
    """vaderSentiment's contrastive "but", including its lookup of each score by value.

    The reference halves scores before the first "but" and multiplies those after
    it by 1.5, but it finds each score's position with ``list.index`` on the list
    it is changing, so a score equal to an earlier (possibly already changed)
    score changes that earlier one instead. Zero scores stay zero either way.
    """
    for k in range(len(sentiments)):
        value = sentiments[k]
        if value == 0:
            continue
        at = sentiments.index(value)
        if at < but:
            sentiments[at] = value * 0.5
        elif at > but:
            sentiments[at] = value * 1.5


def _summarise(
    sentiments: list[float], scored: list[int], text: str
) -> tuple[float, float, float, float]:
    """``(neg, neu, pos, compound)`` from the word scores, with punctuation emphasis."""
    sum_s = float(sum(sentiments))
    ep = text.count("!")
    if ep > 4:
        ep = 4
    qm = text.count("?")
    qm_amp: float = 0
    if qm > 1:
        qm_amp = qm * QM_INCR if qm <= 3 else QM_CAP
    emphasis = ep * EP_INCR + qm_amp
    if sum_s > 0:
        sum_s += emphasis
    elif sum_s < 0:
        sum_s -= emphasis
    compound = sum_s / math.sqrt(sum_s * sum_s + 15)
    if compound < -1.0:
        compound = -1.0
    elif compound > 1.0:
        compound = 1.0
    pos_sum = 0.0
    neg_sum = 0.0
    neu = len(sentiments) - len(scored)
    for i in scored:
        s = sentiments[i]
        if s > 0:
            pos_sum += s + 1  # s is a float here: the reference's float(s) changes nothing
        elif s < 0:
            neg_sum += s - 1
        else:
            neu += 1
    if pos_sum > math.fabs(neg_sum):
        pos_sum += emphasis
    elif pos_sum < math.fabs(neg_sum):
        neg_sum -= emphasis
    total = pos_sum + math.fabs(neg_sum) + neu
    return (
        round(math.fabs(neg_sum / total), 3),
        round(math.fabs(neu / total), 3),
        round(math.fabs(pos_sum / total), 3),
        round(compound, 4),
    )


class VaderScorer:
    """A VADER scorer object: ``polarity_scores(text)`` as VADER, optionally remembering texts.

    Parameters
    ----------
    variant : {"vader", "vader-nltk"}
        ``"vader"``: ``vaderSentiment`` 3.3.2's scores, computed by
        :class:`ExactVader` (bit-identical, several times faster). ``"vader-nltk"``:
        nltk's port (an older algorithm).
    memo : bool
        Remember each text's scores on this object, so that a text scored twice
        (a sentence scored for the sentence table and again for the document
        table, or boilerplate repeated across articles) is computed once. The
        memo lives as long as the object: make one per batch of work.
    analyzer : object, optional
        Any object with VADER's ``polarity_scores(text) -> dict``; default
        :class:`ExactVader` for ``"vader"`` and the process's loaded nltk
        analyzer for ``"vader-nltk"``.

    Examples
    --------
    >>> s = VaderScorer(memo=True)
    >>> s.polarity_scores("Great news!")["compound"] > 0
    True
    >>> s.scores("Great news!") == tuple(s.polarity_scores("Great news!").values())
    True
    """

    def __init__(self, variant: str = "vader", *, memo: bool = False, analyzer: Any = None) -> None:
        if variant not in METHODS:
            raise ValueError(f"variant {variant!r} is invalid; valid values are {list(METHODS)}")
        self.variant = variant
        self.memo = memo
        if analyzer is None:
            analyzer = ExactVader() if variant == "vader" else _nltk_vader()
        if isinstance(analyzer, ExactVader):
            self._tuple = analyzer.scores
        else:
            score = analyzer.polarity_scores

            def as_tuple(text: str) -> tuple[float, ...]:
                got = score(text)
                return (got["neg"], got["neu"], got["pos"], got["compound"])

            self._tuple = as_tuple
        self._memo: dict[str, tuple[float, ...]] | None = {} if memo else None

    def __repr__(self) -> str:
        return f"VaderScorer({self.variant!r}, memo={self.memo})"

    def scores(self, text: str) -> tuple[float, ...]:
        """``(neg, neu, pos, compound)`` of *text*: :meth:`polarity_scores` without the dict."""
        if self._memo is None:
            return self._tuple(text)
        got = self._memo.get(text)
        if got is None:
            got = self._memo[text] = self._tuple(text)
        return got

    def polarity_scores(self, text: str) -> dict[str, float]:
        """VADER's ``neg``, ``neu``, ``pos`` and ``compound`` for *text* (a fresh dict)."""
        neg, neu, pos, compound = self.scores(text)
        return {"neg": neg, "neu": neu, "pos": pos, "compound": compound}

    def polarity_scores_many(self, texts: Iterable[str]) -> list[dict[str, float]]:
        """:meth:`polarity_scores` of each of *texts*, in order (one call for a batch).

        Examples
        --------
        >>> [d["compound"] for d in VaderScorer().polarity_scores_many(["Good.", "Bad."])]
        [0.4404, -0.5423]
        """
        score = self.scores
        return [
            {"neg": neg, "neu": neu, "pos": pos, "compound": compound}
            for neg, neu, pos, compound in map(score, texts)
        ]
