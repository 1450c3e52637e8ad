"""Sentiment: reference-exact VADER, document aggregation, user dictionaries, target sentiment."""

from __future__ import annotations

import ast
import gzip
import itertools
import json
import subprocess
import sys

import numpy as np
import pandas as pd
import pytest

from newsresearch import config
from newsresearch.sentiment import (
    Dictionary,
    DictionaryError,
    TargetSentimentClassifier,
    _vader,
    cli_evaluate,
    evaluate_sentiment,
    load_dictionary,
    load_model,
    read_newsmtsc,
    sentiment,
    target_sentiment,
    tone_intervals,
)

DICTIONARIES = config.PROJECT_ROOT / "tests" / "fixtures" / "dictionaries"
SAMPLE_GOLD = config.SAMPLE_DIR / "gold" / "target_sentiment.jsonl"

# ---------------------------------------------------------------------------
# VADER equality
# ---------------------------------------------------------------------------

# Hand-written sentences that exercise VADER's rules: negation, "but", caps,
# boosters, idioms, emoticons, emoji, quotes, questions and exclamation marks.
TRICKY = [
    "The senator is not a bad negotiator.",
    "The plan isn't good, but it isn't terrible either.",
    "Voters were NOT impressed by the GREAT speech.",
    "The mayor's budget was kind of disappointing.",
    "It was the least popular bill in years.",
    "At least the minister showed up.",
    '"This is a disaster," she said, "and everyone knows it."',
    "“We will win,” the candidate said. “They will lose.”",
    "Is this really the best the party can do?",
    "Is this really the best the party can do???",
    "What a shameful performance!!!",
    "The governor was extremely happy with the result :)",
    "Supporters cheered :D while critics booed :(",
    "The deal is a bit meh, honestly.",
    "Nobody thinks the reform is fair.",
    "Never has a policy been so poorly received.",
    "The council was without doubt the most effective in a decade.",
    "It's not that the proposal is wrong; it's that it's too late.",
    "The minister said the cuts were fine, but the unions disagreed strongly.",
    "The vote was close but the outcome was never in doubt.",
    "He is hardly a hero.",
    "She was sort of pleased, sort of annoyed.",
    "The bombshell report was a game changer for the campaign.",
    "Critics called it a slap in the face.",
    "The win was a breath of fresh air 😀 for the party.",
    "Turnout fell 😞 in every district.",
    "NO ONE expected this.",
    "The committee did not fail to deliver.",
    "Officials said nothing.",
    "",
    "   ",
    "!!!",
    "Good.",
    "BAD.",
    "The bill passed 52-48 on Tuesday.",
    "They're not unhappy with the outcome, but they're not thrilled.",
    "The ad was 'brilliant', said one strategist, 'truly brilliant'.",
    "Wow, what a terrible, horrible, no good, very bad day.",
    "The so-called reform is a total mess.",
    "He kinda likes it but barely.",
]

SUBJECTS = ["The senator", "Her rival", "The new law", "The outlet's editor", "THE MINISTER"]
PREDICATES = [
    "is a good leader",
    "is not a good leader",
    "is not a bad choice",
    "was never trusted",
    "was widely praised",
    "was harshly criticized",
    "was fairly criticized, but later praised",
    "is doing an AMAZING job",
    "is doing a terrible job",
    "made a decent proposal",
]
ENDINGS = [".", "!", "?", "!!", " :)", " :(", ', "critics said."', " — or so they claim."]


def varied_sentences() -> list[str]:
    combos = itertools.product(SUBJECTS, PREDICATES, ENDINGS)
    generated = [f"{s} {p}{e}" for s, p, e in combos]
    return TRICKY + generated[::2]  # 40 hand-written + 200 generated


def test_vader_equals_vadersentiment_on_every_sentence():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    reference = SentimentIntensityAnalyzer()
    texts = varied_sentences()
    assert len(texts) >= 240
    # as one document per sentence, and as a few long documents
    docs = pd.Series(texts, index=[f"s{i}" for i in range(len(texts))])
    joined = pd.Series([" ".join(texts[i : i + 20]) for i in range(0, len(texts), 20)])
    for data in (docs, joined):
        table = sentiment(data, level="sentence")
        assert len(table) >= len(data) - 3  # blank texts have no sentence
        for (doc, _), row in table.iterrows():
            piece = data[doc][row["start"] : row["end"]]
            expected = reference.polarity_scores(piece)
            got = {k: row[k] for k in ("neg", "neu", "pos", "compound")}
            assert got == expected, piece
            assert row["score"] == expected["compound"]


def test_vader_uses_one_analyzer_instance():
    assert _vader() is _vader()


