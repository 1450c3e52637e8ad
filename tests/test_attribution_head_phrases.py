"""A source cut to the object of a preposition speaks by the person heading its phrase
(issue 15; real-news patterns, invented names)."""

from __future__ import annotations

import pandas as pd

from newsresearch.attribution import attributions


def _speakers(text: str) -> dict[str, str | None]:
    table = attributions(pd.Series({"d": text}), convention="parc", kinds="all")
    return {
        row.source: row.speaker if isinstance(row.speaker, str) else None
        for row in table.itertuples()
    }


def test_a_person_of_a_body_in_a_place_is_the_person():
    text = (
        "Rabbi Tomas Verlan of the Beth Shalom Reform Temple in Oakdale, N.Y., said: "
        "“Some of the politicians who back us propose laws our community dislikes.”"
    )
    speakers = _speakers(text)
    assert speakers["Rabbi Tomas Verlan of the Beth Shalom Reform Temple in Oakdale, N.Y."] == (
        "Tomas Verlan"
    )


def test_an_object_of_a_preposition_outside_the_source_keeps_its_speaker():
    text = "The plan drew criticism from Ada Voss, who said it would raise rents."
    assert _speakers(text) == {"who": "Ada Voss"}


def test_a_person_of_an_office_is_the_person():
    text = "Mara Telling of the Office of Management and Budget told reporters cuts were needed."
    assert _speakers(text) == {
        "Mara Telling of the Office of Management and Budget": "Mara Telling"
    }


def test_two_people_of_two_places_stay_joint():
    text = "Senators Rand Voss of Ohio and Ted Brill of Texas said the deal was dead."
    speaker = next(iter(_speakers(text).values()))
    assert speaker is not None and "Brill" in speaker


def test_a_source_that_ran_into_its_clause_lead_or_predicate_is_read_without_them():
    text = (
        "Voss, who was a surgeon before her 2010 election, said in 2017 Republicans are "
        "united supporting complete repeal, but they are divided on how to replace it."
    )
    assert _speakers(text)["Republicans"] == "Republicans"
    text = (
        "Republican strategists had taken note: Marsh’s father had been voted out of the "
        "governor’s office in 1992 after raising taxes."
    )
    assert _speakers(text)["Republican strategists"] == "anonymous"
