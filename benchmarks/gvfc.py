"""GVFC benchmark: FrameClassifier's first-frame macro-F1 and accuracy per fold, before and after.

Usage::

    python benchmarks/gvfc.py [--gvfc ../shared/data/gvfc] [--seed 0]

The protocol of issue 12: for each of the authors' 5 folds, ``FrameClassifier(random_state=0)``
is fitted on the fold's ``train.tsv`` and scored on its ``dev.tsv`` against the first (primary)
frame; macro-F1 over the 9 frames and accuracy per fold, then their means. Two ways to fit:

- ``primary``: single-label, on the primary frame of each training headline (``predict``);
- ``train file``: multi-label, on the 9 0/1 columns of ``train.tsv`` (``predict_first``: the
  highest-scoring frame).

Each is run with the settings of release 0.1 (TF-IDF words and characters, generic-lexicon
densities, logistic regression C=4: ``vectors=None, model="logistic"``) and with today's
defaults (TF-IDF words and characters plus the packaged news word vectors, no lexicon, linear
SVM C=0.3; chosen by 3-fold cross-validation inside each training file). Fit seconds are
per fold (one BLAS thread). Target: mean first-frame macro-F1 >= 0.70 (BERT 0.77; TF-IDF +
LR 0.629 published).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.metrics import accuracy_score, f1_score
from threadpoolctl import threadpool_limits

from newsresearch import config
from newsresearch.datasets.gvfc import read_gvfc
from newsresearch.framing.classifier import FrameClassifier

#: Settings compared: release 0.1's and today's defaults.
SETTINGS: dict[str, dict[str, object]] = {
    "before (0.1: TF-IDF + lexicon, logistic C=4)": {
        "lexicon": "generic",
        "vectors": None,
        "model": "logistic",
    },
    "after (defaults: + news vectors, no lexicon, SVM C=0.3)": {},
}


def run(root: Path, seed: int) -> pd.DataFrame:
    gold = read_gvfc(root)
    texts = gold.texts.to_numpy()
    primary = gold.primary.astype(str).to_numpy()
    rows = []
    for name, params in SETTINGS.items():
        for how in ("primary", "train file"):
            for k, (train, dev) in enumerate(gold.splits):
                clf = FrameClassifier(random_state=seed, **params)
                t0 = time.perf_counter()
                if how == "primary":
                    clf.fit(list(texts[train]), primary[train])
                    fit_s = time.perf_counter() - t0
                    pred = clf.predict(list(texts[dev]))
                else:
                    clf.fit(list(texts[train]), gold.labels.iloc[train])
                    fit_s = time.perf_counter() - t0
                    pred = clf.predict_first(list(texts[dev]))
                rows.append(
                    {
                        "settings": name,
                        "fit on": how,
                        "fold": k,
                        "macro_f1": f1_score(primary[dev], pred, average="macro"),
                        "accuracy": accuracy_score(primary[dev], pred),
                        "fit_s": fit_s,
                    }
                )
    return pd.DataFrame(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gvfc", default=str(config.SHARED_DIR / "data/gvfc"))
    parser.add_argument("--seed", type=int, default=0, help="FrameClassifier random_state")
    args = parser.parse_args(argv)
    root = Path(args.gvfc)
    if not (root / "folds_multilabel").is_dir():
        print(f"SKIP: {root} not found (the shared GVFC corpus is needed)")
        return 0
    with threadpool_limits(1, user_api="blas"):
        table = run(root, args.seed)
    pd.set_option("display.width", 120)
    for (name, how), part in table.groupby(["settings", "fit on"], sort=False):
        print(f"== {name}; fit on {how} ==")
        print(part.set_index("fold")[["macro_f1", "accuracy", "fit_s"]].round(3).T.to_string())
        print(
            f"mean: macro-F1 {part['macro_f1'].mean():.3f}, accuracy {part['accuracy'].mean():.3f}, "
            f"fit {part['fit_s'].mean():.1f} s per fold"
        )
        print()
    means = table.groupby(["settings", "fit on"], sort=False)[["macro_f1", "accuracy"]].mean()
    print(means.round(3).to_string())
    print("Reference: TF-IDF + LR 0.703 / 0.629 (acc / macro-F1); fine-tuned BERT 0.86 / 0.77.")
    return 0


if __name__ == "__main__":
    np.seterr(all="ignore")
    sys.exit(main())
