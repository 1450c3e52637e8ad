"""One term matcher for sentiment dictionaries and frame lexicons.

:class:`TermMatcher` compiles category -> term -> weight (a
:class:`~newsresearch.lexicons.dictionary.WordLists`' ``categories``) once:
exact words in a dict, wildcard patterns (``*`` any run of characters, ``?``
one character) grouped by their literal prefix, phrases indexed by their first
element. Text becomes an array of integer token codes; each token *type* is
matched against the patterns once and cached (whitespace-separated chunks too),
so a corpus costs about one dict lookup per chunk. Matching is then a numpy pass.
The caches only grow, under a lock, so threads may share one matcher.

Rules (the same for every user; options choose among the two existing ones)
--------------------------------------------------------------------------
* Tokens are those of :func:`newsresearch.text.tokenize`, lower-cased with
  curly apostrophes straightened. A *word* token has a letter, digit or ``_``;
  the others are punctuation.
* A phrase wins over the single words inside it, scanning left to right; its
  tokens are not matched again. ``skip_punct=True`` matches over word tokens
  only (a phrase may span a comma), as sentiment dictionaries always did.
* ``resolve="all"`` (frame lexicons): a token counts for every category one of
  its matching entries is in, with the largest weight; phrases of the same
  length matching at one position all count. ``resolve="first"`` (LIWC
  convention, sentiment dictionaries): the most specific entry wins alone:
  exact word, else the longest ``stem*``, else the first other pattern;
  phrases whose first word is exact before those starting with a wildcard,
  longer first.
* Negation: a hit is *negated* when a negator (a word in ``negators`` or ending
  in ``n't``, not followed by a word in ``not_negating_next``) stands within
  ``window`` word tokens before its first token in the same scope. The scope
  ends at every punctuation token, or only at ``scope_breaks`` when given
  (sentiment: ``. ! ? ; :``). Callers decide what a negated hit means.

Examples
--------
>>> m = TermMatcher({"econ": {"econom*": 1.0, "tax cut": 2.0}, "war": {"clash*": 1.0}})
>>> codes = m.codes("The economy did not clash over the tax cut.")[0]
>>> h = m.match(codes)
>>> h.start.tolist(), h.end.tolist(), h.negated.tolist()
([7, 1, 4], [9, 2, 5], [False, False, True])
>>> m.weights[h.row].tolist()
[[2.0, 0.0], [1.0, 0.0], [0.0, 1.0]]
"""

from __future__ import annotations

import re
import threading
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import chain, pairwise
from typing import Any

import numpy as np

from ..text import quote_spans
from .chunks import ChunkTable, code_points, is_space
from .negation import FRAME_NEGATORS, NEGATION_WINDOW, NOT_NEGATING_NEXT, is_negator
from .tokens import (
    SPLIT_ONLY_SPACE,
    SPLIT_ONLY_SPACE_CHARS,
    TOKEN_RX,
    WORD_CHAR,
    contains_any,
    glob_regex,
    token_strings,
)

__all__ = [
    "TOKEN_RX",
    "ChunkTable",
    "Hits",
    "Match",
    "TermMatcher",
    "Tally",
    "glob_regex",
    "token_strings",
]

#: Chunk-table entries kept per matcher before it starts a new table. An entry costs about
#: 350 bytes (the chunk string, its dict slot, its codes and offsets, the hash index), and a
#: long-lived process meets some 20,000 to 50,000 new chunks per 1,000 news articles: at
#: 2,000,000 the table of one process framing 18,800 ABP articles (a pipeline worker's share)
#: reached 414,000 entries. A new table costs one batch of misses (each chunk's codes come
#: from the token cache, which is kept). Framing 5,000 ABP articles in one process met
#: 195,000 distinct chunks, and 308,000 misses with the table at 100,000 (frames 7.5 -> 5.9
#: CPU s unbounded): at 200,000 a worker's share of ABP starts about two new tables, not seven.
CACHE_LIMIT = 200_000
RESOLVE = ("all", "first")
_GLOB_CHARS = re.compile(r"[*?]")
_QUOTE_CHARS = re.compile(r"[\"“”«»„]")
_QUOTE_CHAR_SET = '"“”«»„'  # the characters of _QUOTE_CHARS
_SEPARATOR = "\x00"  # between documents scored together: matches nothing, ends every scope
_NO_CODES = np.zeros(0, dtype=np.int64)
_FAR = -(10**9)


