"""Stance gold: :func:`read_stance_gold`.

The gold format (``data/gold/ANNOTATION.md``, section 3) is one JSON object per
line in ``stance/<set>/<ID>_<annotator>.jsonl``, one line per (sentence, source,
target): ``doc_id``, ``start``, ``end``, ``sentence``, ``source``, ``target``,
``source_type``, ``target_type`` (person, organisation, issue), ``polarity``
(positive, negative), ``kind`` (quote, act) and ``cue``. The article texts are
``attribution/<set>/<ID>.txt`` beside it.

A folder whose path has a part starting ``heldout`` (``heldout``, ``heldout2``) is refused
unless ``heldout=True``:
blind held-out gold is scored once, by whoever keeps it blind.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

__all__ = ["STANCE_GOLD_COLUMNS", "read_stance_gold", "stance_texts"]

#: Columns and dtypes of :func:`read_stance_gold`.
STANCE_GOLD_COLUMNS: dict[str, str] = {
    "doc_id": "str",
    "annotator": "str",
    "start": "int64",
    "end": "int64",
    "sentence": "str",
    "source": "str",
    "target": "str",
    "source_type": "str",
    "target_type": "str",
    "polarity": "str",
    "kind": "str",
    "cue": "str",
}
_REQUIRED = ("doc_id", "source", "target", "polarity", "kind")


def _check_folder(folder: Path, heldout: bool) -> None:
    if any(part.startswith("heldout") for part in folder.parts) and not heldout:
        raise ValueError(
            f"{folder} is blind held-out gold; it is read only by the final scoring "
            "(pass heldout=True there), never while developing"
        )
    if not folder.is_dir():
        raise ValueError(f"stance gold folder {folder} does not exist; give a folder of *.jsonl")


def read_stance_gold(
    folder: str | Path, *, annotator: str | None = None, heldout: bool = False
) -> pd.DataFrame:
    """Read a folder of stance gold files into one table (one row per annotated triple).

    Parameters
    ----------
    folder : path
        A folder of ``<ID>_<annotator>.jsonl`` files.
    annotator : str, optional
        Read only this annotator's files (``"s1"``); default all.
    heldout : bool
        Allow a ``heldout`` folder (final scoring only).

    Returns
    -------
    pandas.DataFrame
        Columns :data:`STANCE_GOLD_COLUMNS`, a default index; ``annotator`` comes
        from the file name.

    Raises
    ------
    ValueError
        A missing folder, a held-out folder without ``heldout=True``, or a line
        that is not JSON or lacks a required field (the file and line are named).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "A1_s1.jsonl").write_text('{"doc_id": "A1", "start": 0, "end": 9, '
    ...     '"sentence": "X sued Y.", "source": "X", "target": "Y", "source_type": "person", '
    ...     '"target_type": "person", "polarity": "negative", "kind": "act", "cue": "sued"}\\n')
    >>> read_stance_gold(d)[["doc_id", "annotator", "source", "target", "polarity"]].values.tolist()
    [['A1', 's1', 'X', 'Y', 'negative']]
    """
    folder = Path(folder)
    _check_folder(folder, heldout)
    rows = []
    for path in sorted(folder.glob("*.jsonl")):
        doc, _, who = path.stem.rpartition("_")
        if annotator is not None and who != annotator:
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{n} is not JSON ({exc}); fix or remove the line") from exc
            missing = [k for k in _REQUIRED if not rec.get(k)]
            if missing:
                raise ValueError(f"{path}:{n} lacks {missing}; every line needs {list(_REQUIRED)}")
            rows.append({**{k: rec.get(k, "") for k in STANCE_GOLD_COLUMNS}, "annotator": who})
    frame = pd.DataFrame(rows, columns=list(STANCE_GOLD_COLUMNS))
    for col, dtype in STANCE_GOLD_COLUMNS.items():
        if dtype == "int64":
            frame[col] = pd.to_numeric(frame[col], errors="coerce").fillna(-1)
    return frame.astype(STANCE_GOLD_COLUMNS)


def stance_texts(folder: str | Path, doc_ids: list[str], *, heldout: bool = False) -> pd.Series:
    """The article texts ``<folder>/<ID>.txt`` of *doc_ids*, as a Series indexed by ``doc_id``.

    Raises
    ------
    ValueError
        When a text is missing (its path is named).
    """
    folder = Path(folder)
    _check_folder(folder, heldout)
    texts = {}
    for doc in doc_ids:
        path = folder / f"{doc}.txt"
        if not path.is_file():
            raise ValueError(f"no article text {path} for the stance gold of {doc}")
        texts[doc] = path.read_text(encoding="utf-8")
    return pd.Series(texts, dtype=object)
