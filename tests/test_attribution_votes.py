"""A vote is a position taken by an act: "voted for", "voted against", "voted to ..."."""

from __future__ import annotations

import pandas as pd
import pytest
from attribution_helpers import parc_rows

from newsresearch import attributions


@pytest.mark.parametrize(
    ("text", "source", "cue", "content"),
    [
        (
            "The full House voted to authorize impeachment inquiries for two former presidents.",
            "The full House",
            "voted",
            "to authorize impeachment inquiries for two former presidents.",
        ),
        (
            "The shootings came one day after Vermont lawmakers voted to allow trained gun owners "
            "to carry concealed weapons.",
            "Vermont lawmakers",
            "voted",
            "to allow trained gun owners to carry concealed weapons.",
        ),
        (
            "Dalton County, the affluent swing district, voted for Hale twice, and then Orsen "
            "twice.",
            "Dalton County, the affluent swing district",
            "voted for",
            "Hale twice, and then Orsen twice.",
        ),
        (
            "While many ads offered jobs at the veterans agency, which the House has voted to "
            "exempt from the shutdown, other agencies posted ads too.",
            "the House",
            "has voted",
            "to exempt from the shutdown",
        ),
    ],
)
def test_vote_is_an_act_attribution(text, source, cue, content):
    assert (source, cue, [content]) in parc_rows(text)


def test_vote_type_is_act():
    table = attributions(
        pd.Series(["Senator Ana Kell voted against the budget measure on Thursday."])
    )
    assert table["type"].tolist() == ["act"]


@pytest.mark.parametrize(
    "text",
    [
        # a stranded preposition: no object, no content
        "Repeal, like the bill that every senator voted for in 2015, should not divide them.",
        # no "for", "against" or "to": no position on anything
        "Many residents who have consistently voted Democratic are wavering.",
    ],
)
def test_vote_without_a_position_is_none(text):
    assert not [row for row in parc_rows(text) if row[1] and "vot" in row[1]]
