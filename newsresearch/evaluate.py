"""Gold readers and scorers.

This module holds the evaluation of each analysis against gold annotations.
So far: sentence boundaries (the gold set ``data/sample/gold/sentences.jsonl``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from . import config
from .text import split_sentences

__all__ = [
    "BoundaryScore",
    "BratAttribution",
    "BratSpan",
    "read_brat",
    "read_sentence_gold",
    "score_sentence_boundaries",
]


@dataclass(frozen=True)
class BoundaryScore:
    """Precision, recall and F1 of sentence boundaries, with the counts behind them."""

    precision: float
    recall: float
    f1: float
    true_positives: int
    false_positives: int
    false_negatives: int
    sentences: int

    def __str__(self) -> str:
        return (
            f"sentence boundaries over {self.sentences} gold sentences: "
            f"P={self.precision:.4f} R={self.recall:.4f} F1={self.f1:.4f} "
            f"(tp={self.true_positives}, fp={self.false_positives}, fn={self.false_negatives})"
        )


def read_sentence_gold(
    path: str | Path | None = None,
) -> list[tuple[str, str, list[tuple[int, int]]]]:
    """Read the sentence gold set: ``(id, text, gold spans)`` per item.

    Each JSONL line is ``{"id": ..., "paragraphs": [[sentence, ...], ...]}``;
    the text is the paragraphs joined by blank lines, sentences by one space.

    Examples
    --------
    >>> items = read_sentence_gold()
    >>> sum(len(spans) for _, _, spans in items) >= 300
    True
    """
    path = Path(path) if path else config.SAMPLE_DIR / "gold" / "sentences.jsonl"
    items = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            paragraphs = obj["paragraphs"]
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise ValueError(
                f"{path}, line {n}: expected {{'id': ..., 'paragraphs': [[...]]}} ({exc})"
            ) from exc
        spans, pieces, pos = [], [], 0
        for p, para in enumerate(paragraphs):
            if p:
                pieces.append("\n\n")
                pos += 2
            for s, sent in enumerate(para):
                if s:
                    pieces.append(" ")
                    pos += 1
                spans.append((pos, pos + len(sent)))
                pieces.append(sent)
                pos += len(sent)
        items.append((str(obj.get("id", n)), "".join(pieces), spans))
    return items


def score_sentence_boundaries(path: str | Path | None = None) -> BoundaryScore:
    """Score :func:`newsresearch.text.split_sentences` against the sentence gold set.

    A boundary is the end offset of a sentence that is not the last of its item;
    a predicted boundary is correct when it falls on a gold boundary (trailing
    whitespace ignored).

    Examples
    --------
    >>> score = score_sentence_boundaries()
    >>> 0.0 <= score.f1 <= 1.0
    True
    """
    tp = fp = fn = n = 0
    for _, text, gold in read_sentence_gold(path):
        n += len(gold)
        g = {e for _, e in gold[:-1]}
        pred = split_sentences(text)
        p = {e for _, e in pred[:-1]}
        tp += len(g & p)
        fp += len(p - g)
        fn += len(g - p)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return BoundaryScore(precision, recall, f1, tp, fp, fn, n)


@dataclass(frozen=True)
class BratSpan:
    """A text-bound annotation: its type, character spans (several when discontinuous) and text."""

    id: str
    type: str
    spans: tuple[tuple[int, int], ...]
    text: str


@dataclass(frozen=True)
class BratAttribution:
    """One attribution event with its roles, attributes and the speaker note."""

    id: str
    cue: BratSpan | None
    source: BratSpan | None
    content: BratSpan | None
    attributes: dict[str, str]
    speaker: str | None


def read_brat(path: str | Path) -> list[BratAttribution]:
    """Read attributions from a brat standoff ``.ann`` file (PolNeAR layout).

    ``T`` lines are spans (``Type start end[;start end]<TAB>text``); ``E`` lines tie
    an ``Attribution`` trigger to ``Source``, ``Cue`` and ``Content`` roles; ``A``
    lines are attributes (``Kind E1 Direct`` or binary ``Anonymous E1``);
    ``#`` AnnotatorNotes on the Source give the speaker's canonical name.

    Examples
    --------
    >>> from newsresearch import config
    >>> ann = next((config.SAMPLE_DIR / "gold" / "attribution").glob("*.ann"))
    >>> all(a.cue is not None for a in read_brat(ann))
    True
    """
    path = Path(path)
    spans: dict[str, BratSpan] = {}
    events: dict[str, dict[str, str]] = {}
    attributes: dict[str, dict[str, str]] = {}
    notes: dict[str, str] = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        fields = line.split("\t")
        ident = fields[0]
        try:
            if ident.startswith("T"):
                kind, _, offsets = fields[1].partition(" ")
                pieces = tuple(
                    (int(a), int(b)) for a, b in (part.split() for part in offsets.split(";"))
                )
                spans[ident] = BratSpan(ident, kind, pieces, fields[2] if len(fields) > 2 else "")
            elif ident.startswith("E"):
                roles = dict(arg.split(":", 1) for arg in fields[1].split())
                events[ident] = roles
            elif ident.startswith("A"):
                parts = fields[1].split()
                attributes.setdefault(parts[1], {})[parts[0]] = (
                    parts[2] if len(parts) > 2 else "true"
                )
            elif ident.startswith("#"):
                target = fields[1].split()[1]
                notes[target] = fields[2] if len(fields) > 2 else ""
        except (IndexError, ValueError) as exc:
            raise ValueError(f"{path}, line {n}: malformed brat line {line!r} ({exc})") from exc

    def role(event: str, name: str) -> BratSpan | None:
        key = events[event].get(name)
        if key is not None and key not in spans:
            raise ValueError(f"{path}: event {event} refers to unknown span {key}")
        return spans.get(key) if key else None

    out = []
    for ident in events:
        source = role(ident, "Source")
        out.append(
            BratAttribution(
                ident,
                role(ident, "Cue"),
                source,
                role(ident, "Content"),
                attributes.get(ident, {}),
                notes.get(source.id) if source else None,
            )
        )
    return out


# --- attribution --------------------------------------------------------------------


def read_brat_folder(folder: str | Path) -> dict[str, tuple[str, list[BratAttribution]]]:
    """Read a folder of brat standoff attribution annotations: ``{name: (text, attributions)}``.

    Accepts ``<name>.txt`` with one or more ``<name>*.ann`` files beside it or in a
    parallel ``attributions/`` (or ``ann/``) folder. When several annotators'
    files exist for one text, the first in sorted order is used.

    Examples
    --------
    >>> from newsresearch import config
    >>> gold = read_brat_folder(config.SAMPLE_DIR / "gold" / "attribution")
    >>> len(gold) >= 25
    True
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise FileNotFoundError(f"{folder} is not a folder of brat .txt/.ann files")
    out = {}
    for txt in sorted(folder.rglob("*.txt")):
        name = txt.stem
        candidates = sorted(txt.parent.glob(f"{name}*.ann"))
        for extra in ("attributions", "ann", "annotations"):
            candidates += sorted((txt.parent.parent / extra).glob(f"{name}*.ann"))
        candidates = [c for c in candidates if c.stem == name or c.stem.startswith(name + "_")]
        if not candidates:
            continue
        out[name] = (txt.read_text(encoding="utf-8"), read_brat(candidates[0]))
    if not out:
        raise ValueError(f"no <name>.txt with a matching <name>*.ann found under {folder}")
    return out


