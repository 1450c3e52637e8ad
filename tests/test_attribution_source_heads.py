"""PARC sources with the noun phrase their prepositional phrase hangs on (source_heads)."""

from __future__ import annotations

import pytest

from newsresearch.attribution.conventions import convert
from newsresearch.attribution.source_heads import with_head_phrase
from newsresearch.text import Article


def _sources(text: str) -> dict[str, str | None]:
    """PARC source text by cue text."""
    out = {}
    for att in convert(Article(text), "parc"):
        if att.cue is not None:
            out[text[slice(*att.cue)]] = text[slice(*att.source)] if att.source else None
    return out


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        (
            "Police reports were inconsistent. Because of that, an earlier version of this "
            "article incorrectly said the rifle was found in the car.",
            "incorrectly said",
            "an earlier version of this article",
        ),
        (
            "Early data from Halvorsen Labs' flu vaccine, the first to be tested in Norway, "
            "showed that it produced antibodies.",
            "showed",
            "Early data from Halvorsen Labs' flu vaccine, the first to be tested in Norway",
        ),
        (
            "A new email petition sent out by the Coastal Voters League urges people to sign "
            "a letter to the governor.",
            "urges",
            "A new email petition sent out by the Coastal Voters League",
        ),
        (
            "These questions have also arisen after the State Court of Appeals for the Fourth "
            "District upheld a ruling that halted the fee.",
            "upheld",
            "the State Court of Appeals for the Fourth District",
        ),
    ],
)
def test_source_takes_the_head_its_prepositional_phrase_hangs_on(text, cue, source):
    assert _sources(text)[cue] == source


@pytest.mark.parametrize(
    "text",
    [
        "Mara Lind spoke with reporters in Halden and said the plan was dead.",
        "The plan drew criticism from some conservatives, who argued it would cost too much.",
        "The plan drew criticism from conservatives in the House and Senate, saying it costs a lot.",
        "Democrats look at Special Counsel Ana Roe’s conclusion differently.",
        "Critics pointed to the decision by the board, which said it had no choice.",
    ],
)
def test_no_head_phrase_from_a_clause_with_a_verb(text):
    for source in _sources(text).values():
        assert source is None or not source.startswith(
            ("Mara Lind spoke", "The plan drew", "Democrats look", "Critics pointed")
        )


def test_with_head_phrase_needs_a_clause_opening():
    t = "The mayor met the head of the agency and said"
    source = (t.index("the agency"), t.index(" and"))
    assert with_head_phrase(t, source) == source  # "met the head of": an object, no subject
    t = "But the head of the agency said"
    a, b = with_head_phrase(t, (t.index("the agency"), t.index(" said")))
    assert t[a:b] == "the head of the agency"


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        (
            "Another expert, Yossi Ren, former director general of the Halden energy ministry, "
            "suggested that the talks would fail.",
            "suggested",
            "Another expert, Yossi Ren, former director general of the Halden energy ministry",
        ),
        (
            "Halden’s mayor, Andrew “FoFo” Gilmore, a Republican, said reopening was being "
            "done responsibly.",
            "said",
            "Halden’s mayor, Andrew “FoFo” Gilmore, a Republican",
        ),
        (
            "The next day, Ana Voss said the plan was dead.",
            "said",
            "Ana Voss",
        ),
        (
            "A day later, Ana Voss said the plan was dead.",
            "said",
            "Ana Voss",
        ),
    ],
)
def test_source_takes_the_description_before_a_name(text, cue, source):
    assert _sources(text)[cue] == source


def test_source_after_its_cue_stops_at_a_coordinated_clause():
    text = "It’s “ideological media,” says Usher Lyle, and it’s booming."
    assert _sources(text)["says"] == "Usher Lyle"


def test_source_stops_at_the_parenthesis_its_cue_sits_in():
    text = (
        "Even if the officers knocked on the door for 30 seconds (according to Ana Lind) "
        "before breaking it in, the knock could easily have been missed by people asleep."
    )
    assert _sources(text)["according to"] == "Ana Lind"


def test_an_aside_with_a_verb_is_no_appositive_of_the_source():
    text = (
        "Vice President Ana Voss and House Speaker Tom Reyes, R-Wis., made the rounds, "
        "pushing back against the narrative the bill is being rushed."
    )
    assert _sources(text)["pushing back against"] == (
        "Vice President Ana Voss and House Speaker Tom Reyes, R-Wis."
    )
    text = "Ana Voss, a senator from Halden, said the bill was rushed."
    assert _sources(text)["said"] == "Ana Voss, a senator from Halden"


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        (
            "The Voss team arrived here worried that a bored news media would exaggerate "
            "any turnaround.",
            "worried",
            "The Voss team",
        ),
        (
            "Afterward, a spokesman for Halden’s just-departed police chief Tom Reyes issued a "
            'furious blast at the mayor: "Mr. Reyes is deeply saddened by the remarks."',
            "blast at the mayor:",
            "a spokesman for Halden’s just-departed police chief Tom Reyes",
        ),
    ],
)
def test_source_without_the_verb_and_object_before_its_cue(text, cue, source):
    assert _sources(text)[cue] == source


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        (
            "Ana Lind, director of the Halden Centre for Clean Air, a nonprofit campaigning "
            "against “electromagnetic pollution,” says that people have a right to worry.",
            "says",
            "Ana Lind, director of the Halden Centre for Clean Air",
        ),
        (
            "John Roe, the Ledger’s editor-in-chief, sympathized with the paper but suggested "
            "that it was too soon to give up.",
            "suggested",
            "John Roe, the Ledger’s editor-in-chief",
        ),
    ],
)
def test_source_takes_the_first_appositive_when_more_words_follow(text, cue, source):
    assert _sources(text)[cue] == source
