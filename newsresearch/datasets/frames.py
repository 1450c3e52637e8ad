"""Coded frame data: :class:`FrameGold` and :func:`read_frame_gold` (CSV, table, GVFC, coders).

Three layouts are read: a CSV or table with one 0/1 column per frame (our
sample gold), the GVFC fold folder, and real-news gold coded by several
coders (:func:`read_coded_frames`: ``coder_<name>.csv`` files with a ``set``
column, five generic frames and a ``dominant`` frame, texts in
``<set>/<doc_id>.txt``, as ``data/gold/frames/`` holds them).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from .. import config
from ..evaluation.result import EvaluationError

__all__ = ["COMBINE", "GENERIC_FRAMES", "FrameGold", "read_coded_frames", "read_frame_gold"]

#: The five generic frames coded in real-news gold (Semetko & Valkenburg 2000), in order.
GENERIC_FRAMES = ("conflict", "human_interest", "economic", "morality", "responsibility")
#: How several coders' codes of one article are combined (see :func:`read_coded_frames`).
COMBINE = ("union", "consensus")
_NOT_FRAME_COLUMNS = frozenset(
    {"id", "doc_id", "text", "title", "headline", "fold", "label", "labels", "frame", "frames"}
    | {"primary", "first_frame", "dominant", "outlet", "url", "published", "set", "notes"}
)
_CODER_PREFIX = "coder_"
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
    subset: str | None = None,
    coder: str | None = None,
    combine: str = "union",
) -> FrameGold:
    """Read coded frame data: our sample gold, a CSV or table, GVFC, or coder files.

    Parameters
    ----------
    gold : path, DataFrame or None
        None reads ``data/sample/gold/frames.csv``. A folder with
        ``folds_multilabel/`` (or that folder itself) is read as GVFC (headlines,
        9 frames, the authors' 5 folds, primary frames). A CSV or DataFrame has
        a text column (or ``doc_id`` to look texts up in *corpus*) and either one
        0/1 column per frame or a ``label`` column (``a;b`` for several frames,
        the first being the primary one); optional ``primary`` and ``fold`` columns.
        A folder holding ``coder_<name>.csv`` files, or one such file, is read
        by :func:`read_coded_frames` (real-news gold; *subset* is then required).
    corpus : str or DataFrame
        Where texts come from when the gold has ``doc_id`` but no text column.
    subset, coder, combine
        For coder files only: see :func:`read_coded_frames`.

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
        if _is_coded(path):
            return read_coded_frames(path, subset=subset, coder=coder, combine=combine)
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
    for col in ("primary", "first_frame", "dominant"):
        if col in table.columns:
            primary = pd.Series(table[col].to_numpy(), index=index, dtype="string")
    splits = None
    if "fold" in table.columns:
        fold = table["fold"].to_numpy()
        splits = [(np.flatnonzero(fold != f), np.flatnonzero(fold == f)) for f in pd.unique(fold)]
    return FrameGold(name, texts, labels, primary, splits)


def _is_coded(path: Path) -> bool:
    """A folder of ``coder_<name>.csv`` files, or one such file."""
    if path.is_dir():
        return any(path.glob(f"{_CODER_PREFIX}*.csv"))
    return path.suffix.lower() == ".csv" and path.stem.startswith(_CODER_PREFIX)


def _coder_files(source: str | Path | Sequence[str | Path]) -> dict[str, Path]:
    """Coder name -> file, from a folder, one file or a list of files."""
    paths = [Path(source)] if isinstance(source, str | Path) else [Path(p) for p in source]
    files: dict[str, Path] = {}
    for path in paths:
        if not path.exists():
            raise FileNotFoundError(
                f"frame gold not found: {str(path)!r}; give the folder holding the "
                f"{_CODER_PREFIX}<name>.csv files or one of those files"
            )
        found = sorted(path.glob(f"{_CODER_PREFIX}*.csv")) if path.is_dir() else [path]
        for f in found:
            files[f.stem.removeprefix(_CODER_PREFIX) or f.stem] = f
    if not files:
        raise EvaluationError(
            f"no coder files in {[str(p) for p in paths]}: expected files named "
            f"{_CODER_PREFIX}<name>.csv with columns doc_id, set, {', '.join(GENERIC_FRAMES)}, "
            "dominant"
        )
    return files


def _read_coder(name: str, path: Path) -> pd.DataFrame:
    table = pd.read_csv(path, dtype={"doc_id": str, "set": str, "dominant": str})
    needed = ["doc_id", "set", *GENERIC_FRAMES, "dominant"]
    missing = [c for c in needed if c not in table.columns]
    if missing:
        raise EvaluationError(
            f"{path.name}: missing columns {missing}; a coder file has the columns "
            f"{needed + ['notes']}"
        )
    for col in GENERIC_FRAMES:
        if not table[col].dropna().isin([0, 1]).all():
            bad = sorted(set(table[col].dropna()) - {0, 1})[:3]
            raise EvaluationError(f"{path.name}: column {col!r} must hold 0 or 1, found {bad}")
    allowed = {*GENERIC_FRAMES, "none"}
    bad_dom = sorted(set(table["dominant"].dropna()) - allowed)
    if bad_dom:
        raise EvaluationError(
            f"{path.name}: dominant values {bad_dom} are invalid; valid values are "
            f"{sorted(allowed)}"
        )
    dup = table["doc_id"][table["doc_id"].duplicated()].tolist()
    if dup:
        raise EvaluationError(f"{path.name}: doc_id coded twice: {dup[:3]}")
    return table.assign(coder=name)


def read_coded_frames(
    source: str | Path | Sequence[str | Path],
    *,
    subset: str | None,
    coder: str | None = None,
    combine: str = "union",
    clean: bool = True,
) -> FrameGold:
    """Real-news frame gold coded by one or several coders, one part (``dev``, ...) at a time.

    Each ``coder_<name>.csv`` file has one row per article: ``doc_id``, ``set``,
    0/1 for each of :data:`GENERIC_FRAMES`, ``dominant`` (a frame, or ``none``
    when no frame is present) and optional ``notes``. Texts are read from
    ``<folder>/<set>/<doc_id>.txt``, where ``<folder>`` holds the coder files.
    Only rows of *subset* are read, and only texts of that part are opened.

    Parameters
    ----------
    source : path or list of paths
        The folder holding the coder files, one coder file, or several.
    subset : str
        The part to read, e.g. ``"dev"``; rows of other parts are ignored.
        Required, so that a blind held-out part is never read by accident.
    coder : str, optional
        Read one coder's codes only (``"fa"`` for ``coder_fa.csv``); default: all.
    combine : {"union", "consensus"}
        For an article coded by several coders: a frame is present when any coder
        (``union``) or every coder (``consensus``) marks it. The dominant frame is
        kept when the coders agree and missing (not scored) when they disagree.
        An article coded once keeps its coder's codes either way.
    clean : bool, default True
        Pass each text through :func:`newsresearch.clean.clean_text`, as
        :func:`newsresearch.load_corpus` does: the gold files hold the raw body.

    Returns
    -------
    FrameGold
        Texts, 0/1 labels of the five frames, ``primary`` = the dominant frame
        (``"none"`` included), indexed by ``doc_id`` in file order.

    Raises
    ------
    EvaluationError
        Without *subset*, with a part, coder or combination that does not exist, a
        coder file with missing columns or values other than 0/1, or a missing text.

    Examples
    --------
    >>> import tempfile
    >>> root = Path(tempfile.mkdtemp())
    >>> (root / "dev").mkdir()
    >>> _ = (root / "dev" / "a1.txt").write_text("Rivals clashed over the budget.")
    >>> _ = (root / "coder_x.csv").write_text(
    ...     "doc_id,set,conflict,human_interest,economic,morality,responsibility,dominant\\n"
    ...     "a1,dev,1,0,1,0,0,conflict\\nb2,heldout,0,0,0,0,0,none\\n")
    >>> g = read_coded_frames(root, subset="dev")
    >>> g.labels.loc["a1"].tolist(), g.primary.tolist()
    ([1, 0, 1, 0, 0], ['conflict'])
    """
    if combine not in COMBINE:
        raise ValueError(f"combine {combine!r} is invalid; valid values are {list(COMBINE)}")
    files = _coder_files(source)
    if coder is not None:
        if coder not in files:
            raise EvaluationError(f"coder {coder!r} is invalid; valid values are {sorted(files)}")
        files = {coder: files[coder]}
    rows = pd.concat([_read_coder(k, f) for k, f in files.items()], ignore_index=True)
    sets = sorted(rows["set"].dropna().unique())
    if subset is None or subset not in sets:
        what = "no part chosen" if subset is None else f"part {subset!r} is invalid"
        raise EvaluationError(f"{what}: pass subset (--set) with one of {sets}")
    rows = rows[rows["set"] == subset]
    ids = list(dict.fromkeys(rows["doc_id"]))
    grouped = rows.groupby("doc_id", sort=False)
    frames_ = grouped[list(GENERIC_FRAMES)]
    labels = (frames_.max() if combine == "union" else frames_.min()).loc[ids].astype(int)
    dominant = grouped["dominant"].agg(lambda d: d.iloc[0] if d.nunique() == 1 else pd.NA)
    primary = pd.Series(dominant.loc[ids].to_numpy(), index=ids, dtype="string")
    texts = pd.Series(_texts(files, subset, ids, clean=clean), index=ids, name="text")
    labels.index = pd.Index(ids)
    coders = "+".join(files)
    name = f"{subset} ({coders}{', ' + combine if len(files) > 1 else ''})"
    return FrameGold(name, texts, labels, primary)


def _texts(files: dict[str, Path], subset: str, ids: list[str], *, clean: bool) -> list[str]:
    """The texts of *ids*, from ``<set>/`` beside the coder files."""
    folders = list(dict.fromkeys(f.parent / subset for f in files.values()))
    out = []
    for doc_id in ids:
        path = next((d / f"{doc_id}.txt" for d in folders if (d / f"{doc_id}.txt").exists()), None)
        if path is None:
            raise EvaluationError(
                f"no text for {doc_id!r}: expected {folders[0] / (doc_id + '.txt')}"
            )
        text = path.read_text(encoding="utf-8")
        if clean:
            from ..clean import clean_text

            text = clean_text(text).text
        out.append(text)
    return out
