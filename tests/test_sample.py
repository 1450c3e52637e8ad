"""The sample corpus and its gold annotations meet the promises in data/sample/README.md."""

from __future__ import annotations

import csv
import json

import pandas as pd

from newsresearch import config
from newsresearch.checksums import verify_sha256sums
from newsresearch.datasets.brat import read_brat

GOLD = config.SAMPLE_DIR / "gold"


def test_checksums_match():
    assert verify_sha256sums(config.SAMPLE_DIR) == []


def test_checksum_detects_a_change(tmp_path):
    import shutil

    copy = tmp_path / "sample"
    shutil.copytree(config.SAMPLE_DIR, copy)
    (copy / "outlets.csv").write_text("tampered", encoding="utf-8")
    (copy / "extra.txt").write_text("new", encoding="utf-8")
    problems = verify_sha256sums(copy)
    assert any("outlets.csv: checksum differs" in p for p in problems)
    assert any("extra.txt: not listed" in p for p in problems)


def test_sample_shape(sample):
    report = sample.attrs["load_report"]
    assert report.balanced and report.rejected == 0
    assert len(sample) >= 60
    assert sample["outlet"].nunique() >= 5
    assert {"left", "lean left", "center", "lean right", "right"} <= set(sample["leaning"].dropna())
    stories = sample.dropna(subset=["story"]).groupby("story")["outlet"].nunique()
    assert (stories >= 3).sum() >= 8
    assert sample["published"].dt.tz_convert(None).dt.to_period("M").nunique() >= 3
    words = sample["text"].str.count(r"\S+")
    assert words.between(300, 900).all(), words[~words.between(300, 900)]
    assert sample["format"].nunique() >= 3
    assert sample["title"].notna().all() and sample["published"].notna().all()


def test_sample_has_the_journalism_the_analyses_need(sample):
    text = "\n".join(sample["text"])
    for phrase in (
        "according to",
        "people familiar with the matter",
        "a senior official",
        "not true",
        "storyteller",
        "ruthless strongman",
        "dismissed",
        "accused",
        "conceded",
        "denied",
    ):
        assert phrase in text.lower() or phrase in text, phrase


def test_gold_attributions_align_with_the_corpus_text(sample):
    anns = sorted((GOLD / "attribution").glob("*_gold.ann"))
    assert len(anns) >= 25
    total = 0
    for ann in anns:
        doc_id = ann.name.removesuffix("_gold.ann")
        text = sample.loc[doc_id, "text"]
        assert (GOLD / "attribution" / f"{doc_id}.txt").read_text(encoding="utf-8") == text
        for attribution in read_brat(ann):
            total += 1
            assert attribution.cue is not None and attribution.content is not None
            assert attribution.attributes.get("Kind") in {
                "Direct",
                "Indirect",
                "Mixed",
                "AccordingTo",
            }
            for span in (attribution.cue, attribution.source, attribution.content):
                if span is None:
                    continue
                joined = " ".join(text[a:b] for a, b in span.spans).replace("\n", " ")
                assert joined == span.text, (doc_id, span)
    assert total >= 400


def test_gold_frames_and_sentiment_are_well_formed(sample):
    with open(GOLD / "frames.csv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) >= 25
    frames = ["conflict", "human_interest", "economic", "morality", "responsibility"]
    for row in rows:
        assert row["doc_id"] in sample.index
        assert all(row[f] in ("0", "1") for f in frames)
    present = pd.DataFrame(rows)[frames].astype(int).sum()
    assert (present > 0).all(), present
    targets = 0
    for line in (GOLD / "target_sentiment.jsonl").read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        text = sample.loc[item["doc_id"], "text"]
        sentence = item["sentence_normalized"]
        assert text[item["sentence_start"] : item["sentence_start"] + len(sentence)] == sentence
        for t in item["targets"]:
            targets += 1
            assert sentence[t["from"] : t["to"]] == t["mention"]
            assert t["polarity"] in (2.0, 4.0, 6.0)
    assert targets >= 200
