"""Acts of an agent named after "by", PARC convention (real-news patterns, invented names)."""

from __future__ import annotations

import pandas as pd
import pytest

from newsresearch.attribution import attributions, find_attributions
from newsresearch.text import Article


def acts(text: str) -> list[tuple[str, str, list[str], str]]:
    """(source, cue, content, type) of each attribution of an agent after "by" (PARC spans)."""
    table = attributions(pd.Series([text]), convention="parc")
    rows = table[table["cue"].str.endswith(" by")]
    return [
        (r.source, r.cue, [text[a:b] for a, b in r.content_spans], r.type)
        for r in rows.itertuples()
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Cruz went on to denounce the replacement bill supported by House Speaker "
            "Rand Hale (R.-Wis.) and to announce his own.",
            ("House Speaker Rand Hale (R.-Wis.)", "supported by", ["the replacement bill"]),
        ),
        (
            "Voss vetoed that bill, which was sponsored by then-Rep. Tom Lutz (R.-Ga.).",
            ("then-Rep. Tom Lutz (R.-Ga.)", "was sponsored by", ["which"]),
        ),
        (
            "A resolution proposed by the United States, France and Britain would condemn "
            "the attack.",
            ("the United States, France and Britain", "proposed by", ["A resolution"]),
        ),
        (
            "The move has been challenged by immigrant-rights advocates in court.",
            ("immigrant-rights advocates", "has been challenged by", ["The move"]),
        ),
        (
            "Halden said the plan, supported by the House leadership, would pass.",
            ("the House leadership", "supported by", ["the plan"]),
        ),
    ],
)
def test_agent_after_by_takes_a_position(text, expected):
    assert [(*expected, "act")] == acts(text)


@pytest.mark.parametrize(
    "text",
    [
        "The loan was backed by evidence of income.",
        "The plan was supported by the data.",
        "The bill was written by hand.",
    ],
)
def test_no_agent_no_act(text):
    assert acts(text) == []


def test_default_convention_leaves_the_act_to_the_stance_rules():
    text = "The plan is backed by Gov. Helena Strand."
    assert find_attributions(Article(text)) == []
    assert acts(text) == [("Gov. Helena Strand", "is backed by", ["The plan"], "act")]
