"""Run notebooks with papermill and publish code-free, offline HTML reports.

One runner serves the command line (``newsresearch report``), schedulers and
the tests. Where things are:

* :mod:`~newsresearch.reporting.notebook`: what notebooks call (:func:`record`,
  :func:`md_escape`) and where notebooks are (:func:`default_notebooks`,
  :func:`notebook_path`);
* :mod:`~newsresearch.reporting.parameters`: a notebook's declared parameters,
  their checking (:func:`validate_parameters`) and batch plans
  (:func:`plan_runs`, :func:`load_runs`, :class:`RunSpec`);
* :mod:`~newsresearch.reporting.runner`: execution with papermill
  (:func:`run_notebook`), run records and batches in parallel (:func:`run_reports`);
* :mod:`~newsresearch.reporting.result`: the run record (:class:`RunResult`);
* :mod:`~newsresearch.reporting.sanitize`: the HTML sanitiser (:func:`sanitize_html`),
  a security boundary, alone in its module;
* :mod:`~newsresearch.reporting.page`: the report page (:func:`export_html`);
* :mod:`~newsresearch.reporting.index`: the index page (:func:`write_index`).

``<name>`` of a run's files is the notebook's name for a run with its default
parameters, and the notebook's name plus a short label of the parameters
otherwise (``04_attribution--outlets-the-harbor-ledger-1a2b3c``), so a grid of
runs fits in one batch folder (see :mod:`~newsresearch.reporting.runner`).

Reports use nbconvert's ``basic`` template inside our own page: inline CSS, no
JavaScript, no external URLs (every page is also passed through an allowlist
sanitiser), so they open from disk on a machine with no network.

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

nbconvert, papermill and nh3 are imported by the functions that use them, not
by ``import newsresearch.reporting``.
"""

from __future__ import annotations

from .index import write_index
from .notebook import RECORD_ENV, default_notebooks, md_escape, notebook_path, record
from .page import export_html
from .parameters import (
    RunSpec,
    load_parameters_file,
    load_runs,
    notebook_parameters,
    plan_runs,
    validate_parameters,
)
from .result import RunResult
from .runner import new_run_id, run_notebook, run_reports
from .sanitize import sanitize_html

__all__ = [
    "RECORD_ENV",
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
