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


def test_hover_card_names_become_the_shown_name() -> None:
    # The Hill: "While Vice President Voss made his support of the president clear" where
    # "President Lind" runs on into the hover card "Piotr Aleksander LindGOP senator ..."
    rows = [
        {"speaker": "Voss", "target": "Lind Piotr Aleksander LindGOP"},
        {"speaker": "Cal Brandt Calvin (Cal) Owen BrandtSenate", "target": "Dem bills"},
    ]
    assert [(r["speaker"], r["target"]) for r in tidy_names(rows, [])] == [
        ("Voss", "Piotr Lind"),
        ("Cal Brandt", "Dem bills"),
    ]
