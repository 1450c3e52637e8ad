"""The holder of an act cue named by a possessive (newsresearch.attribution.stance_possessors)."""

from __future__ import annotations

import pandas as pd
import pytest

from newsresearch.attribution import stance_triples
from newsresearch.attribution.stance_cues import negated
from newsresearch.attribution.stance_rules import place_of_motion


def triples(text: str) -> list[tuple]:
    found = stance_triples(pd.Series([text], index=["d"]))
    return [tuple(r) for r in found[["kind", "speaker", "target", "sentiment"]].to_numpy()]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a campaign report: the attack is the rival's, not the subject's
        (
            "Gov. Helena Strand dismissed Rep. Tom Keller's attack on Sen. Ada Voss as noise.",
            ("act", "Tom Keller", "Ada Voss", "negative"),
        ),
        # a party-chair race: the refusal is the candidate's, and it negates the backing
        (
            "The Marlow Ledger noted Ada Voss's refusal to back Gov. Helena Strand last spring.",
            ("act", "Ada Voss", "Helena Strand", "negative"),
        ),
    ],
)
def test_the_possessor_holds_the_act(text, expected):
    assert expected in triples(text)


def test_without_a_possessive_the_subject_holds_the_act():
    assert triples("Rep. Tom Keller backed Gov. Helena Strand on Monday.") == [
        ("act", "Tom Keller", "Helena Strand", "positive")
    ]


def test_a_refusal_negates_the_cue_after_it():
    text = "Her refusal to endorse the bill"
    assert negated(text, text.index("endorse"))
    assert not negated("Her decision to endorse", len("Her decision to "))


@pytest.mark.parametrize(
    "text, name, expected",
    [
        ("Voss said the talks in Harlow would resume.", "Harlow", True),
        ("Voss said he met aides at the White House.", "White House", True),
        ("Voss said the campaign against Keller had stalled.", "Keller", True),
        ("Voss said Keller would resume the talks.", "Keller", False),
    ],
)
def test_an_unsigned_target_after_in_at_or_against_is_no_stance_of_the_speaker(
    text, name, expected
):
    assert place_of_motion(text, text.index(name)) is expected


def test_an_unsigned_place_in_a_quote_gives_no_triple():
    text = '"The talks in Harlow went well," Sen. Ada Voss said on Monday.'
    assert [t for t in triples(text) if t[2] == "Harlow"] == []
