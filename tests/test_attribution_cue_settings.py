"""PARC cue extents: the setting after a reporting verb (a place, a year, the topic after
"of") and a leading "then" stay out of the cue; the medium (``in a statement``, ``on
Twitter``) stays in."""

from __future__ import annotations

import pytest
from attribution_helpers import parc_spans


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("“It will lift these families out of the shadows,” he said in Las Vegas.", "said"),
        (
            "“The results were deeply disappointing,” she told reporters in Britain.",
            "told reporters",
        ),
        ("“We believe in Halden exceptionalism,” he said in 2009.", "said"),
        ("“This is the right thing to do,” Ana Brooks said in a statement.", "said in a statement"),
        ("“We will not back down,” Mayor Tom Reyes wrote on Twitter.", "wrote on Twitter"),
        ("“Ready to win,” Dana Voss said Sunday in Terre Haute, Indiana.", "said"),
    ],
)
def test_a_place_or_year_after_the_verb_is_no_cue(text: str, cue: str) -> None:
    assert cue in [row[1] for row in parc_spans(text)]


def test_the_topic_after_of_is_no_cue() -> None:
    text = "Governor Tom Reyes said of the inspector, “Everybody wanted him gone.”"
    cues = [row[1] for row in parc_spans(text)]
    assert "said" in cues and "said of the inspector" not in cues


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("“Thank you for your service,” Senator Tom Reyes then wrote.", "wrote"),
        ("Dana Voss praised the ruling and then tweeted that the fight was over.", "tweeted"),
        ("Dana Voss has then also said that the fight was over.", "has then also said"),
    ],
)
def test_a_leading_then_stays_out_of_the_cue(text: str, cue: str) -> None:
    assert cue in [row[1] for row in parc_spans(text)]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("But Governor Tom Reyes now says he believes in the plan.", "now says"),
        (
            "Critics of Mayor Ana Brooks have long suspected that the audit was a pretext.",
            "have long suspected",
        ),
    ],
)
def test_now_and_long_before_the_verb_join_the_cue(text: str, cue: str) -> None:
    assert cue in [row[1] for row in parc_spans(text)]
