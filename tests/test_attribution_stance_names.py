"""Names of stance rows as the stance gold writes them."""

from __future__ import annotations

from newsresearch.attribution.stance_names import tidy_names, without_weekday


def test_a_trailing_weekday_is_cut_but_a_days_own_name_kept():
    assert without_weekday("Piotr Lindqvist Thursday") == "Piotr Lindqvist"
    assert without_weekday("Halden Tuesday night") == "Halden"
    assert without_weekday("Super Tuesday") == "Super Tuesday"
    assert without_weekday("Black Friday") == "Black Friday"
    assert without_weekday("Sunday") == "Sunday"


def test_tidy_names_cuts_weekdays_then_gives_full_given_names():
    rows = [{"speaker": "Ada Voss Monday", "target": "Piotr Lindqvist Thursday"}]
    assert tidy_names(rows, []) == [{"speaker": "Ada Voss", "target": "Piotr Lindqvist"}]
