"""A name that only modifies a group or office noun is no stance target
(newsresearch.attribution.stance_modifiers)."""

from __future__ import annotations

import pandas as pd
import pytest

from newsresearch.attribution import stance_triples
from newsresearch.attribution.stance_modifiers import modifies_noun, without_modifiers


def triples(text: str) -> list[tuple]:
    found = stance_triples(pd.Series([text], index=["d"]))
    return [tuple(r) for r in found[["kind", "speaker", "target", "sentiment"]].to_numpy()]


@pytest.mark.parametrize(
    "text, name, expected",
    [
        ("Voss accused the Harlow governor of lying.", "Harlow", True),
        ("Voss said Senate Republican leaders hate the vote.", "Republican", True),
        ("Voss praised Harlow for its budget.", "Harlow", False),
        ("Voss said Keller was wrong.", "Keller", False),
    ],
)
def test_modifies_noun(text, name, expected):
    assert modifies_noun(text, text.index(name) + len(name)) is expected


def test_without_modifiers_keeps_the_other_rows():
    text = "Voss criticised Harlow officials and Keller."
    rows = [
        {"target": "Harlow", "target_end": text.index(" officials")},
        {"target": "Keller", "target_end": len(text) - 1},
    ]
    assert [r["target"] for r in without_modifiers(rows, text)] == ["Keller"]


def test_a_place_before_an_office_is_no_target_of_the_accusation():
    # a debate report: the governor is accused, not his state
    text = "Sen. Ada Voss accused the Ohio governor of holding liberal views."
    assert [t for t in triples(text) if t[2] == "Ohio"] == []
    # the state itself stays a target
    assert ("quote", "Ada Voss", "Ohio", "negative") in triples(
        "Sen. Ada Voss accused Ohio of holding back the funds."
    )


def test_a_name_before_a_verb_stays_a_target():
    assert triples("Sen. Ada Voss said Rep. Tom Keller lied to voters.") == [
        ("quote", "Ada Voss", "Tom Keller", "negative")
    ]
