"""Export of feature tables with codebooks, and methods tables."""

from __future__ import annotations

import json

import pandas as pd
import pytest

import newsresearch as nr
from newsresearch.pipeline.registry import ANALYSES
from newsresearch.validation import codebook, export_table, methods_tables
from newsresearch.validation.export import _NOT_DESCRIBED, _descriptions


@pytest.mark.parametrize(
    "name,options",
    [(t, {}) for a in ANALYSES.values() for t in a.tables]
    + [("frames", {"scheme": "policy"}), ("documents", {"whole_text": True})],
)
def test_every_declared_column_is_described(name, options):
    book = codebook(name, options=options)
    undescribed = book.index[book["meaning"] == _NOT_DESCRIBED].tolist()
    assert not undescribed, (name, undescribed)
    assert (book["unit"] != "").all() and (book["computed"] != "").all()


def test_descriptions_file_has_three_fields_per_column():
    d = _descriptions()
    groups = [d["columns"], d["frame_columns"], *d["tables"].values()]
    for entries in groups:
        for column, entry in entries.items():
            assert set(entry) == {"meaning", "unit", "computed"}, column  # a comma split a value


@pytest.fixture(scope="module")
def attributions(sample):
    return nr.attributions(sample.head(6)).merge(sample[["doc_id", "outlet"]], on="doc_id")


@pytest.mark.parametrize("suffix", ["csv", "parquet", "dta"])
def test_export_round_trips_with_a_codebook(attributions, tmp_path, suffix):
    paths = export_table(
        attributions,
        tmp_path / f"att.{suffix}",
        name="attributions",
        validation={"anonymous": "F1 0.90 [0.80, 0.96], 120 attributions"},
    )
    back = {
        "csv": lambda p: pd.read_csv(p),
        "parquet": pd.read_parquet,
        "dta": pd.read_stata,
    }[suffix](paths["data"])
    assert list(back.columns) == list(attributions.columns)
    assert back["attribution_id"].tolist() == attributions["attribution_id"].tolist()
    assert back["anonymous"].astype(int).tolist() == attributions["anonymous"].astype(int).tolist()
    spans = back["content_spans"].iloc[0]
    if suffix != "parquet":  # text formats carry the list as JSON
        spans = json.loads(spans)
    assert [list(map(int, s)) for s in spans] == [
        list(s) for s in attributions["content_spans"].iloc[0]
    ]
    book = pd.read_csv(paths["codebook_csv"], index_col="column", keep_default_na=False)
    assert list(book.index) == list(attributions.columns)
    assert book.loc["outlet", "computed"] == "from the corpus table"
    assert book.loc["anonymous", "validation"].startswith("F1 0.90")
    md = paths["codebook_md"].read_text(encoding="utf-8")
    assert md.startswith("# Codebook: attributions") and "| cue_stance |" in md
    if suffix == "dta":
        labels = pd.io.stata.StataReader(paths["data"]).variable_labels()
        assert labels["cue_stance"] == book.loc["cue_stance", "meaning"][:80]


def test_document_tables_export_their_doc_id_and_long_texts_fit_stata(sample, tmp_path):
    frames = nr.frames(sample.head(3))
    back = pd.read_stata(export_table(frames, tmp_path / "f.dta", name="frames")["data"])
    assert back["doc_id"].tolist() == frames.index.tolist()
    long = pd.DataFrame(
        {"doc_id": ["a"], "sent_id": [0], "start": [0], "end": [5000], "text": ["x" * 5000]}
    )
    with pytest.raises(ValueError, match="valid values are"):
        export_table(long, tmp_path / "s.xlsx", name="sentence_frames")
    sents = nr.sentences(sample.head(1)).drop(columns="paragraph").assign(text="y" * 3000)
    out = export_table(sents, tmp_path / "s.dta", name="sentence_frames")
    back = pd.read_stata(out["data"])
    assert back["text"].str.len().eq(3000).all()  # strL
    assert back["_end"].tolist() == sents["end"].tolist()  # "end" is reserved in Stata
    book = pd.read_csv(out["codebook_csv"], index_col="column")
    assert "Stata variable _end" in book.loc["end", "meaning"]


def test_methods_tables_markdown_and_latex(tmp_path):
    table = pd.DataFrame({"category": ["a_b", "x|y"], "f1": [0.81234, None]})
    md, tex = methods_tables({"F1 per category": table}, tmp_path)
    assert md.read_text().splitlines()[2] == "| a_b | 0.812 |"
    assert r"x\|y" in md.read_text() and r"a\_b & 0.812 \\" in tex.read_text()
    assert r"\caption{F1 per category}" in tex.read_text()
