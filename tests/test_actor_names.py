"""Names in text: the name pattern, the facts of a matched name, lone words."""

from __future__ import annotations

import pandas as pd

import newsresearch as nr
from newsresearch.actor_names import (
    _title_re,
    candidate_matches,
    is_organisation,
    lone_word,
    name_facts,
    name_matches,
    title_info,
)

TEXTS = [
    "Sen. Garrick J. Voss of the National Reform Party spoke first. Arlo Menzies, the vice "
    "president's spokesman, replied. Mr. Voss said Halden Rail and the Transport Workers' "
    "Union had agreed.",
    "But Voss said. The Kremlin agreed; U.S. Senator Ada Roe-Smith and O'Neil left. "
    "Smith-Jones met Gov. Lena Ortiz\nand McConnell. CNN's Jake Tapper asked.",
    "",
]


def test_name_matches_are_those_of_finditer():
    for text in TEXTS:
        fast = [(m.span(), m.groups()) for m in name_matches(text)]
        slow = [(m.span(), m.groups()) for m in _title_re().finditer(text)]
        assert fast == slow and (fast or not text)


def test_name_facts_of_a_match():
    text = "Finance Minister Piotr Lindqvist spoke."
    m = next(name_matches(text))
    facts = name_facts(m.group(0), m.group("title"), m.start("name") - m.start())
    assert facts.title == "Finance Minister" and facts.words == ("Piotr", "Lindqvist")
    assert facts.name == "Piotr Lindqvist" and not facts.organisation and not facts.not_person
    m = next(name_matches("the Transport Workers' Union said"))
    facts = name_facts(m.group(0), m.group("title"), m.start("name") - m.start())
    assert facts.organisation and facts.canonical == "Transport Workers' Union"
    m = next(name_matches("New York Democrats said"))
    assert name_facts(m.group(0), None, 0).not_person
    m = next(name_matches("The Vice President said"))
    assert name_facts(m.group(0), m.group("title"), m.start("name") - m.start()) is None


def test_lone_words_and_word_lists():
    assert lone_word("Voss") == "Voss" and lone_word("Voss’s") == "Voss"
    assert lone_word("Ada Voss") == "" and lone_word("Union") == ""
    assert is_organisation("the health ministry") and not is_organisation("Ada Voss")
    assert title_info("former US President") == ("president", "")


def test_candidate_matches_are_name_matches_without_unknown_lone_words():
    for text in TEXTS:
        for surnames in (set(), {"Voss", "McConnell", "Kremlin"}):
            plain = [
                (m.span(), m.groups())
                for m in name_matches(text)
                if m.group("title") is not None
                or not (bare := lone_word(m.group("name")))
                or bare in surnames
            ]
            fast = [(m.span(), m.groups()) for m in candidate_matches(text, surnames)]
            assert fast == plain
    # the surnames are read as the caller adds to them
    text, known = "Voss came. Ada Voss spoke. Voss left.", set()
    found = []
    for m in candidate_matches(text, known):
        found.append(m.group(0))
        known.add("Voss")
    assert found == ["Ada Voss", "Voss"]


def test_candidates_are_the_name_facts_of_the_candidate_matches():
    from newsresearch.actor_names import candidate_matches, candidates, name_facts

    text = (
        "The senator met Sen. Ada Voss. Voss left. Reuters said Finance Minister Lena Ortiz, "
        "CNN's Jake Tapper and the Transport Workers' Union agreed. But Voss's aide did not."
    )
    for surnames in (set(), {"Voss"}, {"Voss", "Reuters", "But"}):
        expected = []
        for m in candidate_matches(text, surnames):
            facts = name_facts(m.group(0), m.group("title"), m.start("name") - m.start())
            if facts is not None:
                expected.append((m.start(), facts))
        assert list(candidates(text, surnames)) == expected
    found = dict(candidates(text, {"Voss"}))
    assert found[16].title == "Sen." and found[16].name == "Ada Voss"
    assert found[31].words == ("Voss",) and found[31].title is None


def test_candidates_read_the_surnames_as_they_grow():
    from newsresearch.actor_names import candidates

    surnames: set[str] = set()
    seen = []
    for _start, facts in candidates("Ada Voss spoke. Voss left.", surnames):
        seen.append(facts.name)
        surnames.add(facts.words[-1])
    assert seen == ["Ada Voss", "Voss"]


