"""A bare time between a cue and "that" (newsresearch.attribution.bare_times) on
real-news patterns, names invented."""

from __future__ import annotations

from attribution_helpers import parc_rows


def test_an_outlet_reported_friday_night_that_reports_the_clause():
    text = "The Daily Courier reported Friday night that agency officials opened a probe of Voss."
    rows = [row for row in parc_rows(text) if row[1] == "reported"]
    assert rows == [
        ("The Daily Courier", "reported", ["that agency officials opened a probe of Voss."])
    ]


def test_outlets_reported_tuesday_that_with_an_appositive_source():
    text = (
        "A number of outlets, including Norvik Times, reported Tuesday that Mara Lind "
        "is mulling a bid for the chair."
    )
    rows = {row[1]: row for row in parc_rows(text)}
    assert rows["reported"][0].startswith("A number of outlets")
    assert rows["reported"][2] == ["that Mara Lind is mulling a bid for the chair."]


def test_a_reported_loss_on_a_day_is_no_attribution():
    text = "The firm reported Friday a loss of $2 million for the quarter."
    assert not [row for row in parc_rows(text) if row[1] == "reported"]
