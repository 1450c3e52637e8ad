"""``doctor``, ``load`` and ``fetch``: the installation and the corpus."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from ..config import REPORT_PACKAGES, REQUIRED_PACKAGES
from .status import EXIT_FAILURES, EXIT_OK, SOURCE_HELP, bad_input, command

__all__ = ["add_parsers"]


def add_parsers(sub: Any) -> None:
    """Add ``doctor``, ``load`` and ``fetch``."""
    p = command(sub, "doctor", "check the installation, offline resources and sample")
    p.set_defaults(func=doctor)

    p = command(sub, "load", "load a corpus and print its load report")
    p.add_argument("source", help=SOURCE_HELP)
    p.add_argument("--format", default=None, help="force an input format")
    p.add_argument("--strict", action="store_true", help="stop at the first problem (exit 1)")
    p.add_argument("--no-clean", action="store_true", help="keep the raw text")
    p.add_argument("--limit", type=int, default=None, help="read at most N input records")
    p.add_argument("--problems", default=None, help="write the load report's problems to this CSV")
    p.add_argument("--out", default=None, help="write the corpus table to this Parquet file")
    p.set_defaults(func=load)

    p = command(sub, "fetch", "download a public corpus and verify its checksum")
    p.add_argument("dataset", choices=["abp"])
    p.add_argument("--dest", required=True, help="folder to download into")
    p.add_argument("--url", default=None, help="download from this address instead")
    p.add_argument("--sha256", default=None, help="expected SHA-256 of the file")
    p.set_defaults(func=fetch)


def _packages() -> int:
    """Print the version of each package; the number of missing required ones."""
    failures = 0
    print("packages:")
    for pkg in (*REQUIRED_PACKAGES, *REPORT_PACKAGES):
        try:
            print(f"  ok    {pkg} {version(pkg)}")
        except PackageNotFoundError:
            if pkg in REPORT_PACKAGES:
                print(
                    f"  warn  {pkg} not installed (needed for reports: "
                    "pip install 'newsresearch[notebooks]')"
                )
            else:
                failures += 1
                print(f"  FAIL  {pkg} not installed")
    return failures


def _check_sentences() -> str:
    from ..text import split_sentences

    spans = split_sentences("Sen. Voss left at 9 p.m. Tuesday. He said no.")
    if len(spans) != 2:
        raise RuntimeError(f"sentence splitter gave {len(spans)} sentences, expected 2")
    return "Punkt sentence splitter with the news abbreviation list"


def _check_vader() -> str:
    import vaderSentiment.vaderSentiment as vs

    lexicon = Path(vs.__file__).with_name("vader_lexicon.txt")
    if not lexicon.exists():
        raise FileNotFoundError(f"{lexicon} is missing; reinstall vaderSentiment")
    return f"VADER lexicon at {lexicon}"


def _check_kernel() -> str:
    from jupyter_client.kernelspec import KernelSpecManager

    specs = KernelSpecManager().find_kernel_specs()
    if "python3" not in specs:
        raise RuntimeError("no 'python3' kernel; run: python -m ipykernel install --sys-prefix")
    return specs["python3"]


def _check_sample() -> str:
    from .. import config
    from ..checksums import verify_sha256sums

    problems = verify_sha256sums(config.SAMPLE_DIR)
    if problems:
        raise RuntimeError("; ".join(problems[:5]))
    return f"{config.SAMPLE_DIR} matches SHA256SUMS"


_CHECKS: dict[str, Callable[[], str]] = {
    "sentences": _check_sentences,
    "vader": _check_vader,
    "jupyter kernel": _check_kernel,
    "sample corpus": _check_sample,
}


def doctor(args: argparse.Namespace) -> int:
    """Check packages, offline resources, the Jupyter kernel and the sample; 1 if any fails."""
    print(f"newsresearch {version('newsresearch')} on Python {sys.version.split()[0]}")
    failures = _packages()
    print("offline resources:")
    for label, check in _CHECKS.items():
        try:
            detail = check()
            print(f"  ok    {label}: {detail}")
        except Exception as exc:  # report every failing check, then exit non-zero
            failures += 1
            print(f"  FAIL  {label}: {exc}")
    print("all checks passed" if not failures else f"{failures} check(s) failed")
    return EXIT_FAILURES if failures else EXIT_OK


def load(args: argparse.Namespace) -> int:
    """Load a corpus, print its report and write what was asked for."""
    from ..corpus import LoadError
    from ..loaders import load_corpus

    try:
        corpus = load_corpus(
            args.source,
            format=args.format,
            strict=args.strict,
            clean=not args.no_clean,
            limit=args.limit,
            progress=sys.stderr.isatty(),
        )
    except LoadError as exc:  # --strict: the input was read and has a problem
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAILURES
    except (FileNotFoundError, ValueError) as exc:
        return bad_input(exc)
    report = corpus.attrs["load_report"]
    print(report)
    if args.problems:
        report.to_frame().to_csv(args.problems, index=False)
        print(f"wrote {len(report.problems)} problems to {args.problems}")
    if args.out:
        out = Path(args.out)
        corpus.reset_index(drop=True).to_parquet(out, index=False)
        print(f"wrote {len(corpus)} articles to {out}")
    return EXIT_OK


def fetch(args: argparse.Namespace) -> int:
    """Download a dataset and verify it; 1 when the download fails or does not match."""
    from ..fetch import DATASETS, FetchError
    from ..fetch import fetch as download

    try:
        path = download(args.dataset, args.dest, url=args.url, sha256=args.sha256)
    except FetchError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAILURES
    ds = DATASETS[args.dataset]
    verified = bool(args.sha256 or ds.sha256)
    print(
        f"downloaded {path} ({path.stat().st_size:,} bytes); sha256 "
        + ("verified" if verified else "NOT verified (no expected digest known): ")
        + ("" if verified else path.with_name(path.name + ".sha256").read_text().split()[0])
    )
    print(f"licence: {ds.licence}. Please cite: {ds.citation}")
    print("load it with:\n    import newsresearch as nr\n    " + ds.how_to_load.format(path=path))
    return EXIT_OK
