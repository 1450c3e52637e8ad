from __future__ import annotations

from newsresearch.attribution.descriptions import is_demonym
from newsresearch.text import Article


def test_is_demonym():
    assert is_demonym("Texan") and is_demonym("Ohioan") and is_demonym("Floridian")
    assert not is_demonym("Republican") and not is_demonym("Manager")


def test_the_demonym_is_the_person_named_before():
    text = (
        "Sen. Jon Corrigan spoke to reporters on Tuesday about the inquiry.\n"
        "The Texan said the panel needed more time."
    )
    assert [a.speaker for a in Article(text).attributions] == ["Jon Corrigan"]


def test_a_plural_description_is_not_the_person_named_before():
    text = "Sen. Jon Corrigan spoke on Tuesday. The senators said the panel needed more time."
    assert "Jon Corrigan" not in [a.speaker for a in Article(text).attributions]


def test_a_description_is_the_subject_of_the_sentence_before_not_a_later_object():
    text = (
        "Chairman Richard Pell, R-N.C.\n\n"
        "But that does not mean Pell will play defense for President Dan Carver or try to "
        'discredit Tom Reyes, whom he called "a public servant" after Carver fired him. '
        "The senator wants to prove that his committee is serious."
    )
    assert [a.speaker for a in Article(text).attributions][-1] == "Richard Pell"
