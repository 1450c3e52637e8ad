"""Attribution against brat gold, and agreement between two annotators.

:func:`score_attributions` scores :func:`newsresearch.attributions` against a
folder of brat gold in either span convention (``default``: ours; ``parc``: the
PARC 3.0 / PolNeAR spans of published scores, see
:mod:`newsresearch.attribution.conventions`). :func:`attribution_agreement`
compares two annotators' brat files of the same texts.

How things match:

* **spans** of the source, cue and content match **exactly** (same offsets; a
  discontinuous cue or content must match in every piece, pieces that only whitespace
  parts counting as one) or by **overlap** (token
  Jaccard of at least :data:`MIN_OVERLAP`, each gold span matched once). Spans
  are counted once per document (a source shared by two attributions is one span);
* **attributions** are paired one to one (:func:`match_attributions`): two
  attributions pair when their contents overlap by :data:`MIN_OVERLAP` or their
  cues share a word, the most similar pairs first;
* **speaker accuracy** is the share of gold attributions (with a content) whose
  paired prediction names the same speaker after :func:`normalise_speaker`
  (an unpaired gold attribution counts as wrong); a capitalised short name
  (``Trump``, ``Usher Layser``) also counts when it ends exactly one full name
  among the document's gold and predicted speakers (gold ``Donald Trump``, the
  article never writing "Donald"), see :func:`same_speaker`; ``direct`` counts gold Kind
  Direct only; **stance accuracy** is the share of paired attributions whose cue
  stance equals the gold Stance.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Collection, Iterable
from pathlib import Path
from typing import Any, NamedTuple

import pandas as pd

from .. import config
from .result import Evaluation, EvaluationError, prf

__all__ = [
    "MIN_OVERLAP",
    "attribution_agreement",
    "match_attributions",
    "normalise_speaker",
    "same_speaker",
    "score_attributions",
]

#: Token Jaccard from which two spans (or two contents) match by overlap.
MIN_OVERLAP = 0.5
#: Honorifics and titles dropped from the front of a speaker name before comparing.
HONORIFICS = frozenset(
    "mr mrs ms miss mx dr prof sen rep gov lt gen col sgt capt rev sir dame lord lady "
    "president senator representative governor judge justice".split()
)
#: Legal forms dropped from the end of an organisation's name before comparing.
LEGAL_FORMS = frozenset("inc corp co ltd llc plc".split())
#: The attributes compared by :func:`attribution_agreement` (Krippendorff's alpha, nominal).
AGREEMENT_ATTRIBUTES = ("Kind", "Type", "Stance")

_ROLES = ("source", "cue", "content")
_WORD = re.compile(r"\w+")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "–": "-", "—": "-"})

Spans = tuple[tuple[int, int], ...]

_MEASURES = [f"{r}_{m}" for r in _ROLES for m in ("exact", "overlap")] + [
    "found",
    "speaker_right",
    "speaker_right_found",
]
_ROW_COLUMNS = ["kind", "type", *_MEASURES, "stance_right"]


class _Att(NamedTuple):
    """One attribution, gold or predicted, reduced to what is scored."""

    source: Spans | None
    cue: Spans | None
    content: Spans | None
    speaker: str
    kind: str
    type: str
    stance: str


def normalise_speaker(name: object) -> str:
    """A speaker name reduced for comparison; joint speakers sorted and joined by ``"; "``.

    Unicode NFKC, case folded, curly apostrophes and dashes made straight,
    periods dropped, a possessive ``'s``, a leading ``the``, leading honorifics
    (:data:`HONORIFICS`: ``Mr.``, ``Sen.``, ``President`` ...) and a trailing legal form
    (:data:`LEGAL_FORMS`: ``Inc.``, ``Ltd`` ...) removed, middle
    initials dropped (``Donald J. Trump`` is ``donald trump``), spaces collapsed. Anything
    that is not a non-empty string becomes ``""`` (no speaker).

    Examples
    --------
    >>> normalise_speaker("Sen. Dana  Whitfield’s")
    'dana whitfield'
    >>> normalise_speaker("Tom Reyes; Ana Brooks") == normalise_speaker("ana brooks;tom reyes")
    True
    >>> normalise_speaker("The Halden Courier"), normalise_speaker("Ana T. Brooks")
    ('halden courier', 'ana brooks')
    >>> normalise_speaker("Tarrow Motors, Inc.") == normalise_speaker("Tarrow Motors")
    True
    """
    if not isinstance(name, str) or not name.strip():
        return ""
    parts = []
    for part in name.split(";"):
        text = unicodedata.normalize("NFKC", part).translate(_APOSTROPHES).casefold()
        words = text.replace(".", " ").split()
        while len(words) > 1 and (words[0] in HONORIFICS or words[0] == "the"):
            words = words[1:]
        while len(words) > 1 and words[-1] in LEGAL_FORMS:  # "Caterpillar Inc." is Caterpillar
            words = words[:-1]
            words[-1] = words[-1].rstrip(",")
        if len(words) > 2 and len(words[0]) > 1:  # middle initials: "donald j trump"
            words = [words[0], *(w for w in words[1:-1] if len(w) > 1), words[-1]]
        joined = re.sub(r"'s$", "", " ".join(words))
        if joined:
            parts.append(joined)
    return "; ".join(sorted(parts))


def same_speaker(predicted: str, gold: str, names: Collection[str] = ()) -> bool:
    """Whether a predicted speaker is the gold one, given the document's *names*.

    Equal after :func:`normalise_speaker`, or a capitalised single speaker that
    is the end of the gold name (``Trump``, ``Usher Layser`` for ``Donald
    Trump``, ``Nikki Usher Layser``) when no other of *names* (the normalised
    gold and predicted speakers of the document, joint ones split) ends so:
    gold names are complete by world knowledge where an article may write only
    the surname.

    Examples
    --------
    >>> same_speaker("Reyes", "Tom Reyes", ["tom reyes", "ana brooks"])
    True
    >>> same_speaker("Reyes", "Tom Reyes", ["tom reyes", "eva reyes"])
    False
    >>> same_speaker("office", "Halden Sheriff's office")  # not a name
    False
    """
    ours, theirs = normalise_speaker(predicted), normalise_speaker(gold)
    if ours == theirs:
        return True
    if not ours or ";" in ours or ";" in theirs or not predicted.strip()[:1].isupper():
        return False
    if not theirs.endswith(" " + ours):
        return False
    return all(n == theirs or not n.endswith(" " + ours) for n in names)


def _names(*groups: Iterable[_Att]) -> set[str]:
    """The normalised speakers of a document's attributions, joint ones split."""
    return {
        part for atts in groups for a in atts for part in normalise_speaker(a.speaker).split("; ")
    } - {""}


