"""The ``newsresearch`` command (also ``python -m newsresearch``).

Subcommands::

    newsresearch doctor                      check the installation, offline resources and sample
    newsresearch load SOURCE [--format F]    load a corpus and print its load report
    newsresearch report [--notebook NAME ...] [--corpus SOURCE] [-p NAME VALUE ...]
                        [-f PARAMS.yaml] [--runs RUNS.yaml] [--out DIR] [--jobs N]
    newsresearch extract SOURCE --out DIR [--jobs N] [--engine dask --scheduler ADDRESS]
    newsresearch evaluate sentences|attribution|sentiment|framing [--gold FILE]
    newsresearch fetch abp --dest DIR [--url URL] [--sha256 HEX]
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable
from pathlib import Path


def _doctor(args: argparse.Namespace) -> int:
    from importlib.metadata import PackageNotFoundError, version

    from . import config
    from .checksums import verify_sha256sums

    failures = 0

    def check(label: str, func: Callable[[], str]) -> None:
        nonlocal failures
        try:
            detail = func()
            print(f"  ok    {label}: {detail}")
        except Exception as exc:  # report every failing check, then exit non-zero
            failures += 1
            print(f"  FAIL  {label}: {exc}")

    print(f"newsresearch {version('newsresearch')} on Python {sys.version.split()[0]}")
    print("packages:")
    for pkg in (
        "pandas",
        "numpy",
        "scikit-learn",
        "nltk",
        "matplotlib",
        "vaderSentiment",
        "pyarrow",
        "tqdm",
        "trafilatura",
        "papermill",
        "nbconvert",
        "ipykernel",
    ):
        try:
            print(f"  ok    {pkg} {version(pkg)}")
        except PackageNotFoundError:
            optional = pkg in ("papermill", "nbconvert", "ipykernel")
            failures += 0 if optional else 1
            print(
                f"  {'warn' if optional else 'FAIL'}  {pkg} not installed"
                + (
                    " (needed for reports: pip install 'newsresearch[notebooks]')"
                    if optional
                    else ""
                )
            )
    print("offline resources:")

    def sentences() -> str:
        from .text import split_sentences

        spans = split_sentences("Sen. Voss left at 9 p.m. Tuesday. He said no.")
        if len(spans) != 2:
            raise RuntimeError(f"sentence splitter gave {len(spans)} sentences, expected 2")
        return "Punkt sentence splitter with the news abbreviation list"

    def vader() -> str:
        import vaderSentiment.vaderSentiment as vs

        lexicon = Path(vs.__file__).with_name("vader_lexicon.txt")
        if not lexicon.exists():
            raise FileNotFoundError(f"{lexicon} is missing; reinstall vaderSentiment")
        return f"VADER lexicon at {lexicon}"

    def kernel() -> str:
        from jupyter_client.kernelspec import KernelSpecManager

        specs = KernelSpecManager().find_kernel_specs()
        if "python3" not in specs:
            raise RuntimeError("no 'python3' kernel; run: python -m ipykernel install --sys-prefix")
        return specs["python3"]

    def sample() -> str:
        problems = verify_sha256sums(config.SAMPLE_DIR)
        if problems:
            raise RuntimeError("; ".join(problems[:5]))
        return f"{config.SAMPLE_DIR} matches SHA256SUMS"

    check("sentences", sentences)
    check("vader", vader)
    check("jupyter kernel", kernel)
    check("sample corpus", sample)
    print("all checks passed" if not failures else f"{failures} check(s) failed")
    return 1 if failures else 0


def _load(args: argparse.Namespace) -> int:
    from .loaders import load_corpus

    corpus = load_corpus(
        args.source,
        format=args.format,
        strict=args.strict,
        clean=not args.no_clean,
        limit=args.limit,
        progress=sys.stderr.isatty(),
    )
    report = corpus.attrs["load_report"]
    print(report)
    if args.problems:
        report.to_frame().to_csv(args.problems, index=False)
        print(f"wrote {len(report.problems)} problems to {args.problems}")
    if args.out:
        out = Path(args.out)
        corpus.reset_index(drop=True).to_parquet(out, index=False)
        print(f"wrote {len(corpus)} articles to {out}")
    return 0


def _report(args: argparse.Namespace) -> int:
    from . import config
    from .reporting import run_reports

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
        )
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    failed = [r for r in results if r.status != "ok"]
    out = Path(args.out) if args.out else config.REPORTS_DIR
    print(
        f"{len(results) - len(failed)} ok, {len(failed)} failed; index: {out / 'index.html'}",
        flush=True,
    )
    for r in failed:
        print(f"  failed: {out / r.run_id / r.html}", flush=True)
    return 1 if failed else 0


def _evaluate(args: argparse.Namespace) -> int:
    from .evaluation import EvaluationError

    try:
        if args.task == "sentences":
            from .evaluation.sentences import score_sentences

            print(score_sentences(args.gold))
            return 0
        if args.task == "attribution":
            from .evaluation.attribution import score_attributions

            print(score_attributions(args.gold, predictions_out=args.predictions_out))
            if args.predictions_out:
                print(f"wrote predictions to {args.predictions_out}")
            return 0
    except EvaluationError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if args.task == "sentiment":
        from .sentiment import cli_evaluate

        return cli_evaluate(args.gold, args.predictions_out)
    if args.task == "framing":
        from .framing import cli_evaluate

        return cli_evaluate(args.gold, args.method, args.scheme)
    raise AssertionError(args.task)


def _fetch(args: argparse.Namespace) -> int:
    from .fetch import DATASETS, FetchError, fetch

    try:
        path = fetch(args.dataset, args.dest, url=args.url, sha256=args.sha256)
    except FetchError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    ds = DATASETS[args.dataset]
    verified = bool(args.sha256 or ds.sha256)
    print(
        f"downloaded {path} ({path.stat().st_size:,} bytes); sha256 "
        + ("verified" if verified else "NOT verified (no expected digest known): ")
        + ("" if verified else path.with_name(path.name + ".sha256").read_text().split()[0])
    )
    print(f"licence: {ds.licence}. Please cite: {ds.citation}")
    print("load it with:\n    import newsresearch as nr\n    " + ds.how_to_load.format(path=path))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newsresearch", description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("doctor", help="check the installation, offline resources and sample")
    p.set_defaults(func=_doctor)

    p = sub.add_parser("load", help="load a corpus and print its load report")
    p.add_argument("source", help='"sample", a file, folder, glob or archive')
    p.add_argument("--format", default=None, help="force an input format")
    p.add_argument("--strict", action="store_true", help="stop at the first problem")
    p.add_argument("--no-clean", action="store_true", help="keep the raw text")
    p.add_argument("--limit", type=int, default=None, help="read at most N input records")
    p.add_argument("--problems", default=None, help="write the load report's problems to this CSV")
    p.add_argument("--out", default=None, help="write the corpus table to this Parquet file")
    p.set_defaults(func=_load)

    p = sub.add_parser(
        "report",
        help="run notebooks with papermill and write HTML reports",
        description=(
            "Run notebooks with papermill (kernel python3, each in its own folder) and write "
            "code-free offline HTML into OUT/<run-id>/ with run.json records and OUT/index.html. "
            "Exit status 1 when any run failed, 2 for a configuration error."
        ),
    )
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
    p.set_defaults(func=_report)

    p = sub.add_parser("evaluate", help="score an analysis against gold annotations")
    p.add_argument("task", choices=["sentences", "attribution", "sentiment", "framing"])
    p.add_argument(
        "--method",
        default="lexicon",
        choices=["lexicon", "classifier", "learned"],
        help="framing: lexicon (zero-shot), classifier or learned (PMI lexicon)",
    )
    p.add_argument("--scheme", default="generic", help="framing: generic, policy or a lexicon file")
    p.add_argument("--gold", default=None, help="gold file or folder (default: the sample gold)")
    p.add_argument("--predictions-out", default=None, help="write one prediction per line (JSONL)")
    p.set_defaults(func=_evaluate)

    from .pipeline import add_extract_parser

    add_extract_parser(sub)

    p = sub.add_parser("fetch", help="download a public corpus and verify its checksum")
    p.add_argument("dataset", choices=["abp"])
    p.add_argument("--dest", required=True, help="folder to download into")
    p.add_argument("--url", default=None, help="download from this address instead")
    p.add_argument("--sha256", default=None, help="expected SHA-256 of the file")
    p.set_defaults(func=_fetch)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING, format="%(message)s"
    )
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
