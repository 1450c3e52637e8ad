"""Hover cards a news page glues to a linked name (invented names and headlines)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsresearch import hover_cards
from newsresearch.hover_cards import (
    card_spans,
    cut_cards,
    cut_glued_repeat,
    nickname_follows,
    repeats_name,
    shown_name,
    strip_card,
    strip_card_start,
)


def test_card_spans_run_from_the_glued_headline_to_more():
    text = (
        "Sen. Ana Brooks Ana Maria BrooksOn The Money: Senate passes bill | Tom Reyes "
        "basks in the spotlight MORE (D-Ohio) said."
    )
    [(a, b)] = card_spans(text)
    assert text[a:b] == "On The Money: Senate passes bill | Tom Reyes basks in the spotlight MORE"
    # no "MORE" link, no card; a glued word alone is no card either
    assert card_spans("Sen. Ana Brooks Ana Maria BrooksOn The Money said.") == []
    assert card_spans("The phone maker said MORE than that.") == []


def test_shown_name_needs_the_card_surname():
    text = "President Dana Voss Dana Ruth VossVoss faces stakes in meeting MORE announced"
    a, b = shown_name(text, text.index("Voss faces"))
    assert text[a:b] == "President Dana Voss"
    text = "the plan by Dana Voss and othersOfficials say MORE announced"
    assert shown_name(text, text.index("Officials")) is None


_PIECES = st.sampled_from(
    ["Ben", "Ben Tarrow", "Tarrow", " ", "\t", "  ", "(Ben)", "(ben)", "(", ")", "Louis", "x", "."]
)
_TEXT = st.lists(_PIECES, max_size=40).map("".join)
_NAME = st.lists(st.sampled_from(["Ben", "Tarrow", " ", "(", "Ben Tarrow", "."]), min_size=1)


def _plain_nickname(name: str, text: str) -> bool:
    return re.search(re.escape(name) + hover_cards.NICKNAME_AFTER, text) is not None


@settings(max_examples=300, deadline=None)
@given(_NAME.map("".join), _TEXT)
def test_nickname_follows_finds_what_the_escaped_search_finds(name, text):
    assert nickname_follows(name, text) is _plain_nickname(name, text)


def test_nickname_follows_on_a_hover_card_and_on_a_plain_name():
    card = "said Sen. Ben Tarrow Benjamin (Ben) Louis TarrowOvernight MORE"
    assert nickname_follows("Ben Tarrow Benjamin", card)
    assert not nickname_follows("Ben Tarrow", card)
    # the name twice, the card after the second only
    twice = "Ben Tarrow Benjamin spoke. Ben Tarrow Benjamin (Ben) Louis Tarrow"
    assert nickname_follows("Ben Tarrow Benjamin", twice)


def test_strip_card_gives_the_shown_name():
    assert strip_card("Cal Brandt Calvin (Cal) Owen BrandtSenate") == "Cal Brandt"
    # only the surname shown: the card's given name, or the nickname it brackets
    assert strip_card("Lind Piotr Aleksander LindGOP") == "Piotr Lind"
    assert strip_card("Lind Piotr (Pete) Aleksander LindGOP") == "Pete Lind"
    # ordinary names and nicknames are left alone
    for name in ("Piotr Lind", "Lyin' Piotr", "Mara McAllister", "Lind Piotr Lind"):
        assert strip_card(name) == name
    assert strip_card(None) is None


def test_strip_card_start_cuts_a_cards_first_given_name() -> None:
    # "Secretary Ada Voss Adelaide (Ada) Ruth VossSenate ...": the finder stopped at "Adelaide"
    assert strip_card_start("Ada Voss Michael") == "Ada Voss"
    # a middle name, an initial or a two-word name stays
    assert strip_card_start("Ada Mary Voss") == "Ada Mary Voss"
    assert strip_card_start("Ada J. Michael") == "Ada J. Michael"
    assert strip_card_start("Voss Michael") == "Voss Michael"


def test_cut_glued_repeat_stops_at_the_card():
    assert cut_glued_repeat("Tom Reyes Tom Reyes".split()) == ["Tom", "Reyes"]
    assert cut_glued_repeat("Reyes Thomas John ReyesSenate".split()) == ["Reyes"]
    assert cut_glued_repeat("Reyes2020 Democrats".split()) == ["Reyes2020", "Democrats"]
    assert cut_glued_repeat("Tom ReyesGOP senator".split()) == ["Tom", "ReyesGOP", "senator"]
    # a surname with a glued prefix is no card
    assert cut_glued_repeat("Ada MacArthur Voss".split()) == ["Ada", "MacArthur", "Voss"]


def test_cut_cards_keeps_the_shown_name_and_records_the_card():
    text = "Rep. Tom Reyes Thomas J. ReyesSenate passes bill | House votes MORE (D-Ore.) said so."
    cut, removed = cut_cards(text)
    assert cut == "Rep. Tom Reyes (D-Ore.) said so."
    assert removed == ["Thomas J. ReyesSenate passes bill | House votes MORE"]
    # no card without the surname repeated and glued, nor without "MORE"
    assert cut_cards("Tom Reyes said MORE was needed.") == ("Tom Reyes said MORE was needed.", [])
    assert cut_cards("Tom Reyes Thomas ReyesSenate acts.") == (
        "Tom Reyes Thomas ReyesSenate acts.",
        [],
    )


def test_repeats_name_reads_the_first_word_of_the_name():
    assert repeats_name("Tom", "Tom Reyes")
    assert not repeats_name("Thomas", "Tom Reyes")
    assert not repeats_name("Reyes", "Tom Reyes")
