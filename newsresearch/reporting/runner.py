"""Running notebooks with papermill: one run, its record and page, and batches in parallel.

Each batch of runs gets its own folder::

    reports/<run-id>/<name>.html      the report (no code, figures inline)
    reports/<run-id>/<name>.ipynb     the executed notebook
    reports/<run-id>/<name>.run.json  parameters, status, timings, versions, figures
    reports/<run-id>/<name>.log       what the kernel printed to stderr (when anything)
    reports/index.html                every run, newest first, per notebook

A failed run still gets its HTML page (showing the error) and its run record,
and nothing of an earlier run is touched, so the last good report of the same
notebook and parameters survives; the index highlights it.

A run whose inputs (notebook, parameters, data files, package code, library
versions) are unchanged since a good run reuses that report instead of
executing again (``reused_from`` in its record; ``force=True`` executes anyway).
SIGTERM and Ctrl-C stop the kernel and record the run as ``interrupted``; a run
killed outright is found and marked by the next run (:mod:`.lifecycle`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import logging
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import asdict
from pathlib import Path
from typing import Any

from .. import __version__, config
from .index import write_index
from .lifecycle import (
    RUN_ENV,
    inputs_fingerprint,
    interruptible,
    recover_interrupted,
    reusable_run,
    run_marker,
    stop_kernels,
)
from .notebook import RECORD_ENV, notebook_path, notebook_title
from .page import export_html, render_page
from .parameters import RunSpec, load_parameters_file, load_runs, plan_runs, spec_for
from .result import RunResult, atomic_write, last_good, load_run_records

log = logging.getLogger(__name__)

__all__ = ["new_run_id", "run_notebook", "run_reports"]


def _versions() -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    out = {"python": sys.version.split()[0], "newsresearch": __version__}
    for pkg in (*config.REQUIRED_PACKAGES, *config.REPORT_PACKAGES):
        try:
            out[pkg] = version(pkg)
        except PackageNotFoundError:
            out[pkg] = "not installed"
    return out


def _git_commit() -> str | None:
    try:
        out = subprocess.run(
            ["git", "-C", str(config.PROJECT_ROOT), "rev-parse", "HEAD"],
            capture_output=True,
            text=True,
            timeout=10,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip() or None


def _sample_digest() -> str | None:
    sums = config.SAMPLE_DIR / "SHA256SUMS"
    if not sums.exists():
        return None
    return hashlib.sha256(sums.read_bytes()).hexdigest()


def _data_digests(parameters: Mapping[str, Any], limit: int = 1000) -> dict[str, str]:
    """SHA-256 of the data files named by string parameters (a folder: over its files)."""
    from ..checksums import sha256_file

    out = {}
    for key, value in parameters.items():
        if not isinstance(value, str) or not value or value == "sample":
            continue
        p = Path(value)
        if not p.is_absolute():
            continue
        try:
            if p.is_file():
                out[key] = sha256_file(p)
            elif p.is_dir():
                files = sorted(q for q in p.rglob("*") if q.is_file())
                if len(files) > limit:
                    out[key] = f"not computed: more than {limit} files"
                    continue
                digest = hashlib.sha256()
                for q in files:
                    digest.update(f"{q.relative_to(p).as_posix()} {sha256_file(q)}\n".encode())
                out[key] = digest.hexdigest()
        except OSError as exc:
            out[key] = f"not computed: {exc}"
    return out


def new_run_id(out_dir: str | Path | None = None) -> str:
    """A sortable run id: UTC time to the second, made unique within *out_dir*.

    With *out_dir*, the run's folder is created here, atomically: two runners started in the
    same second (cron jobs often are) get two folders (``...Z`` and ``...Z-2``), never one.

    Examples
    --------
    >>> len(new_run_id())
    16
    >>> import tempfile
    >>> out = tempfile.mkdtemp()
    >>> first, second = new_run_id(out), new_run_id(out)
    >>> first != second and second.startswith(first)
    True
    """
    base = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    if out_dir is None:
        return base
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    n = 1
    while True:
        run_id = base if n == 1 else f"{base}-{n}"
        try:
            (Path(out_dir) / run_id).mkdir()
        except FileExistsError:
            n += 1
            continue
        return run_id


def run_notebook(
    name: str,
    *,
    parameters: Mapping[str, Any] | None = None,
    out_dir: str | Path | None = None,
    run_id: str | None = None,
    output_name: str | None = None,
    update_index: bool = True,
    force: bool = False,
) -> RunResult:
    """Execute one notebook with papermill and export its HTML report.

    Parameters
    ----------
    name : str
        Notebook name (``"01_corpus_overview"``) or path.
    parameters : dict, optional
        Values for the notebook's parameters; unknown names raise ``ValueError``.
    out_dir : path, optional
        Reports folder (default :data:`newsresearch.config.REPORTS_DIR`).
    run_id : str, optional
        Folder name for this batch (default: the current UTC time).
    output_name : str, optional
        File stem of the outputs (default: the notebook name, plus a label of the
        parameters that differ from the defaults).
    update_index : bool
        Rewrite ``index.html`` afterwards.
    force : bool
        Execute even when a good run with unchanged inputs could be reused.

    Returns
    -------
    RunResult
        ``status`` is ``"ok"`` or ``"failed"``; a failed run has ``error``.

    Examples
    --------
    >>> import tempfile
    >>> result = run_notebook("01_corpus_overview", out_dir=tempfile.mkdtemp())  # doctest: +SKIP
    >>> result.status  # doctest: +SKIP
    'ok'
    """
    spec = spec_for(notebook_path(name), dict(parameters or {}), Path.cwd())
    if output_name:
        spec = RunSpec(spec.notebook, spec.parameters, spec.given, output_name)
    out_root = Path(out_dir) if out_dir else config.REPORTS_DIR
    recover_interrupted(out_root)
    with interruptible():
        return _execute(
            spec,
            out_root,
            run_id or new_run_id(out_root),
            update_index=update_index,
            force=force,
        )


def _record(folder: Path, result: RunResult) -> None:
    atomic_write(
        folder / f"{result.name}.run.json", json.dumps(asdict(result), indent=2, default=str)
    )


def _reuse(prior: dict[str, Any], out_root: Path, folder: Path, result: RunResult) -> RunResult:
    """Fill *result* from the good run *prior* with the same inputs; copy its report files."""
    source = out_root / prior["_folder"]
    for key in ("html", "ipynb"):
        name = prior.get(key)
        if name and (source / name).is_file():
            shutil.copy2(source / name, folder / name)
            setattr(result, key, name)
    result.status = "ok"
    result.figures = prior.get("figures") or {}
    result.reused_from = prior.get("run_id") or prior["_folder"]
    return result


def _execute(
    spec: RunSpec, out_root: Path, run_id: str, *, update_index: bool, force: bool = False
) -> RunResult:
    """Run one spec: reuse an unchanged good run, or execute the notebook; write page and record."""
    import nbformat

    path = Path(spec.notebook)
    folder = out_root / run_id
    folder.mkdir(parents=True, exist_ok=True)
    executed = folder / f"{spec.name}.ipynb"
    nb_in = nbformat.read(path, as_version=4)
    result = RunResult(
        spec.stem, notebook_title(nb_in, spec.stem), run_id, spec.parameters, spec.name, spec.given
    )
    result.started = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    t0 = time.perf_counter()
    result.versions = _versions()
    result.git_commit = _git_commit()
    result.sample_sha256 = _sample_digest()
    result.data_sha256 = _data_digests(spec.parameters)
    result.inputs_sha256 = inputs_fingerprint(
        path,
        spec.parameters,
        data=result.data_sha256,
        sample=result.sample_sha256,
        versions=result.versions,
    )
    prior = None if force else reusable_run(out_root, spec.stem, result.inputs_sha256)
    if prior is not None:
        _reuse(prior, out_root, folder, result)
        result.seconds = round(time.perf_counter() - t0, 2)
        result.finished = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        _record(folder, result)
        if update_index:
            write_index(out_root)
        return result
    result.pid = os.getpid()
    _record(folder, result)  # status "running": a killed runner leaves this behind
    try:
        _papermill(spec, executed, folder, result)
    except KeyboardInterrupt:
        result.status = "interrupted"
        result.error = {
            "ename": "Interrupted",
            "evalue": "stopped by a signal or Ctrl-C",
            "cell": "",
        }
        result.pid = None
        result.seconds = round(time.perf_counter() - t0, 2)
        result.finished = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        result.html = f"{spec.name}.html"
        body = "<p>The run was interrupted before the notebook finished.</p>"
        atomic_write(folder / result.html, render_page(result, body, last_good(out_root, result)))
        _record(folder, result)
        raise
    result.pid = None
    result.seconds = round(time.perf_counter() - t0, 2)
    result.finished = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    previous = None if result.status == "ok" else last_good(out_root, result)
    try:
        if executed.exists():
            result.ipynb = executed.name
            report_html = export_html(nbformat.read(executed, as_version=4), result, previous)
        else:
            report_html = render_page(
                result, "<p>The notebook could not be executed.</p>", previous
            )
    except Exception as exc:  # the export itself failed: still leave an error page
        result.status = "failed"
        result.error = {"ename": type(exc).__name__, "evalue": f"HTML export: {exc}", "cell": ""}
        report_html = render_page(result, "<p>The report could not be exported.</p>", previous)
    result.html = f"{spec.name}.html"
    atomic_write(folder / result.html, report_html)
    _record(folder, result)
    if update_index:
        write_index(out_root)
    return result


def _papermill(spec: RunSpec, executed: Path, folder: Path, result: RunResult) -> None:
    """Execute the notebook into *executed*; set the status, error and key figures of *result*."""
    import papermill as pm

    path = Path(spec.notebook)
    figures_path = folder / f".{spec.name}.figures.json"
    figures_path.unlink(missing_ok=True)
    kernel_log = folder / f"{spec.name}.log"
    # The kernel inherits our environment: figures must render inline even when
    # a scheduler sets MPLBACKEND=Agg for the runner itself.
    marker = run_marker(folder, spec.name)
    env = {
        RECORD_ENV: str(figures_path),
        "MPLBACKEND": "module://matplotlib_inline.backend_inline",
        RUN_ENV: marker,  # the kernel's environment names this run
    }
    try:
        with _environ(env), _stderr_to(kernel_log):
            pm.execute_notebook(
                str(path),
                str(executed),
                parameters=spec.parameters,
                kernel_name="python3",
                cwd=str(path.parent),
                progress_bar=False,
                log_output=False,
                report_mode=True,
            )
        result.status = "ok"
    except pm.PapermillExecutionError as exc:
        result.status = "failed"
        result.error = {"ename": exc.ename, "evalue": exc.evalue, "cell": str(exc.exec_count)}
    except Exception as exc:  # kernel died, notebook unreadable, ...
        result.status = "failed"
        result.error = {"ename": type(exc).__name__, "evalue": str(exc), "cell": ""}
    finally:
        stop_kernels(marker)  # normally none is left; after an interruption, its kernel
    if kernel_log.exists() and kernel_log.stat().st_size == 0:
        kernel_log.unlink()
    if figures_path.exists():
        result.figures = json.loads(figures_path.read_text(encoding="utf-8"))
        figures_path.unlink()


@contextlib.contextmanager
def _environ(values: Mapping[str, str]) -> Iterator[None]:
    """Set environment variables for the duration, then restore (or remove) them."""
    saved = {key: os.environ.get(key) for key in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


@contextlib.contextmanager
def _stderr_to(path: Path) -> Iterator[None]:
    """Send file descriptor 2 to *path* for the duration (the kernel inherits it).

    The kernel's own messages (transport warnings, shutdown notices, crashes)
    then land in ``<name>.log`` beside the report instead of between the
    runner's one-line-per-notebook output.
    """
    sys.stderr.flush()
    saved = os.dup(2)
    try:
        with open(path, "ab") as log_file:
            os.dup2(log_file.fileno(), 2)
            try:
                yield
            finally:
                sys.stderr.flush()
                os.dup2(saved, 2)
    finally:
        os.close(saved)


# ---------------------------------------------------------------------------
# Batches
# ---------------------------------------------------------------------------


def _line(status: str, spec: RunSpec, seconds: float | None = None, extra: str = "") -> str:
    params = json.dumps(spec.given, sort_keys=True, default=str, ensure_ascii=False)
    text = f"{status} {spec.name} {params}"
    if seconds is not None:
        text += f" {seconds:.1f}s"
    return text + (f" {extra}" if extra else "")


def _say(text: str) -> None:
    # One write per line, so that lines from parallel workers never interleave.
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def _run_in_worker(
    spec: RunSpec, out_root: str, run_id: str, announce: bool, force: bool
) -> RunResult:
    """Run one spec in a worker process (top level, so that it can be pickled)."""
    if announce:
        _say(_line("START", spec))
    return _execute(spec, Path(out_root), run_id, update_index=False, force=force)


def _failed_result(spec: RunSpec, out_root: Path, run_id: str, exc: BaseException) -> RunResult:
    """Record a run that broke in the runner itself: error page and run record, like any failure."""
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    result = RunResult(
        spec.stem,
        spec.stem,
        run_id,
        spec.parameters,
        spec.name,
        spec.given,
        status="failed",
        started=now,
        finished=now,
        error={"ename": type(exc).__name__, "evalue": str(exc), "cell": ""},
    )
    folder = out_root / run_id
    folder.mkdir(parents=True, exist_ok=True)
    result.html = f"{spec.name}.html"
    body = "<p>The runner could not execute this notebook.</p>"
    atomic_write(folder / result.html, render_page(result, body, last_good(out_root, result)))
    _record(folder, result)
    return result


def _longest_first(specs: list[RunSpec], out_root: Path) -> list[int]:
    """Plan positions ordered by how long each run took last time, longest (or unknown) first.

    With several workers, starting the long runs first shortens the batch.
    """
    last: dict[str, float] = {}
    for run in reversed(load_run_records(out_root)):  # oldest first, so the newest wins
        last[run["name"]] = float(run.get("seconds") or 0.0)
    return sorted(range(len(specs)), key=lambda i: -last.get(specs[i].name, float("inf")))


def _run_parallel(
    specs: list[RunSpec],
    out_root: Path,
    run_id: str,
    jobs: int,
    *,
    announce: bool,
    force: bool,
    finished: Callable[[int, RunResult], None],
) -> None:
    """Run *specs* in *jobs* worker processes, longest first; call *finished* as each ends."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor, as_completed

    # On Linux, fork the workers after importing the heavy modules once here, so
    # that each does not spend seconds importing them again; elsewhere, spawn.
    if sys.platform.startswith("linux"):
        import nbconvert  # noqa: F401
        import papermill  # noqa: F401

        context = multiprocessing.get_context("fork")
    else:
        context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        futures = {
            pool.submit(_run_in_worker, specs[i], str(out_root), run_id, announce, force): i
            for i in _longest_first(specs, out_root)
        }
        try:
            for future in as_completed(futures):
                i = futures[future]
                try:
                    result = future.result()
                except Exception as exc:
                    log.exception("run of %s failed", specs[i].name)
                    result = _failed_result(specs[i], out_root, run_id, exc)
                finished(i, result)
        except KeyboardInterrupt:
            # Workers inherited the SIGTERM handler: each records its run as interrupted
            # and stops its kernel before it exits.
            for future in futures:
                future.cancel()
            for process in list(getattr(pool, "_processes", {}).values()):
                with contextlib.suppress(OSError):
                    process.terminate()
            pool.shutdown(wait=True, cancel_futures=True)
            raise


