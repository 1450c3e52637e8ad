"""PARC cue extents: the act a participle cue reports through ("issued a statement saying",
"responded by saying") is part of the cue, not of the source; so is the "it" of "it seems"
before a clause."""

from __future__ import annotations

import pytest
from attribution_helpers import parc_spans


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        (
            "Within minutes of each other, the pair issued statements late Sunday saying they "
            "will divide their efforts in the coming contests.",
            "the pair",
            "issued statements late Sunday saying",
        ),
        (
            "After the sanctions, Dana Voss issued a statement calling for the country to move "
            "on to bigger things.",
            "Dana Voss",
            "issued a statement calling for",
        ),
        (
            "Attorney General Tom Reyes responded to the release by saying he will forward all "
            "information to the inspector.",
            "Attorney General Tom Reyes",
            "responded to the release by saying",
        ),
    ],
)
def test_the_act_before_a_participle_joins_the_cue(text: str, source: str, cue: str) -> None:
    assert [source, cue] in [row[:2] for row in parc_spans(text)]


def test_a_participle_without_an_act_keeps_its_cue() -> None:
    text = "Mayor Ana Brooks defended the plan, saying it would cut costs."
    assert ["Mayor Ana Brooks", "saying"] in [row[:2] for row in parc_spans(text)]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Where I have doubts is on the timing. It seems she is plotting her next step "
            "while the party needs her.",
            "It seems",
            "she is plotting her next step while the party needs her.",
        ),
        (
            "While the speaker's view has not changed, it seems they support the visit.",
            "it seems",
            "they support the visit.",
        ),
    ],
)
def test_it_seems_with_a_clause_takes_the_it(text: str, cue: str, content: str) -> None:
    assert ["", cue, content] in parc_spans(text)


def test_it_seems_with_an_adjective_keeps_the_verb() -> None:
    text = "It seemed pretty spontaneous to the aides of Governor Dana Voss."
    assert "It seems" not in [row[1] for row in parc_spans(text)]
