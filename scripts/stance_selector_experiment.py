"""Experiment (issue 16): does a learnt choice among candidate (source, target) pairs find
stance triples better than the stance rules?

Reads the development stance gold only (``data/gold/stance/dev``). The candidates of an
article are the union of every pair the toolkit can propose: the rules' own triples
(:func:`~newsresearch.stance_triples`, any polarity), every two actors named in one sentence,
in both orders (the co-occurrence baseline's pairs), and each attribution's speaker with every
actor named inside its content. Each candidate gets generic features (no names, no outlet): how
often and how the rules proposed it (kind, signal, cue and model polarity, in quote marks,
VADER), sentence co-mentions and their VADER compound, whether the source names the pair first,
content mentions by cue stance, how often source and target speak and are named, where they are
first named, the target's length. A candidate is right when it is a gold (source, target) pair
(:func:`~newsresearch.evaluation.stance.names_match`); a second model gives its polarity.
Gradient boosting (``gb``) or logistic regression (``lr``) is scored by 5-fold article-grouped
cross-validation (``GroupKFold``) with the scorer's own triple matching, against the rules on
the same articles, alone (every candidate above a threshold), as additions to the rules' triples
and as a filter on them.

Run from the repository root (about 25 s; deterministic)::

    NEWSRESEARCH_SHARED_DIR=../shared PYTHONPATH=. python scripts/stance_selector_experiment.py
        [--model gb|lr] [--json OUT]

Result (session 31, at 60d4b33; the decision: not wired in)
-----------------------------------------------------------
9,103 candidates in the 116 development articles, 569 of them gold pairs: the candidates hold
0.355 of the 1,523 gold (source, target) pairs, so no selection among them can reach a pair
recall above 0.355 (the rules' triples alone hold 0.259). Triple F1, cross-validated::

    rules (stance_triples)                                  P 0.301  R 0.217  F1 0.252
    learnt alone, best threshold: gb (0.08) / lr (0.10)     F1 0.231 / 0.241
    rules + learnt additions (threshold 0.15-0.5), gb / lr  F1 0.251-0.253 / 0.253-0.254
    rules kept where the learnt pair score passes 0.05-0.2  F1 0.223-0.250 / 0.213-0.251

The learnt selector alone is 1-2 points below the rules, and as additions or a filter it moves
F1 by at most +0.002: nothing a fold's draw would not move. Nothing is wired in. What bounds
triple recall is not the choice among candidates but the candidates themselves: most gold
triples have a source the extractor never produces (groups, pronouns) or a target the text
never names in the annotators' words (issues and events).
"""

from __future__ import annotations

import argparse
import collections
import json
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "data/gold/stance/dev"
POLARITY = {"positive": 1, "negative": -1}


def candidate_features(table: pd.DataFrame, corpus: pd.Series) -> dict[tuple, dict[str, float]]:
    """Per (doc_id, source, target) candidate: its generic features."""
    from newsresearch.actors_of_interest import mentions_with
    from newsresearch.attribution import attributions
    from newsresearch.attribution.stance import stance_triples
    from newsresearch.sentiment.vader import VaderScorer
    from newsresearch.text import parse

    triples = stance_triples(corpus, tone=True)
    atts = attributions(corpus, convention="parc")
    vader = VaderScorer(memo=True)
    feats: dict[tuple, dict[str, float]] = collections.defaultdict(
        lambda: collections.defaultdict(float)
    )
    for r in triples.itertuples():
        if not r.speaker or r.speaker == r.target:
            continue
        f = feats[(r.doc_id, r.speaker, r.target)]
        f["triple"] += 1
        f["tr_pos"] += r.sentiment == "positive"
        f["tr_neg"] += r.sentiment == "negative"
        f["tr_neutral"] += r.sentiment not in POLARITY
        f["tr_act"] += r.kind == "act"
        f["tr_cue"] += r.signal == "cue"
        f["tr_in_quote"] += bool(r.in_quote)
        f["tr_vader"] += 0.0 if pd.isna(r.vader) else float(r.vader)
        f["tr_cue_polarity"] += POLARITY.get(r.cue_polarity, 0)
        f["tr_model_polarity"] += POLARITY.get(r.model_polarity, 0)
        f["target_person"] = float(r.target_type == "person")
    speaks = collections.Counter(
        (r.doc_id, r.speaker) for r in atts.itertuples() if isinstance(r.speaker, str)
    )
    for doc, article in parse(corpus).items():
        if article is None:
            continue
        named = [m for m in mentions_with(article, None) if m.kind != "pronoun"]
        count = collections.Counter(m.actor for m in named)
        first: dict[str, int] = {}
        by_sentence: dict[int, list[str]] = collections.defaultdict(list)
        for m in named:
            first.setdefault(m.actor, m.start)
            i = article.sentence_at(m.start)
            if i is not None and m.actor not in by_sentence[i]:
                by_sentence[i].append(m.actor)
        for i, names in by_sentence.items():
            a, b = article.sentences[i]
            compound = vader.polarity_scores(article.text[a:b])["compound"] if len(names) > 1 else 0
            for s in names:
                for t in names:
                    if s != t:
                        f = feats[(doc, s, t)]
                        f["co"] += 1
                        f["co_vader"] += compound
                        f["co_source_first"] += names.index(s) < names.index(t)
        for r in atts[atts["doc_id"] == doc].itertuples():
            if not isinstance(r.speaker, str) or r.speaker in ("", "anonymous"):
                continue
            if pd.isna(r.content_start):
                continue
            a, b = int(r.content_start), int(r.content_end)
            for m in named:
                if a <= m.start < b and m.actor != r.speaker:
                    f = feats[(doc, r.speaker, m.actor)]
                    f["content"] += 1
                    f[f"content_{r.cue_stance}"] += 1
                    f["content_vader"] += vader.polarity_scores(article.text[a:b])["compound"]
        size = max(len(article.text), 1)
        for (d, s, t), f in feats.items():
            if d == doc:
                f["source_speaks"], f["target_speaks"] = speaks[(doc, s)], speaks[(doc, t)]
                f["source_named"], f["target_named"] = count[s], count[t]
                f["source_first"] = first.get(s, size) / size
                f["target_first"] = first.get(t, size) / size
                f["target_words"] = len(t.split())
    return feats


