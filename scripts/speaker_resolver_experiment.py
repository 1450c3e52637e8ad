"""Experiment (issue 15): does a learnt choice among candidate actors resolve pronoun and
description sources better than the speaker rules?

Reads the development attribution gold only (``data/gold/attribution/dev``). For every found
attribution (paired with a gold one by :func:`~newsresearch.evaluation.attribution.
match_attributions`, PARC spans) whose source is a pronoun or a description without a name,
the candidates are the people and organisations the actor finder named before the source,
plus the rules' own choice; each candidate gets generic features (no names, no outlet:
distances in characters, sentences and paragraphs to its last mention, previous and earlier
speaker, subject of its sentence, mention count, compatible candidates in between, gender
and number fit, in quote marks, inside the attribution's own content, the rules' choice)
and is right when it is the gold speaker (:func:`~newsresearch.evaluation.attribution.
same_speaker`). A ranker (``clogit``: a conditional logit, a softmax over the candidates of
one attribution; ``lr`` / ``gb``: a pointwise logistic regression / gradient boosting whose
best-scored candidate is taken) is scored by 5-fold article-grouped cross-validation
(``GroupKFold``) and compared with the rules on exactly the same attributions, per source
class and for the 92 first development articles against ``dev5`` + ``dev6`` (the 24 drawn
last). Where the ranker keeps the rules' choice, the rules' scored speaker counts.

Run from the repository root (about 6 s; deterministic)::

    PYTHONPATH=. python scripts/speaker_resolver_experiment.py [--model clogit|lr|gb]
        [--drop rule not_actor anonymous_rule] [--classes he/she] [--margin M] [--json OUT]

Result (session 30, at 4c7b68c; the decision: not wired in)
-----------------------------------------------------------
Found attributions on dev: 3,080 (speaker right 0.873). By source: a name 1,458 (0.927),
a description without a name 747 (0.771), he/she 534 (0.921), none (a quote that continues
or is brought in by its sentence) 296 (0.834), they/we 26 (0.462), it 17 (0.647). Pronoun
and description sources: 1,324, the rules right on 0.824; a perfect choice among the
candidates (oracle) would reach 0.882 (he/she 0.959, descriptions 0.843, they/we 0.462):
at most +77 attributions, +0.025 on the speaker accuracy of all found ones.

Cross-validated (5 folds by article), rules / learnt::

    class          n   with the rules' choice as a feature   without it (a resolver alone)
    all         1324   0.824 / 0.817 (clogit), 0.824 (lr)    0.824 / 0.758 (clogit), 0.767 (gb)
    he/she       534   0.921 / 0.919, 0.921                   0.921 / 0.861, 0.861
    description  747   0.771 / 0.760, 0.771                   0.771 / 0.696, 0.712
    they/we       26   0.462 / 0.462, 0.462                   0.462 / 0.462, 0.462
    it            17   0.647 / 0.647, 0.647                   0.647 / 0.706, 0.706

With the rules' choice as a feature the pointwise models never leave it, and the conditional
logit leaves it 16 times: 2 right where the rules were wrong, 11 wrong where they were right
(asked to beat the rules' choice by a margin of 1.0, it leaves it 3 times, all wrong).
Without it the learnt resolver is 6-8 points below the rules (he/she: 41 changes, 2 gained,
34 lost). Ten folds, or C from 0.1 to 10, give the same picture (with the rules' choice
0.819-0.822, without it 0.758, against the rules' 0.824). On the late sets ``dev5`` +
``dev6``, where the rules are weaker (he/she 0.780 against 0.958 on the first 92), the
resolver alone is weaker still (0.734; all pronoun and description sources 0.671 against
0.714). So the criterion (cross-validated accuracy at least the rules' dev accuracy, or clearly
better where they differ) is not met in any class, and nothing is wired into the pipeline.

Why: the rules' errors on these sources are mostly not a wrong choice among listed actors.
Of the he/she errors (42), 20 have the gold speaker among the candidates, and 7 of those are
one article's person listed as two actors (a maiden and a married name), 5 a place or an
organisation taken for a "he", 8 another person; 15 have a gold speaker the actor finder does
not list; in 2 the gold is anonymous where the rules named one, in 5 the rules say anonymous
and the gold is not listed. Of the description errors (171), 54 have the gold among the
candidates (the rules give no speaker, or give the document -- "the study", "the filing" --
where the gold is its author), 37 the gold anonymous where the rules named someone, 80 a gold
speaker that is no candidate. Fixing these needs actor identity (aliases, type), authors of
documents and unnamed-source detection, not a reranker over the same features the rules use.
"""

