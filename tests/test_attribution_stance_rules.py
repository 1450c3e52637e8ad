"""Implicit stance takers and targets: agentless passives, received stance, bare legislation nouns."""

from __future__ import annotations

import pandas as pd
import pytest

from newsresearch.attribution import stance_triples
from newsresearch.attribution.stance_cues import find_issues
from newsresearch.attribution.stance_rules import agentless_passive, issue_antecedent


def triples(text: str) -> list[tuple]:
    found = stance_triples(pd.Series([text], index=["d"]))
    return [tuple(r) for r in found[["kind", "speaker", "target", "sentiment"]].to_numpy()]


def test_agentless_passive_needs_an_auxiliary_and_a_participle():
    assert agentless_passive("Voss was widely criticized.", 16, 0)
    assert not agentless_passive("Voss criticized Keller.", 5, 0)
    assert not agentless_passive("Voss was fighting Keller.", 9, 0)


def test_issue_antecedent_skips_other_classes():
    text = "The Senate passed the Brinton water bill. Keller opposed the plan and the measure."
    plan, measure = [i for i in find_issues(text) if i.name in ("plan", "measure")]
    assert issue_antecedent(find_issues(text), plan) == "plan"
    assert issue_antecedent(find_issues(text), measure) == "Brinton water bill"


@pytest.mark.parametrize(
    "text, expected",
    [
        # a passive with no agent: the stance taker is not named
        ("Rep. Tom Keller was sued last week.", [("act", "anonymous", "Tom Keller", "negative")]),
        (
            "Gov. Ada Voss was roundly praised for the rescue plan.",
            [("act", "anonymous", "Ada Voss", "positive")],
        ),
        # with an agent the agent is the source
        (
            "Rep. Tom Keller was sued by Gov. Ada Voss last week.",
            [("act", "Ada Voss", "Tom Keller", "negative")],
        ),
    ],
)
def test_agentless_passive_has_anonymous_source(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Sen. Garrick Voss drew sharp criticism after the vote.",
            [("quote", "anonymous", "Garrick Voss", "negative")],
        ),
        (
            "Sen. Garrick Voss came under fire on Tuesday.",
            [("quote", "anonymous", "Garrick Voss", "negative")],
        ),
        # the source after "from"; the noun is no act cue of its own
        (
            "Gov. Ada Voss has won praise from Rep. Tom Keller for the plan.",
            [("quote", "Tom Keller", "Ada Voss", "positive")],
        ),
        # denied or negated: no stance
        ("The Brinton Water Board faced no opposition.", []),
        ("Rep. Tom Keller did not face criticism.", []),
    ],
)
def test_received_stance(text, expected):
    assert triples(text) == expected


def test_bare_synonym_refers_back_to_the_named_bill():
    first = "The Senate passed the Brinton water bill on Monday. "
    measure = triples(first + "Rep. Tom Keller vowed to block the measure.")
    assert ("act", "Tom Keller", "Brinton water bill", "negative") in measure
    # the same head keeps its own name; other heads are not synonyms
    assert ("act", "Tom Keller", "bill", "negative") in triples(
        first + "Rep. Tom Keller vowed to block the bill."
    )
    assert ("act", "Tom Keller", "plan", "negative") in triples(
        first + "Rep. Tom Keller vowed to block the plan."
    )


def test_a_bare_vague_issue_is_no_target():
    assert triples("Sen. Ada Voss criticized the meeting.") == []
    # with a modifier it names an issue
    named = triples("Sen. Ada Voss criticized the Brinton meeting.")
    assert [t[2] for t in named] == ["Brinton meeting"]
    # a bare policy domain ("the change", "their rights") names no issue either
    assert triples("Sen. Ada Voss criticized the change.") == []
    assert [t[2] for t in triples("Sen. Ada Voss criticized climate change.")] == ["climate change"]


def test_reception_sentences_are_those_holding_a_reception_noun():
    from newsresearch.attribution.stance_rules import _reception_sentences

    text = "Voss drew CRITICISM. Keller smiled. The plan won support. Fired up. Oddly ſo."
    sentences = [(0, 20), (21, 35), (36, 57), (58, 67), (68, 77)]
    assert _reception_sentences(text, sentences) == [(0, 20), (36, 57), (58, 67), (68, 77)]
    plain = text.replace("ſ", "s")  # no odd letter: a reception verb is needed too
    assert _reception_sentences(plain, sentences) == [(0, 20), (36, 57)]
    # a noun cut by a sentence end belongs to neither sentence
    assert _reception_sentences("won praise", [(0, 7), (7, 10)]) == []
    # a verb only inside another word ("redrew") is none
    assert _reception_sentences("Keller redrew criticism.", [(0, 24)]) == []
    assert _reception_sentences("Keller drew criticism.", [(0, 22)]) == [(0, 22)]
