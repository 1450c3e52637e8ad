"""The House as a speaker: in US news the House of Representatives, as the annotators name
it; in an article on a Westminster parliament left as written (real-news patterns)."""

from __future__ import annotations

from newsresearch.text import Article


def _speakers(text: str) -> dict[str, str | None]:
    return {text[slice(*a.source)]: a.speaker for a in Article(text).attributions if a.source}


def test_the_full_house_is_the_house_of_representatives():
    text = (
        "The Halden Department, which the House has voted to exempt from the shutdown, "
        "posted new job ads. The full House voted that the inquiry would go ahead."
    )
    assert _speakers(text)["The full House"] == "House of Representatives"


def test_the_house_of_a_westminster_article_is_left_as_written():
    text = (
        "The Speaker of the House of Commons spoke on Monday. The House voted that the "
        "deadline would be extended."
    )
    assert _speakers(text)["The House"] == "House of Commons"
