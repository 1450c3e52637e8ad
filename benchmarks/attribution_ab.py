"""Attribution speed of two trees in one process, interleaved: small differences measured.

Usage::

    PYTHONPATH=TREE_A python benchmarks/attribution_ab.py --other TREE_B [--limit 1000]
                                                          [--rounds 4] [--chunk 100]

Runs of the two trees in separate processes, even alternating, differ by 10 % or more on
the shared machine (benchmarks/HISTORY.md), more than most single speed changes. Here the
package on ``PYTHONPATH`` (A) and a copy of TREE_B's ``newsresearch`` imported under
another name (B; the package imports itself relatively) attribute the same ABP articles in
one process: chunks of ``--chunk`` articles, A then B and B then A in turn, garbage
collection off, CPU time per tree summed over each round. Both see the same load, so the
ratio B / A is steady (two copies of one tree: within 1.5 %). The attributions of A and B
are compared first: the script stops when they differ.

Each article's sentences, tokens, quotes and actors are computed before the clock starts
(as ``benchmarks/components.py`` does); the timed step is
:func:`~newsresearch.attribution.find_attributions`. Data files are read from A's package
(B's copy finds them under A's name): the script refuses trees whose ``data`` folders
differ.
"""

from __future__ import annotations

import argparse
import dataclasses
import filecmp
import gc
import importlib
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from _abp import add_corpus_argument, corpus_or_skip

import newsresearch as nr

_WARM_UP = 'Sen. Ada Voss said the plan "will not pass." She denied it.'


def _same_data(a: Path, b: Path) -> bool:
    """Whether the folders *a* and *b* hold the same files with the same contents."""
    cmp = filecmp.dircmp(a, b)
    if cmp.left_only or cmp.right_only or cmp.funny_files:
        return False
    _, mismatch, errors = filecmp.cmpfiles(a, b, cmp.common_files, shallow=False)
    if mismatch or errors:
        return False
    return all(_same_data(a / d, b / d) for d in cmp.common_dirs if d != "__pycache__")


def _import_copy(tree: Path, folder: Path) -> tuple[type, object]:
    """The Article class and find_attributions of *tree*'s package, imported as a copy."""
    shutil.copytree(
        tree / "newsresearch", folder / "nr_other", ignore=shutil.ignore_patterns("__pycache__")
    )
    sys.path.insert(0, str(folder))
    text = importlib.import_module("nr_other.text")
    find = importlib.import_module("nr_other.attribution.find")
    return text.Article, find.find_attributions


def _rows(found: list) -> list[tuple]:
    """An attribution list as plain tuples (the two packages' classes differ)."""
    return [
        tuple(getattr(att, f.name) for f in dataclasses.fields(att) if f.name != "speaker_from")
        for att in found
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_corpus_argument(parser)
    parser.add_argument("--other", required=True, help="root of the other tree (B)")
    parser.add_argument("--limit", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--chunk", type=int, default=100)
    args = parser.parse_args(argv)
    path = corpus_or_skip(args.corpus)
    if path is None:
        return 0
    here = Path(nr.__file__).parent
    other = Path(args.other).resolve()
    if not _same_data(here / "data", other / "newsresearch" / "data"):
        print(f"the data folders of {here.parent} and {other} differ: not comparable")
        return 2
    from newsresearch.attribution.find import find_attributions as find_a
    from newsresearch.text import Article as ArticleA

    with tempfile.TemporaryDirectory() as folder:
        ArticleB, find_b = _import_copy(other, Path(folder))  # noqa: N806 - a class
        corpus = nr.load_corpus(path, limit=args.limit, progress=False, jobs=1)
        texts = [t for t in corpus["text"] if isinstance(t, str)]
        runs = {}
        for name, article, find in (("A", ArticleA, find_a), ("B", ArticleB, find_b)):
            find(article(_WARM_UP))
            articles = [article(t) for t in texts]
            for a in articles:
                a.sentences, a.tokens, a.quotes, a.actors  # noqa: B018 - computed here
            runs[name] = (find, articles)
        for a, b in zip(runs["A"][1], runs["B"][1], strict=True):
            if _rows(runs["A"][0](a)) != _rows(runs["B"][0](b)):
                print(f"the attributions differ on an article ({a.text[:60]!r}...)")
                return 1
        print(f"A: {here.parent}\nB: {other}\n{len(texts):,} ABP articles, identical attributions")
        totals: dict[str, list[float]] = {"A": [], "B": []}
        enabled = gc.isenabled()
        gc.disable()
        try:
            for r in range(args.rounds):
                spent = {"A": 0.0, "B": 0.0}
                for k, i in enumerate(range(0, len(texts), args.chunk)):
                    order = ["A", "B"] if (k + r) % 2 == 0 else ["B", "A"]
                    for name in order:
                        find, articles = runs[name]
                        t0 = time.process_time()
                        for a in articles[i : i + args.chunk]:
                            find(a)
                        spent[name] += time.process_time() - t0
                for name in spent:
                    totals[name].append(spent[name])
                print(
                    f"round {r + 1}: A {spent['A']:.3f} s  B {spent['B']:.3f} s  "
                    f"B/A {spent['B'] / spent['A']:.3f}"
                )
                gc.collect()
        finally:
            if enabled:
                gc.enable()
    ratios = [b / a for a, b in zip(totals["A"], totals["B"], strict=True)]
    print(
        f"CPU s per round, median: A {statistics.median(totals['A']):.3f}, "
        f"B {statistics.median(totals['B']):.3f}; B/A median {statistics.median(ratios):.3f} "
        f"(rounds {min(ratios):.3f}-{max(ratios):.3f})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
