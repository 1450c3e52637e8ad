"""The one term matcher (newsresearch.lexicons.matcher): its rules, and regression values.

The expected totals below were computed on the sample corpus by the two matchers
this one replaced (framing's and sentiment's own), before the switch-over; the
new matcher gave exactly the same on every fixture, on the sample and on 200 ABP
articles (document, sentence and term tallies; dictionary matches and scores).
"""

from __future__ import annotations

import importlib
from collections import Counter
from typing import Any

import numpy as np
import pytest

import newsresearch as nr
from newsresearch import config
from newsresearch.lexicons.matcher import Match, TermMatcher, token_strings
from newsresearch.lexicons.negation import DICTIONARY_NEGATORS, FRAME_NEGATORS
from newsresearch.text import Article, tokenize

sentiment = importlib.import_module("newsresearch.sentiment")
framing = importlib.import_module("newsresearch.framing")

DICTIONARIES = config.PROJECT_ROOT / "tests" / "fixtures" / "dictionaries"


@pytest.fixture(scope="module")
def sample_texts() -> list[str]:
    return [t for t in nr.load_corpus("sample", progress=False)["text"] if isinstance(t, str)]


# --- regression: totals over the sample corpus ---------------------------------------------------

#: scheme -> (hits per frame, quoted hits per frame, weighted score, word tokens)
FRAME_TOTALS = {
    # generic lexicon version 2 (issue 12); version 1: [299, 257, 1034, 51, 299], 1528.5
    "generic": ([298, 138, 1031, 43, 299], [31, 50, 166, 8, 38], 1438.0, 32283),
    "policy": (
        [654, 42, 36, 24, 151, 355, 105, 91, 148, 155, 12, 126, 614, 62],
        [105, 6, 6, 11, 36, 26, 25, 29, 31, 36, 3, 10, 59, 12],
        2207.5,
        32283,
    ),
}
#: dictionary -> (positive weight, negative weight, word tokens, matches)
DICTIONARY_TOTALS = {
    "tone.dic": (13.0, 11.0, 32283, 24),
    "tone.yml": (14.0, 10.0, 32283, 24),
    "tone.csv": (14.0, 13.0, 32283, 24),
    "tone.cat": (13.0, 11.0, 32283, 23),
    "stress": (1184.5, 313.75, 32283, 1884),  # built from the generic lexicon (version 2)
}


def stress_dictionary() -> Any:
    """Many wildcards, phrases (some starting with a wildcard), weights, two roles per entry."""
    lex = framing.load_lexicon("generic")
    terms = {k: list(f.terms) for k, f in lex.frames.items()}
    weights = {t: w for f in lex.frames.values() for t, w in f.terms.items() if w != 1}
    return sentiment.Dictionary(
        {
            "positive": terms["conflict"]
            + terms["economic"]
            + ["well done", "good", "econom* growth"],
            "posemo": terms["human_interest"] + ["good"],
            "negative": terms["morality"] + terms["responsibility"] + ["* crisis"],
        },
        weights,
        name="stress",
    )


@pytest.mark.parametrize("scheme", sorted(FRAME_TOTALS))
def test_frame_tallies_on_the_sample(sample_texts, scheme):
    hits, quoted, score, n_words = FRAME_TOTALS[scheme]
    m = framing.load_lexicon(scheme).matcher()
    t = m.tally_documents(sample_texts)
    assert t.hits.sum(0).tolist() == hits and t.quoted.sum(0).tolist() == quoted
    assert t.score.sum() == pytest.approx(score) and int(t.n_words.sum()) == n_words
    sentence_hits = np.zeros(len(hits), dtype=np.int64)
    seen: Counter = Counter()
    for text in sample_texts:
        a = Article(text)
        sentence_hits += m.tally_sentences(text, a.sentences, quotes=a.quote_spans).hits.sum(0)
        m.tally_text(text, collect=seen)
    assert sentence_hits.tolist() == hits
    assert sum(seen.values()) == sum(hits)


@pytest.mark.parametrize("name", sorted(DICTIONARY_TOTALS))
def test_dictionary_totals_on_the_sample(sample_texts, name):
    d = stress_dictionary() if name == "stress" else sentiment.load_dictionary(DICTIONARIES / name)
    pos = neg = 0.0
    n_words = n_matches = 0
    for text in sample_texts:
        s = d.score(text)
        pos, neg, n_words = pos + s["positive"], neg + s["negative"], n_words + s["tokens"]
        n_matches += len(d.matches(text))
    assert (pos, neg, n_words, n_matches) == pytest.approx(DICTIONARY_TOTALS[name])


