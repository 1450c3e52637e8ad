"""Frames: lexicon formats, matching rules, densities, the classifier, lexicon induction, evaluation.

Everything here is offline and small: our own fixtures in ``tests/fixtures/lexicons``, short
texts written for the tests, the sample corpus and its gold.
"""

from __future__ import annotations

import ast
import doctest
import json
import logging
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from sklearn.base import clone
from sklearn.model_selection import GridSearchCV, KFold, cross_validate

import newsresearch as nr
from newsresearch import config, framing
from newsresearch.framing import (
    Frame,
    FrameClassifier,
    Lexicon,
    coverage,
    evaluate_framing,
    frame_matrix,
    frames,
    learn_lexicon,
    load_lexicon,
)
from newsresearch.text import tokenize

LEXICONS = Path(__file__).parent / "fixtures" / "lexicons"


def lexicon(**frames_: dict[str, float]) -> Lexicon:
    return Lexicon("t", {k: Frame(k, dict(v)) for k, v in frames_.items()})


def one(text: str, lex: Lexicon | str = "generic", **options) -> pd.Series:
    return frames(pd.Series([text], index=["d"]), scheme=lex, **options).loc["d"]


# --- lexicon formats -------------------------------------------------------------------------


@pytest.mark.parametrize("scheme, n", [("generic", 5), ("policy", 14)])
def test_builtin_schemes_have_definitions_and_sizeable_lists(scheme, n):
    lex = load_lexicon(scheme)
    assert len(lex.frames) == n
    for frame in lex.frames.values():
        assert frame.definition and frame.label
        assert len(frame.terms) >= 40, frame.name
        assert all(0 < w <= 3 for w in frame.terms.values())
    assert "other" not in lex.frames  # the residual MFC dimension has no lexicon


def test_generic_frames_match_the_sample_gold_columns():
    gold = pd.read_csv(config.SAMPLE_DIR / "gold" / "frames.csv")
    assert load_lexicon("generic").frame_names == [c for c in gold.columns if c != "doc_id"]


def test_our_format_reads_weights_stems_phrases_and_yaml_keywords():
    lex = load_lexicon(LEXICONS / "issue.yaml")
    assert lex.name == "harbour" and lex.frame_names == ["flooding", "money"]
    assert lex.frames["flooding"].terms == {
        "flood*": 1.0,
        "storm surge": 2.0,
        "sea wall": 1.0,
        "no": 1.0,  # a YAML 1.1 boolean elsewhere: read as the word
    }
    assert lex.thresholds() == {"flooding": 5.0, "money": 10.0}
    assert "repairs cost" in lex.frames["money"].definition


def test_quanteda_yaml_flattens_nested_keys():
    lex = load_lexicon(LEXICONS / "quanteda.yml")
    assert lex.frame_names == ["economy.taxes", "economy.jobs", "conflict", "safety"]
    assert lex.frames["conflict"].terms == {"clash*": 1.0, "at odds": 1.0}
    assert lex.frames["safety"].terms == {"harbour wall": 1.0}
    ft = one("Rivals clash at odds over the levy and jobs.", LEXICONS / "quanteda.yml")
    assert ft["hits_conflict"] == 2 and ft["hits_economy.taxes"] == 1
    assert ft["hits_economy.jobs"] == 1


def test_liwc_dic_reads_categories_phrases_and_skips_conditions(caplog):
    with caplog.at_level(logging.WARNING, logger="newsresearch.framing"):
        lex = load_lexicon(LEXICONS / "liwc.dic")
    assert lex.frame_names == ["harbour", "weather", "no vote"]
    assert lex.frames["harbour"].terms == {
        "harbour": 1.0,
        "quay*": 1.0,
        "storm*": 1.0,
        "sea wall": 1.0,
    }
    assert set(lex.frames["weather"].terms) == {"storm*", "sea wall", "rain"}
    assert set(lex.frames["no vote"].terms) == {"like", "no"}
    assert "conditional" in caplog.text
    ft = one("The storm hit the sea wall and the quays.", LEXICONS / "liwc.dic")
    assert ft["hits_harbour"] == 3 and ft["hits_weather"] == 2


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("w.yaml", "frames:\n  a:\n    terms: [{x: -1}]\n", "must be > 0"),
        ("w2.yaml", "frames:\n  a:\n    terms: [{x: heavy}]\n", "must be a number"),
        ("k.yaml", "frames:\n  a:\n    words: [x]\n", r"keys \['words'\] are invalid"),
        ("e.yaml", "frames:\n  a:\n    terms: []\n", "no terms"),
        ("s.yaml", "frames:\n  a:\n    terms: ['*']\n", "only wildcards"),
        ("t.yaml", "threshold: -1\nframes:\n  a:\n    terms: [x]\n", "threshold must be"),
        ("bad.yaml", "frames: [\n", "not valid YAML"),
        ("q.yaml", "- just\n- a list\n", "quanteda"),
        ("h.dic", "harbour\t1\n", "must start with a '%' line"),
        (
            "c.dic",
            "%\n1\tharbour\n%\nquay\t7\n",
            r"category id '7' is invalid; valid ids are \['1'\]",
        ),
        ("n.dic", "%\n1\tharbour\n%\nquay\n", "has no category id"),
        ("o.dic", "%\n1\tharbour\nquay\t1\n", r"line 3: expected '<id><TAB><category>'"),
        ("x.txt", "harbour\n", r"valid formats are \['.dic'"),
    ],
)
def test_malformed_lexicons_say_what_is_wrong(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ValueError, match=message):
        load_lexicon(path)


