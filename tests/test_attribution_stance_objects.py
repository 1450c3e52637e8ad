"""Objects of stance cues: the phrases entity_stance scores when nothing else names them."""

from __future__ import annotations

from newsresearch.attribution.stance_objects import stance_objects


def test_a_confirmation_hearing_lists_the_nominees_positions():
    # a nominee's stated positions, as confirmation-hearing reports list them
    text = (
        "In response to questions, Marta Quell revealed that she is opposed to the "
        "legalization of online betting. She supports beefed-up protection of US patent "
        "holders and an aggressive approach to fraud."
    )
    assert stance_objects(text) == [
        ("legalization of online betting", "negative"),
        ("beefed-up protection of US patent holders", "positive"),
    ]


def test_a_negated_cue_flips_and_a_noun_cue_takes_its_preposition():
    text = "Dorrit Vale, a longtime supporter of Calexit, did not back the Harwick Dam expansion."
    assert stance_objects(text) == [
        ("Calexit", "positive"),
        ("Harwick Dam expansion", "negative"),
    ]


def test_persons_pronouns_clauses_and_times_are_no_objects():
    text = (
        "Voss praised Gov. Helena Strand. Aides defended him on Monday. "
        "Lin backed changes. Critics blasted Voss last week. Rivals attacked late June. "
        "Unions accused Voss of lying."
    )
    # the persons and pronouns are the triples' to name; a lone lower-case noun is too vague
    assert stance_objects(text) == [("Voss", "negative"), ("Voss", "negative")]
