"""Sources in a news page's hover cards (The Hill): the name shown before the card."""

from __future__ import annotations

from newsresearch.attribution.chrome import shown_name
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


def test_shown_name_needs_the_card_surname():
    text = "President Dana Voss Dana Ruth VossVoss faces stakes in meeting MORE announced"
    a, b = shown_name(text, text.index("Voss faces"))
    assert text[a:b] == "President Dana Voss"
    text = "the plan by Dana Voss and othersOfficials say MORE announced"
    assert shown_name(text, text.index("Officials")) is None
