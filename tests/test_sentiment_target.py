"""Target sentiment: features, the estimator, model files, and target_sentiment()."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys

import numpy as np
import pandas as pd
import pytest

from newsresearch.sentiment import (
    TARGET_COLUMNS,
    TargetSentimentClassifier,
    load_model,
    target_sentiment,
)
from newsresearch.sentiment.features import BLOCKS, MAX_CONTEXT, context, target_features
from newsresearch.sentiment.model_io import read_model, save_model


def tiny_targets() -> tuple[pd.DataFrame, np.ndarray]:
    rows = []
    names = ["Voss", "Strand", "Lindqvist", "Ashcombe"]
    for i, name in enumerate(names * 3):
        rows += [
            (f"Critics slammed {name} over the failed deal.", "negative"),
            (f"{name} was praised for a brilliant reform.", "positive"),
            (f"{name} met officials on Tuesday {i}.", "neutral"),
        ]
    texts = [t for t, _ in rows]
    found = [next(n for n in names if n in t) for t in texts]
    starts = [t.index(n) for t, n in zip(texts, found, strict=True)]
    frame = pd.DataFrame(
        {
            "text": texts,
            "start": starts,
            "end": [s + len(n) for s, n in zip(starts, found, strict=True)],
        }
    )
    return frame, np.array([label for _, label in rows])


def test_features_mask_the_mention_and_mark_speakers():
    text = '"We will win," Voss said.'
    start = text.index("Voss")
    (feats,) = target_features([(text, start, start + 4)], window=6)
    block = dict(zip(BLOCKS, feats, strict=True))
    assert block["mention"] == ["voss"]
    assert "<t>" in block["sentence"] and "voss" not in block["sentence"]
    assert "speaker_after" in block["role"] and "sentence_quotes" in block["role"]
    assert "\x00" in block["chars"]


def test_context_cuts_long_texts_to_the_sentence_of_the_mention():
    sentence = "Critics accused Voss of lying."
    long = "The council met. " * 40 + sentence + " The weather was mild." * 5
    assert len(long) > MAX_CONTEXT
    start = long.index("Voss")
    assert context(long, start, start + 4, {}) == (sentence, 16, 20)


def test_classifier_follows_estimator_conventions():
    from sklearn.base import clone
    from sklearn.model_selection import GridSearchCV, cross_validate

    X, y = tiny_targets()
    clf = TargetSentimentClassifier(C=3.0, min_df=1, random_state=0)
    assert clf.get_params()["C"] == 3.0 and clone(clf).get_params() == clf.get_params()
    assert not [k for k in vars(clf) if k.endswith("_")]  # __init__ only stores parameters
    assert clf.fit(X, y) is clf
    assert list(clf.classes_) == ["negative", "neutral", "positive"]
    proba = clf.predict_proba(X)
    assert proba.shape == (len(X), 3) and np.allclose(proba.sum(axis=1), 1.0)
    assert (clf.predict(X) == y).mean() > 0.9
    assert len(clf.get_feature_names_out()) == clf.coef_.shape[1]
    scores = cross_validate(clone(clf), X, y, cv=3, scoring="f1_macro")
    assert scores["test_score"].mean() > 0.9
    grid = GridSearchCV(clone(clf), {"C": [1.0, 10.0]}, cv=3).fit(X, y)
    assert grid.best_score_ > 0.9 and grid.best_estimator_.C == grid.best_params_["C"]
    rows = list(X.itertuples(index=False))  # (text, start, end) tuples work too
    assert (clf.predict(rows) == clf.predict(X)).all()


def test_classifier_saves_and_loads_without_pickle(tmp_path):
    X, y = tiny_targets()
    clf = TargetSentimentClassifier(min_df=1, char_ngrams=(3, 4)).fit(X, y)
    json_path, npz_path = clf.save(tmp_path / "model")
    arrays = np.load(npz_path, allow_pickle=False)
    assert set(arrays.files) == {"idf", "coef", "intercept"}
    assert json_path.name == "model.json.gz"
    meta = json.loads(gzip.decompress(json_path.read_bytes()))
    assert meta["params"]["char_ngrams"] == [3, 4]
    again = TargetSentimentClassifier.load(tmp_path / "model")
    assert np.allclose(again.predict_proba(X), clf.predict_proba(X), atol=1e-5)
    # saving again gives the same content, and twice the same bytes (no time stamp)
    save_model(again, tmp_path / "copy")
    copy = (tmp_path / "copy.json.gz").read_bytes()
    assert gzip.decompress(copy) == gzip.decompress(json_path.read_bytes())
    save_model(again, tmp_path / "copy")
    assert (tmp_path / "copy.json.gz").read_bytes() == copy
    assert np.allclose(read_model(tmp_path / "copy.npz").coef_, again.coef_)


def test_a_file_that_is_not_a_model_is_refused(tmp_path):
    base = tmp_path / "other"
    (tmp_path / "other.json").write_text(json.dumps({"format": "something else"}))
    np.savez(tmp_path / "other.npz", idf=np.zeros(1))
    with pytest.raises(ValueError, match="not a TargetSentimentClassifier model file"):
        read_model(base)
    with pytest.raises(FileNotFoundError, match="no model at"):
        read_model(tmp_path / "missing")


def test_bad_target_spans_are_reported():
    clf = load_model()
    with pytest.raises(
        ValueError, match=r"target 0: span \(3, 99\) is outside the text of length 4"
    ):
        clf.predict(pd.DataFrame({"text": ["Voss"], "start": [3], "end": [99]}))
    with pytest.raises(ValueError, match=r"lacks columns \['end'\]"):
        target_sentiment(pd.DataFrame({"text": ["Voss"], "start": [0]}))


def test_shipped_model_loads_lazily_and_scores_targets():
    # importing the package does not read the model (a fresh interpreter: other tests, and
    # the pipeline's probes, read it in this one)
    code = (
        "import sys, newsresearch\n"
        "from newsresearch.sentiment import target_sentiment\n"
        "print('newsresearch.sentiment.model_io' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
    assert load_model() is load_model()
    df = pd.DataFrame(
        {
            "text": [
                "Critics accused Voss of lying to voters and wrecking the economy.",
                "Supporters hailed Strand as a brilliant, honest leader.",
                "Lindqvist will travel to Ebbridge on Monday.",
            ],
            "start": [16, 18, 0],
            "end": [20, 24, 9],
        },
        index=["a", "b", "c"],
    )
    out = target_sentiment(df)
    assert list(out.index) == ["a", "b", "c"]
    assert out.dtypes.astype(str).to_dict() == TARGET_COLUMNS
    assert np.allclose(out[["p_negative", "p_neutral", "p_positive"]].sum(axis=1), 1.0)
    assert out["label"].tolist() == ["negative", "positive", "neutral"]


def test_no_targets_give_the_declared_schema():
    empty = target_sentiment(pd.DataFrame({"text": [], "start": [], "end": []}))
    assert empty.empty and empty.dtypes.astype(str).to_dict() == TARGET_COLUMNS


def test_a_model_with_other_classes_is_refused():
    X, y = tiny_targets()
    other = TargetSentimentClassifier(min_df=1).fit(X, np.where(y == "neutral", "meh", y))
    with pytest.raises(
        ValueError, match=r"valid classes are \['negative', 'neutral', 'positive'\]"
    ):
        target_sentiment(X, model=other)


def test_long_texts_use_the_sentence_of_the_mention():
    sentence = "Critics accused Voss of lying to voters."
    filler = "The weather was mild and the council met as planned. " * 20
    long = filler + sentence + " " + filler
    start = long.index("Voss")
    df = pd.DataFrame({"text": [sentence, long], "start": [16, start], "end": [20, start + 4]})
    out = target_sentiment(df)
    assert out["p_negative"].iloc[0] == pytest.approx(out["p_negative"].iloc[1])


def test_spans_running_past_the_text_are_cut_with_a_warning():
    df = pd.DataFrame({"text": ["Gov. Strand", "“Mrs."], "start": [5, 1], "end": [11, 10]})
    with pytest.warns(UserWarning, match=r"1 target span\(s\) ran past the end .*rows \[1\]"):
        out = target_sentiment(df)
    assert len(out) == 2 and out["label"].notna().all()


def _string_matrix(model: TargetSentimentClassifier, X) -> object:  # noqa: ANN001
    return model._matrix(target_features(X, int(model.window)))


def _same(a, b) -> bool:  # noqa: ANN001 - two CSR matrices
    return (
        a.shape == b.shape
        and (a.indptr == b.indptr).all()
        and (a.indices == b.indices).all()
        and (a.data == b.data).all()
    )


def test_batch_features_give_the_matrix_of_the_feature_strings(sample):
    """transform() looks features up per context; the matrix is that of the strings, bit for bit."""
    import newsresearch as nr

    model = load_model()
    parsed = nr.parse(sample.head(25))
    rows = [
        (a.text[s:e], m.start - s, m.end - s)
        for a in parsed
        if a is not None
        for m in a.actors.mentions  # names, roles and pronouns
        for s, e in [a.sentences[a.sentence_at(m.start) or 0]]
        if s <= m.start and m.end <= e
    ]
    whole = [(a.text, m.start, m.end) for a in parsed if a is not None for m in a.actors.mentions]
    edge = [
        ("Voss", 0, 4),  # the mention is the whole text
        ("He said so.", 0, 2),  # a pronoun, first in the sentence
        ("“Voss is a liar,” critics said, but Voss won.", 1, 5),  # inside a quote
        ("Critics, who slammed Voss; Voss won.", 21, 25),  # clause breaks on both sides
        ("Critics slammed Voss", 16, 20),  # nothing to the right
        ("Critics slammed Voss.", 16, 16),  # an empty span
        ("A B C D E F G H I J K Voss L M N O P Q R S T U", 22, 26),  # past the window
        ('He said "Voss is not good" and "Strand won" and "bad".', 9, 13),  # straight quotes
        ("“Voss” is “ never good, ” said Strand's aide.", 1, 5),  # quotes open and close
        ("According to Voss, it was not a great deal.", 13, 17),  # according to; negated
        ("Voss has said the plan is a disaster.", 0, 4),  # speaker before an auxiliary
        ("The İstanbul deal: Voss won.", 19, 23),  # lower-casing changes the length
        ("ΟΔΟΣ. Voss praised ΤΟΝ ΚΟΣΜΟΣ.", 6, 10),  # capital sigma
        ("", 0, 0),  # no text
        ("   ", 1, 2),  # only spaces
        ("Critics slammed Voss. " * 40 + "Fans praised Voss.", 16, 20),  # a long text
    ]
    assert len(rows) > 100 and len(whole) > 100
    plain = [t for t in edge if "İ" not in t[0]]  # lower-cased in one pass, not text by text
    empty = [("", 0, 0), ("  ", 1, 2)]  # not one token in the batch
    for targets in (rows, whole, edge, edge * 3, plain, empty):
        frame = pd.DataFrame(targets, columns=["text", "start", "end"])
        assert _same(model.transform(frame), _string_matrix(model, frame))


def test_batch_features_of_a_new_model_use_its_own_vocabulary():
    X, y = tiny_targets()
    first = TargetSentimentClassifier(min_df=1, window=2).fit(X, y)
    assert _same(first.transform(X), _string_matrix(first, X))
    second = TargetSentimentClassifier(min_df=1, window=1).fit(X.head(9), y[:9])
    assert _same(second.transform(X), _string_matrix(second, X))
    assert _same(first.transform(X), _string_matrix(first, X))  # its index is its own


def test_a_model_that_has_scored_pickles_without_its_index():
    import pickle

    X, y = tiny_targets()
    model = TargetSentimentClassifier(min_df=1).fit(X, y)
    before = model.predict_proba(X)
    copy = pickle.loads(pickle.dumps(model))
    assert "_feature_index" not in copy.__dict__
    assert np.array_equal(copy.predict_proba(X), before)


def test_prepare_builds_the_index_that_transform_then_uses():
    X, y = tiny_targets()
    model = TargetSentimentClassifier(min_df=1).fit(X, y)
    assert "_feature_index" not in model.__dict__
    assert model.prepare() is model
    index = model.__dict__["_feature_index"]
    before = model.predict_proba(X)
    assert model.__dict__["_feature_index"] is index  # built once, reused
    assert np.array_equal(before, model.predict_proba(X))
    grams = TargetSentimentClassifier(min_df=1, char_ngrams=(3, 3)).fit(X, y).prepare()
    assert "_feature_index" not in grams.__dict__  # character n-grams use no index
    with pytest.raises(Exception, match="not fitted"):
        TargetSentimentClassifier().prepare()


def test_feature_index_gives_new_words_ids_in_the_order_they_come():
    from newsresearch.sentiment.counts import FeatureIndex

    model = load_model()
    one, batch = FeatureIndex(model.vocabulary_), FeatureIndex(model.vocabulary_)
    words = "zqx the voss zqy zqx voters zqz the".split()
    singly = [one.word_ids([w])[0] for w in words]
    assert batch.word_ids(words) == singly
    assert singly[0] == singly[4] and len(set(singly)) == 6
    one.sync()
    batch.sync()
    for block in one.cols:
        assert np.array_equal(one.cols[block], batch.cols[block])
    assert batch.cols["sentence"][batch.ids["the"]] == model.vocabulary_["sentence"]["the"]


def test_batch_counts_equal_one_target_at_a_time():
    """target_counts tokenises all contexts at once: each row is the target's counts alone."""
    import scipy.sparse as sp

    from newsresearch.sentiment.counts import FeatureIndex, target_counts

    model = load_model()
    X, _ = tiny_targets()
    X = pd.concat([X, X.assign(start=0, end=0)], ignore_index=True)  # two targets per text
    batch = target_counts(X, model.window, FeatureIndex(model.vocabulary_))
    index = FeatureIndex(model.vocabulary_)
    parts = sp.vstack([target_counts(X.iloc[[k]], model.window, index) for k in range(len(X))])
    assert batch.shape == (len(X), index.width) == parts.shape
    assert (batch != parts).nnz == 0 and batch.has_sorted_indices
    assert batch.data.min() >= 1  # counts, no explicit zeros
    assert batch.sum() > 10 * len(X)


