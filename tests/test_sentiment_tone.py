"""Sentiment tone: reference-exact VADER, the VaderScorer object, document aggregation, schemas."""

from __future__ import annotations

import ast
import itertools
import json
import subprocess
import sys

import numpy as np
import pandas as pd
import pytest

import newsresearch as nr
from newsresearch import config
from newsresearch.sentiment import (
    VaderScorer,
    document_columns,
    load_dictionary,
    sentence_columns,
    sentiment,
)
from newsresearch.sentiment.vader import _vader

DICTIONARIES = config.PROJECT_ROOT / "tests" / "fixtures" / "dictionaries"

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
        for row in table.itertuples(index=False):
            doc = row.doc_id if data is docs else int(row.doc_id)
            piece = data[doc][row.start : row.end]
            expected = reference.polarity_scores(piece)
            got = {k: getattr(row, k) for k in ("neg", "neu", "pos", "compound")}
            assert got == expected, piece
            assert row.score == expected["compound"]


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
    assert ours[["doc_id", "sent_id"]].equals(theirs[["doc_id", "sent_id"]])
    assert (ours["label"] == theirs["label"]).mean() > 0.8
    assert not ours["compound"].equals(theirs["compound"])  # two implementations really ran


# ---------------------------------------------------------------------------
# The VaderScorer object
# ---------------------------------------------------------------------------