def test_sentence_labels_follow_documented_thresholds():
    texts = pd.Series(varied_sentences())
    table = sentiment(texts, level="sentence")
    expected = np.where(
        table["compound"] >= 0.05,
        "positive",
        np.where(table["compound"] <= -0.05, "negative", "neutral"),
    )
    assert (table["label"].astype(str).to_numpy() == expected).all()


def test_vader_nltk_loads_offline_and_mostly_agrees():
    texts = pd.Series(TRICKY)
    ours = sentiment(texts, level="sentence", method="vader")
    theirs = sentiment(texts, level="sentence", method="vader-nltk")
    assert list(ours.index) == list(theirs.index)
    assert (ours["label"] == theirs["label"]).mean() > 0.8


def test_document_aggregation_and_whole_text_score():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    reference = SentimentIntensityAnalyzer()
    text = "The reform is a great success. Critics hate it. The vote is on Monday."
    docs = pd.Series([text, None, ""], index=["a", "b", "c"])
    doc = sentiment(docs)
    sents = sentiment(docs, level="sentence")
    assert list(doc.index) == ["a", "b", "c"]
    row = doc.loc["a"]
    compounds = sents.loc["a", "compound"].to_numpy()
    assert row["n_sentences"] == 3
    assert row["mean_score"] == pytest.approx(compounds.mean())
    assert row["share_negative"] == pytest.approx((compounds <= -0.05).mean())
    assert row["share_positive"] == pytest.approx((compounds >= 0.05).mean())
    assert row["compound"] == reference.polarity_scores(text)["compound"]
    assert doc.loc["b", "n_sentences"] == 0 and np.isnan(doc.loc["b", "mean_score"])
    assert doc.loc["c", "n_sentences"] == 0
    fast = sentiment(docs, whole_text=False)
    assert "compound" not in fast and fast.loc["a", "mean_score"] == row["mean_score"]


def test_corpus_table_keeps_its_index(sample):
    small = sample.head(4)
    doc = sentiment(small)
    assert list(doc.index) == list(small.index)
    sents = sentiment(small, level="sentence")
    assert set(sents["doc_id"]) == set(small.index)
    joined = small.join(doc)  # results join on doc_id
    assert joined["n_sentences"].gt(0).all()


def test_invalid_options_list_valid_values():
    texts = pd.Series(["Fine."])
    with pytest.raises(ValueError, match=r"valid values are \['document', 'sentence'\]"):
        sentiment(texts, level="paragraph")
    with pytest.raises(ValueError, match=r"valid values are \['vader', 'vader-nltk'\]"):
        sentiment(texts, method="afinn")


# ---------------------------------------------------------------------------
# Dictionaries
# ---------------------------------------------------------------------------

TEXT = "The praised leader was not good; a corrupt scandal, well done. Not bad at all."


@pytest.mark.parametrize("name", ["tone.dic", "tone.yml", "tone.csv", "tone.cat"])
def test_dictionaries_load_in_every_format(name):
    d = load_dictionary(DICTIONARIES / name)
    assert isinstance(d, Dictionary)
    scored = d.score(TEXT)
    assert scored["tokens"] == 15
    assert scored["positive"] > 0 and scored["negative"] > 0
    assert scored["tone"] == pytest.approx((scored["positive"] - scored["negative"]) / 15)
    matched = [m[3].lower() for m in d.matches(TEXT)]
    assert "praised" in matched  # wildcard praise*


def test_liwc_dictionary_wildcards_multiword_and_negation():
    d = load_dictionary(DICTIONARIES / "tone.dic")
    assert d.matches("Economists praised it.") == [(11, 18, "positive", "praised")]
    assert d.matches("Well done, team.") == [(0, 9, "positive", "Well done")]
    # no neg_ keys: a positive word after a negator (within 3 tokens) counts as negative
    assert d.score("This is not really good.")["negative"] == 1.0
    assert d.score("Not. This is good.")["positive"] == 1.0  # negation stops at the sentence end
    assert d.score("He didn't find it good.")["negative"] == 1.0
    assert d.score("He didn't say it was good.")["positive"] == 1.0  # 4 tokens back: too far
    assert d.score("Not bad.")["negative"] == 1.0  # negated negatives stay negative


def test_lexicoder_negation_keys():
    d = load_dictionary(DICTIONARIES / "tone.yml")
    assert d.has_negation_keys
    # neg_positive counts as negative and is not counted again as positive
    assert d.score("It was not good.") == {
        "positive": 0.0,
        "negative": 1.0,
        "tokens": 4,
        "tone": -0.25,
    }
    # neg_negative counts as positive
    assert d.score("It was not bad.")["positive"] == 1.0
    assert d.score("No praise for the plan.")["negative"] == 1.0  # multi-word wildcard entry
    assert d.score("A strong leader.")["positive"] == 1.0