from __future__ import annotations

import argparse
import bisect
import json
import math
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold
from sklearn.preprocessing import StandardScaler

from newsresearch.attribution.conventions import convert
from newsresearch.attribution.pronouns import in_quote_marks, not_subject
from newsresearch.datasets.brat import read_brat_folder
from newsresearch.evaluation.attribution import (
    _from_gold,
    _from_table,
    _names,
    match_attributions,
    same_speaker,
)
from newsresearch.text import Article

GOLD = Path("data/gold/attribution/dev")
#: The development sets drawn last: the speaker rules before session 29 never saw them.
LATE_SETS = ("dev5", "dev6")


def dev_sets(path: Path = GOLD.parent / "articles.csv") -> dict[str, str]:
    """The development set of each development article (the rows of other sets skipped)."""
    import csv

    with open(path, encoding="utf-8") as f:
        return {r["doc_id"]: r["set"] for r in csv.DictReader(f) if r["set"].startswith("dev")}


HE_SHE = {"he": "m", "she": "f", "his": "m", "her": "f", "him": "m"}
THEY_WE = {"they", "we", "their", "our", "them", "us"}
IT = {"it", "its"}


def source_class(text: str, span: tuple[int, int], actors) -> str:
    """``he/she``, ``they/we``, ``it``, ``description`` (no name in it) or ``name``."""
    low = text[span[0] : span[1]].strip().lower()
    if low in HE_SHE:
        return "he/she"
    if low in THEY_WE:
        return "they/we"
    if low in IT:
        return "it"
    if low in ("i", "you", "me"):
        return "other pronoun"
    named = [m for m in actors.between(*span) if m.kind in ("name", "surname")]
    return "name" if named else "description"


def _table(atts: list) -> object:
    import pandas as pd

    rows = []
    for a in atts:
        rows.append(
            {
                "source_start": a.source[0] if a.source else None,
                "source_end": a.source[1] if a.source else None,
                "cue_spans": list(a.cue_parts or ([a.cue] if a.cue else [])),
                "content_spans": list(a.content),
                "speaker": a.speaker,
                "kind": a.kind,
                "type": a.type,
                "cue_stance": a.stance,
            }
        )
    return pd.DataFrame(rows)


def _origin(parc, default: list):
    """The default-convention attribution a PARC copy was made from (its speaker's owner)."""
    best, best_overlap = None, 0
    for d in default:
        overlap = 0
        for a, b in [*(([parc.cue]) if parc.cue else []), *parc.content]:
            for c, e in [*(([d.cue]) if d.cue else []), *d.content]:
                overlap += max(0, min(b, e) - max(a, c))
        if overlap > best_overlap:
            best, best_overlap = d, overlap
    return best