def test_tokenise_gives_the_words_and_spans_of_each_text():
    from newsresearch.sentiment.counts import _tokenise
    from newsresearch.sentiment.features import _analyse, vader_lexicon

    texts = [
        "Ms. Voss won’t say; “NO,” she said.",
        "",
        "  ",
        "The İstanbul deal.",  # lower-casing lengthens İ: each text lowered on its own
        "ΟΔΟΣ ΚΟΣΜΟΣ",
    ]
    for batch in (texts, texts[:1] + texts[4:], texts[3:4]):
        tokens = _tokenise(batch)
        assert tokens.first[-1] == len(tokens.words)
        for k, text in enumerate(batch):
            lo, hi, at = tokens.first[k], tokens.first[k + 1], tokens.offsets[k]
            one = _analyse(text, vader_lexicon())
            assert tokens.words[lo:hi] == one.words
            assert (tokens.starts[lo:hi] - at).tolist() == one.starts
            assert (tokens.ends[lo:hi] - at).tolist() == one.ends


def test_lowering_keeps_tokens_only_when_every_character_keeps_its_class():
    from newsresearch.sentiment.counts import _lowering_keeps_tokens

    text = "Voss’s “PLAN” — ÉTÉ, ΟΔΟΣ"
    assert _lowering_keeps_tokens(text, text.lower())
    assert _lowering_keeps_tokens("", "")
    assert not _lowering_keeps_tokens("İstanbul", "İstanbul".lower())  # İ lowers to two characters
    assert not _lowering_keeps_tokens("Voss A", "voss -")  # a letter that became a joiner
    assert _lowering_keeps_tokens("Voss A", "voss b")  # still a word character


