"""Turn one input file into raw records (dicts), detecting the container from its bytes.

A reader never raises on bad content: it yields ``Item`` objects that carry
either a record or the reason it could not be read, so the loader can account
for every input record.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from .formats import TRAFILATURA_CSV_COLUMNS
from .sources import RawFile

csv.field_size_limit(2**31 - 1)


@dataclass
class Item:
    """One input record: ``record`` is None when it could not be read (see ``error``)."""

    position: int | None  # 1-based line/row/item; None for one-record files
    record: dict[str, Any] | None
    error: str | None = None
    container: str = ""  # json, jsonl, csv, tsv, parquet, txt, html


@dataclass
class Decoded:
    text: str
    encoding: str
    repaired: str | None = None  # a sentence for the load report when we had to guess


_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def decode(data: bytes) -> Decoded:
    """Decode bytes: UTF-8 (with or without BOM), UTF-16, then cp1252 and other guesses.

    Examples
    --------
    >>> decode("café".encode("cp1252")).text
    'café'
    >>> decode("\\ufeffhi".encode("utf-8")).text
    'hi'
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return Decoded(data[3:].decode("utf-8", errors="replace"), "utf-8-sig")
    if data.startswith(_UTF16_BOMS):
        return Decoded(data.decode("utf-16", errors="replace"), "utf-16")
    head = data[:4000]
    if len(head) >= 4 and head.count(b"\x00") > len(head) // 4:
        enc = "utf-16-le" if head[1:2] == b"\x00" else "utf-16-be"
        return Decoded(data.decode(enc, errors="replace"), enc)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        where = exc.start
    try:
        text = data.decode("cp1252")
        enc = "cp1252"
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        enc = best.encoding if best is not None else "latin-1"
        text = data.decode(enc, errors="replace")
    return Decoded(text, enc, f"not valid UTF-8 (byte {where}); decoded as {enc}")


def _looks_like_jsonl(text: str) -> bool:
    lines = [ln for ln in text.splitlines() if ln.strip()][:3]
    if len(lines) < 2:
        return False
    return all(ln.lstrip().startswith("{") for ln in lines)


def _read_json(text: str, suffix: str = ".json") -> Iterator[Item]:
    stripped = text.lstrip()
    if suffix in (".jsonl", ".ndjson") or _looks_like_jsonl(stripped):
        yield from _read_jsonl(text)
        return
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        # A JSONL file whose first line is broken still holds readable lines.
        if "\n" in stripped.strip():
            yield from _read_jsonl(text)
            return
        yield Item(None, None, f"invalid JSON: {exc}", "json")
        return
    if isinstance(value, dict):
        # A wrapper object {"articles": [...]} or {"data": [...]} holds a list of records.
        lists = [v for v in value.values() if isinstance(v, list) and v and isinstance(v[0], dict)]
        if len(lists) == 1 and len(value) <= 3:
            value = lists[0]
        else:
            yield Item(None, value, None, "json")
            return
    if isinstance(value, list):
        for i, rec in enumerate(value, start=1):
            if isinstance(rec, dict):
                yield Item(i, rec, None, "json")
            else:
                yield Item(i, None, f"item is a {type(rec).__name__}, not an object", "json")
        return
    yield Item(None, None, f"JSON holds a {type(value).__name__}, not an article object", "json")


def _read_jsonl(text: str) -> Iterator[Item]:
    for i, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Item(
                i, None, f"invalid JSON on this line: {exc.msg} (column {exc.colno})", "jsonl"
            )
            continue
        if isinstance(rec, dict):
            yield Item(i, rec, None, "jsonl")
        else:
            yield Item(i, None, f"line holds a {type(rec).__name__}, not an object", "jsonl")


_URLISH = re.compile(r"^(https?://|www\.)", re.I)


def _read_delimited(text: str, suffix: str) -> Iterator[Item]:
    first = text.split("\n", 1)[0]
    delimiter = "\t" if first.count("\t") > first.count(",") or suffix == ".tsv" else ","
    container = "tsv" if delimiter == "\t" else "csv"
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader)
    except (StopIteration, csv.Error) as exc:
        yield Item(None, None, f"no header row ({exc or 'empty file'})", container)
        return
    headerless = (
        delimiter == "\t"
        and len(header) == len(TRAFILATURA_CSV_COLUMNS)
        and _URLISH.match(header[0] or "") is not None
    )
    columns = list(TRAFILATURA_CSV_COLUMNS) if headerless else [h.strip() for h in header]
    if headerless:
        rows: Iterator[list[str]] = _chain_first(header, reader)
        start = 1
    else:
        rows = reader
        start = 2
    line = start
    while True:
        try:
            row = next(rows)
        except StopIteration:
            break
        except csv.Error as exc:
            yield Item(line, None, f"malformed CSV row: {exc}", container)
            line += 1
            continue
        if not any(cell.strip() for cell in row):
            line += 1
            continue
        if len(row) != len(columns):
            yield Item(
                line,
                None,
                f"row has {len(row)} fields but the header has {len(columns)}",
                container,
            )
        else:
            rec = dict(zip(columns, row, strict=True))
            if headerless:
                rec = {k: (None if v == "null" else v) for k, v in rec.items()}
            yield Item(line, rec, None, container)
        line += 1


def _chain_first(first: list[str], rest: Iterator[list[str]]) -> Iterator[list[str]]:
    yield first
    yield from rest


def _read_parquet(data: bytes) -> Iterator[Item]:
    import pyarrow.parquet as pq

    try:
        table = pq.read_table(io.BytesIO(data))
    except Exception as exc:  # pyarrow raises several types for damaged files
        yield Item(None, None, f"unreadable Parquet file: {exc}", "parquet")
        return
    for i, rec in enumerate(table.to_pylist(), start=1):
        yield Item(i, rec, None, "parquet")


def split_first_line(text: str) -> tuple[str | None, str]:
    """Split a plain-text article into (first non-empty line, the rest)."""
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if line.strip():
            return line.strip(), "\n".join(lines[i + 1 :]).strip("\n")
    return None, ""


def _read_txt(text: str) -> Iterator[Item]:
    # The title is the first real line; the loader takes it after cleaning, so that
    # chrome lines above a headline never become the title.
    yield Item(None, {"text": text}, None, "txt")


def _read_html(text: str) -> Iterator[Item]:
    import trafilatura

    try:
        out = trafilatura.extract(
            text,
            output_format="json",
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            deduplicate=False,
        )
    except Exception as exc:  # trafilatura/lxml raise on some malformed markup
        yield Item(None, None, f"HTML could not be parsed: {exc}", "html")
        return
    if not out:
        yield Item(None, None, "no article text found in the HTML page", "html")
        return
    rec = json.loads(out)
    yield Item(None, rec, None, "html")


def read_items(raw: RawFile, decoded: Decoded) -> Iterator[Item]:
    """Yield the records of one file, choosing the container from its content."""
    text = decoded.text
    head = text.lstrip()[:1]
    suffix = raw.suffix
    if raw.data[:4] == b"PAR1" or suffix == ".parquet":
        yield from _read_parquet(raw.data)
    elif head in ("{", "[") and suffix not in (".txt", ".csv", ".tsv"):
        yield from _read_json(text, suffix)
    elif head == "<" or suffix in (".html", ".htm"):
        yield from _read_html(text)
    elif suffix in (".csv", ".tsv"):
        yield from _read_delimited(text, suffix)
    elif suffix in (".json", ".jsonl", ".ndjson"):
        yield from _read_json(text, suffix)
    else:
        yield from _read_txt(text)