def test_missing_lexicon_lists_builtin_schemes(tmp_path):
    with pytest.raises(FileNotFoundError, match=r"built-in scheme: \['generic', 'policy'\]"):
        load_lexicon(tmp_path / "nope.yaml")


def test_lexicon_round_trips_through_yaml(tmp_path):
    lex = load_lexicon(LEXICONS / "issue.yaml")
    path = tmp_path / "copy.yaml"
    lex.to_yaml(path)
    back = load_lexicon(path)
    assert {k: f.terms for k, f in back.frames.items()} == {
        k: f.terms for k, f in lex.frames.items()
    }
    assert back.thresholds() == lex.thresholds()
    assert back.frames["money"].definition == lex.frames["money"].definition


# --- matching --------------------------------------------------------------------------------


def test_wildcards_match_stems_and_single_characters():
    lex = lexicon(econ={"econom*": 1, "cost?": 1})
    ft = one("Economists said the economy costs less; ecology costed nothing.", lex)
    assert ft["hits_econ"] == 3  # economists, economy, costs (not ecology, not costed)


def test_phrases_win_over_their_words_longest_first():
    lex = lexicon(
        a={"odds": 1, "at odds": 2},
        b={"at odds with": 1, "with": 5},
        c={"sea wall": 1},
    )
    ft = one("They are at odds with the council. The sea\nwall held at odds.", lex)
    # "at odds with" is taken by frame b; "with" inside it is not counted again;
    # the second "at odds" is frame a's phrase; "sea\nwall" spans a line break (still adjacent tokens)
    assert (ft["hits_a"], ft["hits_b"], ft["hits_c"]) == (1, 1, 1)
    assert ft["density_a"] == pytest.approx(1000 * 2 / 13)


def test_one_token_counts_once_per_frame_with_its_largest_weight():
    lex = lexicon(e={"tax": 1, "tax*": 2.5}, f={"tax*": 1})
    ft = one("Tax.", lex)
    assert (ft["hits_e"], ft["hits_f"]) == (1, 1)
    assert ft["density_e"] == pytest.approx(2500.0)


@pytest.mark.parametrize(
    "text, hits",
    [
        ("The union did not blame the minister.", 0),
        ("No one was blamed.", 0),
        ("He didn't really ever blame them.", 0),  # n't three tokens back
        ("They didn’t blame him.", 0),  # curly apostrophe
        ("They never, in the end, blamed anyone.", 1),  # punctuation ends the scope
        ("Not only did they blame him.", 1),  # "not only" does not negate
        ("We cannot say this was a failure, or blame.", 2),  # four tokens back: too far
        ("They blamed him.", 1),
    ],
)
def test_negated_hits_are_dropped(text, hits):
    lex = lexicon(resp={"blame*": 1, "failure": 1})
    assert one(text, lex)["hits_resp"] == hits
    assert one(text, lex, negation=False)["hits_resp"] == max(hits, 1)


def test_documents_scored_together_equal_documents_scored_alone(sample):
    lex = lexicon(resp={"blame*": 1, "no deal": 2}, c={"clash*": 1})
    texts = pd.Series(["They said no", "Blame came later.", "no", "deal with it", "x"] * 60)
    together = frames(texts, scheme=lex)  # several batches of documents
    alone = pd.concat([frames(texts.iloc[[i]], scheme=lex) for i in range(5)])
    # no negation or phrase reaches from one document into the next
    assert together["hits_resp"].tolist()[:5] == [0, 1, 0, 0, 0] == alone["hits_resp"].tolist()
    big = frames(sample)
    for doc_id in sample.index[:5]:
        pd.testing.assert_series_equal(big.loc[doc_id], frames(sample.loc[[doc_id]]).loc[doc_id])


