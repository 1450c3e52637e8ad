"""Unnamed descriptions the next attribution names (:mod:`newsresearch.attribution.introduced_sources`;
real-news patterns, invented names)."""

from __future__ import annotations

from newsresearch.text import Article


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [
        (text[a.source[0] : a.source[1]], a.speaker)
        for a in Article(text).attributions
        if a.source is not None
    ]


def test_a_described_spokeswoman_is_the_name_that_signs_the_next_quote():
    text = (
        "Responding Friday, a spokeswoman for the Voss campaign said the briefing was "
        '"extremely hollow."\n\n"The outrage over an ad run by an outside group rings '
        'hollow," Lena Marsh said in a statement.'
    )
    assert _speakers(text)[0] == ("a spokeswoman for the Voss campaign", "Lena Marsh")


def test_the_role_repeated_with_the_name_ties_them():
    text = (
        "A Halden Ministry spokesman said the talks would resume in May.\n\n"
        '"We remain ready to meet at any level," said ministry spokesman Arvo Kask.'
    )
    assert _speakers(text)[0] == ("A Halden Ministry spokesman", "Arvo Kask")


def test_a_source_kept_anonymous_stays_so():
    text = (
        "A senior adviser, who spoke on condition of anonymity, said the plan was dead.\n\n"
        '"We will keep trying," said Lena Marsh.'
    )
    assert _speakers(text)[0] == ("A senior adviser", "anonymous")


def test_a_name_with_another_role_is_someone_else():
    text = (
        "The delay was approved last week, according to a Treasury spokesperson.\n\n"
        '"It does complicate matters," said Mira Holt, a senior vice president at '
        "Brightwater Capital."
    )
    assert _speakers(text)[0] == ("a Treasury spokesperson", "anonymous")
