"""Run notebooks with papermill and publish code-free, offline HTML reports.

One runner serves the command line (``newsresearch report``), schedulers and
the tests. Each batch of runs gets its own folder::

    reports/<run-id>/<name>.html      the report (no code, figures inline)
    reports/<run-id>/<name>.ipynb     the executed notebook
    reports/<run-id>/<name>.run.json  parameters, status, timings, versions, figures
    reports/<run-id>/<name>.log       what the kernel printed to stderr (when anything)
    reports/index.html                every run, newest first, per notebook

``<name>`` is the notebook's name for a run with its default parameters, and
the notebook's name plus a short label of the parameters otherwise
(``04_attribution--outlets-the-harbor-ledger-1a2b3c``), so a grid of runs fits
in one batch folder.

A failed run still gets its HTML page (showing the error) and its run record,
and nothing of an earlier run is touched, so the last good report of the same
notebook and parameters survives; the index highlights it.

Reports use nbconvert's ``basic`` template inside our own page: inline CSS, no
JavaScript, no external URLs (every page is also passed through an HTML
cleaner that drops scripts, event handlers and external resources), so they
open from disk on a machine with no network.

Batches
-------
A ``runs.yaml`` file describes a scheduled batch: a grid of notebooks times
parameter sets (see :func:`load_runs`)::

    defaults:            # for every run (a notebook that lacks a parameter ignores it)
      corpus: sample
    runs:
      - notebooks: all   # every notebook, with its defaults
      - notebooks: [04_attribution]
        grid:            # one run per combination of the listed values
          outlets: [[The Harbor Ledger], [The Liberty Sentinel]]
      - notebooks: [04_attribution]
        parameters:      # or one run per explicit parameter set
          - {start: 2026-09-01, end: 2026-09-30}
          - {start: 2026-10-01, end: 2026-10-31}
"""

from __future__ import annotations

import ast
import contextlib
import datetime as dt
import glob
import hashlib
import html
import itertools
import json
import logging
import os
import re
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from . import __version__, config

log = logging.getLogger(__name__)

__all__ = [
    "RunResult",
    "RunSpec",
    "default_notebooks",
    "export_html",
    "load_parameters_file",
    "load_runs",
    "md_escape",
    "new_run_id",
    "notebook_parameters",
    "notebook_path",
    "plan_runs",
    "record",
    "run_notebook",
    "run_reports",
    "sanitize_html",
    "validate_parameters",
    "write_index",
]

RECORD_ENV = "NEWSRESEARCH_RECORD_PATH"
_NOTEBOOK_NAME = re.compile(r"^\d\d_[\w-]+$")
_RUNS_KEYS = ("notebooks", "parameters", "grid")
_RUNS_TOP_KEYS = ("defaults", "runs")


def default_notebooks() -> list[str]:
    """The notebooks run when none are named: every ``NN_name.ipynb`` in the notebooks folder.

    Examples
    --------
    >>> default_notebooks()[0]
    '01_corpus_overview'
    """
    return sorted(
        p.stem for p in config.NOTEBOOKS_DIR.glob("*.ipynb") if _NOTEBOOK_NAME.match(p.stem)
    )


def __getattr__(name: str) -> Any:
    # ``DEFAULT_NOTEBOOKS`` is computed when asked for, so that a notebook added to
    # the folder joins ``make report`` without a code change.
    if name == "DEFAULT_NOTEBOOKS":
        return tuple(default_notebooks())
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
    if hasattr(value, "item") and callable(value.item):  # numpy and pandas scalars
        value = value.item()
    figures[name] = value if isinstance(value, int | float | str | bool) else str(value)
    p.write_text(json.dumps(figures, indent=2), encoding="utf-8")


_MD_SPECIAL = re.compile(r"([\\`*_\[\]()#|~])")


def md_escape(value: Any) -> str:
    r"""Text from the data, made safe to put into Markdown: HTML escaped, markup characters quoted.

    Use it for anything a corpus supplies (titles, outlet names, speakers)
    before putting it into ``Markdown(...)`` output.

    Examples
    --------
    >>> print(md_escape("<script>x()</script> *Daily*"))
    &lt;script&gt;x\(\)&lt;/script&gt; \*Daily\*
    """
    return _MD_SPECIAL.sub(r"\\\1", html.escape(str(value), quote=True))


# ---------------------------------------------------------------------------
# Notebooks and their parameters
# ---------------------------------------------------------------------------


def notebook_path(name: str) -> Path:
    """Resolve a notebook name (``01_corpus_overview``, a unique prefix, or a path) to its file.

    Examples
    --------
    >>> notebook_path("01").name
    '01_corpus_overview.ipynb'
    """
    p = Path(name)
    if p.suffix == ".ipynb" and p.exists():
        return p.resolve()
    exact = config.NOTEBOOKS_DIR / f"{p.stem}.ipynb"
    if exact.exists():
        return exact
    candidates = sorted(config.NOTEBOOKS_DIR.glob(f"{p.stem}*.ipynb")) if p.stem else []
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


_TRUE = ("1", "true", "yes", "on")
_FALSE = ("0", "false", "no", "off")


