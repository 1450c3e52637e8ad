"""A bare noun phrase and an infinitive as the content of a position ("want things to ...")."""

from __future__ import annotations

import pytest
from attribution_helpers import parc_rows


@pytest.mark.parametrize(
    ("text", "source", "cue", "content"),
    [
        (
            "We want things to get back to normal.",
            "We",
            "want",
            "things to get back to normal.",
        ),
        (
            "The president wants people to disagree with him and debate in front of him.",
            "The president",
            "wants",
            "people to disagree with him and debate in front of him.",
        ),
        (
            "Mayor Ivo Brandt wants immigration reform to reflect stronger border security.",
            "Mayor Ivo Brandt",
            "wants",
            "immigration reform to reflect stronger border security.",
        ),
    ],
)
def test_bare_object_with_infinitive_is_the_content(text, source, cue, content):
    assert (source, cue, [content]) in parc_rows(text)


def test_a_preposition_to_is_no_infinitive():
    assert parc_rows("She demanded answers to the questions.") == []
