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
from itertools import chain, pairwise
from typing import Any

import pandas as pd

from ..lexicons.negation import TARGET_NEGATORS as _TARGET_NEGATORS
from ..text import reporting_verb_forms, split_sentences
from .vader import vader_lexicon

__all__ = ["BLOCKS", "MAX_CONTEXT", "PRUNED_BLOCKS", "char_grams", "context", "target_features"]


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
            if not _TARGET_NEGATORS.isdisjoint(words[max(0, k - 3) : k]):
                v *= _NEGATION_SCALE
            lexical.append((k, v))
        elif w in _QUOTE_MARKS:
            state = (not state) if w == _QUOTE_BOTH else (w == _QUOTE_OPEN)
            quotes.append(k)
            states.append(state)
    return _Sentence(words, starts, ends, quotes, states, lexical, bool(quotes))


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


def _target_features(text: str, start: int, end: int, s: _Sentence, window: int) -> tuple[Any, ...]:
    """Feature strings of one target, one list per word block of :data:`BLOCKS`.

    The last item is the masked, lower-cased sentence that the ``chars`` block
    cuts into character n-grams.
    """
    li = bisect.bisect_right(s.ends, start)
    ri = max(li, bisect.bisect_left(s.starts, end))
    words = s.words
    lw, mw, rw = words[:li], words[li:ri], words[ri:]
    sentence = _grams(lw + ["<t>"] + rw)
    win = _grams(lw[-window:], "l:") + _grams(rw[:window], "r:")
    mention = list(mw)
    if len(mw) == 1 and mw[0] in _PRONOUNS:
        mention.append("<pronoun>")
    # the clause around the mention
    i = li - 1
    while i >= 0 and lw[i] not in _CLAUSE_BREAKS:
        i -= 1
    j = 0
    while j < len(rw) and rw[j] not in _CLAUSE_BREAKS:
        j += 1
    clause = _grams(lw[i + 1 :] + ["<t>"] + rw[:j])
    # roles: speaker of a quote, inside a quote, first in the sentence, agent
    tq = _quote_state(s, li) if ri > li else (_quote_state(s, li - 1) if li else False)
    verbs = _verbs()
    role = []
    if rw and rw[0] in verbs:
        role.append("speaker_after")
    if len(rw) > 1 and rw[0] in _AUXILIARIES and rw[1] in verbs:
        role.append("speaker_after_aux")
    if lw and lw[-1] in verbs:
        role.append("speaker_before")
    if lw[-2:] == ["according", "to"]:
        role.append("speaker_according")
    if tq:
        role.append("in_quote")
    if s.has_quote:
        role.append("sentence_quotes")
    if not lw or lw[-1] in _QUOTE_MARKS:
        role.append("first")
    if lw and lw[-1] == "by":
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
    stems = [w[:_STEM] for w in lw if w[0].isalnum()] + [w[:_STEM] for w in rw if w[0].isalnum()]
    chars = f" {text[:start]} \x00 {text[end:]} ".lower()
    return sentence, win, mention, clause, role, lexicon, stems, chars


def char_grams(chars: str, lo: int, hi: int) -> Iterator[str]:
    """Character n-grams of *chars*, generated at C speed (no Python loop per gram)."""
    size = len(chars)
    return chain.from_iterable(
        map(chars.__getitem__, map(slice, range(size - n + 1), range(n, size + 1)))
        for n in range(lo, hi + 1)
    )


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
