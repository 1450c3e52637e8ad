"""Stance triples against stance gold: :func:`score_stance`, :func:`stance_agreement`.

Scoring is at **article level** on (source, target, polarity) triples: each
article's predicted triples (duplicates removed) are matched one to one with its
gold triples. Names are compared as bare names (:func:`names_match`: case,
quote marks, a leading "the", a possessive, a company's legal form (``Inc.``) and the
spaces between words (``health care``, ``healthcare``) ignored; a surname matches the
full name, and an issue's head noun its longer name, when the shorter name's
words are all in the longer one and both end in the same word, but never the
complement alone of a name with one (``Dana Whitfield`` is not ``impeachment of Dana
Whitfield``, ``officers`` not ``charges against the officers``); a short given name
its full form, ``Mike Voss`` and ``Michael Voss``; a party's name its members'
plural, ``Democrats`` and ``the Democratic Party``; an acronym the name whose
capitalised words it abbreviates, ``IRS`` and ``Internal Revenue Service``); a gold
source of several people (``Ana Brooks; Tom Reyes``) matches any of them.

* triple precision, recall and F1: source, target and polarity all match;
* polarity accuracy: on the (source, target) pairs that match, ignoring polarity;
* per kind (``quote`` / ``act``): gold of that kind against predictions of that
  kind; a method without a ``kind`` (the baseline) is scored with all its
  predictions, less those that match gold of the other kind;
* the **co-occurrence baseline** (:func:`cooccurrence_triples`), measured the
  same way on the same gold: every two actors named in one sentence (by
  :func:`newsresearch.mentions`, without pronouns, the first named as source),
  positive when the sentence's VADER compound is at least 0.05, else negative.

``actors="gold"`` gives both methods each article's annotated entities as an
actors-of-interest table (bare names, and surnames of persons as aliases).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

import pandas as pd

from .result import Evaluation, EvaluationError, prf

__all__ = [
    "cooccurrence_triples",
    "gold_actors",
    "mentioned_in",
    "names_match",
    "polarity_by_signal",
    "score_actor_sentiment",
    "score_stance",
    "stance_agreement",
    "stance_validation",
    "validation_figures",
]

#: VADER compound from which the baseline calls a sentence positive.
BASELINE_POSITIVE = 0.05
_PUNCT = re.compile(r"[^\w\s-]")
_LEADING = re.compile(r"^(?:the|a|an)\s+")


#: A party's names: its members' plural and its short forms name the party itself.
PARTY_NAMES: dict[tuple[str, ...], tuple[str, ...]] = {
    ("democrats",): ("democratic", "party"),
    ("dems",): ("democratic", "party"),
    ("republicans",): ("republican", "party"),
    ("gop",): ("republican", "party"),
}


def _words(name: str) -> tuple[str, ...]:
    """*name*'s words as compared: lower case, no punctuation, possessive or leading
    article, and no legal form at the end (``Moderna Inc.`` is ``moderna``, as
    :func:`~newsresearch.evaluation.attribution.normalise_speaker` reads a speaker).

    Examples
    --------
    >>> _words("The Halvorsen Corp.'s"), _words("Tarrow Motors, Inc."), _words("Inc")
    (('halvorsen',), ('tarrow', 'motors'), ('inc',))
    """
    from .attribution import LEGAL_FORMS

    name = name.replace("’", "'").casefold().strip()
    name = re.sub(r"'s\b", "", name)
    words = _LEADING.sub("", _PUNCT.sub(" ", name).strip()).split()
    while len(words) > 1 and words[-1] in LEGAL_FORMS:
        words.pop()
    return tuple(words)


@cache
def _given_forms() -> frozenset[tuple[str, str]]:
    """Pairs (short, full) of given names (``data/given_name_forms.csv``), lower case."""
    from ..lexicons import data_lines

    pairs = (line.casefold().split(",") for line in data_lines("given_name_forms.csv")[1:])
    return frozenset((short, full) for short, full in pairs)


def _one_person(wx: tuple[str, ...], wy: tuple[str, ...]) -> bool:
    """Whether two names differ only in a short and a full given name (``mike``, ``michael``)."""
    if len(wx) < 2 or wx[1:] != wy[1:]:
        return False
    forms = _given_forms()
    return (wx[0], wy[0]) in forms or (wy[0], wx[0]) in forms


#: Words an acronym leaves out (``Federal Bureau of Investigation``: FBI).
_ACRONYM_SKIPS = frozenset({"of", "and", "the", "for", "on", "&"})


def _acronym_of(short: str, long_: str) -> bool:
    """Whether *short*, one word in capitals (``IRS``, ``U.S.``), is the initials of the
    capitalised words of *long_* (``Internal Revenue Service``), its small words left out."""
    letters = short.replace(".", "").strip()
    if not (2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()):
        return False
    words = [w for w in re.split(r"[\s-]+", long_.strip()) if w and w.lower() not in _ACRONYM_SKIPS]
    return len(words) == len(letters) and all(
        w[0] == c for w, c in zip(words, letters, strict=True)
    )


def names_match(a: object, b: object) -> bool:
    """Whether two names denote the same entity in one article (see the module notes).

    Examples
    --------
    >>> names_match("Donald Trump", "Trump"), names_match("the tax bill", "Tax bill")
    (True, True)
    >>> names_match("Ana Brooks; Tom Reyes", "Reyes"), names_match("Trump", "Ivanka Trump Jr.")
    (True, False)
    >>> names_match("Mike Voss", "Michael Voss"), names_match("Democrats", "the Democratic Party")
    (True, True)
    >>> names_match("House Democrats", "Democratic Party"), names_match("GOP", "Republicans")
    (False, True)
    >>> names_match("House Democrats", "Democrats"), names_match("IRS", "Internal Revenue Service")
    (True, True)
    >>> names_match("impeachment of Dana Whitfield", "Whitfield"), names_match("Bank of Avalon", "Avalon")
    (False, False)
    """
    if not isinstance(a, str) or not isinstance(b, str):
        return False
    for x in a.split(";"):
        for y in b.split(";"):
            wx, wy = _words(x), _words(y)
            if not wx or not wy:
                continue
            if wx == wy or "".join(wx) == "".join(wy) or _one_person(wx, wy):
                return True  # "".join: one name spaced two ways ("health care", "healthcare")
            if _acronym_of(x, y) or _acronym_of(y, x):
                return True
            if PARTY_NAMES.get(wx, wx) == PARTY_NAMES.get(wy, wy):
                return True
            short, long_ = sorted((wx, wy), key=len)
            if short[-1] == long_[-1] and set(short) <= set(long_) and _same_head(short, long_):
                return True
    return False


#: Prepositions that open a name's complement (``impeachment of Dana Whitfield``).
_COMPLEMENT_OPENERS = frozenset({"of", "against", "for", "on", "to", "into", "with", "by", "from"})


def _same_head(short: tuple[str, ...], long_: tuple[str, ...]) -> bool:
    """Whether *short* is not just the complement of *long_*: a name with a
    prepositional complement (``impeachment of dana whitfield``, ``charges against the
    officers``) is about its head, so the complement's words alone (``dana whitfield``)
    do not name it; a name with the same complement does."""
    has_complement = any(w in _COMPLEMENT_OPENERS for w in long_[1:])
    return not has_complement or any(w in _COMPLEMENT_OPENERS for w in short)


def mentioned_in(name: str, text: str) -> bool:
    """Whether *name* is in *text* as written (compared as in :func:`names_match`).

    A person's or group's canonical name counts when its words (or, for a
    name of several words, its last word capitalised in the text) occur: an
    annotated entity that the article only paraphrases (``Trump's DACA-for-wall
    offer``) is not mentioned.

    Examples
    --------
    >>> mentioned_in("the tax bill", "Voss opposed the Tax Bill."), mentioned_in("Ada Voss", "Voss left.")
    (True, True)
    >>> mentioned_in("Trump's wall offer", "Pelosi rejected the proposal.")
    False
    """
    words = _words(name)
    if not words:
        return False
    body = " ".join(_words(text))
    if re.search(rf"(?<!\S){re.escape(' '.join(words))}(?!\S)", body):
        return True
    last = name.split()[-1] if len(words) > 1 else ""
    return last[:1].isupper() and re.search(rf"\b{re.escape(last)}\b", text) is not None


def _unique(triples: pd.DataFrame, cols: list[str]) -> list[tuple]:
    return list(dict.fromkeys(map(tuple, triples[cols].itertuples(index=False))))


def _match(pred: list[tuple], gold: list[tuple], *, polarity: bool) -> list[tuple[int, int]]:
    """One-to-one matches (pred index, gold index) on source and target (and polarity)."""
    pairs, used = [], set()
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            if j in used or (polarity and p[2] != g[2]):
                continue
            if names_match(g[0], p[0]) and names_match(g[1], p[1]):
                pairs.append((i, j))
                used.add(j)
                break
    return pairs


def _counts(pred: pd.DataFrame, gold: pd.DataFrame, kind: str | None) -> dict[str, int]:
    """tp, predicted, gold and polarity (right, matched) summed over the articles."""
    c = {"tp": 0, "predicted": 0, "gold": 0, "polarity_right": 0, "matched_pairs": 0}
    cols = ["source", "target", "polarity"]
    for doc, g_doc in gold.groupby("doc_id", sort=False):
        p_doc = pred[pred["doc_id"] == doc]
        if kind is not None:
            other = g_doc[g_doc["kind"] != kind]
            g_doc = g_doc[g_doc["kind"] == kind]
            if "kind" in p_doc.columns:
                p_doc = p_doc[p_doc["kind"] == kind]
                p = _unique(p_doc, cols)
            else:
                p_all = _unique(p_doc, cols)
                elsewhere = {i for i, _ in _match(p_all, _unique(other, cols), polarity=True)}
                p = [t for i, t in enumerate(p_all) if i not in elsewhere]
        else:
            p = _unique(p_doc, cols)
        g = _unique(g_doc, cols)
        c["tp"] += len(_match(p, g, polarity=True))
        c["predicted"] += len(p)
        c["gold"] += len(g)
        pairs = _match(p, g, polarity=False)
        c["matched_pairs"] += len(pairs)
        c["polarity_right"] += sum(p[i][2] == g[j][2] for i, j in pairs)
    return c


def _rows(method: str, pred: pd.DataFrame, gold: pd.DataFrame) -> list[dict[str, Any]]:
    rows = []
    for kind in ("all", "quote", "act"):
        c = _counts(pred, gold, None if kind == "all" else kind)
        p, r, f = prf(c["tp"], c["predicted"], c["gold"])
        acc = c["polarity_right"] / c["matched_pairs"] if c["matched_pairs"] else float("nan")
        rows.append(
            {
                "method": method,
                "kind": kind,
                "precision": p,
                "recall": r,
                "f1": f,
                "polarity_accuracy": acc,
                "matched_pairs": c["matched_pairs"],
                "predicted": c["predicted"],
                "gold": c["gold"],
            }
        )
    return rows


def cooccurrence_triples(corpus: Any, *, actors: Any = None) -> pd.DataFrame:
    """The naive baseline: every two actors named in one sentence, signed by its VADER compound.

    Returns
    -------
    pandas.DataFrame
        ``doc_id``, ``source``, ``target``, ``polarity``; the earlier-named actor
        is the source.

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.Series(["Sen. Ada Voss thanked Gov. Helena Strand warmly."], index=["d1"])
    >>> cooccurrence_triples(t).values.tolist()
    [['d1', 'Ada Voss', 'Helena Strand', 'positive']]
    """
    from ..actors_of_interest import mentions_with, read_actors
    from ..sentiment.vader import VaderScorer
    from ..text import parse

    aoi = read_actors(actors) if actors is not None else None
    vader = VaderScorer(memo=True)
    rows = []
    for doc_id, article in parse(corpus).items():
        if article is None:
            continue
        by_sentence: dict[int, list[str]] = {}
        for m in mentions_with(article, aoi):
            i = article.sentence_at(m.start)
            if m.kind != "pronoun" and i is not None:
                names = by_sentence.setdefault(i, [])
                if m.actor not in names:
                    names.append(m.actor)
        for i, names in by_sentence.items():
            if len(names) < 2:
                continue
            a, b = article.sentences[i]
            compound = vader.polarity_scores(article.text[a:b])["compound"]
            polarity = "positive" if compound >= BASELINE_POSITIVE else "negative"
            rows += [(doc_id, s, t, polarity) for k, s in enumerate(names) for t in names[k + 1 :]]
    return pd.DataFrame(rows, columns=["doc_id", "source", "target", "polarity"])


def gold_actors(gold: pd.DataFrame) -> pd.DataFrame:
    """The gold's entities as an actors-of-interest table (persons get their surname as alias).

    Examples
    --------
    >>> g = pd.DataFrame({"source": ["Ada Voss"], "source_type": ["person"],
    ...                   "target": ["the tax bill"], "target_type": ["issue"]})
    >>> gold_actors(g).values.tolist()
    [['Ada Voss', 'person', 'Voss'], ['the tax bill', 'issue', '']]
    """
    rows = {}
    for role in ("source", "target"):
        for name, type_ in zip(gold[role], gold[f"{role}_type"], strict=True):
            for part in str(name).split(";"):
                part = part.strip()
                if not part or part == "anonymous" or part in rows:
                    continue
                type_ = type_ if type_ in ("person", "organisation", "issue") else "issue"
                alias = part.split()[-1] if type_ == "person" and len(part.split()) > 1 else ""
                rows[part] = (part, type_, alias)
    return pd.DataFrame(list(rows.values()), columns=["name", "type", "aliases"])


def polarity_by_signal(triples: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """Polarity accuracy of each signal on the predicted triples whose pair is in the gold.

    Each predicted row whose (source, target) matches a gold triple of its article
    is compared with that triple's polarity; a signal is scored on the rows where
    it has a value (``coverage``: their share). Rows: ``cue`` (the stance cue
    lexicon, negated cues flipped), ``model`` (the target-sentiment model, when
    not neutral), ``vader`` (the content's tone, when its compound reaches
    0.05), ``negation`` (negative when the content holds a negator, else
    positive), ``cue, else negative``, ``always negative`` and ``combined``
    (the ``sentiment`` column), and the combined signal for targets inside and
    outside quotation marks.
    """
    labels = []
    for rec in triples.itertuples(index=False):
        g_doc = gold[gold["doc_id"] == rec.doc_id]
        label = ""
        for gs, gt, gp in zip(g_doc["source"], g_doc["target"], g_doc["polarity"], strict=True):
            if names_match(gs, rec.speaker) and names_match(gt, rec.target):
                label = gp
                break
        labels.append(label)
    found = triples.assign(gold=labels)
    found = found[found["gold"] != ""]
    vader = found["vader"].where(found["vader"].abs() >= 0.05)
    signals = {
        "cue": found["cue_polarity"].where(found["cue_polarity"] != ""),
        "model": found["model_polarity"].where(found["model_polarity"] != "neutral"),
        "vader": vader.map(lambda v: "positive" if v > 0 else "negative", na_action="ignore"),
        "negation": found["negated"].map({True: "negative", False: "positive"})
        if "negated" in found.columns
        else pd.Series(index=found.index, dtype=object),
        "cue, else negative": found["cue_polarity"].where(found["cue_polarity"] != "", "negative"),
        "always negative": pd.Series("negative", index=found.index),
        "combined": found["sentiment"],
        "combined, target in quote": found["sentiment"].where(found["in_quote"]),
        "combined, target outside quote": found["sentiment"].where(~found["in_quote"]),
    }
    rows = []
    for name, values in signals.items():
        has = values.notna()
        right = (values[has] == found["gold"][has]).sum()
        rows.append(
            {
                "signal": name,
                "accuracy": right / has.sum() if has.sum() else float("nan"),
                "coverage": has.mean() if len(found) else float("nan"),
                "n": int(has.sum()),
            }
        )
    return pd.DataFrame(rows).set_index("signal")


def _texts_folder(folder: Path) -> Path:
    return folder.parent.parent / "attribution" / folder.name


def _predict(texts: pd.Series, gold: pd.DataFrame, actors: Any, per_article: bool) -> tuple:
    from ..attribution.stance import stance_triples

    if not per_article:
        triples = stance_triples(texts, actors=actors, tone=True)
        return triples, cooccurrence_triples(texts, actors=actors)
    parts, base = [], []
    for doc in texts.index:
        table = gold_actors(gold[gold["doc_id"] == doc])
        parts.append(stance_triples(texts[[doc]], actors=table, tone=True))
        base.append(cooccurrence_triples(texts[[doc]], actors=table))
    return pd.concat(parts, ignore_index=True), pd.concat(base, ignore_index=True)


def _load(
    folder: Path, texts: str | Path | None, annotator: str | None, heldout: bool
) -> tuple[pd.DataFrame, pd.Series]:
    """The gold table (one annotator per article) and the texts of its articles."""
    from ..datasets.stance import read_stance_gold, stance_texts

    try:
        table = read_stance_gold(folder, annotator=annotator, heldout=heldout)
        if annotator is None and not table.empty:  # a doubly annotated article: its first annotator
            first = table.groupby("doc_id")["annotator"].transform("min")
            table = table[table["annotator"] == first].reset_index(drop=True)
        if table.empty:
            raise ValueError(f"no stance gold in {folder} (annotator {annotator or 'any'})")
        docs = list(dict.fromkeys(table["doc_id"]))
        corpus = stance_texts(
            Path(texts) if texts else _texts_folder(folder), docs, heldout=heldout
        )
    except ValueError as exc:
        raise EvaluationError(str(exc)) from exc
    return table, corpus


def score_stance(
    gold: str | Path,
    *,
    texts: str | Path | None = None,
    annotator: str | None = None,
    actors: Any = None,
    predictions_out: str | Path | None = None,
    heldout: bool = False,
) -> Evaluation:
    """Score :func:`newsresearch.stance_triples` and the co-occurrence baseline on stance gold.

    Parameters
    ----------
    gold : path
        A folder of ``<ID>_<annotator>.jsonl`` stance gold
        (:func:`newsresearch.datasets.stance.read_stance_gold`).
    texts : path, optional
        The folder of ``<ID>.txt`` texts; default ``../../attribution/<set>``
        beside ``stance/<set>``.
    annotator : str, optional
        Score against this annotator only; default each article's first
        annotator (by name) when two annotated it.
    actors : "gold", path, table or mapping, optional
        An actors-of-interest table for both methods; ``"gold"`` gives each
        article its annotated entities (:func:`gold_actors`).
    predictions_out : path, optional
        Write the predicted triples here (JSON lines).
    heldout : bool
        Allow a ``heldout`` folder (the lead's final, blind scoring only).

    Returns
    -------
    Evaluation
        ``table``: precision, recall, F1, polarity accuracy, counts per (method,
        kind); ``scores``: ``f1``, ``polarity_accuracy``, ``baseline_f1``,
        ``baseline_polarity_accuracy`` and ``always_negative_accuracy`` (all
        kinds); ``details["signals"]``: :func:`polarity_by_signal`.

    Raises
    ------
    EvaluationError
        When the gold folder is missing, held out, empty or malformed.
    """
    folder = Path(gold)
    table, corpus = _load(folder, texts, annotator, heldout)
    docs = list(corpus.index)
    triples, base = _predict(corpus, table, None if actors == "gold" else actors, actors == "gold")
    pred = triples.rename(columns={"speaker": "source", "sentiment": "polarity"})
    pred = pred[(pred["source"] != "") & pred["polarity"].isin(["positive", "negative"])]
    summary = pd.DataFrame(
        _rows("stance_triples", pred, table) + _rows("co-occurrence", base, table)
    )
    summary = summary.set_index(["method", "kind"])
    if predictions_out:
        triples.to_json(predictions_out, orient="records", lines=True, force_ascii=False)
    ours, baseline = summary.loc[("stance_triples", "all")], summary.loc[("co-occurrence", "all")]
    gold_neg = (
        table.drop_duplicates(["doc_id", "source", "target", "polarity"])["polarity"] == "negative"
    ).mean()
    return Evaluation(
        task="stance",
        gold=str(folder),
        n=len(docs),
        unit="documents",
        scores={
            "f1": float(ours["f1"]),
            "polarity_accuracy": float(ours["polarity_accuracy"]),
            "baseline_f1": float(baseline["f1"]),
            "baseline_polarity_accuracy": float(baseline["polarity_accuracy"]),
            "always_negative_accuracy": float(gold_neg),
        },
        table=summary,
        details={"signals": polarity_by_signal(triples, table)},
        method="stance_triples" + (f", actors={actors}" if isinstance(actors, str) else ""),
        notes=(
            "article-level (source, target, polarity) triples; co-occurrence baseline as in "
            "newsresearch.evaluation.stance; always_negative_accuracy is the gold's share of "
            "negative triples",
        ),
    )


def stance_agreement(a: pd.DataFrame, b: pd.DataFrame) -> Evaluation:
    """Agreement of two annotators' stance triples on the articles both annotated.

    Triple F1 (one annotator as gold, symmetric), polarity agreement on the
    matched (source, target) pairs and Krippendorff's alpha (nominal) on those
    pairs' polarity.

    Examples
    --------
    >>> row = dict(doc_id="A", kind="quote", source="Ada Voss", target="Lin", polarity="negative")
    >>> a = pd.DataFrame([row, {**row, "target": "the bill"}])
    >>> b = pd.DataFrame([{**row, "source": "Voss"}, {**row, "target": "bill", "polarity": "positive"}])
    >>> e = stance_agreement(a, b)
    >>> e["triple_f1"], e["polarity_agreement"]
    (0.5, 0.5)
    """
    import krippendorff
    import numpy as np

    docs = sorted(set(a["doc_id"]) & set(b["doc_id"]))
    a, b = a[a["doc_id"].isin(docs)], b[b["doc_id"].isin(docs)]
    c = _counts(b, a, None)
    _, _, f = prf(c["tp"], c["predicted"], c["gold"])
    cols = ["source", "target", "polarity"]
    pairs = []
    for doc in docs:
        pa = _unique(a[a["doc_id"] == doc], cols)
        pb = _unique(b[b["doc_id"] == doc], cols)
        pairs += [(pb[i][2], pa[j][2]) for i, j in _match(pb, pa, polarity=False)]
    agree = sum(x == y for x, y in pairs) / len(pairs) if pairs else float("nan")
    code = {"negative": 0.0, "positive": 1.0}
    data = np.array([[code[x] for x, _ in pairs], [code[y] for _, y in pairs]])
    alpha = (
        float(krippendorff.alpha(reliability_data=data, level_of_measurement="nominal"))
        if len(pairs) > 1 and len(np.unique(data)) > 1
        else float("nan")
    )
    table = pd.DataFrame(
        [{"triple_f1": f, "polarity_agreement": agree, "alpha": alpha, "pairs": len(pairs)}]
    )
    return Evaluation(
        task="stance agreement",
        gold=f"{len(docs)} documents annotated twice",
        n=len(docs),
        unit="documents",
        scores={"triple_f1": f, "polarity_agreement": agree, "krippendorff_alpha": alpha},
        table=table,
        method="two annotators",
    )


def validation_figures(evaluation: Evaluation) -> dict[str, Any]:
    """The figures a report states, from :func:`score_stance`: per method and kind, and signals.

    Write them with ``json.dump`` to ``newsresearch/data/stance_validation.json``
    after scoring the development gold; :func:`stance_validation` reads them back.
    """
    table = evaluation.table.reset_index()
    rows = table.round(3).to_dict(orient="records")
    signals = evaluation.details["signals"].round(3).reset_index().to_dict(orient="records")
    return {
        "gold": evaluation.gold,
        "documents": evaluation.n,
        "method": evaluation.method,
        "scores": {k: round(float(v), 3) for k, v in evaluation.scores.items()},
        "table": rows,
        "signals": signals,
    }


def stance_validation() -> dict[str, Any]:
    """The shipped validation figures of :func:`newsresearch.stance_triples` (development gold).

    Examples
    --------
    >>> figures = stance_validation()
    >>> sorted(figures)[:3], "f1" in figures["default"]["scores"]
    (['default', 'entity_sentiment', 'gold_entities'], True)
    """
    import json
    from importlib.resources import files

    text = files("newsresearch").joinpath("data/stance_validation.json").read_text("utf-8")
    return json.loads(text)


def score_actor_sentiment(
    gold: str | Path,
    *,
    texts: str | Path | None = None,
    annotator: str | None = None,
    actors: Any = None,
    by: str = "sign",
    method: str = "actor_sentiment",
    heldout: bool = False,
) -> Evaluation:
    """Score entity-level sentiment against the stance gold's entity polarity.

    Each annotated target of an article gets the majority polarity of its gold
    triples (a tie: negative); the prediction is the ``label`` of the matching
    ``actor_sentiment`` row (names matched as in :func:`names_match`). A target
    without a row counts as unscored and wrong.

    Parameters
    ----------
    gold, texts, annotator, heldout
        As for :func:`score_stance`.
    actors : "gold", path, table or mapping, optional
        An actors-of-interest table; ``"gold"``: each article's annotated entities.
    by : {"sign", "label"}
        ``actor_sentiment``: the predicted polarity is the sign of ``mean_score``
        (positive above 0; the gold has no neutral) or the ``label`` column
        (neutral counts wrong). ``entity_stance`` has its own ``sentiment``.
    method : {"actor_sentiment", "entity_stance"}
        :func:`newsresearch.actor_sentiment` (the tone of each mention's
        sentence) or :func:`newsresearch.entity_stance` (the stance triples
        toward the entity, else the tone of its mentions).

    Returns
    -------
    Evaluation
        ``scores``: ``macro_f1`` (over negative and positive), ``accuracy``,
        ``coverage`` (share of gold entities scored), ``mentioned`` (share of
        gold entities whose name is in the text, :func:`mentioned_in`) and
        ``coverage_mentioned`` (share of those scored); ``table``: per class
        P/R/F1.
    """
    from ..attribution.stance_summary import entity_stance
    from ..sentiment import actor_sentiment

    if by not in ("sign", "label"):
        raise ValueError(f"by={by!r} is invalid; valid values are ['label', 'sign']")
    methods = {"actor_sentiment": actor_sentiment, "entity_stance": entity_stance}
    if method not in methods:
        raise ValueError(f"method={method!r} is invalid; valid values are {sorted(methods)}")
    scorer = methods[method]
    folder = Path(gold)
    table, corpus = _load(folder, texts, annotator, heldout)
    votes = table.groupby(["doc_id", "target"])["polarity"].agg(
        lambda s: "positive" if (s == "positive").sum() > (s == "negative").sum() else "negative"
    )
    if actors == "gold":
        found = pd.concat(
            [
                scorer(corpus[[doc]], actors=gold_actors(table[table["doc_id"] == doc]))
                for doc in corpus.index
            ],
            ignore_index=True,
        )
    else:
        found = scorer(corpus, actors=actors)
    if method == "entity_stance":
        found = found.rename(columns={"entity": "actor", "sentiment": "label"})
    elif by == "sign":
        found = found.assign(
            label=found["mean_score"].gt(0).map({True: "positive", False: "negative"})
        )
    pairs, mentioned = [], []
    for (doc, target), truth in votes.items():
        mentioned.append(mentioned_in(target, corpus[doc]))
        rows = found[found["doc_id"] == doc]
        hit = next(
            (
                lab
                for a, lab in zip(rows["actor"], rows["label"], strict=True)
                if names_match(target, a)
            ),
            None,
        )
        pairs.append((truth, hit))
    scored = [p for p in pairs if p[1] is not None]
    rows = []
    for label in ("negative", "positive"):
        tp = sum(t == label and p == label for t, p in pairs)
        predicted = sum(p == label for _, p in pairs)
        support = sum(t == label for t, _ in pairs)
        p_, r_, f_ = prf(tp, predicted, support)
        rows.append({"class": label, "precision": p_, "recall": r_, "f1": f_, "support": support})
    per_class = pd.DataFrame(rows).set_index("class")
    return Evaluation(
        task="actor sentiment",
        gold=str(folder),
        n=len(pairs),
        unit="gold entities",
        scores={
            "macro_f1": float(per_class["f1"].mean()),
            "accuracy": sum(t == p for t, p in pairs) / len(pairs) if pairs else 0.0,
            "coverage": len(scored) / len(pairs) if pairs else 0.0,
            "mentioned": sum(mentioned) / len(pairs) if pairs else 0.0,
            "coverage_mentioned": (
                sum(p[1] is not None for p, m in zip(pairs, mentioned, strict=True) if m)
                / sum(mentioned)
                if any(mentioned)
                else 0.0
            ),
        },
        table=per_class,
        method=method + (f", actors={actors}" if isinstance(actors, str) else ""),
        notes=(
            "gold: majority polarity of each annotated target per article; unscored counts wrong",
        ),
    )
