"""Run notebooks with papermill and publish code-free, offline HTML reports.

One runner serves the command line (``newsresearch report``), schedulers and
the tests. Each batch of runs gets its own folder::

    reports/<run-id>/<notebook>.html      the report (no code, figures inline)
    reports/<run-id>/<notebook>.ipynb     the executed notebook
    reports/<run-id>/<notebook>.run.json  parameters, status, timings, versions, figures
    reports/index.html                    every run, newest first

A failed run still gets its HTML page (showing the error) and its run record,
and nothing of an earlier run is touched, so the last good report survives.
Reports use nbconvert's ``basic`` template inside our own page: inline CSS, no
JavaScript, no external URLs, so they open from disk on a machine with no
network.
"""

from __future__ import annotations

import ast
import datetime as dt
import html
import json
import logging
import os
import subprocess
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from . import __version__, config

log = logging.getLogger(__name__)

#: Notebooks run by ``make report`` / ``newsresearch report`` when none are named.
DEFAULT_NOTEBOOKS = ("01_corpus_overview",)
RECORD_ENV = "NEWSRESEARCH_RECORD_PATH"


def record(name: str, value: Any) -> None:
    """Record a key figure of a report run (shown on the index page and in run.json).

    Outside a report run this does nothing, so notebooks can call it freely.

    Examples
    --------
    >>> record("articles", 64)  # no-op outside a run
    """
    path = os.environ.get(RECORD_ENV)
    if not path:
        return
    p = Path(path)
    figures = json.loads(p.read_text(encoding="utf-8")) if p.exists() else {}
    figures[name] = value if isinstance(value, int | float | str | bool) else str(value)
    p.write_text(json.dumps(figures, indent=2), encoding="utf-8")


def notebook_path(name: str) -> Path:
    """Resolve a notebook name (``01_corpus_overview`` or a path) to its file."""
    p = Path(name)
    if p.suffix == ".ipynb" and p.exists():
        return p.resolve()
    candidates = sorted(config.NOTEBOOKS_DIR.glob(f"{p.stem}*.ipynb")) if p.stem else []
    exact = config.NOTEBOOKS_DIR / f"{p.stem}.ipynb"
    if exact.exists():
        return exact
    if len(candidates) == 1:
        return candidates[0]
    valid = sorted(q.stem for q in config.NOTEBOOKS_DIR.glob("*.ipynb"))
    raise ValueError(f"notebook {name!r} is invalid; valid values are {valid}")


def notebook_parameters(path: Path) -> dict[str, dict[str, Any]]:
    """The parameters of a notebook: name -> {type, default, help}, from its tagged cell.

    Examples
    --------
    >>> params = notebook_parameters(notebook_path("01_corpus_overview"))
    >>> params["corpus"]["default"]
    'sample'
    """
    import nbformat

    nb = nbformat.read(path, as_version=4)
    cells = [c for c in nb.cells if "parameters" in c.get("metadata", {}).get("tags", [])]
    if len(cells) != 1:
        raise ValueError(f"{path.name} must have exactly one cell tagged 'parameters'")
    source = cells[0].source
    lines = source.splitlines()
    params: dict[str, dict[str, Any]] = {}
    for node in ast.parse(source).body:
        if not isinstance(node, ast.AnnAssign) or not isinstance(node.target, ast.Name):
            raise ValueError(
                f"{path.name}: the parameters cell may only hold annotated literals "
                f"such as `seed: int = 42  # help`; line {node.lineno} is not one"
            )
        line = lines[node.lineno - 1]
        help_text = line.split("#", 1)[1].strip() if "#" in line else ""
        params[node.target.id] = {
            "type": ast.unparse(node.annotation),
            "default": ast.literal_eval(node.value) if node.value is not None else None,
            "help": help_text,
        }
    return params


def _coerce(name: str, value: Any, spec: dict[str, Any]) -> Any:
    """Coerce a parameter given on the command line to the notebook's declared type."""
    kind = spec["type"]
    if not isinstance(value, str):
        return value
    try:
        if kind == "int":
            return int(value)
        if kind == "float":
            return float(value)
        if kind == "bool":
            if value.lower() in ("1", "true", "yes", "on"):
                return True
            if value.lower() in ("0", "false", "no", "off"):
                return False
            raise ValueError(value)
        if kind.startswith("list"):
            parsed = ast.literal_eval(value) if value.strip().startswith("[") else value.split(",")
            return [v.strip() if isinstance(v, str) else v for v in parsed]
    except (ValueError, SyntaxError) as exc:
        raise ValueError(f"parameter {name}={value!r} is not a valid {kind}") from exc
    return value


def validate_parameters(path: Path, given: dict[str, Any]) -> dict[str, Any]:
    """Reject unknown names (listing the valid ones); coerce types; fill defaults."""
    spec = notebook_parameters(path)
    unknown = sorted(set(given) - set(spec))
    if unknown:
        raise ValueError(
            f"parameters {unknown} are invalid for {path.stem}; valid parameters are {sorted(spec)}"
        )
    out = {k: v["default"] for k, v in spec.items()}
    out.update({k: _coerce(k, v, spec[k]) for k, v in given.items()})
    return out


