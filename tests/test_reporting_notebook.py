"""What notebooks call (record, md_escape) and where the notebooks are."""

from __future__ import annotations

import json

import numpy as np

from newsresearch import config, reporting


def test_default_set_is_every_notebook():
    on_disk = sorted(p.stem for p in config.NOTEBOOKS_DIR.glob("*.ipynb"))
    assert reporting.default_notebooks() == on_disk
    assert {"01_corpus_overview", "05_outlet_comparison", "06_validation"} <= set(on_disk)


def test_md_escape_keeps_data_as_text():
    assert reporting.md_escape("<img src=x onerror=alert(1)>") == (
        "&lt;img src=x onerror=alert\\(1\\)&gt;"
    )
    assert reporting.md_escape("*bold* [link](x)") == "\\*bold\\* \\[link\\]\\(x\\)"


def test_record_writes_key_figures_during_a_run_only(tmp_path, monkeypatch):
    path = tmp_path / "figures.json"
    monkeypatch.delenv(reporting.RECORD_ENV, raising=False)
    reporting.record("articles", 3)
    assert not path.exists()  # outside a run: nothing written
    monkeypatch.setenv(reporting.RECORD_ENV, str(path))
    reporting.record("articles", np.int64(64))  # numpy scalars become plain numbers
    reporting.record("share", np.float32(0.5))
    reporting.record("outlets", ["A", "B"])  # anything else: its text
    assert json.loads(path.read_text(encoding="utf-8")) == {
        "articles": 64,
        "share": 0.5,
        "outlets": "['A', 'B']",
    }
