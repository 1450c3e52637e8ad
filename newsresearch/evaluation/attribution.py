"""Attribution against brat gold annotations: :func:`score_attributions`.

Spans of the source, cue and content match **exactly** (same offsets; a
discontinuous content must match in every piece) or by **overlap** (token
Jaccard of at least :data:`MIN_OVERLAP`, each gold span matched once).
**Speaker accuracy** counts a gold attribution as right when a predicted
attribution overlaps its content and names the same speaker; **stance
accuracy** compares the cue stance of predicted cues at gold cue offsets.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pandas as pd

from .. import config
from .result import Evaluation, EvaluationError, prf

__all__ = ["MIN_OVERLAP", "score_attributions"]

#: Token Jaccard from which two spans (or two contents) match by overlap.
MIN_OVERLAP = 0.5

_ROLES = ("source", "cue", "content")
_WORD = re.compile(r"\w+")

Spans = tuple[tuple[int, int], ...]


def _tokens(text: str, spans: Spans) -> set[int]:
    """The start offsets of the words inside *spans*."""
    out: set[int] = set()
    for a, b in spans:
        out.update(m.start() + a for m in _WORD.finditer(text[a:b]))
    return out


def _norm_name(name: object) -> str:
    return name.replace("’", "'").strip().casefold() if isinstance(name, str) else ""


def _predicted_spans(pred: pd.DataFrame, role: str) -> set[Spans]:
    if role == "content":
        return {tuple(tuple(s) for s in spans) for spans in pred["content_spans"]}
    return {
        ((int(s), int(e)),)
        for s, e in zip(pred[f"{role}_start"], pred[f"{role}_end"], strict=True)
        if not pd.isna(s)
    }


def _overlap_matches(text: str, gold: set[Spans], predicted: set[Spans]) -> int:
    """Predicted spans that match a distinct gold span by token Jaccard >= MIN_OVERLAP."""
    unmatched = {s: _tokens(text, s) for s in gold}
    matched = 0
    for spans in predicted:
        toks = _tokens(text, spans)
        best, best_j = None, 0.0
        for gs, gt in unmatched.items():
            union = len(toks | gt)
            j = len(toks & gt) / union if union else 0.0
            if j > best_j:
                best, best_j = gs, j
        if best is not None and best_j >= MIN_OVERLAP:
            matched += 1
            del unmatched[best]
    return matched


def _count_spans(counts: dict, text: str, gold_atts: list, pred: pd.DataFrame) -> None:
    for role in _ROLES:
        gold = {tuple(getattr(a, role).spans) for a in gold_atts if getattr(a, role) is not None}
        predicted = _predicted_spans(pred, role)
        counts[role]["gold"] += len(gold)
        counts[role]["pred"] += len(predicted)
        counts[role]["exact"] += len(gold & predicted)
        counts[role]["overlap"] += _overlap_matches(text, gold, predicted)


def _speaker_right(text: str, att: Any, pred: pd.DataFrame) -> bool:
    """Whether the first prediction overlapping the gold content names the gold speaker."""
    gt = _tokens(text, att.content.spans)
    for _, row in pred.iterrows():
        pt = _tokens(text, tuple(tuple(s) for s in row["content_spans"]))
        if gt and len(gt & pt) / len(gt | pt) >= MIN_OVERLAP:
            return _norm_name(row["speaker"]) == _norm_name(att.speaker)
    return False


def _stance_match(att: Any, pred: pd.DataFrame) -> bool | None:
    """Whether the prediction at the gold cue has the gold stance (None: no prediction there)."""
    for _, row in pred.iterrows():
        if (
            not pd.isna(row["cue_start"])
            and (int(row["cue_start"]), int(row["cue_end"])) == att.cue.spans[0]
        ):
            return row["cue_stance"] == att.attributes.get("Stance", "").lower()
    return None


def _span_table(counts: dict) -> pd.DataFrame:
    rows = []
    for role, c in counts.items():
        for match in ("exact", "overlap"):
            p, r, f = prf(c[match], c["pred"], c["gold"])
            rows.append(
                {
                    "role": role,
                    "match": match,
                    "precision": p,
                    "recall": r,
                    "f1": f,
                    "predicted": c["pred"],
                    "gold": c["gold"],
                }
            )
    return pd.DataFrame(rows).set_index(["role", "match"])


def _write_predictions(predicted: pd.DataFrame, path: str | Path) -> None:
    with open(path, "w", encoding="utf-8") as out:
        for rec in predicted.to_dict(orient="records"):
            plain = {
                k: (None if pd.isna(v) else v) if not isinstance(v, list) else v
                for k, v in rec.items()
            }
            out.write(json.dumps(plain, ensure_ascii=False, default=str) + "\n")


def _read_gold(folder: Path) -> dict:
    from ..datasets.brat import read_brat_folder

    try:
        return read_brat_folder(folder)
    except (OSError, ValueError) as exc:
        raise EvaluationError(
            f"cannot read the attribution gold {folder}: {exc}; give a folder of brat "
            "<name>.txt files with <name>*.ann attribution annotations"
        ) from exc


def _accuracy(right: int, total: int) -> float:
    return right / total if total else 0.0


def score_attributions(
    gold: str | Path | None = None, *, predictions_out: str | Path | None = None
) -> Evaluation:
    """Score :func:`newsresearch.attributions` against brat gold (default: the sample gold).

    Parameters
    ----------
    gold : path, optional
        A folder of brat ``.txt``/``.ann`` files, read by
        :func:`newsresearch.datasets.brat.read_brat_folder` (default:
        ``data/sample/gold/attribution``).
    predictions_out : path, optional
        Where to write the predicted attributions, one JSON object per line.

    Returns
    -------
    Evaluation
        ``scores``: ``speaker_accuracy_direct``, ``speaker_accuracy_all``,
        ``stance_accuracy``; ``table``: precision, recall, F1, predicted and gold
        span counts per (role, match); ``n``: documents; ``details["counts"]``:
        gold and predicted attributions.

    Raises
    ------
    EvaluationError
        When the gold folder is missing, holds no annotated text or a malformed file.

    Examples
    --------
    >>> e = score_attributions()
    >>> bool(e.table.loc[("cue", "exact"), "f1"] > 0.8), bool(e["speaker_accuracy_direct"] > 0.6)
    (True, True)
    """
    from ..attribution import attributions

    folder = Path(gold) if gold else config.SAMPLE_DIR / "gold" / "attribution"
    documents = _read_gold(folder)
    texts = pd.Series({name: text for name, (text, _) in documents.items()})
    predicted = attributions(texts)
    counts = {r: {"exact": 0.0, "overlap": 0.0, "pred": 0, "gold": 0} for r in _ROLES}
    speaker_direct, speaker_all, stance = [0, 0], [0, 0], [0, 0]
    for name, (text, gold_atts) in documents.items():
        pred = predicted[predicted["doc_id"] == name]
        _count_spans(counts, text, gold_atts, pred)
        for att in gold_atts:
            if att.content is None:
                continue
            right = _speaker_right(text, att, pred)
            speaker_all[0] += right
            speaker_all[1] += 1
            if att.attributes.get("Kind") == "Direct":
                speaker_direct[0] += right
                speaker_direct[1] += 1
            matched = _stance_match(att, pred) if att.cue is not None else None
            if matched is not None:
                stance[0] += matched
                stance[1] += 1
    if predictions_out:
        _write_predictions(predicted, predictions_out)
    n_gold = sum(len(a) for _, a in documents.values())
    return Evaluation(
        task="attribution",
        gold=str(folder),
        n=len(documents),
        unit="documents",
        scores={
            "speaker_accuracy_direct": _accuracy(*speaker_direct),
            "speaker_accuracy_all": _accuracy(*speaker_all),
            "stance_accuracy": _accuracy(*stance),
        },
        table=_span_table(counts),
        details={
            "counts": pd.DataFrame(
                {"attributions": [n_gold, len(predicted)]}, index=["gold", "predicted"]
            )
        },
        method="rule-based attributions",
    )
