"""An act cue's target is its object, not a name in a later prepositional phrase
(newsresearch.attribution.stance_objects_direct)."""

from __future__ import annotations

import pandas as pd
import pytest

from newsresearch.attribution import stance_triples
from newsresearch.attribution.stance_objects_direct import behind_preposition, comma_gap_verb


def triples(text: str) -> list[tuple]:
    found = stance_triples(pd.Series([text], index=["d"]))
    return [tuple(r) for r in found[["kind", "speaker", "target", "sentiment"]].to_numpy()]


@pytest.mark.parametrize(
    "text, cue, name, expected",
    [
        ("Voss signed three warrant applications for Keller.", "signed", "Keller", True),
        ("Voss would not support the plan over Keller's objections.", "support", "Keller", True),
        ("Voss signed the farm bill.", "signed", "the farm", False),
        ("Voss backed the repeal of the farm bill.", "repeal", "the farm", False),
        ("Voss urged sanctions on Keller.", "sanctions", "Keller", False),
    ],
)
def test_behind_preposition(text, cue, name, expected):
    cue_end = text.index(cue) + len(cue)
    assert behind_preposition(text, cue_end, text.index(name)) is expected


def test_a_name_after_the_objects_preposition_is_no_target():
    # a surveillance memo: the director signed applications, he took no stand on the man
    text = "The memo said Director Ada Voss signed three warrant applications for Tom Keller."
    assert [t for t in triples(text) if t[2] == "Tom Keller"] == []


def test_the_direct_object_and_a_nouns_own_preposition_stay_targets():
    assert ("act", "Ada Voss", "farm bill", "positive") in triples(
        "Gov. Ada Voss signed the farm bill on Monday."
    )
    assert ("act", "Ada Voss", "Tom Keller", "positive") in triples(
        "Sen. Ada Voss made her support of Gov. Tom Keller clear on Monday."
    )


@pytest.mark.parametrize(
    "gap, expected",
    [(", held a ", True), (", attacking his ", True), (", the ", False), (", his aide ", False)],
)
def test_comma_gap_verb(gap, expected):
    assert comma_gap_verb(gap) is expected


def test_a_new_clause_after_a_comma_is_no_list_of_objects():
    # a union's profile: the rally is not what the union campaigns against
    text = "The Marlow Nurses Union, a group campaigning against Gov. Helena Strand, held a rally."
    assert triples(text) == [("act", "Marlow Nurses Union", "Helena Strand", "negative")]
    # a real list keeps every item
    listed = triples(
        "Sen. Ada Voss sued Gov. Helena Strand, the Marlow Ledger and Rep. Tom Keller."
    )
    assert {t[2] for t in listed} == {"Helena Strand", "Marlow Ledger", "Tom Keller"}
