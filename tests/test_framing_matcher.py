"""Matching rules: wildcards, phrases, weights, negation, quoted hits."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from framing_helpers import lexicon, one

from newsresearch import framing
from newsresearch.framing import frames

LEXICONS = Path(__file__).parent / "fixtures" / "lexicons"


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
