"""Load-speed benchmark: the AllSides/ABP archive read in place.

Usage::

    python benchmarks/load.py [--corpus ../shared/data/abp/jsons.tar.gz] [--limit N]

Prints wall time, articles/s, peak memory (max RSS of this process) and the load
report. Target (issue 2): all 37,554 articles in 30 s or less at 1.5 GB peak or less.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time

from _abp import add_corpus_argument, corpus_or_skip

import newsresearch as nr


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_corpus_argument(parser)
    parser.add_argument("--no-clean", action="store_true", help="skip chrome removal")
    parser.add_argument("--jobs", type=int, default=None, help="processes (default: all cores)")
    args = parser.parse_args(argv)
    path = corpus_or_skip(args.corpus)
    if path is None:
        return 0
    t0 = time.perf_counter()
    jobs = args.jobs if args.jobs is not None else nr.loaders._available_cores()
    corpus = nr.load_corpus(path, clean=not args.no_clean, progress=False, jobs=jobs)
    seconds = time.perf_counter() - t0
    main_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    # Upper bound: the main process's peak plus one worker's peak per worker.
    peak_mb = main_mb + child_mb * max(0, jobs)
    report = corpus.attrs["load_report"]
    print(report)
    print(f"articles loaded: {len(corpus):,}")
    print(f"wall time: {seconds:.1f} s")
    print(f"articles/s: {len(corpus) / seconds:,.0f}")
    print(f"processes: {jobs}")
    print(
        f"peak memory: {peak_mb:,.0f} MB (main {main_mb:,.0f} MB + {jobs} x worker "
        f"{child_mb:,.0f} MB, an upper bound)"
    )
    ok = seconds <= 30 and peak_mb <= 1536 and report.balanced
    print("targets (<=30 s, <=1.5 GB, balanced report):", "MET" if ok else "NOT MET")
    return 0


if __name__ == "__main__":
    sys.exit(main())
