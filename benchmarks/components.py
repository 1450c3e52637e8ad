"""Per-component speed on ABP text, one core: sentences, tokens, actors, attributions, frames,
sentiment, stance.

Usage::

    python benchmarks/components.py [--corpus ../shared/data/abp/jsons.tar.gz] [--limit 1000]
                                    [--repeats 3]

Each component is timed (CPU seconds, best of ``--repeats``) on fresh parsed
articles whose prerequisites were computed before the clock started, so that
each figure is the component alone:

* ``sentences`` -- :func:`newsresearch.text.split_sentences` on every text;
* ``tokens`` -- :func:`newsresearch.text.tokenize` on every text;
* ``actors`` -- ``Article.actors`` (sentences and tokens computed before);
* ``attributions`` -- ``Article.attributions`` (sentences, tokens, quotes, actors before);
* ``frames`` -- :func:`newsresearch.frames` with the generic lexicon, warm (sentences,
  tokens and quote spans before);
* ``sentiment`` -- the pipeline's sentiment step: :func:`newsresearch.sentiment` per
  document and per sentence with one memoising VADER scorer (sentences before);
* ``stance`` -- :func:`newsresearch.stance_triples` (sentences, tokens, quotes, actors and
  attributions before; the target-sentiment model included).

Each line ends with a SHA-256 digest of the component's output, so that two
versions of the package (run this file with another ``PYTHONPATH``) can be
shown to give identical results. Issue 13's target: each at least 2 times
faster than before, with identical digests.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import sys
import time

from _abp import add_corpus_argument, corpus_or_skip

import newsresearch as nr
from newsresearch.sentiment import load_model


def _canon(x: object) -> object:
    """A hash-order-free form of *x*: sets sorted, dataclasses as tuples of their fields."""
    if dataclasses.is_dataclass(x) and not isinstance(x, type):
        return (type(x).__name__, *(_canon(getattr(x, f.name)) for f in dataclasses.fields(x)))
    if isinstance(x, set | frozenset):
        return sorted(map(repr, map(_canon, x)))
    if isinstance(x, dict):
        return sorted((repr(_canon(k)), _canon(v)) for k, v in x.items())
    if isinstance(x, list | tuple):
        return tuple(map(_canon, x))
    return x


def _digest(values: object) -> str:
    return hashlib.sha256(repr(_canon(values)).encode("utf-8")).hexdigest()[:16]


def _fresh(texts: list[str], *parts: str) -> list:
    articles = [nr.Article(t) for t in texts]
    for a in articles:
        for part in parts:
            getattr(a, part)
    return articles


def _best(repeats: int, setup, run):  # noqa: ANN001, ANN202 - callables
    best, out = float("inf"), None
    for _ in range(repeats):
        # each repeat reads the target model afresh: no probabilities kept from the last one
        load_model().__dict__.pop("_proba_memo", None)
        state = setup()
        t0 = time.process_time()
        out = run(state)
        best = min(best, time.process_time() - t0)
    return best, out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_corpus_argument(parser)
    parser.add_argument("--limit", type=int, default=1000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--only", default=None, help="comma-separated components")
    args = parser.parse_args(argv)
    path = corpus_or_skip(args.corpus)
    if path is None:
        return 0
    from newsresearch.text import split_sentences, tokenize

    corpus = nr.load_corpus(path, limit=args.limit, progress=False, jobs=1)
    texts = [t for t in corpus["text"] if isinstance(t, str)]
    lexicon = nr.framing.load_lexicon("generic")
    nr.frames(nr.parse(corpus.head(20)), scheme=lexicon)  # warm the lexicon's caches
    split_sentences("Mr. Voss left. He said so.")  # load nltk outside the timing
    tokenize("Voss")

    def actors(articles: list) -> list:
        return [(a.actors.actors, a.actors.mentions) for a in articles]

    def attributions(articles: list) -> list:
        return [a.attributions for a in articles]

    def frames(articles: list) -> object:
        parsed = nr.text.ParsedCorpus(corpus_index(len(articles)), articles)
        return nr.frames(parsed, scheme=lexicon).to_numpy().tolist()

    def sentiment(articles: list) -> list:
        parsed = nr.text.ParsedCorpus(corpus_index(len(articles)), articles)
        scorer = nr.VaderScorer(memo=True)
        return [
            nr.sentiment(parsed, level=level, method=scorer).to_numpy().tolist()
            for level in ("document", "sentence")
        ]

    def stance(articles: list) -> list:
        parsed = nr.text.ParsedCorpus(corpus_index(len(articles)), articles)
        return nr.stance_triples(parsed).to_numpy().tolist()

    def corpus_index(n: int):  # noqa: ANN202
        import pandas as pd

        return pd.RangeIndex(n)

    components = {
        "sentences": (lambda: texts, lambda ts: [split_sentences(t) for t in ts]),
        "tokens": (lambda: texts, lambda ts: [tokenize(t) for t in ts]),
        "actors": (lambda: _fresh(texts, "sentences", "tokens"), actors),
        "attributions": (
            lambda: _fresh(texts, "sentences", "tokens", "quotes", "actors"),
            attributions,
        ),
        "frames": (lambda: _fresh(texts, "sentences", "tokens", "quote_spans"), frames),
        "sentiment": (lambda: _fresh(texts, "sentences"), sentiment),
        "stance": (
            lambda: _fresh(texts, "sentences", "tokens", "quotes", "actors", "attributions"),
            stance,
        ),
    }
    wanted = args.only.split(",") if args.only else list(components)
    print(f"{len(texts):,} ABP articles; CPU seconds, best of {args.repeats}")
    for name in wanted:
        setup, run = components[name]
        seconds, out = _best(args.repeats, setup, run)
        print(
            f"{name:<13} {seconds:7.2f} s  {len(texts) / seconds:>8,.0f} articles/s  "
            f"digest {_digest(out)}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
