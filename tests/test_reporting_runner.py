"""The papermill runner: every notebook with its defaults, run records, batches that continue
through failures, failures kept apart from the last good report, the CLI's exit codes."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from pathlib import Path

import pytest

from newsresearch import reporting
from newsresearch.cli import main
from newsresearch.reporting.runner import _longest_first

EXTERNAL = re.compile(r"(?:src|href)\s*=\s*[\"']?(?:https?:)?//", re.IGNORECASE)


def tiny_corpus(path: Path) -> Path:
    """Two short articles in JSON Lines: enough for 01_corpus_overview, fast to load."""
    rows = [
        {
            "id": f"t{i}",
            "outlet": "Test Gazette",
            "title": f"Harbour story {i}",
            "text": f"The harbour works began in week {i}. Mayor Ana Reyes said the plan was fair. "
            "Residents said they were pleased.",
            "published": f"2026-0{i}-01",
        }
        for i in (1, 2, 3)
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def all_reports(tmp_path_factory):
    out = tmp_path_factory.mktemp("reports")
    lines: list[str] = []
    results = reporting.run_reports(
        out_dir=out, run_id="run-all", jobs=2, progress=False, echo=lines.append
    )
    return out, results, lines


@pytest.mark.slow
def test_every_notebook_runs_with_its_defaults(all_reports):
    out, results, lines = all_reports
    assert [r.notebook for r in results] == reporting.default_notebooks()
    failed = {r.notebook: r.error for r in results if r.status != "ok"}
    assert not failed, failed
    index = (out / "index.html").read_text(encoding="utf-8")
    for r in results:
        assert r.name == r.notebook and r.given == {}  # defaults: plain names
        assert f"run-all/{r.notebook}.html" in index
        assert (out / "run-all" / f"{r.notebook}.ipynb").exists()
    assert sum(line.startswith("OK ") for line in lines) == len(results)
    assert all(re.fullmatch(r"OK \S+ \{\} \d+\.\ds", line) for line in lines), lines


@pytest.mark.slow
def test_report_html_is_code_free_and_offline(all_reports):
    out, _, _ = all_reports
    for page_path in (out / "run-all").glob("*.html"):
        page = page_path.read_text(encoding="utf-8")
        assert "import newsresearch" not in page, page_path.name
        assert not EXTERNAL.findall(page), page_path.name
        assert "<script" not in page.lower() and "mathjax" not in page.lower(), page_path.name
        assert "data:image/png;base64" in page or "06_validation" in page_path.name
    overview = (out / "run-all" / "01_corpus_overview.html").read_text(encoding="utf-8")
    assert "Corpus overview" in overview and "Load report" in overview
    assert overview.count("data:image/png;base64") >= 4  # the figures are inline
    assert 'alt="Figure: ' in overview


@pytest.mark.slow
def test_comparison_and_validation_reports_say_what_they_found(all_reports):
    out, results, _ = all_reports
    by_name = {r.notebook: r for r in results}
    comparison = (out / "run-all" / "05_outlet_comparison.html").read_text(encoding="utf-8")
    assert "What holds up" in comparison and "comparisons" in comparison
    assert "Cliff" in comparison and "95 % interval" in comparison
    figures = by_name["05_outlet_comparison"].figures
    assert figures["articles"] >= 60 and figures["comparisons"] >= 3
    validation = (out / "run-all" / "06_validation.html").read_text(encoding="utf-8")
    assert "For the methods section" in validation and "boundary F1" in validation
    assert 0.9 < by_name["06_validation"].figures["sentence F1"] <= 1.0
    assert 0 < by_name["06_validation"].figures["content F1 (overlap)"] <= 1.0


@pytest.mark.slow
def test_run_record_has_provenance(all_reports):
    out, _, _ = all_reports
    run = json.loads((out / "run-all" / "01_corpus_overview.run.json").read_text(encoding="utf-8"))
    assert run["status"] == "ok" and run["error"] is None
    assert run["parameters"]["corpus"] == "sample" and run["parameters"]["seed"] == 42
    assert run["title"] == "Corpus overview" and run["run_id"] == "run-all"
    assert run["figures"]["articles"] >= 60
    assert run["versions"]["pandas"] and run["versions"]["papermill"] and run["sample_sha256"]
    started = dt.datetime.fromisoformat(run["started"])
    assert started <= dt.datetime.fromisoformat(run["finished"]) and run["seconds"] > 0


@pytest.mark.slow
def test_batch_continues_through_failures_and_fails_at_the_end(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    tiny_corpus(tmp_path / "tiny.jsonl")
    runs = tmp_path / "runs.yaml"
    runs.write_text(
        """
runs:
  - notebooks: [01_corpus_overview]
    grid:
      corpus: [missing.jsonl, tiny.jsonl]
      top_outlets: [3]
