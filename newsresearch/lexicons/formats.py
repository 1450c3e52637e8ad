"""Readers of LIWC ``.dic``, Lexicoder ``.cat`` and CSV files into :class:`WordLists`.

See :mod:`newsresearch.lexicons.dictionary` for the formats.
"""

from __future__ import annotations

import csv
import io
import logging
import re
from pathlib import Path

from .wordlists import LexiconError, WordLists, norm_term

__all__ = ["read_cat", "read_csv", "read_liwc"]

log = logging.getLogger(__name__)

_LIWC_CONDITIONAL = re.compile(r"[()/<>]")
_CAT_WEIGHT = re.compile(r"(.*?)\s*\(\s*([-+]?\d+(?:\.\d+)?)\s*\)")
_CSV_HEADER_WORDS = frozenset(
    "word words term terms entry entries pattern token category categories weight score value "
    "frame".split()
)


# ---------------------------------------------------------------------------
# LIWC .dic
# ---------------------------------------------------------------------------


def _is_id(item: str) -> bool:
    return item.isdigit() or bool(_LIWC_CONDITIONAL.search(item))


def _liwc_fields(line: str) -> tuple[str, list[str]]:
    """(term, ids) of a LIWC entry line: the term is a word or a phrase."""
    if "\t" in line:
        fields = [f.strip() for f in line.split("\t") if f.strip()]
        k = 1
        while k < len(fields) and not all(_is_id(x) for x in fields[k].split()):
            k += 1
        return " ".join(fields[:k]), " ".join(fields[k:]).split()
    parts = line.split()
    k = len(parts)
    while k > 1 and _is_id(parts[k - 1]):
        k -= 1
    return " ".join(parts[:k]), parts[k:]


def _liwc_header(lines: list[str], source: str) -> tuple[dict[str, str], int]:
    n = 0
    while n < len(lines) and not lines[n].strip():
        n += 1
    if n >= len(lines) or lines[n].strip() != "%":
        raise LexiconError(
            f"{source}, line {n + 1}: a LIWC .dic file starts with a line holding only '%', "
            "then '<id><TAB><category>' lines, a second '%', then '<term><TAB><id> ...' lines"
        )
    ids: dict[str, str] = {}
    n += 1
    while n < len(lines) and lines[n].strip() != "%":
        line = lines[n].strip()
        if line:
            parts = line.split(None, 1)
            if len(parts) != 2 or not parts[0].isdigit():
                raise LexiconError(
                    f"{source}, line {n + 1}: expected '<id><TAB><category>' "
                    f"(number<TAB>category) in the category header, got {line!r}; "
                    "close the header with a line holding only '%'"
                )
            ids[parts[0].lstrip("0") or "0"] = parts[1].strip()
        n += 1
    if n >= len(lines):
        raise LexiconError(
            f"{source}, line {n}: the category header is not closed by a line holding only '%'"
        )
    return ids, n + 1


def read_liwc(text: str, source: str) -> WordLists:
    lines = text.splitlines()
    ids, first = _liwc_header(lines, source)
    categories: dict[str, dict[str, float]] = {name: {} for name in ids.values()}
    skipped = 0
    for k in range(first, len(lines)):
        line = lines[k].strip()
        if not line:
            continue
        term, items = _liwc_fields(line)
        plain = [x for x in items if not _LIWC_CONDITIONAL.search(x)]
        skipped += len(plain) < len(items)
        if not items:
            raise LexiconError(
                f"{source}, line {k + 1}: expected an entry followed by category numbers, "
                f"got {line!r}: the term has no category id"
            )
        entry = norm_term(term, f"{source}, line {k + 1}")
        for num in plain:
            key = num.lstrip("0") or "0"
            if key not in ids:
                declared = ", ".join(f"{i} {c}" for i, c in ids.items())
                raise LexiconError(
                    f"{source}, line {k + 1}: category {num} of {term!r} is not declared in "
                    f"the header (category id {num!r} is invalid; valid ids are "
                    f"{sorted(ids, key=int)}: {declared}); declare it or fix the id"
                )
            categories[ids[key]][entry] = 1.0
    if skipped:
        log.warning(
            "%s: %d conditional LIWC entries read without their conditions", source, skipped
        )
    return WordLists(categories, source, "liwc", Path(source).stem)