def test_weighted_csv():
    d = load_dictionary(DICTIONARIES / "tone.csv")
    scored = d.score("A scandal, well done.")
    assert scored == {"positive": 1.5, "negative": 2.0, "tokens": 4, "tone": pytest.approx(-0.125)}


def test_dictionary_method_in_sentiment():
    d = load_dictionary(DICTIONARIES / "tone.yml")
    texts = pd.Series(["A good plan. A bad scandal.", "Nothing here."], index=["x", "y"])
    sents = sentiment(texts, level="sentence", method=d)
    assert list(sents.columns) == [
        "doc_id",
        "sent_id",
        "start",
        "end",
        "positive",
        "negative",
        "tokens",
        "tone",
        "score",
        "label",
    ]
    assert sents["label"].tolist() == ["positive", "negative", "neutral"]
    doc = sentiment(texts, method=d)
    assert doc.loc["x", "tone"] == pytest.approx((1 - 2) / 6)
    assert doc.loc["x", "share_positive"] == 0.5


@pytest.mark.parametrize(
    "name, message",
    [
        ("undeclared_category.dic", r"undeclared_category\.dic, line 6: category 7 .*not declared"),
        ("broken_indent.yml", r"broken_indent\.yml, line 3: not valid YAML"),
        ("bad_weight.csv", r"bad_weight\.csv, line 3: weight 'very' of 'bad' is not a number"),
    ],
)
def test_malformed_dictionaries_name_file_and_line(name, message):
    with pytest.raises(DictionaryError, match=message):
        load_dictionary(DICTIONARIES / name)


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("nohead.dic", "good\t1\n", r"nohead\.dic, line 1: a LIWC \.dic file starts with"),
        (
            "open.dic",
            "%\n1\tposemo\ngood\t1\n",
            r"open\.dic, line 3: expected 'number<TAB>category'",
        ),
        ("nocat.dic", "%\n1\tposemo\n%\ngood\n", r"nocat\.dic, line 4: expected an entry followed"),
        ("list.yml", "- good\n- bad\n", r"list\.yml, line 1: a YAML dictionary is a mapping"),
        (
            "nested.yml",
            "positive:\n  - good\n  - [a, b]\n",
            r"nested\.yml, line 3: entries of 'positive'",
        ),
        ("cols.csv", "good,1\nbad,-1,extra\n", r"cols\.csv, line 2: expected 2 columns"),
        ("orphan.cat", "\tGOOD\nPOSITIVE\n", r"orphan\.cat, line 1: entry 'GOOD' comes before"),
        ("roles.yml", "happy:\n  - good\n", r"no positive or negative category.*\['happy'\]"),
    ],
)
def test_more_malformed_files(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DictionaryError, match=message):
        load_dictionary(path)


def test_dictionary_format_and_role_options(tmp_path):
    path = tmp_path / "words.txt"
    path.write_text("happy:\n  - good\nsad:\n  - bad\n", encoding="utf-8")
    with pytest.raises(
        ValueError, match=r"valid values are \['liwc', 'yaml', 'lexicoder', 'csv'\]"
    ):
        load_dictionary(path)
    d = load_dictionary(path, format="yaml", positive="happy", negative="sad")
    assert d.score("good and bad")["tone"] == 0.0
    with pytest.raises(ValueError, match=r"positive='glad' is invalid; valid values are"):
        load_dictionary(path, format="yaml", positive="glad")
    with pytest.raises(FileNotFoundError):
        load_dictionary(tmp_path / "missing.yml")


# ---------------------------------------------------------------------------
# Target sentiment
# ---------------------------------------------------------------------------


def tiny_targets() -> tuple[pd.DataFrame, np.ndarray]:
    rows = []
    names = ["Voss", "Strand", "Lindqvist", "Ashcombe"]
    for i, name in enumerate(names * 3):
        rows += [
            (f"Critics slammed {name} over the failed deal.", "negative"),
            (f"{name} was praised for a brilliant reform.", "positive"),
            (f"{name} met officials on Tuesday {i}.", "neutral"),
        ]
    texts = [t for t, _ in rows]
    found = [next(n for n in names if n in t) for t in texts]
    starts = [t.index(n) for t, n in zip(texts, found, strict=True)]
    frame = pd.DataFrame(
        {
            "text": texts,
            "start": starts,
            "end": [s + len(n) for s, n in zip(starts, found, strict=True)],
        }
    )
    return frame, np.array([label for _, label in rows])


