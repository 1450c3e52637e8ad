"""Feature tables for colleagues in R or Stata, each with a codebook; tables for a methods section.

:func:`export_table` writes a feature table as CSV, Parquet or Stata ``.dta``
(by the file's suffix) and beside it a codebook (``<name>.codebook.md`` and
``.codebook.csv``) describing every column: its meaning, type, unit, how it is
computed and, when given, the validation figure that applies. The columns and
types come from the declared schema of the table in the pipeline registry
(:mod:`newsresearch.pipeline.schemas`; the frame columns follow the lexicon),
the descriptions from ``newsresearch/data/codebook.yaml``, and columns joined
from the corpus table from :data:`newsresearch.corpus.SCHEMA`; a column that
none of them describes is listed as "not described", never left out.

For Stata, booleans become 0/1, a list column (``content_spans``) becomes JSON
text, texts longer than Stata's 2,045-byte strings become ``strL``, and every
variable carries its meaning as a label (80 characters at most).

:func:`methods_tables` writes result tables as Markdown and LaTeX for a paper.

Examples
--------
>>> book = codebook("frames")
>>> book.loc["present_conflict", ["type", "unit"]].tolist()
['bool', 'yes/no (1/0 in Stata)']
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import pandas as pd

__all__ = [
    "CODEBOOK_COLUMNS",
    "FORMATS",
    "codebook",
    "export_table",
    "methods_tables",
    "stata_names",
    "to_latex",
    "to_markdown",
]

#: Columns of a codebook (indexed by the column name).
CODEBOOK_COLUMNS = ("type", "meaning", "unit", "computed", "validation")
#: File suffix -> format written by :func:`export_table`.
FORMATS = {".csv": "csv", ".parquet": "parquet", ".dta": "stata"}
_NOT_DESCRIBED = "not described: a column added to the feature table"
_STATA_STR = 2045


@cache
def _descriptions() -> dict[str, Any]:
    import yaml

    text = resources.files("newsresearch.data").joinpath("codebook.yaml").read_text("utf-8")
    return yaml.safe_load(text)


def _declared(name: str, options: Mapping[str, Any] | None) -> tuple[dict[str, str], list[str]]:
    """Column -> pandas dtype of table *name* from the registry, and its frame names."""
    from ..pipeline.registry import ANALYSES, TABLES

    if name not in TABLES:
        raise ValueError(f"table {name!r} is invalid; valid values are {sorted(TABLES)}")
    schema = ANALYSES[TABLES[name]].schemas(dict(options or {}))[name]
    empty = schema.empty_table().to_pandas()
    frames = json.loads((schema.metadata or {}).get(b"pandas", b"{}")).get("attributes", {})
    frame_names = list(frames.get("frames", []))
    types = {c: str(t) for c, t in empty.dtypes.items()}
    if "doc_id" not in types and empty.index.name == "doc_id":
        types = {"doc_id": "str", **types}
    return types, frame_names


def _describe(table: str, column: str, frame_names: list[str]) -> dict[str, str]:
    from ..corpus import SCHEMA

    d = _descriptions()
    found = d.get("tables", {}).get(table, {}).get(column) or d["columns"].get(column)
    if found:
        return dict(found)
    for frame in frame_names:
        for pattern, entry in d["frame_columns"].items():
            if pattern.format(frame=frame) == column:
                return {k: str(v).replace("{frame}", frame) for k, v in entry.items()}
    if column in SCHEMA:
        return {"meaning": SCHEMA[column][1], "unit": "", "computed": "from the corpus table"}
    return {"meaning": _NOT_DESCRIBED, "unit": "", "computed": ""}


def codebook(
    name: str,
    *,
    table: pd.DataFrame | None = None,
    options: Mapping[str, Any] | None = None,
    validation: Mapping[str, str] | None = None,
) -> pd.DataFrame:
    """The codebook of feature table *name*: one row per column, from its declared schema.

    Parameters
    ----------
    name : str
        The feature table (``frames``, ``attributions``, ...).
    table : DataFrame, optional
        The table as exported: its extra columns (joined from the corpus, say)
        are described too, and only its columns are listed.
    options : mapping, optional
        The analysis options the table was made with (``{"scheme": "policy"}``).
    validation : mapping of str to str, optional
        Column -> the validation figure that applies (``"F1 0.81 [0.74, 0.87],
        alpha 0.72, 150 articles, 2 coders"``).

    Returns
    -------
    DataFrame
        Indexed by ``column``; columns :data:`CODEBOOK_COLUMNS`.

    Examples
    --------
    >>> codebook("attributions", validation={"anonymous": "F1 0.9"}).loc["anonymous", "validation"]
    'F1 0.9'
    """
    types, frame_names = _declared(name, options)
    if table is not None:
        flat = table.reset_index() if table.index.name == "doc_id" else table
        types = {c: types.get(c, str(flat[c].dtype)) for c in flat.columns}
    rows = []
    for column, dtype in types.items():
        rows.append({"column": column, "type": dtype, **_describe(name, column, frame_names)})
    out = pd.DataFrame(rows).set_index("column")
    out["validation"] = [dict(validation or {}).get(c, "") for c in out.index]
    return out[list(CODEBOOK_COLUMNS)]


def _plain_list(value: Any) -> Any:
    """Lists and arrays (nested, as Parquet gives them back) as plain Python lists."""
    if hasattr(value, "tolist"):
        value = value.tolist()
    if isinstance(value, list | tuple):
        return [_plain_list(v) for v in value]
    return value


def _json(value: Any) -> str:
    """A list cell as JSON text (empty for a missing value)."""
    return "" if value is None else json.dumps(_plain_list(value))


def _is_list_column(values: pd.Series) -> bool:
    return values.dtype == object and bool(
        values.map(lambda v: isinstance(v, list | tuple) or hasattr(v, "tolist")).any()
    )


def stata_names(columns: Any) -> dict[str, str]:
    """Column -> its Stata variable name: reserved words (``end``, ``in``) get a leading ``_``.

    Examples
    --------
    >>> stata_names(["start", "end"])
    {'start': 'start', 'end': '_end'}
    """
    from pandas.io.stata import StataParser

    reserved = StataParser().RESERVED_WORDS
    return {str(c): f"_{c}" if c in reserved else str(c) for c in columns}


def _for_stata(table: pd.DataFrame) -> tuple[pd.DataFrame, list[str]]:
    """Stata-ready columns (renamed by :func:`stata_names`), and those that need ``strL``."""
    out = table.rename(columns=stata_names(table.columns))
    strl = []
    for c in out.columns:
        s = out[c]
        if pd.api.types.is_bool_dtype(s.dtype):
            out[c] = s.astype("Int8") if s.isna().any() else s.astype("int8")
        elif _is_list_column(s):
            out[c] = s.map(_json)
        if pd.api.types.is_datetime64_any_dtype(out[c].dtype):
            out[c] = out[c].dt.tz_localize(None) if getattr(out[c].dt, "tz", None) else out[c]
        if out[c].dtype == object or pd.api.types.is_string_dtype(out[c].dtype):
            out[c] = out[c].astype(object).where(out[c].notna(), "").astype(str)
            if out[c].str.encode("utf-8").str.len().max() > _STATA_STR:
                strl.append(c)
    return out, strl


def export_table(
    table: pd.DataFrame,
    path: str | Path,
    *,
    name: str,
    options: Mapping[str, Any] | None = None,
    validation: Mapping[str, str] | None = None,
) -> dict[str, Path]:
    """Write a feature table (CSV, Parquet or Stata ``.dta`` by suffix) and its codebook.

    Parameters
    ----------
    table : DataFrame
        The feature table (a ``doc_id`` index becomes a column).
    path : str or Path
        The data file; ``.csv``, ``.parquet`` or ``.dta``.
    name : str
        Which feature table it is (for the declared schema and descriptions).
    options, validation
        As in :func:`codebook`.

    Returns
    -------
    dict
        ``{"data": ..., "codebook_md": ..., "codebook_csv": ...}`` paths.

    Examples
    --------
    >>> import tempfile, newsresearch as nr
    >>> frames = nr.frames(nr.load_corpus("sample", progress=False))
    >>> out = export_table(frames, tempfile.mkdtemp() + "/frames.dta", name="frames")
    >>> import pandas as pd
    >>> pd.read_stata(out["data"])["present_conflict"].isin([0, 1]).all()
    np.True_
    """
    path = Path(path)
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise ValueError(
            f"file suffix {path.suffix!r} is invalid; valid values are {sorted(FORMATS)}"
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    flat = table.reset_index() if table.index.name == "doc_id" else table.reset_index(drop=True)
    book = codebook(name, table=flat, options=options, validation=validation)
    if fmt == "stata":
        renamed = {c: n for c, n in stata_names(book.index).items() if c != n}
        book["meaning"] = [
            f"{m} (Stata variable {renamed[c]}: {c} is reserved)" if c in renamed else m
            for c, m in zip(book.index, book["meaning"], strict=True)
        ]
    if fmt == "csv":
        out = flat.copy()
        for c in out.columns:
            if _is_list_column(out[c]):
                out[c] = out[c].map(_json)
        out.to_csv(path, index=False, encoding="utf-8")
    elif fmt == "parquet":
        flat.to_parquet(path, index=False)
    else:
        data, strl = _for_stata(flat)
        names = stata_names(flat.columns)
        labels = {names[c]: str(book.loc[c, "meaning"])[:80] for c in flat.columns}
        data.to_stata(
            path,
            write_index=False,
            version=118,
            variable_labels=labels,
            convert_strl=strl,
            data_label=f"newsresearch {name}"[:80],
        )
    stem = path.with_suffix("")
    md = stem.with_name(stem.name + ".codebook.md")
    csv = stem.with_name(stem.name + ".codebook.csv")
    header = (
        f"# Codebook: {name}\n\n{len(flat):,} rows, {len(book)} columns, written to "
        f"`{path.name}` ({fmt}).\n\n"
    )
    md.write_text(header + to_markdown(book.reset_index()) + "\n", encoding="utf-8")
    book.to_csv(csv, encoding="utf-8")
    return {"data": path, "codebook_md": md, "codebook_csv": csv}


def _cell(value: Any, digits: int) -> str:
    if isinstance(value, float):
        return "" if pd.isna(value) else f"{value:.{digits}f}"
    return "" if value is None or (not isinstance(value, str) and pd.isna(value)) else str(value)


def to_markdown(table: pd.DataFrame, *, digits: int = 3) -> str:
    """A table as a GitHub/Pandoc pipe table (``|`` in cells escaped).

    Examples
    --------
    >>> print(to_markdown(pd.DataFrame({"a": [0.5], "b": ["x|y"]})))
    | a | b |
    |---|---|
    | 0.500 | x\\|y |
    """

    def esc(s: str) -> str:
        return s.replace("|", "\\|").replace("\n", " ")

    head = "| " + " | ".join(esc(str(c)) for c in table.columns) + " |"
    rule = "|" + "|".join("---" for _ in table.columns) + "|"
    body = [
        "| " + " | ".join(esc(_cell(v, digits)) for v in row) + " |"
        for row in table.itertuples(index=False)
    ]
    return "\n".join([head, rule, *body])


_LATEX = {c: "\\" + c for c in "&%$#_{}"} | {
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
    "\\": r"\textbackslash{}",
}
_LATEX_RX = re.compile("|".join(re.escape(k) for k in _LATEX))


def to_latex(table: pd.DataFrame, *, digits: int = 3, caption: str = "") -> str:
    r"""A table as a LaTeX ``tabular`` (booktabs rules; special characters escaped).

    Examples
    --------
    >>> print(to_latex(pd.DataFrame({"a_b": [1]})).splitlines()[2])
    a\_b \\
    """

    def esc(s: str) -> str:
        return _LATEX_RX.sub(lambda m: _LATEX[m.group(0)], s)

    align = "".join("r" if pd.api.types.is_numeric_dtype(table[c]) else "l" for c in table.columns)
    lines = [r"\begin{table}[ht]", r"\centering"] if caption else []
    lines += [rf"\begin{{tabular}}{{{align}}}", r"\toprule"]
    lines.append(" & ".join(esc(str(c)) for c in table.columns) + r" \\")
    lines.append(r"\midrule")
    for row in table.itertuples(index=False):
        lines.append(" & ".join(esc(_cell(v, digits)) for v in row) + r" \\")
    lines += [r"\bottomrule", r"\end{tabular}"]
    if caption:
        lines += [rf"\caption{{{esc(caption)}}}", r"\end{table}"]
    return "\n".join(lines) + "\n"


def methods_tables(
    tables: Mapping[str, pd.DataFrame], folder: str | Path, *, digits: int = 3
) -> list[Path]:
    """Write each table as ``<name>.md`` and ``<name>.tex`` in *folder* (index kept as a column).

    Examples
    --------
    >>> import tempfile
    >>> paths = methods_tables({"alpha": pd.DataFrame({"alpha": [0.8]})}, tempfile.mkdtemp())
    >>> [p.suffix for p in paths]
    ['.md', '.tex']
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, table in tables.items():
        flat = (
            table.reset_index()
            if table.index.name is not None or not isinstance(table.index, pd.RangeIndex)
            else table
        )
        safe = re.sub(r"[^\w.-]+", "_", name)
        md, tex = folder / f"{safe}.md", folder / f"{safe}.tex"
        md.write_text(to_markdown(flat, digits=digits) + "\n", encoding="utf-8")
        tex.write_text(to_latex(flat, digits=digits, caption=name), encoding="utf-8")
        written += [md, tex]
    return written
