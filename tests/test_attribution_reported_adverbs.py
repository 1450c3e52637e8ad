"""'reportedly' as the cue of a claim with no source (reported_adverbs; names invented)."""

from __future__ import annotations

import pytest
from attribution_helpers import parc_rows


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Former chief executive and presidential hopeful Carla Voss is reportedly eyeing "
            "a new political run – this time to replace Tom Hale as chair of the party – "
            "although some fear her refusal to back the nominee may hurt her chances.",
            [
                "Former chief executive and presidential hopeful Carla Voss is",
                "eyeing a new political run – this time to replace Tom Hale as chair of the party",
            ],
        ),
        (
            "The president had reportedly been reluctant to hire Ivo Brandt because of his "
            "mustache, and Brandt served under two other presidents.",
            ["The president had", "been reluctant to hire Ivo Brandt because of his mustache"],
        ),
        (
            "Now, a summit is reportedly being eyed for mid-July, when the president travels "
            "to Europe.",
            [
                "Now, a summit is",
                "being eyed for mid-July, when the president travels to Europe.",
            ],
        ),
    ],
)
def test_reportedly_marks_a_claim_with_no_source(text, content):
    assert (None, "reportedly", content) in parc_rows(text)


def test_a_reporting_verb_after_reportedly_keeps_its_own_attribution():
    text = "Ana Kell reportedly told the officer's father that the film was to blame."
    rows = parc_rows(text)
    assert [row[1] for row in rows] == ["reportedly told the officer's father"]


def test_reportedly_inside_another_clause_is_left_alone():
    text = "The final straw came after Ivo Brandt was reportedly among those who objected."
    assert not [row for row in parc_rows(text) if row[1] == "reportedly"]
