"""A lede that describes a person before naming them ("A federal judge said ... Judge X
wrote"): the description is that person (real-news patterns, invented names)."""

from __future__ import annotations

from newsresearch.text import Article


def _first_speaker(text: str) -> str | None:
    return Article(text).attributions[0].speaker


def test_a_lede_judge_is_the_one_judge_named_later():
    text = (
        "A federal judge on Friday said the government was too clever by half in asking "
        "for a stay. U.S. District Judge Ana Ruiz wrote that the request came too late."
    )
    assert _first_speaker(text) == "Ana Ruiz"


def test_a_lede_senator_is_the_one_senator_named_later():
    text = (
        "A Republican senator said Tuesday that the bill would not pass. Sen. Tom Voss, "
        "who chairs the committee, has opposed it for months."
    )
    assert _first_speaker(text) == "Tom Voss"


def test_two_judges_named_later_leave_it_unnamed():
    text = (
        "A federal judge on Friday said the request came too late. Judge Ana Ruiz and "
        "Judge Piotr Lindqvist had heard the case before."
    )
    assert _first_speaker(text) == "anonymous"


def test_a_person_named_before_is_not_the_description():
    text = (
        "Judge Ana Ruiz heard the case in May. A federal judge on Friday said the request "
        "came too late."
    )
    assert _first_speaker(text) != "Ana Ruiz"
