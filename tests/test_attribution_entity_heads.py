"""Entities only article-level stance names: events, plural groups, named operations."""

from __future__ import annotations

import pandas as pd

from newsresearch.attribution import entity_stance
from newsresearch.attribution.entity_heads import (
    EVENT_HEADS,
    GROUP_PLURALS,
    find_event_phrases,
    find_for_organisations,
    find_group_plurals,
    find_operations,
    find_roles,
    kin_names,
)
from newsresearch.attribution.stance_cues import GROUP_HEADS, ISSUE_HEADS


def _names(found: list) -> list[str]:
    return [i.name for i in found]


def test_the_entity_heads_add_to_the_triple_finders_heads():
    # the triple finder's heads stay its own: these only name entities
    assert not EVENT_HEADS & ISSUE_HEADS
    assert not GROUP_PLURALS & GROUP_HEADS


def test_an_event_is_named_by_its_head_and_modifiers_not_as_a_verb():
    # a court report that comes back to "the trial"; a campaign's pact; a budget fight
    text = (
        "Judge Mara Quist said the voting-rights trial would start Monday. The trial is "
        "expected to last a week. The Berg-Lindqvist alliance collapsed after the debt "
        "increase passed; they want to cap spending and limit travel."
    )
    assert _names(find_event_phrases(text)) == [
        "voting-rights trial",
        "trial",
        "Berg-Lindqvist alliance",
        "debt increase",
    ]


def test_an_event_head_alone_after_a_relative_pronoun_or_auxiliary_is_a_verb():
    # a budget story: "the plan, which calls for ...", "cuts that would be cut"
    text = "The plan, which calls for new taxes, failed; benefits would be cut. The calls stopped."
    assert _names(find_event_phrases(text)) == ["calls"]


def test_a_plural_group_keeps_capitalised_and_hyphenated_modifiers_only():
    # a poll report ("voters think politicians ..."), a defectors' campaign, a police case
    text = (
        "Voters think politicians are out of touch, while North Korean defectors sent balloons, "
        "and fellow patrolmen backed Officer Dale Brandt."
    )
    assert [(g.name, g.type) for g in find_group_plurals(text)] == [
        ("politicians", "organisation"),
        ("North Korean defectors", "organisation"),
        ("patrolmen", "organisation"),
    ]


def test_a_collective_noun_names_a_group_too():
    # a column on the courts and the armed forces
    text = "Critics of the judiciary praised the American military and its leaders."
    assert [g.name for g in find_group_plurals(text)] == ["judiciary", "American military"]


def test_a_named_operation_is_one_issue_with_its_whole_code_name():
    text = (
        "The inspector faulted Operation Silver Gate and Operation Fast and Lucky. "
        "Aides said the operation ended."
    )
    assert _names(find_operations(text)) == ["Operation Silver Gate", "Operation Fast and Lucky"]
    assert {o.type for o in find_operations(text)} == {"issue"}


def test_entity_stance_scores_events_groups_and_operations_by_their_mentions():
    text = (
        "The Harwick Gazette reported that Judge Mara Quist will hear the census trial. "
        "The trial drew protesters. Defense lawyers said journalists had been unfair to "
        "the defendants. Operation Clear Harbor, the port sting, ended in March."
    )
    found = entity_stance(pd.Series([text], index=["d"]))
    rows = found.set_index("entity")
    assert {"census trial", "journalists", "Operation Clear Harbor"} <= set(rows.index)
    assert rows.loc["journalists", "entity_type"] == "organisation"
    assert rows.loc["Operation Clear Harbor", "entity_type"] == "issue"
    assert set(found["sentiment"]) <= {"positive", "negative"}


def test_an_organisation_named_as_members_for_a_cause_is_one_name():
    # a campaign-finance story listing advocacy groups
    text = (
        "Spending by Parents for Safer Streets and Veterans for Clean Water and Air rose, "
        "and Mayor Ada Voss said thanks for the help."
    )
    assert _names(find_for_organisations(text)) == [
        "Parents for Safer Streets",
        "Veterans for Clean Water and Air",
    ]


def test_a_relative_named_by_a_given_name_takes_the_family_name():
    # "the senator and his son Hunter's business", "Voss's brother Robert also defended him"
    text = (
        "Sen. Piotr Lind and his son Tomasz drew scrutiny. Lind's wife Marta Keller declined "
        "to comment, and Voss's brother Anton defended them."
    )
    persons = [(5, "Piotr Lind")]
    assert kin_names(text, persons) == [
        ("Tomasz Lind", "son Tomasz"),
        ("Anton Voss", "brother Anton"),
    ]
    # no person named shortly before "his": no family name to give
    assert kin_names("The report came out. " * 10 + "His son Tomasz left.", persons) == []


def test_entity_stance_scores_relatives_and_for_organisations():
    text = (
        "Sen. Piotr Lind and his son Tomasz were criticized by Citizens for Open Books, "
        "which said Tomasz had misled regulators. Lind defended his son Tomasz."
    )
    found = set(entity_stance(pd.Series([text], index=["d"]))["entity"])
    assert {"Tomasz Lind", "Citizens for Open Books"} <= found


def test_one_person_named_by_a_role_needs_the_or_a_modifier():
    # an impeachment story about an unnamed whistleblower; a shooting report
    text = (
        "Lawmakers questioned the whistleblower's motives. A shooter fled, and a "
        "park ranger said the gunman was caught. Any victim may call."
    )
    assert [(r.name, r.type) for r in find_roles(text)] == [
        ("whistleblower", "person"),
        ("gunman", "person"),
    ]