def test_classifier_follows_estimator_conventions():
    from sklearn.base import clone
    from sklearn.model_selection import GridSearchCV, cross_validate

    X, y = tiny_targets()
    clf = TargetSentimentClassifier(C=3.0, min_df=1, random_state=0)
    assert clf.get_params()["C"] == 3.0 and clone(clf).get_params() == clf.get_params()
    assert not [k for k in vars(clf) if k.endswith("_")]  # __init__ only stores parameters
    assert clf.fit(X, y) is clf
    assert list(clf.classes_) == ["negative", "neutral", "positive"]
    proba = clf.predict_proba(X)
    assert proba.shape == (len(X), 3) and np.allclose(proba.sum(axis=1), 1.0)
    assert (clf.predict(X) == y).mean() > 0.9
    assert len(clf.get_feature_names_out()) == clf.coef_.shape[1]
    scores = cross_validate(clone(clf), X, y, cv=3, scoring="f1_macro")
    assert len(scores["test_score"]) == 3
    grid = GridSearchCV(clone(clf), {"C": [1.0, 10.0]}, cv=3).fit(X, y)
    assert grid.best_params_["C"] in (1.0, 10.0)
    rows = list(X.itertuples(index=False))  # (text, start, end) tuples work too
    assert (clf.predict(rows) == clf.predict(X)).all()


def test_classifier_saves_and_loads_without_pickle(tmp_path):
    X, y = tiny_targets()
    clf = TargetSentimentClassifier(min_df=1, char_ngrams=(3, 4)).fit(X, y)
    json_path, npz_path = clf.save(tmp_path / "model")
    arrays = np.load(npz_path, allow_pickle=False)
    assert set(arrays.files) == {"idf", "coef", "intercept"}
    assert json_path.name == "model.json.gz"
    meta = json.loads(gzip.decompress(json_path.read_bytes()))
    assert meta["params"]["char_ngrams"] == [3, 4]
    again = TargetSentimentClassifier.load(tmp_path / "model")
    assert np.allclose(again.predict_proba(X), clf.predict_proba(X), atol=1e-5)


def test_bad_target_spans_are_reported():
    clf = load_model()
    with pytest.raises(
        ValueError, match=r"target 0: span \(3, 99\) is outside the text of length 4"
    ):
        clf.predict(pd.DataFrame({"text": ["Voss"], "start": [3], "end": [99]}))
    with pytest.raises(ValueError, match=r"lacks columns \['end'\]"):
        target_sentiment(pd.DataFrame({"text": ["Voss"], "start": [0]}))