def _covered(gold: dict[str, list[tuple]], keys: list[tuple], same: Any) -> int:
    """How many gold (source, target) pairs some candidate matches."""
    by_doc: dict[str, list[tuple]] = collections.defaultdict(list)
    for d, s, t in keys:
        by_doc[d].append((s, t))
    return sum(
        any(same(gs, s) and same(gt, t) for s, t in by_doc[d])
        for d, g in gold.items()
        for gs, gt in dict.fromkeys((s, t) for s, t, _ in g)
    )


def main() -> None:
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    from newsresearch.attribution.stance import stance_triples
    from newsresearch.evaluation import stance as st

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", choices=("gb", "lr"), default="gb")
    parser.add_argument("--json", type=Path, help="write the figures here")
    args = parser.parse_args()

    table, corpus = st._load(GOLD, None, None, False)
    feats = candidate_features(table, corpus)
    keys = list(feats)
    columns = sorted({c for f in feats.values() for c in f})
    X = np.array([[feats[k].get(c, 0.0) for c in columns] for k in keys])
    docs = np.array([k[0] for k in keys])
    gold = {
        d: list(dict.fromkeys(zip(g["source"], g["target"], g["polarity"], strict=True)))
        for d, g in table.groupby("doc_id")
    }
    is_pair, is_positive = np.zeros(len(keys)), np.full(len(keys), -1)
    for i, (d, s, t) in enumerate(keys):
        for gs, gt, gp in gold.get(d, []):
            if st.names_match(gs, s) and st.names_match(gt, t):
                is_pair[i], is_positive[i] = 1, int(gp == "positive")
                break
    n_pairs = sum(len({(s, t) for s, t, _ in g}) for g in gold.values())

    def model() -> Any:
        if args.model == "lr":
            return make_pipeline(StandardScaler(), LogisticRegression(C=1.0, max_iter=2000))
        return HistGradientBoostingClassifier(max_iter=200, learning_rate=0.05, random_state=0)

    p_pair, p_positive = np.zeros(len(keys)), np.zeros(len(keys))
    for train, test in GroupKFold(n_splits=5).split(X, is_pair, docs):
        p_pair[test] = model().fit(X[train], is_pair[train]).predict_proba(X[test])[:, 1]
        signed = train[is_positive[train] >= 0]
        fitted = model().fit(X[signed], is_positive[signed])
        p_positive[test] = fitted.predict_proba(X[test])[:, 1]

    def score(pred: dict[str, list[tuple]]) -> dict[str, float]:
        tp = n_pred = n_gold = 0
        for d, g in gold.items():
            p = pred.get(d, [])
            n_pred, n_gold = n_pred + len(p), n_gold + len(g)
            tp += len(st._match(p, g, polarity=True))
        prec, rec = tp / n_pred if n_pred else 0.0, tp / n_gold
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        return {"precision": round(prec, 3), "recall": round(rec, 3), "f1": round(f1, 3)}

    def polarity(i: int) -> str:
        return "positive" if p_positive[i] >= 0.5 else "negative"

    triples = stance_triples(corpus, tone=True)
    kept = triples[(triples["speaker"] != "") & triples["sentiment"].isin(list(POLARITY))]
    rules: dict[str, list[tuple]] = {}
    for r in kept.itertuples():
        rules.setdefault(r.doc_id, [])
        if (r.speaker, r.target, r.sentiment) not in rules[r.doc_id]:
            rules[r.doc_id].append((r.speaker, r.target, r.sentiment))
    from_rules = X[:, columns.index("triple")] > 0
    out: dict[str, Any] = {
        "candidates": len(keys),
        "gold_pairs": n_pairs,
        "candidate_pair_recall": round(_covered(gold, keys, st.names_match) / n_pairs, 3),
        "rules": score(rules),
        "learnt": {},
        "rules_plus_learnt": {},
        "rules_filtered": {},
    }
    for thr in (0.05, 0.08, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5):
        alone: dict[str, list[tuple]] = {}
        added = {d: list(v) for d, v in rules.items()}
        for i, (d, s, t) in enumerate(keys):
            if p_pair[i] >= thr:
                alone.setdefault(d, []).append((s, t, polarity(i)))
                if not from_rules[i]:
                    added.setdefault(d, []).append((s, t, polarity(i)))
        keep = {k for i, k in enumerate(keys) if p_pair[i] >= thr}
        filtered = {d: [x for x in v if (d, x[0], x[1]) in keep] for d, v in rules.items()}
        out["learnt"][thr] = score(alone)
        out["rules_plus_learnt"][thr] = score(added)
        out["rules_filtered"][thr] = score(filtered)
    print(json.dumps(out, indent=1))
    if args.json:
        args.json.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
