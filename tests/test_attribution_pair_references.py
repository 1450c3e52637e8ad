"""Two people referred to together after they were named together ("the pair", "both
senators", "the two men") are both of them (real-news patterns, invented names)."""

from __future__ import annotations

from newsresearch.actors import find_actors
from newsresearch.attribution.pair_references import pair_reference
from newsresearch.text import Article


def test_the_pair_that_issued_statements_is_the_two_named_before():
    text = (
        "(HNN) Ana Brooks and Tom Reyes are joining forces in a last-ditch effort to deny "
        "Dan Carver the nomination.\n\n"
        "Within minutes of each other, the pair issued statements late Sunday saying they "
        "will divide their efforts in upcoming contests."
    )
    assert [a.speaker for a in Article(text).attributions][0] == "Ana Brooks; Tom Reyes"


def test_both_leaders_after_a_joint_mention_are_the_two():
    text = (
        "The minister, who met Mr Carver and Mr Voss separately on Sunday, told the BBC that "
        "both leaders were feeling confident."
    )
    at = text.index("both leaders")
    found = pair_reference(text, (at, at + 12), find_actors(text), [])
    assert found is not None and found[0].count("; ") == 1


def test_the_pair_after_a_joint_speaker_is_that_speaker():
    text = (
        "Judges Ada Voss and Piotr Lindqvist said the ruling stood. Hours later the pair "
        "said they would not comment further."
    )
    speakers = [a.speaker for a in Article(text).attributions]
    assert speakers[-1] == speakers[0] == "Ada Voss; Piotr Lindqvist"


def test_the_two_with_no_pair_named_before_is_no_reference():
    text = "Ana Brooks spoke first. The two said they would not comment."
    at = text.index("The two")
    assert pair_reference(text, (at, at + 7), find_actors(text), []) is None
