"""The command line: doctor, load, evaluate, report and fetch (against a local server)."""

from __future__ import annotations

import hashlib
import http.server
import io
import json
import tarfile
import threading
from functools import partial

import pytest

import newsresearch as nr
from newsresearch.cli import main


def test_doctor_passes(capsys):
    assert main(["doctor"]) == 0
    out = capsys.readouterr().out
    assert "all checks passed" in out and "sample corpus" in out


def test_load_prints_report_and_writes_outputs(capsys, tmp_path, formats_dir):
    problems = tmp_path / "problems.csv"
    table = tmp_path / "corpus.parquet"
    assert (
        main(
            [
                "load",
                str(formats_dir / "generic.jsonl"),
                "--problems",
                str(problems),
                "--out",
                str(table),
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "5 input records" in out and "2 loaded, 3 rejected" in out
    assert problems.read_text(encoding="utf-8").count("\n") == 5  # header + 4 problems


def test_evaluate_sentences(capsys):
    assert main(["evaluate", "sentences"]) == 0
    assert "f1 " in capsys.readouterr().out


def test_report_rejects_unknown_parameter(capsys, tmp_path):
    assert main(["report", "--out", str(tmp_path), "-p", "nope", "1"]) == 2
    assert "valid parameters are" in capsys.readouterr().err


@pytest.fixture
def server(tmp_path):
    """A local HTTP server serving a tiny archive in the ABP layout."""
    served = tmp_path / "served"
    served.mkdir()
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tf:
        rec = {
            "ID": "x1",
            "source": "Outlet",
            "bias_text": "left",
            "date": "2019-01-01",
            "url": "http://e.org/1",
            "title": "T",
            "authors": "",
            "content_original": "A short article body for the test.",
            "content": "",
            "topic": "t",
            "source_url": "e.org",
            "bias": 0,
        }
        data = json.dumps(rec).encode()
        info = tarfile.TarInfo("Article-Bias-Prediction/data/jsons/x1.json")
        info.size = len(data)
        tf.addfile(info, io.BytesIO(data))
    (served / "abp.tar.gz").write_bytes(buf.getvalue())
    handler = partial(http.server.SimpleHTTPRequestHandler, directory=str(served))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield (
        f"http://127.0.0.1:{httpd.server_address[1]}/abp.tar.gz",
        hashlib.sha256(buf.getvalue()).hexdigest(),
    )
    httpd.shutdown()


def test_fetch_verifies_checksum_and_loads(server, tmp_path, capsys):
    url, digest = server
    dest = tmp_path / "dest"
    assert main(["fetch", "abp", "--dest", str(dest), "--url", url, "--sha256", digest]) == 0
    out = capsys.readouterr().out
    assert "verified" in out and "nr.load_corpus" in out
    corpus = nr.load_corpus(dest / "article-bias-prediction.tar.gz", progress=False)
    assert list(corpus.index) == ["x1"]


def test_fetch_mismatch_deletes_the_download(server, tmp_path, capsys):
    url, _ = server
    dest = tmp_path / "dest"
    assert main(["fetch", "abp", "--dest", str(dest), "--url", url, "--sha256", "0" * 64]) == 1
    assert "checksum mismatch" in capsys.readouterr().err
    assert list(dest.iterdir()) == []


def test_fetch_unreachable_server_is_a_clear_error(tmp_path, capsys):
    assert (
        main(["fetch", "abp", "--dest", str(tmp_path), "--url", "http://127.0.0.1:9/none.tar.gz"])
        == 1
    )
    assert "failed" in capsys.readouterr().err


def test_extract_writes_the_tables_and_reuses_the_cache(tmp_path, capsys):
    import pandas as pd

    argv = ["extract", "sample", "--out", str(tmp_path / "out"), "--analyses", "attributions"]
    argv += ["--jobs", "1", "--cache", str(tmp_path / "cache")]
    assert main(argv) == 0
    first = capsys.readouterr().out
    assert "computed {'attributions': 64}" in first
    written = pd.read_parquet(tmp_path / "out" / "attributions.parquet")
    assert len(written) > 300 and written["doc_id"].nunique() > 50
    assert main(argv) == 0
    assert "computed {'attributions': 0}, cached {'attributions': 64}" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["extract", "sample", "--out", "x", "--analyses", "tone"], "valid values are"),
        (["extract", "no/such/corpus.jsonl", "--out", "x"], "is not a file"),
        (["load", "no/such/corpus.jsonl"], "is not a file"),
        (["load", "sample", "--format", "nope"], "valid values are"),
        (
            ["evaluate", "sentences", "--gold", "no/such/gold.jsonl"],
            "cannot read the sentence gold",
        ),
        (
            ["evaluate", "attribution", "--gold", "no/such/folder"],
            "cannot read the attribution gold",
        ),
        (["evaluate", "sentiment", "--gold", "no/such/gold.jsonl"], "gold file not found"),
        (["evaluate", "framing", "--gold", "no/such/gold.csv"], "frame gold file not found"),
        (["evaluate", "tone"], "invalid choice"),
        (["nonsense"], "invalid choice"),
    ],
)
def test_bad_input_exits_2_and_says_what_was_wrong(argv, message, capsys):
    assert main(argv) == 2
    assert message in capsys.readouterr().err


def test_malformed_gold_exits_2(tmp_path, capsys):
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"no": "targets"}\n', encoding="utf-8")
    assert main(["evaluate", "sentiment", "--gold", str(gold)]) == 2
    assert capsys.readouterr().err.startswith("error: ")


def test_every_evaluation_task_has_one_entry_in_the_dispatch_table():
    from newsresearch.cli.evaluate import TASKS

    assert sorted(TASKS) == [
        "actor-sentiment",
        "attribution",
        "attribution-agreement",
        "framing",
        "sentences",
        "sentiment",
        "stance",
    ]


def test_help_exits_0(capsys):
    assert main(["--help"]) == 0
    assert "extract" in capsys.readouterr().out
