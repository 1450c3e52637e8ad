"""``report``: run notebooks with papermill and write HTML reports."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from .status import EXIT_FAILURES, EXIT_INTERRUPTED, EXIT_OK, bad_input, command

__all__ = ["add_parsers"]


def add_parsers(sub: Any) -> None:
    """Add ``report``."""
    details = (
        "Each notebook runs in its own folder (kernel python3); code-free offline HTML goes "
        "into OUT/<run-id>/ with run.json records and OUT/index.html. "
        "Exit status 1 when any run failed, 2 for a configuration error."
    )
    p = command(sub, "report", "run notebooks with papermill and write HTML reports", details)
    p.add_argument(
        "--notebook",
        action="append",
        metavar="NAME",
        help="notebook name (repeatable); default: every notebook (with --runs: filter)",
    )
    p.add_argument("--corpus", default=None, help="value for the notebooks' corpus parameter")
    p.add_argument(
        "-p",
        "--param",
        nargs=2,
        action="append",
        metavar=("NAME", "VALUE"),
        help="set a notebook parameter (repeatable); lists as a,b or ['a', 'b']",
    )
    p.add_argument(
        "-f",
        "--parameters-file",
        default=None,
        metavar="PARAMS.yaml",
        help="YAML mapping of parameter values (-p and --corpus win over it)",
    )
    p.add_argument(
        "--runs",
        default=None,
        metavar="RUNS.yaml",
        help="a batch: notebooks x parameter sets (see runs.yaml); continues through failures",
    )
    p.add_argument("--out", default=None, help="reports folder (default: reports/)")
    p.add_argument(
        "-j", "--jobs", type=int, default=1, help="notebooks run at the same time (default 1)"
    )
    p.add_argument(
        "--force",
        action="store_true",
        help="execute every notebook even when its inputs are unchanged since a good run "
        "(by default such a run reuses that report)",
    )
    p.set_defaults(func=report)


def report(args: argparse.Namespace) -> int:
    """Run the reports; 1 when any run failed, 2 for a configuration error."""
    from .. import config
    from ..reporting import run_reports

    params: dict[str, str] = dict(args.param or [])
    if args.corpus:
        params["corpus"] = args.corpus
    try:
        results = run_reports(
            args.notebook or None,
            parameters=params,
            parameters_file=args.parameters_file,
            runs=args.runs,
            out_dir=args.out,
            jobs=args.jobs,
            force=args.force,
        )
    except (FileNotFoundError, ValueError) as exc:
        return bad_input(exc)
    except KeyboardInterrupt:
        print("interrupted: the running reports are recorded as interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    failed = [r for r in results if r.status != "ok"]
    reused = sum(bool(r.reused_from) for r in results)
    out = Path(args.out) if args.out else config.REPORTS_DIR
    print(
        f"{len(results) - len(failed)} ok ({reused} reused unchanged), {len(failed)} failed; "
        f"index: {out / 'index.html'}",
        flush=True,
    )
    for r in failed:
        print(f"  failed: {out / r.run_id / r.html}", flush=True)
    return EXIT_FAILURES if failed else EXIT_OK
