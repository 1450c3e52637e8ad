"""Wire-style citing (newsresearch.attribution.cited_as) on real-news patterns, names invented."""

from __future__ import annotations

from newsresearch.attribution.conventions import convert
from newsresearch.text import Article


def _rows(text: str) -> list[tuple[str | None, str | None, list[str]]]:
    def span(s):
        return text[s[0] : s[1]] if s else None

    return [
        (span(a.source), span(a.cue), [text[x:y] for x, y in a.content])
        for a in convert(Article(text), "parc")
    ]


def test_the_person_cited_as_saying_is_a_source_of_the_words_after():
    text = "The Daily Courier quoted Mara Lind as saying the port would reopen on Monday."
    rows = [row for row in _rows(text) if row[1] == "as saying"]
    assert rows == [("Mara Lind", "as saying", ["the port would reopen on Monday."])]


def test_cited_as_saying_at_the_end_of_the_sentence_reports_the_clause_before():
    text = (
        "Moscow expects Velt to explain the strike when he visits next week, "
        "Norvik news agency cited a Foreign Ministry spokeswoman as saying."
    )
    rows = {row[1]: row for row in _rows(text)}
    clause = "Moscow expects Velt to explain the strike when he visits next week"
    assert rows["as saying"] == ("a Foreign Ministry spokeswoman", "as saying", [clause])
    assert rows["cited"] == ("Norvik news agency", "cited", [clause])


def test_citing_a_study_is_no_speech_of_its_authors():
    text = "The senator cited a 2019 study as evidence that the plan works."
    assert not [row for row in _rows(text) if row[1] == "as saying"]
