"""Coding sheets: a :class:`Codebook`, writing sheets and instructions, reading filled sheets back.

A coding sheet holds one row per sampled unit (from
:func:`~newsresearch.validation.draw_sample`) with the columns
:data:`SHEET_COLUMNS`: the coder fills ``code`` (one of the codebook's
categories) and may write a ``note``. The machine's answer is left out of a
CSV sheet and hidden in an .xlsx sheet unless ``show_machine=True`` (coders
who see it agree with it more often). An .xlsx sheet (written with openpyxl)
offers the categories as a drop-down list (a data-validation list that refuses
anything else), wraps the text, freezes the header, and carries two more
sheets: the categories with their descriptions, and the instructions. CSV
sheets are UTF-8 with a byte-order mark, which spreadsheet programs need to
read accents right.

:func:`read_sheets` reads filled sheets (CSV or .xlsx, one per coder, or
DataFrames) and checks each against the sample before anything is computed:
every unit present once, no unknown ids, every code one of the categories
(case and surrounding spaces ignored), no blank codes (unless allowed), and
the text unchanged (its checksum, whitespace normalised). All problems of all
sheets are reported together in one :class:`SheetError`.

Examples
--------
>>> book = Codebook("conflict", "Does the article present a conflict?",
...                 {"yes": "two sides disagree", "no": "no disagreement"})
>>> book.normalise("  Yes ")
'yes'
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from .sample import checksum

__all__ = [
    "SHEET_COLUMNS",
    "Codebook",
    "SheetError",
    "fill_sheet",
    "read_sheets",
    "sheet_table",
    "write_instructions",
    "write_sheet",
]

#: Columns of a coding sheet, in order (``machine`` only when shown or in .xlsx, hidden).
SHEET_COLUMNS = ("unit_id", "coder", "context", "text", "code", "note", "checksum", "machine")
_REQUIRED = ("unit_id", "text", "code")
_WIDTHS = {"unit_id": 16, "coder": 10, "context": 24, "text": 90, "code": 14, "note": 30}


class SheetError(ValueError):
    """A filled coding sheet that does not fit its sample or codebook (every problem listed)."""


@dataclass(frozen=True)
class Codebook:
    """What coders answer about each unit, and the answers they may give.

    Attributes
    ----------
    variable : str
        Short name of what is coded (``"conflict frame"``).
    question : str
        The question the coder answers for each unit.
    categories : mapping of str to str
        Each allowed answer and what it means (in the order offered).
    unit : str
        What a unit is (``"article"``, ``"attribution"``, ...).
    instructions : str
        Guidance beyond the category descriptions (plain text, paragraphs
        separated by blank lines).
    examples : mapping of str to str
        Optional worked examples, category -> example text.
    """

    variable: str
    question: str
    categories: Mapping[str, str]
    unit: str = "unit"
    instructions: str = ""
    examples: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.categories:
            raise ValueError("a codebook needs at least one category")
        keys = [str(k).strip().lower() for k in self.categories]
        if len(set(keys)) != len(keys):
            raise ValueError(f"categories {list(self.categories)} repeat (case ignored)")

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Codebook:
        """A codebook from a mapping (a parsed YAML file); categories may be a list of names."""
        cats = data.get("categories")
        if isinstance(cats, Sequence) and not isinstance(cats, str):
            cats = {c: "" for c in cats}
        missing = [k for k in ("variable", "question", "categories") if not data.get(k)]
        if missing:
            raise ValueError(
                f"codebook is missing {missing}; it needs variable, question, categories"
            )
        known = {"variable", "question", "categories", "unit", "instructions", "examples"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ValueError(
                f"codebook keys {unknown} are invalid; valid values are {sorted(known)}"
            )
        cats = {_plain(k): _plain(v) for k, v in cats.items()}
        return cls(**{**data, "categories": cats})

    @classmethod
    def from_yaml(cls, path: str | Path) -> Codebook:
        """A codebook from a YAML file with the keys of :meth:`from_dict`."""
        import yaml

        return cls.from_dict(yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {})

    @classmethod
    def for_sample(cls, sample: pd.DataFrame, *, question: str | None = None) -> Codebook:
        """A plain codebook for a sample: its machine answers as categories (``yes`` first).

        Write a real one (:meth:`from_yaml`) for a study; this one gets a pilot going.

        Examples
        --------
        >>> s = pd.DataFrame({"machine": ["no", "yes"]})
        >>> s.attrs.update(answer="present_conflict", unit="document")
        >>> book = Codebook.for_sample(s)
        >>> list(book.categories), book.question
        (['yes', 'no'], 'present conflict: what is the right answer for this document?')
        """
        answer = str(sample.attrs.get("answer", "answer"))
        unit = str(sample.attrs.get("unit", "unit"))
        seen = sorted({str(v) for v in sample["machine"] if str(v)})
        if set(seen) <= {"yes", "no"}:
            seen = ["yes", "no"]
        label = answer.replace("_", " ")
        return cls(
            variable=label,
            question=question or f"{label}: what is the right answer for this {unit}?",
            categories={c: "" for c in seen},
            unit=unit,
        )

    def normalise(self, value: Any) -> str | None:
        """The category *value* stands for (case and spaces ignored); None when it is none."""
        text = "" if value is None or (isinstance(value, float) and pd.isna(value)) else str(value)
        key = text.strip().lower()
        for cat in self.categories:
            if str(cat).strip().lower() == key:
                return str(cat)
        return None


def _plain(value: Any) -> str:
    """A YAML scalar as text: YAML 1.1 reads an unquoted ``yes``/``no`` as a boolean."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return "" if value is None else str(value)


