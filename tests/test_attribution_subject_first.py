"""A subject and an aside before "said": no inverted content (indirect._inverted), names invented."""

from __future__ import annotations

from newsresearch.attribution.conventions import convert
from newsresearch.text import Article


def _said(text: str, cue: str = "said") -> list[tuple[str | None, list[str]]]:
    return [
        (text[a.source[0] : a.source[1]] if a.source else None, [text[x:y] for x, y in a.content])
        for a in convert(Article(text), "parc")
        if a.cue and text[a.cue[0] : a.cue[1]] == cue
    ]


def test_a_reported_subject_of_several_words_is_no_inverted_source():
    text = (
        "Dana Orr, a longtime fundraiser based in Millbrook, said Republican campaign "
        "operatives have told him they want to hold events in synagogues."
    )
    assert _said(text) == [
        (
            "Dana Orr, a longtime fundraiser based in Millbrook",
            [
                "Republican campaign operatives have told him they want to hold events in "
                "synagogues."
            ],
        )
    ]


def test_two_names_joined_by_and_are_the_reported_subject():
    text = (
        "Another Lindqvist ally, requesting anonymity to speak candidly, said Lindqvist "
        "and Moreau will figure it out as the primary draws closer."
    )
    assert _said(text) == [
        (
            "Another Lindqvist ally",
            ["Lindqvist and Moreau will figure it out as the primary draws closer."],
        )
    ]


def test_a_possessive_after_said_opens_the_content():
    text = "Ferrand, for his part, said Ostrow’s handling of the truth has broken new ground."
    assert _said(text) == [
        # the PARC source skips a "for his part" aside (source_heads)
        ("Ferrand", ["Ostrow’s handling of the truth has broken new ground."])
    ]


def test_a_day_and_that_after_the_cue_are_no_inverted_source():
    text = "Castell, though, argued Friday that his 2019 votes did not count as support."
    assert _said(text, "argued") == [("Castell", ["that his 2019 votes did not count as support."])]


def test_a_said_first_source_still_inverts():
    text = "Taxes will rise next year, said Noor Haddad as she walked out of the meeting."
    assert _said(text) == [("Noor Haddad", ["Taxes will rise next year"])]


def test_a_participle_after_an_inverted_cue_belongs_to_the_sentence():
    text = (
        "Ostrow “went quiet after the vote” and “checked out”, the aide said, alluding to "
        "the night the council split."
    )
    assert _said(text) == [("the aide", ["Ostrow “went quiet after the vote” and “checked out”"])]


def test_a_clause_after_a_dash_follows_an_inverted_cue():
    text = (
        "The agency’s staff are already “badly stretched,” the Halvard memo noted – even "
        "as it outlined plans to widen inspections."
    )
    assert _said(text, "noted") == [
        ("the Halvard memo", ["The agency’s staff are already “badly stretched,”"])
    ]