def test_quoted_hits_are_counted_separately_and_can_be_weighted():
    lex = lexicon(c={"clash*": 1})
    text = 'Rivals clashed. “We will clash again,” he said. "Another clash" followed.'
    full = one(text, lex)
    assert (full["hits_c"], full["quoted_c"]) == (3, 2)
    reporter = one(text, lex, quote_weight=0)
    assert reporter["hits_c"] == 3 and reporter["density_c"] == pytest.approx(full["density_c"] / 3)
    half = one(text, lex, quote_weight=0.5)
    assert half["density_c"] == pytest.approx(full["density_c"] * 2 / 3)


def test_open_quote_runs_to_the_end_of_its_paragraph():
    text = "“First part of a long clash\n\n“Second paragraph with a clash.”\n\nA clash outside."
    spans = framing.quote_spans(text)
    assert [text[a:b] for a, b in spans] == [
        "“First part of a long clash",
        "“Second paragraph with a clash.”",
    ]
    assert one(text, lexicon(c={"clash": 1}))["quoted_c"] == 2


def test_fast_token_strings_equal_the_tokenizer(sample):
    texts = list(sample["text"].head(20)) + [
        "U.S. budget rose 3.5% to $4.2bn; it didn't (really). 1234abc e.g. _x_ “Quote”—dash…",
        "Rock'n'roll, co-operate, a.m. 9:30 No. 4 $5 ¾ x² café cafe\u0301 x\x1cy",
    ]
    for text in texts:
        expected = [text[a:b].lower() for a, b in tokenize(text.lower())]
        assert framing._token_strings(text.lower()) == expected


# --- the frames table ------------------------------------------------------------------------


def test_density_presence_and_dominant_frame():
    lex = Lexicon(
        "t",
        {"a": Frame("a", {"alpha": 1}), "b": Frame("b", {"beta": 1}, threshold=200)},
        threshold=100,
    )
    texts = pd.Series(
        {
            "one": "alpha beta gamma delta epsilon zeta eta theta iota kappa.",  # 10 words
            "tie": "alpha beta alpha beta",
            "none": "Nothing here at all.",
            "empty": "",
            "missing": None,
        }
    )
    ft = frames(texts, scheme=lex)
    assert list(ft.index) == list(texts.index)
    assert ft.loc["one", "n_tokens"] == 10  # the final period is not a word
    assert ft.loc["one", "density_a"] == pytest.approx(100.0)
    assert bool(ft.loc["one", "present_a"]) and not bool(ft.loc["one", "present_b"])  # 100 < 200
    assert ft.loc["one", "dominant"] == "a"
    assert ft.loc["tie", "dominant"] == "a"  # equal densities: lexicon order
    assert ft.loc["none", "dominant"] is pd.NA and ft.loc["empty", "n_tokens"] == 0
    assert ft.loc["missing", "density_a"] == 0
    assert ft["dominant"].dtype == "string"
    assert ft.attrs["frames"] == ["a", "b"]
    high = frames(texts, scheme=lex, threshold={"a": 500})
    assert not high.loc["one", "present_a"]
    with pytest.raises(ValueError, match=r"threshold frames \['zz'\] are invalid"):
        frames(texts, scheme=lex, threshold={"zz": 1})


def test_corpus_in_corpus_keys_out(sample):
    small = sample.head(6)
    ft = frames(small)
    assert ft.index.equals(small.index)
    joined = small[["outlet"]].join(ft)
    assert len(joined) == 6 and "density_conflict" in joined
    assert set(frame_matrix(ft, "density").columns) == set(load_lexicon("generic").frames)
    with pytest.raises(ValueError, match="valid values are"):
        frames(small, level="paragraph")
    with pytest.raises(ValueError, match="valid values are"):
        frame_matrix(ft, "weight")


def test_sentence_level_rows_and_any_hit_presence(sample):
    doc = sample.head(1)
    st = frames(doc, level="sentence")
    sents = nr.sentences(doc)
    assert list(st.index) == list(sents.index)
    assert (st["text"] == sents["text"]).all()
    hit = st["hits_conflict"] > 0
    assert (st.loc[hit, "present_conflict"]).all() and not st.loc[~hit, "present_conflict"].any()
    # sentence hits add up to the document's
    assert st["hits_conflict"].sum() == frames(doc).iloc[0]["hits_conflict"]