def test_a_matcher_survives_pickling_and_copying():
    import copy
    import pickle

    m = TermMatcher({"c": {"clash*": 1.0}})
    m.find("They clashed.")
    for twin in (pickle.loads(pickle.dumps(m)), copy.deepcopy(m)):
        assert twin.find("A clash.")[0] == [Match(2, 7, "c", 1.0, False)]
        assert twin.lock is not m.lock


# --- rules --------------------------------------------------------------------------------------


def test_token_strings_equal_the_tokenizer(sample_texts):
    extra = [
        "U.S. budget rose 3.5% to $4.2bn; it didn't (really). 1234abc e.g. _x_ “Quote”—dash…",
        "Rock'n'roll, co-operate, a.m. 9:30 No. 4 $5 ¾ x² café cafe\u0301 x\x1cy",
    ]
    for text in [*sample_texts[:20], *extra]:
        assert token_strings(text.lower()) == [text[a:b].lower() for a, b in tokenize(text.lower())]


def test_resolve_all_counts_every_category_first_the_most_specific():
    cats = {"a": {"care*": 1.0}, "b": {"career": 2.0}}
    for resolve, expected in (("all", [1.0, 2.0]), ("first", [0.0, 2.0])):
        m = TermMatcher(cats, resolve=resolve)
        hits = m.match(m.codes("career")[0])  # rows are added as token types are seen
        assert m.weights[hits.row].tolist() == [expected]
    with pytest.raises(ValueError, match=r"valid values are \['all', 'first'\]"):
        TermMatcher(cats, resolve="any")


def test_phrases_win_and_skip_punct_lets_them_span_commas():
    cats = {"x": {"well done": 1.0, "done": 5.0}}
    assert TermMatcher(cats).find("Well, done.")[0] == [Match(6, 10, "x", 5.0, False)]
    assert TermMatcher(cats, skip_punct=True).find("Well, done.")[0] == [
        Match(0, 10, "x", 1.0, False)
    ]


def test_negation_window_scope_and_not_only():
    m = TermMatcher({"c": {"clash": 1.0}})
    negated = lambda t: [h.negated for h in m.find(t)[0]]  # noqa: E731
    assert negated("no real clash") == [True]
    assert negated("not only a clash") == [False]
    assert negated("not, a clash") == [False]  # punctuation ends the scope
    assert negated("not a big bad clash") == [False]  # 4 words back
    s = TermMatcher(
        {"c": {"clash": 1.0}},
        skip_punct=True,
        negators=DICTIONARY_NEGATORS,
        not_negating_next=(),
        scope_breaks=".!?;:",
    )
    assert [h.negated for h in s.find("hardly, a clash")[0]] == [True]
    assert [h.negated for h in s.find("hardly. A clash")[0]] == [False]
    assert "hardly" not in FRAME_NEGATORS


def test_no_phrase_or_negation_crosses_documents():
    m = TermMatcher({"c": {"tax cut": 1.0, "cut": 1.0}})
    t = m.tally_documents(["no tax", "cut here", None, ""])
    assert t.hits[:, 0].tolist() == [0, 1, 0, 0] and t.n_words.tolist() == [2, 2, 0, 0]


def test_chunk_table_expands_ids_to_codes():
    from newsresearch.lexicons.matcher import ChunkTable

    table = ChunkTable()
    assert table.add("a,", (1, 2)) == 0
    assert table.add("b", (3,)) == 1
    assert table.add("a,", (9,)) == 0  # known chunks keep their codes
    assert table.add("", ()) == 2
    ids = np.asarray([1, 0, 2, 0, 1])
    assert table.expand(ids).tolist() == [3, 1, 2, 1, 2, 3]
    assert table.expand(np.asarray([2], dtype=np.int64)).tolist() == []
    assert table.add("c", (4, 5, 6)) == 3  # the arrays follow the table's growth
    assert table.expand(np.asarray([3, 1])).tolist() == [4, 5, 6, 3]


def test_tally_documents_with_known_quotes_equals_without():
    from newsresearch.text import quote_spans

    m = TermMatcher({"econ": {"econom*": 1.0, "tax cut": 2.0}, "war": {"clash*": 1.0}})
    texts = [
        'He said "the economy will clash" and the tax cut passed.',
        "“Tax cut” İstanbul economy",  # lower() lengthens İ: the known spans are not used
        "No quotes: economy.",
        None,
        "",
    ]
    quotes = [quote_spans(t) if t else None for t in texts]
    a = m.tally_documents(texts)
    b = m.tally_documents(texts, quotes=quotes)
    for part in ("n_words", "hits", "quoted", "score"):
        assert getattr(a, part).tolist() == getattr(b, part).tolist()
    assert a.quoted.sum() > 0
    for text in texts[:3]:  # the batch gives each text's own tally
        one = m.tally_text(text)
        k = texts.index(text)
        assert one.hits[0].tolist() == a.hits[k].tolist()
        assert one.quoted[0].tolist() == a.quoted[k].tolist()


