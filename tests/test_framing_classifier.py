"""FrameClassifier and LexiconDensities: estimator conventions, predictions, bad input."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from framing_helpers import LABELS, TEXTS, Y
from sklearn.base import clone
from sklearn.model_selection import GridSearchCV, KFold, cross_validate

from newsresearch.framing import FrameClassifier


def test_classifier_follows_estimator_conventions():
    clf = FrameClassifier(lexicon="generic", C=2.0, random_state=0)
    assert clf.get_params()["C"] == 2.0 and not hasattr(clf, "classes_")
    assert clone(clf).get_params() == clf.get_params()
    with pytest.raises(ValueError, match="not fitted"):
        clf.predict(["x"])
    assert clf.fit(TEXTS, Y) is clf
    assert list(clf.classes_) == ["conflict", "economic", "human"] and clf.multilabel_
    pred = clf.predict(["Rivals clash again", "Wages and taxes"])
    assert pred.shape == (2, 3) and pred.sum(axis=1).min() >= 1
    proba = clf.predict_proba(["Rivals clash again"])
    assert proba.shape == (1, 3) and proba.argmax() == 0  # conflict
    assert list(clf.predict_first(["Rivals clash again", "Wages and taxes"])) == [
        "conflict",
        "economic",
    ]
    names = clf.get_feature_names_out()
    assert any(n.startswith("word__") for n in names) and "lexicon__conflict" in names
    assert any(n.startswith("char__") for n in names)
    assert "vectors__dim0" in names and clf.estimator_.estimator.__class__.__name__ == "LinearSVC"
    again = FrameClassifier(lexicon="generic", C=2.0, random_state=0).fit(TEXTS, Y)
    assert np.allclose(again.predict_proba(TEXTS[:3]), clf.predict_proba(TEXTS[:3]))


def test_classifier_single_label_and_table_output():
    clf = FrameClassifier(random_state=0).fit(pd.Series(TEXTS), LABELS)
    assert not clf.multilabel_ and list(clf.classes_) == ["conflict", "economic", "human"]
    proba = clf.predict_proba(TEXTS[:4])
    assert np.allclose(proba.sum(axis=1), 1.0)
    assert list(clf.predict(["A fierce clash of rivals"])) == ["conflict"]
    table = clf.predict_frame(pd.Series(["Grieving mother"], index=["x1"]))
    assert list(table.index) == ["x1"] and table.index.name == "doc_id"
    assert table.loc["x1", "first"] == "human"


@pytest.mark.filterwarnings("ignore::sklearn.exceptions.UndefinedMetricWarning")
def test_classifier_in_cross_validate_and_grid_search():
    clf = FrameClassifier(lexicon=None, calibration=None, random_state=0)
    cv = KFold(3)  # each test fold has the other copy of its texts in training
    scores = cross_validate(clf, TEXTS, Y, cv=cv, scoring="f1_macro")
    assert scores["test_score"].mean() > 0.6
    search = GridSearchCV(clf, {"C": [0.5, 4.0]}, cv=cv, scoring="f1_macro").fit(TEXTS, LABELS)
    # each test fold has the other copy of its texts in training: every C is perfect,
    # and the tie goes to the first
    assert search.cv_results_["mean_test_score"].tolist() == [1.0, 1.0]
    assert search.best_params_ == {"C": 0.5}
    assert search.predict(["Opponents clash"])[0] == "conflict"


def test_classifier_rejects_bad_input():
    with pytest.raises(ValueError, match="valid values are"):
        FrameClassifier(calibration="platt").fit(TEXTS, LABELS)
    with pytest.raises(ValueError, match="0/1 values"):
        FrameClassifier().fit(TEXTS, Y * 2)
    with pytest.raises(ValueError, match="at least 2 frames"):
        FrameClassifier().fit(TEXTS, ["conflict"] * len(TEXTS))
    with pytest.raises(ValueError, match="rows"):
        FrameClassifier().fit(TEXTS[:3], LABELS)


@pytest.mark.parametrize("model", ["svm", "logistic"])
def test_both_models_with_and_without_calibration(model):
    for calibration in ("sigmoid", None):
        clf = FrameClassifier(model=model, calibration=calibration, random_state=0)
        clf.fit(TEXTS, LABELS)
        proba = clf.predict_proba(TEXTS[:4])
        assert proba.shape == (4, 3) and np.allclose(proba.sum(axis=1), 1.0)
        assert list(clf.predict(["A fierce clash of rivals"])) == ["conflict"]
        multi = FrameClassifier(model=model, calibration=calibration, threshold=0.5).fit(TEXTS, Y)
        p = multi.predict_proba(TEXTS[:2])
        assert p.shape == (2, 3) and ((p >= 0) & (p <= 1)).all()
        assert multi.predict(TEXTS[:2]).sum(axis=1).min() >= 1


def test_text_vectors_weigh_twice_a_tfidf_block_by_default():
    # chosen by 3-fold CV inside GVFC's training files (benchmarks/gvfc.py --inner)
    clf = FrameClassifier(random_state=0)
    assert clf.get_params()["vectors_weight"] == 2.0
    features = dict(clf.fit(TEXTS, LABELS).features_.transformer_list)
    norms = np.linalg.norm(features["vectors"].transform(TEXTS[:4]), axis=1)
    assert np.allclose(norms, 2.0)
    word = features["word"].transform(TEXTS[:4])
    assert np.allclose(np.sqrt(word.multiply(word).sum(axis=1)), 1.0)


def test_vectors_can_be_left_out_or_given_as_an_object():
    from newsresearch.framing.vectors import WordVectors

    plain = FrameClassifier(vectors=None, random_state=0).fit(TEXTS, LABELS)
    assert not any(n.startswith("vectors__") for n in plain.get_feature_names_out())
    own = WordVectors(["clash", "taxes"], [[1.0, 0.0], [0.0, 1.0]], [1.0, 1.0])
    clf = FrameClassifier(vectors=own, random_state=0)
    assert clone(clf).get_params()["vectors"].words == own.words  # clone deep-copies it
    assert clf.fit(TEXTS, LABELS).features_.transform(["clash"]).shape[1] > 2
    with pytest.raises(ValueError, match="valid values are"):
        FrameClassifier(model="forest").fit(TEXTS, LABELS)
