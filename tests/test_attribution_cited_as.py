"""Wire-style citing (newsresearch.attribution.cited_as) on real-news patterns, names invented."""

from __future__ import annotations

from attribution_helpers import parc_rows


def test_the_person_cited_as_saying_is_a_source_of_the_words_after():
    text = "The Daily Courier quoted Mara Lind as saying the port would reopen on Monday."
    rows = [row for row in parc_rows(text) if row[1] == "as saying"]
    assert rows == [("Mara Lind", "as saying", ["the port would reopen on Monday."])]


def test_cited_as_saying_at_the_end_of_the_sentence_reports_the_clause_before():
    text = (
        "Moscow expects Velt to explain the strike when he visits next week, "
        "Norvik news agency cited a Foreign Ministry spokeswoman as saying."
    )
    rows = {row[1]: row for row in parc_rows(text)}
    clause = "Moscow expects Velt to explain the strike when he visits next week"
    assert rows["as saying"] == ("a Foreign Ministry spokeswoman", "as saying", [clause])
    assert rows["cited"] == ("Norvik news agency", "cited", [clause])


def test_citing_a_study_is_no_speech_of_its_authors():
    text = "The senator cited a 2019 study as evidence that the plan works."
    assert not [row for row in parc_rows(text) if row[1] == "as saying"]
