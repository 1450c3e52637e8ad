"""A source "<owner>'s <role>, <Name>": the person named after the comma speaks, not the
owner's unnamed role (real-news patterns, invented names)."""

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
