"""Common given names (``data/first_names.csv``) in speaker resolution: the gender they
mark picks the antecedent of he or she, and they start a person's name after a title that
names a body (real-news patterns, invented names)."""

from __future__ import annotations

import pytest

from newsresearch.actor_names import first_names
from newsresearch.text import Article


@pytest.mark.parametrize(
    "name, gender",
    [("Nikki", "f"), ("Kellyanne", "f"), ("Larry", "m"), ("Mike", "m"), ("Mitch", "m")],
)
def test_common_given_names_have_a_gender(name, gender):
    assert first_names()[name] == gender


def test_unisex_and_place_names_are_left_out():
    names = first_names()
    for word in ("Chris", "Jordan", "Taylor", "Carolina", "Chad", "Sandy", "Al"):
        assert word not in names


def test_he_skips_a_nearer_woman_known_by_her_given_name():
    text = (
        "Eli Marsh, who runs a technology blog, has studied the site for years. Nikki Walden, "
        'a media scholar, has written about it too. "The feed rewards anger," he said.'
    )
    assert Article(text).attributions[-1].speaker == "Eli Marsh"


def test_she_skips_a_nearer_man_known_by_his_given_name():
    text = (
        "Taya Rowe, whose husband was killed in 2013, has campaigned for years. Larry Keel, "
        "a lobbyist for the gun industry, also spoke at the hearing. She said the law "
        "had failed families."
    )
    assert Article(text).attributions[-1].speaker == "Taya Rowe"


def test_given_name_after_a_body_starts_the_name():
    text = "U.S. ambassador to the United Nations Nikki Walden said the vote was a disgrace."
    assert Article(text).attributions[0].speaker == "Nikki Walden"
