"""Coded frame data: :class:`FrameGold` and :func:`read_frame_gold` (CSV, table or GVFC)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from .. import config
from ..evaluation.result import EvaluationError

__all__ = ["FrameGold", "read_frame_gold"]

_NOT_FRAME_COLUMNS = frozenset(
    {"id", "doc_id", "text", "title", "headline", "fold", "label", "labels", "frame", "frames"}
    | {"primary", "first_frame", "outlet", "url", "published"}
)
_LABEL_COLUMNS = ("label", "labels", "frame", "frames")


@dataclass
class FrameGold:
    """Coded data for framing evaluation: texts, 0/1 labels, primary frames and folds."""

    name: str
    texts: pd.Series
    labels: pd.DataFrame
    primary: pd.Series | None = None
    splits: list[tuple[np.ndarray, np.ndarray]] | None = None

    def __repr__(self) -> str:
        extra = f", primary frame, {len(self.splits)} given folds" if self.splits else ""
        extra = extra or (", primary frame" if self.primary is not None else "")
        return (
            f"FrameGold({self.name!r}: {len(self.texts)} documents, "
            f"frames {list(self.labels.columns)}{extra})"
        )


def read_frame_gold(
    gold: str | Path | pd.DataFrame | None = None,
    *,
    corpus: str | pd.DataFrame = "sample",
    text_column: str = "text",
) -> FrameGold:
    """Read coded frame data: our sample gold, a CSV or table, or the GVFC fold layout.

    Parameters
    ----------
    gold : path, DataFrame or None
        None reads ``data/sample/gold/frames.csv``. A folder with
        ``folds_multilabel/`` (or that folder itself) is read as GVFC (headlines,
        9 frames, the authors' 5 folds, primary frames). A CSV or DataFrame has
        a text column (or ``doc_id`` to look texts up in *corpus*) and either one
        0/1 column per frame or a ``label`` column (``a;b`` for several frames,
        the first being the primary one); optional ``primary`` and ``fold`` columns.
    corpus : str or DataFrame
        Where texts come from when the gold has ``doc_id`` but no text column.

    Raises
    ------
    EvaluationError
        On gold that cannot be read: no text, no frame columns, unknown doc_ids,
        a malformed GVFC folder (the message says what to change).
    FileNotFoundError
        When the path does not exist.

    Examples
    --------
    >>> g = read_frame_gold()
    >>> len(g.texts), list(g.labels.columns)[:2]
    (27, ['conflict', 'human_interest'])
    """
    if gold is None:
        gold = config.SAMPLE_DIR / "gold" / "frames.csv"
    if isinstance(gold, str | Path):
        path = Path(gold)
        if not path.exists():
            raise FileNotFoundError(
                f"frame gold file not found: {str(path)!r}; give a CSV with a text column "
                "and one 0/1 column per frame, or the GVFC folder"
            )
        if path.is_dir():
            root = path.parent if path.name == "folds_multilabel" else path
            if not (root / "folds_multilabel").is_dir():
                raise EvaluationError(
                    f"{path} is a folder without folds_multilabel/: give a CSV file or the "
                    "GVFC folder"
                )
            from .gvfc import read_gvfc

            return read_gvfc(root)
        table = pd.read_csv(path, dtype={"doc_id": str, "id": str})
        name = path.name
    elif isinstance(gold, pd.DataFrame):
        table = gold.copy()
        name = "table"
    else:
        raise TypeError(f"expected a path or a DataFrame, not {type(gold).__name__}")
    ids_col = "doc_id" if "doc_id" in table.columns else "id" if "id" in table.columns else None
    index = table[ids_col].astype(str).to_numpy() if ids_col else table.index.astype(str).to_numpy()
    if text_column in table.columns:
        texts = pd.Series(table[text_column].fillna("").astype(str).to_numpy(), index=index)
    elif ids_col is not None:
        from ..loaders import load_corpus

        source = corpus if isinstance(corpus, pd.DataFrame) else load_corpus(corpus, progress=False)
        lookup = source["text"]
        if "doc_id" in source.columns:
            lookup = pd.Series(source["text"].to_numpy(), index=source["doc_id"].to_numpy())
        missing = [i for i in index if i not in lookup.index]
        if missing:
            raise EvaluationError(
                f"{name}: {len(missing)} doc_id values are not in the corpus, e.g. {missing[:3]}"
            )
        texts = pd.Series(lookup.loc[list(index)].astype(str).to_numpy(), index=index)
    else:
        raise EvaluationError(
            f"{name}: expected a {text_column!r} column (or doc_id with a corpus); "
            f"got columns {list(table.columns)}"
        )
    texts.name = "text"
    label_col = next((c for c in _LABEL_COLUMNS if c in table.columns), None)
    primary = None
    if label_col is not None:
        split = table[label_col].fillna("").astype(str).str.split(r"\s*[;|]\s*")
        names = sorted({x for xs in split for x in xs if x})
        labels = pd.DataFrame(
            [[int(k in xs) for k in names] for xs in split], index=index, columns=names
        )
        primary = pd.Series([xs[0] or pd.NA for xs in split], index=index, dtype="string")
    else:
        cols = [
            c
            for c in table.columns
            if c not in _NOT_FRAME_COLUMNS
            and c != text_column
            and pd.api.types.is_numeric_dtype(table[c])
            and table[c].dropna().isin([0, 1]).all()
        ]
        if not cols:
            raise EvaluationError(
                f"{name}: no frame columns: expected 0/1 columns, one per frame, or a "
                f"label column (one of {list(_LABEL_COLUMNS)}); got columns {list(table.columns)}"
            )
        labels = pd.DataFrame(
            table[cols].fillna(0).astype(int).to_numpy(), index=index, columns=cols
        )
    for col in ("primary", "first_frame"):
        if col in table.columns:
            primary = pd.Series(table[col].to_numpy(), index=index, dtype="string")
    splits = None
    if "fold" in table.columns:
        fold = table["fold"].to_numpy()
        splits = [(np.flatnonzero(fold != f), np.flatnonzero(fold == f)) for f in pd.unique(fold)]
    return FrameGold(name, texts, labels, primary, splits)
