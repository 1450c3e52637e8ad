"""Bare clauses with a noun subject and a present verb after a cue (issue 15; names invented)."""

from __future__ import annotations

import pytest
from attribution_helpers import parc_rows, parc_spans

from newsresearch.attribution.finite_clauses import finite_clause_follows, thought_clause_follows


def test_outlet_reports_a_clause_with_a_noun_subject():
    text = "But, Ledger Daily reports big insurer, Cobalt Health, puts its stamp on the new bill."
    assert parc_rows(text)[0] == (
        "Ledger Daily",
        "reports",
        ["big insurer, Cobalt Health, puts its stamp on the new bill."],
    )
    text = "The Harbor Wire reports one of Mr Tolan's former aides accuses him of lying."
    assert parc_rows(text)[0][:2] == ("The Harbor Wire", "reports")
    assert parc_rows(text)[0][2] == ["one of Mr Tolan's former aides accuses him of lying."]


def test_bare_plural_subject_after_a_thought_verb():
    text = "Most reasonable people think stalemates end when negotiations lead to deals."
    assert parc_rows(text) == [
        (
            "Most reasonable people",
            "think",
            ["stalemates end when negotiations lead to deals."],
        )
    ]


def test_a_noun_after_an_owner_or_a_preposition_is_no_clause():
    # "her interactions to her boss" is an object, not a clause
    assert not finite_clause_follows("her interactions to her boss", "report", 0)
    assert not finite_clause_follows("strong sales in its stores", "report", 0)
    assert not finite_clause_follows("on the talks with its allies", "report", 0)
    assert parc_rows("Mara Quist reported her findings to the board.") == []
    # only the listed cues read a noun subject
    assert not finite_clause_follows("the agency plans to cut jobs", "hear", 0)


# Thought verbs with an indefinite or quantified subject ("think a deal could ...").


@pytest.mark.parametrize(
    ("text", "source", "cue", "content"),
    [
        (
            "Voters in Marlow County believe a self-described socialist stands no chance "
            "in November.",
            "Voters in Marlow County",
            "believe",
            "a self-described socialist stands no chance in November.",
        ),
        (
            '"I don\'t think a retired banker could get any lower," Tessa Voll said.',
            "I",
            "don't think",
            "a retired banker could get any lower",
        ),
        (
            'Voll said: "I think shareholders really care about the customers."',
            "I",
            "think",
            "shareholders really care about the customers.",
        ),
    ],
)
def test_a_thought_with_an_indefinite_subject(
    text: str, source: str, cue: str, content: str
) -> None:
    assert [source, cue, content] in parc_spans(text)


@pytest.mark.parametrize(
    ("words", "lemma"),
    [
        ("a lot about what we could do", "think"),  # an object with its own clause
        ("a loss in the third quarter", "believe"),  # no verb
        ("a retired banker could get any lower", "report"),  # a speech verb: not here
        ("any of that at the time", "know"),
    ],
)
def test_no_clause_without_a_finite_verb_after_the_subject(words: str, lemma: str) -> None:
    assert not thought_clause_follows(words, lemma, 0)


def test_an_object_of_think_is_no_attribution() -> None:
    rows = parc_spans('"I think a lot about what we could do," Voll said.')
    assert [row[1] for row in rows] == ["said"]