def test_coverage_prevalence_over_time_cooccurrence(sample):
    ft = frames(sample)
    cov = coverage(ft)
    assert cov.between(0, 1).all() and cov["conflict"] > 0.9
    table = sample[["outlet", "leaning", "published"]].join(ft)
    prev = framing.prevalence(table, "leaning", n_boot=300, seed=1)
    assert set(prev.columns) == {"group", "frame", "value", "low", "high", "n"}
    assert ((prev["low"] <= prev["value"] + 1e-9) & (prev["value"] <= prev["high"] + 1e-9)).all()
    assert prev.groupby("group")["n"].first().sum() == len(sample)
    again = framing.prevalence(table, "leaning", n_boot=300, seed=1)
    pd.testing.assert_frame_equal(prev, again)
    trend = framing.over_time(table, "published", freq="Q")
    assert trend["n"].sum() == sample["published"].notna().sum()
    co = framing.cooccurrence(ft)
    assert np.allclose(np.diag(co.fillna(1.0)), 1.0)
    with pytest.raises(ValueError, match="join the corpus first"):
        framing.prevalence(ft, "outlet")


def test_terms_and_example_sentences(sample):
    terms = framing.frame_terms(sample, n=5)
    assert terms.groupby("frame").size().max() <= 5
    assert (terms["documents"] <= terms["hits"]).all()
    examples = framing.frame_examples(sample, n=2)
    assert set(examples["frame"]) <= set(load_lexicon("generic").frames)
    assert {"outlet", "text", "density"} <= set(examples.columns)
    for _, r in examples.iterrows():
        assert r["text"] in sample.loc[r["doc_id"], "text"]


def test_policy_scheme_runs_on_the_sample(sample):
    ft = frames(sample, scheme="policy")
    assert len(ft) == len(sample) and ft["dominant"].notna().mean() > 0.8


# --- FrameClassifier -------------------------------------------------------------------------

TEXTS = [
    "Rivals clash bitterly over the bill",
    "Opponents attack the senator in a fierce row",
    "Party leaders trade insults in heated debate",
    "Critics slam the governor as feud deepens",
    "Taxes rise and jobs are lost at the plant",
    "The budget deficit grows as spending climbs",
    "Prices and wages squeeze family budgets",
    "Investors fear the cost of new tariffs",
    "A mother tells of her son's long illness",
    "Grieving family remembers a beloved grandfather",
    "Neighbours rally around a widow after the fire",
    "A teenager's dream of college, told in her words",
] * 2
LABELS = ["conflict"] * 4 + ["economic"] * 4 + ["human"] * 4
LABELS = LABELS * 2
Y = pd.DataFrame(
    {
        "conflict": [int(y == "conflict") for y in LABELS],
        "economic": [int(y == "economic" or i % 12 == 7) for i, y in enumerate(LABELS)],
        "human": [int(y == "human") for y in LABELS],
    }
)


def test_classifier_follows_estimator_conventions():
    clf = FrameClassifier(C=2.0, random_state=0)
    assert clf.get_params()["C"] == 2.0 and not hasattr(clf, "classes_")
    assert clone(clf).get_params() == clf.get_params()
    with pytest.raises(ValueError, match="not fitted"):
        clf.predict(["x"])
    assert clf.fit(TEXTS, Y) is clf
    assert list(clf.classes_) == ["conflict", "economic", "human"] and clf.multilabel_
    pred = clf.predict(["Rivals clash again", "Wages and taxes"])
    assert pred.shape == (2, 3) and pred.sum(axis=1).min() >= 1
    proba = clf.predict_proba(["Rivals clash again"])
    assert proba.shape == (1, 3) and ((proba >= 0) & (proba <= 1)).all()
    assert list(clf.predict_first(["Rivals clash again", "Wages and taxes"])) == [
        "conflict",
        "economic",
    ]
    names = clf.get_feature_names_out()
    assert any(n.startswith("word__") for n in names) and "lexicon__conflict" in names
    assert any(n.startswith("char__") for n in names)
    again = FrameClassifier(C=2.0, random_state=0).fit(TEXTS, Y)
    assert np.allclose(again.predict_proba(TEXTS[:3]), clf.predict_proba(TEXTS[:3]))


