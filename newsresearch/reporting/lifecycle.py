"""A run's life outside the notebook: its inputs' fingerprint, interruption, and what it leaves.

* **Re-runs of unchanged reports** (:func:`inputs_fingerprint`, :func:`reusable_run`): a run
  whose notebook, parameters, data files, package code and library versions are all unchanged
  since a good run reuses that run's report instead of executing the notebook again.
* **Interruptions** (:func:`interruptible`): SIGTERM is turned into the same
  ``KeyboardInterrupt`` as Ctrl-C, so that the run is recorded as ``interrupted`` and its
  kernel is stopped.
* **Kernels left behind** (:func:`run_marker`, :func:`stop_kernels`,
  :func:`recover_interrupted`): every run starts its kernel with the environment variable
  :data:`RUN_ENV` naming the run, so its processes can be found later. A run killed with
  SIGKILL leaves a record with status ``running`` and the runner's process id; the next run
  marks it ``interrupted`` and stops any kernel still running from it.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import signal
import sys
import threading
import time
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from .parameters import canonical
from .result import atomic_write, load_run_records, process_alive

__all__ = [
    "inputs_fingerprint",
    "interruptible",
    "RUN_ENV",
    "run_marker",
    "recover_interrupted",
    "reusable_run",
    "stop_kernels",
]


@functools.cache
def _package_digest() -> str:
    """SHA-256 over the package's own files (code and data): changes with any edit."""
    root = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(f"{path.relative_to(root).as_posix()}\n".encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def inputs_fingerprint(
    notebook: str | Path,
    parameters: Mapping[str, Any],
    *,
    data: Mapping[str, str],
    sample: str | None,
    versions: Mapping[str, str],
) -> str | None:
    """One SHA-256 over everything a report depends on, or None when that cannot be known.

    Parameters
    ----------
    notebook : path
        The notebook file (its bytes count).
    parameters : mapping
        The run's parameter values.
    data : mapping of str to str
        SHA-256 of the data files named by parameters (``RunResult.data_sha256``); a value
        starting with ``"not computed"`` makes the fingerprint None (never reused).
    sample : str, optional
        Digest of the sample corpus.
    versions : mapping
        Python and library versions.

    Examples
    --------
    >>> from newsresearch.reporting import notebook_path
    >>> nb = notebook_path("01_corpus_overview")
    >>> a = inputs_fingerprint(nb, {"top": 3}, data={}, sample=None, versions={})
    >>> a == inputs_fingerprint(nb, {"top": 3}, data={}, sample=None, versions={})
    True
    >>> a == inputs_fingerprint(nb, {"top": 4}, data={}, sample=None, versions={})
    False
    >>> inputs_fingerprint(nb, {}, data={"corpus": "not computed: gone"}, sample=None,
    ...                    versions={}) is None
    True
    """
    if any(str(v).startswith("not computed") for v in data.values()):
        return None
    parts = {
        "notebook": hashlib.sha256(Path(notebook).read_bytes()).hexdigest(),
        "parameters": canonical(parameters),
        "data": dict(sorted(data.items())),
        "sample": sample,
        "package": _package_digest(),
        "versions": dict(sorted(versions.items())),
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()


def reusable_run(out_root: Path, notebook: str, fingerprint: str | None) -> dict[str, Any] | None:
    """The newest good run of *notebook* with this fingerprint whose report is still on disk."""
    if fingerprint is None:
        return None
    for run in load_run_records(out_root):
        if (
            run["notebook"] == notebook
            and run.get("status") == "ok"
            and run.get("inputs_sha256") == fingerprint
            and (out_root / run["_folder"] / run.get("html", "")).is_file()
        ):
            return run
    return None


# ---------------------------------------------------------------------------
# Processes
# ---------------------------------------------------------------------------


#: Environment variable that names the run in its kernel's environment.
RUN_ENV = "NEWSRESEARCH_RUN"


def run_marker(folder: Path, name: str) -> str:
    """The value of :data:`RUN_ENV` for run *name* in *folder* (unique per run)."""
    return str(Path(folder).resolve() / name)


def _processes_marked(marker: str) -> list[int]:
    """Ids of this user's processes whose environment has ``RUN_ENV=marker``."""
    wanted = f"{RUN_ENV}={marker}"
    try:
        import psutil
    except ImportError:  # Linux without psutil: read /proc directly
        pids = []
        for entry in Path("/proc").glob("[0-9]*/environ"):
            try:
                if wanted.encode() in entry.read_bytes().split(b"\0"):
                    pids.append(int(entry.parent.name))
            except (OSError, ValueError):
                continue
        return pids
    pids = []
    for proc in psutil.process_iter(["pid"]):
        try:
            if proc.environ().get(RUN_ENV) == marker:
                pids.append(proc.info["pid"])
        except (psutil.Error, OSError):
            continue
    return pids


def stop_kernels(marker: str, *, grace: float = 3.0) -> int:
    """Stop every process (the kernel) started for the run *marker*; returns how many.

    SIGTERM first, SIGKILL after *grace* seconds for any that is still alive.
    """
    pids = [p for p in _processes_marked(marker) if p != os.getpid()]
    for pid in pids:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + grace
    while any(process_alive(p) for p in pids) and time.monotonic() < deadline:
        time.sleep(0.05)
        for pid in pids:  # reap our own children so that they do not stay as zombies
            with contextlib.suppress(ChildProcessError, OSError):
                os.waitpid(pid, os.WNOHANG)
    for pid in pids:
        if process_alive(pid):
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.kill(pid, signal.SIGKILL)
    return len(pids)


def recover_interrupted(out_root: Path) -> list[str]:
    """Mark runs whose runner died mid-run as ``interrupted`` and stop their kernels.

    A run record says ``running`` while its notebook executes; if the runner's process is gone
    (SIGKILL, power loss), the record is rewritten with status ``interrupted`` and any kernel
    started from that run's runtime folder is stopped. Returns the records' paths.
    """
    fixed = []
    for path in Path(out_root).glob("*/*.run.json"):
        try:
            run = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError):
            continue
        if not isinstance(run, dict) or run.get("status") != "running":
            continue
        if process_alive(run.get("pid")):
            continue
        stop_kernels(run_marker(path.parent, run.get("name") or run.get("notebook", "")))
        run["status"] = "interrupted"
        run["error"] = {
            "ename": "Interrupted",
            "evalue": "the runner stopped before the notebook finished (killed or crashed)",
            "cell": "",
        }
        atomic_write(path, json.dumps(run, indent=2, default=str))
        fixed.append(str(path))
    return fixed


def _raise_interrupt(signum: int, frame: Any) -> None:
    raise KeyboardInterrupt(f"signal {signum}")


@contextlib.contextmanager
def interruptible() -> Iterator[None]:
    """Turn SIGTERM into ``KeyboardInterrupt`` for the duration (main thread only).

    Schedulers stop jobs with SIGTERM; Python's default would end the runner at once and leave
    the kernel running. As a ``KeyboardInterrupt`` it unwinds like Ctrl-C: the run is recorded
    as interrupted and its kernel stopped.
    """
    if threading.current_thread() is not threading.main_thread() or sys.platform == "win32":
        yield
        return
    previous = signal.signal(signal.SIGTERM, _raise_interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
