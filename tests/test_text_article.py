"""The parsed article: each part computed once, on first use, and shared by every analysis."""

from __future__ import annotations

import pandas as pd
import pytest

import newsresearch as nr
from newsresearch.text import Article, ParsedCorpus, find_quotes, parse, quote_spans
from newsresearch.text import article as article_module

TEXT = 'Sen. Ada Voss spoke.\n\n“We will win,” she said. Critics called it "a stunt".'


def test_parts_are_computed_once_and_read_only(monkeypatch):
    calls = []
    real = article_module.split_sentences

    def counting(text):
        calls.append(text)
        return real(text)

    monkeypatch.setattr(article_module, "split_sentences", counting)
    a = Article(TEXT, doc_id="d1")
    first = a.sentences
    assert a.sentences is first and len(calls) == 1
    assert isinstance(first, tuple)
    assert [TEXT[s:e] for s, e in first] == [
        "Sen. Ada Voss spoke.",
        "“We will win,” she said.",
        'Critics called it "a stunt".',
    ]
    assert a.sentence_paragraphs == (0, 1, 1)
    assert a.sentence_at(TEXT.index("win")) == 1
    assert a.sentence_at(TEXT.index("\n")) is None  # between sentences


def test_quotes_and_actors_match_the_functions_they_wrap():
    a = Article(TEXT)
    assert list(a.quotes) == find_quotes(TEXT)
    assert list(a.quote_spans) == quote_spans(TEXT)
    assert a.actors is a.actors
    assert {m.actor for m in a.actors.mentions} >= {"Ada Voss"}


def test_article_needs_a_string():
    with pytest.raises(TypeError, match="str text"):
        Article(None)  # type: ignore[arg-type]


def test_parse_keeps_order_index_and_missing_texts():
    corpus = pd.DataFrame({"doc_id": ["b", "a", "c"], "text": ["One.", None, "Two. Three."]})
    parsed = parse(corpus)
    assert isinstance(parsed, ParsedCorpus)
    assert parsed.index.tolist() == ["b", "a", "c"]
    assert parsed[1] is None and parsed[2].doc_id == "c"
    assert parse(parsed) is parsed
    assert parsed.texts().tolist() == ["One.", None, "Two. Three."]
    with pytest.raises(TypeError, match="ParsedCorpus"):
        parse(["a list"])  # type: ignore[arg-type]


def test_analyses_share_one_parse(sample):
    """Attribution and stance read the same Article objects: each part is computed once."""
    parsed = parse(sample.head(4))
    nr.attributions(parsed)
    nr.stance_triples(parsed)
    for article in parsed:
        assert "sentences" in vars(article) and "actors" in vars(article)
