"""Unnamed people and groups as sources are ``anonymous`` (data/gold/ANNOTATION.md)."""

import pytest

from newsresearch.attribution.unnamed_sources import unnamed_phrase
from newsresearch.text import Article


def _speakers(text):
    return [(a.speaker, a.anonymous) for a in Article(text).attributions]


def test_a_source_familiar_after_a_name_is_not_that_name():
    # "an adviser to X, a source familiar with the matter told ...": X is whom the
    # adviser served, the source is unnamed
    text = (
        "At the time, Ana Brooks was an adviser to then-candidate Tom Voss, a source "
        "familiar with the matter told the Halden Courier."
    )
    assert _speakers(text) == [("anonymous", True)]


def test_news_reports_without_an_outlet_are_anonymous():
    text = "The campaign had raised at least $2 million, according to multiple news reports."
    assert _speakers(text) == [("anonymous", True)]


def test_the_news_media_is_anonymous():
    text = '"The tent is complete," the news media reported at the time.'
    assert _speakers(text) == [("anonymous", True)]


def test_those_who_knew_her_are_anonymous():
    text = "According to those who worked with her, the plan was hers."
    assert _speakers(text) == [("anonymous", True)]


def test_authorities_and_correspondents_are_anonymous():
    text = "He had hoarded rifles in the room for days, authorities said."
    assert _speakers(text) == [("anonymous", True)]
    text = "Correspondents say Velmar was an international pariah when the accord was signed."
    assert _speakers(text) == [("anonymous", True)]


def test_a_counted_group_is_anonymous():
    text = "Many economists and ordinary voters say the time is ripe for a simpler tax."
    assert _speakers(text) == [("anonymous", True)]


def test_a_named_source_near_an_unnamed_one_keeps_its_name():
    text = "Tom Voss, the mayor of Halden, said the budget was balanced."
    assert _speakers(text) == [("Tom Voss", False)]


@pytest.mark.parametrize(
    "phrase",
    [
        "several recent polls",
        "the report",
        "some groups, including the Halden Trust",
        "the Halden police",
        "Democrats",
        "the official",
    ],
)
def test_named_groups_and_documents_are_no_unnamed_phrase(phrase):
    assert unnamed_phrase(phrase) is None


def test_a_name_that_is_an_object_before_the_comma_is_not_the_official():
    # "the role of X, the official said": X ends a fronted phrase, it is no appositive
    text = (
        "A senior official briefed reporters on the plan. Rather than shrinking the role of "
        "Ana Brooks, the official said, the mayor will widen it."
    )
    found = Article(text).attributions
    assert all(a.speaker != "Ana Brooks" for a in found)


def test_a_name_before_its_appositive_description_is_still_the_speaker():
    text = "Tom Voss, a senior official in Halden, said the budget was balanced."
    assert _speakers(text) == [("Tom Voss", False)]


def test_unnamed_bodies_in_the_plural_are_anonymous():
    text = "The court took the case after appeals courts found that the agency broke the law."
    found = [a for a in Article(text).attributions if a.source]
    assert [(a.speaker, a.anonymous) for a in found] == [("anonymous", True)]
    text = "But opposition figures said one strike was far from enough."
    assert _speakers(text) == [("anonymous", True)]


def test_anyone_familiar_with_the_talks_is_anonymous():
    text = "Tom Voss will run, according to a Republican familiar with the talks."
    assert _speakers(text) == [("anonymous", True)]


def test_a_candidates_backers_are_anonymous_not_the_candidate():
    text = (
        "Ana Brooks won the most votes in Halden. Brooks backers contend that the party "
        "leadership is biased against her."
    )
    assert _speakers(text)[-1] == ("anonymous", True)


def test_the_former_ambassador_is_the_person_just_described_so():
    text = (
        "Ana Brooks, former Halden ambassador to the UN, has said two aides urged her to "
        "resign. The former ambassador said she disagreed with them."
    )
    assert _speakers(text)[-1] == ("Ana Brooks", False)


def test_an_ambassador_is_anonymous():
    text = "An ambassador said the talks would resume in May."
    assert _speakers(text) == [("anonymous", True)]


def test_a_collective_of_unnamed_people_is_anonymous():
    text = (
        "Ana Brooks met the Halden Group on Monday. The group of experts had told her that "
        "the count should be checked."
    )
    assert _speakers(text)[-1] == ("anonymous", True)
    assert unnamed_phrase("the majority of the public") == "counted"
    assert unnamed_phrase("a group of Halden Trust members") == "counted"  # the name check is later
    assert unnamed_phrase("a group of documents") is None