def _tokens(text: str, spans: Spans) -> frozenset[int]:
    """The start offsets of the words inside *spans*."""
    return frozenset(m.start() + a for a, b in spans for m in _WORD.finditer(text[a:b]))


def _jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    union = len(a | b)
    return len(a & b) / union if union else 0.0


def _joined(text: str, spans: Spans) -> Spans:
    """*spans* with the pieces that only whitespace parts joined into one: the same words
    ("said" + "at the hearing" is "said at the hearing")."""
    out = [spans[0]]
    for a, b in spans[1:]:
        if out[-1][1] <= a and not text[out[-1][1] : a].strip():
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return tuple(out)


def _from_gold(att: Any, text: str) -> _Att:
    def spans(role: str) -> Spans | None:
        span = getattr(att, role)
        return _joined(text, tuple(span.spans)) if span is not None else None

    get = att.attributes.get
    return _Att(
        spans("source"),
        spans("cue"),
        spans("content"),
        att.speaker or "",
        get("Kind", ""),
        get("Type", "").lower(),
        get("Stance", "").lower(),
    )


def _from_table(pred: pd.DataFrame, text: str) -> list[_Att]:
    def span(start: Any, end: Any) -> Spans | None:
        return None if pd.isna(start) else ((int(start), int(end)),)

    def pieces(spans: Any) -> Spans | None:
        return _joined(text, tuple(tuple(s) for s in spans)) if len(spans) else None

    out = []
    for row in pred.itertuples(index=False):
        out.append(
            _Att(
                span(row.source_start, row.source_end),
                pieces(row.cue_spans),
                pieces(row.content_spans),
                row.speaker if isinstance(row.speaker, str) else "",
                str(row.kind),
                str(row.type),
                str(row.cue_stance),
            )
        )
    return out