def test_shipped_model_loads_lazily_and_scores_targets():
    # importing the package does not read the model (a fresh interpreter: other tests, and
    # the pipeline's probes, read it in this one)
    code = (
        "import sys, newsresearch\n"
        "print(sys.modules['newsresearch.sentiment'].load_model.cache_info().currsize)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0"
    df = pd.DataFrame(
        {
            "text": [
                "Critics accused Voss of lying to voters and wrecking the economy.",
                "Supporters hailed Strand as a brilliant, honest leader.",
                "Lindqvist will travel to Ebbridge on Monday.",
            ],
            "start": [16, 18, 0],
            "end": [20, 24, 9],
        },
        index=["a", "b", "c"],
    )
    out = target_sentiment(df)
    assert list(out.index) == ["a", "b", "c"]
    assert list(out.columns) == ["label", "p_negative", "p_neutral", "p_positive"]
    assert np.allclose(out[["p_negative", "p_neutral", "p_positive"]].sum(axis=1), 1.0)
    assert out["label"].tolist() == ["negative", "positive", "neutral"]
    assert target_sentiment(df.iloc[:0]).empty


def test_long_texts_use_the_sentence_of_the_mention():
    sentence = "Critics accused Voss of lying to voters."
    filler = "The weather was mild and the council met as planned. " * 20
    long = filler + sentence + " " + filler
    start = long.index("Voss")
    df = pd.DataFrame({"text": [sentence, long], "start": [16, start], "end": [20, start + 4]})
    out = target_sentiment(df)
    assert out["p_negative"].iloc[0] == pytest.approx(out["p_negative"].iloc[1])


def test_read_newsmtsc(tmp_path):
    gold = read_newsmtsc(SAMPLE_GOLD)
    assert list(gold.columns) == [
        "primary_gid",
        "text",
        "start",
        "end",
        "mention",
        "label",
        "target",
    ]
    assert set(gold["label"]) <= {"negative", "neutral", "positive"}
    assert (gold.apply(lambda r: r["text"][r["start"] : r["end"]], axis=1) == gold["mention"]).all()
    bad = tmp_path / "bad.jsonl"
    bad.write_text(
        json.dumps({"primary_gid": "x", "sentence_normalized": "Hi Voss.", "targets": []})
        + "\n"
        + json.dumps(
            {
                "primary_gid": "y",
                "sentence_normalized": "Hi Voss.",
                "targets": [{"from": 3, "to": 7, "polarity": 5.0}],
            }
        )
        + "\n",
        encoding="utf-8",
    )
    with pytest.raises(ValueError, match=r"bad\.jsonl, line 2: .*polarity 5\.0 is invalid"):
        read_newsmtsc(bad)


def test_evaluate_on_sample_gold_beats_majority_baseline(tmp_path):
    out = tmp_path / "pred.jsonl"
    result = evaluate_sentiment(SAMPLE_GOLD, predictions_out=out)
    gold = read_newsmtsc(SAMPLE_GOLD)
    assert result.n == len(gold)
    majority = gold["label"].value_counts().idxmax()
    share = (gold["label"] == majority).mean()
    majority_f1 = 2 * share / (1 + share) / 3  # macro-F1 of always predicting the majority
    assert result.macro_f1 > majority_f1 + 0.1
    text = str(result)
    assert "macro-F1" in text and "confusion matrix" in text and "precision" in text
    assert int(result.confusion.to_numpy().sum()) == result.n
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == result.n
    assert {"primary_gid", "from", "to", "gold", "predicted", "p_positive"} <= set(lines[0])


def test_cli_evaluate(capsys, tmp_path):
    assert cli_evaluate(None, None) == 0
    assert "macro-F1" in capsys.readouterr().out
    assert cli_evaluate(str(tmp_path / "missing.jsonl"), None) == 1
    assert "not found" in capsys.readouterr().err


def test_newsmtsc_training_file_reads_when_present():
    path = config.SHARED_DIR / "data" / "newsmtsc" / "train.jsonl"
    if not path.exists():
        pytest.skip(f"NewsMTSC training data not available at {path}")
    gold = read_newsmtsc(path)
    assert len(gold) == 8739
    assert gold["label"].value_counts().to_dict() == {
        "negative": 3316,
        "neutral": 3028,
        "positive": 2395,
    }


# ---------------------------------------------------------------------------
# Intervals and the notebook
# ---------------------------------------------------------------------------


def test_tone_intervals_per_group():
    scores = pd.Series([0.5, 0.4, 0.6, -0.2, -0.3, -0.1, 0.0])
    groups = pd.Series(list("aaabbb") + [None], name="outlet")
    table = tone_intervals(scores, groups, random_state=1)
    assert table.index.name == "outlet" and list(table.index) == ["b", "a"]
    assert (table["low"] <= table["estimate"]).all() and (table["estimate"] <= table["high"]).all()
    again = tone_intervals(scores, groups, random_state=1)
    pd.testing.assert_frame_equal(table, again)


def test_sentiment_notebook_is_stored_clean_with_parameters():
    # read as JSON (importing nbformat takes seconds); tests/test_project.py checks the rest
    path = config.NOTEBOOKS_DIR / "02_sentiment.ipynb"
    nb = json.loads(path.read_text(encoding="utf-8"))
    assert nb["metadata"]["kernelspec"]["name"] == "python3"
    cells = nb["cells"]
    assert cells[0]["cell_type"] == "markdown" and "".join(cells[0]["source"]).startswith("# ")
    code = [c for c in cells if c["cell_type"] == "code"]
    assert all(not c["outputs"] and c["execution_count"] is None for c in code)
    assert code[0]["metadata"].get("tags") == ["parameters"]
    lines = "".join(code[0]["source"]).splitlines()
    params = {}
    for node, line in zip(ast.parse("\n".join(lines)).body, lines, strict=True):
        assert isinstance(node, ast.AnnAssign), line
        params[node.target.id] = (ast.literal_eval(node.value), line.split("#", 1)[1].strip())
    assert list(params) == ["corpus", "start", "end", "outlets", "actors", "method", "seed"]
    assert params["corpus"][0] == "sample" and params["seed"][0] == 42
    assert all(help_text and "=" not in help_text for _, help_text in params.values())


def test_spans_running_past_the_text_are_cut_with_a_warning():
    df = pd.DataFrame({"text": ["Gov. Strand", "“Mrs."], "start": [5, 1], "end": [11, 10]})
    with pytest.warns(UserWarning, match=r"1 target span\(s\) ran past the end .*rows \[1\]"):
        out = target_sentiment(df)
    assert len(out) == 2 and out["label"].notna().all()
