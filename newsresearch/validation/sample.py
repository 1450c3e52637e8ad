"""A stratified, seeded validation sample from any feature table: :func:`draw_sample`.

The units are the rows of the table: articles (``frames``, ``documents``),
sentences (``sentences``, ``sentence_frames``), attributions or stance triples,
actor mentions (``actor_sentiment``). Each sampled unit gets what a coder needs
and what the analysis needs afterwards (:data:`SAMPLE_COLUMNS`):

* ``unit_id``: the unit's id (``doc_id``; ``doc_id:s<sent_id>``;
  ``attribution_id``; ``doc_id:<actor>``), unique in the sample;
* ``text``: what the coder reads, cut from the corpus: the whole article
  (title first) for documents and actors, the sentence for sentences, and the
  sentences holding the source, cue and content for attributions; or a
  column of the table you name;
* ``context``: the columns that say what to code in that text (the actor; the
  speaker and target of a triple);
* ``machine``: the machine's answer (the table's *answer* column as text;
  ``True``/``False`` become ``yes``/``no``);
* ``stratum`` and ``weight``: the stratum (outlet by default) and the inverse
  of the unit's chance to be drawn (``stratum size / units drawn from it``), so
  that estimates from the sample can be weighted back to the table;
* ``checksum``: a short hash of the text (whitespace normalised), with which a
  filled sheet is checked against the text the coder was given.

Allocation across strata is ``"proportional"`` (largest remainders, at least
one unit per stratum when *n* allows) or ``"equal"`` (the same number per
stratum, so that small outlets are coded as well as large ones). Within each
stratum units are drawn without replacement with a seeded generator.

Examples
--------
>>> import newsresearch as nr
>>> corpus = nr.load_corpus("sample", progress=False)
>>> s = draw_sample(nr.frames(corpus), corpus=corpus, answer="present_morality", n=12)
>>> len(s), s["stratum"].nunique(), sorted(s["machine"].unique())
(12, 6, ['no', 'yes'])
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pandas as pd

__all__ = [
    "ALLOCATIONS",
    "MAX_TEXT",
    "SAMPLE_COLUMNS",
    "checksum",
    "draw_sample",
    "load_sample",
    "save_sample",
    "unit_kind",
]

#: Columns and dtypes of :func:`draw_sample` (the table's index is kept).
SAMPLE_COLUMNS: dict[str, str] = {
    "unit_id": "str",
    "doc_id": "str",
    "stratum": "str",
    "text": "str",
    "context": "str",
    "machine": "str",
    "weight": "float64",
    "checksum": "str",
}
ALLOCATIONS = ("proportional", "equal")
#: Longest text put on a sheet (a spreadsheet cell holds at most 32,767 characters).
MAX_TEXT = 32_000
_CUT = " [...]"
_SPACE = re.compile(r"\s+")
# The columns shown to the coder beside the text, per kind of unit.
_CONTEXT = {"actor": ("actor",), "triple": ("speaker", "target")}


def checksum(text: str) -> str:
    """A short hash of *text* with whitespace normalised (spreadsheets change line endings).

    Examples
    --------
    >>> checksum("A  b\\r\\nc") == checksum("A b c ")
    True
    """
    return hashlib.sha256(_SPACE.sub(" ", str(text)).strip().encode("utf-8")).hexdigest()[:12]


def unit_kind(table: pd.DataFrame) -> str:
    """What the rows of *table* are: ``attribution``, ``triple``, ``actor``, ``sentence`` or ``document``.

    Examples
    --------
    >>> unit_kind(pd.DataFrame(columns=["doc_id", "sent_id", "start", "end"]))
    'sentence'
    """
    cols = set(table.columns)
    if "attribution_id" in cols:
        return "triple" if "target" in cols else "attribution"
    if "actor" in cols:
        return "actor"
    if {"sent_id", "start", "end"} <= cols:
        return "sentence"
    return "document"


def _doc_ids(table: pd.DataFrame) -> pd.Series:
    if "doc_id" in table.columns:
        return table["doc_id"].astype(str)
    if table.index.name == "doc_id" or unit_kind(table) == "document":
        return pd.Series(table.index.astype(str), index=table.index)
    raise ValueError("the table has no doc_id column or index; pass a feature table")


def _unit_ids(table: pd.DataFrame, kind: str, docs: pd.Series) -> pd.Series:
    if kind in ("attribution", "triple"):
        ids = table["attribution_id"].astype(str)
        if kind == "triple":
            ids = ids + ":" + table["target"].astype(str)
    elif kind == "sentence":
        ids = docs + ":s" + table["sent_id"].astype(str)
    elif kind == "actor":
        ids = docs + ":" + table["actor"].astype(str)
    else:
        ids = docs
    if ids.duplicated().any():  # several rows of one unit: number them
        ids = ids + ":" + ids.groupby(ids).cumcount().astype(str)
    return ids


def _answers(values: pd.Series) -> pd.Series:
    if pd.api.types.is_bool_dtype(values.dtype):
        return values.map({True: "yes", False: "no"}).fillna("").astype(str)
    return values.astype(object).where(values.notna(), "").astype(str)


def _cut(text: str) -> str:
    return text if len(text) <= MAX_TEXT else text[: MAX_TEXT - len(_CUT)] + _CUT


def _texts(rows: pd.DataFrame, kind: str, docs: pd.Series, corpus: pd.DataFrame) -> list[str]:
    """What the coder reads for each row (see the module notes)."""
    from ..text import corpus_texts, parse

    texts = corpus_texts(corpus)
    texts = texts[~texts.index.duplicated()]
    titles = (
        corpus.set_index("doc_id")["title"]
        if "title" in corpus.columns and "doc_id" in corpus.columns
        else None
    )
    wanted = pd.Index(docs.unique())
    missing = wanted.difference(texts.index.astype(str))
    if len(missing):
        raise ValueError(
            f"{len(missing)} doc_id values of the table are not in the corpus "
            f"(for example {list(missing[:3])}); pass the corpus the table was made from"
        )
    texts.index = texts.index.astype(str)
    out = []
    if kind == "attribution":
        parsed = dict(parse(texts.loc[wanted]).items())
    for (_, row), doc in zip(rows.iterrows(), docs, strict=True):
        text = texts[doc]
        text = text if isinstance(text, str) else ""
        if kind == "sentence":
            out.append(text[int(row["start"]) : int(row["end"])])
        elif kind == "attribution":
            ends = [
                row[c]
                for c in ("source_start", "source_end", "cue_start", "cue_end")
                + ("content_start", "content_end")
                if c in row and pd.notna(row[c])
            ]
            a, b = (int(min(ends)), int(max(ends))) if ends else (0, len(text))
            sents = parsed[doc].sentences if parsed.get(doc) is not None else ()
            a = max([s for s, e in sents if s <= a] or [a])
            b = min([e for s, e in sents if e >= b] or [b])
            out.append(text[a:b])
        else:
            title = titles.get(doc) if titles is not None else None
            out.append(f"{title}\n\n{text}" if isinstance(title, str) and title else text)
    return [_cut(t) for t in out]


def _allocate(sizes: pd.Series, n: int, allocation: str) -> pd.Series:
    """Units to draw per stratum (never more than it has)."""
    if allocation == "equal":
        base = pd.Series(n // len(sizes), index=sizes.index)
        base.iloc[: n % len(sizes)] += 1
    else:
        share = sizes / sizes.sum() * n
        base = np.floor(share).astype(int)
        if n >= len(sizes):
            base = base.clip(lower=1)
        order = (share - np.floor(share)).sort_values(ascending=False, kind="stable").index
        for key in order[: max(0, n - int(base.sum()))]:
            base[key] += 1
    take = base.clip(upper=sizes)
    spare = n - int(take.sum())
    while spare > 0 and (sizes > take).any():  # full strata give their share to the others
        for key in sizes.index[sizes > take]:
            if spare == 0:
                break
            take[key] += 1
            spare -= 1
    return take.astype(int)


def draw_sample(
    table: pd.DataFrame,
    *,
    corpus: pd.DataFrame,
    answer: str,
    n: int = 100,
    by: str | None = "outlet",
    allocation: str = "proportional",
    text: str | None = None,
    context: Sequence[str] | None = None,
    random_state: int = 42,
) -> pd.DataFrame:
    """A stratified, seeded sample of the units of a feature table, ready for a coding sheet.

    Parameters
    ----------
    table : DataFrame
        A feature table (one row per unit); document tables may have ``doc_id``
        as their index.
    corpus : DataFrame
        The corpus table the features were computed from (for the texts and
        for a stratum column such as ``outlet``).
    answer : str
        The column holding the machine's answer to be checked
        (``present_conflict``, ``anonymous``, ``cue_stance``, ``label``, ...).
    n : int
        Units to draw (all units when the table has fewer).
    by : str or None
        The stratum column, in the table or the corpus; None: one stratum.
    allocation : {"proportional", "equal"}
        How *n* is shared among strata.
    text : str, optional
        A column of the table to show instead of the text cut from the corpus.
    context : sequence of str, optional
        Columns shown beside the text (default: the actor, or speaker and target).
    random_state : int
        Seed.

    Returns
    -------
    DataFrame
        The sampled rows, index preserved, in stratum and unit order, with
        the columns of :data:`SAMPLE_COLUMNS`.

    Examples
    --------
    >>> import newsresearch as nr
    >>> corpus = nr.load_corpus("sample", progress=False)
    >>> att = nr.attributions(corpus)
    >>> s = draw_sample(att, corpus=corpus, answer="anonymous", n=10, allocation="equal")
    >>> s["stratum"].value_counts().tolist() == [2, 2, 2, 2, 1, 1], s["unit_id"].is_unique
    (True, True)
    """
    if answer not in table.columns:
        raise ValueError(
            f"answer column {answer!r} is invalid; valid values are {list(table.columns)}"
        )
    if allocation not in ALLOCATIONS:
        raise ValueError(
            f"allocation {allocation!r} is invalid; valid values are {list(ALLOCATIONS)}"
        )
    if n < 1:
        raise ValueError(f"n must be a positive number of units, not {n!r}")
    kind = unit_kind(table)
    docs = _doc_ids(table)
    if by is None:
        strata = pd.Series("all", index=table.index)
    elif by in table.columns:
        strata = table[by].astype(object)
    elif by in corpus.columns and "doc_id" in corpus.columns:
        first = corpus.drop_duplicates("doc_id")
        lookup = pd.Series(first[by].to_numpy(), index=first["doc_id"].astype(str).to_numpy())
        strata = docs.map(lookup).astype(object)
    else:
        raise ValueError(
            f"stratum column {by!r} is in neither the table nor the corpus; valid values are "
            f"{sorted(set(table.columns) | set(corpus.columns))} or None"
        )
    strata = strata.where(strata.notna(), "(none)").astype(str)
    units = pd.DataFrame({"_stratum": strata.to_numpy(), "_pos": np.arange(len(table))})
    sizes = units["_stratum"].value_counts().sort_index()
    take = _allocate(sizes, min(n, len(table)), allocation) if len(table) else sizes
    rng = np.random.default_rng(random_state)
    picked = []
    for key, count in take.items():
        pos = units.loc[units["_stratum"] == key, "_pos"].to_numpy()
        picked.append(np.sort(rng.choice(pos, size=int(count), replace=False)))
    positions = np.concatenate(picked) if picked else np.zeros(0, dtype=int)
    rows = table.iloc[positions]
    row_docs = docs.iloc[positions]
    shown = (
        rows[text].astype(str).map(_cut).tolist()
        if text is not None
        else _texts(rows, kind, row_docs, corpus)
    )
    ctx_cols = tuple(context) if context is not None else _CONTEXT.get(kind, ())
    ctx = [
        " · ".join(f"{c}: {r[c]}" for c in ctx_cols if c in rows.columns)
        for _, r in rows.iterrows()
    ]
    stratum = strata.iloc[positions]
    weight = stratum.map(sizes / take.replace(0, np.nan)).astype(float)
    out = pd.DataFrame(
        {
            "unit_id": _unit_ids(table, kind, docs).iloc[positions].to_numpy(),
            "doc_id": row_docs.to_numpy(),
            "stratum": stratum.to_numpy(),
            "text": shown,
            "context": ctx,
            "machine": _answers(rows[answer]).to_numpy(),
            "weight": weight.to_numpy(),
            "checksum": [checksum(t) for t in shown],
        },
        index=rows.index,
    ).astype(SAMPLE_COLUMNS)
    out.attrs.update({"answer": answer, "unit": kind, "by": by, "random_state": random_state})
    return out


def save_sample(sample: pd.DataFrame, path: str | Path) -> Path:
    """Write a sample (with the machine's answers: keep it from the coders) as CSV, attrs in a header.

    Examples
    --------
    >>> import tempfile
    >>> s = pd.DataFrame({c: ["0"] for c in SAMPLE_COLUMNS}).astype(SAMPLE_COLUMNS)
    >>> s.attrs["answer"] = "flag"
    >>> back = load_sample(save_sample(s, tempfile.mkdtemp() + "/sample.csv"))
    >>> back.attrs["answer"], back.dtypes.astype(str).tolist() == s.dtypes.astype(str).tolist()
    ('flag', True)
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as f:
        f.write("# newsresearch validation sample " + json.dumps(sample.attrs, default=str) + "\n")
        sample[list(SAMPLE_COLUMNS)].to_csv(f, index=False)
    return path


def load_sample(path: str | Path) -> pd.DataFrame:
    """Read a sample written by :func:`save_sample`."""
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(f"validation sample {path} does not exist")
    with path.open(encoding="utf-8") as f:
        first = f.readline()
    prefix = "# newsresearch validation sample "
    if not first.startswith(prefix):
        raise ValueError(f"{path} is not a validation sample written by save_sample")
    table = pd.read_csv(path, skiprows=1, dtype=str, keep_default_na=False)
    missing = [c for c in SAMPLE_COLUMNS if c not in table.columns]
    if missing:
        raise ValueError(f"validation sample {path} lacks columns {missing}")
    out = table[list(SAMPLE_COLUMNS)].astype(SAMPLE_COLUMNS)
    out.attrs.update(json.loads(first[len(prefix) :]))
    return out
