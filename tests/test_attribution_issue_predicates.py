"""What a content says about an issue phrase it names (newsresearch.attribution.issue_predicates)
and the stance triples it signs."""

from __future__ import annotations

import pandas as pd
import pytest

from newsresearch.attribution import stance_triples
from newsresearch.attribution.issue_predicates import issue_predicate


def span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def triples(text: str) -> list[tuple]:
    found = stance_triples(pd.Series([text], index=["d"]))
    return [tuple(r) for r in found[["kind", "speaker", "target", "sentiment"]].to_numpy()]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Voss said the ferry plan was a disaster for the islands.", "negative"),
        ("Voss said the ferry plan would bankrupt the county.", "negative"),
        ("Voss said the ferry plan is a “lifeline” for the islands.", "positive"),
        ("Voss said the ferry plan is not in good faith.", "negative"),
        ("Voss said the ferry plan hurts every family on the coast.", "negative"),
        # a predicate with no tone, or none at all
        ("Voss said the ferry plan would come to a vote on Friday.", ""),
        ("Voss said the ferry plan.", ""),
    ],
)
def test_the_phrase_signed_by_its_own_predicate(text, expected):
    a, b = span(text, "the ferry plan")
    assert issue_predicate(text, a, b, (a, len(text))) == expected


def test_a_quotation_mark_may_open_the_predicate():
    text = 'Voss complained that the ferry plan "is making our lives harder."'
    a, b = span(text, "the ferry plan")
    assert issue_predicate(text, a, b, (a, len(text))) == "negative"


def test_only_the_predicate_counts_not_the_content_tone():
    # the phrase is the object of a verb with no stance: the disaster is the storm's
    text = "Voss said she discussed the ferry plan after the disastrous storm."
    a, b = span(text, "the ferry plan")
    assert issue_predicate(text, a, b, (10, len(text))) == ""


def test_a_denied_or_doubted_content_and_another_speakers_clause_sign_nothing():
    text = "Voss denied that the ferry plan was a disaster."
    a, b = span(text, "the ferry plan")
    assert issue_predicate(text, a, b, (a, len(text)), span(text, "denied")) == ""
    text = "Voss is skeptical that the ferry plan would create good jobs."
    a, b = span(text, "the ferry plan")
    assert issue_predicate(text, a, b, (a, len(text))) == ""
    # in Voss's quote, Keller's words about the plan are Keller's stance
    text = '"Keller said the ferry plan was a disaster," Voss recalled.'
    a, b = span(text, "the ferry plan")
    assert issue_predicate(text, a, b, (1, text.index(","))) == ""


def test_an_apposition_after_a_dash():
    text = "Relying on the Dunmore memo—a fraudulent document—was a mistake, Voss said."
    a, b = span(text, "the Dunmore memo")
    assert issue_predicate(text, a, b, (0, text.index(", Voss"))) == "negative"


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (
            "Voss voiced guarded support for the ferry plan.",
            "voiced guarded support for",
            "positive",
        ),
        ("Voss expressed optimism about the ferry plan.", "expressed optimism about", "positive"),
        ("Voss wants the ferry plan.", "wants", "positive"),
        ("Voss voiced worry about the ferry plan.", "voiced worry about", "negative"),
        ("Voss did not voice support for the ferry plan.", "voice support for", "negative"),
        # a cue with no tone signs nothing
        ("Voss spoke about the ferry plan.", "spoke about", ""),
    ],
)
def test_a_content_that_is_the_cues_object_takes_the_cues_words(text, cue, expected):
    a, b = span(text, "the ferry plan")
    assert issue_predicate(text, a, b, (a, b), span(text, cue)) == expected


def test_no_content_piece_reads_nothing():
    text = "Voss said the ferry plan was a disaster."
    a, b = span(text, "the ferry plan")
    assert issue_predicate(text, a, b, None) == ""


def test_stance_triples_sign_an_issue_phrase_named_in_a_content():
    assert triples("Mayor Ines Quill said the ferry subsidy program was a disaster.") == [
        ("quote", "Ines Quill", "ferry subsidy program", "negative")
    ]
    assert triples(
        '"The ferry subsidy program is a lifeline for our islands," said Ines Quill.'
    ) == [("quote", "Ines Quill", "ferry subsidy program", "positive")]
    assert triples("Mayor Ines Quill voiced guarded support for the ferry subsidy program.") == [
        ("quote", "Ines Quill", "ferry subsidy program", "positive")
    ]


def test_stance_triples_still_leave_out_an_issue_phrase_only_named():
    assert triples("Mayor Ines Quill said the ferry subsidy program would come to a vote.") == []
    assert triples("Mayor Ines Quill denied that the ferry subsidy program was a failure.") == []
