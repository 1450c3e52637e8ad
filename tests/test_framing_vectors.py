"""Word vectors: text vectors, save and load, the packaged news vectors, training by LSA."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from newsresearch.framing.vectors import (
    WordVectorFeatures,
    WordVectors,
    load_word_vectors,
    train_word_vectors,
)


def small() -> WordVectors:
    return WordVectors(["gun", "rifle", "tax"], [[2, 0], [1, 1], [0, 3]], [1.0, 2.0, 1.0])


def test_text_vectors_are_idf_weighted_sums_of_unit_word_vectors():
    wv = small()
    assert np.allclose(np.linalg.norm(wv.vectors, axis=1), 1.0)
    got = wv.transform(["Gun and RIFLE", "no known word", ""])
    expected = np.array([1.0, 0.0]) + 2.0 * np.array([1.0, 1.0]) / np.sqrt(2)
    assert np.allclose(got[0], expected / np.linalg.norm(expected))
    assert np.allclose(got[1:], 0.0)  # texts without a known word get zeros
    assert wv.most_similar("gun", n=2) == ["rifle", "tax"]
    with pytest.raises(KeyError, match="not among"):
        wv.most_similar("sword")


def test_save_and_load_round_trip(tmp_path):
    wv = small()
    path = wv.save(tmp_path / "v.npz")
    again = load_word_vectors(path)
    assert again.words == wv.words and again.name == "v"
    assert np.allclose(again.transform(["rifle tax"]), wv.transform(["rifle tax"]), atol=1e-3)
    assert load_word_vectors(wv) is wv


def test_bad_vectors_are_refused_with_what_to_do(tmp_path):
    with pytest.raises(ValueError, match="valid values are"):
        load_word_vectors(tmp_path / "missing.npz")
    bad = tmp_path / "bad.npz"
    np.savez(bad, words=np.asarray(["a"]))
    with pytest.raises(ValueError, match="not a word-vector file"):
        load_word_vectors(bad)
    with pytest.raises(ValueError, match="IDF values"):
        WordVectors(["a", "b"], [[1.0, 0.0]], [1.0, 1.0])


def test_packaged_news_vectors_put_related_words_together():
    wv = load_word_vectors("news")
    assert wv.dims == 200 and len(wv) == 20000
    assert "gun" in wv.most_similar("firearms", n=20)
    sims = wv.transform(["gun control laws", "assault weapons ban", "stock market rally"])
    assert sims[0] @ sims[1] > sims[0] @ sims[2]


def test_training_on_a_small_corpus():
    texts = pd.Series(
        ["The rifle and the gun were seized by the police officers.\nShort line"] * 3
        + ["The tax bill passed the senate after a long debate.\nAnother short"] * 3
    )
    wv = train_word_vectors(texts, dims=2, min_df=1)
    assert "short" not in wv.index  # lines under 25 characters are not contexts
    assert wv.dims == 2 and {"rifle", "tax"} <= set(wv.index)
    sims = wv.transform(["rifle", "gun", "tax"])
    assert sims[0] @ sims[1] > sims[0] @ sims[2]
    with pytest.raises(ValueError, match="at least 2 paragraphs"):
        train_word_vectors(pd.Series(["too short"]))


def test_feature_transformer():
    t = WordVectorFeatures(small(), weight=0.5)
    with pytest.raises(ValueError, match="not fitted"):
        t.transform(["gun"])
    out = t.fit(["x"]).transform(pd.Series(["gun"]))
    assert np.allclose(out, [[0.5, 0.0]])
    assert list(t.get_feature_names_out()) == ["dim0", "dim1"]


def test_word2vec_training_on_a_small_corpus():
    pytest.importorskip("gensim")
    texts = pd.Series(
        ["the rifle and the gun were seized by police officers"] * 20
        + ["the tax bill and the budget passed the senate chamber"] * 20
    )
    wv = train_word_vectors(texts, dims=8, min_df=1, method="word2vec", epochs=2)
    assert wv.dims == 8 and {"rifle", "gun", "tax"} <= set(wv.index)
    assert np.allclose(np.linalg.norm(wv.vectors, axis=1), 1.0)
    again = train_word_vectors(texts, dims=8, min_df=1, method="word2vec", epochs=2)
    assert np.array_equal(wv.vectors, again.vectors)  # seeded: the same vectors again
    narrow = train_word_vectors(texts, dims=8, min_df=1, method="word2vec", epochs=2, window=1)
    assert narrow.words == wv.words and not np.allclose(narrow.vectors, wv.vectors)
    with pytest.raises(ValueError, match="valid values are"):
        train_word_vectors(texts, method="glove")
