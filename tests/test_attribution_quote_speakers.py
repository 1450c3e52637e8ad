"""First-person sources inside quotes (:mod:`newsresearch.attribution.quote_speakers`;
real-news patterns, invented names)."""

from __future__ import annotations

from newsresearch.attribution.conventions import convert
from newsresearch.text import Article


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [
        (text[a.source[0] : a.source[1]] if a.source else None, a.speaker)
        for a in convert(Article(text), "parc")
    ]


def test_an_i_inside_a_quote_is_the_quotes_speaker():
    text = '"I think it is over," Sen. Ana Brooks said.'
    assert ("I", "Ana Brooks") in _speakers(text)


def test_an_i_in_a_quote_paragraph_going_on_from_an_open_quote():
    text = (
        "Sen. Tom Reyes said on Monday he would resign. In a statement on Thursday, the "
        '60-year-old Republican acknowledged "my talks about the plan with two former aides, '
        'making each feel uneasy.\n\n" I deeply regret that my talks caused distress."\n\n'
        "Reyes said he would leave in May."
    )
    assert ("I", "Tom Reyes") in _speakers(text)


def test_a_quote_paragraph_after_a_closed_quote_is_not_continued():
    text = (
        'Sen. Tom Reyes said the plan "was a mistake."\n\n'
        '"I think that the plan is dead," Ana Brooks said later.'
    )
    assert ("I", "Ana Brooks") in _speakers(text)
