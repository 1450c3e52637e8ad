"""A run's life outside the notebook: unchanged reports reused, runs started together, runs
stopped by SIGTERM or killed outright (no kernel left behind; never shown as good)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import pytest

from newsresearch import config, reporting
from newsresearch.reporting.lifecycle import (
    RUN_ENV,
    _processes_marked,
    recover_interrupted,
    run_marker,
)

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")


def slow_notebook(folder: Path) -> Path:
    """A notebook whose run sleeps ``seconds`` (a parameter), or $NR_TEST_SLEEP when set."""
    nb = nbformat.v4.new_notebook()
    params = nbformat.v4.new_code_cell("seconds: float = 0.0  # how long the run sleeps")
    params.metadata["tags"] = ["parameters"]
    nb.cells = [
        nbformat.v4.new_markdown_cell("# Slow test report"),
        params,
        nbformat.v4.new_code_cell(
            "import os, time\ntime.sleep(float(os.environ.get('NR_TEST_SLEEP', seconds)))"
        ),
    ]
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    path = folder / "slow.ipynb"
    nbformat.write(nb, path)
    return path


def start_runner(notebook: Path, out: Path, seconds: float, *, force: bool = False, sleep=None):
    code = (
        "import sys; from newsresearch.reporting import run_notebook; "
        f"r = run_notebook({str(notebook)!r}, parameters={{'seconds': {seconds}}}, "
        f"out_dir={str(out)!r}, force={force}); print(r.run_id, r.status)"
    )
    env = dict(os.environ, PYTHONPATH=str(config.PROJECT_ROOT), MPLBACKEND="Agg")
    if sleep is not None:
        env["NR_TEST_SLEEP"] = str(sleep)
    return subprocess.Popen(
        [sys.executable, "-c", code], env=env, stdout=subprocess.PIPE, text=True
    )


def wait_for_kernel(out: Path, timeout: float = 60.0) -> tuple[Path, list[int]]:
    """The running run's folder and its kernel's process ids, once the kernel is up."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for record in out.glob("*/*.run.json"):
            run = json.loads(record.read_text(encoding="utf-8"))
            if run.get("status") == "running":
                pids = _processes_marked(run_marker(record.parent, run["name"]))
                if pids:
                    time.sleep(1.5)  # let the kernel start executing the cells
                    return record.parent, pids
        time.sleep(0.1)
    raise AssertionError("the kernel never started")


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    status = Path(f"/proc/{pid}/status")
    if status.exists() and "\nState:\tZ" in status.read_text():
        return False  # a zombie has stopped running
    return True


@pytest.mark.slow
def test_unchanged_report_is_reused_and_a_changed_input_runs_again(tmp_path):
    notebook = slow_notebook(tmp_path)
    out = tmp_path / "reports"
    first = reporting.run_notebook(str(notebook), parameters={"seconds": 0.0}, out_dir=out)
    assert first.status == "ok" and first.reused_from is None and first.inputs_sha256
    again = reporting.run_notebook(str(notebook), parameters={"seconds": 0.0}, out_dir=out)
    assert again.status == "ok" and again.reused_from == first.run_id
    assert again.run_id != first.run_id and again.seconds < first.seconds
    assert (out / again.run_id / again.html).read_bytes() == (
        out / first.run_id / first.html
    ).read_bytes()
    record = json.loads((out / again.run_id / f"{again.name}.run.json").read_text())
    assert record["reused_from"] == first.run_id
    assert f"reused from {first.run_id}" in (out / "index.html").read_text(encoding="utf-8")
    forced = reporting.run_notebook(
        str(notebook), parameters={"seconds": 0.0}, out_dir=out, force=True
    )
    assert forced.status == "ok" and forced.reused_from is None
    other = reporting.run_notebook(str(notebook), parameters={"seconds": 0.01}, out_dir=out)
    assert other.reused_from is None  # other parameters
    nb = nbformat.read(notebook, as_version=4)
    nb.cells.append(nbformat.v4.new_code_cell("x = 1"))
    nbformat.write(nb, notebook)
    edited = reporting.run_notebook(str(notebook), parameters={"seconds": 0.0}, out_dir=out)
    assert edited.reused_from is None  # the notebook changed


@pytest.mark.slow
def test_two_runs_started_in_the_same_second_get_two_folders(tmp_path):
    notebook = slow_notebook(tmp_path)
    out = tmp_path / "reports"
    runners = [start_runner(notebook, out, 0.5, force=True) for _ in range(2)]
    lines = [r.communicate(timeout=120)[0].split() for r in runners]
    assert all(r.returncode == 0 for r in runners)
    ids = {line[0] for line in lines}
    assert len(ids) == 2 and all(line[1] == "ok" for line in lines)
    assert {p.name for p in out.iterdir() if p.is_dir()} == ids
    index = (out / "index.html").read_text(encoding="utf-8")
    assert all(f"{run_id}/slow--seconds-0-5" in index for run_id in ids)


@pytest.mark.slow
def test_sigterm_stops_the_kernel_and_records_an_interrupted_run(tmp_path):
    notebook = slow_notebook(tmp_path)
    out = tmp_path / "reports"
    good = reporting.run_notebook(str(notebook), parameters={"seconds": 0.0}, out_dir=out)
    assert good.status == "ok"
    good_html = (out / good.run_id / good.html).read_bytes()
    runner = start_runner(notebook, out, 0.0, force=True, sleep=60)  # same inputs, forced
    folder, kernels = wait_for_kernel(out)
    runner.send_signal(signal.SIGTERM)
    runner.communicate(timeout=60)
    assert runner.returncode != 0
    run = json.loads(next(folder.glob("*.run.json")).read_text(encoding="utf-8"))
    assert run["status"] == "interrupted" and run["pid"] is None
    time.sleep(0.5)
    assert not any(alive(pid) for pid in kernels)
    assert (out / good.run_id / good.html).read_bytes() == good_html
    reporting.write_index(out)
    current = (out / "index.html").read_text(encoding="utf-8").split("<details")[0]
    assert f"{good.run_id}/{good.html}" in current and "latest good" in current
    assert "was interrupted" in current


@pytest.mark.slow
def test_a_killed_runner_is_found_by_the_next_run(tmp_path):
    notebook = slow_notebook(tmp_path)
    out = tmp_path / "reports"
    runner = start_runner(notebook, out, 0.0, sleep=60)
    folder, kernels = wait_for_kernel(out)
    runner.send_signal(signal.SIGKILL)
    runner.communicate(timeout=30)
    reporting.write_index(out)
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "interrupted" in index and "latest good" not in index  # never shown as good
    # ipykernel exits when it is re-parented to init, but under a subreaper (containers, some
    # schedulers) a kernel outlives its killed runner: stand one in, marked as that run's.
    marker = run_marker(folder, json.loads(next(folder.glob("*.run.json")).read_text())["name"])
    orphan = subprocess.Popen(
        [sys.executable, "-c", "import time; time.sleep(60)"],
        env=dict(os.environ, **{RUN_ENV: marker}),
    )
    fixed = recover_interrupted(out)  # ... until the next run cleans up
    assert len(fixed) == 1
    orphan.wait(timeout=10)  # stopped by the clean-up
    assert not any(alive(pid) for pid in [*kernels, orphan.pid])
    run = json.loads(next(folder.glob("*.run.json")).read_text(encoding="utf-8"))
    assert run["status"] == "interrupted" and run["error"]["ename"] == "Interrupted"
    assert recover_interrupted(out) == []  # done once
