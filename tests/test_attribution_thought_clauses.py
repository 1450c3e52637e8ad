"""Bare clauses after a thought verb with an indefinite or quantified subject."""

from __future__ import annotations

import pytest
from attribution_helpers import parc_spans

from newsresearch.attribution.thought_clauses import thought_clause_follows


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
