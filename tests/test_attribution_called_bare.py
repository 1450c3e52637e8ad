""" "call" with an object and a bare label, no quote marks (issue 15; names invented)."""

from __future__ import annotations

from newsresearch.attribution.conventions import convert
from newsresearch.text import Article


def _parc(text: str) -> list[tuple[str | None, str | None, list[str]]]:
    """(source, cue, content fragments) of each attribution in the PARC convention."""

    def span(s):
        return text[s[0] : s[1]] if s else None

    return [
        (span(a.source), span(a.cue), [text[x:y] for x, y in a.content])
        for a in convert(Article(text), "parc")
    ]


def test_call_an_object_an_abstract_noun_of_something():
    text = "Democrats call the memo obstruction of justice, plain and simple."
    assert _parc(text) == [
        ("Democrats", "call", ["the memo obstruction of justice, plain and simple."])
    ]


def test_call_an_object_an_adjective_of_judgement():
    text = "Attorney General Rhea Lund called the ruling unconstitutional."
    assert _parc(text)[0][1:] == ("called", ["the ruling unconstitutional."])


def test_calling_a_place_or_a_person_is_no_attribution():
    assert _parc("Lund called the local hospital.") == []
    assert _parc("Lund called the chief executive.") == []
    assert _parc("Lund called the meeting on Friday.") == []
