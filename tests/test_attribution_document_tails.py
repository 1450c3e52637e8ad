"""A PARC cue keeps the medium it names ("said in a statement") but not a participle or
relative clause that describes that medium ("following the announcement", "released")."""

from __future__ import annotations

import pytest
from attribution_helpers import parc_spans

from newsresearch.attribution.cue_tails import cut_tail


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # a participle after the statement (campaign news)
        (
            '"We are thrilled that voters will see her on the debate stage," campaign manager '
            "Lena Harrow said in a statement following the announcement.",
            "said in a statement",
        ),
        # a past participle and a time: "the statement released Friday morning"
        (
            '"Judge Amar and his family are the American Dream," Delia Voss said in the '
            "statement released Friday morning.",
            "said in the statement",
        ),
        # a time, then a participle: "early Wednesday announcing ..."
        (
            '"I am committed to winning this election," the nominee said in a statement early '
            "Wednesday announcing the latest staffing changes.",
            "said in a statement",
        ),
    ],
)
def test_description_of_the_medium_is_no_part_of_the_cue(text, cue):
    quote = parc_spans(text)[0]  # the quote's attribution (its speaker's cue)
    assert quote[1] == cue
    assert quote[2].startswith('"') and quote[2].endswith(',"')


@pytest.mark.parametrize(
    ("piece", "kept"),
    [
        # the addressee or outlet of the medium stays in the cue
        (" in a statement to The Hill", " in a statement to The Hill"),
        (" in an interview with Fox Business", " in an interview with Fox Business"),
        (" in an email to reporters", " in an email to reporters"),
        # a relative clause after a time goes
        (" at a hearing Thursday where the inspector testified", " at a hearing"),
    ],
)
def test_cut_tail_keeps_the_addressee_and_drops_the_description(piece, kept):
    assert cut_tail(piece) == kept


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a news release between the verb and a bare clause (state election news)
        (
            "Secretary of State Alma Brenner said in a news release the caucus would "
            "“disenfranchise thousands of voters.”",
            [
                "Secretary of State Alma Brenner",
                "said in a news release",
                "the caucus would “disenfranchise thousands of voters.”",
            ],
        ),
        # a press conference before "that"
        (
            "Commissioner Ray Tolland said in a press conference that the suspect gave up.",
            ["Commissioner Ray Tolland", "said in a press conference", "that the suspect gave up."],
        ),
    ],
)
def test_medium_before_the_content_is_part_of_the_cue(text, expected):
    assert parc_spans(text) == [expected]
