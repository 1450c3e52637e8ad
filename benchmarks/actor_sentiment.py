"""Target-sentiment benchmark: batch features against per-mention feature strings, same predictions.

Usage::

    python benchmarks/actor_sentiment.py [--corpus ../shared/data/abp/jsons.tar.gz] [--limit 1000]

Over the first ``--limit`` ABP articles (parsed, sentences and actors found
before timing), runs :func:`newsresearch.sentiment.actor_sentiment` twice with
the shipped model: once as shipped (features counted in batch, contexts
tokenised together: :func:`~newsresearch.sentiment.counts.target_counts`) and once
with the model's features built as strings per mention
(:func:`~newsresearch.sentiment.features.target_features`, the path that
``fit`` uses). Prints CPU seconds and targets/s of each, whether the feature
matrices and the ``actor_sentiment`` tables are identical (they must be), and
the time of building the model's integer index (once per process).

Measured 2026-12-06 on 1,000 ABP articles (42,302 mentions, 2 busy cores):
strings 5.48 CPU s, batch 0.78 CPU s; ``actor_sentiment`` 0.84 CPU s, where
the per-sentence batch features before ``target_counts`` took 1.9-2.5 (main
against this tree, alternating processes).
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")  # one core

import argparse  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402

import pandas as pd  # noqa: E402
from _abp import add_corpus_argument, corpus_or_skip  # noqa: E402

import newsresearch as nr  # noqa: E402
from newsresearch.sentiment import TargetSentimentClassifier, actor_sentiment, load_model  # noqa: E402
from newsresearch.sentiment.actors import _mention_contexts  # noqa: E402
from newsresearch.sentiment.counts import FeatureIndex  # noqa: E402
from newsresearch.sentiment.features import target_features  # noqa: E402


class StringFeatures(TargetSentimentClassifier):
    """The shipped model with its features built as strings for each mention."""

    def transform(self, X):  # noqa: ANN001, ANN201 - as the parent's
        return self._matrix(target_features(X, int(self.window)))


def _cpu(func):  # noqa: ANN001, ANN202
    t0 = time.process_time()
    out = func()
    return time.process_time() - t0, out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_corpus_argument(parser)
    parser.add_argument("--limit", type=int, default=1000)
    args = parser.parse_args(argv)
    path = corpus_or_skip(args.corpus)
    if path is None:
        return 0
    corpus = nr.load_corpus(path, limit=args.limit, progress=False, jobs=1)
    parsed = nr.parse(corpus)
    for article in parsed:
        if article is not None:
            article.sentences, article.actors  # noqa: B018 - parse before timing
    model = load_model()
    t_index, _ = _cpu(lambda: FeatureIndex(model.vocabulary_))
    model.transform(pd.DataFrame({"text": ["Voss won."], "start": [0], "end": [4]}))  # warm
    strings = StringFeatures(**model.get_params())
    strings.__dict__.update({k: v for k, v in model.__dict__.items() if k.endswith("_")})
    strings._set_blocks()

    rows = [r for d, a in parsed.items() if a is not None for r in _mention_contexts(d, a, False)]
    targets = pd.DataFrame([r[3:] for r in rows], columns=["text", "start", "end"])
    t_old, old = _cpu(lambda: strings.transform(targets))
    t_new, new = _cpu(lambda: model.transform(targets))
    same_matrix = (
        old.shape == new.shape
        and (old.indptr == new.indptr).all()
        and (old.indices == new.indices).all()
        and (old.data == new.data).all()
    )
    a_old, table_old = _cpu(lambda: actor_sentiment(parsed, model=strings))
    a_new, table_new = _cpu(lambda: actor_sentiment(parsed))
    n = len(targets)
    print(f"{len(corpus):,} articles, {n:,} mentions, {len(table_new):,} actor rows")
    print(f"integer index of the model (once per process): {t_index:.2f} CPU s")
    print(f"features, strings per mention: {t_old:6.2f} CPU s  {n / t_old:>8,.0f} targets/s")
    print(
        f"features, batch per context:   {t_new:6.2f} CPU s  {n / t_new:>8,.0f} targets/s "
        f"({t_old / t_new:.2f}x)"
    )
    print(f"actor_sentiment, strings:      {a_old:6.2f} CPU s")
    print(f"actor_sentiment, batch:        {a_new:6.2f} CPU s ({a_old / a_new:.2f}x)")
    print("identical feature matrices:", "yes" if same_matrix else "NO")
    same_table = table_old.equals(table_new)
    print("identical actor_sentiment tables:", "yes" if same_table else "NO")
    return 0 if same_matrix and same_table else 1


if __name__ == "__main__":
    sys.exit(main())
