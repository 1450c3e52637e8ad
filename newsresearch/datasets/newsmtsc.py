"""NewsMTSC JSONL (Hamborg & Donnay, EACL 2021): target-dependent sentiment in news sentences.

Each line holds ``primary_gid``, ``sentence_normalized`` and ``targets``
(``from``, ``to``, ``mention``, ``polarity``: 2.0 negative, 4.0 neutral, 6.0
positive). The sample gold ``data/sample/gold/target_sentiment.jsonl`` uses
the same form.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

__all__ = ["NEWSMTSC_COLUMNS", "POLARITY_LABELS", "read_newsmtsc"]

#: NewsMTSC polarity -> our label.
POLARITY_LABELS = {2.0: "negative", 4.0: "neutral", 6.0: "positive"}
#: Columns and dtypes of :func:`read_newsmtsc`.
NEWSMTSC_COLUMNS: dict[str, str] = {
    "primary_gid": "string",
    "text": "string",
    "start": "int64",
    "end": "int64",
    "mention": "string",
    "label": "string",
    "target": "int64",
}


def read_newsmtsc(path: str | Path) -> pd.DataFrame:
    """Read NewsMTSC JSONL: one row per target.

    Each line holds ``primary_gid``, ``sentence_normalized`` and ``targets``
    (``from``, ``to``, ``mention``, ``polarity``: 2.0 negative, 4.0 neutral,
    6.0 positive). Use the table to evaluate, or to retrain
    :class:`~newsresearch.sentiment.TargetSentimentClassifier` on your own labels.

    Returns
    -------
    pandas.DataFrame
        ``primary_gid``, ``text``, ``start``, ``end``, ``mention``, ``label``
        (NA for a target without polarity), and ``target`` (the target's
        position in its line's list).

    Examples
    --------
    >>> from newsresearch import config
    >>> gold = read_newsmtsc(config.SAMPLE_DIR / "gold" / "target_sentiment.jsonl")
    >>> list(gold.columns)
    ['primary_gid', 'text', 'start', 'end', 'mention', 'label', 'target']
    >>> bool((gold.apply(lambda r: r.text[r.start:r.end], axis=1) == gold.mention).all())
    True
    """
    path = Path(path)
    rows = []
    with path.open(encoding="utf-8-sig") as fh:
        for n, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
                text = obj["sentence_normalized"]
                gid = str(obj.get("primary_gid", f"line{n}"))
                targets = obj["targets"]
                for k, t in enumerate(targets):
                    a, b = int(t["from"]), int(t["to"])
                    if not 0 <= a <= b <= len(text):
                        raise ValueError(f"target {k} span ({a}, {b}) is outside the sentence")
                    pol = t.get("polarity")
                    if pol is not None and float(pol) not in POLARITY_LABELS:
                        raise ValueError(
                            f"target {k} polarity {pol!r} is invalid; valid values are "
                            f"{sorted(POLARITY_LABELS)}"
                        )
                    label = POLARITY_LABELS[float(pol)] if pol is not None else pd.NA
                    rows.append((gid, text, a, b, t.get("mention", text[a:b]), label, k))
            except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
                detail = f"missing field {exc}" if isinstance(exc, KeyError) else str(exc)
                raise ValueError(f"{path}, line {n}: not a NewsMTSC record ({detail})") from exc
    return pd.DataFrame(rows, columns=list(NEWSMTSC_COLUMNS)).astype(NEWSMTSC_COLUMNS)
