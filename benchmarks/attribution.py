"""Attribution speed on real news text (the AllSides/ABP archive).

Usage::

    python benchmarks/attribution.py [--corpus ../shared/data/abp/jsons.tar.gz] [--limit 2000]

Prints articles and attributions per second on one core, after a warm-up that pays the one-off
start-up cost (imports, Punkt, cue and name tables; printed on its own). Target (issues 5 and
13): 200 articles per CPU-second on one core.
"""

from __future__ import annotations

import argparse
import sys
import time

import pandas as pd
from _abp import add_corpus_argument, corpus_or_skip

import newsresearch as nr

#: A short text (invented) that loads every resource the rules use before the clock starts.
_WARM_UP = (
    'Sen. Ada Voss said the plan "will not pass." Critics, according to Hal Brun, claimed '
    "that it was costly. She denied it."
)


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
    # one-off start-up (nltk and its imports, Punkt, the cue and name tables), paid once per
    # process whatever the corpus size: timed on its own and not charged to the articles
    w0 = time.process_time()
    nr.attributions(pd.Series([_WARM_UP], index=["warm-up"]))
    warm = time.process_time() - w0
    t0, c0 = time.perf_counter(), time.process_time()
    found = nr.attributions(corpus)
    seconds = time.perf_counter() - t0
    cpu = time.process_time() - c0
    print(f"articles: {len(corpus):,} ({chars / 1e6:.1f} M characters)")
    print(f"attributions: {len(found):,} ({len(found) / len(corpus):.1f} per article)")
    print(f"start-up (imports and tables, once per process, not counted): {warm:.2f} CPU s")
    print(f"wall time (one core): {seconds:.1f} s; CPU time {cpu:.1f} s")
    print(
        f"articles per CPU-second: {len(corpus) / cpu:,.0f} (independent of other load on the machine)"
    )
    print(f"articles/s: {len(corpus) / seconds:,.0f}   attributions/s: {len(found) / seconds:,.0f}")
    print("kinds:", found["kind"].value_counts().to_dict())
    print(
        "target (>= 200 articles per CPU-second on one core):",
        "MET" if len(corpus) / cpu >= 200 else "NOT MET",
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
