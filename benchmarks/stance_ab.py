"""Stance-triple CPU cost of this tree against another tree's stance modules, in one process.

Usage::

    PYTHONPATH=. python benchmarks/stance_ab.py --other /work/main [--limit 600] [--repeat 6]

Copies the other tree's ``attribution/stance.py``, ``stance_cues.py`` and
``stance_rules.py`` under private names into this package (in memory), parses the ABP
articles once (attributions and actors found first), then times both
:func:`newsresearch.stance_triples` alternately, ``--repeat`` times each, in CPU
seconds, with the target-sentiment model call timed apart; prints the least times and
the SHA-256 of each one's triples CSV, which must be equal. One process and alternate
runs keep the comparison fair on a shared, busy machine.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import re
import sys
import tempfile
import time
from pathlib import Path

from _abp import add_corpus_argument, corpus_or_skip

import newsresearch as nr
import newsresearch.sentiment as sentiment
from newsresearch.attribution import stance

_MODULES = ("stance_cues", "stance_rules", "stance")


def _other_stance(tree: Path, folder: Path):
    """The other tree's stance module, its sibling imports pointing at its own copies."""
    loaded = None
    for name in _MODULES:
        source = (tree / "newsresearch/attribution" / f"{name}.py").read_text(encoding="utf-8")
        source = re.sub(
            r"from \.(stance(?:_cues|_rules)?) import", r"from ._other_\1 import", source
        )
        path = folder / f"_other_{name}.py"
        path.write_text(source, encoding="utf-8")
        spec = importlib.util.spec_from_file_location(
            f"newsresearch.attribution._other_{name}", path
        )
        loaded = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = loaded
        spec.loader.exec_module(loaded)
    return loaded


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    add_corpus_argument(parser)
    parser.add_argument("--other", required=True, help="the other tree (holding newsresearch/)")
    parser.add_argument("--limit", type=int, default=600, help="articles (default 600)")
    parser.add_argument("--repeat", type=int, default=6, help="timed runs of each (default 6)")
    args = parser.parse_args(argv)
    path = corpus_or_skip(args.corpus)
    if path is None:
        return 0
    with tempfile.TemporaryDirectory() as folder:
        other = _other_stance(Path(args.other), Path(folder))
    corpus = nr.load_corpus(path, limit=args.limit, progress=False, jobs=1)
    parsed = nr.parse(corpus)
    nr.attributions(parsed)
    nr.actor_sentiment(parsed)
    model_seconds = [0.0]
    target_sentiment = sentiment.target_sentiment

    def timed(*a, **k):  # the model call, timed apart (stance imports it at call time)
        start = time.process_time()
        try:
            return target_sentiment(*a, **k)
        finally:
            model_seconds[0] += time.process_time() - start

    sentiment.target_sentiment = timed
    runs: dict[str, list[tuple[float, float]]] = {"other": [], "this": []}
    digests: dict[str, set[str]] = {"other": set(), "this": set()}
    pairs = [("other", other.stance_triples), ("this", stance.stance_triples)]
    try:
        for r in range(args.repeat):
            for label, function in pairs if r % 2 == 0 else pairs[::-1]:
                model_seconds[0] = 0.0
                start = time.process_time()
                triples = function(parsed)
                runs[label].append((time.process_time() - start, model_seconds[0]))
                digests[label].add(hashlib.sha256(triples.to_csv().encode()).hexdigest()[:16])
    finally:
        sentiment.target_sentiment = target_sentiment
    for label, times in runs.items():
        print(
            f"{label}: total {min(t for t, _ in times):.3f}  model {min(m for _, m in times):.3f}"
            f"  without model {min(t - m for t, m in times):.3f} CPU s  sha256 {digests[label]}"
        )
    best = {label: min(t - m for t, m in times) for label, times in runs.items()}
    print(
        f"articles {len(corpus)}  without model: other / this = {best['other'] / best['this']:.2f}"
    )
    return 0 if digests["other"] == digests["this"] else 1


if __name__ == "__main__":
    sys.exit(main())