#: The one character whose lower-case form is longer than itself ("İ" -> "i̇").
_LENGTH_CHANGING_LOWER = "\u0130"


def _normalise(text: str) -> str:
    """*text* as the matcher reads it: lower-cased, with ``’`` as ``'``."""
    return text.lower().replace("’", "'")


@dataclass
class Hits:
    """Matches in a token-code sequence, in no particular order (sort by ``start``).

    ``start``/``end``: token indices (end exclusive) into the codes given;
    ``row``: index into ``matcher.weights`` and ``matcher.member``; ``negated``.
    """

    start: np.ndarray
    end: np.ndarray
    row: np.ndarray
    negated: np.ndarray


@dataclass
class Match:
    """One match for one category, with character offsets (from :meth:`TermMatcher.find`)."""

    start: int
    end: int
    category: str
    weight: float
    negated: bool


@dataclass
class Tally:
    """Per unit (document or sentence): word tokens, and per category hits, quoted, score."""

    n_words: np.ndarray
    hits: np.ndarray  # units x categories, hits not dropped by negation
    quoted: np.ndarray  # of which inside quotation marks
    score: np.ndarray  # weighted, quote_weight applied


def _pattern_rank(pattern: str, index: int) -> tuple[int, int]:
    """Specificity under ``resolve="first"``: exact, longest stem*, then file order."""
    m = _GLOB_CHARS.search(pattern)
    if m is None:
        return (0, 0)
    if m.start() == len(pattern) - 1 and pattern.endswith("*"):
        return (1, -len(pattern))
    return (2, index)


