"""Where a PARC source after its cue ends: its relative clause, a final abbreviation (source_spans)."""

from __future__ import annotations

import pytest

from newsresearch.attribution.conventions import convert
from newsresearch.attribution.source_spans import (
    relative_tail,
    reporting_verbs_in,
    with_relative_after,
    without_final_period,
)
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
        (  # a rally-goer quoted at the end of a feature story
            "“It was like a big party,” said Marta Velloso, who slept in a tent with her twin "
            "sister, Lena Velloso.",
            "said",
            "Marta Velloso, who slept in a tent with her twin sister, Lena Velloso",
        ),
        (  # a congressman with a long relative clause holding nouns like "report"
            "“They wanted to avenge the firing,” said Mr. Halloran, who as chairman of the panel "
            "in the previous Congress issued a report clearing the campaign.",
            "said",
            "Mr. Halloran, who as chairman of the panel in the previous Congress issued a "
            "report clearing the campaign",
        ),
        (  # a senator with a party tag and a clause holding "a state that"
            "“We are going to have a real problem,” said Sen. Roy Tanner (R-Wis.), who is up "
            "for reelection in a state that his rival carried twice.",
            "said",
            "Sen. Roy Tanner (R-Wis.), who is up for reelection in a state that his rival "
            "carried twice",
        ),
        (  # a student protester: the clause inside the appositive, a participle after it
            "“There is a severe disgust with the speech,” said Tomas Ferrer, a junior at the "
            "school who was protesting the speech, holding a sign for hours outside.",
            "said",
            "Tomas Ferrer, a junior at the school who was protesting the speech",
        ),
        (  # a professor whose place ends in a state abbreviation
            "“It is a turning point,” says Ada Lindqvist, professor of history at Marlow "
            "University in Appleton, Wis.",
            "says",
            "Ada Lindqvist, professor of history at Marlow University in Appleton, Wis.",
        ),
        (  # a party tag that ends the sentence
            "“That is not what happened,” said Rep. Carl Benning, R-S.C.",
            "said",
            "Rep. Carl Benning, R-S.C.",
        ),
    ],
)
def test_source_after_cue_runs_to_the_end_of_its_sentence(text, cue, source):
    assert _sources(text)[cue] == source


def test_a_relative_clause_that_is_an_attribution_stays_out():
    text = (
        "“It will be close,” said Nora Pell, a strategist at Fenwick Partners, who added that "
        "both candidates would run."
    )
    sources = _sources(text)
    assert sources["said"] == "Nora Pell, a strategist at Fenwick Partners"


def test_a_which_clause_about_an_organisation_stays_out():
    text = (
        "“And that is why,” said Ivo Marr, executive director of the Center for Border "
        "Studies, which favors stricter limits on immigration."
    )
    assert _sources(text)["said"] == "Ivo Marr, executive director of the Center for Border Studies"


def test_a_final_period_after_a_plain_name_stays_out():
    text = "“We will win,” said Ana Roe."
    assert _sources(text)["said"] == "Ana Roe"


def test_helpers():
    assert relative_tail(", a senator who called it late", 0, cue_forms={"called"}) == ", a senator"
    assert relative_tail(", a senator who lives here", 0, cue_starts={20}) == ", a senator"
    assert reporting_verbs_in(["the", "alleged", "killer"], {"alleged"}) == []
    t = "said Ana Roe, who said so."
    assert with_relative_after(t, (5, 12), len(t), cue_forms={"said"}) == (5, 12)
    t = "said Ana Roe. Then"
    assert without_final_period(t, t.index(".")) == t.index(".")


@pytest.mark.parametrize(
    ("text", "source", "speaker"),
    [
        (
            "“I have to have a clear answer to this question,” Sen. Ada Brennan (R) of "
            "Alabama asked. “Do you believe the order is legal?”",
            "Sen. Ada Brennan (R) of Alabama",
            "Ada Brennan",
        ),
        (
            "“Her qualifications are beyond reproach,” Sen. Tom Wexley (D) of New York said.",
            "Sen. Tom Wexley (D) of New York",
            "Tom Wexley",
        ),
    ],
)
def test_party_tag_with_state_after_a_name(text, source, speaker):
    att = convert(Article(text), "parc")[0]
    assert text[slice(*att.source)] == source
    assert att.speaker == speaker


@pytest.mark.parametrize(
    ("text", "cues", "source"),
    [
        (  # a negotiator's act and the participle cue after it share one source
            "A Democratic negotiator, Senator Ivo Brandt, brushed aside the president’s tweets, "
            "saying that talks were going well.",
            ("brushed aside", "saying"),
            "A Democratic negotiator, Senator Ivo Brandt",
        ),
        (  # a party tag, then an earlier cue with its object, then the participle cue
            "House Majority Leader Kay Fenner, R-Calif., had added her voice to those calling "
            "for a recusal, saying on television that he should step aside.",
            ("had added", "saying on television"),
            "House Majority Leader Kay Fenner, R-Calif.",
        ),
    ],
)
def test_a_source_shared_by_two_cues_ends_before_the_first(text, cues, source):
    found = {text[slice(*a.cue)]: a for a in convert(Article(text), "parc") if a.cue}
    for cue in cues:
        assert text[slice(*found[cue].source)] == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            '"A speech by him is a lot like a sermon," said GOP strategist and TV contributor '
            "Rafe Calloway.",
            "GOP strategist and TV contributor Rafe Calloway",
        ),
        (
            "The nominee will have to do better with Latinos, says GOP pollster – and campaign "
            "adviser – Wes Arden.",
            "GOP pollster – and campaign adviser – Wes Arden",
        ),
    ],
)
def test_title_and_name_after_an_organisation_after_the_cue(text, source):
    att = next(a for a in convert(Article(text), "parc") if a.source is not None)
    assert text[slice(*att.source)] == source


def test_an_organisation_after_the_cue_without_a_name_stays():
    text = '"We will win," said NATO officials on Monday.'
    att = convert(Article(text), "parc")[0]
    assert text[slice(*att.source)] in ("NATO officials", "NATO")
    assert "Monday" not in text[slice(*att.source)]


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        (
            "A number of outlets, including the Halden Post and the Marlow Ledger, reported "
            "that the talks had stalled.",
            "reported",
            "A number of outlets, including the Halden Post and the Marlow Ledger",
        ),
        (
            "Voss and top aides, including her chief of staff Ivo Brandt, have dismissed the "
            "claims as a political stunt.",
            "have dismissed",
            "Voss and top aides, including her chief of staff Ivo Brandt",
        ),
    ],
)
def test_members_listed_after_a_source_before_its_cue_belong_to_it(text, cue, source):
    found = {text[slice(*a.cue)]: a for a in convert(Article(text), "parc") if a.cue}
    assert text[slice(*found[cue].source)] == source
