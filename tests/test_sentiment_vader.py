"""ExactVader: bit-identical to vaderSentiment 3.3.2 on every rule, the sample corpus and fuzzed text."""

from __future__ import annotations

import random

import pytest

import newsresearch as nr
from newsresearch.sentiment import VaderScorer
from newsresearch.sentiment.vader import ExactVader, _vader


@pytest.fixture(scope="module")
def reference():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


@pytest.fixture(scope="module")
def ours() -> ExactVader:
    return ExactVader()


# One or more sentences per rule of vaderSentiment, each compared float for float.
EDGE_CASES = {
    "empty": ["", "   ", "\n\t"],
    "punctuation only": ["!!!", "?", "...", ":)", "!?"],
    "emoji": [
        "Turnout fell 😞 in every district.",
        "😀😀 great",
        "a😁b and 💘",
        "  💋  ",
        "Copyright © 2020 ™ good",
        "Flags 🇺🇸 and ☺️ smile",
    ],
    "emoticons": [":) good", "bad :( :D", "(: ok :-)"],
    "all caps differential": [
        "Voters were NOT impressed by the GREAT speech.",
        "GREAT GOOD BAD",
        "It is VERY good",
        "It is VERY BAD but ok",
        "I AM HAPPY",
        "The FBI and the US were HAPPY",
    ],
    "but": [
        "The plan isn't good, but it isn't terrible either.",
        "good but bad",
        "but good",
        "good but",
        "great, good, but great and good but bad",
        "Good good good but good.",
        "hate but hate hate",
        "love but love",
        "great but great great great",
    ],
    "negation windows": [
        "The senator is not a bad negotiator.",
        "not good",
        "not a good",
        "not a very good",
        "not a b c good",
        "isn't good",
        "wasn't really that good",
        "couldn't have been better",
        "ain't nothing bad",
        "they say no good deal",
        "no, no good",
        "no or bad",
        "no nor bad at all",
        "no way bad",
        "No happy endings",
    ],
    "never so / without doubt": [
        "Never has a policy been so poorly received.",
        "never so good",
        "never this bad",
        "it was never so very good",
        "this good",
        "so bad",
        "a so good",
        "without doubt good",
        "without a doubt, excellent idea",
        "The council was without doubt the most effective in a decade.",
    ],
    "idioms": [
        "With VADER, sentiment analysis is the shit!",
        "The concert was the bomb",
        "that was one bad ass car",
        "yeah right, great",
        "it was a kiss of death for the bill",
        "a cake to die for",
        "beating heart of the party",
        "at the bus stop sad",
        "They're just enough good",
        "a b sort of good",
        "a b kind of bad",
    ],
    "kind of": [
        "The mayor's budget was kind of disappointing.",
        "kind of good",
        "a kind man",
        "kind",
        "KIND OF bad",
        "kinda good",
        "sort of pleased, sort of annoyed",
    ],
    "least": [
        "It was the least popular bill in years.",
        "At least the minister showed up.",
        "at least good",
        "very least good",
        "least good",
        "the least good",
    ],
    "punctuation emphasis": [
        "What a shameful performance!!!",
        "Great!",
        "Great!!!!!!",
        "Great??",
        "Is this really the best the party can do???",
        "Bad????",
        "Bad?",
        "Sad?! Really?!",
        "neutral words !!!",
    ],
    "boosters": [
        "extremely happy",
        "EXTREMELY happy",
        "very very good",
        "incredibly bad",
        "a very b good",
        "very a b bad",
        "hardly a hero",
        "slightly BAD news",
        "most more less good",
    ],
    "contractions": [
        "I don't like it",
        "It's not that the proposal is wrong; it's too late.",
        "n't good",
    ],
    "long text": [" ".join(["The good, the bad, but never so ugly!"] * 40)],
}
CASES = [(rule, text) for rule, texts in EDGE_CASES.items() for text in texts]


@pytest.mark.parametrize(("rule", "text"), CASES, ids=[f"{r}:{t[:30]}" for r, t in CASES])
def test_each_rule_matches_the_reference(rule, text, reference, ours):
    assert ours.polarity_scores(text) == reference.polarity_scores(text), rule


def test_the_but_rule_keeps_the_reference_lookup_by_value(reference, ours):
    # vaderSentiment finds each score by value in the list it changes: "hate but hate
    # hate" halves the first score twice and leaves the last one unchanged.
    text = "hate but hate hate"
    assert ours.polarity_scores(text) == reference.polarity_scores(text)
    assert ours.polarity_scores(text) != ours.polarity_scores("hate but hate hated")


def test_every_sentence_of_the_sample_matches_the_reference(sample, reference):
    scorer = VaderScorer()
    parsed = nr.parse(sample)
    pieces = [a.text[s:e] for a in parsed if a is not None for s, e in a.sentences]
    assert len(pieces) > 500
    got = scorer.polarity_scores_many(pieces)
    differ = [p for p, g in zip(pieces, got, strict=True) if g != reference.polarity_scores(p)]
    assert differ == []
    # and each whole article in one piece (long texts, many "but"s)
    texts = [t for t in sample["text"] if isinstance(t, str)]
    assert all(scorer.polarity_scores(t) == reference.polarity_scores(t) for t in texts)


def _fuzzed(n: int, seed: int, reference) -> list[str]:
    """Random word soups built from the words the rules react to and lexicon words."""
    from vaderSentiment.vaderSentiment import BOOSTER_DICT, NEGATE, SPECIAL_CASES

    rng = random.Random(seed)
    words = [
        *"but no not never so this without doubt least at very kind of or nor the".split(),
        *"BUT No NO isn't DIDN'T kinda :) :( !! ? ?? ! ' GOOD! bad. I A x — 😀 a😁 © ...".split(),
        *BOOSTER_DICT,
        *NEGATE,
        *SPECIAL_CASES,
    ]
    lexicon = sorted(reference.lexicon)
    texts = []
    for _ in range(n):
        toks = [
            rng.choice(words) if rng.random() < 0.7 else rng.choice(lexicon)
            for _ in range(rng.randint(0, 14))
        ]
        toks = [t.upper() if rng.random() < 0.1 else t for t in toks]
        texts.append(rng.choice([" ", "  ", "\t", "\n"]).join(toks))
    return texts


def test_fuzzed_word_soups_match_the_reference(reference, ours):
    texts = _fuzzed(4000, seed=3, reference=reference)
    assert ours.polarity_scores_many(texts) == [reference.polarity_scores(t) for t in texts]


def test_batch_single_and_scorer_agree_and_the_token_cache_is_shared(ours):
    texts = ["Great news!", "", "Not bad at all", "Great news!"]
    many = ours.polarity_scores_many(texts)
    assert many == [ours.polarity_scores(t) for t in texts]
    assert VaderScorer().polarity_scores_many(texts) == many
    assert [VaderScorer(memo=True).scores(t) for t in texts] == [tuple(d.values()) for d in many]
    assert ExactVader()._tokens is ours._tokens  # prepared tokens serve every scorer
    ours.clear_cache()
    assert ours.polarity_scores_many(texts) == many


def test_a_custom_lexicon_gets_its_own_tables():
    custom = ExactVader(lexicon={"splendid": 3.0})
    assert custom.polarity_scores("good")["compound"] == 0.0
    assert custom.polarity_scores("splendid")["compound"] > 0
    assert custom._tokens is not ExactVader()._tokens
    assert _vader().lexicon["good"] == 1.9  # the reference's lexicon is not changed
