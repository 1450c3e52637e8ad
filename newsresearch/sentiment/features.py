"""Features of a target (a mention given by its character span) for target-dependent sentiment.

:func:`target_features` turns each target into one list of feature strings per
block of :data:`BLOCKS` (the masked sentence, a window around the mention, the
mention itself, its clause, its role as speaker or quoted, lexicon polarity by
distance, word stems, and the masked sentence for character n-grams);
:class:`~newsresearch.sentiment.TargetSentimentClassifier` weights and learns
from them. Tuning constants are named at the top.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, compress, count, pairwise
from typing import Any

import numpy as np
import pandas as pd

from ..lexicons.negation import TARGET_NEGATORS as _TARGET_NEGATORS
from ..text import reporting_verb_forms, split_sentences
from .vader import vader_lexicon

__all__ = [
    "BLOCKS",
    "MAX_CONTEXT",
    "PRUNED_BLOCKS",
    "char_grams",
    "context",
    "target_features",
]


#: Texts longer than this are cut to the sentence(s) holding the mention.
MAX_CONTEXT = 600
_TOKEN = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]")
_PRONOUNS = frozenset(
    "he she him her his hers they them their i me my we us our you your himself herself".split()
)
_CLAUSE_BREAKS = frozenset(
    ", ; : ( ) — – - but while although though whereas because however yet".split()
)
_QUOTE_OPEN, _QUOTE_CLOSE, _QUOTE_BOTH = "“", "”", '"'
_QUOTE_MARKS = frozenset((_QUOTE_OPEN, _QUOTE_CLOSE, _QUOTE_BOTH))
_AUXILIARIES = frozenset(("has", "had", "was", "is", "also", "have", "will", "would"))
#: Feature blocks of :class:`TargetSentimentClassifier`, in column order.
BLOCKS = ("sentence", "window", "mention", "clause", "role", "lexicon", "stems", "chars")
#: Blocks whose rare features (seen in fewer than ``min_df`` training targets) are dropped.
PRUNED_BLOCKS = frozenset(("sentence", "chars"))
_STEM = 5
_NEGATION_SCALE = -0.74  # VADER's own factor for a negated word


@dataclass
class _Sentence:
    words: list[str]
    starts: list[int]
    ends: list[int]
    quotes: list[int]  # token positions of quote marks
    states: list[bool]  # inside a quotation after each of those marks
    lexical: list[tuple[int, float]]  # (position, valence after negation) of lexicon words
    has_quote: bool
    breaks: list[int]  # token positions of clause breaks (:data:`_CLAUSE_BREAKS`)


def _analyse(text: str, lexicon: dict[str, float]) -> _Sentence:
    spans = [m.span() for m in _TOKEN.finditer(text)]
    lowered = text.lower()
    if len(lowered) == len(text):
        words = [lowered[a:b] for a, b in spans]
    else:  # a character whose lower case is longer (rare): lower word by word
        words = [text[a:b].lower() for a, b in spans]
    starts = [a for a, _ in spans]
    ends = [b for _, b in spans]
    quotes: list[int] = []
    states: list[bool] = []
    state = False
    lexical: list[tuple[int, float]] = []
    get = lexicon.get
    for k, w in enumerate(words):
        v = get(w)
        if v is not None:
            if not _TARGET_NEGATORS.isdisjoint(words[k - 3 if k > 3 else 0 : k]):
                v *= _NEGATION_SCALE
            lexical.append((k, v))
        elif w in _QUOTE_MARKS:
            state = (not state) if w == _QUOTE_BOTH else (w == _QUOTE_OPEN)
            quotes.append(k)
            states.append(state)
    breaks = list(compress(count(), map(_CLAUSE_BREAKS.__contains__, words)))
    return _Sentence(words, starts, ends, quotes, states, lexical, bool(quotes), breaks)


@lru_cache(maxsize=1)
def _verbs() -> frozenset[str]:
    return reporting_verb_forms()


def _quote_state(s: _Sentence, k: int) -> bool:
    pos = bisect.bisect_right(s.quotes, k) - 1
    return s.states[pos] if pos >= 0 else False


def _grams(words: list[str], prefix: str = "") -> list[str]:
    if prefix:
        out = [prefix + w for w in words]
        out += [f"{prefix}{a} {b}" for a, b in pairwise(words)]
        return out
    return words + [f"{a} {b}" for a, b in pairwise(words)]


def _locate(s: _Sentence, start: int, end: int) -> tuple[int, int]:
    """Token positions ``li <= ri``: the mention is ``words[li:ri]``."""
    li = bisect.bisect_right(s.ends, start)
    return li, max(li, bisect.bisect_left(s.starts, end))


def _clause_bounds(s: _Sentence, li: int, ri: int) -> tuple[int, int]:
    """``(i, j)``: the clause of the mention ``words[li:ri]`` is ``words[i + 1:li] + <t> +
    words[ri:ri + j]`` (up to the nearest breaks)."""
    breaks = s.breaks
    before = bisect.bisect_left(breaks, li) - 1
    after = bisect.bisect_left(breaks, ri)
    i = breaks[before] if before >= 0 else -1
    return i, (breaks[after] if after < len(breaks) else len(s.words)) - ri


def _mention(mw: list[str]) -> list[str]:
    mention = list(mw)
    if len(mw) == 1 and mw[0] in _PRONOUNS:
        mention.append("<pronoun>")
    return mention


def _role_and_lexicon(
    s: _Sentence, li: int, ri: int, i: int, j: int
) -> tuple[list[str], list[str]]:
    """The ``role`` and ``lexicon`` blocks of the mention ``words[li:ri]`` (clause bounds i, j)."""
    # roles: speaker of a quote, inside a quote, first in the sentence, agent
    tq = _quote_state(s, li) if ri > li else (_quote_state(s, li - 1) if li else False)
    verbs = _verbs()
    words = s.words
    before = words[li - 1] if li else None  # the word before the mention
    after = words[ri] if ri < len(words) else None  # and after it
    role = []
    if after is not None and after in verbs:
        role.append("speaker_after")
    if after in _AUXILIARIES and ri + 1 < len(words) and words[ri + 1] in verbs:
        role.append("speaker_after_aux")
    if before is not None and before in verbs:
        role.append("speaker_before")
    if li >= 2 and before == "to" and words[li - 2] == "according":
        role.append("speaker_according")
    if tq:
        role.append("in_quote")
    if s.has_quote:
        role.append("sentence_quotes")
    if before is None or before in _QUOTE_MARKS:
        role.append("first")
    if before == "by":
        role.append("after_by")
    speaker = bool(role) and role[0].startswith("speaker")
    # lexicon polarity by distance, side, quote state and role
    lexicon = []
    for k, v in s.lexical:
        if li <= k < ri:
            continue
        sign = "p" if v > 0 else "n"
        d = li - k if k < li else k - ri + 1
        db = "1" if d <= 3 else ("2" if d <= 8 else "3")
        side = "L" if k < li else "R"
        same = "sq" if (_quote_state(s, k) if s.has_quote else False) == tq else "dq"
        lexicon += [sign, sign + db, sign + db + side, sign + same]
        if speaker:
            lexicon.append(sign + "spk" + same)
        if v > 2 or v < -2:
            lexicon.append(sign + "strong" + db)
        if i < k < ri + j:
            lexicon.append("clause" + sign)
    return role, lexicon


def _target_features(text: str, start: int, end: int, s: _Sentence, window: int) -> tuple[Any, ...]:
    """Feature strings of one target, one list per word block of :data:`BLOCKS`.

    The last item is the masked, lower-cased sentence that the ``chars`` block
    cuts into character n-grams.
    """
    li, ri = _locate(s, start, end)
    words = s.words
    lw, mw, rw = words[:li], words[li:ri], words[ri:]
    sentence = _grams(lw + ["<t>"] + rw)
    win = _grams(lw[-window:], "l:") + _grams(rw[:window], "r:")
    i, j = _clause_bounds(s, li, ri)
    clause = _grams(lw[i + 1 :] + ["<t>"] + rw[:j])
    role, lexicon = _role_and_lexicon(s, li, ri, i, j)
    stems = [w[:_STEM] for w in lw if w[0].isalnum()] + [w[:_STEM] for w in rw if w[0].isalnum()]
    chars = f" {text[:start]} \x00 {text[end:]} ".lower()
    return sentence, win, _mention(mw), clause, role, lexicon, stems, chars


def char_grams(chars: str, lo: int, hi: int) -> Iterator[str]:
    """Character n-grams of *chars*, generated at C speed (no Python loop per gram)."""
    size = len(chars)
    return chain.from_iterable(
        map(chars.__getitem__, map(slice, range(size - n + 1), range(n, size + 1)))
        for n in range(lo, hi + 1)
    )


def _all_str(values: list[Any]) -> bool:
    """Whether every value is a ``str`` itself (not a subclass)."""
    return set(map(type, values)) <= {str}


def _numpy_ints(column: pd.Series) -> bool:
    """Whether *column* holds NumPy integers (no missing values possible)."""
    return isinstance(column.dtype, np.dtype) and column.dtype.kind in "iu"


def _as_targets(X: Any) -> tuple[list[str], list[int], list[int]]:
    """Texts, starts and ends from a DataFrame (``text``, ``start``, ``end``) or (text, start, end) rows."""
    if isinstance(X, pd.DataFrame):
        missing = [c for c in ("text", "start", "end") if c not in X.columns]
        if missing:
            raise ValueError(
                f"target table lacks columns {missing}; it needs 'text', 'start' and 'end' "
                f"(got {list(X.columns)})"
            )
        texts = X["text"].tolist()
        if _numpy_ints(X["start"]) and _numpy_ints(X["end"]) and _all_str(texts):
            # integer spans checked at once; a bad one is reported by the loop below
            a = X["start"].to_numpy(dtype=np.int64)
            b = X["end"].to_numpy(dtype=np.int64)
            lengths = np.fromiter(map(len, texts), np.int64, len(texts))
            if ((a >= 0) & (a <= b) & (b <= lengths)).all():
                return texts, a.tolist(), b.tolist()
        starts = X["start"].tolist()
        ends = X["end"].tolist()
    else:
        rows = list(X.itertuples(index=False) if hasattr(X, "itertuples") else X)
        if any(len(r) != 3 for r in rows):
            raise ValueError(
                "targets must be (text, start, end) rows or a DataFrame with those columns"
            )
        texts = [r[0] for r in rows]
        starts = [r[1] for r in rows]
        ends = [r[2] for r in rows]
    out_s, out_e = [], []
    for n, (t, a, b) in enumerate(zip(texts, starts, ends, strict=True)):
        if not isinstance(t, str):
            raise ValueError(f"target {n}: text must be a string, not {type(t).__name__}")
        try:
            a, b = int(a), int(b)
        except (TypeError, ValueError):
            raise ValueError(
                f"target {n}: start and end must be integers, got {a!r}, {b!r}"
            ) from None
        if not 0 <= a <= b <= len(t):
            raise ValueError(f"target {n}: span ({a}, {b}) is outside the text of length {len(t)}")
        out_s.append(a)
        out_e.append(b)
    return [str(t) for t in texts], out_s, out_e


def context(
    text: str, start: int, end: int, splits: dict[str, list[tuple[int, int]]]
) -> tuple[str, int, int]:
    """The text a target is scored in: the whole *text*, or the sentence(s) holding the mention.

    Texts longer than :data:`MAX_CONTEXT` characters are cut to the sentences
    that hold ``[start, end)``; *splits* remembers each text's sentence spans
    for the caller's batch. Returns the context and the span within it.

    Examples
    --------
    >>> context("Voss won.", 0, 4, {})
    ('Voss won.', 0, 4)
    """
    if len(text) <= MAX_CONTEXT:
        return text, start, end
    spans = splits.get(text)
    if spans is None:
        spans = splits[text] = split_sentences(text) or [(0, len(text))]
    a = next((s for s, e in spans if s <= start < e), None)
    b = next((e for s, e in spans if s < end <= e), None)
    a = start if a is None else min(a, start)
    b = end if b is None else max(b, end)
    return text[a:b], start - a, end - a


def target_features(X: Any, window: int) -> list[tuple]:
    """Feature strings of each target of *X*, one list per block of :data:`BLOCKS`.

    *X* is a DataFrame with ``text``, ``start`` and ``end`` or a sequence of
    ``(text, start, end)`` rows; the last item of each tuple is the masked
    sentence that the ``chars`` block cuts into character n-grams.

    Examples
    --------
    >>> feats = target_features([("Critics slammed Voss.", 16, 20)], window=6)
    >>> feats[0][BLOCKS.index("mention")]
    ['voss']
    """
    texts, starts, ends = _as_targets(X)
    lexicon = vader_lexicon()
    analysed: dict[str, _Sentence] = {}
    splits: dict[str, list[tuple[int, int]]] = {}
    out = []
    for text, a, b in zip(texts, starts, ends, strict=True):
        ctx, a, b = context(text, a, b, splits)
        s = analysed.get(ctx)
        if s is None:
            s = analysed[ctx] = _analyse(ctx, lexicon)
        out.append(_target_features(ctx, a, b, s, window))
    return out
