"""Sources whose head takes a complement ending in a noun spelt like a cue
(newsresearch.attribution.complement_subjects) on real-news shapes, names invented."""

from __future__ import annotations

from attribution_helpers import parc_rows

from newsresearch.attribution.complement_subjects import (
    complement_head,
    knowledge_of,
    noun_after_determiner,
)


def _sources(text: str) -> list[str]:
    return [row[0] for row in parc_rows(text)]


def test_critics_of_the_plan_say():
    assert _sources(
        "Critics of the plan say the levy would hurt small farms in Dorran County."
    ) == ["Critics of the plan"]


def test_people_with_knowledge_of_the_talks_said():
    text = "People with knowledge of the talks said the Velt Group was close to a deal."
    assert _sources(text) == ["People with knowledge of the talks"]


def test_with_knowledge_of_a_plain_noun_keeps_the_head():
    text = "Two aides with knowledge of the matter said the mayor would not run again."
    assert _sources(text) == ["Two aides with knowledge of the matter"]


def test_a_person_familiar_with_his_thinking():
    text = "A person familiar with his thinking said Senator Ida Moss would back the bill."
    assert _sources(text) == ["A person familiar with his thinking"]


def test_the_plan_alone_is_no_source_here():
    assert _sources("The plan says workers in Dorran will be paid on Fridays.") == []


def test_a_document_and_a_named_outlet_stay_sources():
    assert _sources("The report said the Halden dam was unsafe.") == ["The report"]
    assert _sources("The Post reported that the Halden dam was unsafe.") == ["The Post"]


def test_helpers():
    import re

    toks = list(re.finditer(r"\S+", "people with knowledge of the talks"))
    assert knowledge_of(toks, 3) and not knowledge_of(toks, 4)
    assert noun_after_determiner(toks, 5) and not noun_after_determiner(toks, 2)
    assert not complement_head(["the", "talks"], is_head=lambda w: True)


def test_a_knowing_participle_and_a_possessive_before_the_noun():
    assert _sources("Two people briefed on the talks said the Velt deal was close.") == [
        "Two people briefed on the talks"
    ]
    assert _sources("Supporters of the mayor's plan say it will create jobs in Dorran.") == [
        "Supporters of the mayor's plan"
    ]


def test_counted_and_plural_heads_keep_their_complement():
    rows = parc_rows("Dozens of workers at the Halden plant said they had not been paid.")
    assert [row[0] for row in rows] == ["Dozens of workers at the Halden plant"]
    assert _sources("Leaders of both parties said the levy would pass.") == [
        "Leaders of both parties"
    ]


def test_a_participle_before_the_cue_is_no_complement():
    text = "The Dorran lawmakers involved in writing the levy told the court they meant it."
    assert "writing" not in [row[1] for row in parc_rows(text)]


def test_last_head_span_stops_at_a_cue_word_and_keeps_the_last_head():
    import re

    from newsresearch.attribution.complement_subjects import last_head_span

    word = re.compile(r"[\w'.]+")
    heads = {"aides", "lawyers"}
    text = "The governor's lawyers and aides argued"
    got = last_head_span(
        text,
        0,
        len(text),
        words=8,
        word=word,
        stops=lambda w: w == "argued",
        is_head=heads.__contains__,
    )
    assert text[slice(*got)] == "The governor's lawyers and aides"
    # the first word is never a head, a stop word ends the walk, a word limit too
    assert (
        last_head_span(
            "aides said",
            0,
            10,
            words=8,
            word=word,
            stops=lambda w: w == "said",
            is_head=heads.__contains__,
        )
        is None
    )
    long_ = "The one two three aides"
    assert (
        last_head_span(
            long_,
            0,
            len(long_),
            words=4,
            word=word,
            stops=lambda w: False,
            is_head=heads.__contains__,
        )
        is None
    )
