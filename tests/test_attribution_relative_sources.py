"""Relative-clause sources the noun-phrase finder misses: appositives, dashes, ", which"."""

from __future__ import annotations

import pandas as pd
import pytest

import newsresearch as nr
from newsresearch.attribution.relative_sources import who_antecedent


@pytest.mark.parametrize(
    ("text", "source", "speaker"),
    [
        (
            "The strength of Vermont Sen. Dana Voss, the liberal stalwart who has vowed to "
            "upend the system, worries the party.",
            "Vermont Sen. Dana Voss, the liberal stalwart",
            "Dana Voss",
        ),
        (
            "Sen. Ana Roe -- who has said the nominee lied -- called for a delay.",
            "Sen. Ana Roe",
            "Ana Roe",
        ),
        (
            "This led to a rare rebuke from the bureau, which said Wednesday that it had concerns.",
            "the bureau",
            "bureau",
        ),
    ],
)
def test_relative_clause_sources(text: str, source: str, speaker: str) -> None:
    got = nr.attributions(pd.Series([text]))
    row = got[got["cue"].isin(["vowed", "said"])].iloc[0]
    assert (row["source"], row["speaker"]) == (source, speaker)


def test_no_antecedent_for_a_plain_description_or_a_lower_case_phrase() -> None:
    t = "the plan of the city, the old harbour which said nothing, stayed"
    assert who_antecedent(t, 0, t.index(" which")) is None
    t = "many voters, a tired crowd who had said little, left"
    assert who_antecedent(t, 0, t.index(" who")) is None
