"""A surname the article misspells ("Ferhnstrom", "Fehrstrom" for the Eric Fehrnstrom it
names in full) is that person (real-news patterns, invented names)."""

from __future__ import annotations

from newsresearch.attribution.misspelt_names import misspelt_surname, one_slip
from newsresearch.text import Article


def _speakers(text: str) -> list[str | None]:
    return [a.speaker for a in Article(text).attributions if a.source]


def test_swapped_and_dropped_letters_are_the_adviser_named_in_full():
    text = (
        "Eric Halvorsten, a senior member of the Carver team, faulted the ad.\n\n"
        "\u201cThey have gone from petty distortions to unbelievable exaggerations,\u201d "
        "Hlavorsten said.\n\n"
        "Halvorstn vowed the campaign would keep its focus on jobs.\n\n"
        "\u201cWe are betting on a substantive campaign,\u201d he said. Halvorsten left early."
    )
    assert _speakers(text)[1:] == ["Eric Halvorsten"] * 3


def test_two_names_one_slip_from_the_word_leave_it_alone():
    names = ["Tom Johnston", "Ana Johnsten"]
    assert misspelt_surname("Johnstan", names, "Johnston Johnsten Johnstan") is None


def test_short_surnames_are_never_slips():
    assert misspelt_surname("Rose", ["Tom Ross"], "Tom Ross. Rose said.") is None


def test_a_name_written_more_often_than_its_near_twin_is_its_own():
    text = "Tom Halvorsten spoke. Halvorstan said. Halvorstan added. Halvorstan left."
    assert misspelt_surname("Halvorstan", ["Tom Halvorsten"], text) is None


def test_one_slip_counts_one_edit_only():
    assert one_slip("Halvorsten", "Hlavorsten")
    assert one_slip("Halvorsten", "Halvorstn")
    assert not one_slip("Halvorsten", "Hlavorstn")
