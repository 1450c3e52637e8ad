"""Tone of sentences and documents: :func:`sentiment`, with VADER or a user's dictionary.

Thresholds and aggregation
--------------------------
VADER sentence labels use the thresholds of its authors: ``compound >= 0.05``
is positive, ``compound <= -0.05`` negative, anything between neutral.
Dictionary tone is ``(positive - negative) / tokens`` and its label is the sign
of the tone.

A *document* is described by its sentences: ``mean_score`` (the mean sentence
tone: VADER compound or dictionary tone), ``share_negative`` and
``share_positive`` (shares of sentences labelled so, VADER thresholds ±0.05),
``n_sentences`` and a ``label`` from ``mean_score`` with the same thresholds.
These are the document measures to use. With ``whole_text=True`` the whole
text is also scored in one piece, in columns suffixed ``_whole_text``
(``compound_whole_text`` etc.). VADER's compound is normalised for a sentence
(``x / sqrt(x**2 + 15)`` of the summed valences): over a whole article the sum
is large and the compound **saturates near -1 or +1**. On 2,000 ABP news
articles (median 38 sentences) ``|compound_whole_text| > 0.9`` for 79.8 % of
them and ``> 0.5`` for 95.2 %, while ``|mean_score|`` exceeds 0.5 for 0.1 %
(quantiles 5 %/50 %/95 %: -0.24/0.03/0.24); 6.9 % of articles even get opposite
signs. Use it only to reproduce studies that used it.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from ..text import ParsedCorpus, parse
from .dictionary import Dictionary
from .vader import METHODS, VADER_THRESHOLD, VaderScorer

__all__ = [
    "DICTIONARY_COLUMNS",
    "DOCUMENT_COLUMNS",
    "LEVELS",
    "SENTENCE_COLUMNS",
    "VADER_COLUMNS",
    "WHOLE_TEXT_SUFFIX",
    "document_columns",
    "sentence_columns",
    "sentiment",
]

#: Levels of :func:`sentiment`.
LEVELS = ("document", "sentence")
#: Score columns of a VADER method.
VADER_COLUMNS: dict[str, str] = {
    "neg": "float64",
    "neu": "float64",
    "pos": "float64",
    "compound": "float64",
}
#: Score columns of a :class:`~newsresearch.sentiment.Dictionary` (``tokens`` is a
#: float at document level, where a missing text has none).
DICTIONARY_COLUMNS: dict[str, str] = {
    "positive": "float64",
    "negative": "float64",
    "tokens": "int64",
    "tone": "float64",
}
#: Sentence table: these columns around the method's score columns.
SENTENCE_COLUMNS: dict[str, str] = {
    "doc_id": "string",
    "sent_id": "int64",
    "start": "int64",
    "end": "int64",
    # then VADER_COLUMNS or DICTIONARY_COLUMNS
    "score": "float64",
    "label": "string",
}
#: Document table (indexed by ``doc_id``), then the whole-text columns when asked for.
DOCUMENT_COLUMNS: dict[str, str] = {
    "n_sentences": "int64",
    "mean_score": "float64",
    "share_negative": "float64",
    "share_positive": "float64",
    "label": "string",
}

#: Suffix of the document table's whole-text columns (``compound_whole_text``).
WHOLE_TEXT_SUFFIX = "_whole_text"

Method = str | Dictionary | VaderScorer
Score = Callable[[str], tuple[float, ...]]


def _method_columns(method: Method) -> dict[str, str]:
    return dict(DICTIONARY_COLUMNS) if isinstance(method, Dictionary) else dict(VADER_COLUMNS)


def sentence_columns(method: Method = "vader") -> dict[str, str]:
    """Columns and dtypes of the sentence table of *method*.

    Examples
    --------
    >>> list(sentence_columns())
    ['doc_id', 'sent_id', 'start', 'end', 'neg', 'neu', 'pos', 'compound', 'score', 'label']
    """
    keys = list(SENTENCE_COLUMNS.items())
    return {**dict(keys[:4]), **_method_columns(method), **dict(keys[4:])}


def document_columns(method: Method = "vader", *, whole_text: bool = False) -> dict[str, str]:
    """Columns and dtypes of the document table of *method* (its index is ``doc_id``).

    The whole-text columns are the method's score columns suffixed
    :data:`WHOLE_TEXT_SUFFIX` (VADER's saturate near ±1 on long texts).

    Examples
    --------
    >>> list(document_columns(whole_text=True))[-2:]
    ['pos_whole_text', 'compound_whole_text']
    """
    if not whole_text:
        return dict(DOCUMENT_COLUMNS)
    whole = {f"{k}{WHOLE_TEXT_SUFFIX}": "float64" for k in _method_columns(method)}
    return {**DOCUMENT_COLUMNS, **whole}


def _scorer(method: Method) -> tuple[Score, tuple[str, ...], float]:
    """(score function returning a tuple of columns, the column names, the label threshold)."""
    if isinstance(method, Dictionary):
        score = method.score
        return (lambda t: tuple(score(t).values())), tuple(DICTIONARY_COLUMNS), 0.0
    if isinstance(method, VaderScorer):
        scorer = method
    elif isinstance(method, str) and method in METHODS:
        scorer = VaderScorer(method)
    else:
        raise ValueError(
            f"method {method!r} is invalid; valid values are {list(METHODS)}, "
            "a VaderScorer or a Dictionary from load_dictionary()"
        )
    score_vader = scorer.scores  # (neg, neu, pos, compound)
    return score_vader, tuple(VADER_COLUMNS), VADER_THRESHOLD


def _label(score: float, threshold: float) -> Any:
    if score != score:  # NaN
        return pd.NA
    if threshold > 0:
        return (
            "positive" if score >= threshold else "negative" if score <= -threshold else "neutral"
        )
    return "positive" if score > 0 else "negative" if score < 0 else "neutral"


def _labels(scores: pd.Series, threshold: float) -> pd.arrays.StringArray:
    return pd.array([_label(s, threshold) for s in scores], dtype="string")


class _Pieces:
    """Scores of sentence texts, each distinct text scored once per call of :func:`sentiment`."""

    def __init__(self, score: Score) -> None:
        self._score = score
        self._seen: dict[str, tuple[float, ...]] = {}

    def __call__(self, piece: str) -> tuple[float, ...]:
        result = self._seen.get(piece)
        if result is None:
            result = self._seen[piece] = self._score(piece)
        return result


def _sentence_table(
    parsed: ParsedCorpus, pieces: _Pieces, columns: tuple[str, ...], threshold: float
) -> pd.DataFrame:
    doc_ids: list[Any] = []
    sent_ids: list[int] = []
    starts: list[int] = []
    ends: list[int] = []
    values: list[tuple[float, ...]] = []
    for doc_id, article in parsed.items():
        if article is None:
            continue
        text = article.text
        for i, (a, b) in enumerate(article.sentences):
            doc_ids.append(doc_id)
            sent_ids.append(i)
            starts.append(a)
            ends.append(b)
            values.append(pieces(text[a:b]))
    table = np.array(values, dtype=float).reshape(-1, len(columns))
    frame = pd.DataFrame(
        {
            "doc_id": pd.array(doc_ids, dtype="string"),
            "sent_id": sent_ids,
            "start": starts,
            "end": ends,
        }
    )
    for j, col in enumerate(columns):
        frame[col] = table[:, j]
    score_col = columns.index("compound" if "compound" in columns else "tone")
    frame["score"] = table[:, score_col]
    frame["label"] = _labels(frame["score"], threshold)
    return frame


def _document_row(
    text: str,
    spans: tuple[tuple[int, int], ...],
    pieces: _Pieces,
    score: Score,
    score_col: int,
    threshold: float,
    whole_text: bool,
    width: int,
) -> tuple[float, ...]:
    scores = [pieces(text[a:b])[score_col] for a, b in spans]
    n = len(scores)
    if not n:
        return (0, math.nan, math.nan, math.nan) + (math.nan,) * width
    whole = score(text) if whole_text else (math.nan,) * width
    arr = np.asarray(scores, dtype=float)
    if threshold > 0:
        neg, pos = (arr <= -threshold).mean(), (arr >= threshold).mean()
    else:
        neg, pos = (arr < 0).mean(), (arr > 0).mean()
    return (n, float(np.nanmean(arr)), float(neg), float(pos)) + tuple(whole)


def _document_table(
    parsed: ParsedCorpus,
    pieces: _Pieces,
    score: Score,
    columns: tuple[str, ...],
    threshold: float,
    whole_text: bool,
) -> pd.DataFrame:
    width = len(columns)
    score_col = columns.index("compound" if "compound" in columns else "tone")
    rows = [
        (0, math.nan, math.nan, math.nan) + (math.nan,) * width
        if article is None
        else _document_row(
            article.text, article.sentences, pieces, score, score_col, threshold, whole_text, width
        )
        for article in parsed
    ]
    whole = [f"{c}{WHOLE_TEXT_SUFFIX}" for c in columns]
    names = ["n_sentences", "mean_score", "share_negative", "share_positive", *whole]
    frame = pd.DataFrame(rows, columns=names, index=parsed.index.rename("doc_id"))
    frame.insert(4, "label", _labels(frame["mean_score"], threshold))
    if not whole_text:
        frame = frame.drop(columns=whole)
    return frame


def sentiment(
    corpus: pd.DataFrame | pd.Series | ParsedCorpus,
    *,
    level: str = "document",
    method: Method = "vader",
    whole_text: bool = False,
    threshold: float | None = None,
) -> pd.DataFrame:
    """Tone of each sentence or each document.

    Parameters
    ----------
    corpus : DataFrame, Series or ParsedCorpus
        A corpus table (its ``doc_id`` and ``text`` are used), a Series of
        texts whose index serves as ``doc_id``, or a parsed corpus
        (:func:`newsresearch.parse`).
    level : {"document", "sentence"}
        One row per document, or one per sentence (the article's sentences,
        offsets into the text).
    method : {"vader", "vader-nltk"}, VaderScorer or Dictionary
        ``"vader"``: ``vaderSentiment`` 3.3.2, identical to its
        ``polarity_scores`` on each sentence. ``"vader-nltk"``: nltk's port
        (older algorithm, differs on quoted and negated text). A
        :class:`~newsresearch.sentiment.VaderScorer` (for example one with
        ``memo=True`` shared by both levels). A
        :class:`~newsresearch.sentiment.Dictionary`: tone = (positive -
        negative) / tokens.
    whole_text : bool
        At document level, also score each text in one piece, in columns
        suffixed ``_whole_text`` (VADER's ``neg_whole_text`` ...
        ``compound_whole_text``, or a dictionary's counts and
        ``tone_whole_text``). Off by default: VADER's compound over a whole
        article saturates near -1 or +1 (``|compound_whole_text| > 0.9`` for
        80 % of 2,000 ABP articles, ``|mean_score| > 0.9`` for none; see the
        module notes), and on long articles it costs several times more than
        the sentences (vaderSentiment's "but" rule is quadratic in the number
        of words).
    threshold : float, optional
        Label threshold: ``score >= threshold`` is positive and
        ``score <= -threshold`` negative. Default 0.05 for VADER; for
        dictionaries the label is the sign of the tone.

    Returns
    -------
    pandas.DataFrame
        ``level="sentence"``: a default index and the columns of
        :func:`sentence_columns`: ``doc_id``, ``sent_id``, ``start``, ``end``,
        the method's columns (``neg neu pos compound`` or ``positive negative
        tokens tone``), ``score`` (compound or tone) and ``label``.
        ``level="document"``: indexed by ``doc_id`` (in corpus order), the
        columns of :func:`document_columns`: ``n_sentences``, ``mean_score``
        (mean sentence score), ``share_negative``, ``share_positive`` (shares
        of sentences so labelled), ``label`` (from ``mean_score``), then the
        whole-text columns (suffixed ``_whole_text``) when asked for. Texts without sentences get
        ``n_sentences == 0`` and NaN.

    Examples
    --------
    >>> import pandas as pd
    >>> texts = pd.Series(["What a great win! Sadly, the bill failed."], index=["d1"])
    >>> sentiment(texts, level="sentence")[["doc_id", "start", "end", "compound", "label"]]
      doc_id  start  end  compound     label
    0     d1      0   17    0.8478  positive
    1     d1     18   41   -0.7269  negative
    >>> doc = sentiment(texts)
    >>> doc.index.name, list(doc.columns)
    ('doc_id', ['n_sentences', 'mean_score', 'share_negative', 'share_positive', 'label'])
    >>> doc.loc["d1", "mean_score"].round(5), doc.loc["d1", "label"]
    (np.float64(0.06045), 'positive')
    """
    if level not in LEVELS:
        raise ValueError(f"level {level!r} is invalid; valid values are {list(LEVELS)}")
    score, columns, default_threshold = _scorer(method)
    threshold = default_threshold if threshold is None else float(threshold)
    parsed = parse(corpus)
    pieces = _Pieces(score)
    if level == "sentence":
        frame = _sentence_table(parsed, pieces, columns, threshold)
        return frame.astype(sentence_columns(method))
    frame = _document_table(parsed, pieces, score, columns, threshold, whole_text)
    return frame.astype(document_columns(method, whole_text=whole_text))
