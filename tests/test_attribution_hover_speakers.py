"""A source cut inside a name's hover card is the card's person (hover_speakers)."""

import pytest

from newsresearch.text import Article

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
