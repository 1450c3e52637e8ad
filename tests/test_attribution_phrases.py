"""Noun phrases of sources (newsresearch.attribution.phrases) on real-news patterns, names invented."""

from __future__ import annotations

import pandas as pd
import pytest

import newsresearch as nr
from newsresearch.attribution.conventions import convert
from newsresearch.attribution.phrases import clause_subject, np_left, np_right
from newsresearch.text import Article


def _span(text: str, span: tuple[int, int] | None) -> str | None:
    return text[span[0] : span[1]] if span else None


def test_a_capitalised_today_ends_a_name_not_a_time():
    text = "Halden Today notes that"
    assert _span(text, np_left(text, 0, text.index(" notes"))) == "Halden Today"
    text = "The mayor today said"
    assert _span(text, np_left(text, 0, text.index(" said"))) == "The mayor"


def test_inverted_source_with_a_role_between_outlet_and_name():
    text = "“Will anyone pay more?” asked KTVR host Ana Brooks."
    assert _span(text, np_right(text, text.index(" KTVR"), len(text))) == "KTVR host Ana Brooks"
    text = '"The plan is late," wrote Halden campaigning group Clean Rivers Now.'
    source = np_right(text, text.index(" Halden"), len(text))
    assert _span(text, source) == "Halden campaigning group Clean Rivers Now"


def test_inverted_source_a_name_and_its_role_head():
    text = "‘I saw things that worried me’, says Voss aide – video"
    assert _span(text, np_right(text, text.index(" Voss"), len(text))) == "Voss aide"


def test_long_title_before_a_name_after_the_cue():
    text = '"It is over," said Halden Courier Chief Legal Analyst Tom Reyes.'
    source = np_right(text, text.index(" Halden"), len(text))
    assert _span(text, source) == "Halden Courier Chief Legal Analyst Tom Reyes"


def test_determiner_led_subject_of_a_later_predicate():
    text = "A group of Halden council members met with the mayor last week and cautioned"
    source = clause_subject(text, 0, text.index("cautioned"))
    assert _span(text, source) == "A group of Halden council members"
    rows = convert(Article(text + " that the levy was unpopular."), "parc")
    full = text + " that the levy was unpopular."
    assert [_span(full, a.source) for a in rows] == ["A group of Halden council members"]


def test_of_the_inside_a_title_before_a_name():
    text = "Republican Speaker of the Assembly Tom Reyes said"
    source = np_left(text, 0, text.index(" said"))
    assert _span(text, source) == "Republican Speaker of the Assembly Tom Reyes"


def test_a_name_before_a_chain_of_two_appositives():
    text = (
        "Sen. Ida Voss, one of the sponsors of the Rivers Act, a law that funds dams for "
        "ten years, said"
    )
    assert _span(text, np_left(text, 0, text.index(" said"))) == "Sen. Ida Voss"
    text = "Its chief executive, Declan Moyes, said"  # one appositive: the name after it
    assert _span(text, np_left(text, 0, text.index(" said"))) == "Its chief executive, Declan Moyes"


def test_adjectives_coordinated_before_one_plural_head():
    text = "Still, some legal and policy experts said"
    assert _span(text, np_left(text, 0, text.index(" said"))) == "some legal and policy experts"
    text = "Both economists and policy experts said"  # two heads, as before
    source = np_left(text, 0, text.index(" said"))
    assert _span(text, source) == "Both economists and policy experts"


def test_a_comma_list_of_names_before_the_last_two():
    text = "The Halden Health Board, Clean Rivers Now and the Port Authority called for"
    source = np_left(text, 0, text.index(" called"))
    assert _span(text, source) == (
        "The Halden Health Board, Clean Rivers Now and the Port Authority"
    )
    text = "In Halden, Ana Voss and Bo Lind said"  # an opening place is no member
    assert _span(text, np_left(text, 0, text.index(" said"))) == "Ana Voss and Bo Lind"


def test_a_plural_head_that_coordinated_names_illustrate():
    text = "Specifically, lawmakers like Voss and Ohio Republican Sen. Ana Roe say"
    source = np_left(text, 0, text.index(" say"))
    assert _span(text, source) == "lawmakers like Voss and Ohio Republican Sen. Ana Roe"
    text = "This led to clashes with other armed groups such as al-Haddar and the Vanguard, which"
    source = np_left(text, 0, text.index(", which"))
    assert _span(text, source) == "other armed groups such as al-Haddar and the Vanguard"


def test_a_name_with_of_and_and_before_a_title_and_name():
    text = "American College of Surgeons and Nurses President Ana Roe has said the test is safe."
    rows = convert(Article(text), "parc")
    assert [_span(text, a.source) for a in rows] == [
        "American College of Surgeons and Nurses President Ana Roe"
    ]
    assert [a.speaker for a in rows] == ["Ana Roe"]  # the speaker keeps the person


def test_a_share_of_a_group_opens_the_source():
    text = "“Two in three Halden voters say the mayor should resign,” the pollster wrote."
    rows = convert(Article(text), "parc")
    assert "Two in three Halden voters" in [_span(text, a.source) for a in rows]


def test_np_right_takes_no_day_and_no_owner_after_a_cue():
    t = "Voss, though, argued Friday that his statements did not count."
    assert np_right(t, t.index(" Friday"), len(t)) is None
    t = "Reyes, for his part, said Voss’s handling of the truth was appalling."
    assert np_right(t, t.index(" Voss"), len(t)) is None
    t = '"No," said Voss’s spokesman Tom Reyes.'
    a, b = np_right(t, t.index(" Voss"), len(t))
    assert t[a:b] == "Voss’s spokesman Tom Reyes"


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "Voss, though, argued Friday that his 2009 statements did not count as support.",
            "Voss",
            "that his 2009 statements did not count as support.",
        ),
        (
            "Reyes, for his part, said Voss’s handling of the truth was appalling.",
            "Reyes",
            "Voss’s handling of the truth was appalling.",
        ),
    ],
)
def test_a_subject_with_an_aside_is_no_inverted_content(text, source, content):
    (att,) = convert(Article(text), "parc")
    assert text[slice(*att.source)] == source
    assert [text[a:b] for a, b in att.content] == [content]


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        (
            "Voss ignored the advice; he overruled Halden Port career staff who opposed the "
            "move and deviated from usual processes.",
            "opposed",
            "Halden Port career staff",
        ),
        (
            "Lind, who put off some Democrats who thought he stayed in the race too long, is "
            "running again.",
            "thought",
            "some Democrats",
        ),
    ],
)
def test_subject_without_the_verb_of_the_clause_before_it(text, cue, source):
    atts = [a for a in convert(Article(text), "parc") if text[slice(*a.cue)] == cue]
    assert [text[slice(*a.source)] for a in atts] == [source]


def test_an_owner_with_an_honorific_keeps_the_named_appositive_in_the_source() -> None:
    text = (
        "Vice President Dale Orrin visited the resort. Mr. Orrin’s chief of staff, Tim Sato, "
        "dismissed the criticism, saying the trip was planned."
    )
    got = nr.attributions(pd.Series([text]))
    assert got["source"].tolist()[0] == "Mr. Orrin’s chief of staff, Tim Sato"
    assert set(got["speaker"]) == {"Tim Sato"}