def _tokens(text: str, spans: tuple[tuple[int, int], ...]) -> set[int]:
    import re

    out: set[int] = set()
    for a, b in spans:
        out.update(m.start() + a for m in re.finditer(r"\w+", text[a:b]))
    return out


def _prf(tp: float, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class AttributionScore:
    """Exact and overlap P/R/F1 per role, speaker accuracy and cue-stance accuracy."""

    table: object  # DataFrame: role x (match, precision, recall, f1, predicted, gold)
    speaker_accuracy_direct: float
    speaker_accuracy_all: float
    stance_accuracy: float
    documents: int
    gold_attributions: int
    predicted_attributions: int

    def __str__(self) -> str:
        lines = [
            f"attribution over {self.documents} documents: {self.gold_attributions} gold, "
            f"{self.predicted_attributions} predicted attributions",
            self.table.to_string(float_format=lambda x: f"{x:.3f}"),
            f"speaker accuracy, direct quotes: {self.speaker_accuracy_direct:.3f}",
            f"speaker accuracy, all attributions: {self.speaker_accuracy_all:.3f}",
            f"cue stance accuracy on matched cues: {self.stance_accuracy:.3f}",
        ]
        return "\n".join(lines)


def _norm_name(name: object) -> str:
    return name.replace("’", "'").strip().casefold() if isinstance(name, str) else ""


def score_attributions(
    gold_dir: str | Path | None = None, *, predictions_out: str | Path | None = None
) -> AttributionScore:
    """Score :func:`newsresearch.attributions` against brat gold (default: the sample gold).

    Spans match **exactly** (same offsets; a discontinuous content must match in
    every piece) or by **overlap** (token Jaccard of at least 0.5, each gold span
    matched once). Speaker accuracy counts a gold attribution as right when a
    predicted attribution overlaps its content and names the same speaker.

    Examples
    --------
    >>> score = score_attributions()
    >>> 0.0 <= score.speaker_accuracy_direct <= 1.0
    True
    """
    import json

    import pandas as pd

    from .attribution import attributions

    gold = read_brat_folder(gold_dir or config.SAMPLE_DIR / "gold" / "attribution")
    texts = pd.Series({name: text for name, (text, _) in gold.items()})
    predicted = attributions(texts)
    roles = {"source": "source", "cue": "cue", "content": "content"}
    counts = {r: {"exact": 0.0, "overlap": 0.0, "pred": 0, "gold": 0} for r in roles}
    speaker_direct = [0, 0]
    speaker_all = [0, 0]
    stance = [0, 0]
    for name, (text, gold_atts) in gold.items():
        pred = predicted[predicted["doc_id"] == name]
        for role in roles:
            g = {tuple(getattr(a, role).spans) for a in gold_atts if getattr(a, role) is not None}
            if role == "content":
                p = {tuple(tuple(s) for s in spans) for spans in pred["content_spans"]}
            else:
                p = {
                    ((int(s), int(e)),)
                    for s, e in zip(pred[f"{role}_start"], pred[f"{role}_end"], strict=True)
                    if not pd.isna(s)
                }
            counts[role]["gold"] += len(g)
            counts[role]["pred"] += len(p)
            counts[role]["exact"] += len(g & p)
            unmatched = {s: _tokens(text, s) for s in g}
            for spans in p:
                toks = _tokens(text, spans)
                best, best_j = None, 0.0
                for gs, gt in unmatched.items():
                    union = len(toks | gt)
                    j = len(toks & gt) / union if union else 0.0
                    if j > best_j:
                        best, best_j = gs, j
                if best is not None and best_j >= 0.5:
                    counts[role]["overlap"] += 1
                    del unmatched[best]
        for att in gold_atts:
            if att.content is None:
                continue
            gt = _tokens(text, att.content.spans)
            match = None
            for _, row in pred.iterrows():
                pt = _tokens(text, tuple(tuple(s) for s in row["content_spans"]))
                if gt and len(gt & pt) / len(gt | pt) >= 0.5:
                    match = row
                    break
            right = match is not None and _norm_name(match["speaker"]) == _norm_name(att.speaker)
            speaker_all[0] += right
            speaker_all[1] += 1
            if att.attributes.get("Kind") == "Direct":
                speaker_direct[0] += right
                speaker_direct[1] += 1
            if att.cue is not None:
                for _, row in pred.iterrows():
                    if (
                        not pd.isna(row["cue_start"])
                        and (int(row["cue_start"]), int(row["cue_end"])) == att.cue.spans[0]
                    ):
                        stance[1] += 1
                        stance[0] += row["cue_stance"] == att.attributes.get("Stance", "").lower()
                        break
    rows = []
    for role, c in counts.items():
        for match in ("exact", "overlap"):
            p, r, f = _prf(c[match], c["pred"], c["gold"])
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
    table = pd.DataFrame(rows).set_index(["role", "match"])
    if predictions_out:
        with open(predictions_out, "w", encoding="utf-8") as out:
            for rec in predicted.to_dict(orient="records"):
                out.write(
                    json.dumps(
                        {
                            k: (None if pd.isna(v) else v) if not isinstance(v, list) else v
                            for k, v in rec.items()
                        },
                        ensure_ascii=False,
                        default=str,
                    )
                    + "\n"
                )
    return AttributionScore(
        table,
        speaker_direct[0] / speaker_direct[1] if speaker_direct[1] else 0.0,
        speaker_all[0] / speaker_all[1] if speaker_all[1] else 0.0,
        stance[0] / stance[1] if stance[1] else 0.0,
        len(gold),
        sum(len(a) for _, a in gold.values()),
        len(predicted),
    )
