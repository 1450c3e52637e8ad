"""Organisation acronyms as stance sources and targets (newsresearch.attribution.stance_acronyms)."""

from __future__ import annotations

import pandas as pd
import pytest

from newsresearch.attribution import stance_triples
from newsresearch.attribution.stance_acronyms import find_acronyms


def triples(text: str, **options) -> list[tuple]:
    found = stance_triples(pd.Series([text], index=["d"]), **options)
    return [tuple(r) for r in found[["kind", "speaker", "target", "sentiment"]].to_numpy()]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Sen. Ada Voss accused the HLPA of bias.", ["HLPA"]),
        ("The MNU and the HLPA met on Monday.", ["MNU", "HLPA"]),
        ("Crews from TV stations and the CEO of Delcor left.", []),  # no organisations
        ("MARLOW SENATOR SLAMS HLPA", []),  # a headline in capitals
        ("Voss wrote that they will FAIL! Aides said Keller would fail too.", []),  # shouted
    ],
)
def test_find_acronyms(text, expected):
    assert [a for _, _, a in find_acronyms(text)] == expected


def test_an_acronym_is_a_target_of_an_accusation():
    # a primary campaign: an adviser accuses the party committee
    text = "Sen. Ada Voss accused the HLPA of changing the debate rules to help Tom Keller."
    assert ("quote", "Ada Voss", "HLPA", "negative") in triples(text)


def test_an_acronym_is_the_source_of_an_act():
    text = "The MNU sued Gov. Helena Strand over the pension cuts."
    assert ("act", "MNU", "Helena Strand", "negative") in triples(text)


def test_an_actors_table_decides_the_targets_alone():
    text = "Sen. Ada Voss accused the HLPA of bias."
    table = pd.DataFrame({"name": ["Ada Voss"], "type": ["person"], "aliases": ["Voss"]})
    assert [t for t in triples(text, actors=table) if t[2] == "HLPA"] == []


def test_acronym_edges_of_words_and_text():
    # at the start of the text, not after a dot, an ampersand, a hyphen or a letter,
    # and no run of more than six capitals
    text = "NRA staff met x.FBI, AT&T, ex-DNC and ABCDEFG aides; the ACLU sued."
    assert [a for _, _, a in find_acronyms(text)] == ["NRA", "ACLU"]