def _coerce(name: str, value: Any, spec: Mapping[str, Any]) -> Any:
    """Coerce a value (a command-line string or a YAML value) to the declared type.

    ``int``, ``float``, ``bool``, ``str`` and ``list`` (also ``list[int]`` ...)
    are checked; a ``str`` parameter whose help mentions ``YYYY-MM-DD`` must be
    an ISO date (or empty). Other annotations pass values through.
    """
    kind = spec["type"].replace(" ", "")
    help_text = spec.get("help", "")

    def invalid(what: str = kind) -> ValueError:
        return ValueError(f"parameter {name}={value!r} is not a valid {what}")

    if value is None:
        if spec.get("default") is None:
            return None
        raise invalid()
    if kind == "int":
        if isinstance(value, bool):
            raise invalid()
        if isinstance(value, int):
            return value
        if isinstance(value, float) and value.is_integer():
            return int(value)
        if isinstance(value, str):
            try:
                return int(value.strip())
            except ValueError:
                raise invalid() from None
        raise invalid()
    if kind == "float":
        if isinstance(value, bool):
            raise invalid()
        if isinstance(value, int | float):
            return float(value)
        if isinstance(value, str):
            try:
                return float(value.strip())
            except ValueError:
                raise invalid() from None
        raise invalid()
    if kind == "bool":
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.strip().lower() in _TRUE + _FALSE:
            return value.strip().lower() in _TRUE
        raise invalid(f"bool (one of {list(_TRUE + _FALSE)})")
    if kind == "str":
        if isinstance(value, dt.datetime):
            value = value.date().isoformat()
        elif isinstance(value, dt.date):
            value = value.isoformat()
        if not isinstance(value, str):
            raise invalid()
        if "YYYY-MM-DD" in help_text and value.strip():
            try:
                return dt.date.fromisoformat(value.strip()).isoformat()
            except ValueError:
                raise invalid("date (YYYY-MM-DD)") from None
        return value
    if kind == "list" or kind.startswith(("list[", "List[")):
        if isinstance(value, str):
            text = value.strip()
            if not text:
                items: list[Any] = []
            elif text.startswith("["):
                try:
                    items = list(ast.literal_eval(text))
                except (ValueError, SyntaxError):
                    raise invalid() from None
            else:
                items = [v.strip() for v in text.split(",")]
        elif isinstance(value, list | tuple):
            items = list(value)
        else:
            items = [value]
        inner = kind[5:-1] if kind.endswith("]") else ""
        if inner in ("int", "float", "str", "bool"):
            items = [
                _coerce(f"{name}[{i}]", v, {"type": inner, "help": help_text, "default": ""})
                for i, v in enumerate(items)
            ]
        return items
    if kind == "dict" or kind.startswith("dict["):
        if isinstance(value, str):
            try:
                value = ast.literal_eval(value)
            except (ValueError, SyntaxError):
                raise invalid() from None
        if not isinstance(value, dict):
            raise invalid()
        return value
    return value


def _resolve_path(value: Any, default: Any, base: Path) -> Any:
    """A relative path that exists under *base* (the caller's folder) becomes absolute.

    Notebooks run with their own folder as working directory, so a path given
    relative to where ``newsresearch report`` was started would otherwise point
    elsewhere. Values equal to the notebook's default (``"sample"``) are left alone.
    """
    if isinstance(value, list):
        return [_resolve_path(v, None, base) for v in value]
    if not isinstance(value, str) or not value or value == default or "://" in value:
        return value
    p = Path(value).expanduser()
    if p.is_absolute():
        return str(p)
    candidate = base / p
    if candidate.exists() or (any(c in value for c in "*?[") and glob.glob(str(candidate))):
        return str(candidate.absolute())
    return value


def validate_parameters(
    path: Path, given: Mapping[str, Any], *, base_dir: str | Path | None = None
) -> dict[str, Any]:
    """Reject unknown names (listing the valid ones); coerce types; fill defaults.

    Relative paths that exist under *base_dir* (default: the current folder)
    are made absolute, since the notebook runs in its own folder.

    Examples
    --------
    >>> p = notebook_path("01_corpus_overview")
    >>> validate_parameters(p, {"limit": "5"})["limit"]
    5
    """
    spec = notebook_parameters(path)
    unknown = sorted(set(given) - set(spec))
    if unknown:
        raise ValueError(
            f"parameters {unknown} are invalid for {path.stem}; valid parameters are {sorted(spec)}"
        )
    base = Path(base_dir) if base_dir else Path.cwd()
    out = {k: v["default"] for k, v in spec.items()}
    for k, v in given.items():
        out[k] = _resolve_path(_coerce(k, v, spec[k]), spec[k]["default"], base)
    return out


# ---------------------------------------------------------------------------
# Planning a batch: notebooks x parameter sets
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class RunSpec:
    """One planned run: a notebook, its full parameters, and the file name of its outputs."""

    notebook: str  # path of the notebook file
    parameters: dict[str, Any]  # every parameter, defaults filled in
    given: dict[str, Any]  # the parameters that differ from the notebook's defaults
    name: str  # output stem: the notebook name, plus a label of *given* when not empty

    @property
    def stem(self) -> str:
        return Path(self.notebook).stem