def candidate_rows(article: Article, att, done: list, cls: str) -> list[dict]:
    """One feature dict per candidate speaker of *att* (the rules' choice among them)."""
    text, actors = article.text, article.actors
    start = att.source[0]
    s_idx = article.sentence_at(start)
    if s_idx is None:
        s_idx = max(0, bisect.bisect_right(article.sentence_starts, start) - 1)
    para = article.sentence_paragraphs[s_idx] if article.sentences else 0
    last: dict[str, object] = {}
    count: Counter = Counter()
    for m in actors.mentions:
        if m.start >= start:
            break
        if m.kind == "pronoun":
            continue
        last[m.actor] = m
        count[m.actor] += 1
    speakers = [a.speaker for a in done if a.speaker]
    prev = speakers[-1] if speakers else None
    gender = HE_SHE.get(text[att.source[0] : att.source[1]].strip().lower(), "")
    rows = []
    rule = att.speaker or ""
    for name, m in last.items():
        actor = actors.actors.get(name)
        if actor is None:
            continue
        m_idx = article.sentence_at(m.start)
        if m_idx is None:
            m_idx = max(0, bisect.bisect_right(article.sentence_starts, m.start) - 1)
        m_para = article.sentence_paragraphs[m_idx] if article.sentences else 0
        sent_start = article.sentences[m_idx][0] if article.sentences else 0
        person = actor.type == "person"
        f = {
            "log_chars": math.log1p(max(0, start - m.end)),
            "sentences": min(s_idx - m_idx, 10),
            "same_sentence": float(s_idx == m_idx),
            "paragraphs": min(para - m_para, 5),
            "same_paragraph": float(para == m_para),
            "log_count": math.log1p(count[name]),
            "prev_speaker": float(prev is not None and same_speaker(name, prev)),
            "earlier_speaker": float(any(same_speaker(name, s) for s in speakers)),
            "subject": float(not not_subject(text, m, sent_start)),
            "opens_sentence": float(not text[sent_start : m.start].strip(' "“‘')),
            "in_quotes": float(in_quote_marks(text, m.start)),
            "first_actor": float(actor.first == min(a.first for a in actors.actors.values())),
            "titled": float(bool(actor.title or actor.roles or actor.description)),
            "role_mention": float(m.kind == "role"),
            "rule": float(bool(rule) and same_speaker(name, rule)),
            "intervening": math.log1p(
                sum(
                    1
                    for o, om in last.items()
                    if o != name
                    and om.start > m.start
                    and actors.actors[o].type == actor.type
                    and (not gender or actors.actors[o].gender in ("", gender))
                )
            ),
            "in_own_content": float(any(a <= m.start < b for a, b in att.content)),
            "voice": float(
                any(
                    d.speaker
                    and same_speaker(name, d.speaker)
                    and any(a <= start < b for a, b in d.content)
                    for d in done
                )
            ),
        }
        f.update(_class_features(cls, person, actor.gender, gender))
        rows.append({"name": name, "features": f})
    if not any(r["features"]["rule"] for r in rows):
        f = dict.fromkeys(rows[0]["features"] if rows else _empty(cls), 0.0)
        f["rule"] = 1.0
        f["not_actor"] = 1.0
        f.update(
            {
                k: v
                for k, v in _class_features(cls, att.speaker_type == "person", "", gender).items()
            }
        )
        f["anonymous_rule"] = float(att.anonymous or rule == "anonymous")
        rows.append({"name": rule, "features": f})
    for r in rows:
        r["features"].setdefault("not_actor", 0.0)
        r["features"].setdefault("anonymous_rule", 0.0)
    return rows


def _empty(cls: str) -> dict:
    keys = (
        "log_chars sentences same_sentence paragraphs same_paragraph log_count prev_speaker "
        "earlier_speaker subject opens_sentence in_quotes first_actor titled role_mention rule "
        "intervening in_own_content voice"
    ).split()
    return {k: 0.0 for k in keys} | _class_features(cls, False, "", "")


def _class_features(cls: str, person: bool, actor_gender: str, gender: str) -> dict:
    heshe, theywe = cls == "he/she", cls in ("they/we", "it")
    desc = cls == "description"
    return {
        "person_x_heshe": float(person and heshe),
        "gender_match": float(heshe and bool(actor_gender) and actor_gender == gender),
        "gender_clash": float(heshe and bool(actor_gender) and actor_gender != gender),
        "org_x_they": float(not person and theywe),
        "person_x_they": float(person and theywe),
        "org_x_desc": float(not person and desc),
        "person_x_desc": float(person and desc),
    }


def collect(folder: Path = GOLD) -> list[dict]:
    """One record per found attribution: its class, rules' correctness, candidates."""
    documents = read_brat_folder(folder)
    records = []
    for doc, (text, gold_atts) in sorted(documents.items()):
        article = Article(text)
        default = list(article.attributions)
        parc = convert(article, "parc")
        golds = [_from_gold(g, text) for g in gold_atts]
        preds = _from_table(_table(parc), text) if parc else []
        names = _names(golds, preds)
        for gi, pj in match_attributions(text, golds, preds):
            gold = golds[gi]
            if not gold.content:
                continue
            origin = _origin(parc[pj], default)
            right = same_speaker(preds[pj].speaker, gold.speaker, names)
            rec = {
                "doc": doc,
                "kind": gold.kind,
                "rule_right": right,
                "class": "no source",
                "gold_anonymous": gold.speaker.strip().lower() in ("anonymous", ""),
                "rule_anonymous": (preds[pj].speaker or "").strip().lower() in ("anonymous", ""),
            }
            if origin is not None and origin.source is not None and origin.speaker_from is None:
                cls = source_class(text, origin.source, article.actors)
                rec["class"] = cls
                if cls in ("he/she", "they/we", "it", "description"):
                    done = [a for a in default if a.start < origin.start]
                    rows = candidate_rows(article, origin, done, cls)
                    for r in rows:
                        r["label"] = same_speaker(r["name"], gold.speaker, names) or (
                            r["features"]["rule"] == 1.0 and right
                        )
                    rec["candidates"] = rows
            records.append(rec)
    return records