def match_attributions(text: str, gold: list, predicted: list) -> list[tuple[int, int]]:
    """Pairs ``(gold index, predicted index)``, one to one, the most similar first.

    Two attributions may pair when their contents have a token Jaccard of at
    least :data:`MIN_OVERLAP` or their cues share a word; similarity is the sum
    of the content and cue Jaccards. Items need ``content`` and ``cue`` span
    tuples (or None).

    Examples
    --------
    >>> from types import SimpleNamespace as A
    >>> t = "Voss said taxes rise. Ilves said no."
    >>> g = [A(cue=((5, 9),), content=((10, 20),)), A(cue=((28, 32),), content=((33, 35),))]
    >>> p = [A(cue=((28, 32),), content=((33, 36),))]
    >>> match_attributions(t, g, p)
    [(1, 0)]
    """

    def toks(spans: Spans | None) -> frozenset[int]:
        return _tokens(text, spans) if spans else frozenset()

    g_toks = [(toks(a.content), toks(a.cue)) for a in gold]
    p_toks = [(toks(a.content), toks(a.cue)) for a in predicted]
    candidates = []
    for i, (gc, gq) in enumerate(g_toks):
        for j, (pc, pq) in enumerate(p_toks):
            content, cue = _jaccard(gc, pc), _jaccard(gq, pq)
            if content >= MIN_OVERLAP or cue > 0:
                candidates.append((-(content + cue), i, j))
    pairs, used_g, used_p = [], set(), set()
    for _, i, j in sorted(candidates):
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            pairs.append((i, j))
    return sorted(pairs)


def _span_counts(counts: dict, text: str, gold: list[_Att], predicted: list[_Att]) -> None:
    """Add one document's exact and overlap span matches to *counts* (per role)."""
    for role in _ROLES:
        g = {s for s in (getattr(a, role) for a in gold) if s}
        p = {s for s in (getattr(a, role) for a in predicted) if s}
        c = counts[role]
        c["gold"] += len(g)
        c["pred"] += len(p)
        c["exact"] += len(g & p)
        unmatched = {s: _tokens(text, s) for s in g}
        for spans in p:
            toks = _tokens(text, spans)
            best, best_j = None, 0.0
            for gs, gt in unmatched.items():
                j = _jaccard(toks, gt)
                if j > best_j:
                    best, best_j = gs, j
            if best is not None and best_j >= MIN_OVERLAP:
                c["overlap"] += 1
                del unmatched[best]


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


def _new_counts() -> dict[str, dict[str, float]]:
    return {r: {"exact": 0.0, "overlap": 0.0, "pred": 0, "gold": 0} for r in _ROLES}


def _gold_rows(text: str, gold: list[_Att], predicted: list[_Att]) -> list[dict[str, Any]]:
    """Per gold attribution: its Kind and Type, what of it was found, and its speaker."""
    pairs = dict(match_attributions(text, gold, predicted))
    spans = {role: {getattr(a, role) for a in predicted} - {None} for role in _ROLES}
    toks = {role: [_tokens(text, s) for s in spans[role]] for role in _ROLES}
    names = _names(gold, predicted)
    rows = []
    for i, att in enumerate(gold):
        row: dict[str, Any] = {"kind": att.kind, "type": att.type}
        for role in _ROLES:
            span = getattr(att, role)
            gt = _tokens(text, span) if span else frozenset()
            row[f"{role}_exact"] = span in spans[role] if span else None
            row[f"{role}_overlap"] = (
                any(_jaccard(gt, pt) >= MIN_OVERLAP for pt in toks[role]) if span else None
            )
        pred = predicted[pairs[i]] if i in pairs else None
        row["found"] = pred is not None
        row["speaker_right"] = (
            pred is not None and same_speaker(pred.speaker, att.speaker, names)
            if att.content
            else None
        )
        row["speaker_right_found"] = row["speaker_right"] if pred is not None else None
        row["stance_right"] = pred.stance == att.stance if pred is not None and att.stance else None
        rows.append(row)
    return rows