""",
        encoding="utf-8",
    )
    out = tmp_path / "reports"
    code = main(["report", "--runs", str(runs), "--out", str(out), "-p", "sample_rows", "2"])
    assert code == 1
    lines = capsys.readouterr().out.splitlines()
    starts = [ln for ln in lines if ln.startswith("START ")]
    assert len(starts) == 2 and '"corpus": "missing.jsonl"' in starts[0]
    failed = next(ln for ln in lines if ln.startswith("FAILED "))
    ok = next(ln for ln in lines if ln.startswith("OK "))
    assert re.search(r" \d+\.\ds FileNotFoundError", failed)
    assert str(tmp_path / "tiny.jsonl") in ok  # relative path made absolute for the notebook
    assert lines[-2].startswith("1 ok (0 reused unchanged), 1 failed; index: ")
    (batch,) = [p for p in out.iterdir() if p.is_dir()]
    records = [json.loads(p.read_text(encoding="utf-8")) for p in batch.glob("*.run.json")]
    assert sorted(r["status"] for r in records) == ["failed", "ok"]
    good = next(r for r in records if r["status"] == "ok")
    assert good["figures"]["articles"] == 3 and good["given"]["sample_rows"] == 2
    assert len(good["data_sha256"]["corpus"]) == 64


@pytest.mark.slow
def test_failed_run_gets_error_page_and_keeps_the_good_report(tmp_path):
    corpus = tiny_corpus(tmp_path / "tiny.jsonl")
    out = tmp_path / "reports"
    params = {"corpus": str(corpus)}
    good = reporting.run_notebook(
        "01_corpus_overview", parameters=params, out_dir=out, run_id="run-1"
    )
    assert good.status == "ok", good.error
    good_html = (out / "run-1" / good.html).read_bytes()
    shutil.copy(corpus, tmp_path / "kept.jsonl")
    corpus.unlink()  # the same parameters now fail
    bad = reporting.run_notebook(
        "01_corpus_overview", parameters=params, out_dir=out, run_id="run-2"
    )
    assert bad.status == "failed" and bad.error["ename"] == "FileNotFoundError"
    assert bad.html == good.html  # same notebook and parameters: same name, other folder
    assert (out / "run-1" / good.html).read_bytes() == good_html
    page = (out / "run-2" / bad.html).read_text(encoding="utf-8")
    assert "This run failed" in page and "FileNotFoundError" in page
    assert f'href="../run-1/{good.html}"' in page  # points to the last good report
    run = json.loads((out / "run-2" / f"{bad.name}.run.json").read_text(encoding="utf-8"))
    assert run["status"] == "failed" and run["error"]["cell"]
    index = (out / "index.html").read_text(encoding="utf-8")
    current = index.split("<details")[0]  # the highlighted table: latest good per parameter set
    assert f"run-1/{good.html}" in current and "latest good" in current
    assert f"run-2/{bad.html}'>error page" in current.replace('"', "'")  # the newer failure, noted
    history = index.split("<details")[1]
    assert history.index("run-2") < history.index("run-1")  # newest first
    # A later good run becomes the highlighted one.
    shutil.copy(tmp_path / "kept.jsonl", corpus)
    again = reporting.run_notebook(
        "01_corpus_overview", parameters=params, out_dir=out, run_id="run-3"
    )
    assert again.status == "ok"
    current = (out / "index.html").read_text(encoding="utf-8").split("<details")[0]
    assert f"run-3/{good.html}" in current and "run-1/" not in current


def test_run_ids_are_unique_within_the_reports_folder(tmp_path):
    first = reporting.new_run_id(tmp_path)
    second = reporting.new_run_id(tmp_path)  # the same second: the folder is taken
    assert second != first and second.startswith(first[:15])
    assert (tmp_path / first).is_dir() and (tmp_path / second).is_dir()  # claimed atomically


def test_cli_configuration_errors_exit_2(tmp_path, capsys):
    assert main(["report", "--out", str(tmp_path), "-p", "nope", "1"]) == 2
    assert "valid parameters are" in capsys.readouterr().err
    assert main(["report", "--out", str(tmp_path), "--notebook", "nothing"]) == 2
    assert "valid values are" in capsys.readouterr().err
    assert main(["report", "--out", str(tmp_path), "-f", str(tmp_path / "none.yaml")]) == 2
    assert main(["report", "--out", str(tmp_path), "--runs", str(tmp_path / "none.yaml")]) == 2


def test_parallel_batches_start_the_longest_runs_first(tmp_path):
    specs = reporting.plan_runs(["01_corpus_overview", "04_attribution", "05_outlet_comparison"])
    for name, seconds in (("01_corpus_overview", 5.0), ("04_attribution", 20.0)):
        folder = tmp_path / "old"
        folder.mkdir(exist_ok=True)
        record = {"notebook": name, "name": name, "seconds": seconds, "started": "2026-01-01"}
        (folder / f"{name}.run.json").write_text(json.dumps(record), encoding="utf-8")
    order = [specs[i].name for i in _longest_first(specs, tmp_path)]
    assert order == [
        "05_outlet_comparison",
        "04_attribution",
        "01_corpus_overview",
    ]  # unknown first
