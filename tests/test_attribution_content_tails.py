"""Where indirect content ends before a clause of the sentence (content_end), names invented."""

from __future__ import annotations

from newsresearch.attribution.conventions import convert
from newsresearch.text import Article


def _contents(text: str, cue: str) -> list[list[str]]:
    return [
        [text[a:b] for a, b in att.content]
        for att in convert(Article(text), "parc")
        if att.cue and text[att.cue[0] : att.cue[1]] == cue
    ]


def test_a_second_speaker_with_a_plain_plural_subject_ends_the_content():
    text = "Norvik said the draft was unacceptable and diplomats said it was unlikely to pass."
    assert _contents(text, "said")[0] == ["the draft was unacceptable"]


def test_and_so_opens_a_consequence_of_the_main_clause():
    text = "Rival militias perceive the group as a threat and so move to crush its cells."
    assert _contents(text, "perceive") == [["the group as a threat"]]


def test_but_with_a_named_subject_and_a_past_verb_is_a_contrast_of_the_sentence():
    text = (
        "Officials in Tarsa denied their forces were behind the attack but Western "
        "governments rejected that account."
    )
    assert _contents(text, "denied") == [["their forces were behind the attack"]]


def test_a_plural_noun_and_a_participle_stay_in_the_content():
    text = "Dr. Ana Reyes said that doctors have heard from patients and parents requesting tests."
    assert _contents(text, "said") == [
        ["that doctors have heard from patients and parents requesting tests."]
    ]


def test_inside_a_quote_the_clause_stays():
    text = 'Voss said the plan was "late and so costly it failed" in the end.'
    assert "and so" in _contents(text, "said")[0][0]


def test_hit_without_a_particle_is_an_act_of_the_content():
    text = "Colonel Ivo Dren said the strike destroyed two hangars and hit a fuel depot."
    assert _contents(text, "said") == [["the strike destroyed two hangars and hit a fuel depot."]]


def test_hit_back_is_a_second_cue_of_the_speaker():
    text = "Mayor Lena Ostrow said the audit was flawed and hit back at her critics on the council."
    assert _contents(text, "said")[0] == ["the audit was flawed"]


def test_a_closing_single_mark_opened_before_the_content_is_dropped():
    text = (
        "“I watched Rivas look at Governor Lund and say, ‘someone told you that criticizing "
        "me will get you to that office,’” he said."
    )
    assert _contents(text, "told") == [["that criticizing me will get you to that office,"]]