def test_classifier_single_label_and_table_output():
    clf = FrameClassifier(random_state=0).fit(pd.Series(TEXTS), LABELS)
    assert not clf.multilabel_ and list(clf.classes_) == ["conflict", "economic", "human"]
    proba = clf.predict_proba(TEXTS[:4])
    assert np.allclose(proba.sum(axis=1), 1.0)
    assert list(clf.predict(["A fierce clash of rivals"])) == ["conflict"]
    table = clf.predict_frame(pd.Series(["Grieving mother"], index=["x1"]))
    assert list(table.index) == ["x1"] and table.loc["x1", "first"] == "human"


@pytest.mark.filterwarnings("ignore::sklearn.exceptions.UndefinedMetricWarning")
def test_classifier_in_cross_validate_and_grid_search():
    clf = FrameClassifier(lexicon=None, calibration=None, random_state=0)
    cv = KFold(3)  # each test fold has the other copy of its texts in training
    scores = cross_validate(clf, TEXTS, Y, cv=cv, scoring="f1_macro")
    assert scores["test_score"].mean() > 0.6
    search = GridSearchCV(clf, {"C": [0.5, 4.0]}, cv=cv, scoring="f1_macro").fit(TEXTS, LABELS)
    assert search.best_params_["C"] in (0.5, 4.0)
    assert search.predict(["Opponents clash"])[0] == "conflict"


def test_classifier_rejects_bad_input():
    with pytest.raises(ValueError, match="valid values are"):
        FrameClassifier(calibration="platt").fit(TEXTS, LABELS)
    with pytest.raises(ValueError, match="0/1 values"):
        FrameClassifier().fit(TEXTS, Y * 2)
    with pytest.raises(ValueError, match="at least 2 frames"):
        FrameClassifier().fit(TEXTS, ["conflict"] * len(TEXTS))
    with pytest.raises(ValueError, match="rows"):
        FrameClassifier().fit(TEXTS[:3], LABELS)


# --- learn_lexicon ---------------------------------------------------------------------------


def test_learned_lexicon_round_trips_through_yaml(tmp_path):
    small = learn_lexicon(TEXTS, LABELS, k=5, min_count=2)
    assert all(len(f.terms) == 5 for f in small.frames.values())
    lex = learn_lexicon(TEXTS, LABELS, k=50, min_count=2)
    assert set(lex.frames) == {"conflict", "economic", "human"}
    assert {"rivals", "clash"} <= set(lex.frames["conflict"].terms)
    assert "taxes" not in lex.frames["conflict"].terms
    path = tmp_path / "learned.yaml"
    lex.to_yaml(path)
    assert "Induced by PMI" in path.read_text(encoding="utf-8")
    ft = frames(pd.Series(["Rivals clash over taxes"], index=["n"]), scheme=path)
    assert ft.loc["n", "hits_conflict"] >= 2 and ft.loc["n", "hits_economic"] >= 1
    weighted = learn_lexicon(TEXTS, Y, k=5, min_count=2, weighted=True)
    assert all(w > 0.5 for f in weighted.frames.values() for w in f.terms.values())
    with pytest.raises(ValueError, match="positive integer"):
        learn_lexicon(TEXTS, LABELS, k=0)
    with pytest.raises(ValueError, match="label rows"):
        learn_lexicon(TEXTS[:2], LABELS)


# --- evaluation ------------------------------------------------------------------------------


def test_lexicon_on_the_sample_gold():
    ev = evaluate_framing()
    assert ev.documents == 27 and ev.first_frame is None
    assert list(ev.per_frame.index) == load_lexicon("generic").frame_names
    assert ev.macro["f1"] >= 0.55  # the zero-shot goal, on our own sample
    assert "macro" in str(ev) and ev.to_frame().loc["macro", "f1"] == ev.macro["f1"]


def test_classifier_and_learned_evaluation_on_the_sample_gold():
    quick = FrameClassifier(char_ngrams=None, calibration=None, random_state=0)
    ev = evaluate_framing(method="classifier", folds=3, tune=False, estimator=quick)
    assert ev.folds == 3 and 0 <= ev.macro["f1"] <= 1
    learned = evaluate_framing(method="learned", folds=3, k=20)
    assert learned.per_frame["support"].sum() == evaluate_framing().per_frame["support"].sum()


