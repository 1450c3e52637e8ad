"""Notebook parameters and batch plans: what a run of a notebook is given.

A notebook declares its parameters in one cell tagged ``parameters``, as
annotated literals with a help comment (``seed: int = 42  # random seed``).
:func:`validate_parameters` checks given values against those declarations;
:func:`plan_runs` and :func:`load_runs` (a ``runs.yaml`` grid) turn notebooks
and parameter sets into :class:`RunSpec` objects, all checked before anything runs.
"""

from __future__ import annotations

import ast
import datetime as dt
import glob
import hashlib
import itertools
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .. import config
from .notebook import default_notebooks, notebook_path

__all__ = [
    "RunSpec",
    "canonical",
    "load_parameters_file",
    "load_runs",
    "notebook_parameters",
    "plan_runs",
    "spec_for",
    "validate_parameters",
]

_RUNS_KEYS = ("notebooks", "parameters", "grid")
_RUNS_TOP_KEYS = ("defaults", "runs")


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


class _Invalid(Exception):
    """Raised by a coercer; ``args[0]`` names what the value should have been (or None)."""


def _to_number(value: Any, kind: type) -> Any:
    if isinstance(value, bool):
        raise _Invalid(None)
    if kind is int and isinstance(value, float):
        if value.is_integer():
            return int(value)
        raise _Invalid(None)
    if isinstance(value, int | float):
        return kind(value)
    if isinstance(value, str):
        try:
            return kind(value.strip())
        except ValueError:
            raise _Invalid(None) from None
    raise _Invalid(None)


def _to_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in _TRUE + _FALSE:
        return value.strip().lower() in _TRUE
    raise _Invalid(f"bool (one of {list(_TRUE + _FALSE)})")


def _to_str(value: Any, help_text: str) -> str:
    if isinstance(value, dt.datetime):
        value = value.date().isoformat()
    elif isinstance(value, dt.date):
        value = value.isoformat()
    if not isinstance(value, str):
        raise _Invalid(None)
    if "YYYY-MM-DD" in help_text and value.strip():
        try:
            return dt.date.fromisoformat(value.strip()).isoformat()
        except ValueError:
            raise _Invalid("date (YYYY-MM-DD)") from None
    return value


def _literal(text: str) -> Any:
    try:
        return ast.literal_eval(text)
    except (ValueError, SyntaxError):
        raise _Invalid(None) from None


def _to_list(value: Any) -> list[Any]:
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return []
        if text.startswith("["):
            return list(_literal(text))
        return [v.strip() for v in text.split(",")]
    if isinstance(value, list | tuple):
        return list(value)
    return [value]


def _to_dict(value: Any) -> dict[Any, Any]:
    if isinstance(value, str):
        value = _literal(value)
    if not isinstance(value, dict):
        raise _Invalid(None)
    return value


def _coerce(name: str, value: Any, spec: Mapping[str, Any]) -> Any:
    """Coerce a value (a command-line string or a YAML value) to the declared type.

    ``int``, ``float``, ``bool``, ``str``, ``list`` (also ``list[int]`` ...)
    and ``dict`` are checked; a ``str`` parameter whose help mentions
    ``YYYY-MM-DD`` must be an ISO date (or empty). Other annotations pass
    values through.
    """
    kind = spec["type"].replace(" ", "")
    help_text = spec.get("help", "")
    try:
        if value is None:
            if spec.get("default") is None:
                return None
            raise _Invalid(None)
        if kind in ("int", "float"):
            return _to_number(value, int if kind == "int" else float)
        if kind == "bool":
            return _to_bool(value)
        if kind == "str":
            return _to_str(value, help_text)
        if kind == "dict" or kind.startswith("dict["):
            return _to_dict(value)
        if not (kind == "list" or kind.startswith(("list[", "List["))):
            return value
        items = _to_list(value)
    except _Invalid as exc:
        what = exc.args[0] or kind
        raise ValueError(f"parameter {name}={value!r} is not a valid {what}") from None
    inner = kind[5:-1] if kind.endswith("]") else ""
    if inner not in ("int", "float", "str", "bool"):
        return items
    item_spec = {"type": inner, "help": help_text, "default": ""}
    return [_coerce(f"{name}[{i}]", v, item_spec) for i, v in enumerate(items)]


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


def canonical(params: Mapping[str, Any]) -> str:
    """A parameter set as one comparable string (sorted keys, dates as text)."""
    return json.dumps(params, sort_keys=True, default=str, ensure_ascii=False)


def _run_name(stem: str, given: Mapping[str, Any]) -> str:
    """``stem`` for default parameters, else ``stem--label-hash`` (file-system safe)."""
    if not given:
        return stem
    label = "-".join(f"{k}-{v}" for k, v in sorted(given.items()))
    label = re.sub(r"[^A-Za-z0-9]+", "-", label).strip("-").lower()[:48].strip("-")
    digest = hashlib.sha256(canonical(given).encode("utf-8")).hexdigest()[:6]
    return f"{stem}--{label}-{digest}" if label else f"{stem}--{digest}"


def spec_for(path: Path, given: Mapping[str, Any], base_dir: Path) -> RunSpec:
    """The :class:`RunSpec` of one notebook with *given* parameters (checked and completed)."""
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
        key = (spec.notebook, canonical(spec.parameters))
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
        [spec_for(p, {k: v for k, v in parameters.items() if k in specs[p]}, base) for p in paths]
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
                    specs.append(spec_for(p, given, base))
    _check_names(defaults, all_paths, f"`defaults` in {path}")
    _check_names(overrides, all_paths, f"the notebooks of {path}")
    if keep is not None and not specs:
        raise ValueError(
            f"{path} has no runs of {sorted(p.stem for p in keep)}; "
            f"valid values are {sorted(p.stem for p in all_paths)}"
        )
    return _dedupe(specs)
