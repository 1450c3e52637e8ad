"""Naming cues: ``called X a "spoiler"`` signs X by the label, not the rest of the content."""

from __future__ import annotations

import pandas as pd
import pytest

from newsresearch.attribution import stance_triples
from newsresearch.attribution.stance_labels import label_complement, label_polarity


def polarities(text: str) -> dict[str, str]:
    found = stance_triples(pd.Series([text], index=["d"]))
    return dict(zip(found["target"], found["sentiment"], strict=True))


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            # "even as Cruz publicly called Kasich a 'spoiler' and the two campaigns were ...
            # holding private meetings to woo individual and state delegates"
            'Even as Sen. Ada Voss publicly called Gov. Piotr Lindqvist a "spoiler" and the two '
            "campaigns were a few rooms apart holding friendly meetings to woo delegates, the "
            "advisers were negotiating.",
            {"Piotr Lindqvist": "negative"},
        ),
        (
            # "In a statement, Trump also called Conway and Bannon “extremely capable.”"
            "In a statement, Mayor Helena Strand also called Tomas Berg and Rhea Lund "
            "“extremely capable.”",
            {"Tomas Berg": "positive", "Rhea Lund": "positive"},
        ),
    ],
    ids=["negative label, upbeat clause after it", "curly-quoted praise of two names"],
)
def test_a_naming_cue_signs_its_object_by_the_label(text, expected):
    got = polarities(text)
    assert {name: got.get(name) for name in expected} == expected


def test_the_complement_is_the_label_after_the_named_object():
    text = 'Voss called Lindqvist and Berg a "sure disaster," aides said.'
    start = text.index("Lindqvist")
    targets = [(start, start + 9), (text.index("Berg"), text.index("Berg") + 4)]
    assert label_complement(text, start, len(text), targets) == "sure disaster"
    plain = "Voss called Lindqvist a failure and left the hall."
    start = plain.index("Lindqvist")
    assert label_complement(plain, start, len(plain), [(start, start + 9)]) == "failure"
    assert label_polarity(plain, [(start, len(plain))], [(start, start + 9)]) == "negative"
