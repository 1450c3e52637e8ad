"""A cue after ", but" / ", and" sharing the sentence's subject (shared_subjects)."""

from __future__ import annotations

import pytest
from attribution_helpers import parc_rows

from newsresearch.attribution.shared_subjects import shared_subject


@pytest.mark.parametrize(
    ("text", "source", "cue", "content"),
    [
        (
            "District Attorney Ana Tolvik declined to elaborate, but said investigators "
            '"have now started to find the answers" behind the ambush.',
            "District Attorney Ana Tolvik",
            "said",
            'investigators "have now started to find the answers" behind the ambush.',
        ),
        (
            "He also declined to discuss the suspect's motive, but said police have no reason "
            "to believe he received help.",
            "He",
            "said",
            "police have no reason to believe he received help.",
        ),
        (
            "He repeated there was no deal, but said he would keep asking other countries "
            "for help.",
            "He",
            "said",
            "he would keep asking other countries for help.",
        ),
    ],
)
def test_cue_after_comma_conjunction_takes_the_sentence_subject(text, source, cue, content):
    assert (source, cue, [content]) in parc_rows(text)


@pytest.mark.parametrize(
    "text",
    [
        # a subject inside a clause of its own: no single first predicate
        "The board, which met Monday, and said",
        # a quote or a colon inside the first predicate
        'Voss called it "unfair," but said',
        # no verb right after the opening name
        "Voss and Roe, but said",
    ],
)
def test_no_shared_subject_across_another_clause(text):
    assert shared_subject(text, 0, text.rindex("said")) is None


def test_time_opener_is_skipped_before_the_subject():
    text = "Later, Mayor Ivo Brandt defended the budget, but said cuts would come."
    span = shared_subject(text, 0, text.index("said"))
    assert span is not None and text[span[0] : span[1]] == "Mayor Ivo Brandt"
