"""Polarity of the stance triples no signal signs: the pair's cue-signed triples (stance_polarity)."""

from __future__ import annotations

import pandas as pd

from newsresearch.attribution import stance_triples
from newsresearch.attribution.stance_polarity import PAIR_SIGNAL, clause_span, pair_polarity


def found(text: str) -> list[tuple]:
    out = stance_triples(pd.Series([text], index=["d"]), keep_neutral=True)
    return [tuple(r) for r in out[["speaker", "target", "sentiment", "signal"]].to_numpy()]


def test_unsigned_mention_takes_the_pairs_cue_polarity():
    # a governor praises a mayor, then says something about him with no stance cue: the
    # second triple follows the praise instead of the negative default; another speaker
    # saying the same has no signed pair and keeps the default
    text = (
        "Gov. Helena Strand praised Mayor Tomas Ekberg on Tuesday for his handling of the "
        "floods. Strand said Ekberg would lead the recovery effort in the coming months. "
        "Sen. Ivo Marsh said Ekberg would lead the recovery effort."
    )
    assert found(text) == [
        ("Helena Strand", "Tomas Ekberg", "positive", "cue"),
        ("Helena Strand", "Tomas Ekberg", "positive", PAIR_SIGNAL),
        ("Ivo Marsh", "Tomas Ekberg", "negative", "default"),
    ]


def test_pair_polarity_leaves_conflicting_cues_and_other_signals():
    triples = pd.DataFrame(
        {
            "doc_id": ["d"] * 5,
            "speaker": ["Ada Voss"] * 5,
            "target": ["Lin"] * 3 + ["Reyes"] * 2,
            "sentiment": ["positive", "negative", "negative", "positive", "positive"],
            "signal": ["cue", "cue", "default", "model", "default"],
        },
        index=range(5, 10),
    )
    out = pair_polarity(triples)
    # Lin: the cues disagree, the default stays; Reyes: a model-signed triple is no cue
    assert out["sentiment"].tolist() == ["positive", "negative", "negative", "positive", "positive"]
    assert out["signal"].tolist() == ["cue", "cue", "default", "model", "default"]
    assert list(out.index) == list(range(5, 10))
    assert pair_polarity(triples.iloc[:0]).empty


def test_unsigned_mention_the_model_reads_as_positive_is_left_out():
    # no cue signs the target and the model reads it as positive in its clause and its
    # sentence: the negative default would be a guess, so no triple (kept on request)
    praise = (
        "Sen. Ivo Marsh said Mayor Tomas Ekberg had been doing everything in his power "
        "to help the families rebuild."
    )
    blame = "Rep. Dana Holm said Gov. Helena Strand had lied to voters and wrecked the budget."
    texts = pd.Series([praise, blame], index=["a", "b"])
    kept = stance_triples(texts)
    assert kept[["doc_id", "target", "sentiment", "signal"]].values.tolist() == [
        ["b", "Helena Strand", "negative", "default"]
    ]
    every = stance_triples(texts, keep_neutral=True)
    assert every["target"].tolist()[:2] == ["Tomas Ekberg", "Helena Strand"]


def test_clause_span_stops_at_clause_punctuation_not_at_an_abbreviation():
    text = "Rep. Lena Holm said, however, that Gov. Ada Voss (a Democrat) had won."
    start = text.index("Ada")
    a, b = clause_span(text, start, start + 8, ceiling=len(text) - 1)
    assert text[a:b] == " that Gov. Ada Voss "
    a, b = clause_span(text, start, start + 8, floor=start - 5, ceiling=start + 12)
    assert (a, b) == (start - 5, start + 9)
