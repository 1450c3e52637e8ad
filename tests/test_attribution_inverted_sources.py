"""Bare plural sources after an inverted cue (issue 15; names invented)."""

from __future__ import annotations

from attribution_helpers import parc_rows

from newsresearch.attribution.inverted_sources import plural_source_after


def test_say_analysts():
    text = "Dunmore voters want a change at city hall, say analysts."
    assert ("analysts", "say", ["Dunmore voters want a change at city hall"]) in parc_rows(text)


def test_said_officials_with_a_phrase_of_origin():
    text = "The levy will be dropped, said officials familiar with the talks."
    assert parc_rows(text)[0][:2] == ("officials familiar with the talks", "said")


def test_a_plural_that_is_no_source():
    text = "Prices will rise, say things."
    assert plural_source_after(text, text.index(" things"), len(text)) is None
    assert parc_rows(text) == []
