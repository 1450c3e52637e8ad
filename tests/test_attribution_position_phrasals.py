"""Positions taken with a preposition: "pushed for", "ruled against", "lobbied for"."""

from __future__ import annotations

import pytest
from attribution_helpers import parc_spans

from newsresearch.attribution.cues import cue_at
from newsresearch.attribution.position_phrasals import seeks_office


@pytest.mark.parametrize(
    ("text", "source", "cue", "content"),
    [
        (
            "Judge Ana Kiel ruled against the administration on Friday.",
            "Judge Ana Kiel",
            "ruled against",
            "the administration",
        ),
        (
            "Speaker Lou Brandt is pushing for a 20 percent tariff on imported steel.",
            "Speaker Lou Brandt",
            "is pushing for",
            "a 20 percent tariff on imported steel.",
        ),
        (
            "The Harlow Tenants Union lobbied for a rent freeze.",
            "The Harlow Tenants Union",
            "lobbied for",
            "a rent freeze.",
        ),
        (
            "Councilwoman Ida Pry has been campaigning for Republican candidates.",
            "Councilwoman Ida Pry",
            "has been campaigning for",
            "Republican candidates.",
        ),
    ],
)
def test_a_position_taken_with_a_preposition(
    text: str, source: str, cue: str, content: str
) -> None:
    assert [source, cue, content] in parc_spans(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ida Pry campaigned for president in 2016.",  # a race, no position
        "Ida Pry campaigned for a second term.",
        "Ida Pry campaigned in Iowa all week.",  # no preposition: no cue
        "The press gathered outside.",
        "The advocates said the bill falls short.",  # a noun, not a cue
    ],
)
def test_no_position_without_its_preposition(text: str) -> None:
    cues = [row[1] for row in parc_spans(text)]
    assert not any(c.startswith(("campaign", "press", "advocat")) for c in cues)


def test_the_advocates_stay_the_source_of_said() -> None:
    text = "Still, the advocates said that is far short of what they had hoped."
    assert ["the advocates", "said", "that is far short of what they had hoped."] in parc_spans(
        text
    )


def test_cue_at_reads_the_preposition() -> None:
    t = "Mira Holt pushed for a recount."
    assert cue_at(t, t.index("pushed")).lemma == "push for"
    assert cue_at("They rallied outside.", 5) is None
    assert seeks_office(" re-election", 0) and not seeks_office(" gun control", 0)
