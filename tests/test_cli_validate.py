"""``validate sample``, ``validate agreement`` and ``export`` from the command line."""

from __future__ import annotations

import pandas as pd
import pytest

import newsresearch as nr
from newsresearch.cli import main


@pytest.fixture(scope="module")
def features(sample, tmp_path_factory):
    folder = tmp_path_factory.mktemp("features")
    nr.frames(sample).reset_index().to_parquet(folder / "frames.parquet")
    nr.attributions(sample).to_parquet(folder / "attributions.parquet")
    return folder


def _fill(path, codes):
    from openpyxl import load_workbook

    wb = load_workbook(path)
    ws = wb["coding"]
    col = [c.value for c in ws[1]].index("code") + 1
    for row, code in enumerate(codes, start=2):
        ws.cell(row, col, code)
    wb.save(path)


def test_sample_then_agreement_with_corrected_shares(features, tmp_path, capsys):
    study = tmp_path / "study"
    assert (
        main(
            [
                "validate",
                "sample",
                str(features / "frames.parquet"),
                "--corpus",
                "sample",
                "--answer",
                "present_morality",
                "--n",
                "24",
                "--coders",
                "ana,ben",
                "--out",
                str(study),
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "24 units drawn" in out and "categories: ['yes', 'no']" in out
    assert {p.name for p in study.iterdir()} == {
        "sample.csv",
        "sheet-ana.xlsx",
        "sheet-ben.xlsx",
        "instructions.html",
        "instructions.md",
    }
    key = nr.validation.load_sample(study / "sample.csv")
    machine = key["machine"].tolist()
    flipped = ["no" if m == "yes" else "yes" for m in machine]
    _fill(study / "sheet-ana.xlsx", machine)  # ana agrees with the machine everywhere
    _fill(study / "sheet-ben.xlsx", machine[:20] + flipped[20:])  # ben differs on four units
    args = [
        "validate",
        "agreement",
        str(study / "sheet-ana.xlsx"),
        str(study / "sheet-ben.xlsx"),
        "--sample",
        str(study / "sample.csv"),
        "--reference",
        "ana",
        "--features",
        str(features / "frames.parquet"),
        "--corpus",
        "sample",
        "--out",
        str(study / "tables"),
    ]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "ana vs machine  1.000" in out and "accuracy 1.0000" in out
    assert "raw and corrected (Rogan-Gladen" in out and "Meridian Wire" in out
    assert {p.name for p in (study / "tables").iterdir()} >= {"agreement.md", "prevalence.tex"}
    # A sheet with a code that is not a category: bad input, with the reason.
    _fill(study / "sheet-ben.xlsx", ["perhaps"] + machine[1:])
    assert main(args) == 2
    assert "codes perhaps (rows 2) are not categories" in capsys.readouterr().err


def test_sample_refuses_an_unknown_answer_column(features, tmp_path, capsys):
    argv = [
        "validate",
        "sample",
        str(features / "frames.parquet"),
        "--corpus",
        "sample",
        "--answer",
        "nope",
        "--out",
        str(tmp_path),
    ]
    assert main(argv) == 2
    assert "answer column 'nope' is invalid" in capsys.readouterr().err


@pytest.mark.parametrize("suffix", ["dta", "csv", "parquet"])
def test_export_writes_data_and_codebook(features, tmp_path, capsys, suffix):
    out = tmp_path / f"att.{suffix}"
    argv = [
        "export",
        str(features / "attributions.parquet"),
        "--table",
        "attributions",
        "--out",
        str(out),
        "--corpus",
        "sample",
    ]
    assert main(argv) == 0
    book = pd.read_csv(tmp_path / "att.codebook.csv", index_col="column", keep_default_na=False)
    assert {"outlet", "leaning", "published", "cue_stance"} <= set(book.index)
    assert out.exists() and "codebook_md" in capsys.readouterr().out


def test_export_refuses_unknown_tables_and_formats(features, tmp_path, capsys):
    base = ["export", str(features / "attributions.parquet")]
    assert main([*base, "--table", "nope", "--out", str(tmp_path / "a.csv")]) == 2
    assert "table 'nope' is invalid" in capsys.readouterr().err
    assert main([*base, "--table", "attributions", "--out", str(tmp_path / "a.xls")]) == 2
    assert "suffix '.xls' is invalid" in capsys.readouterr().err