def test_chunks_read_as_written_give_the_codes_of_the_lower_cased_text():
    import sys

    from newsresearch.lexicons.matcher import _LENGTH_CHANGING_LOWER, _normalise

    # lower-casing keeps offsets, white space and quotation marks but for one character
    changing = [c for c in map(chr, range(sys.maxunicode + 1)) if len(c.lower()) != 1]
    assert changing == [_LENGTH_CHANGING_LOWER]
    m = TermMatcher({"econ": {"econom*": 1.0, "tax cut": 2.0}, "war": {"clash*": 1.0}})
    texts = [
        "The ECONOMY, Tax Cut and “Clashes” don’t; the economy",
        "İstanbul Economy “Tax cut”",
        "Tax\x1cCut economy ECONOMY",
        "",
    ]
    for text in texts:
        codes, quoted = m.codes(text)
        plain, plain_quoted = m.codes(_normalise(text))  # already lower-cased: same codes
        assert codes.tolist() == plain.tolist()
        assert (quoted is None) == (plain_quoted is None)
        if quoted is not None:
            assert quoted.tolist() == plain_quoted.tolist()


# --- chunk ids of a batch at once ---------------------------------------------------------------


@pytest.mark.parametrize("lexicon", ["generic", "policy"])
def test_batch_chunk_ids_equal_the_text_by_text_ids(sample_texts, lexicon):
    from newsresearch.text import quote_spans

    m = framing.load_lexicon(lexicon).matcher()
    texts = [
        *sample_texts[:40],
        'He said "the economy will clash" and the tax cut passed.',
        "“Tax cut” and \u3000 wide\u2003spaces\u00a0here, «guillemets» „low“",
        "lone \ud800 surrogate, \x00 nul, tabs\tand\nlines",
        None,
        "",
        "   ",
        "\u201cunclosed quote at the end",
    ]
    quotes = [quote_spans(t) if isinstance(t, str) else None for t in texts]
    for given in (None, quotes):
        table = m._table()
        fast = m._batch_chunk_ids(table, texts, given)
        assert fast is not None
        slow = m._each_chunk_ids(table, texts, given)
        for a, b in zip(fast, slow, strict=True):
            assert (a is None) == (b is None)
            if a is not None:
                assert a.tolist() == b.tolist()
    # texts the batch leaves to the text-by-text path
    table = m._table()
    assert m._batch_chunk_ids(table, ["İstanbul economy"], None) is None
    assert m._batch_chunk_ids(table, ["Tax\x1cCut"], None) is None
    assert m._batch_chunk_ids(table, ['a "b" c'], [[(3, 2)]]) is None


def test_tally_documents_cold_and_warm_equal_one_text_at_a_time(sample_texts):
    m = TermMatcher({"econ": {"econom*": 1.0, "tax cut": 2.0}, "war": {"clash*": 1.0}})
    texts = sample_texts[:30]
    cold = m.tally_documents(texts)  # every chunk new: looked up as strings
    warm = m.tally_documents(texts)  # every chunk known: found in the chunk index
    for k, text in enumerate(texts):
        one = m.tally_text(text)
        for part in ("n_words", "hits", "quoted", "score"):
            assert getattr(one, part)[0].tolist() == getattr(cold, part)[k].tolist()
            assert getattr(one, part)[0].tolist() == getattr(warm, part)[k].tolist()
    assert cold.hits.sum() > 0


def test_a_full_chunk_table_is_replaced_without_changing_tallies(sample_texts, monkeypatch):
    from newsresearch.lexicons import matcher

    terms = {"econ": {"econom*": 1.0, "tax cut": 2.0}, "war": {"clash*": 1.0}}
    texts = sample_texts[:30]
    unbounded = TermMatcher(terms).tally_documents(texts)
    monkeypatch.setattr(matcher, "CACHE_LIMIT", 50)
    m = TermMatcher(terms)
    tables = set()
    for k in range(0, len(texts), 5):  # batches: a new table once one holds 50 chunks
        tables.add(id(m._table()))
        bounded = m.tally_documents(texts[k : k + 5])
        for part in ("n_words", "hits", "quoted", "score"):
            assert getattr(bounded, part).tolist() == getattr(unbounded, part)[k : k + 5].tolist()
    assert len(tables) > 1  # the table was replaced, more than once
    assert len(m.chunks) <= 50 + sum(len(t.split()) for t in texts[-5:])
