"""The ``newsresearch`` command (also ``python -m newsresearch``).

Subcommands::

    newsresearch doctor                      check the installation, offline resources and sample
    newsresearch load SOURCE [--format F]    load a corpus and print its load report
    newsresearch fetch abp --dest DIR [--url URL] [--sha256 HEX]
    newsresearch extract SOURCE --out DIR [--jobs N] [--engine dask --scheduler ADDRESS]
    newsresearch report [--notebook NAME ...] [--corpus SOURCE] [-p NAME VALUE ...]
                        [-f PARAMS.yaml] [--runs RUNS.yaml] [--out DIR] [--jobs N]
    newsresearch evaluate sentences|attribution|sentiment|framing|stance [--gold FILE]
    newsresearch validate sample FEATURES --corpus SOURCE --answer COLUMN --out DIR
                        [--codebook BOOK.yaml] [--n N] [--by COLUMN] [--coders A,B]
    newsresearch validate agreement SHEET ... --sample DIR/sample.csv [--features FEATURES]
    newsresearch export FEATURES --table NAME --out FILE.{csv,parquet,dta} [--corpus SOURCE]

Exit status, for every command: 0 on success, 1 when the work ran and found
failures (a failed check, report or download), 2 on bad input (a missing
file, an unknown option or value), with a message on stderr that says what
was wrong and what to do.

=====================  ==========================================
module                 commands
=====================  ==========================================
:mod:`.corpus`         ``doctor``, ``load``, ``fetch``
:mod:`.extract`        ``extract``
:mod:`.report`         ``report``
:mod:`.evaluate`       ``evaluate``
:mod:`.validate`       ``validate``, ``export``
=====================  ==========================================
"""

from __future__ import annotations

import argparse
import logging

from . import corpus, evaluate, extract, report, validate
from .status import EXIT_BAD_INPUT, EXIT_FAILURES, EXIT_OK

__all__ = ["EXIT_BAD_INPUT", "EXIT_FAILURES", "EXIT_OK", "build_parser", "main"]

_COMMAND_GROUPS = (corpus, extract, report, evaluate, validate)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every subcommand (each group adds its own)."""
    parser = argparse.ArgumentParser(prog="newsresearch", description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress")
    sub = parser.add_subparsers(dest="command", required=True)
    for group in _COMMAND_GROUPS:
        group.add_parsers(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status (see the module notes).

    Examples
    --------
    >>> main(["load", "no-such-file.jsonl"])
    2
    """
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exc:  # argparse: --help (0) or a usage error (2, message on stderr)
        return exc.code if isinstance(exc.code, int) else EXIT_BAD_INPUT
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING, format="%(message)s"
    )
    return args.func(args)