def _breakdown(rows: pd.DataFrame, by: str) -> pd.DataFrame:
    """Recall of each role (exact, overlap) and speaker accuracy per gold Kind or Type."""
    table = rows.groupby(by)[_MEASURES].agg(lambda s: s.dropna().astype(float).mean())
    table.insert(0, "gold", rows.groupby(by).size())
    names = {c: f"{c}_recall" for c in _MEASURES[:-3]} | {
        "found": "attribution_recall",
        "speaker_right": "speaker_accuracy",
        "speaker_right_found": "speaker_accuracy_found",
    }
    return table.rename(columns=names)


def _write_predictions(predicted: pd.DataFrame, path: str | Path) -> None:
    with open(path, "w", encoding="utf-8") as out:
        for rec in predicted.to_dict(orient="records"):
            plain = {
                k: (None if pd.isna(v) else v) if not isinstance(v, list) else v
                for k, v in rec.items()
            }
            out.write(json.dumps(plain, ensure_ascii=False, default=str) + "\n")


def _read_gold(folder: Path, annotator: str | None = None) -> dict:
    from ..datasets.brat import read_brat_folder

    try:
        return read_brat_folder(folder, annotator=annotator)
    except (OSError, ValueError) as exc:
        raise EvaluationError(
            f"cannot read the attribution gold {folder}: {exc}; give a folder of brat "
            "<name>.txt files with <name>.ann or <name>_<annotator>.ann attribution annotations"
        ) from exc


def _accuracy(values: Iterable[Any]) -> float:
    known = [bool(v) for v in values if v is not None and not pd.isna(v)]
    return sum(known) / len(known) if known else 0.0


def _keep_types(kinds: str | Collection[str]) -> frozenset[str]:
    from ..attribution.tables import _check_kinds

    try:
        return _check_kinds(kinds)
    except ValueError as exc:
        raise EvaluationError(str(exc)) from exc


