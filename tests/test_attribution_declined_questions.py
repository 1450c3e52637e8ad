"""A refused answer to a question is a speech attribution (declined_questions)."""

from __future__ import annotations

import pytest
from attribution_helpers import parc_rows


@pytest.mark.parametrize(
    ("text", "source", "cue", "content"),
    [
        (
            "The errors were made by staff in Dayton, Mara Lind said, but she declined to say "
            "if anyone has been disciplined.",
            "she",
            "declined to say",
            "if anyone has been disciplined.",
        ),
        (
            '"The minister was referring to all our partners. He explicitly declined to say '
            'which countries are involved in that effort," the official said.',
            "He",
            "explicitly declined to say",
            "which countries are involved in that effort",
        ),
        (
            "A spokesman for the agency refused to specify whether the audit had been finished.",
            "A spokesman for the agency",
            "refused to specify",
            "whether the audit had been finished.",
        ),
    ],
)
def test_refused_answer_is_an_attribution(text, source, cue, content):
    assert (source, cue, [content]) in parc_rows(text)


@pytest.mark.parametrize(
    "text",
    [
        "Councillor Ivo Brandt declined to comment.",
        "Councillor Ivo Brandt declined to say how to fix it.",
        "Councillor Ivo Brandt declined to discuss the budget.",
    ],
)
def test_refusal_without_a_question_is_none(text):
    assert not [row for row in parc_rows(text) if row[1] and "declined" in row[1]]
