"""The public tables: :func:`attributions`, :func:`stance_triples` and :func:`share_by`.

Both analyses take a corpus first (a corpus table, a Series of texts or a
:class:`~newsresearch.text.ParsedCorpus`), parse it once, and read
``article.attributions`` and ``article.actors``: after ``attributions(parsed)``,
``stance_triples(parsed)`` extracts nothing again. Their columns and dtypes are
declared in :data:`ATTRIBUTION_COLUMNS` and :data:`STANCE_TRIPLE_COLUMNS`, also
for an empty corpus. Both tables have one row per attribution (or triple), a
default index and a ``doc_id`` column.
"""

from __future__ import annotations

from collections.abc import Collection
from functools import lru_cache
from typing import Any

import pandas as pd

from .._gc import fewer_collections
from ..lexicons import data_lines
from ..text import Article, ParsedCorpus, parse
from .conventions import check_convention, convert
from .records import Attribution, Span
from .stance import STANCE_TRIPLE_COLUMNS, stance_triples  # re-exported: moved to .stance

__all__ = [
    "ATTRIBUTION_COLUMNS",
    "ATTRIBUTION_TYPES",
    "STANCE_TRIPLE_COLUMNS",
    "attribution_type",
    "attributions",
    "share_by",
    "stance_triples",
]

Corpus = pd.DataFrame | pd.Series | ParsedCorpus

#: Columns and dtypes of :func:`attributions`.
ATTRIBUTION_COLUMNS: dict[str, str] = {
    "doc_id": "string",
    "attribution_id": "string",
    "kind": "string",
    "source": "string",
    "source_start": "Int64",
    "source_end": "Int64",
    "cue": "string",
    "cue_start": "Int64",
    "cue_end": "Int64",
    "cue_spans": "object",
    "content": "string",
    "content_start": "Int64",
    "content_end": "Int64",
    "content_spans": "object",
    "speaker": "string",
    "speaker_type": "string",
    "speaker_title": "string",
    "speaker_role": "string",
    "cue_lemma": "string",
    "cue_stance": "string",
    "anonymous": "bool",
    "type": "string",
}

#: The attribution types (the ``type`` column; ``kinds=`` of :func:`attributions`).
ATTRIBUTION_TYPES: tuple[str, ...] = ("speech", "thought", "evidence", "act")
#: Speaker types whose attributions are evidence when the cue says nothing else.
_EVIDENCE_SPEAKERS = frozenset({"document", "poll"})


@lru_cache(maxsize=1)
def _types_by_lemma() -> dict[str, str]:
    rows = (line.split(",") for line in data_lines("attribution_types.csv")[1:])
    return {lemma: kind for lemma, kind in rows}


def attribution_type(att: Attribution) -> str:
    """Speech, thought, evidence or act: the detector's, else from the cue lemma
    (``data/attribution_types.csv``), else evidence for a document or poll source.

    Examples
    --------
    >>> attribution_type(Attribution("indirect", None, (0, 5), [(6, 9)], "believe", "other"))
    'thought'
    >>> attribution_type(Attribution("indirect", None, (0, 4), [(5, 9)], "say", "neutral"))
    'speech'
    """
    if att.type:
        return att.type
    kind = _types_by_lemma().get(att.lemma)
    if kind is not None:
        return kind
    return "evidence" if att.speaker_type in _EVIDENCE_SPEAKERS else "speech"


def _check_kinds(kinds: str | Collection[str]) -> frozenset[str]:
    """The attribution types kept by *kinds* (``"all"``, one type, or several)."""
    if kinds == "all":
        return frozenset(ATTRIBUTION_TYPES)
    wanted = {kinds} if isinstance(kinds, str) else set(kinds)
    if not wanted or wanted - set(ATTRIBUTION_TYPES):
        raise ValueError(
            f"kinds={kinds!r} is invalid; valid values are 'all' or any of "
            f"{list(ATTRIBUTION_TYPES)}"
        )
    return frozenset(wanted)


def _joined(text: str, spans: list[Span]) -> tuple[str, list[list[int]]]:
    """The text of *spans* joined by spaces, and the spans as lists (one span: no join)."""
    if len(spans) == 1:
        a, b = spans[0]
        return text[a:b], [[a, b]]
    return " ".join(text[a:b] for a, b in spans), [list(s) for s in spans]


def _row(doc_id: Any, n: int, text: str, att: Attribution) -> dict[str, Any]:
    src = att.source
    cue = att.cue
    cue_parts = att.cue_parts or ([cue] if cue else [])
    cue_text, cue_spans = _joined(text, cue_parts)
    content_text, content_spans = _joined(text, att.content)
    return {
        "doc_id": doc_id,
        "attribution_id": f"{doc_id}:a{n + 1}",
        "kind": att.kind,
        "source": text[src[0] : src[1]] if src else "",
        "source_start": src[0] if src else None,
        "source_end": src[1] if src else None,
        "cue": cue_text,
        "cue_start": cue_parts[0][0] if cue else None,
        "cue_end": cue_parts[-1][1] if cue else None,
        "cue_spans": cue_spans,
        "content": content_text,
        "content_start": att.content[0][0],
        "content_end": att.content[-1][1],
        "content_spans": content_spans,
        "speaker": att.speaker,
        "speaker_type": att.speaker_type or ("other" if src else "unknown"),
        "speaker_title": att.speaker_title,
        "speaker_role": att.speaker_role,
        "cue_lemma": att.lemma,
        "cue_stance": att.stance,
        "anonymous": att.anonymous,
        "type": attribution_type(att),
    }


