"""Sources that describe a named person: "<owner>'s <role>, <Name>" is the person named after
the comma, "the Republican nominee" the candidate named before (real-news patterns, invented
names)."""

from __future__ import annotations

from newsresearch.text import Article


def _speakers(text: str) -> dict[str, str | None]:
    return {text[slice(*a.source)]: a.speaker for a in Article(text).attributions if a.source}


def test_an_owners_strategist_named_after_the_comma_speaks():
    text = (
        "Ohio Gov. Tom Rask is staying in the race. Rask's chief strategist, Ben Harlow, "
        'said in a separate statement: "We will shift our resources west."'
    )
    assert _speakers(text)["Rask's chief strategist, Ben Harlow"] == "Ben Harlow"


def test_a_curly_possessive_owner_gives_way_to_the_name_too():
    text = "Sen. Ada Voss lost the vote. Voss’ rival, Ana Brooks, said the race was close."
    assert _speakers(text)["Voss’ rival, Ana Brooks"] == "Ana Brooks"


def test_an_owners_role_with_no_name_after_the_comma_stays_unnamed():
    text = "Sen. Ada Voss lost the vote. Voss’ spokesman, a former aide, said she would appeal."
    assert _speakers(text)["Voss’ spokesman"] == "anonymous"


def test_the_party_nominee_is_the_candidate_the_paragraph_is_about():
    text = (
        "Tom Rask slipped in the polls against Ada Voss. “I am committed to doing whatever "
        "it takes,” the Republican nominee said in a statement."
    )
    assert _speakers(text)["the Republican nominee"] == "Tom Rask"


def test_the_front_runner_is_the_candidate_named_before():
    text = "Ada Voss leads the field. The Democratic front-runner said that she would win Ohio."
    assert _speakers(text)["The Democratic front-runner"] == "Ada Voss"


def test_the_president_elect_is_the_winner_named_before():
    text = (
        "The feud between Tom Rask and the intelligence agencies will play out on Friday. "
        "As officials try to make sense of Rask's skepticism, the President-elect said that "
        "his victory was being questioned."
    )
    assert _speakers(text)["the President-elect"] == "Tom Rask"
