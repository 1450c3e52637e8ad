"""Scoring attribution against brat gold: the sample floors, bad gold, predictions file, CLI."""

from __future__ import annotations

import json

import pytest

from newsresearch import config
from newsresearch.cli import main
from newsresearch.evaluation import Evaluation, EvaluationError
from newsresearch.evaluation.attribution import score_attributions


@pytest.fixture(scope="module")
def sample_score() -> Evaluation:
    return score_attributions()


def test_sample_gold_scores(sample_score):
    table = sample_score.table
    assert sample_score.task == "attribution" and sample_score.n >= 25
    assert table.loc[("source", "exact"), "f1"] >= 0.75
    assert table.loc[("cue", "exact"), "f1"] >= 0.8
    assert table.loc[("content", "exact"), "f1"] >= 0.65
    assert sample_score["speaker_accuracy_direct"] >= 0.65
    assert set(sample_score.scores) == {
        "speaker_accuracy_direct",
        "speaker_accuracy_all",
        "stance_accuracy",
    }
    assert sample_score.details["counts"].loc["gold", "attributions"] >= 500


def test_heldout_gold_scores():
    """The held-out set was never used to develop the rules; floors guard against regressions."""
    score = score_attributions(config.SAMPLE_DIR / "gold" / "attribution_heldout")
    table = score.table
    assert score.details["counts"].loc["gold", "attributions"] >= 100
    assert table.loc[("source", "exact"), "f1"] >= 0.65
    assert table.loc[("cue", "exact"), "f1"] >= 0.70
    assert table.loc[("content", "exact"), "f1"] >= 0.60


def test_perfect_gold_from_our_own_predictions(tmp_path):
    text = 'Finance Minister Piotr Lindqvist spoke. "We will win," Lindqvist said.'
    (tmp_path / "d1.txt").write_text(text, encoding="utf-8")
    src, cue, content = text.index("Lindqvist said"), text.index("said"), text.index("We")
    (tmp_path / "d1.ann").write_text(
        f"T1\tSource {src} {src + 9}\tLindqvist\n"
        f"T2\tCue {cue} {cue + 4}\tsaid\n"
        f"T3\tContent {content} {content + 12}\tWe will win,\n"
        "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\n"
        "A1\tKind E1 Direct\nA2\tStance E1 Neutral\n"
        "#1\tAnnotatorNotes T1\tPiotr Lindqvist\n",
        encoding="utf-8",
    )
    out = tmp_path / "pred.jsonl"
    score = score_attributions(tmp_path, predictions_out=out)
    assert score.table["f1"].eq(1.0).all()
    assert score.scores == {
        "speaker_accuracy_direct": 1.0,
        "speaker_accuracy_all": 1.0,
        "stance_accuracy": 1.0,
    }
    (row,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert row["speaker"] == "Piotr Lindqvist" and row["content_spans"] == [[content, content + 12]]
    assert "attribution" in str(score) and "speaker_accuracy_direct 1.0000" in str(score)


def test_bad_gold_raises_evaluation_error(tmp_path):
    with pytest.raises(EvaluationError, match="is not a folder"):
        score_attributions(tmp_path / "missing")
    with pytest.raises(EvaluationError, match="no <name>.txt"):
        score_attributions(tmp_path)
    (tmp_path / "d1.txt").write_text("Text.", encoding="utf-8")
    (tmp_path / "d1.ann").write_text("T1\tSource x y\tText\n", encoding="utf-8")
    with pytest.raises(EvaluationError, match="line 1: malformed brat line"):
        score_attributions(tmp_path)


def test_cli_exit_codes(tmp_path, capsys):
    assert main(["evaluate", "attribution", "--gold", str(tmp_path / "missing")]) == 2
    assert "is not a folder" in capsys.readouterr().err
    assert main(["evaluate", "sentences", "--gold", str(tmp_path / "missing.jsonl")]) == 2
    assert "cannot read the sentence gold" in capsys.readouterr().err
