"""Gold readers: brat standoff attributions and hand-split sentences."""

from __future__ import annotations

import pytest

from newsresearch import config
from newsresearch.datasets.brat import annotation_files, read_brat, read_brat_folder
from newsresearch.datasets.sentences import read_sentence_gold

ANN = (
    "T1\tSource 0 9\tLindqvist\n"
    "T2\tCue 10 14\tsaid\n"
    "T3\tContent 15 20;25 30\tfirst second\n"
    "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\n"
    "A1\tKind E1 Indirect\n"
    "A2\tAnonymous E1\n"
    "#1\tAnnotatorNotes T1\tPiotr Lindqvist\n"
)


def test_read_brat_roles_attributes_and_notes(tmp_path):
    path = tmp_path / "d.ann"
    path.write_text(ANN, encoding="utf-8")
    (att,) = read_brat(path)
    assert att.source.text == "Lindqvist" and att.cue.spans == ((10, 14),)
    assert att.content.spans == ((15, 20), (25, 30))  # discontinuous
    assert att.attributes == {"Kind": "Indirect", "Anonymous": "true"}
    assert att.speaker == "Piotr Lindqvist"


def test_read_brat_errors(tmp_path):
    path = tmp_path / "d.ann"
    path.write_text("T1\tSource 0 x\tA\n", encoding="utf-8")
    with pytest.raises(ValueError, match="line 1: malformed brat line"):
        read_brat(path)
    path.write_text("E1\tAttribution:T2 Cue:T9\n", encoding="utf-8")
    with pytest.raises(ValueError, match="unknown span T9"):
        read_brat(path)


def test_read_brat_folder_layouts(tmp_path):
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "d1.txt").write_text("Lindqvist said first and second.", encoding="utf-8")
    (texts / "d2.txt").write_text("No annotations.", encoding="utf-8")
    (tmp_path / "ann").mkdir()
    (tmp_path / "ann" / "d1_annotator2.ann").write_text(ANN, encoding="utf-8")
    gold = read_brat_folder(texts)
    assert list(gold) == ["d1"] and len(gold["d1"][1]) == 1
    with pytest.raises(FileNotFoundError):
        read_brat_folder(tmp_path / "missing")


def test_sample_gold_folders():
    gold = read_brat_folder(config.SAMPLE_DIR / "gold" / "attribution")
    assert len(gold) >= 25
    assert all(a.cue is not None for _, atts in gold.values() for a in atts)


def test_read_sentence_gold_joins_paragraphs(tmp_path):
    path = tmp_path / "s.jsonl"
    path.write_text('{"id": "a", "paragraphs": [["One.", "Two."], ["Three."]]}\n\n')
    ((ident, text, spans),) = read_sentence_gold(path)
    assert (ident, text) == ("a", "One. Two.\n\nThree.")
    assert [text[a:b] for a, b in spans] == ["One.", "Two.", "Three."]
    path.write_text('{"id": "a", "paragraphs": 3}\n')
    with pytest.raises(ValueError, match="line 1"):
        read_sentence_gold(path)


def test_annotation_files_and_annotator_choice(tmp_path):
    (tmp_path / "d1.txt").write_text("Lindqvist said first and second.", encoding="utf-8")
    (tmp_path / "d1_b2.ann").write_text(ANN, encoding="utf-8")
    (tmp_path / "d1_a1.ann").write_text("", encoding="utf-8")
    (tmp_path / "d10.txt").write_text("Another text.", encoding="utf-8")
    (tmp_path / "d10.ann").write_text("", encoding="utf-8")
    files = annotation_files(tmp_path)
    assert {name: sorted(found) for name, (_, found) in files.items()} == {
        "d1": ["a1", "b2"],
        "d10": [""],  # d10.ann is not d1's annotator "0"
    }
    assert read_brat_folder(tmp_path)["d1"][1] == []  # a1: first in sorted order
    assert len(read_brat_folder(tmp_path, annotator="b2")["d1"][1]) == 1
    assert list(read_brat_folder(tmp_path, annotator="b2")) == ["d1"]
    with pytest.raises(ValueError, match=r"annotators there: \['', 'a1', 'b2'\]"):
        read_brat_folder(tmp_path, annotator="c3")


def test_annotator_preference_list(tmp_path):
    (tmp_path / "d1.txt").write_text("Lindqvist said first and second.", encoding="utf-8")
    (tmp_path / "d1_b2.ann").write_text(ANN, encoding="utf-8")
    (tmp_path / "d1_a1.ann").write_text("", encoding="utf-8")
    (tmp_path / "d2.txt").write_text("Another text.", encoding="utf-8")
    (tmp_path / "d2_c3.ann").write_text("", encoding="utf-8")
    (tmp_path / "d3.txt").write_text("Only a1 here.", encoding="utf-8")
    (tmp_path / "d3_a1.ann").write_text("", encoding="utf-8")
    gold = read_brat_folder(tmp_path, annotator="b2,c3")
    assert sorted(gold) == ["d1", "d2"]  # d3 has neither
    assert len(gold["d1"][1]) == 1  # b2 preferred over a1
    assert len(read_brat_folder(tmp_path, annotator="a1,b2")["d1"][1]) == 0