def score_attributions(
    gold: str | Path | None = None,
    *,
    convention: str = "default",
    annotator: str | None = None,
    kinds: str | Collection[str] = "all",
    predictions_out: str | Path | None = None,
) -> Evaluation:
    """Score :func:`newsresearch.attributions` against brat gold (default: the sample gold).

    Parameters
    ----------
    gold : path, optional
        A folder of brat ``<name>.txt`` with ``<name>.ann`` or
        ``<name>_<annotator>.ann`` files (default: ``data/sample/gold/attribution``,
        in our default convention; the real-news gold ``data/gold/attribution/dev``
        is in the PARC convention).
    convention : {"default", "parc"}
        The span convention of the predictions; use the gold's own.
    annotator : str, optional
        Read only this annotator's files (``<name>_<annotator>.ann``); default:
        for each text, the annotator first in sorted order.
    kinds : "all", str or collection of str
        The attribution types scored, as for :func:`newsresearch.attributions`:
        gold attributions are kept by their ``Type`` attribute, predictions by
        their ``type`` column (a gold attribution without a Type is speech).
    predictions_out : path, optional
        Where to write the predicted attributions, one JSON object per line.

    Returns
    -------
    Evaluation
        ``scores``: ``speaker_accuracy_direct``, ``speaker_accuracy_all`` (share
        of gold attributions with content, direct or all, found with the right
        speaker: a missed attribution counts wrong), ``speaker_accuracy_found_direct``,
        ``speaker_accuracy_found_all`` (the same among the gold attributions that
        were found: the speaker error rate of what the extractor returns, as in a
        hand audit), ``stance_accuracy``; ``table``: precision, recall, F1, predicted and gold
        span counts per (role, match); ``n``: documents; ``details``: ``counts``
        (gold and predicted attributions), ``by_kind`` and ``by_type`` (per gold
        Kind or Type: gold attributions, recall of each role exact and by
        overlap, attributions paired, speaker accuracy over all and over found).

    Raises
    ------
    EvaluationError
        When the gold folder is missing, holds no annotated text (by *annotator*)
        or a malformed file, or an option is invalid.

    Examples
    --------
    >>> e = score_attributions()
    >>> bool(e.table.loc[("cue", "exact"), "f1"] > 0.8), bool(e["speaker_accuracy_direct"] > 0.6)
    (True, True)
    """
    from ..attribution import attributions
    from ..attribution.conventions import check_convention

    try:
        check_convention(convention)
    except ValueError as exc:
        raise EvaluationError(str(exc)) from exc
    keep = _keep_types(kinds)
    folder = Path(gold) if gold else config.SAMPLE_DIR / "gold" / "attribution"
    documents = _read_gold(folder, annotator)
    texts = pd.Series({name: text for name, (text, _) in documents.items()})
    predicted = attributions(texts, convention=convention, kinds=keep)
    by_doc = dict(iter(predicted.groupby("doc_id", sort=False)))
    counts = _new_counts()
    rows: list[dict[str, Any]] = []
    n_gold = 0
    for name, (text, gold_atts) in documents.items():
        golds = [
            a for a in (_from_gold(g, text) for g in gold_atts) if (a.type or "speech") in keep
        ]
        preds = _from_table(by_doc[name], text) if name in by_doc else []
        n_gold += len(golds)
        _span_counts(counts, text, golds, preds)
        rows += _gold_rows(text, golds, preds)
    if predictions_out:
        _write_predictions(predicted, predictions_out)
    table = pd.DataFrame(rows, columns=_ROW_COLUMNS)
    direct = table[table["kind"] == "Direct"]
    return Evaluation(
        task="attribution",
        gold=str(folder),
        n=len(documents),
        unit="documents",
        scores={
            "speaker_accuracy_direct": _accuracy(direct["speaker_right"]),
            "speaker_accuracy_all": _accuracy(table["speaker_right"]),
            "speaker_accuracy_found_direct": _accuracy(direct["speaker_right_found"]),
            "speaker_accuracy_found_all": _accuracy(table["speaker_right_found"]),
            "stance_accuracy": _accuracy(table["stance_right"]),
        },
        table=_span_table(counts),
        details={
            "counts": pd.DataFrame(
                {"attributions": [n_gold, len(predicted)]}, index=["gold", "predicted"]
            ),
            "by_kind": _breakdown(table, "kind"),
            "by_type": _breakdown(table, "type"),
        },
        method=f"rule-based attributions, {convention} span convention",
        notes=(f"annotator {annotator}",) if annotator else (),
    )


def _alpha(pairs: list[tuple[str, str]]) -> float:
    """Krippendorff's alpha (nominal) of two coders over *pairs*; NaN when undefined."""
    import krippendorff
    import numpy as np

    values = sorted({v for pair in pairs for v in pair if v})
    if len(values) < 2:
        return float("nan")
    code = {v: i for i, v in enumerate(values)}
    data = np.array(
        [[code.get(a, np.nan) for a, _ in pairs], [code.get(b, np.nan) for _, b in pairs]],
        dtype=float,
    )
    return float(krippendorff.alpha(reliability_data=data, level_of_measurement="nominal"))


def _annotator_pairs(
    folder: Path, annotators: tuple[str, str] | None
) -> dict[str, tuple[Path, tuple[Path, Path]]]:
    from ..datasets.brat import annotation_files

    try:
        files = annotation_files(folder)
    except OSError as exc:
        raise EvaluationError(f"cannot read the attribution gold {folder}: {exc}") from exc
    out = {}
    for name, (txt, found) in files.items():
        chosen = annotators or tuple(sorted(found)[:2])
        if len(chosen) == 2 and all(a in found for a in chosen):
            out[name] = (txt, (found[chosen[0]], found[chosen[1]]))
    if not out:
        which = f"annotators {list(annotators)}" if annotators else "two annotators"
        raise EvaluationError(
            f"no text under {folder} has brat files by {which}; give a folder of <name>.txt "
            "with <name>_<annotator>.ann files by two annotators"
        )
    return out


