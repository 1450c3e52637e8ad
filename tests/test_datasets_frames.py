"""Coded frame data: CSV with a label column, the GVFC fold layout."""

from __future__ import annotations

import pytest

from newsresearch import config
from newsresearch.datasets.frames import read_frame_gold
from newsresearch.datasets.gvfc import GVFC_FRAMES
from newsresearch.evaluation import EvaluationError


def test_gvfc_fold_layout_is_read(tmp_path):
    folds = tmp_path / "gvfc" / "folds_multilabel"
    heads = [f"Headline number {i} about guns" for i in range(6)]
    for k in range(2):
        (folds / str(k)).mkdir(parents=True)
        dev = [i for i in range(6) if i % 2 == k]
        train = [i for i in range(6) if i % 2 != k]

        def line(i):
            onehot = ["1.0" if j == i % 9 else "0.0" for j in range(9)]
            return "\t".join([str(100 + i), heads[i], "a", *onehot])

        (folds / str(k) / "dev.tsv").write_text("\n".join(line(i) for i in dev) + "\n")
        (folds / str(k) / "train.tsv").write_text("\n".join(line(i) for i in train) + "\n")
        (folds / str(k) / "test_first_frame.tsv").write_text(
            "\n".join(f"{100 + i}\t{heads[i]}\t{i % 9 + 1}" for i in dev) + "\n"
        )
    gold = read_frame_gold(tmp_path / "gvfc")
    assert len(gold.texts) == 6 and len(gold.splits) == 2
    assert gold.primary["101"] == "gun_control" and gold.primary["105"] == "race_ethnicity"
    assert sorted(gold.texts.index) == [str(100 + i) for i in range(6)]
    assert list(gold.labels.columns) == list(GVFC_FRAMES.values())
    (folds / "0" / "dev.tsv").write_text("1\tonly two fields\n")
    with pytest.raises(EvaluationError, match="expected 12 tab-separated fields"):
        read_frame_gold(folds)


@pytest.mark.skipif(
    not (config.SHARED_DIR / "data" / "gvfc").exists(),
    reason="needs the shared GVFC corpus (../shared/data/gvfc); the reader is tested above",
)
def test_real_gvfc_reads_1300_headlines():
    gold = read_frame_gold(config.SHARED_DIR / "data" / "gvfc")
    assert len(gold.texts) == 1300 and len(gold.splits) == 5
    assert gold.primary.value_counts()["politics"] == 373
