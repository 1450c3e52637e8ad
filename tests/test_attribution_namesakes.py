"""Namesakes: a relative introduced after a relation ("first lady Ana Carver", "his wife
Ana Carver") is not the person known so far by the surname ("President Carver"), and a
surname speaker who holds a role is not completed to that relative's full name
(real-news patterns, invented names)."""

from __future__ import annotations

from newsresearch.actors import find_actors
from newsresearch.text import Article


def test_first_lady_is_not_the_president_known_by_the_surname():
    text = (
        "President Carver calls on Congress to act.\n\n"
        "He sat near first lady Ana Carver as the chamber applauded. Later, President "
        "Dan Carver's address turned to jobs, and Carver said wages were flat."
    )
    actors = find_actors(text)
    assert "Ana Carver" in actors.actors
    speakers = [a.speaker for a in Article(text).attributions if a.source]
    assert "Ana Carver" not in speakers
    assert "Dan Carver" in speakers


def test_a_wife_named_after_the_surname_stays_her_own_person():
    text = (
        "Sen. Reyes spoke first at the rally. He was joined by his wife Maria Reyes. "
        "Reyes said the bill would pass."
    )
    speakers = [a.speaker for a in Article(text).attributions if a.source]
    assert speakers == ["Reyes"]


def test_a_role_holder_known_by_surname_is_not_completed_to_a_relative():
    text = (
        "President Carver defended the plan on Tuesday, joined by first lady Ana Carver. "
        "Carver said more jobs would come."
    )
    speakers = [a.speaker for a in Article(text).attributions if a.source]
    assert speakers and set(speakers) == {"Carver"}


def test_a_surname_named_first_still_takes_the_full_name():
    text = "Sen. Reyes spoke first. Later, Tom Reyes said the bill would pass."
    assert list(find_actors(text).actors) == ["Tom Reyes"]