def sheet_table(
    sample: pd.DataFrame, *, coder: str = "", show_machine: bool = False
) -> pd.DataFrame:
    """The rows of a coding sheet for *sample* (what :func:`write_sheet` writes)."""
    out = pd.DataFrame(
        {
            "unit_id": sample["unit_id"].astype(str).to_numpy(),
            "coder": coder,
            "context": sample["context"].astype(str).to_numpy(),
            "text": sample["text"].astype(str).to_numpy(),
            "code": "",
            "note": "",
            "checksum": sample["checksum"].astype(str).to_numpy(),
            "machine": sample["machine"].astype(str).to_numpy(),
        }
    )
    return out if show_machine else out.drop(columns="machine")


def fill_sheet(sample: pd.DataFrame, answers: pd.Series, *, coder: str) -> pd.DataFrame:
    """A coding sheet filled with known answers (existing annotations, or a simulated coder).

    *answers* holds one answer per ``unit_id`` (booleans and 0/1 become
    ``yes``/``no``); units without one stay blank. The result is read by
    :func:`read_sheets` like a filled file.

    Examples
    --------
    >>> s = pd.DataFrame({"unit_id": ["u1", "u2"], "context": "", "text": ["A.", "B."],
    ...                   "machine": ["yes", "no"], "checksum": ["x", "y"]})
    >>> fill_sheet(s, pd.Series({"u1": True, "u2": 0}), coder="gold")["code"].tolist()
    ['yes', 'no']
    """
    sheet = sheet_table(sample, coder=coder)
    given = answers.copy()
    given.index = given.index.astype(str)
    values = given.reindex(sheet["unit_id"])
    mapping = {True: "yes", False: "no"}  # 1 and 0 (and 1.0, 0.0) hash alike
    sheet["code"] = [
        "" if v is None or (not isinstance(v, str) and pd.isna(v)) else mapping.get(v, str(v))
        for v in values.astype(object)
    ]
    sheet.attrs["name"] = coder
    return sheet