@dataclass
class RunResult:
    """What one notebook run produced; also written as ``<notebook>.run.json``."""

    notebook: str
    title: str
    run_id: str
    parameters: dict[str, Any]
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


def _versions() -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    out = {"python": sys.version.split()[0], "newsresearch": __version__}
    for pkg in ("pandas", "numpy", "scikit-learn", "nltk", "matplotlib", "papermill", "nbconvert"):
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


def _title(nb: Any, fallback: str) -> str:
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("# "):
                    return line[2:].strip()
    return fallback


def new_run_id() -> str:
    """A sortable run id: UTC time to the second."""
    return dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def run_notebook(
    name: str,
    *,
    parameters: dict[str, Any] | None = None,
    out_dir: str | Path | None = None,
    run_id: str | None = None,
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
    import nbformat
    import papermill as pm

    path = notebook_path(name)
    params = validate_parameters(path, dict(parameters or {}))
    out_root = Path(out_dir) if out_dir else config.REPORTS_DIR
    run_id = run_id or new_run_id()
    folder = out_root / run_id
    folder.mkdir(parents=True, exist_ok=True)
    stem = path.stem
    executed = folder / f"{stem}.ipynb"
    figures_path = folder / f".{stem}.figures.json"
    figures_path.unlink(missing_ok=True)
    nb_in = nbformat.read(path, as_version=4)
    result = RunResult(stem, _title(nb_in, stem), run_id, params)
    result.started = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    t0 = time.perf_counter()
    saved = {key: os.environ.get(key) for key in (RECORD_ENV, "MPLBACKEND")}
    os.environ[RECORD_ENV] = str(figures_path)
    # The kernel inherits our environment: figures must render inline even when
    # a scheduler sets MPLBACKEND=Agg for the runner itself.
    os.environ["MPLBACKEND"] = "module://matplotlib_inline.backend_inline"
    try:
        pm.execute_notebook(
            str(path),
            str(executed),
            parameters=params,
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
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
    result.seconds = round(time.perf_counter() - t0, 2)
    result.finished = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    if figures_path.exists():
        result.figures = json.loads(figures_path.read_text(encoding="utf-8"))
        figures_path.unlink()
    result.versions = _versions()
    result.git_commit = _git_commit()
    result.sample_sha256 = _sample_digest()
    if executed.exists():
        result.ipynb = executed.name
        report_html = export_html(nbformat.read(executed, as_version=4), result)
    else:
        report_html = _page(result, "<p>The notebook could not be executed.</p>")
    html_path = folder / f"{stem}.html"
    _atomic_write(html_path, report_html)
    result.html = html_path.name
    _atomic_write(folder / f"{stem}.run.json", json.dumps(asdict(result), indent=2, default=str))
    write_index(out_root)
    return result


def _sample_digest() -> str | None:
    sums = config.SAMPLE_DIR / "SHA256SUMS"
    if not sums.exists():
        return None
    import hashlib

    return hashlib.sha256(sums.read_bytes()).hexdigest()


def _atomic_write(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)


_CSS = """
body{font:16px/1.55 Georgia,'Times New Roman',serif;color:#1d1d1f;max-width:60rem;margin:2rem auto;padding:0 1.25rem;background:#fff}
h1,h2,h3{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;line-height:1.25}
h1{font-size:1.9rem;border-bottom:2px solid #222;padding-bottom:.3rem}
a{color:#0b5cad}
table{border-collapse:collapse;margin:1rem 0;font:14px/1.4 system-ui,sans-serif}
th,td{border-bottom:1px solid #ddd;padding:.3rem .6rem;text-align:left;vertical-align:top}
th{background:#f4f4f6}
img{max-width:100%;height:auto}
pre{background:#f6f6f8;padding:.6rem;overflow-x:auto;font-size:13px}
.meta{font:13px/1.5 system-ui,sans-serif;color:#555;background:#f7f7f9;border:1px solid #e3e3e8;padding:.6rem .8rem;border-radius:6px}
.chip{display:inline-block;background:#eef2f7;border-radius:999px;padding:0 .55rem;margin:0 .2rem .2rem 0;font-size:12px}
.ok{background:#d8f0dc;color:#185c25}.failed{background:#f8d7d7;color:#8a1c1c}
.badge{display:inline-block;border-radius:4px;padding:0 .45rem;font:600 12px/1.7 system-ui,sans-serif}
.error{border:2px solid #c62828;background:#fff4f4;padding:.8rem;border-radius:6px}
"""


def _chips(params: dict[str, Any]) -> str:
    return "".join(
        f'<span class="chip">{html.escape(str(k))}={html.escape(repr(v))}</span>'
        for k, v in params.items()
    )


def _page(result: RunResult, body: str) -> str:
    error = ""
    if result.error:
        error = (
            '<div class="error"><strong>This run failed.</strong> '
            f"{html.escape(result.error['ename'])}: {html.escape(result.error['evalue'])}"
            f" (cell {html.escape(result.error['cell'])}). The last good report is kept; "
            'see <a href="../index.html">the index</a>.</div>'
        )
    badge = f'<span class="badge {result.status}">{result.status}</span>'
    meta = (
        f'<div class="meta">{badge} run {html.escape(result.run_id)} · '
        f"{html.escape(result.started)} · {result.seconds:.1f} s · newsresearch {__version__}"
        f" · commit {html.escape((result.git_commit or 'unknown')[:10])}<br>{_chips(result.parameters)}</div>"
    )
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width,initial-scale=1'>"
        f"<title>{html.escape(result.title)}</title><style>{_CSS}</style></head><body>"
        f"{meta}{error}{body}</body></html>"
    )


def export_html(nb: Any, result: RunResult) -> str:
    """Code-free HTML of an executed notebook: no inputs, no stderr, no external URLs."""
    from nbconvert import HTMLExporter

    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs = [
                o
                for o in cell.get("outputs", [])
                if not (o.get("output_type") == "stream" and o.get("name") == "stderr")
            ]
    exporter = HTMLExporter(template_name="basic", exclude_input=True, exclude_input_prompt=True)
    exporter.exclude_output_prompt = True
    body, _ = exporter.from_notebook_node(nb)
    return _page(result, body)


def _load_runs(out_root: Path) -> list[dict[str, Any]]:
    runs = []
    for p in out_root.glob("*/*.run.json"):
        try:
            run = json.loads(p.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError):
            continue
        run["_folder"] = p.parent.name
        runs.append(run)
    runs.sort(key=lambda r: (r.get("started", ""), r.get("run_id", "")), reverse=True)
    return runs


def write_index(out_root: str | Path | None = None) -> Path:
    """Write ``index.html``: every run, grouped by notebook, newest first."""
    out_root = Path(out_root) if out_root else config.REPORTS_DIR
    runs = _load_runs(out_root)
    by_nb: dict[str, list[dict[str, Any]]] = {}
    for run in runs:
        by_nb.setdefault(run["notebook"], []).append(run)
    parts = [
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>newsresearch reports</title><style>{_CSS}</style></head><body>",
        "<h1>newsresearch reports</h1>",
        f"<p class='meta'>{len(runs)} runs · updated "
        f"{dt.datetime.now(dt.UTC).isoformat(timespec='seconds')}</p>",
    ]
    if not runs:
        parts.append("<p>No reports yet. Run <code>make report</code>.</p>")
    for nb_name in sorted(by_nb):
        nb_runs = by_nb[nb_name]
        parts.append(f"<h2>{html.escape(nb_runs[0].get('title', nb_name))}</h2><table>")
        parts.append(
            "<tr><th>date (UTC)</th><th>status</th><th>parameters</th><th>seconds</th>"
            "<th>key figures</th><th>report</th></tr>"
        )
        for run in nb_runs:
            figs = "".join(
                f'<span class="chip">{html.escape(str(k))}: {html.escape(str(v))}</span>'
                for k, v in run.get("figures", {}).items()
            )
            link = f"{run['_folder']}/{run.get('html') or ''}"
            label = "error page" if run.get("status") != "ok" else "open"
            parts.append(
                f"<tr><td>{html.escape(run.get('started', ''))}</td>"
                f"<td><span class='badge {html.escape(run.get('status', ''))}'>"
                f"{html.escape(run.get('status', ''))}</span></td>"
                f"<td>{_chips(run.get('parameters', {}))}</td>"
                f"<td>{run.get('seconds', 0):.1f}</td><td>{figs}</td>"
                f"<td><a href='{html.escape(link)}'>{label}</a></td></tr>"
            )
        parts.append("</table>")
    parts.append("</body></html>")
    index = out_root / "index.html"
    out_root.mkdir(parents=True, exist_ok=True)
    _atomic_write(index, "".join(parts))
    return index


def run_reports(
    notebooks: list[str] | None = None,
    *,
    parameters: dict[str, Any] | None = None,
    out_dir: str | Path | None = None,
) -> list[RunResult]:
    """Run several notebooks as one batch (one run id); continue through failures.

    Parameters given apply to every notebook that declares them.
    """
    run_id = new_run_id()
    paths = [notebook_path(name) for name in notebooks or list(DEFAULT_NOTEBOOKS)]
    specs = {path: notebook_parameters(path) for path in paths}
    everything = set().union(*specs.values()) if specs else set()
    unknown = sorted(set(parameters or {}) - everything)
    if unknown:
        raise ValueError(
            f"parameters {unknown} are invalid for these notebooks; "
            f"valid parameters are {sorted(everything)}"
        )
    results = []
    for path in paths:
        known = specs[path]
        given = {k: v for k, v in (parameters or {}).items() if k in known}
        t0 = time.perf_counter()
        log.info("START %s %s", path.stem, given)
        result = run_notebook(str(path), parameters=given, out_dir=out_dir, run_id=run_id)
        status = "OK" if result.status == "ok" else "FAILED"
        print(f"{status} {path.stem} {given} {time.perf_counter() - t0:.1f}s", flush=True)
        results.append(result)
    return results
