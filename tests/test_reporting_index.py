"""The index page: latest good report per parameter set, newer failures noted, offline."""

from __future__ import annotations

import json

from newsresearch import reporting


def test_index_of_an_empty_folder(tmp_path):
    page = reporting.write_index(tmp_path).read_text(encoding="utf-8")
    assert "No reports yet" in page and "<script" not in page


def _write_run(root, folder, status, started, **extra):
    (root / folder).mkdir(parents=True, exist_ok=True)
    run = {
        "notebook": "01_corpus_overview",
        "name": "01_corpus_overview",
        "title": "Corpus <overview>",
        "run_id": folder,
        "parameters": {"corpus": "sample"},
        "given": {},
        "status": status,
        "started": started,
        "seconds": 1.5,
        "html": "01_corpus_overview.html",
        **extra,
    }
    (root / folder / "01_corpus_overview.run.json").write_text(json.dumps(run), encoding="utf-8")


def test_index_keeps_the_last_good_report_first_and_notes_a_newer_failure(tmp_path):
    _write_run(tmp_path, "run-1", "ok", "2026-01-01T10:00:00+00:00", figures={"articles": 64})
    error = {"ename": "FileNotFoundError", "evalue": "<b>no</b> such file", "cell": "3"}
    _write_run(tmp_path, "run-2", "failed", "2026-01-02T10:00:00+00:00", error=error)
    (tmp_path / "run-2" / "broken.run.json").write_text("{not json", encoding="utf-8")
    page = reporting.write_index(tmp_path).read_text(encoding="utf-8")
    current, history = page.split("<details")
    assert "run-1/01_corpus_overview.html" in current and "latest good" in current
    assert "a newer run failed" in current and "FileNotFoundError" in current
    assert "articles: 64" in current
    assert history.index("run-2") < history.index("run-1")  # newest first
    assert "Corpus &lt;overview&gt;" in page and "<b>no</b>" not in page  # values escaped
    assert "2 runs (1 failed)" in page
