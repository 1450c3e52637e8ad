"""Sentiment dictionaries: LIWC .dic, quanteda YAML, Lexicoder .cat and CSV readers and matching."""

from __future__ import annotations

import pytest

from newsresearch import config
from newsresearch.sentiment import Dictionary, DictionaryError, load_dictionary

DICTIONARIES = config.PROJECT_ROOT / "tests" / "fixtures" / "dictionaries"

TEXT = "The praised leader was not good; a corrupt scandal, well done. Not bad at all."


@pytest.mark.parametrize("name", ["tone.dic", "tone.yml", "tone.csv", "tone.cat"])
def test_dictionaries_load_in_every_format(name):
    d = load_dictionary(DICTIONARIES / name)
    assert isinstance(d, Dictionary)
    scored = d.score(TEXT)
    assert scored["tokens"] == 15
    assert scored["positive"] > 0 and scored["negative"] > 0
    assert scored["tone"] == pytest.approx((scored["positive"] - scored["negative"]) / 15)
    matched = [m[3].lower() for m in d.matches(TEXT)]
    assert "praised" in matched  # wildcard praise*


def test_liwc_dictionary_wildcards_multiword_and_negation():
    d = load_dictionary(DICTIONARIES / "tone.dic")
    assert d.matches("Economists praised it.") == [(11, 18, "positive", "praised")]
    assert d.matches("Well done, team.") == [(0, 9, "positive", "Well done")]
    # no neg_ keys: a positive word after a negator (within 3 tokens) counts as negative
    assert d.score("This is not really good.")["negative"] == 1.0
    assert d.score("Not. This is good.")["positive"] == 1.0  # negation stops at the sentence end
    assert d.score("He didn't find it good.")["negative"] == 1.0
    assert d.score("He didn't say it was good.")["positive"] == 1.0  # 4 tokens back: too far
    assert d.score("Not bad.")["negative"] == 1.0  # negated negatives stay negative


def test_lexicoder_negation_keys():
    d = load_dictionary(DICTIONARIES / "tone.yml")
    assert d.has_negation_keys
    # neg_positive counts as negative and is not counted again as positive
    assert d.score("It was not good.") == {
        "positive": 0.0,
        "negative": 1.0,
        "tokens": 4,
        "tone": -0.25,
    }
    # neg_negative counts as positive
    assert d.score("It was not bad.")["positive"] == 1.0
    assert d.score("No praise for the plan.")["negative"] == 1.0  # multi-word wildcard entry
    assert d.score("A strong leader.")["positive"] == 1.0


def test_weighted_csv():
    d = load_dictionary(DICTIONARIES / "tone.csv")
    scored = d.score("A scandal, well done.")
    assert scored == {"positive": 1.5, "negative": 2.0, "tokens": 4, "tone": pytest.approx(-0.125)}


@pytest.mark.parametrize(
    "name, message",
    [
        ("undeclared_category.dic", r"undeclared_category\.dic, line 6: category 7 .*not declared"),
        ("broken_indent.yml", r"broken_indent\.yml, line 3: not valid YAML"),
        ("bad_weight.csv", r"bad_weight\.csv, line 3: weight 'very' of 'bad' is not a number"),
    ],
)
def test_malformed_dictionaries_name_file_and_line(name, message):
    with pytest.raises(DictionaryError, match=message):
        load_dictionary(DICTIONARIES / name)


def test_a_dictionary_needs_a_positive_or_negative_category(tmp_path):
    # Malformed files in general: tests/test_lexicons.py (the one reader, through load_dictionary).
    path = tmp_path / "roles.yml"
    path.write_text("happy:\n  - good\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match=r"no positive or negative category.*\['happy'\]"):
        load_dictionary(path)


def test_dictionary_format_and_role_options(tmp_path):
    path = tmp_path / "words.txt"
    path.write_text("happy:\n  - good\nsad:\n  - bad\n", encoding="utf-8")
    with pytest.raises(
        ValueError, match=r"valid values are \['liwc', 'yaml', 'lexicoder', 'csv'\]"
    ):
        load_dictionary(path)
    d = load_dictionary(path, format="yaml", positive="happy", negative="sad")
    assert d.score("good and bad")["tone"] == 0.0
    with pytest.raises(ValueError, match=r"positive='glad' is invalid; valid values are"):
        load_dictionary(path, format="yaml", positive="glad")
    with pytest.raises(FileNotFoundError):
        load_dictionary(tmp_path / "missing.yml")
