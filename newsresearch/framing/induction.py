"""Lexicon induction: :func:`learn_lexicon` learns a readable word list per frame by PMI."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from ..lexicons.tokens import TOKEN_RX
from .classifier import _as_texts
from .lexicon import DEFAULT_THRESHOLD, Frame, Lexicon

__all__ = ["learn_lexicon"]

log = logging.getLogger(__name__)


def _stopwords() -> frozenset[str]:
    return frozenset(ENGLISH_STOP_WORDS) | {"s", "t", "said", "says", "say", "mr", "ms", "mrs"}


def _label_matrix(labels: Any, n: int, frames_: Sequence[str] | None = None) -> pd.DataFrame:
    """Labels as a 0/1 DataFrame, one column per frame (from 2-d or 1-d labels)."""
    if isinstance(labels, pd.DataFrame):
        Y = labels.reset_index(drop=True)
    else:
        arr = np.asarray(labels, dtype=object)
        if arr.ndim == 2:
            names = list(frames_) if frames_ is not None else [str(i) for i in range(arr.shape[1])]
            Y = pd.DataFrame(arr, columns=names)
        else:
            values = [str(v) for v in arr]
            names = list(frames_) if frames_ is not None else sorted(set(values))
            Y = pd.DataFrame([[int(v == k) for k in names] for v in values], columns=names)
    if len(Y) != n:
        raise ValueError(f"got {n} texts but {len(Y)} label rows")
    try:
        Y = Y.astype(int)
    except (TypeError, ValueError) as exc:
        raise ValueError("labels must be 0/1 per frame, or one frame name per text") from exc
    if not Y.isin([0, 1]).all().all():
        raise ValueError("labels must be 0/1 per frame, or one frame name per text")
    Y.columns = [str(c) for c in Y.columns]
    return Y


def learn_lexicon(
    texts: Any,
    labels: Any,
    *,
    k: int = 100,
    min_count: int = 3,
    frames: Sequence[str] | None = None,
    weighted: bool = False,
    min_pmi: float = 0.5,
    name: str = "learned",
) -> Lexicon:
    """Induce a lexicon per frame from labelled documents by PMI (Field et al. 2018).

    For each frame F and word w (lower-cased tokens with a letter, stop words
    and words seen fewer than ``min_count`` times dropped),
    ``PMI(w, F) = log(P(w | F) / P(w))`` with token counts over the documents
    coded F against all documents; the ``k`` words with the highest PMI above
    ``min_pmi`` (ties: the more frequent word) become the frame's terms. As in
    Field et al., the lexicon is then used by counting hits (``weighted=False``);
    ``weighted=True`` stores each word's PMI as its weight instead. Frames are
    listed from the most to the least often coded, so that ties for the
    dominant frame in :func:`frames` go to the commoner frame.

    Parameters
    ----------
    texts : sequence of str, Series or corpus table
    labels : 2-d 0/1 (DataFrame columns name the frames) or one frame name per text
    k : int
        Words per frame.
    min_count : int
        Minimum corpus frequency of a word.
    frames : sequence of str, optional
        Frame names for the columns of a 2-d array (or the order for 1-d labels).
    weighted : bool
        Store PMI as each term's weight (else every weight is 1).
    min_pmi : float
        Keep only words whose PMI exceeds this (0.5: at least about 1.65 times
        as frequent in the frame's documents as overall), so that small frames
        do not fill their lists with everyday words.

    Returns
    -------
    Lexicon
        Write it with ``.to_yaml(path)``; ``frames(data, scheme=path)`` reads it back.

    Examples
    --------
    >>> texts = ["tax hikes hurt jobs", "rivals clash", "jobs and tax", "clash of rivals"]
    >>> lex = learn_lexicon(texts, ["econ", "conf", "econ", "conf"], k=2, min_count=2)
    >>> sorted(lex.frames["econ"].terms)
    ['jobs', 'tax']
    """
    if not isinstance(k, int) or k < 1:
        raise ValueError(f"k must be a positive integer, not {k!r}")
    docs = _as_texts(texts)
    Y = _label_matrix(labels, len(docs), frames)
    stop = _stopwords()
    matcher_rx = TOKEN_RX
    tokenised = [
        [
            t
            for t in matcher_rx.findall(d.lower().replace("’", "'"))
            if t not in stop and any(ch.isalpha() for ch in t)
        ]
        for d in docs
    ]
    total: Counter = Counter()
    for toks in tokenised:
        total.update(toks)
    vocab = sorted(w for w, c in total.items() if c >= min_count)
    index = {w: i for i, w in enumerate(vocab)}
    counts = np.zeros((len(docs), len(vocab)))
    for d, toks in enumerate(tokenised):
        for t in toks:
            i = index.get(t)
            if i is not None:
                counts[d, i] += 1
    p_w = counts.sum(axis=0) / max(counts.sum(), 1.0)
    out: dict[str, Frame] = {}
    # Commonest frame first, so that ties for the dominant frame go to the commoner one.
    for fname in sorted(Y.columns, key=lambda c: -int(Y[c].sum())):
        mask = Y[fname].to_numpy().astype(bool)
        f_counts = counts[mask].sum(axis=0)
        n_f = f_counts.sum()
        if n_f == 0:
            log.warning("frame %r has no labelled documents with counted words; skipped", fname)
            continue
        with np.errstate(divide="ignore"):
            pmi = np.log((f_counts / n_f) / p_w)
        order = np.lexsort((-f_counts, -pmi))
        chosen = [i for i in order if f_counts[i] > 0 and pmi[i] > min_pmi][:k]
        terms = {vocab[i]: (round(float(pmi[i]), 3) if weighted else 1.0) for i in chosen}
        if terms:
            out[fname] = Frame(
                fname,
                terms,
                definition=(
                    f"Induced by PMI from {int(mask.sum())} of {len(docs)} labelled documents "
                    f"(top {k} words, min_count {min_count})."
                ),
            )
    if not out:
        raise ValueError("no frame got any terms: check the labels and min_count")
    return Lexicon(
        name,
        out,
        DEFAULT_THRESHOLD,
        description="Lexicon induced by newsresearch.learn_lexicon (PMI, Field et al. 2018).",
    )
