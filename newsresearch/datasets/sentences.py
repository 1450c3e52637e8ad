"""Hand-split sentences (JSON Lines): :func:`read_sentence_gold`."""

from __future__ import annotations

import json
from pathlib import Path

from .. import config

__all__ = ["read_sentence_gold"]

_PARAGRAPH_SEP = "\n\n"
_SENTENCE_SEP = " "


def _join(paragraphs: list[list[str]]) -> tuple[str, list[tuple[int, int]]]:
    """The text of an item (paragraphs joined by blank lines, sentences by one space) and
    the span of each sentence."""
    spans, pieces, pos = [], [], 0
    for p, para in enumerate(paragraphs):
        if p:
            pieces.append(_PARAGRAPH_SEP)
            pos += len(_PARAGRAPH_SEP)
        for s, sent in enumerate(para):
            if s:
                pieces.append(_SENTENCE_SEP)
                pos += len(_SENTENCE_SEP)
            spans.append((pos, pos + len(sent)))
            pieces.append(sent)
            pos += len(sent)
    return "".join(pieces), spans


def read_sentence_gold(
    path: str | Path | None = None,
) -> list[tuple[str, str, list[tuple[int, int]]]]:
    """Read a sentence gold set: ``(id, text, gold spans)`` per item.

    Each JSONL line is ``{"id": ..., "paragraphs": [[sentence, ...], ...]}``;
    the text is the paragraphs joined by blank lines, sentences by one space.
    The default is the development set ``data/sample/gold/sentences.jsonl``.

    Raises
    ------
    FileNotFoundError
        When the file does not exist.
    ValueError
        On a line that is not such a JSON object.

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
            text, spans = _join(obj["paragraphs"])
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise ValueError(
                f"{path}, line {n}: expected {{'id': ..., 'paragraphs': [[...]]}} ({exc})"
            ) from exc
        items.append((str(obj.get("id", n)), text, spans))
    return items