class CandidateRanker:
    """Logistic regression over candidate rows; picks the highest-scoring candidate."""

    def __init__(
        self, *, C: float = 1.0, model: str = "lr", drop: tuple = (), random_state: int = 0
    ) -> None:
        self.C = C
        self.model = model
        self.drop = drop
        self.random_state = random_state

    def fit(self, groups: list[list[dict]], labels: list[list[bool]]) -> CandidateRanker:
        self.features_ = sorted(k for k in groups[0][0] if k not in self.drop)
        X = np.array([[row[k] for k in self.features_] for g in groups for row in g])
        y = np.array([lab for ls in labels for lab in ls], dtype=int)
        self.scaler_ = StandardScaler().fit(X)
        if self.model == "gb":
            from sklearn.ensemble import HistGradientBoostingClassifier

            est = HistGradientBoostingClassifier(
                max_iter=150, learning_rate=0.05, max_leaf_nodes=15, random_state=self.random_state
            )
        else:
            est = LogisticRegression(C=self.C, random_state=self.random_state, max_iter=2000)
        self.model_ = est.fit(self.scaler_.transform(X), y)
        return self

    def predict(self, groups: list[list[dict]]) -> list[int]:
        out = []
        for g in groups:
            X = np.array([[row[k] for k in self.features_] for row in g])
            p = self.model_.predict_proba(self.scaler_.transform(X))[:, 1]
            out.append(int(np.argmax(p)))
        return out


class ConditionalLogit(CandidateRanker):
    """A softmax over the candidates of one attribution (McFadden's conditional logit),
    L2-penalised, fitted with L-BFGS; with *margin*, a candidate other than the rules'
    choice is taken only when its score beats the rules' by at least *margin*."""

    def __init__(
        self, *, C: float = 1.0, margin: float = 0.0, drop: tuple = (), random_state: int = 0
    ) -> None:
        super().__init__(C=C, drop=drop, random_state=random_state)
        self.margin = margin

    def fit(self, groups, labels):
        from scipy.optimize import minimize

        self.features_ = sorted(k for k in groups[0][0] if k not in self.drop)
        X = np.array([[row[k] for k in self.features_] for g in groups for row in g])
        self.scaler_ = StandardScaler().fit(X)
        blocks = []
        for g, ls in zip(groups, labels, strict=True):
            if any(ls) and not all(ls):
                Xg = self.scaler_.transform(np.array([[r[k] for k in self.features_] for r in g]))
                blocks.append((Xg, np.array(ls, dtype=float) / sum(ls)))

        def loss(w):
            total, grad = 0.5 * w @ w / self.C, w / self.C
            for Xg, yg in blocks:
                z = Xg @ w
                z = z - z.max()
                p = np.exp(z) / np.exp(z).sum()
                total -= yg @ np.log(p + 1e-12)
                grad = grad + Xg.T @ (p - yg)
            return total, grad

        res = minimize(loss, np.zeros(len(self.features_)), jac=True, method="L-BFGS-B")
        self.coef_ = res.x
        return self

    def predict(self, groups):
        out = []
        for g in groups:
            X = self.scaler_.transform(np.array([[r[k] for k in self.features_] for r in g]))
            z = X @ self.coef_
            best = int(np.argmax(z))
            rules = [i for i, r in enumerate(g) if r["rule"]]
            if rules and best != rules[0] and z[best] - z[rules[0]] < self.margin:
                best = rules[0]
            out.append(best)
        return out


def evaluate(
    records: list[dict],
    *,
    folds: int = 5,
    C: float = 1.0,
    model: str = "lr",
    drop: tuple = (),
    margin: float = 0.0,
) -> dict:
    usable = [r for r in records if "candidates" in r and r["candidates"]]
    groups = [[c["features"] for c in r["candidates"]] for r in usable]
    labels = [[bool(c["label"]) for c in r["candidates"]] for r in usable]
    docs = [r["doc"] for r in usable]
    chosen = [None] * len(usable)
    for train, test in GroupKFold(n_splits=folds).split(groups, groups=docs):
        if model == "clogit":
            ranker = ConditionalLogit(C=C, margin=margin, drop=drop)
        else:
            ranker = CandidateRanker(C=C, model=model, drop=drop)
        ranker = ranker.fit([groups[i] for i in train], [labels[i] for i in train])
        for i, pick in zip(test, ranker.predict([groups[i] for i in test]), strict=True):
            chosen[i] = pick
    table = defaultdict(lambda: Counter())
    sets = dev_sets()
    for r, pick, ls in zip(usable, chosen, labels, strict=True):
        # keeping the rules' choice keeps their (canonicalised) speaker and its score
        kept = bool(r["candidates"][pick]["features"]["rule"])
        right = r["rule_right"] if kept else ls[pick]
        late = "dev5+dev6" if sets.get(r["doc"]) in LATE_SETS else "dev..dev4"
        for key in (r["class"], "all", f"{r['class']} {late}", f"all {late}"):
            t = table[key]
            t["n"] += 1
            t["rules"] += r["rule_right"]
            t["learnt"] += right
            t["oracle"] += any(ls) or r["rule_right"]
            t["differ"] += not kept
            t["differ_learnt_right"] += right and not r["rule_right"]
            t["differ_rules_right"] += r["rule_right"] and not right
    return {k: dict(v) for k, v in table.items()}


