"""Cue words that do not report: nouns before a relative "that", the adjective "alleged"."""

from __future__ import annotations

import pytest

from newsresearch.attribution.false_cues import false_cue
from newsresearch.attribution.records import Attribution
from newsresearch.text import Article


def _cues(text: str) -> list[str]:
    return [text[slice(*a.cue)] for a in Article(text).attributions if a.cue]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "Dozens of conservatives have signed on to a Republican Study Committee "
            "replacement plan that has the backing of House Majority Whip Tom Brenner.",
            "plan",
        ),
        (
            "Voss is reaching out to young voters with a message that bashes both "
            "Democrats and Republicans.",
            "message",
        ),
        (
            "Lena Marsh said she was not personally involved in the decision that led to "
            "the governor's executive order in November.",
            "decision",
        ),
        (
            "The couriers were identified, according to officials familiar with the "
            "classified intelligence report that was presented to the president.",
            "report",
        ),
    ],
)
def test_noun_before_a_relative_that_is_no_cue(text, word):
    assert word not in _cues(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "Speaking at a hearing that focused on Moscow's alleged hacking during the "
            "elections, Ravel said there was a difference between doubt and disparagement.",
            "alleged",
        ),
        (
            "Officers have now started to find the answers behind Kessler's alleged ambush.",
            "alleged",
        ),
    ],
)
def test_alleged_as_an_adjective_is_no_cue(text, word):
    cues = _cues(text)
    assert word not in cues


def test_the_other_cue_of_the_sentence_stays():
    text = (
        "Speaking at a hearing that focused on Moscow's alleged hacking during the "
        "elections, Ravel said there was a difference between doubt and disparagement."
    )
    assert _cues(text) == ["said"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The lawsuit alleged Wilson writhed in pain from the shock.", "alleged"),
        ("Tester alleged that Jackson had handed out pills.", "alleged"),
        ("I hardly think that is rushing things, Ryan said.", "think"),
        ("The council claims that was never promised to the tenants.", "claims"),
        ("Varga's claims that she had lied were rejected by the panel.", "claims"),
    ],
)
def test_reporting_readings_stay(text, word):
    assert any(word in cue for cue in _cues(text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "As the shutdown over funding for Voss's proposed border wall drags on, "
            "immigration policy is also expected to take center stage.",
            "proposed",
        ),
        (
            "Republicans crafted the caucus to appeal to as many of the 17 declared "
            "Republican candidates as possible.",
            "declared",
        ),
    ],
)
def test_participle_before_a_noun_is_no_cue(text, word):
    assert word not in _cues(text)


@pytest.mark.parametrize(
    "text",
    [
        "She's proposed a cut in the payroll tax, Marsh said.",
        "Senator Ray Kell proposed a new tax on imports.",
    ],
)
def test_proposed_as_a_verb_stays(text):
    assert "proposed" in _cues(text)


def test_participle_after_a_relative_that_is_a_verb():
    text = "Kell backed a bill that proposed new limits on campaign gifts."
    a = text.index("proposed")
    att = Attribution("indirect", None, (a, a + 8), [(a + 9, len(text) - 1)], "propose", "other")
    assert not false_cue(text, att)
    text = "Kell backed the proposed limits on campaign gifts."
    a = text.index("proposed")
    att = Attribution("indirect", None, (a, a + 8), [(a + 9, len(text) - 1)], "propose", "other")
    assert false_cue(text, att)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "Mr. Hallam denied Mr. Voss the opportunity to speak before Parliament on his "
            "first visit to London last year.",
            "denied",
        ),
        (
            "Both campaigns have each sought to be the one that denies Voss a first-ballot "
            "win at the convention.",
            "denies",
        ),
        (
            "Marsh added that the agency never denied tax exempt status to any conservative group.",
            "denied",
        ),
        (
            "Through it all, Lena Marsh maintained a professional and businesslike demeanor "
            "that she probably honed in court.",
            "maintained",
        ),
        (
            "Voss said in the statement that Ray Kell will maintain his current title and "
            "work closely with the campaign.",
            "maintain",
        ),
    ],
)
def test_refusing_and_keeping_are_no_cues(text, word):
    assert word not in _cues(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Jackson denied allegations of misconduct at the clinic.", "denied"),
        ("Kell didn't deny the meetings took place.", "deny"),
        ("Many senators maintain that the governor exceeded his authority.", "maintain"),
    ],
)
def test_denying_and_maintaining_claims_stay(text, word):
    assert any(word in cue for cue in _cues(text))


@pytest.mark.parametrize(
    "text",
    [
        "Then in April, a month before he announced his candidacy, Voss repeated the critique.",
        "Marsh, who was seen as an unlikely candidate when she announced her candidacy last "
        "year, surprised many commentators with a strong run.",
        "In the video announcing her campaign Sunday, Marsh vowed to serve everyday Americans.",
    ],
)
def test_announcing_a_candidacy_is_no_cue(text):
    assert not any(cue.startswith("announc") for cue in _cues(text))


def test_announcing_a_plan_stays():
    text = "Marsh announced her campaign would spend $2 million on ads in Ohio."
    assert "announced" in _cues(text)
