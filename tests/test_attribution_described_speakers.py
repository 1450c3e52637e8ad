"""Sources that describe a person the article names elsewhere: an office with the body it
serves ("the speaker of Parliament", "the top Democrat on the House committee") is the one
holder of that office, never the body; a relative named by a given name after the owner's
possessive ("Carver's brother Robert") is that given name with the owner's family name
(real-news patterns, invented names)."""

from __future__ import annotations

from newsresearch.actors import find_actors
from newsresearch.attribution.described_speakers import described_holder, kin_name
from newsresearch.text import Article


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [
        (text[a.source[0] : a.source[1]], a.speaker)
        for a in Article(text).attributions
        if a.source is not None
    ]


def test_an_office_of_a_body_is_its_holder_named_later():
    text = (
        "Halden's outspoken speaker of Parliament said Tuesday that the visiting president "
        "would not be welcome to address the chamber.\n\n"
        "Commons Speaker Ada Voss has refused such requests before."
    )
    speakers = dict(_speakers(text))
    assert "Ada Voss" in speakers.values()
    assert "Parliament" not in speakers.values()


def test_a_party_member_on_a_committee_is_the_one_so_described():
    text = (
        "Rep. Tom Reyes, the top Democrat on the House Finance Committee, called the memo "
        "misleading.\n\n"
        "Late on Thursday, the top Democrat on the House committee claimed that the chairman "
        "had made changes to the memo."
    )
    claimed = [s for s in Article(text).attributions if "claimed" in text[s.cue[0] : s.cue[1]]]
    assert [a.speaker for a in claimed] == ["Tom Reyes"]


def test_two_holders_of_the_office_leave_the_description_alone():
    text = "Speaker Ada Voss met Speaker Piotr Lindqvist. The speaker of Parliament said no."
    assert described_holder("The speaker of Parliament", find_actors(text)) is None


def test_a_description_without_an_office_is_left_to_other_rules():
    text = "Speaker Ada Voss spoke. The members of Parliament said no."
    assert described_holder("The members of Parliament", find_actors(text)) is None


def test_a_brother_named_by_given_name_takes_the_family_name():
    text = (
        "Lawyers for President Dan Carver called the report false. Carver's brother Robert "
        "also defended their parents, saying, “All the taxes were paid.”"
    )
    speakers = [speaker for _, speaker in _speakers(text)]
    assert "Robert Carver" in speakers


def test_kin_names_need_a_given_name_after_the_relation():
    assert kin_name("Reyes's daughter Maria") == "Maria Reyes"
    assert kin_name("Reyes's late wife") is None
    assert kin_name("the senator's son") is None


def test_one_senator_in_a_lede_is_the_senator_named_later():
    text = (
        "The agent sent a text message that one top Republican senator says shows he saw no "
        "evidence of wrongdoing. The message is “stunning,” Wisconsin Sen. Tom Voss said."
    )
    assert ("one top Republican senator", "Tom Voss") in _speakers(text)


def test_a_name_after_a_role_is_the_speaker_when_no_actor_covers_it():
    # "Lake" reads as a place word: the name after the role is still the speaker
    text = (
        "The empathy question is \u201cvery, very important,\u201d says Democratic pollster "
        "Ana Lake."
    )
    assert Article(text).attributions[0].speaker == "Ana Lake"


def test_a_website_before_a_relative_clause_speaks_as_an_organisation():
    text = (
        "Ratewatch.com, which sponsored the survey, said 51 percent don\u2019t want to use the "
        "exchange again."
    )
    found = Article(text).attributions
    assert [(a.speaker, a.speaker_type) for a in found] == [("Ratewatch.com", "organisation")]


def test_a_dated_lead_in_before_an_unnamed_spokeswoman_is_no_name():
    text = (
        "Ana Brooks campaigned in Ohio on Thursday.\n\n"
        "Responding Friday, a spokeswoman from the Carver campaign said the briefing was "
        "\u201cextremely hollow.\u201d"
    )
    assert [a.speaker for a in Article(text).attributions] == ["anonymous"]


def test_her_husband_is_the_one_of_her_family_name():
    from newsresearch.text import Article

    text = (
        "Steve Voss, whose wife was hurt in the crash, sued the city.\n\nRosemarie Voss spent "
        "a year in hospital. Her husband said she needs more surgery."
    )
    found = [a for a in Article(text).attributions if a.source]
    assert [a.speaker for a in found if text[a.source[0] : a.source[1]] == "Her husband"] == [
        "Steve Voss"
    ]


def test_her_husband_with_no_one_of_her_family_name_gets_no_name():
    from newsresearch.text import Article

    text = "Rosemarie Voss spent a year in hospital. Her husband said she needs more surgery."
    found = [a for a in Article(text).attributions if a.source]
    assert all(
        a.speaker in (None, "anonymous")
        for a in found
        if "husband" in text[a.source[0] : a.source[1]]
    )


def test_a_countrys_pm_is_its_prime_minister():
    from newsresearch.text import Article

    text = (
        "Halden Prime Minister Ada Voss met the envoy on Monday. Later, Halden's PM says "
        "the talks would go on."
    )
    assert [a.speaker for a in Article(text).attributions][-1] == "Ada Voss"
