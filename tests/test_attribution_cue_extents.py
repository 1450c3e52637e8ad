"""PARC cue extents on real-news patterns: verbs that report after a quote, and the
addressee a telling verb takes (program names, quoted show titles)."""

from __future__ import annotations

import pytest
from attribution_helpers import parc_rows, parc_spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"The statute does not reach this conduct," the judge, a recent appointee, ruled.',
            [
                '"The statute does not reach this conduct,"',
                "the judge, a recent appointee",
                "ruled",
            ],
        ),
        (
            '"I have run out of words," offered longtime correspondent Dara Mell.',
            ['"I have run out of words,"', "longtime correspondent Dara Mell", "offered"],
        ),
        (
            '"Why did nobody stop it?" she probed.',
            ['"Why did nobody stop it?"', "she", "probed"],
        ),
    ],
)
def test_verbs_that_report_after_a_quote(text: str, expected: list[str]) -> None:
    got = [[row[2], row[0], row[1]] for row in parc_spans(text)]
    assert expected in got


@pytest.mark.parametrize(
    "text",
    [
        "The appeals court upheld a lower court ruling that halted the ban.",
        "The senator refused to leave the probe that he had joined.",
        "The firm offered a discount to its older customers.",
    ],
)
def test_their_nouns_are_no_cues(text: str) -> None:
    cues = [row[1] for row in parc_spans(text)]
    assert not {"ruling", "probe", "offered"} & set(cues)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # a program or outlet whose name ends in a time word is no date
        (
            '"We will see the report," Senator Ada Brill told Fox News Sunday.',
            "told Fox News Sunday",
        ),
        ('"Nobody has shown one," Brill said to ABC This Week.', "said to ABC This Week"),
        (
            '"She needs to come back," he said during an interview with USA Today.',
            "said during an interview with USA Today",
        ),
        # a date is still left out
        ('"We will see the report," Brill told Fox News on Sunday.', "told Fox News"),
        ('"We will see the report," Brill told reporters Sunday.', "told reporters"),
        # the quoted show title a telling verb takes, with the mark inside its closing quote
        (
            '"The blame rests here," Pell told CBS’ “Face the Nation.” “They tried to blame us.”',
            "told CBS’ “Face the Nation.”",
        ),
        (
            '"We asked him why," Brill told "Weekend Report" host Lee Marr. "He had no answer."',
            'told "Weekend Report" host Lee Marr',
        ),
    ],
)
def test_the_addressee_after_a_quote_keeps_its_whole_name(text: str, cue: str) -> None:
    assert cue in [row[1] for row in parc_spans(text)]


def test_a_quote_after_a_telling_verb_is_no_title() -> None:
    text = '"It is over," Pell told reporters. "We Lost The Vote," he added.'
    assert "told reporters" in [row[1] for row in parc_spans(text)]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "The man who filmed the arrest said this:\n\n“I remember the officers had control.”",
            "said this:",
        ),
        (
            'Ferro Tools said the following:\n\n"Simply put, this bill is a giveaway."',
            "said the following:",
        ),
    ],
)
def test_a_colon_that_ends_the_paragraph_before_the_quote_joins_the_cue(
    text: str, cue: str
) -> None:
    assert cue in [row[1] for row in parc_spans(text)]


def test_cannot_and_long_join_the_cue():
    from attribution_helpers import parc_rows

    text = "Second, I cannot support the proposed offer as reported."
    assert parc_rows(text)[0][:2] == ("I", "cannot support")
    text = "Valdoria has long backed rebels fighting the regime in the civil war."
    assert parc_rows(text)[0][:2] == ("Valdoria", "has long backed")


def test_a_capitalised_auxiliary_after_a_title_is_a_name_not_part_of_the_cue():
    assert parc_rows("Ms. May told reporters on Friday that the vote would go ahead.") == [
        ("Ms. May", "told reporters", ["that the vote would go ahead."])
    ]
    assert parc_rows("Coach Will said the team would rest on Monday.") == [
        ("Coach Will", "said", ["the team would rest on Monday."])
    ]
    assert parc_rows("The minister may say that the vote is off.") == [
        ("The minister", "may say", ["that the vote is off."])
    ]
