"""Coded frame data: CSV with a label column, the GVFC fold layout."""

from __future__ import annotations

import pytest

from newsresearch import config
from newsresearch.datasets.frames import read_coded_frames, read_frame_gold
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


_HEADER = "doc_id,set,conflict,human_interest,economic,morality,responsibility,dominant,notes\n"


def _coded_gold(root):
    """Two coders over invented articles: a dev part and a held-out part."""
    (root / "dev").mkdir(parents=True)
    (root / "heldout").mkdir()
    texts = {
        "d1": "Rivals clashed over the budget and the tax bill.",
        "d2": "Her daughter cried at the funeral of her father.",
        "d3": "Read more\nThe council must act now.",
    }
    for doc_id, text in texts.items():
        (root / "dev" / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    (root / "coder_a.csv").write_text(
        _HEADER + "d1,dev,1,0,1,0,0,conflict,\nd2,dev,0,1,0,0,0,human_interest,\n"
        "h1,heldout,1,0,0,0,0,conflict,never read\n",
        encoding="utf-8",
    )
    (root / "coder_b.csv").write_text(
        _HEADER + "d1,dev,1,0,0,0,1,economic,\nd3,dev,0,0,0,0,1,responsibility,\n",
        encoding="utf-8",
    )
    return root


def test_coder_files_are_combined_for_one_part(tmp_path):
    root = _coded_gold(tmp_path / "frames")
    union = read_frame_gold(root, subset="dev")
    assert list(union.texts.index) == ["d1", "d2", "d3"]  # held-out rows are never read
    assert union.labels.loc["d1"].tolist() == [1, 0, 1, 0, 1]
    assert union.primary.isna().tolist() == [True, False, False]  # the coders disagree on d1
    assert union.texts["d3"] == "The council must act now."  # cleaned as nr.load does
    consensus = read_coded_frames(root, subset="dev", combine="consensus")
    assert consensus.labels.loc["d1"].tolist() == [1, 0, 0, 0, 0]
    one = read_coded_frames(root / "coder_b.csv", subset="dev")
    assert list(one.texts.index) == ["d1", "d3"] and one.primary.tolist() == [
        "economic",
        "responsibility",
    ]
    assert read_coded_frames(root, subset="dev", coder="a").name == "dev (a)"


def test_coder_files_say_what_is_wrong(tmp_path):
    root = _coded_gold(tmp_path / "frames")
    with pytest.raises(EvaluationError, match=r"no part chosen.*\['dev', 'heldout'\]"):
        read_frame_gold(root)
    with pytest.raises(EvaluationError, match="part 'test' is invalid"):
        read_coded_frames(root, subset="test")
    with pytest.raises(
        EvaluationError, match=r"coder 'z' is invalid; valid values are \['a', 'b'\]"
    ):
        read_coded_frames(root, subset="dev", coder="z")
    with pytest.raises(ValueError, match="combine 'majority' is invalid"):
        read_coded_frames(root, subset="dev", combine="majority")
    (root / "coder_c.csv").write_text(_HEADER + "d1,dev,2,0,0,0,0,conflict,\n", encoding="utf-8")
    with pytest.raises(EvaluationError, match="'conflict' must hold 0 or 1"):
        read_coded_frames(root, subset="dev")
    (root / "coder_c.csv").write_text(_HEADER + "d1,dev,1,0,0,0,0,politics,\n", encoding="utf-8")
    with pytest.raises(EvaluationError, match=r"dominant values \['politics'\] are invalid"):
        read_coded_frames(root, subset="dev")
    (root / "coder_c.csv").write_text("doc_id,set,conflict\nd1,dev,1\n", encoding="utf-8")
    with pytest.raises(EvaluationError, match="missing columns"):
        read_coded_frames(root, subset="dev")
    (root / "coder_c.csv").write_text(_HEADER + "zz,dev,1,0,0,0,0,conflict,\n", encoding="utf-8")
    with pytest.raises(EvaluationError, match="no text for 'zz'"):
        read_coded_frames(root, subset="dev")