class CountingAnalyzer:
    """A VADER analyzer that counts the texts it scores."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    def polarity_scores(self, text: str) -> dict[str, float]:
        self.calls.append(text)
        return _vader().polarity_scores(text)


def test_memo_scorer_scores_a_repeated_text_once():
    counting = CountingAnalyzer()
    scorer = VaderScorer(memo=True, analyzer=counting)
    plain = VaderScorer()
    text = "The reform is a great success."
    first = scorer.polarity_scores(text)
    first["compound"] = 99.0  # a caller changing its dict does not change the memo
    second = scorer.polarity_scores(text)
    assert counting.calls == [text]
    assert second == plain.polarity_scores(text) == _vader().polarity_scores(text)


def test_a_memo_scorer_shared_by_both_levels_scores_each_sentence_once(sample):
    docs = sample.head(6)
    parsed = nr.parse(docs)
    counting = CountingAnalyzer()
    scorer = VaderScorer(memo=True, analyzer=counting)
    sents = sentiment(parsed, level="sentence", method=scorer)
    doc = sentiment(parsed, method=scorer)
    pieces = {a.text[s:e] for a in parsed for s, e in a.sentences}
    assert len(sents) >= len(pieces) > 0
    assert sorted(counting.calls) == sorted(pieces)  # each distinct sentence once, both levels
    pd.testing.assert_frame_equal(sents, sentiment(docs, level="sentence"))
    pd.testing.assert_frame_equal(doc, sentiment(docs))


def test_scorer_variant_is_checked():
    with pytest.raises(ValueError, match=r"valid values are \['vader', 'vader-nltk'\]"):
        VaderScorer("afinn")


# ---------------------------------------------------------------------------
# Documents, index rule and schemas
# ---------------------------------------------------------------------------


def test_document_aggregation_and_whole_text_score():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    reference = SentimentIntensityAnalyzer()
    text = "The reform is a great success. Critics hate it. The vote is on Monday."
    docs = pd.Series([text, None, ""], index=["a", "b", "c"])
    doc = sentiment(docs, whole_text=True)
    sents = sentiment(docs, level="sentence")
    assert list(doc.index) == ["a", "b", "c"] and doc.index.name == "doc_id"
    row = doc.loc["a"]
    compounds = sents.loc[sents["doc_id"] == "a", "compound"].to_numpy()
    assert row["n_sentences"] == 3
    assert row["mean_score"] == pytest.approx(compounds.mean())
    assert row["share_negative"] == pytest.approx((compounds <= -0.05).mean())
    assert row["share_positive"] == pytest.approx((compounds >= 0.05).mean())
    assert row["compound_whole_text"] == reference.polarity_scores(text)["compound"]
    whole = ["neg_whole_text", "neu_whole_text", "pos_whole_text", "compound_whole_text"]
    assert list(doc.columns[-4:]) == whole and "compound" not in doc
    assert doc.loc["b", "n_sentences"] == 0 and np.isnan(doc.loc["b", "mean_score"])
    assert doc.loc["c", "n_sentences"] == 0
    fast = sentiment(docs)  # whole_text=False is the default
    assert "compound_whole_text" not in fast and fast.loc["a", "mean_score"] == row["mean_score"]
    pd.testing.assert_frame_equal(fast, doc[list(fast.columns)])


def test_corpus_table_keeps_its_index(sample):
    small = sample.head(4)
    doc = sentiment(small)
    assert list(doc.index) == list(small.index)
    sents = sentiment(small, level="sentence")
    assert isinstance(sents.index, pd.RangeIndex)
    assert set(sents["doc_id"]) == set(small.index)
    joined = small.join(doc)  # results join on doc_id
    assert joined["n_sentences"].gt(0).all()


def test_parsed_corpus_gives_the_same_tables_and_reuses_its_sentences(sample):
    small = sample.head(3)
    parsed = nr.parse(small)
    pd.testing.assert_frame_equal(sentiment(parsed), sentiment(small))
    spans = [article.sentences for article in parsed]
    sents = sentiment(parsed, level="sentence")
    assert [article.sentences for article in parsed] == spans
    assert len(sents) == sum(len(s) for s in spans)


@pytest.mark.parametrize("whole_text", [False, True])
@pytest.mark.parametrize("method", ["vader", "dictionary"])
def test_empty_corpus_keeps_the_declared_schemas(method, whole_text):
    scorer = load_dictionary(DICTIONARIES / "tone.yml") if method == "dictionary" else method
    empty = pd.DataFrame({"doc_id": pd.Series([], dtype="string"), "text": []})
    for corpus in (empty, pd.Series(["", None], index=["a", "b"])):
        sents = sentiment(corpus, level="sentence", method=scorer)
        assert sents.empty
        assert sents.dtypes.astype(str).to_dict() == sentence_columns(scorer)
        doc = sentiment(corpus, method=scorer, whole_text=whole_text)
        assert doc.index.name == "doc_id"
        assert doc.dtypes.astype(str).to_dict() == document_columns(scorer, whole_text=whole_text)


def test_non_empty_tables_have_the_declared_schemas(sample):
    small = sample.head(3)
    d = load_dictionary(DICTIONARIES / "tone.yml")
    for method in ("vader", d):
        sents = sentiment(small, level="sentence", method=method)
        assert sents.dtypes.astype(str).to_dict() == sentence_columns(method)
        doc = sentiment(small, method=method, whole_text=True)
        assert doc.dtypes.astype(str).to_dict() == document_columns(method, whole_text=True)


def test_invalid_options_list_valid_values():
    texts = pd.Series(["Fine."])
    with pytest.raises(ValueError, match=r"valid values are \['document', 'sentence'\]"):
        sentiment(texts, level="paragraph")
    with pytest.raises(ValueError, match=r"valid values are \['vader', 'vader-nltk'\]"):
        sentiment(texts, method="afinn")


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
    doc = sentiment(texts, method=d, whole_text=True)
    assert doc.loc["x", "tone_whole_text"] == pytest.approx((1 - 2) / 6)
    assert doc.loc["x", "tokens_whole_text"] == 6
    assert doc.loc["x", "share_positive"] == 0.5


def test_importing_sentiment_loads_no_heavy_library():
    code = (
        "import sys\n"
        "from newsresearch.sentiment import sentiment, VaderScorer, load_dictionary\n"
        "print(sorted(m for m in ('sklearn', 'scipy', 'nltk', 'vaderSentiment') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# ---------------------------------------------------------------------------
# Intervals and the notebook
# ---------------------------------------------------------------------------


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
    source = "".join("".join(c["source"]) for c in code)
    assert "hasattr(" not in source


def test_nr_sentiment_is_callable_whatever_was_imported_first():
    code = (
        "import newsresearch as nr\n"
        "import newsresearch.sentiment.vader  # binds nr.sentiment to the package\n"
        "import pandas as pd\n"
        "from newsresearch.sentiment import sentiment\n"
        "texts = pd.Series(['A great win.'], index=['d1'])\n"
        "print(nr.sentiment(texts).equals(sentiment(texts)), nr.sentiment.VaderScorer.__name__)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["True", "VaderScorer"]
