"""PARC spans of "urge": the person urged opens the content; the cue is the verb."""

from __future__ import annotations

import pytest
from attribution_helpers import parc_spans


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "In his address, Governor Tom Reyes urged Congress to follow suit for all "
            "low-wage workers.",
            "urged",
            "Congress to follow suit for all low-wage workers.",
        ),
        (
            "Some have urged the party to reconsider its rules to allow Dana Voss to take part.",
            "have urged",
            "the party to reconsider its rules to allow Dana Voss to take part.",
        ),
    ],
)
def test_the_object_of_urge_opens_the_content(text: str, cue: str, content: str) -> None:
    assert [cue, content] in [row[1:3] for row in parc_spans(text)]


def test_a_telling_verb_keeps_its_addressee() -> None:
    text = "“We will win,” Mayor Ana Brooks told reporters."
    assert "told reporters" in [row[1] for row in parc_spans(text)]