def errors(records: list[dict]) -> dict:
    """The rules' errors on pronoun and description sources, by what would have fixed them:
    the gold speaker among the candidates (a choice a resolver could make), the gold
    anonymous while the rules named someone, or the gold nobody the actor finder listed."""
    out: dict = defaultdict(Counter)
    for r in records:
        if "candidates" not in r or r["rule_right"]:
            continue
        if any(c["label"] for c in r["candidates"]):
            why = "gold among candidates"
        elif r["gold_anonymous"]:
            why = "gold anonymous, rules named one"
        elif r["rule_anonymous"]:
            why = "rules anonymous, gold not a candidate"
        else:
            why = "gold not among candidates"
        out[r["class"]][why] += 1
    return {k: dict(v) for k, v in out.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--C", type=float, default=1.0)
    parser.add_argument("--json", type=Path, default=None)
    parser.add_argument("--model", choices=("lr", "gb", "clogit"), default="clogit")
    parser.add_argument("--margin", type=float, default=0.0)
    parser.add_argument("--classes", nargs="*", default=[], help="train and test on these only")
    parser.add_argument("--drop", nargs="*", default=[], help="features left out")
    args = parser.parse_args()
    records = collect()
    if args.classes:
        records = [r for r in records if r["class"] in args.classes]
    by_class = defaultdict(Counter)
    for r in records:
        for key in (r["class"], "all found"):
            by_class[key]["n"] += 1
            by_class[key]["rules right"] += r["rule_right"]
            by_class[key]["direct"] += r["kind"] == "Direct"
    print("found attributions by source class (rules' speaker accuracy)")
    for key, c in sorted(by_class.items(), key=lambda kv: -kv[1]["n"]):
        print(
            f"  {key:15} n={c['n']:5d} direct={c['direct']:4d} "
            f"rules={c['rules right'] / c['n']:.3f}"
        )
    cv = evaluate(
        records,
        folds=args.folds,
        C=args.C,
        model=args.model,
        drop=tuple(args.drop),
        margin=args.margin,
    )
    print(f"\n{args.folds}-fold article-grouped CV on pronoun / description sources")
    print(
        f"  {'class':12} {'n':>5} {'rules':>6} {'learnt':>6} {'oracle':>6} "
        f"{'differ':>6} {'+learnt':>7} {'+rules':>6}"
    )
    for key, t in sorted(cv.items(), key=lambda kv: (" " in kv[0], -kv[1]["n"])):
        n = t["n"]
        print(
            f"  {key:12} {n:5d} {t['rules'] / n:6.3f} {t['learnt'] / n:6.3f} "
            f"{t['oracle'] / n:6.3f} {t.get('differ', 0):6d} "
            f"{t.get('differ_learnt_right', 0):7d} {t.get('differ_rules_right', 0):6d}"
        )
    print("\nthe rules' errors on these sources, by kind")
    for key, c in errors(records).items():
        print(f"  {key:12} " + "; ".join(f"{why}: {n}" for why, n in sorted(c.items())))
    usable = [r for r in records if r.get("candidates")]
    full = ConditionalLogit(C=args.C, drop=tuple(args.drop)).fit(
        [[c["features"] for c in r["candidates"]] for r in usable],
        [[bool(c["label"]) for c in r["candidates"]] for r in usable],
    )
    print("\nconditional logit on all of dev (standardised coefficients)")
    for name, w in sorted(zip(full.features_, full.coef_, strict=True), key=lambda kv: -abs(kv[1])):
        print(f"  {name:16} {w:+.2f}")
    if args.json:
        args.json.write_text(
            json.dumps({"classes": {k: dict(v) for k, v in by_class.items()}, "cv": cv}, indent=1)
        )


if __name__ == "__main__":
    main()
