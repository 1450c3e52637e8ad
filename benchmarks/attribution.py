"""Attribution speed on real news text (the AllSides/ABP archive).

Usage::

    python benchmarks/attribution.py [--corpus ../shared/data/abp/jsons.tar.gz] [--limit 2000]

Prints articles/s and attributions/s on one core. Target (issue 5): 200 articles/s per core.
"""

from __future__ import annotations

import argparse
import sys
import time

from _abp import add_corpus_argument, corpus_or_skip

import newsresearch as nr


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_corpus_argument(parser)
    parser.add_argument("--limit", type=int, default=2000)
    args = parser.parse_args(argv)
    path = corpus_or_skip(args.corpus)
    if path is None:
        return 0
    corpus = nr.load_corpus(path, limit=args.limit, progress=False)
    chars = int(corpus["text"].str.len().sum())
    t0, c0 = time.perf_counter(), time.process_time()
    found = nr.attributions(corpus)
    seconds = time.perf_counter() - t0
    cpu = time.process_time() - c0
    print(f"articles: {len(corpus):,} ({chars / 1e6:.1f} M characters)")
    print(f"attributions: {len(found):,} ({len(found) / len(corpus):.1f} per article)")
    print(f"wall time (one core): {seconds:.1f} s; CPU time {cpu:.1f} s")
    print(
        f"articles per CPU-second: {len(corpus) / cpu:,.0f} (independent of other load on the machine)"
    )
    print(f"articles/s: {len(corpus) / seconds:,.0f}   attributions/s: {len(found) / seconds:,.0f}")
    print("kinds:", found["kind"].value_counts().to_dict())
    print(
        "target (>= 200 articles/s per core):", "MET" if len(corpus) / seconds >= 200 else "NOT MET"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