# ---------------------------------------------------------------------------
# Lexicoder .cat and CSV
# ---------------------------------------------------------------------------


def read_cat(text: str, source: str) -> WordLists:
    categories: dict[str, dict[str, float]] = {}
    stated: set[str] = set()
    current: str | None = None
    for n, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        if not raw[0].isspace():
            current = raw.strip()
            categories.setdefault(current, {})
            continue
        if current is None:
            raise LexiconError(
                f"{source}, line {n}: entry {raw.strip()!r} comes before any category name "
                "(category names start at the beginning of a line, entries are indented)"
            )
        entry, weight = raw.strip(), 1.0
        m = _CAT_WEIGHT.fullmatch(entry)
        if m:
            entry, weight = m.group(1), float(m.group(2))
        elif "(" in entry or ")" in entry:
            raise LexiconError(
                f"{source}, line {n}: malformed weight in {raw.strip()!r}; write 'entry (2)'"
            )
        key = norm_term(entry, f"{source}, line {n}")
        if m:
            stated.add(key)
        categories[current][key] = weight
    return WordLists(categories, source, "lexicoder", Path(source).stem, frozenset(stated))


def _is_number(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    return True


def _csv_rows(text: str) -> tuple[list[tuple[int, list[str]]], str]:
    sample = text[:4096]
    delimiter = "\t" if "\t" in sample else ";" if sample.count(";") > sample.count(",") else ","
    rows = [
        (n, [c.strip() for c in row])
        for n, row in enumerate(csv.reader(io.StringIO(text), delimiter=delimiter), start=1)
        if row and any(c.strip() for c in row) and not row[0].lstrip().startswith("#")
    ]
    return rows, delimiter


def read_csv(text: str, source: str) -> WordLists:
    rows, delimiter = _csv_rows(text)
    width = len(rows[0][1]) if rows else 2
    weighted = width == 2 and any(_is_number(row[1]) for _, row in rows[:2])
    layout = ("word", "weight") if weighted else ("term", "category", "weight")[:width]
    header = bool(rows) and (
        not _is_number(rows[0][1][-1])
        if width == 3 or weighted
        else set(map(str.lower, rows[0][1])) <= _CSV_HEADER_WORDS
    )
    categories: dict[str, dict[str, float]] = {"positive": {}, "negative": {}} if weighted else {}
    stated: set[str] = set()
    for k, (n, row) in enumerate(rows):
        if width not in (2, 3):
            raise LexiconError(
                f"{source}, line {n}: expected 2 or 3 columns (word{delimiter}weight or "
                f"term{delimiter}category[{delimiter}weight]), found {width}"
            )
        if len(row) != width:
            raise LexiconError(
                f"{source}, line {n}: expected {width} columns ({delimiter.join(layout)}) like "
                f"line {rows[0][0]}, found {len(row)}; every row needs the same columns"
            )
        if k == 0 and header:
            continue
        word, cell = row[0], (row[-1] if weighted or width == 3 else "1")
        try:
            value = float(cell)
        except ValueError:
            raise LexiconError(
                f"{source}, line {n}: weight {cell!r} of {word!r} is not a number"
            ) from None
        if not word:
            raise LexiconError(f"{source}, line {n}: empty word; fill it in or drop the row")
        if value == 0 or value != value:
            continue
        key = norm_term(word, f"{source}, line {n}")
        if weighted:
            categories["positive" if value > 0 else "negative"][key] = abs(value)
        else:
            categories.setdefault(row[1], {})[key] = value
        if weighted or width == 3:
            stated.add(key)
    return WordLists(categories, source, "csv", Path(source).stem, frozenset(stated))
