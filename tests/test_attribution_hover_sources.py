"""Sources in a news page's hover cards (The Hill): the name shown before the card."""

from __future__ import annotations

import pytest

from newsresearch.attribution.conventions import convert
from newsresearch.text import Article


def _rows(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [
        (
            text[slice(*a.source)] if a.source else None,
            text[slice(*a.cue)] if a.cue else None,
            a.speaker,
        )
        for a in Article(text).attributions
    ]


def test_source_after_the_hover_text_is_the_name_before_it():
    text = (
        "Sen. Carl Benning Carlton (Carl) Ray BenningGOP senator blasts bills on zones "
        "Halden basks in the spotlight MORE (R-S.C.), the only Republican on the panel, says "
        "reparations are not the answer."
    )
    assert _rows(text) == [("Sen. Carl Benning", "says", "Carl Benning")]


def test_source_running_into_the_hover_card_name_stops_at_the_shown_name():
    text = (
        '"There is a risk here," said Sen. Walt Halvorsen Walter (Walt) James '
        "HalvorsenSenate passes spending bill | House votes on trade MORE (R-Utah), a member "
        "of the Foreign Relations Committee."
    )
    att = convert(Article(text), "parc")[0]
    assert text[slice(*att.source)] == "Sen. Walt Halvorsen"
    assert att.speaker == "Walt Halvorsen"


# The speaker follows from the source put back on the shown name (hover_cards.shown_name).
# real-news layouts (The Hill's hover cards glued to a name), invented names and headlines
CASES = [
    (
        "Sen. Ana Brooks Ana Maria BrooksOn The Money: Senate passes stopgap bill | Tom Reyes "
        "basks in the budget spotlight MORE (D-Ohio), the only Democrat on the panel, says "
        'the deal is "dead."',
        "Ana Brooks",
    ),
    (
        "The deal is dead.\n\nSen. Ana Brooks Ana Maria BrooksReyes says deal is dead | Halden "
        "Post reports on the budget testimony MORE (D-Ohio) said the deal was dead.",
        "Ana Brooks",
    ),
    (
        "President Tom Reyes Thomas Edward ReyesSenators balk at long trial | Voters make play "
        "for the veterans' votes MORE announced Tuesday that the talks had failed.",
        "Tom Reyes",
    ),
    (  # a headline glued to the card opening with an acronym ("ReyesGOP senators ...")
        "The talks failed.\n\nPresident Reyes Thomas Edward ReyesGOP senators balk at long "
        "trial | Voters make play for the veterans' votes MORE announced Tuesday that the "
        "adviser was leaving.",
        "Reyes",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), CASES)
def test_a_source_inside_a_hover_card_is_its_person(text, speaker):
    assert [a.speaker for a in Article(text).attributions] == [speaker]


def test_a_named_source_after_a_card_keeps_its_name():
    text = (
        "Sen. Ana Brooks Ana Maria BrooksSenate passes stopgap bill MORE (D-Ohio) voted no. "
        "Tom Reyes said the deal was dead."
    )
    assert "Tom Reyes" in [a.speaker for a in Article(text).attributions]


def test_a_card_at_the_start_of_the_article_gives_the_visible_name():
    text = (
        "Sen. Ana Brooks Anabel (Ana) Marie BrooksOn The Money: Senate passes stopgap bill | "
        "Tom Reyes basks in the budget spotlight MORE (D-Ohio), the only Democrat on the "
        'panel, says the deal is "dead."\n\nBrooks said on Wednesday that it was over.'
    )
    assert Article(text).attributions[0].speaker == "Ana Brooks"
