"""The frames table: densities, presence, dominant frame, both levels, declared columns."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import newsresearch as nr
from newsresearch.framing import (
    DOCUMENT_COLUMNS,
    MEASURE_DTYPES,
    SENTENCE_COLUMNS,
    Frame,
    Lexicon,
    frame_columns,
    frame_matrix,
    frames,
    load_lexicon,
)

LEXICONS = Path(__file__).parent / "fixtures" / "lexicons"


def test_density_presence_and_dominant_frame():
    lex = Lexicon(
        "t",
        {"a": Frame("a", {"alpha": 1}), "b": Frame("b", {"beta": 1}, threshold=200)},
        threshold=100,
    )
    texts = pd.Series(
        {
            "one": "alpha beta gamma delta epsilon zeta eta theta iota kappa.",  # 10 words
            "tie": "alpha beta alpha beta",
            "none": "Nothing here at all.",
            "empty": "",
            "missing": None,
        }
    )
    ft = frames(texts, scheme=lex)
    assert list(ft.index) == list(texts.index) and ft.index.name == "doc_id"
    assert ft.loc["one", "n_tokens"] == 10  # the final period is not a word
    assert ft.loc["one", "density_a"] == pytest.approx(100.0)
    assert bool(ft.loc["one", "present_a"]) and not bool(ft.loc["one", "present_b"])  # 100 < 200
    assert ft.loc["one", "dominant"] == "a"
    assert ft.loc["tie", "dominant"] == "a"  # equal densities: lexicon order
    assert ft.loc["none", "dominant"] is pd.NA and ft.loc["empty", "n_tokens"] == 0
    assert ft.loc["missing", "density_a"] == 0
    assert ft["dominant"].dtype == "string"
    assert ft.attrs["frames"] == ["a", "b"]
    high = frames(texts, scheme=lex, threshold={"a": 500})
    assert not high.loc["one", "present_a"]
    with pytest.raises(ValueError, match=r"threshold frames \['zz'\] are invalid"):
        frames(texts, scheme=lex, threshold={"zz": 1})


def test_corpus_in_corpus_keys_out(sample):
    small = sample.head(6)
    ft = frames(small)
    assert ft.index.equals(small.index)
    joined = small[["outlet"]].join(ft)
    assert len(joined) == 6 and "density_conflict" in joined
    assert set(frame_matrix(ft, "density").columns) == set(load_lexicon("generic").frames)
    with pytest.raises(ValueError, match="valid values are"):
        frames(small, level="paragraph")
    with pytest.raises(ValueError, match="valid values are"):
        frame_matrix(ft, "weight")


def test_sentence_level_rows_and_any_hit_presence(sample):
    doc = sample.head(1)
    st = frames(doc, level="sentence")
    sents = nr.sentences(doc)
    assert st.index.equals(pd.RangeIndex(len(sents)))  # several rows per document
    ids = ["doc_id", "sent_id", "start", "end", "text"]
    pd.testing.assert_frame_equal(st[ids], sents[ids])
    hit = st["hits_conflict"] > 0
    assert hit.any() and not hit.all()
    assert (st.loc[hit, "present_conflict"]).all() and not st.loc[~hit, "present_conflict"].any()
    # sentence hits add up to the document's
    assert st["hits_conflict"].sum() == frames(doc).iloc[0]["hits_conflict"]


def test_parsed_corpus_gives_the_same_tables(sample):
    small = sample.head(4)
    parsed = nr.parse(small)
    for level in ("document", "sentence"):
        pd.testing.assert_frame_equal(frames(parsed, level=level), frames(small, level=level))
    assert parsed[0].__dict__.get("sentences") is not None  # the article kept its sentences


@pytest.mark.parametrize("level", ["document", "sentence"])
@pytest.mark.parametrize(
    "corpus",
    [
        pd.DataFrame(
            {"doc_id": pd.Series([], dtype="string"), "text": pd.Series([], dtype=object)}
        ),
        pd.Series(["", None], index=["a", "b"], dtype=object),  # no sentences, no hits
    ],
)
def test_empty_results_carry_the_declared_columns(corpus, level):
    lex = load_lexicon("policy")
    ft = frames(corpus, scheme=lex, level=level)
    expected = frame_columns(lex, level)
    assert {c: str(t) for c, t in ft.dtypes.items()} == expected
    fixed = DOCUMENT_COLUMNS if level == "document" else SENTENCE_COLUMNS
    assert list(ft.columns[: len(fixed) - 1]) == [c for c in fixed if c != "dominant"]
    for measure, dtype in MEASURE_DTYPES.items():
        assert all(expected[f"{measure}_{k}"] == dtype for k in lex.frame_names)
    if level == "document":
        assert ft.index.name == "doc_id" and len(ft) == len(corpus)
    else:
        assert len(ft) == 0 and isinstance(ft.index, pd.RangeIndex)


def test_tables_with_hits_have_the_declared_columns(sample):
    for level in ("document", "sentence"):
        ft = frames(sample.head(3), level=level)
        expected = frame_columns(load_lexicon("generic"), level)
        assert {c: str(t) for c, t in ft.dtypes.items()} == expected


def test_policy_scheme_runs_on_the_sample(sample):
    ft = frames(sample, scheme="policy")
    assert len(ft) == len(sample) and ft["dominant"].notna().mean() > 0.8
