"""A cue that is one predicate in a comma list of past-tense predicates
(newsresearch.attribution.predicate_lists) on real-news shapes, names invented."""

from __future__ import annotations

from attribution_helpers import parc_rows

from newsresearch.attribution.predicate_lists import listed_predicate_subject


def _by_cue(text: str) -> dict[str, str]:
    return {row[1]: row[0] for row in parc_rows(text)}


def test_said_in_a_list_of_predicates_after_an_opener():
    text = (
        "Over the course of a rally that lasted two hours, Lena Orr mocked the press as "
        '"lazy," took credit for the new bridge, said she was tough on crime, '
        "and left before the vote."
    )
    assert _by_cue(text)["said"] == "Lena Orr"


def test_noted_after_one_predicate():
    text = (
        'Mayor Tom Reyes pointed to "gains in every ward," noted that turnout had risen, '
        "but warned of cuts."
    )
    assert _by_cue(text)["noted"] == "Mayor Tom Reyes"


def test_a_participle_inside_the_subject_is_no_predicate():
    text = "The council vote, announced Monday, would not raise the levy."
    assert listed_predicate_subject(text, lo=0, hi=text.index("announced")) is None


def test_a_linking_verb_makes_the_next_past_form_a_participle():
    text = "It sounded firm, intended to calm the farmers of Dorran."
    assert listed_predicate_subject(text, lo=0, hi=text.index("intended")) is None


def test_a_relative_clause_keeps_its_own_subject():
    text = "Ida Moss held a briefing where she defended the budget, criticized the audit, and left."
    assert listed_predicate_subject(text, lo=0, hi=text.index("criticized")) is None
