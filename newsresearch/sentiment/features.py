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
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, compress, count, pairwise, repeat
from operator import is_
from typing import Any

import numpy as np
import pandas as pd
import scipy.sparse as sp

from ..lexicons.negation import TARGET_NEGATORS as _TARGET_NEGATORS
from ..text import reporting_verb_forms, split_sentences
from .vader import vader_lexicon

__all__ = [
    "BLOCKS",
    "MAX_CONTEXT",
    "PRUNED_BLOCKS",
    "char_grams",
    "context",
    "target_counts",
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


#: Blocks whose word features are looked up by word id (unigrams) and word-id pair (bigrams).
_WORD_BLOCKS = ("sentence", "clause", "l:", "r:", "mention", "stems")
_PAIR_BLOCKS = ("sentence", "clause", "l:", "r:")
_MASK = "<t>"
_PRONOUN = "<pronoun>"
#: Splits a text into its gaps (whitespace only) and :data:`_TOKEN` tokens, alternately.
_SPLIT = re.compile("(" + _TOKEN.pattern + ")")
# what a word is: bits of FeatureIndex.flags, one entry per word id
_LEXICAL, _VERB, _AUXILIARY, _QUOTE, _NEGATOR, _BREAK, _PRONOUN_WORD = (1 << k for k in range(7))
_SIGNS, _DISTANCES, _SIDES, _SAMES = ("p", "n"), ("1", "2", "3"), ("L", "R"), ("sq", "dq")
_ROLES = (
    "speaker_after",
    "speaker_after_aux",
    "speaker_before",
    "speaker_according",
    "in_quote",
    "sentence_quotes",
    "first",
    "after_by",
)


def _word_flags(word: str, lexicon: dict[str, float], verbs: frozenset[str]) -> int:
    """The bits (``_LEXICAL``, ``_VERB``, ...) that describe *word*."""
    return (
        (word in lexicon) * _LEXICAL
        | (word in verbs) * _VERB
        | (word in _AUXILIARIES) * _AUXILIARY
        | (word in _QUOTE_MARKS) * _QUOTE
        | (word in _TARGET_NEGATORS) * _NEGATOR
        | (word in _CLAUSE_BREAKS) * _BREAK
        | (word in _PRONOUNS) * _PRONOUN_WORD
    )


class FeatureIndex:
    """A fitted vocabulary as integer lookups, for computing many targets' features at once.

    Each word seen gets an id and, per block, the column of its unigram (-1:
    none), its VADER valence and what it is (a reporting verb, a quote mark, a
    negator, a clause break, ...); each bigram of the vocabulary is a sorted
    ``id * M + id`` key. A batch of targets then needs one dictionary lookup
    per token of its distinct contexts; everything else is array operations.
    Words met in texts are added as they come.

    Parameters
    ----------
    vocabulary : dict
        ``block -> {feature: column}`` of a fitted
        :class:`~newsresearch.sentiment.TargetSentimentClassifier`.
    """

    _M = 1 << 31

    def __init__(self, vocabulary: dict[str, dict[str, int]]) -> None:
        self.vocabulary = vocabulary
        self.ids: dict[str, int] = {}
        self._lock = threading.Lock()  # threads of one process share the shipped model
        self._cols: dict[str, list[int]] = {b: [] for b in _WORD_BLOCKS}
        self.cols: dict[str, np.ndarray] = {}
        self._lexicon = vader_lexicon()
        self._new_valence: list[float] = []
        self._new_flags: list[int] = []
        self.valence = np.empty(0, dtype=np.float64)
        self.flags = np.empty(0, dtype=np.int64)
        window = vocabulary["window"]
        self._uni = {
            "sentence": vocabulary["sentence"],
            "clause": vocabulary["clause"],
            "l:": {k[2:]: v for k, v in window.items() if k.startswith("l:") and " " not in k},
            "r:": {k[2:]: v for k, v in window.items() if k.startswith("r:") and " " not in k},
            "mention": vocabulary["mention"],
        }
        self._stems = vocabulary["stems"]
        self.mask = self.word_ids([_MASK])[0]
        pairs = {
            "sentence": vocabulary["sentence"].items(),
            "clause": vocabulary["clause"].items(),
            "l:": ((k[2:], v) for k, v in window.items() if k.startswith("l:")),
            "r:": ((k[2:], v) for k, v in window.items() if k.startswith("r:")),
        }
        self.pair_keys: dict[str, np.ndarray] = {}
        self.pair_cols: dict[str, np.ndarray] = {}
        for block, items in pairs.items():
            found = [(k, v) for k, v in items if " " in k]
            # each key is two words: joined with spaces, the keys split into their words at once
            words = " ".join(k for k, _ in found).split(" ") if found else []
            if len(words) != 2 * len(found):
                raise ValueError(f"a bigram of block {block!r} is not two words")
            ids = self.word_ids(words)
            keys = np.asarray(ids, dtype=np.int64).reshape(-1, 2) @ np.array([self._M, 1])
            order = np.argsort(keys, kind="stable")
            self.pair_keys[block] = keys[order]
            self.pair_cols[block] = np.fromiter((v for _, v in found), np.int64, len(found))[order]
        # every block's bigrams in one table, for looking many pairs up in all blocks at once
        union = np.unique(np.concatenate([self.pair_keys[b] for b in _PAIR_BLOCKS]))
        self.union_keys = union
        self._union = pd.Index(union)
        self._union.get_indexer(union[:1])  # builds its hash table now, before any thread
        self.union_cols = np.full((len(union), len(_PAIR_BLOCKS)), -1, dtype=np.int64)
        for k, block in enumerate(_PAIR_BLOCKS):
            self.union_cols[np.searchsorted(union, self.pair_keys[block]), k] = self.pair_cols[
                block
            ]
        # the columns of the role and lexicon features, by their parts
        role, lex = vocabulary.get("role", {}), vocabulary.get("lexicon", {})
        self.role_cols = {name: role.get(name, -1) for name in _ROLES}
        self.pronoun_col = vocabulary["mention"].get(_PRONOUN, -1)
        #: one past the largest column of the vocabulary
        self.width = 1 + max(
            (c for table in vocabulary.values() for c in table.values()), default=-1
        )

        def table(*parts: tuple[str, ...]) -> np.ndarray:
            names = [""]
            for part in parts:
                names = [a + b for a in names for b in part]
            cols = np.fromiter((lex.get(f, -1) for f in names), np.int64, len(names))
            return cols.reshape([len(p) for p in parts])

        self.lexicon_cols = {
            "sign": table(_SIGNS),
            "distance": table(_SIGNS, _DISTANCES),
            "side": table(_SIGNS, _DISTANCES, _SIDES),
            "same": table(_SIGNS, _SAMES),
            "speaker": table(_SIGNS, ("spk",), _SAMES)[:, 0],
            "strong": table(_SIGNS, ("strong",), _DISTANCES)[:, 0],
            "clause": table(("clause",), _SIGNS)[0],
        }
        self.sync()

    def word_ids(self, words: list[str]) -> list[int]:
        """The id of each word (new words get one, with their unigram columns)."""
        ids = self.ids
        out = list(map(ids.get, words))
        if None not in out:
            return out
        with self._lock:
            # new words get the next ids in the order they first occur
            new = list(dict.fromkeys(compress(words, map(is_, out, repeat(None)))))
            new = [w for w in new if w not in ids]
            ids.update(zip(new, range(len(ids), len(ids) + len(new)), strict=True))
            for block, table in self._uni.items():
                self._cols[block].extend(map(table.get, new, repeat(-1)))
            stems = self._stems
            self._cols["stems"].extend(
                [stems.get(w[:_STEM], -1) if w[:1].isalnum() else -1 for w in new]
            )
            lexicon, verbs = self._lexicon, _verbs()
            self._new_valence.extend(map(lexicon.get, new, repeat(0.0)))
            self._new_flags.extend(_word_flags(w, lexicon, verbs) for w in new)
            return list(map(ids.__getitem__, words))

    def sync(self) -> None:
        """Extend the arrays of unigram columns (and word properties) by the words added since."""
        with self._lock:
            for block, new in self._cols.items():
                if new or block not in self.cols:
                    old = self.cols.get(block, np.empty(0, dtype=np.int64))
                    self.cols[block] = np.concatenate([old, np.asarray(new, dtype=np.int64)])
                    new.clear()
            if self._new_flags:
                valence = np.asarray(self._new_valence, dtype=np.float64)
                self.valence = np.concatenate([self.valence, valence])
                self.flags = np.concatenate([self.flags, np.asarray(self._new_flags, np.int64)])
                self._new_valence.clear()
                self._new_flags.clear()

    def word_id(self, word: str) -> int:
        """The id of *word*, or -1 when it has none yet (no text seen so far holds it)."""
        return self.ids.get(word, -1)

    def pair_columns_all(self, keys: np.ndarray) -> dict[str, np.ndarray]:
        """:meth:`pair_columns` of *keys* in every block of bigrams, with one hash lookup."""
        at = self._union.get_indexer(keys)
        if not len(self.union_keys):
            return {b: np.full(len(keys), -1, dtype=np.int64) for b in _PAIR_BLOCKS}
        cols = self.union_cols[at]
        cols[at < 0] = -1
        return {b: cols[:, k] for k, b in enumerate(_PAIR_BLOCKS)}

    def pair_columns(self, block: str, keys: np.ndarray) -> np.ndarray:
        """Columns of the bigrams ``keys`` (``id * M + id``) in *block*; -1 where none."""
        table = self.pair_keys[block]
        if not len(table):
            return np.full(len(keys), -1, dtype=np.int64)
        at = np.minimum(np.searchsorted(table, keys), len(table) - 1)
        return np.where(table[at] == keys, self.pair_cols[block][at], -1)


def _spans(starts: np.ndarray, ends: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``(positions, owner)``: every ``range(starts[r], ends[r])`` concatenated, and each one's r."""
    lengths = np.maximum(ends - starts, 0)
    owner = np.repeat(np.arange(len(starts), dtype=np.int64), lengths)
    first = np.cumsum(lengths) - lengths
    return np.arange(int(lengths.sum()), dtype=np.int64) - first[owner] + starts[owner], owner


def _lengths(strings: list[str]) -> np.ndarray:
    return np.fromiter(map(len, strings), np.int64, len(strings))


@dataclass
class _Tokens:
    """The tokens of many texts joined by newlines: each token's lower-cased word and span."""

    words: list[str]
    starts: np.ndarray  # character offsets in the joined text
    ends: np.ndarray
    offsets: np.ndarray  # where each text starts in the joined text
    first: np.ndarray  # each text's first token, then the number of tokens


_WORD_CHAR = re.compile(r"\w")
_SPACE_CHAR = re.compile(r"\s")


def _char_class(c: str) -> tuple[bool, bool, bool]:
    """What :data:`_TOKEN` sees of the character *c*: a word character, a space, a joiner."""
    return bool(_WORD_CHAR.match(c)), bool(_SPACE_CHAR.match(c)), c in "-'’"


def _lowering_keeps_tokens(text: str, lowered: str) -> bool:
    """Whether *lowered* (``text.lower()``) has the tokens of *text* at the same spans.

    True when it is as long and every character that lower-casing changed kept
    its class (:func:`_char_class`), position by position.

    Examples
    --------
    >>> [_lowering_keeps_tokens(t, t.lower()) for t in ("Voss’s ÉTAT", "İstanbul")]
    [True, False]
    """
    if len(lowered) != len(text):
        return False
    a = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    b = np.frombuffer(lowered.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    moved = a != b
    changes = np.unique((a[moved].astype(np.int64) << 21) | b[moved])
    return all(
        _char_class(chr(c >> 21)) == _char_class(chr(c & 0x1FFFFF)) for c in changes.tolist()
    )


def _tokenise(texts: list[str]) -> _Tokens:
    """The tokens of *texts* (as :func:`_analyse` finds them), tokenised in one pass.

    No token holds whitespace, so joining the texts with newlines changes none
    of them. The words are the tokens of the lower-cased text when lower-casing
    keeps the token spans (:func:`_lowering_keeps_tokens`), else the lower-cased
    slices of each text's spans, as :func:`_analyse` takes them.

    Examples
    --------
    >>> t = _tokenise(["Ms. Voss", "won."])
    >>> t.words, t.starts.tolist(), t.first.tolist()
    (['ms', '.', 'voss', 'won', '.'], [0, 2, 4, 9, 12], [0, 3, 5])
    """
    joined = "\n".join(texts)
    sizes = _lengths(texts)
    offsets = np.cumsum(sizes + 1) - sizes - 1
    lowered = joined.lower()
    same = _lowering_keeps_tokens(joined, lowered)
    parts = _SPLIT.split(lowered if same else joined)  # gap, token, gap, ..., token, gap
    tokens = parts[1::2]
    bounds = np.cumsum(_lengths(parts))
    starts, ends = bounds[0::2][:-1], bounds[1::2]
    first = np.append(np.searchsorted(starts, offsets), len(tokens))
    if same:
        return _Tokens(tokens, starts, ends, offsets, first)
    words: list[str] = []  # lower-casing moved a token boundary: lower each text on its own
    for k, text in enumerate(texts):
        lo, hi, at = first[k], first[k + 1], offsets[k]
        spans = zip((starts[lo:hi] - at).tolist(), (ends[lo:hi] - at).tolist(), strict=True)
        low = text.lower()
        if len(low) == len(text):
            words += [low[a:b] for a, b in spans]
        else:
            words += [text[a:b].lower() for a, b in spans]
    return _Tokens(words, starts, ends, offsets, first)


def _contexts(
    texts: list[str], starts: list[int], ends: list[int]
) -> tuple[list[str], np.ndarray, np.ndarray, np.ndarray]:
    """The distinct contexts (:func:`context`), and each target's context and span in it."""
    a = np.asarray(starts, dtype=np.int64)
    b = np.asarray(ends, dtype=np.int64)
    long = np.flatnonzero(_lengths(texts) > MAX_CONTEXT).tolist()
    if long:
        texts = list(texts)
        splits: dict[str, list[tuple[int, int]]] = {}
        for r in long:
            texts[r], a[r], b[r] = context(texts[r], starts[r], ends[r], splits)
    codes, distinct = pd.factorize(np.asarray(texts, dtype=object))
    return distinct.tolist(), codes.astype(np.int64), a, b


def target_counts(
    X: Any, window: int, index: FeatureIndex, *, width: int | None = None
) -> sp.csr_matrix:
    """How often each target of *X* has each word-block feature: a canonical CSR matrix.

    The counts of every feature of :func:`target_features` in the blocks
    ``sentence`` to ``lexicon`` that the vocabulary of *index* holds. The
    distinct contexts are tokenised together and their words looked up once;
    the words and word pairs of a whole context (``sentence`` and ``stems``)
    are counted once per context, and each target's row is its context's row
    less its mention's words plus its own features (mask, clause, window,
    mention, roles, lexicon), found with array operations.

    Parameters
    ----------
    X : DataFrame or sequence of (text, start, end)
        The targets.
    window : int
        Tokens on each side of the mention in the ``window`` block.
    index : FeatureIndex
        The model's vocabulary as integer lookups.
    width : int, optional
        Columns of the matrix; default one past the largest column of the vocabulary.

    Returns
    -------
    scipy.sparse.csr_matrix
        One row per target, float64 counts (no explicit zeros, indices sorted).

    Examples
    --------
    >>> voc = {b: {} for b in BLOCKS}
    >>> voc["mention"] = {"voss": 0}
    >>> voc["sentence"] = {"critics slammed": 1, "critics": 2}
    >>> counts = target_counts([("Critics slammed Voss.", 16, 20)], 6, FeatureIndex(voc))
    >>> counts.toarray().tolist()
    [[1.0, 1.0, 1.0]]
    """
    texts, starts, ends = _as_targets(X)
    contexts, code, a, b = _contexts(texts, starts, ends)
    tokens = _tokenise(contexts)
    # and one token more, in no context (the mask), so that no look-up runs off an empty batch
    wid = np.append(np.asarray(index.word_ids(tokens.words), dtype=np.int64), index.mask)
    index.sync()
    g0 = tokens.first[code]
    size = tokens.first[code + 1] - g0
    at = tokens.offsets[code]
    li = np.searchsorted(tokens.ends, at + a, side="right") - g0
    ri = np.maximum(li, np.searchsorted(tokens.starts, at + b, side="left") - g0)
    # the clause: up to the nearest breaks before and after the mention
    breaks = np.flatnonzero(index.flags[wid] & _BREAK)
    k = np.searchsorted(breaks, g0 + li) - 1
    before = breaks[np.maximum(k, 0)] if len(breaks) else k
    c0 = np.where((k >= 0) & (before >= g0), before - g0, -1) + 1
    k = np.searchsorted(breaks, g0 + ri)
    after = breaks[np.minimum(k, len(breaks) - 1)] if len(breaks) else k
    c1 = np.where((k < len(breaks)) & (after < g0 + size), after - g0, size)
    where = np.column_stack([g0, size, li, ri, c0, c1])
    extra = _roles_and_lexicon(index, wid, tokens.first, where)
    (crows, ccols), (rows, cols, weights) = _gather(index, where, wid, window, extra, tokens.first)
    width = index.width if width is None else width
    whole = sp.csr_matrix((np.ones(len(ccols)), (crows, ccols)), shape=(len(contexts), width))
    whole.sum_duplicates()
    own = sp.csr_matrix((weights, (rows, cols)), shape=(len(texts), width))
    own.sum_duplicates()
    counts = whole[code] + own  # a sum of zero is dropped
    counts.sum_duplicates()
    return counts


def _quote_states(index: FeatureIndex, wid: np.ndarray, first: np.ndarray) -> tuple[Any, ...]:
    """The quote marks (token positions) and whether a quotation is open after each.

    As in :func:`_analyse`: “ opens, ” closes and " turns the state over; each
    context starts outside a quotation; a lexicon word is no quote mark.
    """
    flags = index.flags[wid]
    marks = np.flatnonzero((flags & _QUOTE) & ~(flags & _LEXICAL) != 0)
    kind = wid[marks]
    both = kind == index.word_id(_QUOTE_BOTH)
    owner = np.searchsorted(first, marks, side="right") - 1
    starts_context = np.ones(len(marks), dtype=bool)
    starts_context[1:] = owner[1:] != owner[:-1]
    # each mark's anchor: the last mark up to it that sets the state or starts its context
    last = np.maximum.accumulate(np.where(~both | starts_context, np.arange(len(marks)), 0))
    toggles = np.cumsum(both)
    base = (kind == index.word_id(_QUOTE_OPEN)) & ~both  # the state a mark sets
    flips = toggles - (toggles[last] - both[last])  # the " marks from the anchor on
    states = base[last] ^ (flips % 2 == 1)
    return marks, states


def _state_at(marks: np.ndarray, states: np.ndarray, k: np.ndarray, g0: np.ndarray) -> np.ndarray:
    """Whether a quotation is open at token *k* (the last quote mark at or before it in its context)."""
    at = np.searchsorted(marks, k, side="right") - 1
    if not len(marks):
        return np.zeros(len(k), dtype=bool)
    ok = (at >= 0) & (marks[np.maximum(at, 0)] >= g0)
    return ok & states[np.maximum(at, 0)]


def _roles_and_lexicon(
    index: FeatureIndex, wid: np.ndarray, first: np.ndarray, where: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Rows and columns of the ``role`` and ``lexicon`` features and the pronoun feature.

    The features of :func:`_role_and_lexicon` (and the ``<pronoun>`` of
    :func:`_mention`) of every target at once.
    """
    g0, size, li, ri, c0, c1 = where.T
    flags = index.flags[wid]
    marks, states = _quote_states(index, wid, first)
    in_context = np.searchsorted(marks, g0 + size) - np.searchsorted(marks, g0)
    has_quote = in_context > 0
    left, right = li > 0, ri < size
    k = np.where(ri > li, g0 + li, g0 + li - 1)
    tq = ((ri > li) | left) & _state_at(marks, states, k, g0)
    before = np.where(left, g0 + li - 1, 0)
    after = np.where(right, g0 + ri, 0)
    f_before = np.where(left, flags[before], 0)
    f_after = np.where(right, flags[after], 0)
    next_after = np.where(ri + 1 < size, g0 + ri + 1, 0)
    w_before = np.where(left, wid[before], -1)
    two_before = np.where(li >= 2, wid[np.maximum(g0 + li - 2, 0)], -1)
    roles = {
        "speaker_after": f_after & _VERB != 0,
        "speaker_after_aux": (f_after & _AUXILIARY != 0)
        & (ri + 1 < size)
        & (flags[next_after] & _VERB != 0),
        "speaker_before": f_before & _VERB != 0,
        "speaker_according": (li >= 2)
        & (w_before == index.word_id("to"))
        & (two_before == index.word_id("according")),
        "in_quote": tq,
        "sentence_quotes": has_quote,
        "first": ~left | (f_before & _QUOTE != 0),
        "after_by": left & (w_before == index.word_id("by")),
    }
    speaker = roles["speaker_after"] | roles["speaker_after_aux"] | roles["speaker_before"]
    speaker |= roles["speaker_according"]
    rows = [np.flatnonzero(flag) for flag in roles.values()]
    cols = [np.full(len(r), index.role_cols[name]) for r, name in zip(rows, roles, strict=True)]
    pronoun = np.flatnonzero(
        (ri - li == 1) & (flags[np.minimum(g0 + li, len(wid) - 1)] & _PRONOUN_WORD != 0)
    )
    rows.append(pronoun)
    cols.append(np.full(len(pronoun), index.pronoun_col))
    # the lexicon words of each context, negated when a negator is among the three words before
    lexical = np.flatnonzero(flags & _LEXICAL)
    value = index.valence[wid[lexical]]
    if len(lexical):
        start = first[np.searchsorted(first, lexical, side="right") - 1]
        negators = np.concatenate([[0], np.cumsum(flags & _NEGATOR != 0)])
        negated = negators[lexical] - negators[np.maximum(lexical - 3, start)] > 0
        value = np.where(negated, value * _NEGATION_SCALE, value)
    pos, owner = _spans(np.searchsorted(lexical, g0), np.searchsorted(lexical, g0 + size))
    k = lexical[pos] - g0[owner]
    lo, hi = li[owner], ri[owner]
    keep = (k < lo) | (k >= hi)
    pos, owner, k, lo, hi = pos[keep], owner[keep], k[keep], lo[keep], hi[keep]
    v = value[pos]
    sign = (v <= 0).astype(np.int64)  # "p" (0) above zero, else "n" (1)
    left_side = k < lo
    d = np.where(left_side, lo - k, k - hi + 1)
    db = np.where(d <= 3, 0, np.where(d <= 8, 1, 2))
    same = (_state_at(marks, states, lexical[pos], g0[owner]) != tq[owner]).astype(np.int64)
    table = index.lexicon_cols
    strong = (v > 2) | (v < -2)
    spk = speaker[owner]
    clause = (c0[owner] - 1 < k) & (k < c1[owner])
    rows += [owner] * 4 + [owner[spk], owner[strong], owner[clause]]
    cols += [
        table["sign"][sign],
        table["distance"][sign, db],
        table["side"][sign, db, (~left_side).astype(np.int64)],
        table["same"][sign, same],
        table["speaker"][sign[spk], same[spk]],
        table["strong"][sign[strong], db[strong]],
        table["clause"][sign[clause]],
    ]
    return np.concatenate(rows), np.concatenate(cols)


def _gather(
    index: FeatureIndex,
    where: np.ndarray,
    wid: np.ndarray,
    window: int,
    extra: tuple[np.ndarray, np.ndarray],
    first: np.ndarray,
) -> tuple[tuple[np.ndarray, np.ndarray], tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """The features of every context, and every target's own features from its position.

    Returns ``(rows, cols)`` of each context's ``sentence`` words and pairs and
    its ``stems`` (rows: contexts), and ``(rows, cols, weights)`` of each
    target's features (rows: targets), where weight -1 takes out of its
    context's features those of its mention's words.
    """
    g0, size, li, ri, c0, c1 = where.T
    end = g0 + size
    M = index._M
    # the bigram starting at each token (the last token of a context starts none)
    nxt = np.zeros_like(wid)
    nxt[:-1] = wid[1:]
    pair = wid * M + nxt
    all_pairs = index.pair_columns_all(pair)
    rows: list[np.ndarray] = []
    cols: list[np.ndarray] = []
    weights: list[np.ndarray] = []

    def take(column: np.ndarray, a: np.ndarray, b: np.ndarray, weight: float = 1.0) -> None:
        pos, owner = _spans(a, b)
        found = column[pos]
        keep = found >= 0
        rows.append(owner[keep])
        cols.append(found[keep])
        weights.append(np.full(int(keep.sum()), weight))

    # each context's words and pairs and stems, once
    sentence, stems = index.cols["sentence"][wid], index.cols["stems"][wid]
    lo, hi = first[:-1], first[1:]
    for column, b in ((sentence, hi), (all_pairs["sentence"], hi - 1), (stems, hi)):
        take(column, lo, b)
    whole = np.concatenate(rows), np.concatenate(cols)
    rows.clear(), cols.clear(), weights.clear()
    # less the mention's words and the pairs that hold one
    take(sentence, g0 + li, g0 + ri, -1.0)
    take(stems, g0 + li, g0 + ri, -1.0)
    take(all_pairs["sentence"], g0 + np.maximum(li - 1, 0), g0 + np.minimum(ri, size - 1), -1.0)

    def scalar(col: np.ndarray, owner: np.ndarray) -> None:
        keep = col >= 0
        rows.append(owner[keep])
        cols.append(col[keep])
        weights.append(np.ones(int(keep.sum())))

    every = np.arange(len(where), dtype=np.int64)
    left = li > 0
    right = ri < size
    before_mask = wid[np.where(left, g0 + li - 1, 0)] * M + index.mask
    after_mask = index.mask * M + wid[np.where(right, g0 + ri, 0)]
    # the clause's words and pairs left and right of the mention (the sentence's came above)
    clause = index.cols["clause"][wid]
    take(clause, g0 + c0, g0 + li)
    take(clause, g0 + ri, g0 + c1)
    take(all_pairs["clause"], g0 + c0, g0 + li - 1)
    take(all_pairs["clause"], g0 + ri, g0 + c1 - 1)
    # the mask, and the pairs of the mask with the words next to it
    for block, lo, hi in (("sentence", g0, end), ("clause", g0 + c0, g0 + c1)):
        mask = index.vocabulary[block].get(_MASK, -1)
        scalar(np.full(len(every), mask, dtype=np.int64), every)
        has_left = left & (lo < g0 + li)
        has_right = right & (hi > g0 + ri)
        scalar(index.pair_columns(block, before_mask[has_left]), every[has_left])
        scalar(index.pair_columns(block, after_mask[has_right]), every[has_right])
    # window: the last *window* words left of the mention and the first right of it
    w_lo = g0 + (np.maximum(li - window, 0) if window > 0 else 0)
    w_hi = g0 + np.minimum(ri + window, size)
    for block, a, b in (("l:", w_lo, g0 + li), ("r:", g0 + ri, w_hi)):
        take(index.cols[block][wid], a, b)
        take(all_pairs[block], a, b - 1)
    take(index.cols["mention"][wid], g0 + li, g0 + ri)
    scalar(extra[1], extra[0])
    return whole, (np.concatenate(rows), np.concatenate(cols), np.concatenate(weights))