def attribution_agreement(
    gold: str | Path, *, annotators: tuple[str, str] | None = None
) -> Evaluation:
    """Agreement between two annotators' brat attribution files of the same texts.

    Parameters
    ----------
    gold : path
        A folder of ``<name>.txt`` with ``<name>_<annotator>.ann`` files; the
        texts annotated by both annotators are compared.
    annotators : (str, str), optional
        The two annotators (``("a1", "a3")``); default: for each text, the first
        two in sorted order.

    Returns
    -------
    Evaluation
        ``table``: precision, recall and F1 of B's spans against A's, per
        (role, match: exact or overlap), as in :func:`score_attributions` (F1 is
        symmetric); ``scores``: ``alpha_kind``, ``alpha_type``, ``alpha_stance``
        (Krippendorff's alpha, nominal, on the attributions paired by
        :func:`match_attributions`; NaN when only one value occurs),
        ``speaker_agreement`` (paired attributions with the same normalised
        speaker, of those where both name one) and ``matched`` (share of all
        attributions of A and B that are paired); ``n``: texts compared;
        ``details["pairs"]``: the paired attributions' attribute values.

    Raises
    ------
    EvaluationError
        When the folder is missing or no text has files by both annotators.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "d1.txt").write_text("Voss said taxes rise.", encoding="utf-8")
    >>> ann = ("T1\\tSource 0 4\\tVoss\\nT2\\tCue 5 9\\tsaid\\nT3\\tContent 10 21\\ttaxes rise.\\n"
    ...        "E1\\tAttribution:T2 Source:T1 Cue:T2 Content:T3\\nA1\\tKind E1 Indirect\\n")
    >>> for who in ("a", "b"):
    ...     _ = (folder / f"d1_{who}.ann").write_text(ann, encoding="utf-8")
    >>> e = attribution_agreement(folder)
    >>> float(e.table.loc[("content", "exact"), "f1"]), e["matched"]
    (1.0, 1.0)
    """
    from ..datasets.brat import read_brat

    folder = Path(gold)
    texts = _annotator_pairs(folder, annotators)
    counts = _new_counts()
    pairs: list[dict[str, str]] = []
    n_a = n_b = 0
    for name, (txt, (path_a, path_b)) in texts.items():
        text = txt.read_text(encoding="utf-8")
        try:
            a = [_from_gold(x, text) for x in read_brat(path_a)]
            b = [_from_gold(x, text) for x in read_brat(path_b)]
        except ValueError as exc:
            raise EvaluationError(f"cannot read the attribution gold: {exc}") from exc
        n_a, n_b = n_a + len(a), n_b + len(b)
        _span_counts(counts, text, a, b)
        for i, j in match_attributions(text, a, b):
            row = {"doc_id": name}
            for attr in ("kind", "type", "stance"):
                row[f"{attr}_a"], row[f"{attr}_b"] = getattr(a[i], attr), getattr(b[j], attr)
            row["speaker_a"], row["speaker_b"] = a[i].speaker, b[j].speaker
            pairs.append(row)
    table = pd.DataFrame(
        pairs,
        columns=["doc_id"]
        + [f"{x}_{w}" for x in ("kind", "type", "stance", "speaker") for w in "ab"],
    )
    speakers = table[(table["speaker_a"] != "") & (table["speaker_b"] != "")]
    same = [
        normalise_speaker(x) == normalise_speaker(y)
        for x, y in zip(speakers["speaker_a"], speakers["speaker_b"], strict=True)
    ]
    scores = {
        f"alpha_{attr}": _alpha(list(zip(table[f"{attr}_a"], table[f"{attr}_b"], strict=True)))
        for attr in ("kind", "type", "stance")
    }
    scores["speaker_agreement"] = _accuracy(same)
    scores["matched"] = 2 * len(table) / (n_a + n_b) if n_a + n_b else 0.0
    names = sorted({p.stem.rsplit("_", 1)[-1] for _, ps in texts.values() for p in ps})
    return Evaluation(
        task="attribution agreement",
        gold=str(folder),
        n=len(texts),
        unit="documents",
        scores=scores,
        table=_span_table(counts),
        details={
            "counts": pd.DataFrame(
                {"attributions": [n_a, n_b, len(table)]}, index=["A", "B", "paired"]
            ),
            "pairs": table,
        },
        method=f"annotators {' vs '.join(annotators or names)}",
        notes=("span scores: B against A (F1 is symmetric)",),
    )