def run_reports(
    notebooks: Iterable[str] | None = None,
    *,
    parameters: Mapping[str, Any] | None = None,
    parameters_file: str | Path | None = None,
    runs: str | Path | None = None,
    out_dir: str | Path | None = None,
    run_id: str | None = None,
    jobs: int = 1,
    progress: bool | None = None,
    echo: Callable[[str], None] | None = None,
    force: bool = False,
) -> list[RunResult]:
    """Run a batch of notebooks (one run id); continue through failures.

    Parameters
    ----------
    notebooks : list of str, optional
        Notebook names (default: every notebook, :func:`default_notebooks`);
        with *runs*, keep only the runs of these notebooks.
    parameters : mapping, optional
        Parameter values (strings are coerced to the declared types); each
        notebook gets those it declares. A name no notebook declares raises
        ``ValueError`` listing the valid ones.
    parameters_file : path, optional
        A YAML file of parameter values; *parameters* win over it.
    runs : path, optional
        A ``runs.yaml`` batch (:func:`load_runs`); *parameters* and
        *parameters_file* override its values.
    out_dir : path, optional
        Reports folder (default :data:`newsresearch.config.REPORTS_DIR`).
    run_id : str, optional
        Batch folder name (default: the current UTC time, made unique).
    jobs : int
        Notebooks run at the same time (separate processes).
    progress : bool, optional
        A tqdm progress bar (default: when stdout is a terminal); otherwise one
        line per run, ``START``/``OK``/``FAILED`` name, parameters and seconds.
    echo : callable, optional
        Where the plain lines go (default: print to stdout).
    force : bool
        Execute every notebook, even those whose last good run has the same inputs (by
        default such a run reuses that report, instantly, and says so: ``REUSED``).

    Returns
    -------
    list of RunResult
        In plan order. Configuration errors raise ``ValueError`` before
        anything runs; failed notebooks do not raise.
    """
    given = dict(load_parameters_file(parameters_file)) if parameters_file else {}
    given.update(parameters or {})
    if runs:
        specs = load_runs(runs, notebooks=notebooks, overrides=given)
    else:
        specs = plan_runs(notebooks, parameters=given)
    if jobs < 1:
        raise ValueError(f"jobs must be 1 or more, not {jobs!r}")
    out_root = Path(out_dir) if out_dir else config.REPORTS_DIR
    out_root.mkdir(parents=True, exist_ok=True)
    recover_interrupted(out_root)
    run_id = run_id or new_run_id(out_root)
    show_bar = sys.stdout.isatty() if progress is None else progress
    say = echo or _say
    bar = None
    if show_bar:
        from tqdm.auto import tqdm

        tqdm.monitor_interval = 0  # no monitor thread: worker processes may be forked
        bar = tqdm(total=len(specs), unit="report", desc=f"run {run_id}", file=sys.stdout)
        say = bar.write
    results: dict[int, RunResult] = {}

    def finished(i: int, result: RunResult) -> None:
        results[i] = result
        extra = ""
        if result.error:
            extra = f"{result.error['ename']}: {result.error['evalue']}".splitlines()[0][:200]
        status = "FAILED" if result.status != "ok" else "REUSED" if result.reused_from else "OK"
        if result.reused_from:
            extra = f"from {result.reused_from}"
        say(_line(status, specs[i], result.seconds, extra))
        write_index(out_root)
        if bar is not None:
            bar.update(1)

    with contextlib.ExitStack() as stack:
        stack.enter_context(interruptible())
        stack.callback(write_index, out_root)
        if bar is not None:
            stack.callback(bar.close)
        _run_batch(specs, out_root, run_id, jobs, bar=bar, say=say, force=force, finished=finished)
    return [results[i] for i in sorted(results)]


def _run_batch(
    specs: list[RunSpec],
    out_root: Path,
    run_id: str,
    jobs: int,
    *,
    bar: Any,
    say: Callable[[str], None],
    force: bool,
    finished: Callable[[int, RunResult], None],
) -> None:
    """Run the plan one after another (one job) or in worker processes."""
    if jobs == 1 or len(specs) == 1:
        for i, spec in enumerate(specs):
            if bar is not None:
                bar.set_postfix_str(spec.name)
            else:
                say(_line("START", spec))
            try:
                result = _execute(spec, out_root, run_id, update_index=False, force=force)
            except Exception as exc:  # our own failure: keep going, report it
                log.exception("run of %s failed", spec.name)
                result = _failed_result(spec, out_root, run_id, exc)
            finished(i, result)
    else:
        _run_parallel(
            specs,
            out_root,
            run_id,
            jobs,
            announce=bar is None,
            force=force,
            finished=finished,
        )
