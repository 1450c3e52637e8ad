"""Speakers of the attributions the ``parc`` convention adds (acts of an agent after "by")
on real-news patterns; names invented."""

from __future__ import annotations

import pandas as pd
import pytest

from newsresearch.attribution import attributions


def _act_speakers(text: str) -> list[tuple[str, str]]:
    table = attributions(pd.Series([text]), convention="parc")
    rows = table[table["type"] == "act"]
    return list(zip(rows["source"], rows["speaker"], strict=True))


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Members of the caucus denounced the replacement bill supported by House Speaker "
            "Rand Hale (R.-Wis.) on Tuesday.",
            ("House Speaker Rand Hale (R.-Wis.)", "Rand Hale"),
        ),
        (
            "The rule, which was opposed by the Carver administration, took effect in May.",
            ("the Carver administration", "Carver administration"),
        ),
    ],
)
def test_an_agent_after_by_gets_a_speaker(text, expected):
    assert expected in _act_speakers(text)


def test_an_agent_named_by_surname_takes_the_full_name():
    text = (
        "Sen. Ada Voss spoke at the hearing on Monday. The replacement bill, supported by "
        "Voss, was voted down."
    )
    assert ("Voss", "Ada Voss") in _act_speakers(text)