def _canonical(params: Mapping[str, Any]) -> str:
    return json.dumps(params, sort_keys=True, default=str, ensure_ascii=False)


def _run_name(stem: str, given: Mapping[str, Any]) -> str:
    """``stem`` for default parameters, else ``stem--label-hash`` (file-system safe)."""
    if not given:
        return stem
    label = "-".join(f"{k}-{v}" for k, v in sorted(given.items()))
    label = re.sub(r"[^A-Za-z0-9]+", "-", label).strip("-").lower()[:48].strip("-")
    digest = hashlib.sha256(_canonical(given).encode("utf-8")).hexdigest()[:6]
    return f"{stem}--{label}-{digest}" if label else f"{stem}--{digest}"


def _spec(path: Path, given: Mapping[str, Any], base_dir: Path) -> RunSpec:
    full = validate_parameters(path, given, base_dir=base_dir)
    defaults = {k: v["default"] for k, v in notebook_parameters(path).items()}
    differ = {k: v for k, v in full.items() if v != defaults[k]}
    return RunSpec(str(path), full, differ, _run_name(path.stem, differ))


def _check_names(names: Iterable[str], specs: Mapping[Path, Mapping[str, Any]], where: str) -> None:
    declared = set().union(*[set(s) for s in specs.values()]) if specs else set()
    unknown = sorted(set(names) - declared)
    if unknown:
        raise ValueError(
            f"parameters {unknown} are invalid for {where}; valid parameters are {sorted(declared)}"
        )


def _dedupe(specs: list[RunSpec]) -> list[RunSpec]:
    seen: set[tuple[str, str]] = set()
    out = []
    for spec in specs:
        key = (spec.notebook, _canonical(spec.parameters))
        if key not in seen:
            seen.add(key)
            out.append(spec)
    return out


def plan_runs(
    notebooks: Iterable[str] | None = None,
    *,
    parameters: Mapping[str, Any] | None = None,
    base_dir: str | Path | None = None,
) -> list[RunSpec]:
    """One run per notebook; *parameters* go to every notebook that declares them.

    A name that no notebook of the batch declares raises ``ValueError``
    listing the valid ones.

    Examples
    --------
    >>> [s.name for s in plan_runs(["01_corpus_overview"], parameters={"limit": 5})]
    ... # doctest: +ELLIPSIS
    ['01_corpus_overview--limit-5-...']
    """
    base = Path(base_dir) if base_dir else Path.cwd()
    paths = [notebook_path(n) for n in (list(notebooks) if notebooks else default_notebooks())]
    if not paths:
        raise ValueError(f"no notebooks found in {config.NOTEBOOKS_DIR}")
    specs = {p: notebook_parameters(p) for p in paths}
    parameters = dict(parameters or {})
    where = paths[0].stem if len(paths) == 1 else "these notebooks"
    _check_names(parameters, specs, where)
    return _dedupe(
        [_spec(p, {k: v for k, v in parameters.items() if k in specs[p]}, base) for p in paths]
    )


