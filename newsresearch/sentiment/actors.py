"""Sentiment toward each actor of each article: :func:`actor_sentiment`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pandas as pd

from ..actors_of_interest import ActorsOfInterest, mentions_with, read_actors
from ..text import Article, ParsedCorpus, parse
from .target import target_sentiment, target_table

if TYPE_CHECKING:
    from .estimator import TargetSentimentClassifier

__all__ = ["ACTOR_SENTIMENT_COLUMNS", "actor_sentiment"]

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


def _majority(found: pd.DataFrame, keys: pd.MultiIndex) -> object:
    """The majority label per ``(doc_id, actor)``; a tie goes to the alphabetically first."""
    votes = found.groupby(["doc_id", "actor", "label"], sort=False).size().rename("n")
    votes = votes.reset_index().sort_values(["n", "label"], ascending=[False, True], kind="stable")
    majority = votes.drop_duplicates(["doc_id", "actor"]).set_index(["doc_id", "actor"])["label"]
    return majority.reindex(keys).to_numpy()


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
    rows = [
        row
        for doc_id, article in parse(corpus).items()
        if article is not None
        for row in _mention_contexts(doc_id, article, pronouns, aoi)
    ]
    if not rows:
        return pd.DataFrame(columns=list(ACTOR_SENTIMENT_COLUMNS)).astype(ACTOR_SENTIMENT_COLUMNS)
    doc_ids, names, types, texts, starts, ends = zip(*rows, strict=True)
    found = pd.DataFrame({"doc_id": doc_ids, "actor": names, "actor_type": types})
    found = found.astype({"doc_id": "string", "actor": "string", "actor_type": "string"})
    scored = target_sentiment(target_table(texts, starts, ends), model=model)
    found = found.assign(
        score=(scored["p_positive"] - scored["p_negative"]).to_numpy(),
        label=scored["label"].to_numpy(),
    )
    table = (
        found.groupby(["doc_id", "actor"], sort=False)
        .agg(
            actor_type=("actor_type", "first"),
            mentions=("actor", "size"),
            mean_score=("score", "mean"),
        )
        .reset_index()
    )
    table["label"] = _majority(found, pd.MultiIndex.from_frame(table[["doc_id", "actor"]]))
    return table.astype(ACTOR_SENTIMENT_COLUMNS)
