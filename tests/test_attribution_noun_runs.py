"""Noun runs of stance sentences (newsresearch.attribution.noun_runs)."""

from __future__ import annotations

import pandas as pd

from newsresearch.attribution import entity_stance
from newsresearch.attribution.noun_runs import noun_runs


def _sentences(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for part in text.split(". "):
        end = min(start + len(part) + 1, len(text))
        out.append((start, end))
        start = end + 1
    return out


def test_a_stance_sentence_gives_its_runs_of_lower_case_nouns():
    text = "Sen. Ada Voss condemned the tea kettle movement. Ada Voss saw the tea kettle movement."
    assert noun_runs(text, _sentences(text)) == ["tea kettle movement"]


def test_verbs_adverbs_and_function_words_end_or_trim_a_run():
    text = "Critics strongly condemned possible asylum claims being filed quickly."
    assert noun_runs(text, _sentences(text)) == ["possible asylum claims"]
    text = "Critics condemned what they would say was wrong."
    assert noun_runs(text, _sentences(text)) == []


def test_a_long_run_keeps_its_last_words():
    text = "Aides praised the bold new criminal justice reform legislation."
    assert noun_runs(text, _sentences(text)) == ["criminal justice reform legislation"]


def test_entity_stance_scores_the_noun_runs_of_stance_sentences():
    text = "Mayor Ilse Brandt demanded a full audit of the count. The weather was fine."
    found = entity_stance(pd.Series([text], index=["d"]))
    assert "full audit" in set(found["entity"])
    table = pd.DataFrame({"name": ["Ilse Brandt"], "type": ["person"], "aliases": [""]})
    found = entity_stance(pd.Series([text], index=["d"]), actors=table)
    assert "full audit" not in set(found["entity"])


def test_a_sentence_in_which_a_source_speaks_counts_too():
    # no cue of the lexicon: the speaker's position is in the words of the quote
    text = "Ms. Ilse Brandt said the rail merger plan was a mistake. Trains ran late."
    assert noun_runs(text, _sentences(text)) == []
    said = [(0, 20), (21, 56)]
    assert noun_runs(text, _sentences(text), said=said) == ["rail merger plan"]


def test_a_run_keeps_the_capitalised_words_that_modify_it():
    # a program named after a person or an agency: "Harwick nondisclosure agreements"
    text = "Critics condemned the Harwick nondisclosure agreements. Harwick declined comment."
    assert noun_runs(text, _sentences(text)) == ["Harwick nondisclosure agreements"]
    # the first word of a sentence is no modifier: it is capitalised as a first word
    text = "Senate leaders condemned the plan."
    assert noun_runs(text, _sentences(text)) == []


def test_number_words_are_no_part_of_a_run():
    text = "Critics condemned two top aides and the million dollar fund."
    assert noun_runs(text, _sentences(text)) == ["top aides", "dollar fund"]
