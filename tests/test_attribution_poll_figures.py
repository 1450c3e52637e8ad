"""A poll that puts someone at a figure, as evidence (issue 15; names invented)."""

from __future__ import annotations

from attribution_helpers import parc_rows


def test_a_poll_puts_and_now_has_someone_at_a_figure():
    text = (
        "The Harbor daily tracking poll, which put Voss's approval at 52 percent around the "
        "inauguration, now has the governor at 46 percent approval."
    )
    rows = parc_rows(text)
    assert (
        "The Harbor daily tracking poll",
        "put",
        ["Voss's approval at 52 percent around the inauguration"],
    ) in rows
    assert [r[1:] for r in rows if r[1] == "now has"] == [
        ("now has", ["the governor at 46 percent approval."])
    ]


def test_polling_putting_someone_at_a_figure():
    text = (
        "His rating has fallen, with Lakeside University polling putting him at 40 percent "
        "approval this month, down from 47 percent in May."
    )
    assert parc_rows(text) == [
        (
            "Lakeside University polling",
            "putting",
            ["him at 40 percent approval this month, down from 47 percent in May."],
        )
    ]


def test_a_figure_without_a_poll_is_no_evidence():
    assert parc_rows("The company has sales at 40 percent of capacity.") == []
