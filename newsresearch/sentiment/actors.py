"""Sentiment toward each actor of each article: :func:`actor_sentiment`."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import pandas as pd

from ..actors_of_interest import ActorsOfInterest, mentions_with, read_actors
from ..text import Article, ParsedCorpus, parse
from .target import target_sentiment, target_table

if TYPE_CHECKING:
    from .estimator import TargetSentimentClassifier

__all__ = ["ACTOR_SENTIMENT_COLUMNS", "actor_sentiment", "actor_sentiment_each"]

#: Columns and dtypes of :func:`actor_sentiment` (one row per document x actor).
ACTOR_SENTIMENT_COLUMNS: dict[str, str] = {
    "doc_id": "string",
    "actor": "string",
    "actor_type": "string",
    "mentions": "Int64",
    "mean_score": "float64",
    "label": "str",
}


def _mention_contexts(
    doc_id: object, article: Article, pronouns: bool, actors: ActorsOfInterest | None = None
) -> list[tuple[object, str, str, str, int, int]]:
    """``(doc_id, actor, actor_type, sentence text, start, end)`` of each mention, in its sentence.

    The mention's span is given within its sentence; a name across a sentence
    break keeps its whole span, and a mention outside every sentence is scored
    in the whole text.
    """
    text = article.text
    pieces: dict[tuple[int, int], str] = {}  # one string per sentence, shared by its mentions
    rows = []
    for m in article.actors.mentions if actors is None else mentions_with(article, actors):
        if not pronouns and m.kind == "pronoun":
            continue
        i = article.sentence_at(m.start)
        a, b = article.sentences[i] if i is not None else (0, len(text))
        b = max(b, m.end)
        piece = pieces.get((a, b))
        if piece is None:
            piece = pieces[a, b] = text[a:b]
        rows.append((doc_id, m.actor, m.type, piece, m.start - a, m.end - a))
    return rows


def _aggregate(
    doc_ids: list[str], names: list[str], types: list[str], scores: list[float], labels: list[str]
) -> dict[str, list]:
    """Per ``(doc_id, actor)``, in order of first mention: the first type, the number of
    mentions, the mean score and the majority label (a tie goes to the alphabetically first).

    One pass in Python instead of a pandas group-by (whose fixed cost per call is most of
    the work on a chunk of articles); the mean is summed as pandas sums a group's values
    (Kahan-compensated), so it is the same, bit for bit.

    Examples
    --------
    >>> out = _aggregate(["d", "d", "d"], ["Voss", "Keller", "Voss"], ["person"] * 3,
    ...                  [0.5, -0.25, 0.25], ["positive", "negative", "neutral"])
    >>> out["actor"], out["mentions"], out["mean_score"], out["label"]
    (['Voss', 'Keller'], [2, 1], [0.375, -0.25], ['neutral', 'negative'])
    """
    slots: dict[tuple[str, str], int] = {}
    keys: list[tuple[str, str]] = []
    first_types: list[str] = []
    counts: list[int] = []
    sums: list[float] = []
    carries: list[float] = []
    votes: list[dict[str, int]] = []
    pairs = zip(doc_ids, names, strict=True)
    for key, type_, score, label in zip(pairs, types, scores, labels, strict=True):
        k = slots.get(key)
        if k is None:
            k = slots[key] = len(keys)
            keys.append(key)
            first_types.append(type_)
            counts.append(0)
            sums.append(0.0)
            carries.append(0.0)
            votes.append({})
        counts[k] += 1
        y = score - carries[k]
        total = sums[k] + y
        carry = total - sums[k] - y
        carries[k] = 0.0 if carry != carry else carry  # an infinite score: no carry (NaN)
        sums[k] = total
        vote = votes[k]
        vote[label] = vote.get(label, 0) + 1
    return {
        "doc_id": [d for d, _ in keys],
        "actor": [a for _, a in keys],
        "actor_type": first_types,
        "mentions": counts,
        "mean_score": [s / n for s, n in zip(sums, counts, strict=True)],
        "label": [min(v.items(), key=lambda kv: (-kv[1], kv[0]))[0] for v in votes],
    }


def actor_sentiment(
    corpus: pd.DataFrame | pd.Series | ParsedCorpus,
    *,
    model: TargetSentimentClassifier | None = None,
    pronouns: bool = False,
    actors: Any = None,
) -> pd.DataFrame:
    """Sentiment toward each actor in each article: one row per ``doc_id`` x ``actor``.

    Every mention of the article's actors (names, surnames and roles; pronouns
    too with ``pronouns=True``) is scored by
    :func:`~newsresearch.sentiment.target_sentiment` within its sentence.

    Parameters
    ----------
    corpus : DataFrame, Series or ParsedCorpus
        A corpus table, a Series of texts (index = ``doc_id``) or a parsed corpus.
    model : TargetSentimentClassifier, optional
        Default the shipped model.
    pronouns : bool
        Also score pronoun mentions.
    actors : path, DataFrame, mapping, list or ActorsOfInterest, optional
        Actors and issues of interest with aliases
        (:func:`newsresearch.actors_of_interest.read_actors`): every alias is
        scored as a mention of its canonical name, issues included.

    Returns
    -------
    pandas.DataFrame
        A default index and the columns of :data:`ACTOR_SENTIMENT_COLUMNS`:
        ``doc_id``, ``actor``, ``actor_type``, ``mentions`` (how many were
        scored), ``mean_score`` (mean of ``p_positive - p_negative``, from -1
        to 1) and ``label`` (the majority label; a tie goes to the
        alphabetically first).

    Examples
    --------
    >>> import pandas as pd
    >>> texts = pd.Series(["Critics accused Sen. Ada Voss of lying. Voss denied it."], index=["d1"])
    >>> actor_sentiment(texts)[["doc_id", "actor", "mentions"]]
      doc_id     actor  mentions
    0     d1  Ada Voss         2
    """
    aoi = read_actors(actors) if actors is not None else None
    return actor_sentiment_each(
        parse(corpus), lambda doc_id, article: aoi, model=model, pronouns=pronouns
    )


def actor_sentiment_each(
    parsed: ParsedCorpus,
    actors_of: Callable[[Any, Article], ActorsOfInterest | None],
    *,
    model: TargetSentimentClassifier | None = None,
    pronouns: bool = False,
) -> pd.DataFrame:
    """:func:`actor_sentiment` with a table of actors of its own for each article.

    ``actors_of(doc_id, article)`` gives the article's
    :class:`~newsresearch.actors_of_interest.ActorsOfInterest` (None: the actors
    the actor finder found), so that what one article names never becomes an
    entity of another: each article's rows are the same in any batch.

    Examples
    --------
    >>> import pandas as pd
    >>> from newsresearch.actors_of_interest import read_actors
    >>> from newsresearch.text import parse
    >>> texts = pd.Series(["Voters hated the levy.", "The levy passed."], index=["a", "b"])
    >>> own = {"a": read_actors({"the levy": {"type": "issue", "aliases": ["levy"]}})}
    >>> rows = actor_sentiment_each(parse(texts), lambda doc_id, article: own.get(doc_id))
    >>> rows[["doc_id", "actor"]].values.tolist()
    [['a', 'the levy']]
    """
    rows = [
        row
        for doc_id, article in parsed.items()
        if article is not None
        for row in _mention_contexts(doc_id, article, pronouns, actors_of(doc_id, article))
    ]
    if not rows:
        return pd.DataFrame(columns=list(ACTOR_SENTIMENT_COLUMNS)).astype(ACTOR_SENTIMENT_COLUMNS)
    doc_ids, names, types, texts, starts, ends = zip(*rows, strict=True)
    scored = target_sentiment(target_table(texts, starts, ends), model=model)
    scores = (scored["p_positive"] - scored["p_negative"]).to_numpy().tolist()
    keys = pd.Series(doc_ids, dtype=object)
    if not all(isinstance(d, str) for d in doc_ids):  # ids as the table writes them
        keys = keys.astype("string").astype(object)
    labels = scored["label"].astype(object).tolist()
    table = _aggregate(keys.tolist(), list(names), list(types), scores, labels)
    return pd.DataFrame(table).astype(ACTOR_SENTIMENT_COLUMNS)
