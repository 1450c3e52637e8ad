"""Scoring sentence boundaries: the Evaluation it returns and its errors on bad gold."""

from __future__ import annotations

import json

import pytest

from newsresearch.evaluation import EvaluationError
from newsresearch.evaluation.sentences import score_sentences


def write(path, *items):
    path.write_text("\n".join(json.dumps(i) for i in items) + "\n", encoding="utf-8")
    return path


def test_default_gold():
    score = score_sentences()
    assert score.task == "sentence boundaries" and score.unit == "sentences"
    assert score.n >= 300 and score["f1"] >= 0.99
    assert set(score.scores) == {"precision", "recall", "f1"}


def test_counts_on_a_small_gold(tmp_path):
    gold = write(
        tmp_path / "g.jsonl",
        {"id": "a", "paragraphs": [["Dr. Voss spoke.", "She left."], ["Then rain."]]},
        {"id": "b", "paragraphs": [["One sentence only."]]},
    )
    score = score_sentences(gold)
    assert score.n == 4
    counts = score.details["counts"].loc["boundaries"].to_dict()
    assert counts == {"true_positives": 2, "false_positives": 0, "false_negatives": 0}
    assert score["precision"] == score["recall"] == score["f1"] == 1.0


@pytest.mark.parametrize(
    "content, message",
    [
        ("not json\n", "line 1"),
        ('{"id": 1}\n', "line 1"),
        ("\n", "holds no item"),
    ],
)
def test_bad_gold_raises_evaluation_error(tmp_path, content, message):
    path = tmp_path / "bad.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(EvaluationError, match=message):
        score_sentences(path)
    with pytest.raises(EvaluationError, match="cannot read"):
        score_sentences(tmp_path / "missing.jsonl")