def write_sheet(
    sample: pd.DataFrame,
    path: str | Path,
    *,
    codebook: Codebook,
    coder: str = "",
    show_machine: bool = False,
) -> Path:
    """Write a coding sheet for *sample*: ``.csv`` or ``.xlsx`` by the file's suffix.

    The .xlsx sheet also holds the machine's answer in a hidden column (shown
    when *show_machine*), a drop-down list of the categories, and sheets with
    the categories and the instructions.

    Examples
    --------
    >>> import tempfile, pandas as pd
    >>> from newsresearch.validation.sample import checksum
    >>> s = pd.DataFrame({"unit_id": ["u1"], "context": [""], "text": ["Hi."],
    ...                   "machine": ["yes"], "checksum": [checksum("Hi.")]})
    >>> book = Codebook("greeting", "Is this a greeting?", {"yes": "", "no": ""})
    >>> p = write_sheet(s, tempfile.mkdtemp() + "/sheet.csv", codebook=book, coder="ana")
    >>> bool(read_sheets([p], sample=s, codebook=book, allow_blank=True)["ana"].isna().all())
    True
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        sheet_table(sample, coder=coder, show_machine=show_machine).to_csv(
            path, index=False, encoding="utf-8-sig"
        )
    elif suffix == ".xlsx":
        _write_xlsx(
            sheet_table(sample, coder=coder, show_machine=True), path, codebook, show_machine
        )
    else:
        raise ValueError(
            f"sheet suffix {path.suffix!r} is invalid; valid values are ['.csv', '.xlsx']"
        )
    return path


def _write_xlsx(table: pd.DataFrame, path: Path, codebook: Codebook, show_machine: bool) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = Workbook()
    ws = wb.active
    ws.title = "coding"
    ws.append(list(table.columns))
    for row in table.itertuples(index=False):
        ws.append([str(v) for v in row])
    for cell in ws[1]:
        cell.font = Font(bold=True)
    ws.freeze_panes = "A2"
    for i, name in enumerate(table.columns, start=1):
        letter = get_column_letter(i)
        ws.column_dimensions[letter].width = _WIDTHS.get(name, 12)
        if name in ("checksum", "machine") and not (name == "machine" and show_machine):
            ws.column_dimensions[letter].hidden = True
        if name in ("text", "context", "note"):
            for cell in ws[letter][1:]:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    cats = wb.create_sheet("categories")
    cats.append(["category", "meaning"])
    for name, meaning in codebook.categories.items():
        cats.append([name, meaning])
    cats.column_dimensions["A"].width, cats.column_dimensions["B"].width = 18, 80
    code = get_column_letter(list(table.columns).index("code") + 1)
    dv = DataValidation(
        type="list",
        formula1=f"categories!$A$2:$A${len(codebook.categories) + 1}",
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="Not a category",
        error="Choose one of the categories (see the categories sheet).",
    )
    ws.add_data_validation(dv)
    dv.add(f"{code}2:{code}{max(len(table) + 1, 2)}")
    guide = wb.create_sheet("instructions")
    guide.column_dimensions["A"].width = 110
    for line in instructions_text(codebook).splitlines():
        guide.append([line])
        guide.cell(guide.max_row, 1).alignment = Alignment(wrap_text=True)
    wb.save(path)


def instructions_text(codebook: Codebook) -> str:
    """The coder instructions as plain text with Markdown headings.

    Examples
    --------
    >>> print(instructions_text(Codebook("tone", "Is it negative?", {"yes": "", "no": ""})).splitlines()[0])
    # Coding instructions: tone
    """
    lines = [
        f"# Coding instructions: {codebook.variable}",
        "",
        f"For each {codebook.unit} in the sheet, read the text (and the context column, which "
        "names what to code when a text holds several), then answer:",
        "",
        f"**{codebook.question}**",
        "",
        "Write exactly one of these categories in the `code` column:",
        "",
    ]
    lines += [f"- `{k}`: {v}" if v else f"- `{k}`" for k, v in codebook.categories.items()]
    if codebook.instructions:
        lines += ["", "## Guidance", "", codebook.instructions.strip()]
    if codebook.examples:
        lines += ["", "## Examples", ""]
        lines += [f"- `{k}`: {v}" for k, v in codebook.examples.items()]
    lines += [
        "",
        "## How to fill the sheet",
        "",
        "- Code every row; use the `note` column for doubts, never the `text` column.",
        "- Do not change, sort away or delete rows, ids or texts: the sheet is checked against "
        "the sample when it is read back, and a changed text is refused.",
        "- Code on your own: do not discuss units with other coders until all sheets are in.",
        "- Put your name or initials in the `coder` column (the file name is used otherwise).",
        "- Save the sheet in its format (.xlsx or .csv, UTF-8) under its own name.",
    ]
    return "\n".join(lines) + "\n"


def write_instructions(codebook: Codebook, path: str | Path) -> Path:
    """Write the coder instructions: Markdown (``.md``) or a self-contained ``.html`` page.

    Examples
    --------
    >>> import tempfile
    >>> book = Codebook("tone", "Is it <negative>?", {"yes": "", "no": ""})
    >>> p = write_instructions(book, tempfile.mkdtemp() + "/coders.html")
    >>> "&lt;negative&gt;" in p.read_text()
    True
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    text = instructions_text(codebook)
    if path.suffix.lower() == ".html":
        text = _markdown_page(text, f"Coding instructions: {codebook.variable}")
    path.write_text(text, encoding="utf-8")
    return path