def _read_yaml(path: str | Path, what: str) -> Any:
    import yaml

    p = Path(path)
    if not p.is_file():
        raise ValueError(f"{what} {str(p)!r} does not exist")
    try:
        return yaml.safe_load(p.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise ValueError(f"{what} {p} is not valid YAML: {exc}") from exc


def load_parameters_file(path: str | Path) -> dict[str, Any]:
    """Read a parameters file (YAML or JSON): a mapping of parameter names to values.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> f = pathlib.Path(tempfile.mkdtemp()) / "p.yaml"
    >>> _ = f.write_text("top: 5\\nstart: 2026-09-01\\n")
    >>> load_parameters_file(f)
    {'top': 5, 'start': datetime.date(2026, 9, 1)}
    """
    data = _read_yaml(path, "parameters file")
    if data is None:
        return {}
    if not isinstance(data, dict) or not all(isinstance(k, str) for k in data):
        raise ValueError(
            f"parameters file {path} must be a mapping of parameter names to values, "
            f"such as `corpus: sample`; got {type(data).__name__}"
        )
    return data


def _as_list(value: Any, what: str) -> list[Any]:
    if isinstance(value, list):
        return value
    raise ValueError(f"{what} must be a list, not {type(value).__name__} ({value!r})")


def load_runs(
    path: str | Path,
    *,
    notebooks: Iterable[str] | None = None,
    overrides: Mapping[str, Any] | None = None,
    base_dir: str | Path | None = None,
) -> list[RunSpec]:
    """Expand a ``runs.yaml`` batch into runs: notebooks x parameter sets.

    The file has ``defaults`` (parameters for every run) and ``runs``, a list
    of entries with ``notebooks`` (a list of names, or ``all``) and either
    ``parameters`` (a mapping, or a list of mappings: one run each), ``grid``
    (a mapping of names to lists of values: one run per combination), both
    (every parameter set crossed with every grid point) or neither (one run
    with the defaults). Precedence, lowest first: the notebook's defaults,
    ``defaults``, the entry, *overrides* (the command line). A parameter
    applies to the notebooks of an entry that declare it; one that none
    declares is an error. Everything is checked before anything runs.

    Parameters
    ----------
    path : path
        The YAML file.
    notebooks : list of str, optional
        Keep only the runs of these notebooks.
    overrides : mapping, optional
        Parameters that win over the file (``-p``, ``--corpus``, ``-f``).
    base_dir : path, optional
        Folder that relative paths in parameters are taken from (default: the
        current folder).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> f = pathlib.Path(tempfile.mkdtemp()) / "runs.yaml"
    >>> _ = f.write_text(
    ...     "runs:\\n  - notebooks: [01_corpus_overview]\\n    grid: {top_outlets: [3, 6]}\\n"
    ... )
    >>> [s.given for s in load_runs(f)]
    [{'top_outlets': 3}, {'top_outlets': 6}]
    """
    data = _read_yaml(path, "runs file")
    if not isinstance(data, dict):
        raise ValueError(
            f"runs file {path} must be a mapping with keys {list(_RUNS_TOP_KEYS)}; "
            f"got {type(data).__name__}"
        )
    unknown = sorted(set(data) - set(_RUNS_TOP_KEYS))
    if unknown:
        raise ValueError(
            f"keys {unknown} in {path} are invalid; valid values are {list(_RUNS_TOP_KEYS)}"
        )
    defaults = data.get("defaults") or {}
    if not isinstance(defaults, dict):
        raise ValueError(f"`defaults` in {path} must be a mapping of parameter names to values")
    entries = _as_list(data.get("runs") or [], f"`runs` in {path}")
    if not entries:
        raise ValueError(f"runs file {path} lists no runs; add entries under `runs:`")
    base = Path(base_dir) if base_dir else Path.cwd()
    keep = {notebook_path(n) for n in notebooks} if notebooks else None
    overrides = dict(overrides or {})
    specs: list[RunSpec] = []
    all_paths: dict[Path, dict[str, Any]] = {}
    for i, entry in enumerate(entries, start=1):
        where = f"entry {i} of {path}"
        if not isinstance(entry, dict):
            raise ValueError(f"{where} must be a mapping with keys {list(_RUNS_KEYS)}")
        bad = sorted(set(entry) - set(_RUNS_KEYS))
        if bad:
            raise ValueError(
                f"keys {bad} in {where} are invalid; valid values are {list(_RUNS_KEYS)}"
            )
        names = entry.get("notebooks", "all")
        if names == "all":
            names = default_notebooks()
        elif isinstance(names, str):
            names = [names]
        paths = [notebook_path(str(n)) for n in _as_list(names, f"`notebooks` in {where}")]
        nb_specs = {p: notebook_parameters(p) for p in paths}
        all_paths.update(nb_specs)
        sets = entry.get("parameters") or [{}]
        if isinstance(sets, dict):
            sets = [sets]
        sets = _as_list(sets, f"`parameters` in {where}")
        grid = entry.get("grid") or {}
        if not isinstance(grid, dict):
            raise ValueError(f"`grid` in {where} must be a mapping of names to lists of values")
        for key, values in grid.items():
            _as_list(values, f"grid values of {key!r} in {where}")
        points = [
            dict(zip(grid, combo, strict=True)) for combo in itertools.product(*grid.values())
        ]
        for s in sets:
            if not isinstance(s, dict):
                raise ValueError(f"each parameter set in {where} must be a mapping, not {s!r}")
            _check_names(list(s) + list(grid), nb_specs, where)
            for point in points:
                for p in paths:
                    if keep is not None and p not in keep:
                        continue
                    merged = {**defaults, **s, **point, **overrides}
                    given = {k: v for k, v in merged.items() if k in nb_specs[p]}
                    specs.append(_spec(p, given, base))
    _check_names(defaults, all_paths, f"`defaults` in {path}")
    _check_names(overrides, all_paths, f"the notebooks of {path}")
    if keep is not None and not specs:
        raise ValueError(
            f"{path} has no runs of {sorted(p.stem for p in keep)}; "
            f"valid values are {sorted(p.stem for p in all_paths)}"
        )
    return _dedupe(specs)


# ---------------------------------------------------------------------------
# Running one notebook
# ---------------------------------------------------------------------------


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


def _versions() -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    out = {"python": sys.version.split()[0], "newsresearch": __version__}
    for pkg in (
        "pandas",
        "numpy",
        "scikit-learn",
        "nltk",
        "matplotlib",
        "vaderSentiment",
        "papermill",
        "nbconvert",
    ):
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
    from .checksums import sha256_file

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


def _title(nb: Any, fallback: str) -> str:
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("# "):
                    return line[2:].strip()
    return fallback


def new_run_id(out_dir: str | Path | None = None) -> str:
    """A sortable run id: UTC time to the second, made unique within *out_dir*.

    Examples
    --------
    >>> len(new_run_id())
    16
    """
    base = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    if out_dir is None:
        return base
    run_id, n = base, 1
    while (Path(out_dir) / run_id).exists():
        n += 1
        run_id = f"{base}-{n}"
    return run_id


def run_notebook(
    name: str,
    *,
    parameters: Mapping[str, Any] | None = None,
    out_dir: str | Path | None = None,
    run_id: str | None = None,
    output_name: str | None = None,
    update_index: bool = True,
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
    spec = _spec(notebook_path(name), dict(parameters or {}), Path.cwd())
    if output_name:
        spec = RunSpec(spec.notebook, spec.parameters, spec.given, output_name)
    out_root = Path(out_dir) if out_dir else config.REPORTS_DIR
    return _execute(spec, out_root, run_id or new_run_id(out_root), update_index=update_index)


def _execute(spec: RunSpec, out_root: Path, run_id: str, *, update_index: bool) -> RunResult:
    import nbformat
    import papermill as pm

    path = Path(spec.notebook)
    folder = out_root / run_id
    folder.mkdir(parents=True, exist_ok=True)
    executed = folder / f"{spec.name}.ipynb"
    figures_path = folder / f".{spec.name}.figures.json"
    figures_path.unlink(missing_ok=True)
    nb_in = nbformat.read(path, as_version=4)
    result = RunResult(
        spec.stem, _title(nb_in, spec.stem), run_id, spec.parameters, spec.name, spec.given
    )
    result.started = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    t0 = time.perf_counter()
    saved = {key: os.environ.get(key) for key in (RECORD_ENV, "MPLBACKEND")}
    os.environ[RECORD_ENV] = str(figures_path)
    # The kernel inherits our environment: figures must render inline even when
    # a scheduler sets MPLBACKEND=Agg for the runner itself.
    os.environ["MPLBACKEND"] = "module://matplotlib_inline.backend_inline"
    kernel_log = folder / f"{spec.name}.log"
    try:
        with _stderr_to(kernel_log):
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
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
    if kernel_log.exists() and kernel_log.stat().st_size == 0:
        kernel_log.unlink()
    result.seconds = round(time.perf_counter() - t0, 2)
    result.finished = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    if figures_path.exists():
        result.figures = json.loads(figures_path.read_text(encoding="utf-8"))
        figures_path.unlink()
    result.versions = _versions()
    result.git_commit = _git_commit()
    result.sample_sha256 = _sample_digest()
    result.data_sha256 = _data_digests(spec.parameters)
    last_good = None if result.status == "ok" else _last_good(out_root, result)
    try:
        if executed.exists():
            result.ipynb = executed.name
            report_html = export_html(nbformat.read(executed, as_version=4), result, last_good)
        else:
            report_html = _page(result, "<p>The notebook could not be executed.</p>", last_good)
    except Exception as exc:  # the export itself failed: still leave an error page
        result.status = "failed"
        result.error = {"ename": type(exc).__name__, "evalue": f"HTML export: {exc}", "cell": ""}
        report_html = _page(result, "<p>The report could not be exported.</p>", last_good)
    html_path = folder / f"{spec.name}.html"
    _atomic_write(html_path, report_html)
    result.html = html_path.name
    _atomic_write(
        folder / f"{spec.name}.run.json", json.dumps(asdict(result), indent=2, default=str)
    )
    if update_index:
        write_index(out_root)
    return result


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


def _atomic_write(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)


# ---------------------------------------------------------------------------
# HTML: our page around nbconvert's basic template, cleaned
# ---------------------------------------------------------------------------

_CSS = """
:root{color-scheme:light}
body{font:16px/1.55 Georgia,'Times New Roman',serif;color:#1d1d1f;max-width:62rem;margin:2rem auto;padding:0 1.25rem;background:#fff}
h1,h2,h3,h4{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;line-height:1.25}
h1{font-size:1.9rem;border-bottom:2px solid #222;padding-bottom:.3rem}
h2{margin-top:2.2rem}
a{color:#0b5cad}
table{border-collapse:collapse;margin:1rem 0;font:14px/1.4 system-ui,sans-serif}
th,td{border-bottom:1px solid #ddd;padding:.3rem .6rem;text-align:left;vertical-align:top}
th{background:#f4f4f6}
td{font-variant-numeric:tabular-nums}
.output_html,.output_subarea{overflow-x:auto}
img{max-width:100%;height:auto}
pre{background:#f6f6f8;padding:.6rem;overflow-x:auto;font-size:13px;white-space:pre-wrap}
.output_stderr{display:none}
.meta{font:13px/1.5 system-ui,sans-serif;color:#444;background:#f7f7f9;border:1px solid #e3e3e8;padding:.6rem .8rem;border-radius:6px}
.chip{display:inline-block;background:#eef2f7;border-radius:999px;padding:0 .55rem;margin:0 .2rem .2rem 0;font-size:12px;white-space:nowrap}
.ok{background:#d8f0dc;color:#185c25}.failed{background:#f8d7d7;color:#8a1c1c}
.badge{display:inline-block;border-radius:4px;padding:0 .45rem;font:600 12px/1.7 system-ui,sans-serif}
.error{border:2px solid #c62828;background:#fff4f4;padding:.8rem;border-radius:6px;margin:1rem 0;font-family:system-ui,sans-serif}
tr.latest td{background:#f3fbf4}
td.date,table.runs td:last-child{white-space:nowrap}
.warn{color:#8a1c1c;font-size:12px}
.small{font-size:12px;color:#555}
details summary{cursor:pointer;font:14px system-ui,sans-serif;color:#333;margin:.5rem 0}
nav.toc a{margin-right:1rem}
a.anchor-link{visibility:hidden;text-decoration:none;margin-left:.3rem}
h1:hover a.anchor-link,h2:hover a.anchor-link,h3:hover a.anchor-link{visibility:visible}
"""


def _chips(params: Mapping[str, Any], empty: str = "") -> str:
    if not params:
        return f'<span class="chip">{html.escape(empty)}</span>' if empty else ""
    return "".join(
        f'<span class="chip">{html.escape(str(k))}={html.escape(_show(v))}</span>'
        for k, v in params.items()
    )


def _show(value: Any) -> str:
    if isinstance(value, str):
        return value if value else '""'
    if isinstance(value, list):
        return "[" + ", ".join(_show(v) for v in value) + "]"
    return str(value)


def _page(result: RunResult, body: str, last_good: Mapping[str, Any] | None = None) -> str:
    error = ""
    if result.error:
        if last_good:
            link = f"../{last_good['_folder']}/{last_good.get('html', '')}"
            keep = (
                f'The last good report of these parameters is <a href="{html.escape(link)}">'
                f"run {html.escape(last_good['run_id'])}</a>."
            )
        else:
            keep = "No earlier run of these parameters succeeded."
        error = (
            '<div class="error"><strong>This run failed.</strong> '
            f"{html.escape(result.error['ename'])}: {html.escape(result.error['evalue'])}"
            + (f" (cell {html.escape(result.error['cell'])})" if result.error.get("cell") else "")
            + f'. {keep} See <a href="../index.html">all reports</a>.</div>'
        )
    badge = f'<span class="badge {html.escape(result.status)}">{html.escape(result.status)}</span>'
    meta = (
        f'<div class="meta">{badge} {html.escape(result.notebook)} · run '
        f"{html.escape(result.run_id)} · {html.escape(result.started)} · "
        f"{result.seconds:.1f} s · newsresearch {__version__} · commit "
        f"{html.escape((result.git_commit or 'unknown')[:10])} · "
        f'<a href="../index.html">all reports</a><br>{_chips(result.parameters)}</div>'
    )
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width,initial-scale=1'>"
        f"<title>{html.escape(result.title)}</title><style>{_CSS}</style></head><body>"
        f"{meta}{error}{body}</body></html>"
    )


_CSS_URL = re.compile(r"url\(\s*(['\"]?)(?!data:|#)[^)]*\1\s*\)", re.IGNORECASE)
_CSS_IMPORT = re.compile(r"@import[^;]*;?", re.IGNORECASE)
_EXTERNAL = re.compile(r"^\s*(?:[a-z][a-z0-9+.-]*:|//)", re.IGNORECASE)
_RESOURCE_ATTRS = ("src", "srcset", "poster", "data", "background", "action", "formaction")


def sanitize_html(fragment: str) -> str:
    """Make an HTML fragment safe and self-contained: no scripts, handlers or outside resources.

    Removes scripts, event-handler attributes, ``javascript:`` URLs, frames,
    embeds, forms and ``<link>``/``<meta>`` elements (lxml's cleaner), then
    drops every resource that is not inline: images without a ``data:`` URL,
    ``src``-like attributes pointing anywhere, CSS ``url(...)`` and
    ``@import``. Links to other hosts lose their ``href`` (their text stays).

    Examples
    --------
    >>> sanitize_html('<p onclick="x()">Hi<script>alert(1)</script></p>')
    '<p>Hi</p>'
    >>> sanitize_html('<img src="https://example.org/x.png"><b>kept</b> &lt;i&gt;')
    '<b>kept</b> &lt;i&gt;'
    """
    import lxml.html
    from lxml_html_clean import Cleaner

    if not fragment.strip():
        return fragment
    cleaner = Cleaner(
        scripts=True,
        javascript=True,
        comments=True,
        style=False,
        inline_style=False,
        links=True,
        meta=True,
        page_structure=False,
        processing_instructions=True,
        embedded=True,
        frames=True,
        forms=True,
        annoying_tags=False,
        remove_unknown_tags=False,
        safe_attrs_only=False,
    )
    doc = lxml.html.fragment_fromstring(fragment, create_parent="div")
    doc = cleaner.clean_html(doc)
    for el in list(doc.iter()):
        if not isinstance(el.tag, str):
            continue
        tag = el.tag.lower()
        if tag == "img" and not (el.get("src") or "").startswith("data:"):
            el.drop_tree()
            continue
        for attr in list(el.attrib):
            low = attr.lower().split("}")[-1]
            value = el.get(attr) or ""
            if low in _RESOURCE_ATTRS and not (tag == "img" and low == "src"):
                if not value.startswith("data:"):
                    del el.attrib[attr]
            elif low == "href":
                if tag == "a" and not _EXTERNAL.match(value):
                    continue
                if tag != "a" and value.startswith("#"):
                    continue
                del el.attrib[attr]
            elif low == "style":
                el.set(attr, _CSS_IMPORT.sub("", _CSS_URL.sub("none", value)))
        if tag == "style" and el.text:
            el.text = _CSS_IMPORT.sub("", _CSS_URL.sub("none", el.text))
    inner = html.escape(doc.text or "", quote=False)
    return inner + "".join(lxml.html.tostring(child, encoding="unicode") for child in doc)


def export_html(nb: Any, result: RunResult, last_good: Mapping[str, Any] | None = None) -> str:
    """Code-free HTML of an executed notebook: no inputs, no stderr, no scripts, no outside URLs."""
    from nbconvert import HTMLExporter

    section = result.title
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            headings = [
                ln.lstrip("#").strip() for ln in cell.source.splitlines() if ln.startswith("#")
            ]
            section = headings[-1] if headings else section
        if cell.cell_type == "code":
            cell.outputs = [
                o
                for o in cell.get("outputs", [])
                if not (o.get("output_type") == "stream" and o.get("name") == "stderr")
            ]
            for o in cell.outputs:  # images get a description: the section they belong to
                for mime in ("image/png", "image/jpeg"):
                    if mime in o.get("data", {}):
                        meta = o.setdefault("metadata", {}).setdefault(mime, {})
                        meta.setdefault("alt", f"Figure: {section}")
    exporter = HTMLExporter(template_name="basic", exclude_input=True, exclude_input_prompt=True)
    exporter.exclude_output_prompt = True
    body, _ = exporter.from_notebook_node(nb)
    return _page(result, sanitize_html(body), last_good)


# ---------------------------------------------------------------------------
# The index page
# ---------------------------------------------------------------------------


def _load_runs(out_root: Path) -> list[dict[str, Any]]:
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
        runs.append(run)
    runs.sort(key=lambda r: (r.get("started", ""), r.get("run_id", ""), r["name"]), reverse=True)
    return runs


def _last_good(out_root: Path, result: RunResult) -> dict[str, Any] | None:
    key = _canonical(result.parameters)
    for run in _load_runs(out_root):
        if (
            run["notebook"] == result.notebook
            and run.get("status") == "ok"
            and _canonical(run.get("parameters", {})) == key
        ):
            return run
    return None


def _when(iso: str) -> str:
    try:
        return dt.datetime.fromisoformat(iso).strftime("%Y-%m-%d %H:%M UTC")
    except (TypeError, ValueError):
        return iso or ""


def _figures(run: Mapping[str, Any]) -> str:
    return "".join(
        f'<span class="chip">{html.escape(str(k))}: {html.escape(_show(v))}</span>'
        for k, v in (run.get("figures") or {}).items()
    )


def _link(run: Mapping[str, Any]) -> str:
    href = html.escape(f"{run['_folder']}/{run.get('html', '')}")
    label = "open report" if run.get("status") == "ok" else "error page"
    return f'<a href="{href}">{label}</a>'


def _badge(status: str) -> str:
    s = html.escape(status or "unknown")
    return f'<span class="badge {s}">{s}</span>'


def _error_note(run: Mapping[str, Any]) -> str:
    error = run.get("error") or {}
    if not error:
        return ""
    return (
        f"<br><span class='warn'>{html.escape(str(error.get('ename', '')))}: "
        f"{html.escape(str(error.get('evalue', ''))[:160])}</span>"
    )


def _given(run: Mapping[str, Any]) -> dict[str, Any]:
    return run.get("given", run.get("parameters", {})) or {}


def write_index(out_root: str | Path | None = None) -> Path:
    """Write ``index.html``: per notebook, the latest good report per parameter set, then every run.

    The page is self-contained (inline CSS, no JavaScript) and uses relative
    links, so the reports folder can be copied or opened from disk.
    """
    out_root = Path(out_root) if out_root else config.REPORTS_DIR
    runs = _load_runs(out_root)
    by_nb: dict[str, list[dict[str, Any]]] = {}
    for run in runs:
        by_nb.setdefault(run["notebook"], []).append(run)
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    n_failed = sum(r.get("status") != "ok" for r in runs)
    parts = [
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>",
        "<meta name='viewport' content='width=device-width,initial-scale=1'>",
        f"<title>newsresearch reports</title><style>{_CSS}</style></head><body>",
        "<h1>newsresearch reports</h1>",
        f"<p class='meta'>{len(by_nb)} notebooks · {len(runs)} runs ({n_failed} failed) · "
        f"updated {html.escape(_when(now))}. For each notebook and parameter set the newest "
        "good report is listed first; a newer failed run never replaces it.</p>",
    ]
    if not runs:
        parts.append("<p>No reports yet. Run <code>make report</code>.</p>")
    else:
        parts.append(
            "<nav class='toc'>"
            + "".join(f"<a href='#{html.escape(nb)}'>{html.escape(nb)}</a>" for nb in sorted(by_nb))
            + "</nav>"
        )
    for nb_name in sorted(by_nb):
        nb_runs = by_nb[nb_name]
        groups: dict[str, list[dict[str, Any]]] = {}
        for run in nb_runs:  # newest first, so each group is newest first too
            groups.setdefault(_canonical(run.get("parameters", {})), []).append(run)
        latest_ids = set()
        parts.append(
            f"<h2 id='{html.escape(nb_name)}'>{html.escape(nb_runs[0].get('title', nb_name))} "
            f"<span class='small'>{html.escape(nb_name)}</span></h2>"
        )
        parts.append(
            "<table class='runs'><tr><th>date</th><th>status</th><th>parameters</th><th>seconds</th>"
            "<th>key figures</th><th>report</th></tr>"
        )
        for group in groups.values():
            good = next((r for r in group if r.get("status") == "ok"), None)
            shown = good or group[0]
            latest_ids.add(id(shown))
            note = ""
            if good is not None and group[0] is not good:
                newer = group[0]
                note = (
                    f"<br><span class='warn'>a newer run failed ({html.escape(_when(newer.get('started', '')))}, "
                    f"{html.escape((newer.get('error') or {}).get('ename', ''))}): {_link(newer)}</span>"
                )
            status = "latest good" if good is not None else "never succeeded" + _error_note(shown)
            parts.append(
                f"<tr class='{'latest' if good is not None else ''}'>"
                f"<td class='date'>{html.escape(_when(shown.get('started', '')))}</td>"
                f"<td>{_badge(shown.get('status', ''))} <span class='small'>{status}</span></td>"
                f"<td>{_chips(_given(shown), 'defaults')}</td>"
                f"<td>{float(shown.get('seconds', 0)):.1f}</td><td>{_figures(shown)}</td>"
                f"<td>{_link(shown)}{note}</td></tr>"
            )
        parts.append("</table>")
        if len(nb_runs) == len(groups):
            continue  # every run is in the table above
        parts.append(
            f"<details{' open' if len(nb_runs) <= 10 else ''}><summary>all {len(nb_runs)} runs of "
            f"{html.escape(nb_name)}, newest first</summary><table class='runs'><tr><th>date</th><th>run</th>"
            "<th>status</th><th>parameters</th><th>seconds</th><th>key figures</th><th>report</th></tr>"
        )
        for run in nb_runs:
            latest = id(run) in latest_ids and run.get("status") == "ok"
            parts.append(
                f"<tr class='{'latest' if latest else ''}'>"
                f"<td class='date'>{html.escape(_when(run.get('started', '')))}</td>"
                f"<td class='small'>{html.escape(run['_folder'])}</td>"
                f"<td>{_badge(run.get('status', ''))}{_error_note(run)}</td>"
                f"<td>{_chips(_given(run), 'defaults')}</td>"
                f"<td>{float(run.get('seconds', 0)):.1f}</td><td>{_figures(run)}</td>"
                f"<td>{_link(run)}</td></tr>"
            )
        parts.append("</table></details>")
    parts.append("</body></html>")
    index = out_root / "index.html"
    out_root.mkdir(parents=True, exist_ok=True)
    _atomic_write(index, "".join(parts))
    return index


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


def _run_in_worker(spec: RunSpec, out_root: str, run_id: str, announce: bool) -> RunResult:
    """Run one spec in a worker process (top level, so that it can be pickled)."""
    if announce:
        _say(_line("START", spec))
    return _execute(spec, Path(out_root), run_id, update_index=False)


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
    _atomic_write(folder / result.html, _page(result, body, _last_good(out_root, result)))
    _atomic_write(
        folder / f"{spec.name}.run.json", json.dumps(asdict(result), indent=2, default=str)
    )
    return result


def _longest_first(specs: list[RunSpec], out_root: Path) -> list[int]:
    """Plan positions ordered by how long each run took last time, longest (or unknown) first.

    With several workers, starting the long runs first shortens the batch.
    """
    last: dict[str, float] = {}
    for run in reversed(_load_runs(out_root)):  # oldest first, so the newest wins
        last[run["name"]] = float(run.get("seconds") or 0.0)
    return sorted(range(len(specs)), key=lambda i: -last.get(specs[i].name, float("inf")))


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
        say(_line("OK" if result.status == "ok" else "FAILED", specs[i], result.seconds, extra))
        write_index(out_root)
        if bar is not None:
            bar.update(1)

    try:
        if jobs == 1 or len(specs) == 1:
            for i, spec in enumerate(specs):
                if bar is not None:
                    bar.set_postfix_str(spec.name)
                else:
                    say(_line("START", spec))
                try:
                    result = _execute(spec, out_root, run_id, update_index=False)
                except Exception as exc:  # our own failure: keep going, report it
                    log.exception("run of %s failed", spec.name)
                    result = _failed_result(spec, out_root, run_id, exc)
                finished(i, result)
        else:
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
                    pool.submit(_run_in_worker, specs[i], str(out_root), run_id, bar is None): i
                    for i in _longest_first(specs, out_root)
                }
                for future in as_completed(futures):
                    i = futures[future]
                    try:
                        result = future.result()
                    except Exception as exc:
                        log.exception("run of %s failed", specs[i].name)
                        result = _failed_result(specs[i], out_root, run_id, exc)
                    finished(i, result)
    finally:
        if bar is not None:
            bar.close()
        write_index(out_root)
    return [results[i] for i in sorted(results)]