@fewer_collections
def _attribution_table(
    parsed: ParsedCorpus, convention: str = "default", kinds: str | Collection[str] = "all"
) -> tuple[pd.DataFrame, list[Article]]:
    """The attributions table and, for each of its rows, the article it comes from."""
    check_convention(convention)
    keep = _check_kinds(kinds)
    rows, sources = [], []
    for doc_id, article in parsed.items():
        if article is None:
            continue
        n = 0
        for att in convert(article, convention):
            row = _row(doc_id, n, article.text, att)
            n += 1
            if row["type"] in keep:
                rows.append(row)
                sources.append(article)
    frame = pd.DataFrame(rows, columns=list(ATTRIBUTION_COLUMNS))
    return frame.astype(ATTRIBUTION_COLUMNS), sources


def attributions(
    corpus: Corpus, *, convention: str = "default", kinds: str | Collection[str] = "all"
) -> pd.DataFrame:
    """One row per attribution: source, cue and content spans, speaker, kind and cue stance.

    Parameters
    ----------
    corpus : DataFrame, Series or ParsedCorpus
        A corpus table (its ``doc_id`` and cleaned ``text``), a Series of texts
        used exactly as given (the index serves as ``doc_id``), or a parsed corpus.
    convention : {"default", "parc"}
        The span convention (:mod:`newsresearch.attribution.conventions`):
        ``default``, our researcher-friendly spans (bare verb as cue, quotation
        without its marks); ``parc``, the PARC 3.0 / PolNeAR spans of published
        attribution scores (cue with its auxiliaries and fixed phrases, content
        with its quote marks or leading "that", a quote continued over several
        paragraphs as one attribution).
    kinds : "all", str or collection of str
        The attribution types kept: ``"speech"`` for speech and writing only,
        or any of ``"thought"``, ``"evidence"``, ``"act"`` as well (default: all).

    Returns
    -------
    pandas.DataFrame
        Columns :data:`ATTRIBUTION_COLUMNS`, a default index. ``kind`` is direct,
        indirect, mixed or according-to; spans are ``[start, end)`` offsets
        (``content_spans`` lists every piece of a split quote, ``cue_spans`` every piece of a cue
        written in two parts, "described ... as", in the ``parc`` convention); ``source``/``cue``
        are empty when the text names none; ``speaker`` is the canonical actor,
        the bare name (``"anonymous"`` for unnamed sources, ``"A; B"`` for joint
        ones; :func:`~newsresearch.attribution.speakers.harmonise_speakers` makes
        surname-only names agree across a whole corpus); ``speaker_title`` and
        ``speaker_role`` hold its title (``former US President``) and role
        (``economics professor at ...``); ``speaker_type`` is person,
        organisation, anonymous, document, poll or other; ``cue_stance`` is
        neutral, assertive, denial, accusation, concession, question or other;
        ``type`` is speech, thought, evidence or act (see :func:`attribution_type`).
        ``attribution_id`` numbers the attributions of a document in the chosen
        convention, before the ``kinds`` filter.

    Examples
    --------
    >>> import pandas as pd
    >>> text = ('Finance Minister Piotr Lindqvist on Monday dismissed the report as "not true". '
    ...         '"We will not change course," he said.')
    >>> a = attributions(pd.Series([text], index=["d1"]))
    >>> a[["kind", "source", "cue", "content", "speaker", "cue_stance"]].values.tolist()
    [['mixed', 'Finance Minister Piotr Lindqvist', 'dismissed', 'the report as "not true"', 'Piotr Lindqvist', 'denial'], ['direct', 'he', 'said', 'We will not change course,', 'Piotr Lindqvist', 'neutral']]
    """
    return _attribution_table(parse(corpus), convention, kinds)[0]


def share_by(
    found: pd.DataFrame,
    corpus: pd.DataFrame,
    *,
    by: str = "outlet",
    column: str = "cue_stance",
    top: int | None = None,
) -> pd.DataFrame:
    """Share of attributions per value of *column* within each group of *by* (rows sum to 1).

    *found* is the output of :func:`attributions`; *by* is a corpus column
    (``outlet``, ``leaning``, ...). With *top*, only the most frequent values of
    *column* are kept (shares still relative to all attributions of the group).

    Examples
    --------
    >>> import newsresearch as nr
    >>> corpus = nr.load_corpus("sample")
    >>> table = share_by(nr.attributions(corpus), corpus, by="leaning", column="cue_stance")
    >>> bool(((table.sum(axis=1) - 1).abs() < 1e-9).all())
    True
    """
    if by not in corpus.columns:
        raise ValueError(f"by={by!r} is invalid; valid values are {sorted(corpus.columns)}")
    if column not in found.columns:
        raise ValueError(f"column={column!r} is invalid; valid values are {sorted(found.columns)}")
    groups = corpus[by].reindex(found["doc_id"].to_numpy()).to_numpy()
    values = found[column].astype("object").where(found[column].notna(), "(none)").to_numpy()
    table = pd.crosstab(
        pd.Series(groups, name=by), pd.Series(values, name=column), normalize="index"
    )
    if top:
        keep = found[column].value_counts().head(top).index
        table = table[[c for c in keep if c in table.columns]]
    return table
