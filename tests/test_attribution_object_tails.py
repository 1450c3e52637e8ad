"""PARC content of a noun-phrase object: the medium, the day and the occasion of the act
stay out ("blasted the deal on Twitter" -> "the deal")."""

from __future__ import annotations

import pytest
from attribution_helpers import parc_spans

from newsresearch.attribution.object_tails import object_tail_start


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Senator Ola Brandt blasted the arrangement on Twitter.", "blasted", "the arrangement"),
        (
            "Rep. Tarek Vell trumpeted the adviser’s departure on Facebook.",
            "trumpeted",
            "the adviser’s departure",
        ),
        (
            "Mayor Ines Rowe called for a single-payer system in a 2017 Facebook post.",
            "called for",
            "a single-payer system",
        ),
        (
            "Governor Pia Lanz declared the flooding a statewide emergency last October.",
            "declared",
            "the flooding a statewide emergency",
        ),
        (
            "Bram Oster called his former aide a “lowlife” on Sunday when asked about her.",
            "called",
            "his former aide a “lowlife”",
        ),
        (
            "The councilman calmly rebutted the mayor’s account of the deal while pressing "
            "his own case.",
            "calmly rebutted",
            "the mayor’s account of the deal",
        ),
    ],
)
def test_the_tail_of_the_act_leaves_the_content(text: str, cue: str, content: str) -> None:
    assert [cue, content] in [row[1:3] for row in parc_spans(text)]


@pytest.mark.parametrize(
    ("text", "start", "lemma"),
    [
        # a clause keeps its own time and place
        ("Ruiz said the plan would fail on Monday.", "the plan", "say"),
        ("Hale wrote that Graham died at his home on Wednesday.", "that", "write"),
        # an -ing clause keeps its occasion ("accused X of doing Y in a speech")
        ("Hale accused Ruiz of hiding the memo in his Monday speech.", "Ruiz", "accuse"),
        # a relative clause, a comma or a participle: more than a plain noun phrase
        ("Ruiz disputed the claim and another in which Vance drove while drunk.", "the claim", ""),
        ("Ruiz praised the plan, which passed on Monday.", "the plan", "praise"),
        # "before" that opens no clause
        ("They would respond any differently than before and then left.", "any", ""),
    ],
)
def test_what_is_no_plain_object_keeps_its_end(text: str, start: str, lemma: str) -> None:
    a = text.index(start)
    assert object_tail_start(text, a, len(text), lemma=lemma) == len(text)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Vance questioned the day before she was due to debate.", "the day"),
        ("Ruiz declared “the end of Holtmania” roughly ten days after it began.", "“the"),
        ("Ruiz recounted that's when the trouble began.", "that"),
        ("Ruiz questioned why, after the ruling, nothing changed.", "why"),
    ],
)
def test_a_clause_that_measures_or_asks_stays(text: str, start: str) -> None:
    a = text.index(start)
    assert object_tail_start(text, a, len(text)) == len(text)


def test_a_degree_adverb_goes_with_its_clause() -> None:
    t = "Ruiz saw the merger as a mistake well before the vote."
    a = t.index("the merger")
    assert t[a : object_tail_start(t, a, len(t))] == "the merger as a mistake"
