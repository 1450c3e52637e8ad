"""An -ing cue after "while" or "before" chains to the cue before it (issue 15; names
invented)."""

from __future__ import annotations

from attribution_helpers import parc_rows


def test_while_confirming_after_a_quote():
    text = '"We have plenty of money," Hale said, while confirming his campaign would air ads.'
    rows = parc_rows(text)
    assert ("Hale", "confirming", ["his campaign would air ads."]) in rows


def test_before_adding_that():
    text = "The mayor said she rides the bus sometimes before adding that she is no commuter."
    rows = parc_rows(text)
    assert ("The mayor", "adding", ["that she is no commuter."]) in rows


def test_after_is_not_chained():
    # "after" tells an earlier act, not a second statement in the same breath
    text = "Ralston left the hall after criticizing the levy."
    assert parc_rows(text) == []