def test_a_title_word_after_a_job_description_is_a_given_name():
    from newsresearch.actor_names import candidates

    text = "Executive editor Dean Holloway spoke. Dean Ada Voss and spokesman Maj. Tom Ruiz left."
    found = {f.name: f.title for _, f in candidates(text, ())}
    assert found["Dean Holloway"] is None  # a given name after "editor"
    assert found["Ada Voss"] == "Dean" and found["Tom Ruiz"] == "Maj."


def test_party_and_place_before_a_name_are_its_title():
    from newsresearch.actor_names import candidates

    text = (
        "Arizona Republican Trent Halvorsen resigned. Democrat Ana Voss agreed, and the "
        "Republican National Committee said nothing."
    )
    found = {f.name: (f.title, f.not_person) for _, f in candidates(text, ())}
    assert found["Trent Halvorsen"] == ("Arizona Republican", False)
    assert found["Ana Voss"] == ("Democrat", False)
    assert found["Republican National Committee"] == (None, True)


def test_kin_named():
    from newsresearch.actor_names import kin_named

    text = "told Ann Merrow, the mother of Army medic Tyson Merrow, and Tom Lee"
    assert kin_named(text, text.index("Army")) and kin_named(text, text.index("Tyson"))
    assert not kin_named(text, text.index("Ann")) and not kin_named(text, text.index("Tom"))


def test_a_place_or_party_before_an_abbreviated_title_keeps_the_title():
    from newsresearch.actor_names import candidates
    from newsresearch.actors import find_actors

    # "Wisconsin Sen. Ron Johnson", "Republican Gov. Rick Snyder"
    text = "It is troubling, Wisconsin Sen. Ron Halvorsen said. Republican Gov. Ed Roe agreed."
    found = {f.name: (at, f.title) for at, f in candidates(text, ())}
    assert found["Ron Halvorsen"] == (text.index("Wisconsin"), "Wisconsin Sen.")
    assert found["Ed Roe"] == (text.index("Republican"), "Republican Gov.")
    roles = {k: a.roles for k, a in find_actors(text).actors.items()}
    assert roles == {"Ron Halvorsen": {"senator"}, "Ed Roe": {"governor"}}


def test_a_dateline_in_capitals_is_no_person() -> None:
    text = (
        "Ada Wren is a staff writer.\n\nPORT HALDEN, Vt. — Her plan had failed, and the "
        'town knew it. "We will try again," she said.'
    )
    actors = nr.parse(pd.Series([text]))[0].actors.actors
    assert "PORT HALDEN" not in actors
    assert "PORT HALDEN" not in nr.attributions(pd.Series([text]))["speaker"].tolist()


def test_newspaper_names_are_organisations() -> None:
    assert is_organisation("Varden Gazette")
    assert is_organisation("the Harbor Tribune")
    assert not is_organisation("Ada Voss")


def test_a_person_named_with_an_organisation_after_of_keeps_the_name_only() -> None:
    got = nr.attributions(pd.Series(['"This is wrong," said Mary Reyes of Cause of Action.']))
    assert got["speaker"].tolist() == ["Mary Reyes"]
    assert name_facts("Secretary of State Ana Ruiz", None, 0).words == ("Ana", "Ruiz")


def test_a_headline_verb_ends_a_name() -> None:
    text = "U.S. Surgeon General Ana Roe Talks To NPR Listen · 7:13\n\nBut she added that it works."
    assert list(nr.parse(pd.Series([text]))[0].actors.actors) == ["Ana Roe"]
    assert name_facts("Dale Orrin Says Talks Failed", None, 0).words == ("Dale", "Orrin")


def test_an_opening_participle_before_a_day_is_no_name_and_an_age_is_a_person() -> None:
    text = (
        "Voters such as Ada Wren are feeling a touch of panic. Interviewed Saturday at a rally "
        "in Hampton, the 69-year-old said she wants to back the strongest candidate."
    )
    assert list(nr.parse(pd.Series([text]))[0].actors.actors) == ["Ada Wren"]
    got = nr.attributions(pd.Series([text]))
    assert set(got["speaker"]) == {"Ada Wren"}