def test_csv_with_label_column_gives_first_frame_scores(tmp_path):
    rows = [
        {"text": t, "label": y + (";economic" if i % 5 == 0 else "")}
        for i, (t, y) in enumerate(zip(TEXTS, LABELS, strict=True))
    ]
    path = tmp_path / "coded.csv"
    pd.DataFrame(rows).to_csv(path, index=False)
    gold = framing.read_frame_gold(path)
    assert list(gold.labels.columns) == ["conflict", "economic", "human"]
    assert gold.primary.tolist() == LABELS
    ev = evaluate_framing(path, method="classifier", folds=3, tune=False)
    assert ev.first_frame is not None and ev.first_frame["accuracy"] > 0.5
    one_frame = evaluate_framing(path, method="lexicon", scheme="policy")
    assert list(one_frame.per_frame.index) == ["economic"]
    assert "not scored: ['conflict', 'human']" in str(one_frame)
    with pytest.raises(ValueError, match="none in common"):
        evaluate_framing(path, method="lexicon", scheme=LEXICONS / "issue.yaml")


def test_gvfc_fold_layout_is_read(tmp_path):
    folds = tmp_path / "gvfc" / "folds_multilabel"
    heads = [f"Headline number {i} about guns" for i in range(6)]
    for k in range(2):
        (folds / str(k)).mkdir(parents=True)
        dev = [i for i in range(6) if i % 2 == k]
        train = [i for i in range(6) if i % 2 != k]

        def line(i):
            onehot = ["1.0" if j == i % 9 else "0.0" for j in range(9)]
            return "\t".join([str(100 + i), heads[i], "a", *onehot])

        (folds / str(k) / "dev.tsv").write_text("\n".join(line(i) for i in dev) + "\n")
        (folds / str(k) / "train.tsv").write_text("\n".join(line(i) for i in train) + "\n")
        (folds / str(k) / "test_first_frame.tsv").write_text(
            "\n".join(f"{100 + i}\t{heads[i]}\t{i % 9 + 1}" for i in dev) + "\n"
        )
    gold = framing.read_frame_gold(tmp_path / "gvfc")
    assert len(gold.texts) == 6 and len(gold.splits) == 2
    assert gold.primary["101"] == "gun_control" and gold.primary["105"] == "race_ethnicity"
    assert sorted(gold.texts.index) == [str(100 + i) for i in range(6)]
    assert list(gold.labels.columns) == list(framing.GVFC_FRAMES.values())
    (folds / "0" / "dev.tsv").write_text("1\tonly two fields\n")
    with pytest.raises(ValueError, match="expected 12 tab-separated fields"):
        framing.read_frame_gold(folds)


def test_cli_evaluate_prints_and_returns_exit_codes(capsys):
    assert framing.cli_evaluate(None, "lexicon", "generic") == 0
    out = capsys.readouterr().out
    assert "human_interest" in out and "macro" in out
    assert framing.cli_evaluate(None, "magic", "generic") == 2
    assert "valid values are ['lexicon', 'classifier', 'learned']" in capsys.readouterr().err


@pytest.mark.skipif(
    not (config.SHARED_DIR / "data" / "gvfc").exists(),
    reason="needs the shared GVFC corpus (../shared/data/gvfc); the reader is tested above",
)
def test_real_gvfc_reads_1300_headlines():
    gold = framing.read_frame_gold(config.SHARED_DIR / "data" / "gvfc")
    assert len(gold.texts) == 1300 and len(gold.splits) == 5
    assert gold.primary.value_counts()["politics"] == 373


# --- docs and notebook -----------------------------------------------------------------------


def test_docstring_examples_run():
    result = doctest.testmod(framing, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0 and result.attempted >= 20


def test_framing_notebook_is_stored_clean():
    path = config.NOTEBOOKS_DIR / "03_framing.ipynb"
    nb = json.loads(path.read_text(encoding="utf-8"))
    assert nb["metadata"]["kernelspec"]["name"] == "python3"
    cells = nb["cells"]
    assert cells[0]["cell_type"] == "markdown" and "".join(cells[0]["source"]).startswith("# ")
    code = [c for c in cells if c["cell_type"] == "code"]
    assert all(not c["outputs"] and c["execution_count"] is None for c in code)
    params = [c for c in code if "parameters" in c["metadata"].get("tags", [])]
    assert len(params) == 1
    source = "".join(params[0]["source"])
    names = []
    for node, line in zip(ast.parse(source).body, source.splitlines(), strict=True):
        assert isinstance(node, ast.AnnAssign), line  # annotated literals only
        ast.literal_eval(node.value)
        help_text = line.split("#", 1)[1] if "#" in line else ""
        assert help_text.strip() and "=" not in help_text, line
        names.append(node.target.id)
    assert names == ["corpus", "scheme", "start", "end", "outlets", "seed"]
