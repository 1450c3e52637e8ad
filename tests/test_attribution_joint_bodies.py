"""Joint sources of bodies no actor was found for, and country short forms inside a
body's name (issue 15; real-news patterns, invented names)."""

from __future__ import annotations

from newsresearch.text import Article


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(text[a.source[0] : a.source[1]], a.speaker) for a in Article(text).attributions]


def test_bodies_joined_in_a_source_are_each_named_as_written():
    text = (
        "The World Health Organization, U.N. Women and the U.N. Human Rights office called "
        "for a ban on the tests. They said the tests were unscientific."
    )
    joint = "World Health Organization; U.N. Women; U.N. Human Rights office"
    assert _speakers(text) == [
        (
            "The World Health Organization, U.N. Women and the U.N. Human Rights office",
            joint,
        ),
        ("They", joint),
    ]


def test_people_with_abbreviated_titles_stay_people():
    text = "U.S. Rep. Ana Brooks and Sen. Tom Reyes said the bill was dead."
    assert _speakers(text) == [("U.S. Rep. Ana Brooks and Sen. Tom Reyes", "Ana Brooks; Tom Reyes")]


def test_a_country_short_form_in_a_body_name_is_kept():
    text = (
        "The United States and Halden signed the accord in May. The missile flew 600 miles, "
        "according to the South Korean military and U.S. officials. The U.S. government said "
        "it was watching."
    )
    speakers = dict(_speakers(text))
    assert speakers["the South Korean military and U.S. officials"] == (
        "South Korean military; U.S. officials"
    )
    assert speakers["The U.S. government"] == "U.S. government"


def test_a_body_whose_name_holds_and_is_one_speaker():
    text = "The Halden Oversight and Reform Committee said on Monday that the records were late."
    assert _speakers(text) == [
        ("The Halden Oversight and Reform Committee", "Halden Oversight and Reform Committee")
    ]


def test_two_bodies_joined_by_and_are_each_named():
    # the actor finder reads only "Department" there: the capitalised name is kept whole
    text = "The White House and Justice Department downplayed the report on Friday."
    assert _speakers(text)[0][1] == "White House; Justice Department"


def test_a_body_read_whole_across_its_and_keeps_its_whole_name():
    text = "The Halden Food and Drug Agency said on Monday that the pill was safe."
    assert _speakers(text) == [("The Halden Food and Drug Agency", "Halden Food and Drug Agency")]
    text = "The Department of Roads and Public Works said on Monday that the bridge would close."
    assert [s for _, s in _speakers(text)] == ["Department of Roads and Public Works"]


def test_a_person_and_their_unnamed_people_are_the_person_and_anonymous():
    text = "Tom Reyes and his supporters argue that the count was flawed."
    assert _speakers(text) == [("Tom Reyes and his supporters", "Tom Reyes; anonymous")]
