"""Train the packaged word vectors ``newsresearch/data/word_vectors_news.npz`` (word2vec or LSA on ABP).

Usage (from the project root)::

    .venv/bin/python scripts/train_news_vectors.py --method word2vec [--abp ../shared/data/abp/jsons.tar.gz]

The packaged file was built with ``--method word2vec`` (gensim, one worker, seed 0; about
35 minutes on a shared 2-core machine); ``--method lsa`` (the default, scikit-learn only) is fast.
``--window`` (context words each side, default 5) and ``--dims`` (default 200) change the
word2vec settings; the packaged file uses the defaults.

Reads all 37,554 Article-Bias-Prediction articles (Apache-2.0), learns 200-dimensional
vectors for the 20,000 commonest words from the paragraphs and headlines (:func:`newsresearch.framing.vectors.
train_word_vectors`, seed 0) and writes them as float16. No article text is stored.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import newsresearch as nr  # noqa: E402
from newsresearch import config  # noqa: E402
from newsresearch.framing.vectors import PACKAGED, train_word_vectors  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--abp", default=str(config.SHARED_DIR / "data/abp/jsons.tar.gz"))
    parser.add_argument("--out", default=str(ROOT / "newsresearch/data" / PACKAGED["news"]))
    parser.add_argument("--method", default="lsa", choices=["lsa", "word2vec"])
    parser.add_argument("--epochs", type=int, default=5, help="passes (word2vec only)")
    parser.add_argument("--window", type=int, default=5, help="context words each side (word2vec)")
    parser.add_argument("--dims", type=int, default=200, help="dimensions")
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    corpus = nr.load_corpus(args.abp, progress=False)
    print(f"{len(corpus):,} articles read ({time.perf_counter() - t0:.0f} s)")
    # Headlines are contexts too (each on its own line): the classifier reads headlines.
    texts = corpus["title"].fillna("") + "\n" + corpus["text"].fillna("")
    vectors = train_word_vectors(
        texts,
        dims=args.dims,
        max_words=20000,
        method=args.method,
        epochs=args.epochs,
        window=args.window,
        random_state=0,
    )
    vectors.name = "news"
    vectors.save(args.out)
    print(f"{vectors!r} written to {args.out} ({time.perf_counter() - t0:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
