"""A longer setting between a reporting verb and its "that" (where, how often, to whom)."""

from __future__ import annotations

import pytest
from attribution_helpers import parc_spans

from newsresearch.attribution.setting_that import setting_before_that


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Senator Ida Marsh said several times that the campaign was doing well.",
            "said several times",
            "that the campaign was doing well.",
        ),
        (
            "Ines Varga had said in appeals to Chief Justice Tom Berg and Justice Ana Ruiz "
            "that the rule would ruin small charities.",
            "had said",
            "that the rule would ruin small charities.",
        ),
        (
            'Ambassador Lea Moro said on "Morning Hour" that the talks had stalled.',
            "said",
            "that the talks had stalled.",
        ),
    ],
)
def test_the_content_starts_at_that(text: str, cue: str, content: str) -> None:
    rows = parc_spans(text)
    assert content in [row[2] for row in rows]
    assert any(row[1].startswith(cue) for row in rows)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # a relative "that" after a place
        ("Voss said in the town that was flooded nobody came.", "in the town"),
        # a noun's own "that"
        ("Voss spoke on the condition that she not be named.", "on the condition"),
        ("I believe in it, in the same way that they believe in theirs.", "in the same"),
        # a new clause with its own subject before "that"
        ("I believe in freedom, just as I suspect that the Dutch do.", "in freedom"),
        # another speaker's verb in between
        ("Voss spoke in Dover. A source told Ruiz that the plan failed.", "in Dover"),
    ],
)
def test_no_setting_across_another_clause(text: str, start: str) -> None:
    assert setting_before_that(text, text.index(start), len(text)) is None