def test_quote_states_follow_the_marks_of_each_context():
    from newsresearch.sentiment.counts import FeatureIndex, _quote_states, _tokenise
    from newsresearch.sentiment.features import _analyse, vader_lexicon

    texts = ['a "b" c " d', "“e” f “g", '" h', "no quotes", "” i “ j ” k"]
    index = FeatureIndex(load_model().vocabulary_)
    tokens = _tokenise(texts)
    wid = np.asarray(index.word_ids(tokens.words))
    index.sync()
    marks, states = _quote_states(index, wid, tokens.first)
    expected_marks, expected_states = [], []
    for k, text in enumerate(texts):
        one = _analyse(text, vader_lexicon())
        expected_marks += [tokens.first[k] + q for q in one.quotes]
        expected_states += one.states
    assert marks.tolist() == expected_marks
    assert states.tolist() == expected_states
    assert expected_states[:3] == [True, False, True]  # " opens, closes, opens again


def test_a_target_table_of_python_strings_scores_as_a_str_table():
    from newsresearch.sentiment.target import target_table

    X, _ = tiny_targets()
    table = target_table(X["text"].tolist(), X["start"].tolist(), X["end"].tolist())
    assert table["text"].dtype == object
    pd.testing.assert_frame_equal(target_sentiment(table), target_sentiment(X))


def test_feature_index_word_id_array_equals_word_ids_for_known_and_new_words():
    from newsresearch.sentiment.counts import FeatureIndex

    model = load_model()
    fast, slow = FeatureIndex(model.vocabulary_), FeatureIndex(model.vocabulary_)
    rng = np.random.default_rng(7)
    pool = "the voss said zqa zqb mayor halden “ ” , . zqc".split()
    for _ in range(40):  # batches of known words, new words and repeats, in both indexes
        words = [pool[k] for k in rng.integers(0, len(pool), rng.integers(0, 12))]
        got = fast.word_id_array(words)
        assert got.dtype == np.int64
        assert got.tolist() == slow.word_ids(words)
        if rng.integers(0, 2):
            pool.append(f"zq{len(pool)}")
    assert fast.ids == slow.ids
    fast.sync()
    slow.sync()
    for block in fast.cols:
        assert np.array_equal(fast.cols[block], slow.cols[block])
    assert np.array_equal(fast.flags, slow.flags)
    assert np.array_equal(fast.valence, slow.valence)
