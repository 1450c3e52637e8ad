"""Accusations in the passive, PARC convention (real-news patterns, invented names)."""

from __future__ import annotations

import pandas as pd
import pytest

from newsresearch.attribution import attributions


def accused(text: str) -> list[tuple[object, str, list[str], str, str]]:
    """(source, cue, content, type, stance) of each passive accusation (PARC spans)."""
    table = attributions(pd.Series([text]), convention="parc")
    rows = table[table["cue"].str.endswith("accused of")]
    return [
        (r.source, r.cue, [text[a:b] for a, b in r.content_spans], r.type, r.cue_stance)
        for r in rows.itertuples()
    ]


@pytest.mark.parametrize(
    "text, cue, content",
    [
        (
            "Image caption Tom Varga is accused of offering a former aide $5m to act as a "
            "surrogate mother",
            "is accused of",
            ["Tom Varga", "offering a former aide $5m to act as a surrogate mother"],
        ),
        (
            "It was the first time since 2013 that Norland was accused of using sarin, a "
            "banned nerve agent it had promised to give up.",
            "was accused of",
            ["Norland", "using sarin"],
        ),
        (
            "The mayor said the city will try to fire Detective Ron Hale, who is accused of "
            '"blindly" shooting 10 rounds into the apartment.',
            "is accused of",
            ['"blindly" shooting 10 rounds into the apartment.'],
        ),
    ],
)
def test_parc_passive_accusation_has_no_source_and_the_subject_in_its_content(
    text: str, cue: str, content: list[str]
) -> None:
    [(source, found_cue, found_content, kind, stance)] = accused(text)
    assert not source  # who accuses is not said
    assert (found_cue, found_content, kind, stance) == (cue, content, "speech", "accusation")


@pytest.mark.parametrize(
    "text",
    [
        "The soldier accused of leaking the files appeared in court on Monday.",
        "Voss argued the president should not be accused of obstruction for firing the director.",
    ],
)
def test_reduced_relative_and_modal_accused_of_is_no_accusation(text: str) -> None:
    assert accused(text) == []


def test_a_charge_in_the_passive_is_an_act_with_the_offence_as_content():
    from attribution_helpers import parc_rows

    assert parc_rows("Tomas Fell has been charged with murder.") == [
        (None, "has been charged with", ["murder."])
    ]
    text = (
        "Walker was initially charged with the attempted murder of an officer, but it was dropped."
    )
    assert parc_rows(text) == [
        (None, "was initially charged with", ["the attempted murder of an officer"])
    ]
    # a charge that may come, and a reduced relative, charge no one
    assert (
        parc_rows("It will be interesting if any of the officers are charged with assault.") == []
    )
    assert parc_rows("He defended former aides charged with crimes.") == []
