"""A plural source that lists its members right after it ("two other senators, Ana Brooks
and Tom Reyes of Ohio, said") is every person listed, with anyone named beside the group
in the source (real-news patterns, invented names)."""

from __future__ import annotations

from newsresearch.actors import find_actors
from newsresearch.attribution.joint_speakers import members_after
from newsresearch.text import Article


def _speakers(text: str) -> list[str | None]:
    return [a.speaker for a in Article(text).attributions if a.source]


def test_senators_listed_after_their_description_are_both_speakers():
    text = (
        "Following the announcement, two other Republican senators, Ana Brooks and Tom Reyes "
        "of Ohio, said they would stay home for 14 days."
    )
    assert _speakers(text)[0] == "Ana Brooks; Tom Reyes"


def test_officials_set_off_by_dashes_join_the_person_named_beside_them():
    text = (
        "Gov. Dana Whitfield and the state\u2019s two top law enforcement officials \u2014 "
        "Attorney General Tom Reyes and Public Safety Commissioner Ana Brooks \u2014 "
        "promised a thorough investigation."
    )
    assert _speakers(text)[0] == "Dana Whitfield; Tom Reyes; Ana Brooks"


def test_a_single_name_after_a_plural_is_no_list():
    text = "Two other senators, Ana Brooks, said they would stay home."
    assert members_after(text, (0, 18), find_actors(text)) is None


def test_a_singular_source_takes_no_list():
    text = "A Republican senator, Ana Brooks and Tom Reyes said, would stay home."
    assert members_after(text, (0, 20), find_actors(text)) is None
