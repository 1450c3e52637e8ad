"""Entities found by their shape: plural agent nouns and terms in quotation marks."""

import pandas as pd

from newsresearch.attribution.entity_shapes import (
    company_short_names,
    find_agent_plurals,
    find_quoted_terms,
)
from newsresearch.attribution.stance_summary import entity_stance


def _names(found):
    return [f.name for f in found]


def test_agent_plurals_name_groups_no_list_holds():
    text = (
        "Mayor Ilse Brandvold blamed loan sharks and predatory brokers. "
        "The Harwick organizers and anti-tax campaigners gathered outside."
    )
    assert _names(find_agent_plurals(text)) == [
        "brokers",
        "Harwick organizers",
        "anti-tax campaigners",
    ]


def test_agent_plurals_group_type_and_no_listed_heads():
    found = find_agent_plurals("Angry voters and local politicians met the reformers.")
    assert [(g.name, g.type) for g in found] == [
        ("voters", "organisation"),
        ("reformers", "organisation"),
    ]  # politicians: entity_heads.GROUP_PLURALS names it


def test_agent_plurals_leave_out_things_and_verbs():
    text = (
        "Senator Odile Varga insists the numbers matter, and the committee offers the "
        "papers; the filters and sensors failed."
    )
    assert find_agent_plurals(text) == []


def test_quoted_terms_are_short_noun_phrases():
    text = (
        'The council backed a “river guard” plan. Critics decried "cost creep" and '
        "what the agency called “managed retreat zones.”"
    )
    assert _names(find_quoted_terms(text)) == ["river guard", "cost creep", "managed retreat zones"]


def test_quoted_terms_leave_out_speech_judgements_and_verb_phrases():
    text = (
        "Governor Pell Arnaud called it “a catastrophe” and “totally unfair,” "
        "said the plan would “send a message” and “I won’t sign it”; "
        '"It failed," Arnaud said, "and badly." He praised “resilience” and “tremendous”.'
    )
    assert _names(find_quoted_terms(text)) == ["resilience"]


def test_quoted_terms_keep_adjectives_in_ly():
    text = "He spoke of “friendly farmers” and “weekly briefings”, not “mostly luck”."
    assert _names(find_quoted_terms(text)) == ["friendly farmers", "weekly briefings"]


def test_quoted_terms_span_and_name():
    text = "Aides touted an “Orbital Shield” program."
    (term,) = find_quoted_terms(text)
    assert term.name == "Orbital Shield" and text[term.start : term.end] == "Orbital Shield"
    assert term.type == "issue"


def test_entity_stance_scores_shaped_entities_by_tone():
    text = pd.Series(
        [
            "Sheriff Tomas Wend said smugglers terrorized the valley and smugglers must be "
            "stopped. Residents praised the “canyon watch” program, a wonderful success."
        ],
        index=["d1"],
    )
    out = entity_stance(text)
    rows = out.set_index("entity")
    assert rows.loc["smugglers", "sentiment"] == "negative"
    assert rows.loc["smugglers", "entity_type"] == "organisation"
    assert rows.loc["canyon watch", "source"] == "tone"


def test_company_short_names_alias_the_full_name():
    rows = company_short_names(["Quillon Corp.", "Quillon Corp.", "Harbor Trust", "Inc"])
    assert rows == [
        ("Quillon", "organisation", "Quillon"),
        ("Quillon", "organisation", "Quillon Corp."),
    ]


def test_entity_stance_scores_a_company_by_its_short_name():
    text = pd.Series(
        [
            "Quillon Corp. reported higher profits on Monday. Analysts praised Quillon for "
            "its results, and regulators cleared a Quillon merger. Later Quillon said demand "
            "was good."
        ],
        index=["d1"],
    )
    rows = entity_stance(text).set_index("entity")
    assert "Quillon" in rows.index and "Quillon Corp" not in rows.index
    assert rows.loc["Quillon", "mentions"] >= 3
