"""Criticism and pleas as cues: "faulted", "railed against", "implored" (names invented)."""

from __future__ import annotations

import pytest
from attribution_helpers import parc_rows


@pytest.mark.parametrize(
    ("text", "source", "cue", "content"),
    [
        (
            "The inspector's report faulted a range of agencies and accused officials of a "
            "disregard for public safety.",
            "The inspector's report",
            "faulted",
            "a range of agencies",
        ),
        (
            "The running mate railed against Ana Kell on Saturday.",
            "The running mate",
            "railed against",
            "Ana Kell",
        ),
        (
            "A moment at the debate, in which Tom Orsen implored the governor to watch the "
            "videos, resonated with voters.",
            "Tom Orsen",
            "implored",
            "the governor to watch the videos",
        ),
    ],
)
def test_criticism_and_plea_cues(text, source, cue, content):
    assert (source, cue, [content]) in parc_rows(text)


@pytest.mark.parametrize(
    "text",
    [
        "The driver was at fault for the crash on the coast road.",
        "Workers replaced the rails along the old line last week.",
    ],
)
def test_nouns_of_the_same_words_are_no_cues(text):
    assert parc_rows(text) == []
