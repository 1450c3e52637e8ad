"""The papermill runner: HTML without code or external URLs, run records, failures kept apart."""

from __future__ import annotations

import json
import re

import pytest

from newsresearch import reporting


@pytest.fixture(scope="module")
def good_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("reports")
    result = reporting.run_notebook("01_corpus_overview", out_dir=out, run_id="run-good")
    return out, result


def test_report_html_is_code_free_and_offline(good_run):
    out, result = good_run
    assert result.status == "ok", result.error
    page = (out / "run-good" / "01_corpus_overview.html").read_text(encoding="utf-8")
    assert "Corpus overview" in page
    assert "import newsresearch" not in page and "nr.load_corpus" not in page
    assert not re.findall(r"(?:src|href)=[\"']?(?:https?:)?//", page)
    assert "<script" not in page
    assert page.count("data:image/png;base64") >= 4  # the figures are inline
    assert "Load report" in page


def test_run_record_has_provenance(good_run):
    out, result = good_run
    run = json.loads((out / "run-good" / "01_corpus_overview.run.json").read_text(encoding="utf-8"))
    assert run["status"] == "ok"
    assert run["parameters"]["corpus"] == "sample" and run["parameters"]["seed"] == 42
    assert run["figures"]["articles"] >= 60
    assert run["versions"]["pandas"] and run["sample_sha256"]
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "run-good/01_corpus_overview.html" in index and "articles: " in index


def test_unknown_parameter_rejected_with_valid_names(tmp_path):
    with pytest.raises(
        ValueError, match=r"\['bogus'\] are invalid.*valid parameters are \['corpus'"
    ):
        reporting.run_notebook("01_corpus_overview", parameters={"bogus": 1}, out_dir=tmp_path)


def test_parameters_are_coerced_to_declared_types():
    path = reporting.notebook_path("01_corpus_overview")
    assert reporting.validate_parameters(path, {"limit": "5"})["limit"] == 5
    with pytest.raises(ValueError, match="not a valid int"):
        reporting.validate_parameters(path, {"limit": "five"})


def test_failed_run_gets_error_page_and_keeps_the_good_report(good_run, tmp_path):
    out, _ = good_run
    good_html = (out / "run-good" / "01_corpus_overview.html").read_bytes()
    failed = reporting.run_notebook(
        "01_corpus_overview",
        parameters={"corpus": str(tmp_path / "missing")},
        out_dir=out,
        run_id="run-bad",
    )
    assert failed.status == "failed"
    assert failed.error["ename"] == "FileNotFoundError"
    page = (out / "run-bad" / "01_corpus_overview.html").read_text(encoding="utf-8")
    assert "This run failed" in page and "FileNotFoundError" in page
    assert (out / "run-good" / "01_corpus_overview.html").read_bytes() == good_html
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "run-bad/01_corpus_overview.html" in index and "failed" in index
