"""Digests of every feature table, to show that a refactoring leaves outputs unchanged.

Usage::

    python benchmarks/digests.py --out before.json [--limit 2000]
    python benchmarks/digests.py --compare before.json [--limit 2000]

For the sample corpus and the first ``--limit`` ABP articles (skipped with a
message when ``../shared`` is absent) it runs :func:`newsresearch.extract` with
every analysis (``sentence_frames`` included) and, on the sample, each public
analysis function, and records two SHA-256 digests per table:

``values``
    the column values alone (index dropped, columns in name order), so a change
    of index convention does not count;
``exact``
    index, column names and order, dtypes and values.

``--compare`` prints one line per table and exits 1 when any ``values``
digest differs.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

import pandas as pd

import newsresearch as nr
from newsresearch import config


def _plain(value: object) -> object:
    if hasattr(value, "tolist"):
        value = value.tolist()
    if isinstance(value, list | tuple):
        return repr([_plain(v) for v in value])
    return value


def _hash_frame(frame: pd.DataFrame) -> str:
    frame = frame.copy()
    for name in [c for c in frame.columns if frame[c].dtype == "object"]:
        frame[name] = frame[name].map(_plain)
    h = hashlib.sha256()
    h.update(repr(list(frame.columns)).encode())
    h.update(repr([str(t) for t in frame.dtypes]).encode())
    h.update(pd.util.hash_pandas_object(frame, index=False).to_numpy().tobytes())
    return h.hexdigest()


def digests(frame: pd.DataFrame) -> dict[str, object]:
    """The ``values`` and ``exact`` digests of one table, with its row count."""
    values = frame.reset_index(drop=True)
    values = values[sorted(values.columns)]
    exact = frame.reset_index()
    h = hashlib.sha256(_hash_frame(exact).encode())
    h.update(repr(list(frame.index.names)).encode())
    return {"rows": len(frame), "values": _hash_frame(values), "exact": h.hexdigest()}


def _pipeline_tables(corpus: pd.DataFrame, prefix: str) -> dict[str, dict]:
    analyses = list(nr.pipeline.ANALYSES)
    result = nr.extract(corpus, analyses=analyses, jobs=2, progress=False)
    return {f"{prefix}/extract/{name}": digests(result[name]) for name in result.names}


def _api_tables(corpus: pd.DataFrame) -> dict[str, dict]:
    calls = {
        # whole_text=True: the default before 0.2 (now False), so the baseline compares like with
        # like; since 0.2 its columns are named neg_whole_text ... compound_whole_text
        "sentiment": lambda: nr.sentiment(corpus, whole_text=True),
        "sentiment_sentences": lambda: nr.sentiment(corpus, level="sentence"),
        "frames": lambda: nr.frames(corpus),
        "frames_policy": lambda: nr.frames(corpus, scheme="policy"),
        "attributions": lambda: nr.attributions(corpus),
        "actor_sentiment": lambda: nr.actor_sentiment(corpus),
        "stance_triples": lambda: nr.stance_triples(corpus),
        "sentences": lambda: nr.sentences(corpus),
        "mentions": lambda: nr.mentions(corpus),
        "tokens": lambda: nr.tokens(corpus),
    }
    return {f"sample/api/{name}": digests(call()) for name, call in calls.items()}


def collect(limit: int) -> dict[str, dict]:
    """Digests of every table for the sample and (when present) the ABP head."""
    sample = nr.load_corpus("sample")
    out = _pipeline_tables(sample, "sample")
    out.update(_api_tables(sample))
    abp = config.SHARED_DIR / "data" / "abp" / "jsons.tar.gz"
    if not limit:
        print("skipping ABP: --limit 0", file=sys.stderr)
    elif abp.exists():
        corpus = nr.load_corpus(abp, limit=limit, progress=False)
        out.update(_pipeline_tables(corpus, f"abp{limit}"))
    else:
        print(f"skipping ABP: {abp} not found", file=sys.stderr)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--limit", type=int, default=2000, help="ABP articles (default 2000; 0 skips ABP)"
    )
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--out", type=Path, help="write the digests to this JSON file")
    group.add_argument("--compare", type=Path, help="compare with digests written before")
    args = parser.parse_args(argv)
    now = collect(args.limit)
    if args.out:
        args.out.write_text(json.dumps(now, indent=1, sort_keys=True) + "\n")
        print(f"{len(now)} tables -> {args.out}")
        return 0
    before = json.loads(args.compare.read_text())
    changed = 0
    for name in sorted(set(before) | set(now)):
        old, new = before.get(name), now.get(name)
        if old is None or new is None:
            status = "only before" if new is None else "only now"
            changed += 1
        elif old["values"] != new["values"]:
            status = f"VALUES DIFFER ({old['rows']} -> {new['rows']} rows)"
            changed += 1
        elif old["exact"] != new["exact"]:
            status = "same values, index/columns/dtypes differ"
        else:
            status = "identical"
        print(f"{name:45s} {status}")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