class TermMatcher:
    """Compiled categories of terms; matches token codes. See the module notes.

    Parameters
    ----------
    categories : mapping
        Category -> term -> weight. Terms as :mod:`newsresearch.lexicons.dictionary`
        normalises them (lower case, one space between the words of a phrase).
    resolve : {"all", "first"}
        Several entries matching one token: all count (max weight per category),
        or the most specific one alone.
    skip_punct : bool
        Match phrases and count the negation window over word tokens only.
    negators, not_negating_next, window, scope_breaks
        The negation rule (module notes); ``scope_breaks=None``: any punctuation.
    """

    def __init__(
        self,
        categories: Mapping[str, Mapping[str, float]],
        *,
        resolve: str = "all",
        skip_punct: bool = False,
        negators: Iterable[str] = FRAME_NEGATORS,
        not_negating_next: Iterable[str] = NOT_NEGATING_NEXT,
        window: int = NEGATION_WINDOW,
        scope_breaks: Iterable[str] | None = None,
    ) -> None:
        if resolve not in RESOLVE:
            raise ValueError(f"resolve {resolve!r} is invalid; valid values are {list(RESOLVE)}")
        self.categories = list(categories)
        self.resolve = resolve
        self.skip_punct = skip_punct
        self.negators = frozenset(negators)
        self.not_negating_next = frozenset(not_negating_next)
        self.window = int(window)
        self.scope_breaks = None if scope_breaks is None else frozenset(scope_breaks)
        # The caches below only grow, under this lock: threads may share a matcher.
        self.lock = threading.RLock()
        self._compile(categories)
        # Per token type (raw string) an integer code; arrays indexed by code.
        self.cache: dict[str, int] = {}
        self.chunks = ChunkTable()
        self.row = np.zeros(1024, dtype=np.int32)
        self.is_punct = np.zeros(1024, dtype=bool)
        self.is_break = np.zeros(1024, dtype=bool)
        self.is_neg = np.zeros(1024, dtype=bool)
        self.starts = np.zeros(1024, dtype=bool)
        self.seconds = np.zeros(1024, dtype=bool)
        self.pids_of: list[frozenset[int]] = []
        self.norm_of: list[str] = []
        self.phrase_starts: dict[int, list[int]] = {}

    def __getstate__(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if k != "lock"}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state, lock=threading.RLock())

    # -- compiling -----------------------------------------------------------------------------

    def _compile(self, categories: Mapping[str, Mapping[str, float]]) -> None:
        nc = len(self.categories)
        patterns: dict[str, int] = {}
        single: dict[int, tuple[np.ndarray, np.ndarray]] = {}
        phrases: dict[tuple[int, ...], tuple[np.ndarray, np.ndarray]] = {}
        for ci, name in enumerate(self.categories):
            for term, weight in categories[name].items():
                pids = tuple(patterns.setdefault(el, len(patterns)) for el in term.split())
                table: Any = single if len(pids) == 1 else phrases
                key = pids[0] if len(pids) == 1 else pids
                w, m = table.setdefault(key, (np.zeros(nc), np.zeros(nc, dtype=bool)))
                w[ci] = max(w[ci], weight) if m[ci] else weight
                m[ci] = True
        self.exact: dict[str, int] = {}
        self.globs_by_prefix: dict[str, list[tuple[re.Pattern[str], int]]] = {}
        self.rank: dict[int, tuple[int, int]] = {}
        for pat, pid in patterns.items():
            self.rank[pid] = _pattern_rank(pat, pid)
            m = _GLOB_CHARS.search(pat)
            if m is None:
                self.exact[pat] = pid
            else:
                self.globs_by_prefix.setdefault(pat[: m.start()], []).append((glob_regex(pat), pid))
        self.prefix_lengths = sorted({len(p) for p in self.globs_by_prefix})
        zero_w, zero_m = np.zeros(nc), np.zeros(nc, dtype=bool)
        self.rows: dict[tuple[Any, ...], int] = {self._key(zero_w, zero_m): 0}
        self._weights: list[np.ndarray] = [zero_w]
        self._member: list[np.ndarray] = [zero_m]
        self.weights = np.zeros((1, nc))
        self.member = np.zeros((1, nc), dtype=bool)
        self.single = {pid: self._row_of(w, m) for pid, (w, m) in single.items()}
        # Longest phrases first; under resolve="first" those with an exact first word first.
        keys = list(phrases)
        first = self.resolve == "first"
        order = sorted(
            range(len(keys)),
            key=lambda k: (first and self.rank[keys[k][0]][0] > 0, -len(keys[k]), k),
        )
        self.phrases = [(keys[k], self._row_of(*phrases[keys[k]])) for k in order]
        self.longest_phrase = max((len(pids) for pids, _ in self.phrases), default=2)
        self.phrases_by_first: dict[int, list[int]] = {}
        for k, (pids, _) in enumerate(self.phrases):
            self.phrases_by_first.setdefault(pids[0], []).append(k)
        self.second_pids = {pids[1] for pids, _ in self.phrases}
        self._combined: dict[tuple[int, ...], int] = {}

    @staticmethod
    def _key(w: np.ndarray, m: np.ndarray) -> tuple[Any, ...]:
        return (*w.tolist(), *m.tolist())

    def _row_of(self, w: np.ndarray, m: np.ndarray) -> int:
        key = self._key(w, m)
        with self.lock:
            rid = self.rows.get(key)
            if rid is None:
                rid = self.rows[key] = len(self._weights)
                self._weights.append(w)
                self._member.append(m)
                self.weights = np.vstack(self._weights)
                self.member = np.vstack(self._member)
        return rid

    def _union(self, rids: Sequence[int]) -> int:
        if len(rids) == 1:
            return rids[0]
        w = np.where(self.member[rids], self.weights[rids], -np.inf).max(axis=0)
        m = self.member[rids].any(axis=0)
        return self._row_of(np.where(m, w, 0.0), m)

    # -- token codes ---------------------------------------------------------------------------

    def _patterns_of(self, tok: str) -> frozenset[int]:
        found = set()
        pid = self.exact.get(tok)
        if pid is not None:
            found.add(pid)
        for n in self.prefix_lengths:
            if n > len(tok):
                break
            for rx, gid in self.globs_by_prefix.get(tok[:n], ()):
                if rx.fullmatch(tok):
                    found.add(gid)
        return frozenset(found)

    def _grow(self) -> None:
        n = len(self.row)
        for name in ("row", "is_punct", "is_break", "is_neg", "starts", "seconds"):
            arr = getattr(self, name)
            setattr(self, name, np.concatenate([arr, np.zeros(n, dtype=arr.dtype)]))

    def _add(self, raw: str) -> int:
        code = len(self.pids_of)
        if code >= len(self.row):
            self._grow()
        tok = raw.replace("’", "'").lower()
        pids = self._patterns_of(tok)
        hits = [pid for pid in pids if pid in self.single]
        if hits and self.resolve == "first":
            best = min(hits, key=self.rank.__getitem__)
            self.row[code] = self.single[best]
        elif hits:
            self.row[code] = self._union([self.single[pid] for pid in sorted(hits)])
        starts = [k for pid in pids for k in self.phrases_by_first.get(pid, ())]
        if starts:
            self.phrase_starts[code] = sorted(starts)
        punct = raw == _SEPARATOR or not WORD_CHAR.search(tok)
        self.is_punct[code] = punct
        self.is_break[code] = raw == _SEPARATOR or (
            punct if self.scope_breaks is None else tok in self.scope_breaks
        )
        self.is_neg[code] = not punct and is_negator(tok, self.negators)
        self.starts[code] = bool(starts)
        self.seconds[code] = not self.second_pids.isdisjoint(pids)
        self.pids_of.append(pids)
        self.norm_of.append(tok)
        self.cache[raw] = code
        return code

    def code(self, token: str) -> int:
        """The code of one token string (added on first sight)."""
        code = self.cache.get(token)
        if code is None:
            with self.lock:
                code = self.cache.get(token)
                code = code if code is not None else self._add(token)
        return code

    def _chunk_id(self, table: ChunkTable, chunk: str) -> int:
        """The id of *chunk* in *table*, the token codes of its lower-cased form (with
        ``’`` as ``'``) found on first sight."""
        norm = _normalise(chunk)
        code = self.cache.get(norm) if norm.isalpha() else None
        codes = (code,) if code is not None else tuple(map(self.code, token_strings(norm)))
        with self.lock:
            return table.add(chunk, codes)

    def _table(self) -> ChunkTable:
        """The chunk table to use for the next batch: a new one when the current is full."""
        with self.lock:
            if len(self.chunks) > CACHE_LIMIT:
                self.chunks = ChunkTable()
            return self.chunks

    def _chunk_ids(
        self,
        table: ChunkTable,
        text: str,
        ids: list[int],
        pieces: list[int],
        quoted: list[bool],
        quotes: Sequence[tuple[int, int]] | None = None,
    ) -> bool:
        """Append the chunk ids of *text* to *ids*, and per piece (stretches inside and
        outside quotation spans) its chunk count to *pieces* and whether it is quoted to
        *quoted*; whether the text has quotation marks.

        The text is split on whitespace (no token spans it) and each chunk looked up
        in *table*, whose codes are those of the chunk lower-cased (:func:`_normalise`);
        quotation marks are tokens of their own, so cutting the text at quotation spans
        first keeps the same tokens. *quotes*: the text's quotation spans
        (:func:`newsresearch.text.quote_spans`) when already known; they are used when
        lower-casing keeps every offset.

        Lower-casing keeps every offset, white space and quotation mark except for one
        character ("İ", two characters lower-cased), so a text without it is cut and
        split as it is: the same chunks as its lower-cased form's, without lower-casing
        the whole text (tested over every code point in the unit tests).
        """
        if _LENGTH_CHANGING_LOWER in text:
            text = _normalise(text)  # the chunks of the lower-cased text, as keys
            quotes = None
        if contains_any(text, SPLIT_ONLY_SPACE_CHARS):
            # str.split() would drop these; the tokenizer keeps each as a symbol token.
            text, quotes = SPLIT_ONLY_SPACE.sub(" \ufffc ", text), None
        has_quotes = contains_any(text, _QUOTE_CHAR_SET)
        if has_quotes:
            # pieces alternate: outside, inside the first quotation, outside, ...
            bounds = [0]
            for a, b in quote_spans(_normalise(text)) if quotes is None else quotes:
                bounds += (a, b)
            bounds.append(len(text))
            split = [text[a:b].split() for a, b in pairwise(bounds)]
            quoted.extend([False, True] * ((len(split) - 1) // 2) + [False])
        else:
            split = [text.split()]
            quoted.append(False)
        pieces.extend(map(len, split))
        n = len(ids)
        try:  # every chunk seen before (the common case): one pass in C
            ids.extend(map(table.ids.__getitem__, chain.from_iterable(split)))
        except KeyError:
            del ids[n:]
            get, chunk_id = table.ids.get, self._chunk_id
            ids.extend(
                f if (f := get(c)) is not None else chunk_id(table, c)
                for c in chain.from_iterable(split)
            )
        return has_quotes

    def _batch_chunk_ids(
        self,
        table: ChunkTable,
        texts: Sequence[Any],
        quotes: Sequence[Sequence[tuple[int, int]] | None] | None,
    ) -> tuple[np.ndarray, np.ndarray | None, np.ndarray] | None:
        """The chunk ids :meth:`_chunk_ids` gives for *texts* one after the other, each
        text followed by the separator chunk; whether each chunk is quoted (None when no
        text has quotation marks); each text's chunk count, separator included. Found
        for all texts at once in numpy
        (:class:`ChunkIndex`), chunks not seen before as strings. None when a text needs
        :meth:`_chunk_ids`' special cases (its lower case changes lengths, or it has
        characters ``str.split()`` drops but the tokenizer keeps), or has unordered
        quotation spans.

        The texts are joined with line breaks and cut at white space (as ``str.split()``
        does) and at the bounds of quotation spans (as cutting each text at them first).
        A chunk is quoted when it starts inside a quotation span.
        """
        sep_code = self.code(_SEPARATOR)
        with self.lock:
            sep = table.add(_SEPARATOR, (sep_code,))
        joined: list[str] = []
        cuts: list[int] = []
        doc_starts: list[int] = []
        any_quote = False
        at = 0
        for i, text in enumerate(texts):
            if not isinstance(text, str):
                text = ""
            if _LENGTH_CHANGING_LOWER in text or contains_any(text, SPLIT_ONLY_SPACE_CHARS):
                return None
            if text and contains_any(text, _QUOTE_CHAR_SET):
                any_quote = True
                known = None if quotes is None else quotes[i]
                spans = quote_spans(_normalise(text)) if known is None else known
                last = 0
                for a, b in spans:
                    if not last <= a <= b <= len(text):
                        return None
                    cuts += (at + a, at + b)
                    last = b
            doc_starts.append(at)
            joined.append(text)
            at += len(text) + 1
        whole = "\n".join(joined)
        chars = code_points(whole)
        n = len(chars)
        space = is_space(chars)
        cut = np.zeros(n + 1, dtype=bool)  # a chunk boundary before each position
        cut[0] = cut[n] = True
        cut[1:n] |= space[:-1] | space[1:]
        if cuts:
            cut[np.asarray(cuts, dtype=np.int64)] = True
        word = ~space
        starts = np.flatnonzero(word & cut[:n])
        ends = np.flatnonzero(word & cut[1:]) + 1
        with self.lock:
            index = table.index()
            found = index.find(chars, starts, ends, word)
        missing = np.flatnonzero(found < 0)
        if len(missing):  # chunks not seen before (or colliding): as strings, in text order
            get, chunk_id = table.ids.get, self._chunk_id
            chunks = [
                whole[a:b]
                for a, b in zip(starts[missing].tolist(), ends[missing].tolist(), strict=True)
            ]
            found[missing] = [
                f if (f := get(c)) is not None else chunk_id(table, c) for c in chunks
            ]
        # the separator after each text
        doc_of = np.searchsorted(np.asarray(doc_starts, dtype=np.int64), starts, "right") - 1
        per_doc = np.bincount(doc_of, minlength=len(texts)) + 1
        sep_at = np.cumsum(per_doc) - 1
        ids = np.full(len(starts) + len(texts), sep, dtype=np.int64)
        is_chunk = np.ones(len(ids), dtype=bool)
        is_chunk[sep_at] = False
        ids[is_chunk] = found
        quoted = np.zeros(len(ids), dtype=bool)
        if cuts:
            inside = np.zeros(n + 1, dtype=np.int64)
            bounds = np.asarray(cuts, dtype=np.int64)
            np.add.at(inside, bounds[0::2], 1)
            np.add.at(inside, bounds[1::2], -1)
            quoted[is_chunk] = np.cumsum(inside)[starts] > 0
        return ids, (quoted if any_quote else None), per_doc

    def codes(self, text: str) -> tuple[np.ndarray, np.ndarray | None]:
        """Token codes of *text* and, when it has quotation marks, which tokens are quoted.

        The text is lower-cased and split on whitespace; each chunk's codes are
        cached (:class:`ChunkTable`).
        """
        table = self._table()
        ids: list[int] = []
        pieces: list[int] = []
        quoted: list[bool] = []
        has_quotes = self._chunk_ids(table, text, ids, pieces, quoted)
        chunk_ids = np.fromiter(ids, dtype=np.int64, count=len(ids))
        codes = table.expand(chunk_ids)
        if not has_quotes:
            return codes, None
        per_chunk = np.repeat(np.asarray(quoted, dtype=bool), pieces)
        return codes, np.repeat(per_chunk, table.arrays()[2][chunk_ids])

    def spans(self, text: str) -> tuple[np.ndarray, list[tuple[int, int]]]:
        """Token codes of *text* and the tokens' character spans (tokens of the original text)."""
        spans = [m.span() for m in TOKEN_RX.finditer(text)]
        code = self.code
        codes = np.fromiter((code(text[a:b]) for a, b in spans), dtype=np.int64, count=len(spans))
        return codes, spans

    # -- matching ------------------------------------------------------------------------------

    def _phrases(
        self, codes: np.ndarray, rows: np.ndarray
    ) -> tuple[list[int], list[int], list[int]]:
        """Phrase hits (start, end, row), left to right; zeroes the rows of their tokens."""
        out_s: list[int] = []
        out_e: list[int] = []
        out_r: list[int] = []
        cand = np.flatnonzero(self.starts[codes[:-1]] & self.seconds[codes[1:]])
        if not len(cand):
            return out_s, out_e, out_r
        n, pids_of, taken = len(codes), self.pids_of, -1
        # The codes from each candidate on, as long as the longest phrase (clipped at the
        # end of the codes: a phrase running past it is never compared).
        windows = codes[np.minimum(cand[:, None] + np.arange(self.longest_phrase), n - 1)]
        for p, seq in zip(cand.tolist(), windows.tolist(), strict=True):
            if p <= taken:
                continue
            second = pids_of[seq[1]]
            found: list[int] = []
            length = 0
            for k in self.phrase_starts[seq[0]]:
                pids, rid = self.phrases[k]
                if found and len(pids) != length:
                    break
                end = p + len(pids)
                if end <= n and pids[1] in second:
                    if all(pids[j] in pids_of[seq[j]] for j in range(2, len(pids))):
                        found.append(rid)
                        length = len(pids)
                        if self.resolve == "first":
                            break
            if found:
                out_s.append(p)
                out_e.append(p + length)
                key = tuple(found)
                rid = self._combined.get(key)
                if rid is None:
                    rid = self._combined[key] = self._union(found)
                out_r.append(rid)
                rows[p : p + length] = 0
                taken = p + length - 1
        return out_s, out_e, out_r

    def _negated(self, codes: np.ndarray, scope: np.ndarray, pos: np.ndarray) -> np.ndarray:
        neg = np.flatnonzero(self.is_neg[codes])
        if len(neg) and self.not_negating_next:
            last, norm, skip = len(codes) - 1, self.norm_of, self.not_negating_next
            neg = np.asarray(
                [q for q in neg.tolist() if q == last or norm[int(codes[q + 1])] not in skip],
                dtype=np.int64,
            )
        if not len(neg):
            return np.zeros(len(pos), dtype=bool)
        i = np.searchsorted(neg, pos) - 1
        last_neg = np.where(i >= 0, neg[np.clip(i, 0, None)], _FAR)
        same = scope[np.clip(last_neg, 0, None)] == scope[pos]
        return (last_neg >= pos - self.window) & (last_neg >= 0) & same

    def match(self, codes: np.ndarray) -> Hits:
        """Every hit in a token-code sequence (from :meth:`codes` or :meth:`spans`)."""
        if not len(codes):
            empty = np.zeros(0, dtype=np.int64)
            return Hits(empty, empty, empty, np.zeros(0, dtype=bool))
        brk = self.is_break[codes]
        scope = np.cumsum(brk) - brk  # breaks strictly before each token
        index = None
        if self.skip_punct:
            index = np.flatnonzero(~self.is_punct[codes])
            codes, scope = codes[index], scope[index]
        rows = self.row[codes]
        ps, pe, pr = self._phrases(codes, rows) if len(codes) > 1 else ([], [], [])
        single = np.flatnonzero(rows)
        start = np.concatenate([np.asarray(ps, dtype=np.int64), single])
        end = np.concatenate([np.asarray(pe, dtype=np.int64), single + 1])
        row = np.concatenate([np.asarray(pr, dtype=np.int64), rows[single].astype(np.int64)])
        negated = self._negated(codes, scope, start)
        if index is not None:
            start, end = index[start], index[end - 1] + 1
        return Hits(start, end, row, negated)

    def find(self, text: str) -> tuple[list[Match], int]:
        """Matches in *text* with character offsets, in text order, and its word-token count.

        One :class:`Match` per category a hit is in, in category order.

        Examples
        --------
        >>> m = TermMatcher({"pos": {"good": 1.0}}, resolve="first", skip_punct=True)
        >>> m.find("Not good.")
        ([Match(start=4, end=8, category='pos', weight=1.0, negated=True)], 2)
        """
        codes, spans = self.spans(text)
        n_words = int(np.count_nonzero(~self.is_punct[codes])) if len(codes) else 0
        h = self.match(codes)
        out: list[Match] = []
        names = self.categories
        for k in np.argsort(h.start, kind="stable").tolist():
            a, b, rid = spans[h.start[k]][0], spans[h.end[k] - 1][1], int(h.row[k])
            neg = bool(h.negated[k])
            for ci in np.flatnonzero(self.member[rid]).tolist():
                out.append(Match(a, b, names[ci], float(self.weights[rid, ci]), neg))
        return out, n_words

    # -- tallies per document or sentence ------------------------------------------------------

    def tally(
        self,
        codes: np.ndarray,
        *,
        in_quote: np.ndarray | None = None,
        unit_of_tok: np.ndarray | None = None,
        n_units: int = 1,
        negation: bool = True,
        quote_weight: float = 1.0,
        collect: Counter | None = None,
    ) -> Tally:
        """Hits per category for one unit, or for units given per token (sentences).

        Negated hits are dropped when ``negation``; quoted hits weigh
        ``quote_weight``; ``collect`` counts ``(category, matched text)`` of kept hits.
        """
        nc = len(self.categories)
        hits = np.zeros((n_units, nc), dtype=np.int64)
        quoted = np.zeros((n_units, nc), dtype=np.int64)
        score = np.zeros((n_units, nc))
        if not len(codes):
            return Tally(np.zeros(n_units, dtype=np.int64), hits, quoted, score)
        word = ~self.is_punct[codes]
        if unit_of_tok is None:
            n_words = np.asarray([np.count_nonzero(word)], dtype=np.int64)
        else:
            n_words = np.bincount(unit_of_tok[word], minlength=n_units)
        h = self.match(codes)
        if not len(h.start):
            return Tally(n_words, hits, quoted, score)
        pos = h.start
        weights = self.weights[h.row]
        keep = ~h.negated if negation else np.ones(len(pos), dtype=bool)
        quoted_hit = in_quote[pos] if in_quote is not None else np.zeros(len(pos), dtype=bool)
        present = self.member[h.row] & keep[:, None]
        factor = np.where(quoted_hit, quote_weight, 1.0) * keep
        weighted = weights * factor[:, None]
        in_q = present & quoted_hit[:, None]
        if unit_of_tok is None:
            hits[0], quoted[0], score[0] = present.sum(0), in_q.sum(0), weighted.sum(0)
        else:
            units = unit_of_tok[pos]
            for f in np.flatnonzero(present.any(axis=0)).tolist():
                hits[:, f] = np.bincount(units, weights=present[:, f], minlength=n_units)
                quoted[:, f] = np.bincount(units, weights=in_q[:, f], minlength=n_units)
                score[:, f] = np.bincount(units, weights=weighted[:, f], minlength=n_units)
        if collect is not None:
            seq, norm = codes.tolist(), self.norm_of
            for a, b, rid, k in zip(
                h.start.tolist(), h.end.tolist(), h.row.tolist(), keep.tolist(), strict=True
            ):
                if k:
                    term = " ".join(norm[c] for c in seq[a:b])
                    for ci in np.flatnonzero(self.member[rid]).tolist():
                        collect[(self.categories[ci], term)] += 1
        return Tally(n_words, hits, quoted, score)

    def tally_documents(
        self,
        texts: Sequence[Any],
        *,
        quotes: Sequence[Sequence[tuple[int, int]] | None] | None = None,
        **options: Any,
    ) -> Tally:
        """Tally many documents in one pass over their concatenated tokens.

        A separator token that matches nothing and ends every scope stands
        between documents, so no phrase or negation crosses from one into the next.
        *quotes*: per text its quotation spans when already known (``Article.quote_spans``).
        The chunk ids of all texts are gathered first and turned into token codes
        by one numpy gather.
        """
        if not len(texts):
            return self.tally(_NO_CODES, n_units=0, **options)
        table = self._table()
        fast = self._batch_chunk_ids(table, texts, quotes)
        if fast is not None:
            chunk_ids, chunk_quoted, doc_chunks = fast
        else:
            chunk_ids, chunk_quoted, doc_chunks = self._each_chunk_ids(table, texts, quotes)
        codes = table.expand(chunk_ids)
        per_chunk = table.arrays()[2][chunk_ids]
        in_quote = None if chunk_quoted is None else np.repeat(chunk_quoted, per_chunk)
        doc_of_chunk = np.repeat(np.arange(len(texts)), doc_chunks)
        return self.tally(
            codes,
            in_quote=in_quote,
            unit_of_tok=np.repeat(doc_of_chunk, per_chunk),
            n_units=len(texts),
            **options,
        )

    def _each_chunk_ids(
        self,
        table: ChunkTable,
        texts: Sequence[Any],
        quotes: Sequence[Sequence[tuple[int, int]] | None] | None,
    ) -> tuple[np.ndarray, np.ndarray | None, np.ndarray]:
        """What :meth:`_batch_chunk_ids` gives, text by text with :meth:`_chunk_ids`."""
        sep_code = self.code(_SEPARATOR)
        with self.lock:
            sep = table.add(_SEPARATOR, (sep_code,))
        ids: list[int] = []
        pieces: list[int] = []
        quoted: list[bool] = []
        doc_chunks = np.zeros(len(texts), dtype=np.int64)
        any_quote = False
        for i, text in enumerate(texts):
            n = len(ids)
            if isinstance(text, str) and text:
                known = None if quotes is None else quotes[i]
                any_quote |= self._chunk_ids(table, text, ids, pieces, quoted, known)
            ids.append(sep)
            pieces.append(1)
            quoted.append(False)
            doc_chunks[i] = len(ids) - n
        chunk_ids = np.fromiter(ids, dtype=np.int64, count=len(ids))  # faster than asarray
        chunk_quoted = np.repeat(np.asarray(quoted, dtype=bool), pieces) if any_quote else None
        return chunk_ids, chunk_quoted, doc_chunks

    def tally_text(self, text: Any, **options: Any) -> Tally:
        """Tally a whole document."""
        if not isinstance(text, str) or not text:
            return self.tally(_NO_CODES, **options)
        codes, in_quote = self.codes(text)
        return self.tally(codes, in_quote=in_quote, **options)

    def tally_sentences(
        self,
        text: str,
        sents: Sequence[tuple[int, int]],
        *,
        quotes: Sequence[tuple[int, int]] | None = None,
        **options: Any,
    ) -> Tally:
        """Tally each sentence span of *text*; *quotes*: its quote spans when already known."""
        codes, spans = self.spans(text)
        if not spans or not sents:
            return self.tally(_NO_CODES, n_units=len(sents), **options)
        starts = np.fromiter((a for a, _ in spans), dtype=np.int64, count=len(spans))
        sent_starts = np.fromiter((a for a, _ in sents), dtype=np.int64, count=len(sents))
        unit = np.clip(np.searchsorted(sent_starts, starts, "right") - 1, 0, None)
        in_quote = None
        qspans = (
            [] if not _QUOTE_CHARS.search(text) else quote_spans(text) if quotes is None else quotes
        )
        if qspans:
            qs = np.asarray(qspans, dtype=np.int64)
            k = np.searchsorted(qs[:, 0], starts, "right") - 1
            in_quote = (k >= 0) & (starts < qs[np.clip(k, 0, None), 1])
        return self.tally(codes, in_quote=in_quote, unit_of_tok=unit, n_units=len(sents), **options)
