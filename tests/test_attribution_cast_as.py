"""Casting cues: describing something as something without a quote (issue 15; names
invented)."""

from __future__ import annotations

from attribution_helpers import parc_spans

from newsresearch.attribution.cast_as import casts_as


def test_described_herself_as():
    text = "Ana Pell, who described herself as a lifelong Democrat, lived next door."
    # the content is split around "as" (the PARC convention)
    assert parc_spans(text) == [["who", "described", "herself", "a lifelong Democrat"]]


def test_portraying_an_inquiry_as():
    text = "Voss has spent months portraying the inquiry as a politically motivated hunt."
    assert parc_spans(text) == [
        ["Voss", "portraying", "the inquiry", "a politically motivated hunt."]
    ]


def test_no_as_no_attribution():
    assert parc_spans("The film portrayed the president in a harsh light.") == []
    text = "Hale described the scene as they left the hall."
    assert not casts_as(text, "describe", text.index("the scene"), len(text))
