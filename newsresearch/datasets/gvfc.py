"""The Gun Violence Frame Corpus (GVFC; Liu et al. 2019) in its authors' fold layout.

1,300 news headlines coded with 9 issue-specific frames. The layout read here
is the one the authors distribute: ``folds_multilabel/<k>/`` with
``train.tsv`` and ``dev.tsv`` (id, headline, a third field, 9 one-hot frame
columns) and ``test_first_frame.tsv`` (id, headline, primary frame code 1-9).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from ..evaluation.result import EvaluationError
from .frames import FrameGold

__all__ = ["GVFC_FRAMES", "read_gvfc"]

#: GVFC frame codes 1..9 and the names used for them here.
GVFC_FRAMES: dict[int, str] = {
    1: "gun_rights",
    2: "gun_control",
    3: "politics",
    4: "mental_health",
    5: "public_safety",
    6: "race_ethnicity",
    7: "public_opinion",
    8: "society_culture",
    9: "economic",
}


def read_gvfc(root: str | Path) -> FrameGold:
    """Read the GVFC folder *root* (the one holding ``folds_multilabel/``).

    Records are keyed by id; one id shared by two different headlines gets a
    suffix. The authors' folds become :attr:`FrameGold.splits` (train, test
    positions) and the first-frame codes :attr:`FrameGold.primary`.

    Raises
    ------
    EvaluationError
        When a fold folder or a line does not follow the layout.
    """
    root = Path(root)
    fold_root = root / "folds_multilabel"
    dirs = sorted(
        (d for d in fold_root.iterdir() if d.is_dir() and d.name.isdigit()),
        key=lambda d: int(d.name),
    )
    if not dirs:
        raise EvaluationError(f"{fold_root}: no fold folders 0..4")
    names = list(GVFC_FRAMES.values())

    def read(path: Path, width: int) -> list[list[str]]:
        rows = []
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            fields = line.split("\t")
            if len(fields) != width:
                raise EvaluationError(
                    f"{path}, line {n}: expected {width} tab-separated fields, got {len(fields)}"
                )
            rows.append(fields)
        return rows

    # Records are keyed by (id, headline): one id is shared by two different headlines.
    keys: dict[tuple[str, str], str] = {}
    texts: dict[str, str] = {}
    labels: dict[str, list[int]] = {}
    primary: dict[str, str] = {}

    def key(row: list[str]) -> str:
        k = (row[0], row[1])
        if k not in keys:
            label = row[0] if row[0] not in texts else f"{row[0]}-{len(keys)}"
            keys[k] = label
            texts[label] = row[1]
        return keys[k]

    splits_keys = []
    for d in dirs:
        dev = read(d / "dev.tsv", 12)
        train = read(d / "train.tsv", 12)
        first = read(d / "test_first_frame.tsv", 3)
        for row in dev + train:
            labels.setdefault(key(row), [int(float(v)) for v in row[3:12]])
        for row in first:
            code = int(float(row[2]))
            if code not in GVFC_FRAMES:
                raise EvaluationError(f"{d / 'test_first_frame.tsv'}: frame code {code} is not 1-9")
            primary[key(row)] = GVFC_FRAMES[code]
        splits_keys.append(([key(r) for r in train], [key(r) for r in dev]))
    ids = list(texts)
    position = {k: i for i, k in enumerate(ids)}
    splits = [
        (np.asarray([position[i] for i in tr]), np.asarray([position[i] for i in te]))
        for tr, te in splits_keys
    ]
    prim = pd.Series([primary.get(i, pd.NA) for i in ids], index=ids, dtype="string")
    return FrameGold(
        "GVFC",
        pd.Series([texts[i] for i in ids], index=ids, name="text"),
        pd.DataFrame([labels[i] for i in ids], index=ids, columns=names),
        prim,
        splits,
    )
