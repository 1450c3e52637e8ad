"""The one term matcher (newsresearch.lexicons.matcher) against the two it replaces.

``NewDictionary`` and ``frame_matcher`` below are the replacement code of the switch-over
recipe (``/work/wt/_brief/lexicons_switch.md``): the current ``sentiment.Dictionary`` with
``_compile``/``_scan`` on the new matcher, and the new matcher built for a frame lexicon.
Both must give exactly what the current code gives on the sample corpus and, when the
shared data is there, on 200 ABP articles.
"""

from __future__ import annotations

import importlib
import statistics
import time
from collections import Counter
from typing import Any

import numpy as np
import pytest

import newsresearch as nr
from newsresearch import config
from newsresearch.lexicons.matcher import Match, TermMatcher, token_strings
from newsresearch.lexicons.negation import DICTIONARY_NEGATORS, FRAME_NEGATORS
from newsresearch.text import split_sentences, tokenize

sentiment = importlib.import_module("newsresearch.sentiment")
framing = importlib.import_module("newsresearch.framing")

LEXICONS = config.PROJECT_ROOT / "tests" / "fixtures" / "lexicons"
DICTIONARIES = config.PROJECT_ROOT / "tests" / "fixtures" / "dictionaries"
ABP = config.SHARED_DIR / "data" / "abp" / "jsons.tar.gz"
SCHEMES = [
    "generic",
    "policy",
    LEXICONS / "issue.yaml",
    LEXICONS / "liwc.dic",
    LEXICONS / "quanteda.yml",
]


# --- the replacement code (as in the recipe) ----------------------------------------------------


class NewDictionary(sentiment.Dictionary):
    """sentiment.Dictionary with the recipe's _compile and _scan."""

    def _compile(self) -> None:
        self._matcher = TermMatcher(
            {
                cat: {e: self.weights.get(e, 1.0) for e in entries}
                for cat, entries in self.categories.items()
                if cat in self._roles
            },
            resolve="first",
            skip_punct=True,
            negators=DICTIONARY_NEGATORS,
            not_negating_next=(),
            window=self.negation_window,
            scope_breaks=sentiment._SENTENCE_PUNCT,
        )

    def _scan(self, text: str) -> tuple[list[tuple[int, int, str, float]], int]:
        found, n_words = self._matcher.find(text)
        auto_negation = not self.has_negation_keys
        out = []
        for m in found:
            role = self._roles[m.category]
            if role == "positive" and auto_negation and m.negated:
                role = "negative"
            elif role == "neg_positive":
                role = "negative"
            elif role == "neg_negative":
                role = "positive"
            out.append((m.start, m.end, role, m.weight))
        return out, n_words


def frame_matcher(lex: Any) -> TermMatcher:
    return TermMatcher({k: f.terms for k, f in lex.frames.items()})


def new_dictionary(old: Any) -> NewDictionary:
    return NewDictionary(
        old.categories, old.weights, name=old.name, negation_window=old.negation_window
    )


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


# --- corpora ------------------------------------------------------------------------------------


def _units(texts: list[str]) -> list[str]:
    return texts + [t[a:b] for t in texts for a, b in split_sentences(t)]


@pytest.fixture(scope="module")
def sample_texts() -> list[str]:
    return [t for t in nr.load_corpus("sample", progress=False)["text"] if isinstance(t, str)]


@pytest.fixture(scope="module")
def abp_texts() -> list[str]:
    if not ABP.exists():
        pytest.skip(f"ABP articles not found at {ABP} (shared data not mounted)")
    corpus = nr.load_corpus(ABP, limit=200, progress=False)
    return [t for t in corpus["text"] if isinstance(t, str)]


def _same_tally(a: Any, b: Any) -> bool:
    return (
        np.array_equal(a.n_words, b.n_words)
        and np.array_equal(a.hits, b.hits)
        and np.array_equal(a.quoted, b.quoted)
        and np.allclose(a.score, b.score, rtol=0, atol=1e-12)
    )


def check_frames(texts: list[str], schemes: list[Any] = SCHEMES, per_text: int = 10**9) -> None:
    for scheme in schemes:
        lex = framing.load_lexicon(scheme)
        old, new = framing._Matcher(lex), frame_matcher(lex)
        for options in ({}, {"negation": False, "quote_weight": 0.5}):
            assert _same_tally(
                old.score_documents(texts, **options), new.tally_documents(texts, **options)
            ), scheme
            for text in texts[:per_text]:
                sents = split_sentences(text)
                assert _same_tally(
                    old.score_sentences(text, sents, **options),
                    new.tally_sentences(text, sents, **options),
                ), (scheme, text[:80])
                seen_old, seen_new = Counter(), Counter()
                old.score(old.codes(text)[0], collect=seen_old, **options)
                new.tally(new.codes(text)[0], collect=seen_new, **options)
                assert seen_old == seen_new, (scheme, text[:80])


def check_dictionaries(texts: list[str], sentences: bool = True) -> int:
    olds = [
        sentiment.load_dictionary(DICTIONARIES / n)
        for n in ("tone.dic", "tone.yml", "tone.csv", "tone.cat")
    ]
    olds.append(stress_dictionary())
    n_matches = 0
    for old in olds:
        new = new_dictionary(old)
        for text in _units(texts) if sentences else texts:
            expected = old._scan(text)
            assert new._scan(text) == expected, (old.name, text[:80])
            n_matches += len(expected[0])
    return n_matches


# --- equivalence --------------------------------------------------------------------------------


def test_frames_equal_the_current_matcher_on_the_sample(sample_texts):
    check_frames(sample_texts)


def test_dictionaries_equal_the_current_dictionary_on_the_sample(sample_texts):
    assert check_dictionaries(sample_texts) > 1000  # the stress dictionary matches plenty


def test_frames_equal_the_current_matcher_on_abp(abp_texts):
    check_frames(abp_texts, ["generic", "policy"], per_text=50)


def test_dictionaries_equal_the_current_dictionary_on_abp(abp_texts):
    check_dictionaries(abp_texts, sentences=False)


def test_dictionary_public_methods_agree():
    text = "The praised leader was not good; a corrupt scandal, well done. Not bad at all."
    for name in ("tone.dic", "tone.yml", "tone.csv", "tone.cat"):
        old = sentiment.load_dictionary(DICTIONARIES / name)
        new = new_dictionary(old)
        assert new.matches(text) == old.matches(text)
        assert new.score(text) == old.score(text)


def test_not_slower_than_the_current_frame_matcher(sample_texts):
    """Interleaved warm runs (the machine may be busy): the median must not be slower."""
    lex = framing.load_lexicon("policy")
    old, new = framing._Matcher(lex), frame_matcher(lex)
    old.score_documents(sample_texts)
    new.tally_documents(sample_texts)
    times: dict[str, list[float]] = {"old": [], "new": []}
    for _ in range(7):
        for tag, run in (("old", old.score_documents), ("new", new.tally_documents)):
            t0 = time.perf_counter()
            run(sample_texts)
            times[tag].append(time.perf_counter() - t0)
    o, n = statistics.median(times["old"]), statistics.median(times["new"])
    assert n <= o * 1.3, f"new {n:.4f}s vs current {o:.4f}s"


# --- rules --------------------------------------------------------------------------------------


def test_token_strings_equal_the_tokenizer(sample_texts):
    extra = "U.S. budget rose 3.5% to $4.2bn; it didn't (really). _x_ “Quote”—dash… x\x1cy"
    for text in [*sample_texts[:20], extra]:
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
