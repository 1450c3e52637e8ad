"""Sentiment-speed benchmark on ABP article text, one core.

Usage::

    python benchmarks/sentiment.py [--corpus ../shared/data/abp/jsons.tar.gz] [--limit N]

Prints, for the sentences of the first N articles:

* bare ``vaderSentiment`` (one analyzer, ``polarity_scores`` on each sentence
  already split): the reference speed;
* ``sentiment(level="sentence")`` and ``sentiment(level="document")`` (with and
  without the whole-text score), which also split the sentences;
* ``target_sentiment`` on every actor mention (``newsresearch.actors.mentions``),
  given with its sentence, and given with its whole article (the sentence is
  then found inside, which adds the cost of splitting the article): targets/s.

Targets (issue 3): document sentiment no slower than bare vaderSentiment on the
same sentences; target sentiment 5,000 targets/s or more.
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
from newsresearch.sentiment import load_model, sentiment, target_sentiment  # noqa: E402
from newsresearch.sentiment.features import context  # noqa: E402
from newsresearch.sentiment.vader import _vader  # noqa: E402
from newsresearch.text import split_sentences  # noqa: E402


def _best_of(repeats: int, func) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(repeats):
        t0 = time.perf_counter()
        result = func()
        best = min(best, time.perf_counter() - t0)
    return best, result


def _targets(corpus: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Every actor mention, given with its whole article and with its sentence."""
    from newsresearch.actors import mentions

    found = mentions(corpus, pronouns=False)
    texts = corpus.set_index("doc_id")["text"] if "doc_id" in corpus else corpus["text"]
    whole = pd.DataFrame(
        {
            "text": texts.reindex(found["doc_id"]).to_numpy(),
            "start": found["start"].to_numpy(),
            "end": found["end"].to_numpy(),
        }
    )
    splits: dict = {}
    cut = [context(t, a, b, splits) for t, a, b in whole.itertuples(index=False)]
    return whole, pd.DataFrame(cut, columns=["text", "start", "end"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_corpus_argument(parser)
    parser.add_argument("--limit", type=int, default=300, help="articles to read (default 300)")
    parser.add_argument("--repeats", type=int, default=3, help="best of this many runs")
    args = parser.parse_args(argv)
    path = corpus_or_skip(args.corpus)
    if path is None:
        return 0
    corpus = nr.load_corpus(path, limit=args.limit, progress=False, jobs=1)
    texts = corpus["text"]
    pieces = [t[a:b] for t in texts for a, b in split_sentences(t)]
    n = len(pieces)
    print(f"{len(corpus):,} articles, {n:,} sentences")

    vader = _vader()
    t_bare, _ = _best_of(args.repeats, lambda: [vader.polarity_scores(s) for s in pieces])
    t_split, _ = _best_of(args.repeats, lambda: [split_sentences(t) for t in texts])
    t_sent, _ = _best_of(args.repeats, lambda: sentiment(corpus, level="sentence"))
    t_doc, _ = _best_of(args.repeats, lambda: sentiment(corpus))
    t_whole, _ = _best_of(args.repeats, lambda: sentiment(corpus, whole_text=True))
    print(f"bare vaderSentiment on the split sentences  {n / t_bare:>9,.0f} sentences/s")
    print(f"sentence splitting alone                     {n / t_split:>9,.0f} sentences/s")
    print(
        f"sentiment(level='sentence')                  {n / t_sent:>9,.0f} sentences/s "
        f"({t_bare / t_sent:.2f}x bare VADER)"
    )
    print(
        f"sentiment(level='document')                  {n / t_doc:>9,.0f} sentences/s "
        f"({t_bare / t_doc:.2f}x bare VADER)"
    )
    print(
        f"sentiment(level='document', whole_text=True) {n / t_whole:>9,.0f} sentences/s "
        f"({t_bare / t_whole:.2f}x bare VADER; also scores each whole text)"
    )

    whole, cut = _targets(corpus)
    load_model()  # read the model once, outside the timing
    t_cut, _ = _best_of(args.repeats, lambda: target_sentiment(cut))
    t_whole_doc, _ = _best_of(args.repeats, lambda: target_sentiment(whole))
    print(
        f"target_sentiment, {len(cut):,} mentions with their sentence  "
        f"{len(cut) / t_cut:>9,.0f} targets/s"
    )
    print(
        f"target_sentiment, the same with the whole article  "
        f"{len(whole) / t_whole_doc:>9,.0f} targets/s (includes splitting the articles)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
