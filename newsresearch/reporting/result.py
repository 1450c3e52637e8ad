"""The record of one run (``<name>.run.json``) and reading the records of a reports folder."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .parameters import canonical

__all__ = ["RunResult", "atomic_write", "last_good", "load_run_records", "process_alive"]


@dataclass
class RunResult:
    """What one notebook run produced; also written as ``<name>.run.json``."""

    notebook: str
    title: str
    run_id: str
    parameters: dict[str, Any]
    name: str = ""
    given: dict[str, Any] = field(default_factory=dict)
    status: str = "running"
    started: str = ""
    finished: str = ""
    seconds: float = 0.0
    html: str = ""
    ipynb: str = ""
    error: dict[str, str] | None = None
    figures: dict[str, Any] = field(default_factory=dict)
    versions: dict[str, str] = field(default_factory=dict)
    git_commit: str | None = None
    sample_sha256: str | None = None
    data_sha256: dict[str, str] = field(default_factory=dict)
    #: The runner's process id while the notebook runs (a dead one means: interrupted).
    pid: int | None = None
    #: SHA-256 over notebook, parameters, data, package code and versions (see lifecycle).
    inputs_sha256: str | None = None
    #: The run whose report this run reused because nothing had changed.
    reused_from: str | None = None


def atomic_write(path: Path, text: str) -> None:
    """Write *text* to *path* through a temporary file, so readers never see half a page."""
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)


def process_alive(pid: int | None) -> bool:
    """Whether a process with this id exists on this machine.

    Examples
    --------
    >>> process_alive(os.getpid()), process_alive(None)
    (True, False)
    """
    if not pid:
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by someone else
        return True
    return True


def load_run_records(out_root: Path) -> list[dict[str, Any]]:
    """Every run record under *out_root* (``*/*.run.json``), newest first; unreadable ones skipped.

    A record still saying ``running`` whose runner process is gone is read as ``interrupted``
    (the runner was killed); ``_has_html`` says whether its page exists.
    """
    runs = []
    for p in out_root.glob("*/*.run.json"):
        try:
            run = json.loads(p.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError):
            continue
        if not isinstance(run, dict) or "notebook" not in run:
            continue
        run["_folder"] = p.parent.name
        run.setdefault("name", run["notebook"])
        run.setdefault("html", f"{run['name']}.html")
        if run.get("status") == "running" and not process_alive(run.get("pid")):
            run["status"] = "interrupted"
        run["_has_html"] = (p.parent / run["html"]).is_file()
        runs.append(run)
    runs.sort(key=lambda r: (r.get("started", ""), r.get("run_id", ""), r["name"]), reverse=True)
    return runs


def last_good(out_root: Path, result: RunResult) -> dict[str, Any] | None:
    """The newest successful run of the same notebook and parameters as *result*, if any."""
    key = canonical(result.parameters)
    for run in load_run_records(out_root):
        if (
            run["notebook"] == result.notebook
            and run.get("status") == "ok"
            and canonical(run.get("parameters", {})) == key
        ):
            return run
    return None
