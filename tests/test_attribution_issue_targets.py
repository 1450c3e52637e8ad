"""Issue terms as stance targets (newsresearch.attribution.issue_targets) and the stance
cues of rulings, campaigns, disputes and withdrawals (data/stance_cues.csv)."""

from __future__ import annotations

import pandas as pd
import pytest

from newsresearch.attribution import stance_triples
from newsresearch.attribution.issue_targets import TermIssueFinder, with_noun
from newsresearch.attribution.stance_cues import IssueFinder
from newsresearch.attribution.stance_rules import agentless_passive


def triples(text: str) -> list[tuple]:
    found = stance_triples(pd.Series([text], index=["d"]))
    return [tuple(r) for r in found[["kind", "speaker", "target", "sentiment"]].to_numpy()]


def test_issue_terms_join_the_head_noun_phrases_without_overlap():
    text = "Voss backs the tax bill and free trade, and fights capital punishment."
    names = [i.name for i in TermIssueFinder(text).find(0, len(text))]
    assert names == ["tax bill", "free trade", "capital punishment"]
    # the head-noun phrases are those of the plain finder, in the same order
    plain = [i.name for i in IssueFinder(text).find(0, len(text))]
    assert [n for n in names if n in plain] == plain
    # a stretch sees only its own terms
    assert [i.name for i in TermIssueFinder(text).find(0, 24)] == ["tax bill"]


def test_a_term_that_modifies_a_noun_is_named_with_it():
    text = "She backs a single-payer system and abortion rights; abortion is legal."
    names = [i.name for i in TermIssueFinder(text).find(0, len(text))]
    assert names == ["single-payer system", "abortion rights", "abortion"]
    finder = TermIssueFinder(text)
    lone = finder.find(53, len(text))[0]
    assert with_noun(lone, text) == lone  # "is": no noun


@pytest.mark.parametrize(
    "text, expected",
    [
        # a campaign speech, in the speaker's quoted words
        (
            '"We believe in free trade," Gov. Helena Strand said.',
            ("Helena Strand", "free trade", "positive"),
        ),
        # a candidate's platform
        (
            "Sen. Ada Voss called for a single-payer system at a town hall in Marlow.",
            ("Ada Voss", "single-payer system", "positive"),
        ),
    ],
)
def test_a_signed_issue_term_is_a_target(text, expected):
    assert expected in [t[1:] for t in triples(text)]


def test_an_issue_term_only_mentioned_gives_no_triple():
    assert triples("Sen. Ada Voss mentioned abortion in a speech on Monday in Marlow.") == []


def test_opposed_to_is_the_subjects_position_not_a_passive():
    text = "Sen. Ada Voss is strongly opposed to the farm bill."
    assert not agentless_passive(text, text.index("opposed"), 0)
    assert triples(text) == [("act", "Ada Voss", "farm bill", "negative")]
    # a true agentless passive keeps its unnamed source
    assert triples("Gov. Helena Strand was sued in March.") == [
        ("act", "anonymous", "Helena Strand", "negative")
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The Ninth Circuit ruled in favor of Gov. Helena Strand last year.",
            ("Ninth Circuit", "Helena Strand", "positive"),
        ),
        (
            "Sen. Ada Voss clashed with Gov. Helena Strand over the budget.",
            ("Ada Voss", "Helena Strand", "negative"),
        ),
        (
            "Sen. Ada Voss has campaigned for Gov. Helena Strand across the state.",
            ("Ada Voss", "Helena Strand", "positive"),
        ),
        (
            "Mayor Tom Reyes withdrew from the Harlow climate accord in March.",
            ("Tom Reyes", "Harlow climate accord", "negative"),
        ),
        (
            "The Marlow Nurses Union lobbied against the farm bill.",
            ("Marlow Nurses Union", "farm bill", "negative"),
        ),
        (
            "Sen. Ada Voss faulted Gov. Helena Strand for the delays.",
            ("Ada Voss", "Helena Strand", "negative"),
        ),
        ("Sen. Ada Voss objected to the farm bill.", ("Ada Voss", "farm bill", "negative")),
        (
            "Sen. Ada Voss voiced confidence in Gov. Helena Strand.",
            ("Ada Voss", "Helena Strand", "positive"),
        ),
    ],
)
def test_rulings_campaigns_disputes_and_withdrawals_are_stance_cues(text, expected):
    assert [t[1:] for t in triples(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Officers pulled him out of the car in Marlow.",  # a motion, not a stance
        "The Harlow council proposed a new budget on Monday.",  # a proposal is no cue
    ],
)
def test_motions_and_proposals_are_no_cues(text):
    assert triples(text) == []


def test_the_terms_a_text_holds_find_what_all_terms_find():
    from newsresearch.attribution.issue_terms import _terms_re, _terms_re_for

    text = "Voss backs free trade and Border Security; Keller backs the death  penalty."
    full = [m.span() for m in _terms_re().finditer(text)]
    assert [m.span() for m in _terms_re_for(text).finditer(text)] == full
    assert _terms_re_for("Voss met Keller in Marlow on Monday.") is None
