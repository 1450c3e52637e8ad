"""A reporting -ing adjunct after a comma leads into a direct quote: its source is the
subject of the clause before it ('..., saying: "..."', '..., adding: "..."')."""

from __future__ import annotations

import pytest
from attribution_helpers import parc_spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a comma after "saying" (White House memoir news)
        (
            "She refused to answer how she recorded the meeting, saying, "
            "“I’ll leave that to your imagination.”",
            ["She", "saying", "“I’ll leave that to your imagination.”"],
        ),
        # a colon after "saying" (inspector-general hearing)
        (
            'Horvath repeated that claim Thursday, saying: "If you were focused you would see '
            'many red flags."',
            [
                "Horvath",
                "saying:",
                '"If you were focused you would see many red flags."',
            ],
        ),
    ],
)
def test_ing_cue_after_a_comma_leads_the_quote(text, expected):
    assert parc_spans(text) == [expected]


def test_adding_takes_the_subject_of_the_clause_before():
    text = (
        "Marden also questioned claims by the party that its servers had been hacked, "
        'adding: "How and why are they so sure about hacking?"'
    )
    quote = [row for row in parc_spans(text) if row[2].startswith('"')]
    assert quote == [["Marden", "adding:", '"How and why are they so sure about hacking?"']]


def test_a_fronted_participle_is_no_source():
    # "Responding to ..." opens the sentence: no source; the clause after ";" gives "he"
    text = (
        "Responding to the reports, Kessel didn't deny the meetings took place; instead, he "
        "insisted on a distinction between his roles, saying in a brief statement, "
        '"I never met with any officials to discuss the campaign."'
    )
    sources = [row[0] for row in parc_spans(text) if row[1].startswith("saying")]
    assert "Responding" not in sources
