"""Who says what about whom: :func:`stance_triples`.

Moved here from :mod:`.tables`, which re-exports it; it reads the attributions
table of :mod:`.tables` and the actors of each parsed article.
"""

from __future__ import annotations

import bisect

import pandas as pd

from ..text import ParsedCorpus, parse

Corpus = pd.DataFrame | pd.Series | ParsedCorpus

__all__ = ["STANCE_TRIPLE_COLUMNS", "stance_triples"]

#: Columns and dtypes of :func:`stance_triples`.
STANCE_TRIPLE_COLUMNS: dict[str, str] = {
    "doc_id": "str",
    "attribution_id": "str",
    "speaker": "str",
    "speaker_type": "str",
    "target": "str",
    "target_type": "str",
    "sentiment": "str",
    "score": "float64",
    "cue_stance": "str",
    "cue_lemma": "str",
}


def stance_triples(corpus: Corpus, *, model: object | None = None) -> pd.DataFrame:
    """Who says what about whom: one row per (attribution, actor mentioned in its content).

    Parameters
    ----------
    corpus : DataFrame, Series or ParsedCorpus
        As for :func:`attributions`; a parsed corpus reuses the attributions and
        actors its articles already hold.
    model : TargetSentimentClassifier, optional
        The target-sentiment model (default: the shipped one), passed to
        :func:`newsresearch.sentiment.target_sentiment`.

    Returns
    -------
    pandas.DataFrame
        Columns :data:`STANCE_TRIPLE_COLUMNS`, a default index: ``doc_id``,
        ``attribution_id``, ``speaker``, ``speaker_type``, ``target`` (an actor
        mentioned in the content, other than the speaker; its first mention in
        the attribution is scored), ``target_type``, ``sentiment`` (toward the
        target within the content: negative, neutral or positive), ``score``
        (p_positive - p_negative), ``cue_stance`` and ``cue_lemma``.

    Examples
    --------
    >>> import pandas as pd
    >>> t = "Sen. Garrick Voss accused Finance Minister Piotr Lindqvist of misleading voters."
    >>> triples = stance_triples(pd.Series([t], index=["d1"]))  # doctest: +SKIP
    >>> triples[["speaker", "target", "cue_stance"]].values.tolist()  # doctest: +SKIP
    [['Garrick Voss', 'Piotr Lindqvist', 'accusation']]
    """
    from .tables import _attribution_table

    atts, articles = _attribution_table(parse(corpus))
    rows, targets = [], []
    seen: set[tuple[str, str]] = set()  # (attribution, target): the first mention is scored
    fields = ["doc_id", "attribution_id", "speaker", "speaker_type", "cue_stance", "cue_lemma"]
    current, found, firsts = None, [], []
    for article, doc_id, att_id, speaker, speaker_type, stance, lemma, spans in zip(
        articles, *(atts[c].tolist() for c in fields), atts["content_spans"].tolist(), strict=True
    ):
        if article is not current:
            current, found = article, article.actors.mentions  # sorted by start
            firsts = [m.start for m in found]
        speaker = speaker if isinstance(speaker, str) else None
        for a, b in spans:
            for k in range(bisect.bisect_left(firsts, a), bisect.bisect_left(firsts, b)):
                m = found[k]
                if m.end <= b and m.actor != speaker and (att_id, m.actor) not in seen:
                    seen.add((att_id, m.actor))
                    rows.append(
                        (doc_id, att_id, speaker, speaker_type, m.actor, m.type, stance, lemma)
                    )
                    targets.append((article.text[a:b], m.start - a, m.end - a))
    if not rows:
        return pd.DataFrame(columns=list(STANCE_TRIPLE_COLUMNS)).astype(STANCE_TRIPLE_COLUMNS)
    names = [*fields[:4], "target", "target_type", "cue_stance", "cue_lemma"]
    frame = pd.DataFrame(rows, columns=names)
    from ..sentiment import target_sentiment

    scored = target_sentiment(pd.DataFrame(targets, columns=["text", "start", "end"]), model=model)
    frame["sentiment"] = scored["label"].to_numpy()
    frame["score"] = (scored["p_positive"] - scored["p_negative"]).to_numpy()
    return frame[list(STANCE_TRIPLE_COLUMNS)].astype(STANCE_TRIPLE_COLUMNS)
