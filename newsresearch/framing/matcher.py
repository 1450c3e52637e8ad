"""The compiled lexicon matcher: token codes, phrases, the negation window, quoted hits.

A :class:`Matcher` is built from a :class:`~newsresearch.framing.Lexicon` by
:meth:`Lexicon.matcher() <newsresearch.framing.Lexicon.matcher>` and kept on it.
It gives each token type an integer code once (a growing cache, guarded by a
lock so that threads sharing a lexicon take turns), matches each type against
the lexicon once, and scores documents or sentences in vectorised numpy passes.
The counting rules are described in :mod:`newsresearch.framing`.
"""

from __future__ import annotations

import re
import threading
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain
from typing import TYPE_CHECKING, Any

import numpy as np
import regex

from ..text import TOKEN_PATTERN as _TOKEN_PATTERN
from ..text import quote_spans
from .lexicon import _GLOB_CHARS

if TYPE_CHECKING:
    from ..text import Article
    from .lexicon import Lexicon

__all__ = ["Matcher", "Scored"]

_WORD, _PUNCT, _NEG = 0, 1, 2
_NEGATORS = frozenset({"not", "no", "never", "without", "nor", "neither", "cannot"})
_NOT_NEGATING_NEXT = frozenset({"only", "just"})
_NEG_WINDOW = 3
_NO_CODES = np.zeros(0, dtype=np.int64)
# Chunk cache entries kept per matcher before it is emptied (bounds memory on huge corpora).
_CACHE_LIMIT = 2_000_000
_QUOTE_CHARS = re.compile(r"[\"“”«»„]")
_QUOTE_OR_NEWLINE = re.compile(r"[\"“”«»„\n]")
_ALNUM = re.compile(r"\w")
# The pattern and regular-expression engine (``regex``, as nltk uses) of
# newsresearch.text.tokenize, applied directly for speed.
_TOKEN_RX = regex.compile(_TOKEN_PATTERN, regex.UNICODE | regex.MULTILINE | regex.DOTALL)
_WORD_CHAR = regex.compile(r"\w")
# str.split() treats these as whitespace, the tokenizer does not.
_SPLIT_ONLY_SPACE = re.compile("[\x1c-\x1f]")


def _token_strings(text: str) -> list[str]:
    """The token strings :func:`newsresearch.text.tokenize` finds in *text*, faster.

    No token spans whitespace, so the text is split on whitespace first; a chunk
    of letters is one token, letters plus one trailing non-word character are
    two, and any other chunk goes through the tokenizer's pattern (a test checks
    that the result equals ``tokenize``).
    """
    if _SPLIT_ONLY_SPACE.search(text):
        return _TOKEN_RX.findall(text)
    out: list[str] = []
    add, extend, findall, word = out.append, out.extend, _TOKEN_RX.findall, _WORD_CHAR.match
    for chunk in text.split():
        if chunk.isalpha():
            add(chunk)
        elif chunk[:-1].isalpha() and not word(chunk[-1]):
            add(chunk[:-1])
            add(chunk[-1])
        else:
            extend(findall(chunk))
    return out


def _glob_regex(pattern: str) -> re.Pattern[str]:
    body = "".join(".*" if ch == "*" else "." if ch == "?" else re.escape(ch) for ch in pattern)
    return re.compile(body, re.DOTALL)


@dataclass
class Scored:
    """Counts of one scoring pass, one row per unit (document or sentence)."""

    n_words: np.ndarray  # per unit
    hits: np.ndarray  # units x frames, non-negated hit counts
    quoted: np.ndarray  # units x frames, of which in quotes
    score: np.ndarray  # units x frames, weighted (quote_weight applied)


