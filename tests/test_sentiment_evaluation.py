"""NewsMTSC reading, target-sentiment evaluation and its command line."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from newsresearch import config
from newsresearch.cli import main
from newsresearch.datasets.newsmtsc import NEWSMTSC_COLUMNS, read_newsmtsc
from newsresearch.evaluation import Evaluation, EvaluationError
from newsresearch.evaluation.sentiment import evaluate_target_sentiment

SAMPLE_GOLD = config.SAMPLE_DIR / "gold" / "target_sentiment.jsonl"


def test_read_newsmtsc(tmp_path):
    gold = read_newsmtsc(SAMPLE_GOLD)
    assert gold.dtypes.astype(str).to_dict() == NEWSMTSC_COLUMNS
    assert set(gold["label"]) <= {"negative", "neutral", "positive"}
    assert (gold.apply(lambda r: r["text"][r["start"] : r["end"]], axis=1) == gold["mention"]).all()
    bad = tmp_path / "bad.jsonl"
    bad.write_text(
        json.dumps({"primary_gid": "x", "sentence_normalized": "Hi Voss.", "targets": []})
        + "\n"
        + json.dumps(
            {
                "primary_gid": "y",
                "sentence_normalized": "Hi Voss.",
                "targets": [{"from": 3, "to": 7, "polarity": 5.0}],
            }
        )
        + "\n",
        encoding="utf-8",
    )
    with pytest.raises(ValueError, match=r"bad\.jsonl, line 2: .*polarity 5\.0 is invalid"):
        read_newsmtsc(bad)


def test_newsmtsc_training_file_reads_when_present():
    path = config.SHARED_DIR / "data" / "newsmtsc" / "train.jsonl"
    if not path.exists():
        pytest.skip(f"NewsMTSC training data not available at {path}")
    gold = read_newsmtsc(path)
    assert len(gold) == 8739
    assert gold["label"].value_counts().to_dict() == {
        "negative": 3316,
        "neutral": 3028,
        "positive": 2395,
    }


def test_evaluate_on_sample_gold_beats_majority_baseline(tmp_path):
    out = tmp_path / "pred.jsonl"
    result = evaluate_target_sentiment(SAMPLE_GOLD, predictions_out=out)
    assert isinstance(result, Evaluation) and result.task == "target sentiment"
    gold = read_newsmtsc(SAMPLE_GOLD)
    assert result.n == len(gold)
    majority = gold["label"].value_counts().idxmax()
    share = (gold["label"] == majority).mean()
    majority_f1 = 2 * share / (1 + share) / 3  # macro-F1 of always predicting the majority
    assert result["macro_f1"] > majority_f1 + 0.1
    assert result.table["f1"].mean() == pytest.approx(result["macro_f1"])
    assert result.table["support"].sum() == result.n
    confusion = result.details["confusion"]
    assert int(confusion.to_numpy().sum()) == result.n
    assert result["accuracy"] == pytest.approx(confusion.to_numpy().trace() / result.n)
    text = str(result)
    assert "macro_f1" in text and "confusion" in text and "precision" in text
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == result.n
    assert {"primary_gid", "from", "to", "gold", "predicted", "p_positive"} <= set(lines[0])
    predicted = pd.Series([line["predicted"] for line in lines])
    assert (predicted == pd.Series([line["gold"] for line in lines])).mean() == pytest.approx(
        result["accuracy"]
    )


def test_bad_gold_raises_evaluation_error(tmp_path):
    unlabelled = tmp_path / "unlabelled.jsonl"
    record = {"primary_gid": "x", "sentence_normalized": "Hi Voss.", "targets": []}
    unlabelled.write_text(json.dumps(record) + "\n", encoding="utf-8")
    with pytest.raises(EvaluationError, match="no labelled targets; give each target"):
        evaluate_target_sentiment(unlabelled)
    broken = tmp_path / "broken.jsonl"
    broken.write_text("{not json\n", encoding="utf-8")
    with pytest.raises(EvaluationError, match=r"broken\.jsonl, line 1: .*must be NewsMTSC JSONL"):
        evaluate_target_sentiment(broken)
    with pytest.raises(FileNotFoundError, match="gold file not found"):
        evaluate_target_sentiment(tmp_path / "missing.jsonl")


def test_cli_evaluate_sentiment(capsys, tmp_path):
    out = tmp_path / "pred.jsonl"
    assert main(["evaluate", "sentiment", "--predictions-out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "target sentiment" in printed and "macro_f1" in printed and str(out) in printed
    assert out.exists()
    assert main(["evaluate", "sentiment", "--gold", str(tmp_path / "missing.jsonl")]) == 2
    assert "gold file not found" in capsys.readouterr().err
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    assert main(["evaluate", "sentiment", "--gold", str(bad)]) == 2
    assert "not a NewsMTSC record" in capsys.readouterr().err