def _markdown_page(markdown: str, title: str) -> str:
    """Our instructions' small Markdown subset as an HTML page (every text escaped)."""
    import re

    def inline(s: str) -> str:
        s = html.escape(s)
        s = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", s)
        return re.sub(r"`(.+?)`", r"<code>\1</code>", s)

    body, in_list = [], False
    for line in markdown.splitlines():
        if line.startswith("- "):
            body.append(("" if in_list else "<ul>") + f"<li>{inline(line[2:])}</li>")
            in_list = True
            continue
        if in_list:
            body.append("</ul>")
            in_list = False
        if line.startswith("#"):
            level = min(len(line) - len(line.lstrip("#")), 3)
            body.append(f"<h{level}>{inline(line.lstrip('#').strip())}</h{level}>")
        elif line.strip():
            body.append(f"<p>{inline(line)}</p>")
    body.append("</ul>" if in_list else "")
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{html.escape(title)}</title><style>body{{font:16px/1.5 Georgia,serif;"
        "max-width:46rem;margin:2rem auto;padding:0 1rem}code{background:#f3f3f5}</style>"
        f"</head><body>{''.join(body)}</body></html>\n"
    )


def _read_one(source: str | Path | pd.DataFrame) -> tuple[str, pd.DataFrame]:
    if isinstance(source, pd.DataFrame):
        return source.attrs.get("name", "sheet"), source.astype(object).where(source.notna(), "")
    path = Path(source)
    if not path.exists():
        raise FileNotFoundError(f"coding sheet {path} does not exist")
    if path.suffix.lower() == ".xlsx":
        table = pd.read_excel(
            path, sheet_name="coding", dtype=str, keep_default_na=False, engine="openpyxl"
        )
    elif path.suffix.lower() == ".csv":
        table = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    else:
        raise ValueError(
            f"sheet suffix {path.suffix!r} is invalid; valid values are ['.csv', '.xlsx']"
        )
    return path.stem, table


def _check(
    name: str, table: pd.DataFrame, sample: pd.DataFrame, codebook: Codebook, allow_blank: bool
) -> tuple[list[str], pd.Series]:
    """Problems of one sheet, and its codes by unit_id (None where blank)."""
    missing_cols = [c for c in _REQUIRED if c not in table.columns]
    if missing_cols:
        return [
            f"{name}: columns {missing_cols} are missing (a sheet needs {list(_REQUIRED)})"
        ], pd.Series()
    problems = []
    ids = table["unit_id"].astype(str).str.strip()
    rows = pd.Series(range(2, len(table) + 2), index=ids.index)  # spreadsheet row numbers

    def listing(values: Sequence[Any]) -> str:
        values = list(values)
        return ", ".join(map(str, values[:5])) + (
            f" and {len(values) - 5} more" if len(values) > 5 else ""
        )

    dup = ids[ids.duplicated()]
    if len(dup):
        problems.append(f"{name}: unit ids appear twice: {listing(dup.unique())}")
    expected = pd.Index(sample["unit_id"].astype(str))
    absent = expected.difference(pd.Index(ids), sort=False)
    if len(absent):
        problems.append(f"{name}: {len(absent)} units of the sample are missing: {listing(absent)}")
    extra = ids[~ids.isin(expected)]
    if len(extra):
        problems.append(
            f"{name}: {len(extra)} unit ids are not in the sample (rows {listing(rows[extra.index])}): {listing(extra)}"
        )
    codes = table["code"].map(codebook.normalise)
    raw = table["code"].astype(str).str.strip()
    unknown = raw[(raw != "") & codes.isna()]
    if len(unknown):
        problems.append(
            f"{name}: codes {listing(sorted(set(unknown)))} (rows {listing(rows[unknown.index])}) are "
            f"not categories; valid values are {list(codebook.categories)}"
        )
    blank = raw[raw == ""]
    if len(blank) and not allow_blank:
        problems.append(
            f"{name}: {len(blank)} units are not coded (rows {listing(rows[blank.index])}); code "
            "them, or pass allow_blank=True (--allow-blank) to leave them out"
        )
    known = sample.set_index(sample["unit_id"].astype(str))["checksum"]
    sums = table["checksum"] if "checksum" in table.columns else pd.Series("", index=table.index)
    given = ids.map(known)
    now = table["text"].map(checksum)
    changed = ids[given.notna() & (now != given)]
    stale = ids[given.notna() & (sums.astype(str) != "") & (sums.astype(str) != given)]
    bad = changed.index.union(stale.index)
    if len(bad):
        problems.append(
            f"{name}: the text of {len(bad)} units was changed (rows {listing(rows[bad])}): "
            f"{listing(ids[bad])}; write a new sheet or restore the text"
        )
    return problems, pd.Series(codes.to_numpy(), index=ids.to_numpy(), dtype=object)


def read_sheets(
    sources: Sequence[str | Path | pd.DataFrame] | str | Path,
    *,
    sample: pd.DataFrame,
    codebook: Codebook,
    coders: Sequence[str] | None = None,
    allow_blank: bool = False,
) -> pd.DataFrame:
    """Read filled coding sheets (one per coder) and check them against the sample and codebook.

    Parameters
    ----------
    sources : paths or DataFrames
        Filled sheets (.csv or .xlsx), one per coder.
    sample : DataFrame
        The sample the sheets were written from (:func:`draw_sample`).
    codebook : Codebook
        The categories allowed.
    coders : sequence of str, optional
        Coder names, one per sheet (default: the sheet's ``coder`` column,
        else the file name).
    allow_blank : bool
        Accept uncoded units (they count as missing codes).

    Returns
    -------
    DataFrame
        One row per unit of the sample (index ``unit_id``, sample order),
        one column per coder, categories as written in the codebook (missing
        codes are NA).

    Raises
    ------
    SheetError
        Listing every problem of every sheet: missing or unknown ids, codes
        that are not categories, blank codes, changed texts.
    """
    if isinstance(sources, str | Path):
        sources = [sources]
    if coders is not None and len(coders) != len(sources):
        raise ValueError(f"{len(coders)} coder names for {len(sources)} sheets")
    problems, columns = [], {}
    for i, source in enumerate(sources):
        name, table = _read_one(source)
        found, codes = _check(name, table, sample, codebook, allow_blank)
        problems += found
        written = sorted({str(c).strip() for c in table.get("coder", []) if str(c).strip()})
        coder = coders[i] if coders is not None else (written[0] if len(written) == 1 else name)
        if coder in columns:
            problems.append(
                f"{name}: coder {coder!r} has two sheets; name the coders (coders=[...])"
            )
        columns[coder] = codes[~codes.index.duplicated()]
    if problems:
        raise SheetError("the coding sheets do not fit the sample:\n  " + "\n  ".join(problems))
    index = pd.Index(sample["unit_id"].astype(str), name="unit_id")
    out = pd.DataFrame({c: s.reindex(index) for c, s in columns.items()}, index=index)
    return out.astype("string")