class Matcher:
    """Compiled lexicon: token type -> frame weights, phrase starts; cached per token type."""

    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon
        # The caches below grow while scoring: one thread at a time.
        self.lock = threading.RLock()
        self.frames = lexicon.frame_names
        nf = len(self.frames)
        patterns: dict[str, int] = {}
        single: dict[int, np.ndarray] = {}
        phrases: list[tuple[tuple[int, ...], np.ndarray, str]] = []
        phrase_index: dict[tuple[int, ...], int] = {}
        for fi, name in enumerate(self.frames):
            for term, weight in lexicon.frames[name].terms.items():
                pids = tuple(patterns.setdefault(el, len(patterns)) for el in term.split())
                if len(pids) == 1:
                    vec = single.setdefault(pids[0], np.zeros(nf))
                    vec[fi] = max(vec[fi], weight)
                else:
                    k = phrase_index.get(pids)
                    if k is None:
                        phrase_index[pids] = k = len(phrases)
                        phrases.append((pids, np.zeros(nf), term))
                    phrases[k][1][fi] = max(phrases[k][1][fi], weight)
        self.exact: dict[str, int] = {}
        self.globs_by_prefix: dict[str, list[tuple[re.Pattern[str], int]]] = {}
        for pat, pid in patterns.items():
            m = _GLOB_CHARS.search(pat)
            if m is None:
                self.exact[pat] = pid
            else:
                self.globs_by_prefix.setdefault(pat[: m.start()], []).append(
                    (_glob_regex(pat), pid)
                )
        self.prefix_lengths = sorted({len(p) for p in self.globs_by_prefix})

        self.single = single
        # Longest phrases first so that they win over shorter ones at the same start.
        order = sorted(range(len(phrases)), key=lambda k: -len(phrases[k][0]))
        self.phrases = [phrases[k] for k in order]
        self.phrases_by_first: dict[int, list[int]] = {}
        for k, (pids, _, _) in enumerate(self.phrases):
            self.phrases_by_first.setdefault(pids[0], []).append(k)
        # Per token type (raw string) an integer code; arrays indexed by code.
        self.cache: dict[str, int] = {}
        self.chunks: dict[str, tuple[int, ...]] = {}
        self.vectors: dict[tuple[float, ...], int] = {(0.0,) * nf: 0}
        self.weights = [np.zeros(nf)]
        self.W = np.zeros((1, nf))
        self.row = np.zeros(1024, dtype=np.int32)
        self.kind = np.zeros(1024, dtype=np.int8)
        self.starts = np.zeros(1024, dtype=bool)
        self.seconds = np.zeros(1024, dtype=bool)
        self.second_pids = {pids[1] for pids, _, _ in self.phrases}
        self.pids_of: list[frozenset[int]] = []
        self.norm_of: list[str] = []
        self.phrase_starts: dict[int, list[int]] = {}

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

    def _add(self, raw: str) -> int:
        code = len(self.pids_of)
        if code >= len(self.row):
            grow = len(self.row)
            self.row = np.concatenate([self.row, np.zeros(grow, dtype=np.int32)])
            self.kind = np.concatenate([self.kind, np.zeros(grow, dtype=np.int8)])
            self.starts = np.concatenate([self.starts, np.zeros(grow, dtype=bool)])
            self.seconds = np.concatenate([self.seconds, np.zeros(grow, dtype=bool)])
        tok = raw.replace("’", "'").lower()
        pids = self._patterns_of(tok)
        rid = 0
        vecs = [self.single[pid] for pid in pids if pid in self.single]
        if vecs:
            vec = np.max(vecs, axis=0)
            key = tuple(vec.tolist())
            rid = self.vectors.get(key)
            if rid is None:
                rid = self.vectors[key] = len(self.weights)
                self.weights.append(vec)
                self.W = np.vstack(self.weights)
        starts = [k for pid in pids for k in self.phrases_by_first.get(pid, ())]
        if starts:
            starts.sort(key=lambda k: -len(self.phrases[k][0]))
            self.phrase_starts[code] = starts
        self.row[code] = rid
        if not _ALNUM.search(tok):
            self.kind[code] = _PUNCT
        elif tok in _NEGATORS or tok.endswith("n't"):
            self.kind[code] = _NEG
        self.starts[code] = bool(starts)
        self.seconds[code] = not self.second_pids.isdisjoint(pids)
        self.pids_of.append(pids)
        self.norm_of.append(tok)
        self.cache[raw] = code
        return code

    def _code(self, token: str) -> int:
        code = self.cache.get(token)
        return code if code is not None else self._add(token)

    def _chunk(self, chunk: str) -> tuple[int, ...]:
        code = self.cache.get(chunk) if chunk.isalpha() else None
        if code is not None:
            codes: tuple[int, ...] = (code,)
        else:
            codes = tuple(self._code(t) for t in _token_strings(chunk))
        if len(self.chunks) > _CACHE_LIMIT:
            self.chunks.clear()
        self.chunks[chunk] = codes
        return codes

    def codes(self, text: str) -> tuple[np.ndarray, np.ndarray | None]:
        """Token codes of *text* and, when it has quotation marks, which tokens are quoted.

        Tokens are those of :func:`newsresearch.text.tokenize`, lower-cased
        (curly apostrophes straightened). The text is split on whitespace (no
        token spans it) and each chunk's token codes are cached, so a chunk seen
        before costs one dictionary lookup. Quotation marks are tokens of their
        own, so cutting the text at quotation spans first keeps the same tokens.
        """
        text = text.lower().replace("’", "'")
        if _SPLIT_ONLY_SPACE.search(text):
            # str.split() would drop these separators; the tokenizer keeps each as a
            # symbol token. Stand an (equally inert) object-replacement symbol in.
            text = _SPLIT_ONLY_SPACE.sub(" \ufffc ", text)
        if _QUOTE_CHARS.search(text):
            spans = quote_spans(text)
            pieces, pos = [], 0
            for a, b in spans:
                pieces.append((text[pos:a], False))
                pieces.append((text[a:b], True))
                pos = b
            pieces.append((text[pos:], False))
        else:
            pieces = [(text, False)]
        get, chunk_codes = self.chunks.get, self._chunk
        entries: list[tuple[int, ...]] = []
        sizes: list[int] = []
        for piece, _ in pieces:
            chunks = piece.split()
            found = list(map(get, chunks))
            if None in found:
                found = [
                    f if f is not None else chunk_codes(c)
                    for f, c in zip(found, chunks, strict=True)
                ]
            entries.extend(found)
            sizes.append(sum(map(len, found)))
        codes = np.fromiter(chain.from_iterable(entries), dtype=np.int64)
        if len(pieces) == 1:
            return codes, None
        flags = np.asarray([q for _, q in pieces], dtype=bool)
        return codes, np.repeat(flags, sizes)

    def score(
        self,
        codes: np.ndarray,
        *,
        in_quote: np.ndarray | None = None,
        unit_of_tok: np.ndarray | None = None,
        n_units: int = 1,
        negation: bool = True,
        quote_weight: float = 1.0,
        collect: Counter | None = None,
    ) -> Scored:
        """Score a token sequence: one unit, or units given per token (sentences)."""
        nf = len(self.frames)
        hits = np.zeros((n_units, nf), dtype=np.int64)
        quoted = np.zeros((n_units, nf), dtype=np.int64)
        score = np.zeros((n_units, nf))
        if not len(codes):
            return Scored(np.zeros(n_units, dtype=np.int64), hits, quoted, score)
        rows = self.row[codes]
        kinds = self.kind[codes]
        word = kinds != _PUNCT
        if unit_of_tok is None:
            n_words = np.asarray([np.count_nonzero(word)], dtype=np.int64)
        else:
            n_words = np.bincount(unit_of_tok[word], minlength=n_units)
        hit_pos: list[np.ndarray] = []
        hit_w: list[np.ndarray] = []
        hit_terms: list[str] = []
        # Phrases first: they consume their tokens.
        cand = np.flatnonzero(self.starts[codes[:-1]] & self.seconds[codes[1:]])
        codes_list: list[int] = codes.tolist() if len(cand) or collect is not None else []
        if len(cand):
            ppos, pw = [], []
            taken_until = -1
            n = len(codes_list)
            pids_of = self.pids_of
            for p in cand.tolist():
                if p <= taken_until:
                    continue
                second = pids_of[codes_list[p + 1]]
                for k in self.phrase_starts[codes_list[p]]:
                    pids, vec, _ = self.phrases[k]
                    end = p + len(pids)
                    if end > n or pids[1] not in second:
                        continue
                    if all(pids[j] in pids_of[codes_list[p + j]] for j in range(2, len(pids))):
                        ppos.append(p)
                        pw.append(vec)
                        if collect is not None:
                            hit_terms.append(" ".join(self.norm_of[c] for c in codes_list[p:end]))
                        rows[p:end] = 0  # a fancy-indexed copy: the cache is untouched
                        taken_until = end - 1
                        break
            if ppos:
                hit_pos.append(np.asarray(ppos, dtype=np.int64))
                hit_w.append(np.vstack(pw))
        single = np.flatnonzero(rows)
        if len(single):
            hit_pos.append(single)
            hit_w.append(self.W[rows[single]])
            if collect is not None:
                hit_terms.extend(self.norm_of[codes_list[p]] for p in single.tolist())
        if not hit_pos:
            return Scored(n_words, hits, quoted, score)
        pos = np.concatenate(hit_pos)
        weights = np.vstack(hit_w)
        keep = np.ones(len(pos), dtype=bool)
        if negation:
            neg = np.flatnonzero(kinds == _NEG)
            if len(neg):
                last, norm = len(codes) - 1, self.norm_of
                neg = np.asarray(
                    [
                        q
                        for q in neg.tolist()
                        if q == last or norm[int(codes[q + 1])] not in _NOT_NEGATING_NEXT
                    ],
                    dtype=np.int64,
                )
            if len(neg):
                bnd = np.flatnonzero(kinds == _PUNCT)
                i = np.searchsorted(neg, pos) - 1
                last_neg = np.where(i >= 0, neg[np.clip(i, 0, None)], -(10**9))
                if len(bnd):
                    j = np.searchsorted(bnd, pos) - 1
                    last_bnd = np.where(j >= 0, bnd[np.clip(j, 0, None)], -(10**9))
                else:
                    last_bnd = np.full(len(pos), -(10**9))
                keep &= ~((last_neg >= pos - _NEG_WINDOW) & (last_neg > last_bnd))
        quoted_hit = in_quote[pos] if in_quote is not None else np.zeros(len(pos), dtype=bool)
        present = (weights > 0) & keep[:, None]
        factor = np.where(quoted_hit, quote_weight, 1.0) * keep
        if unit_of_tok is None:
            hits[0] = present.sum(axis=0)
            quoted[0] = (present & quoted_hit[:, None]).sum(axis=0)
            score[0] = (weights * factor[:, None]).sum(axis=0)
        else:
            units = unit_of_tok[pos]
            in_q = present & quoted_hit[:, None]
            weighted = weights * factor[:, None]
            for f in np.flatnonzero(present.any(axis=0)).tolist():
                hits[:, f] = np.bincount(units, weights=present[:, f], minlength=n_units)
                quoted[:, f] = np.bincount(units, weights=in_q[:, f], minlength=n_units)
                score[:, f] = np.bincount(units, weights=weighted[:, f], minlength=n_units)
        if collect is not None:
            for term, w, k in zip(hit_terms, weights, keep.tolist(), strict=True):
                if k:
                    for fi in np.flatnonzero(w).tolist():
                        collect[(self.frames[fi], term)] += 1
        return Scored(n_words, hits, quoted, score)

    def score_documents(self, texts: Sequence[Any], **options: Any) -> Scored:
        """Score many documents at once: one vectorised pass over their concatenated tokens.

        A separator token that can match nothing and ends any negation scope
        stands between documents, so no phrase or negation crosses from one
        document into the next.
        """
        with self.lock:
            return self._score_documents(texts, **options)

    def _score_documents(self, texts: Sequence[Any], **options: Any) -> Scored:
        sep = np.asarray([self._code("\x00")], dtype=np.int64)
        parts: list[np.ndarray] = []
        quotes: list[np.ndarray] = []
        lengths = np.zeros(len(texts), dtype=np.int64)
        any_quote = False
        for i, text in enumerate(texts):
            if isinstance(text, str) and text:
                codes, in_quote = self.codes(text)
            else:
                codes, in_quote = _NO_CODES, None
            parts.append(codes)
            parts.append(sep)
            if in_quote is None:
                in_quote = np.zeros(len(codes), dtype=bool)
            else:
                any_quote = True
            quotes.append(in_quote)
            quotes.append(np.zeros(1, dtype=bool))
            lengths[i] = len(codes) + 1
        if not len(texts):
            return self.score(_NO_CODES, n_units=0, **options)
        units = np.repeat(np.arange(len(texts)), lengths)
        return self.score(
            np.concatenate(parts),
            in_quote=np.concatenate(quotes) if any_quote else None,
            unit_of_tok=units,
            n_units=len(texts),
            **options,
        )

    def score_text(self, text: Any, **options: Any) -> Scored:
        """Score a whole document."""
        if not isinstance(text, str) or not text:
            return self.score(_NO_CODES, **options)
        with self.lock:
            codes, in_quote = self.codes(text)
            return self.score(codes, in_quote=in_quote, **options)

    def count_terms(self, text: Any, *, negation: bool = True) -> Counter:
        """Hits per ``(frame, matched form)`` in a whole document (after negation)."""
        seen: Counter = Counter()
        if isinstance(text, str) and text:
            with self.lock:
                codes, in_quote = self.codes(text)
                self.score(codes, in_quote=in_quote, negation=negation, collect=seen)
        return seen

    def score_sentences(self, article: Article, **options: Any) -> Scored:
        """Score each sentence of *article* (its ``sentences`` and ``quote_spans``)."""
        with self.lock:
            return self._score_sentences(article, **options)

    def _score_sentences(self, article: Article, **options: Any) -> Scored:
        text, sents = article.text, article.sentences
        spans = [m.span() for m in _TOKEN_RX.finditer(text)]
        if not spans or not sents:
            return self.score(_NO_CODES, n_units=len(sents), **options)
        starts = np.fromiter((a for a, _ in spans), dtype=np.int64, count=len(spans))
        sent_starts = np.fromiter((a for a, _ in sents), dtype=np.int64, count=len(sents))
        unit = np.clip(np.searchsorted(sent_starts, starts, "right") - 1, 0, None)
        qspans = article.quote_spans if _QUOTE_CHARS.search(text) else ()
        in_quote = None
        if qspans:
            qs = np.asarray(qspans, dtype=np.int64)
            k = np.searchsorted(qs[:, 0], starts, "right") - 1
            in_quote = (k >= 0) & (starts < qs[np.clip(k, 0, None), 1])
        code = self._code
        codes = np.fromiter(
            (code(text[a:b].lower().replace("’", "'")) for a, b in spans),
            dtype=np.int64,
            count=len(spans),
        )
        return self.score(codes, in_quote=in_quote, unit_of_tok=unit, n_units=len(sents), **options)
