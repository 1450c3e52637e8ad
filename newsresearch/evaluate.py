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
