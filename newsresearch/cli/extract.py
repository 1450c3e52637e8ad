"""``extract``: feature tables (Parquet) for a corpus, on all cores, with a cache."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from .status import EXIT_OK, SOURCE_HELP, bad_input, command

__all__ = ["add_parsers"]


def add_parsers(sub: Any) -> None:
    """Add ``extract``."""
    from ..config import CACHE_DIR

    p = command(
        sub,
        "extract",
        "compute feature tables (Parquet) for a corpus, on all cores, with a cache",
        "Tables: documents, sentences, frames, attributions, actor_sentiment, stance_triples.",
    )
    p.add_argument("source", help=SOURCE_HELP)
    p.add_argument("--out", required=True, help="folder for <table>.parquet and manifest.json")
    p.add_argument(
        "--analyses",
        default=None,
        help="comma-separated, from actors, attributions, frames, sentence_frames, sentiment, "
        "stance (default: all but sentence_frames)",
    )
    p.add_argument("--jobs", type=int, default=None, help="processes (default: all cores)")
    p.add_argument(
        "--engine",
        choices=["local", "dask"],
        default="local",
        help="local processes, or a dask.distributed cluster (default: local)",
    )
    p.add_argument(
        "--scheduler", default=None, help="Dask scheduler address (default: a LocalCluster)"
    )
    p.add_argument("--cache", default=str(CACHE_DIR), help="cache folder (default: %(default)s)")
    p.add_argument("--no-cache", action="store_true", help="compute everything, cache nothing")
    p.add_argument("--chunk-size", type=int, default=200, help="documents per task")
    p.add_argument("--limit", type=int, default=None, help="read at most N input records")
    p.add_argument("--scheme", default=None, help="frame scheme or lexicon file (default: generic)")
    p.add_argument(
        "--convention",
        choices=["default", "parc"],
        default=None,
        help="attribution span convention: default (ours) or parc (PARC 3.0 / PolNeAR)",
    )
    p.add_argument(
        "--whole-text",
        action="store_true",
        help=(
            "also score each whole text with VADER (compound_whole_text etc. in the documents "
            "table; saturates near +-1 on articles; about 5x slower)"
        ),
    )
    p.set_defaults(func=extract)


def _options(args: argparse.Namespace, analyses: list[str] | None) -> dict[str, dict[str, Any]]:
    options: dict[str, dict[str, Any]] = {}
    if args.scheme:
        options = {"frames": {"scheme": args.scheme}, "sentence_frames": {"scheme": args.scheme}}
    if args.whole_text:
        options["sentiment"] = {"whole_text": True}
    if args.convention:
        options["attributions"] = {"convention": args.convention}
    return {k: v for k, v in options.items() if analyses is None or k in analyses}


def extract(args: argparse.Namespace) -> int:
    """Load the corpus, extract its features into ``--out``, print what was computed."""
    from ..loaders import load_corpus
    from ..pipeline import extract as run

    interactive = sys.stderr.isatty()
    try:
        corpus = load_corpus(args.source, limit=args.limit, progress=interactive)
    except (FileNotFoundError, ValueError) as exc:
        return bad_input(exc)
    report = corpus.attrs["load_report"]
    print(f"loaded {report.loaded:,} documents ({report.rejected:,} input records rejected)")
    analyses = [a.strip() for a in args.analyses.split(",")] if args.analyses else None
    try:
        result = run(
            corpus,
            analyses=analyses,
            jobs=args.jobs,
            engine=args.engine,
            scheduler=args.scheduler,
            cache=None if args.no_cache else args.cache,
            out=args.out,
            chunk_size=args.chunk_size,
            progress=interactive,
            options=_options(args, analyses),
        )
    except (FileNotFoundError, ValueError) as exc:
        return bad_input(exc)
    s = result.stats
    print(
        f"{s['documents']:,} documents in {s['seconds']:.1f} s "
        f"({s['documents'] / max(s['seconds'], 1e-9):,.0f}/s); "
        f"computed {s['computed']}, cached {s['cached']}"
    )
    for name, path in result.paths.items():
        print(f"  {name:<16} {s['rows'][name]:>10,} rows  {path}")
    return EXIT_OK
