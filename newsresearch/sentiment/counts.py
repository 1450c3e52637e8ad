"""Target-sentiment features counted in batch: :class:`FeatureIndex` and :func:`target_counts`.

The counts of the word-block features of :mod:`newsresearch.sentiment.features`
for many targets at once, as a sparse matrix, found with array operations: the
distinct contexts are tokenised in one pass, each word's properties are
looked up once per process on the model's :class:`FeatureIndex`, and the words
of a whole context are counted once for all its targets. The feature strings
of :func:`~newsresearch.sentiment.features.target_features` (what ``fit``
uses) are the reference: the matrices are the same, bit for bit.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from itertools import compress, repeat
from operator import is_
from typing import Any

import numpy as np
import pandas as pd
import scipy.sparse as sp

from .features import (
    _AUXILIARIES,
    _CLAUSE_BREAKS,
    _NEGATION_SCALE,
    _PRONOUNS,
    _QUOTE_BOTH,
    _QUOTE_MARKS,
    _QUOTE_OPEN,
    _STEM,
    _TARGET_NEGATORS,
    _TOKEN,
    MAX_CONTEXT,
    _as_targets,
    _verbs,
    context,
)
from .vader import vader_lexicon

__all__ = ["FeatureIndex", "target_counts"]


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

    def word_id_array(self, words: list[str]) -> np.ndarray:
        """:meth:`word_ids` as an int64 array: one dictionary lookup per word, and the new
        words (in the order they first occur, so that they get the ids :meth:`word_ids`
        gives them) looked up again.

        Examples
        --------
        >>> index = FeatureIndex({b: {} for b in ("sentence", "window", "mention", "clause",
        ...                                        "role", "lexicon", "stems")})
        >>> index.word_id_array(["voss", "won", "voss"]).tolist() == index.word_ids(["voss", "won", "voss"])
        True
        """
        out = np.fromiter(map(self.ids.get, words, repeat(-1)), np.int64, len(words))
        new = np.flatnonzero(out < 0)  # ids are >= 0
        if len(new):  # words no text held before (a batch of news has some): only those again
            out[new] = self.word_ids([words[k] for k in new.tolist()])
        return out

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
    """The tokens of *texts* (as :func:`~newsresearch.sentiment.features._analyse` finds them), tokenised in one pass.

    No token holds whitespace, so joining the texts with newlines changes none
    of them. The words are the tokens of the lower-cased text when lower-casing
    keeps the token spans (:func:`_lowering_keeps_tokens`), else the lower-cased
    slices of each text's spans, as :func:`~newsresearch.sentiment.features._analyse` takes them.

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

    The counts of every feature of :func:`~newsresearch.sentiment.features.target_features` in the blocks
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
    >>> from newsresearch.sentiment.features import BLOCKS
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
    wid = np.append(index.word_id_array(tokens.words), index.mask)
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

    As in :func:`~newsresearch.sentiment.features._analyse`: “ opens, ” closes and " turns the state over; each
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

    The features of :func:`~newsresearch.sentiment.features._role_and_lexicon` (and the ``<pronoun>`` of
    :func:`~newsresearch.sentiment.features._mention`) of every target at once.
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
