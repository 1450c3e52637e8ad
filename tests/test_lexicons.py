"""The one dictionary reader (newsresearch.lexicons.dictionary): rules and regression values.

``sentiment.load_dictionary`` and ``framing.load_lexicon`` both read through it. The
expected contents below are what the two readers it replaced gave (except the files
framing now reads too: Lexicoder ``.cat`` and ``word,weight`` CSV).
"""

from __future__ import annotations

import importlib
import logging
import re
from pathlib import Path

import pytest

from newsresearch.lexicons.dictionary import (
    LexiconError,
    read_text,
    read_wordlists,
    to_lexicon_parts,
)

sentiment = importlib.import_module("newsresearch.sentiment")
framing = importlib.import_module("newsresearch.framing")

FIXTURES = Path(__file__).parent / "fixtures"
DICTIONARIES = FIXTURES / "dictionaries"
LEXICONS = FIXTURES / "lexicons"
ALL_FIXTURES = sorted([*DICTIONARIES.iterdir(), *LEXICONS.iterdir()])

# --- regression: what each fixture reads as -----------------------------------------------------

_TONE_YML = {"positive": 3, "negative": 3, "neg_positive": 2, "neg_negative": 2}
#: fixture -> terms per category as (sentiment Dictionary, framing Lexicon); None: ValueError
READ_AS = {
    "bad_weight.csv": (None, None),
    "broken_indent.yml": (None, None),
    "tone.cat": ({"POSITIVE": 2, "NEGATIVE": 2},) * 2,  # framing reads it since the switch
    "tone.csv": ({"positive": 3, "negative": 3},) * 2,  # framing reads it since the switch
    "tone.dic": ({"posemo": 3, "negemo": 3, "function": 1},) * 2,
    "tone.yml": (_TONE_YML, _TONE_YML),
    "undeclared_category.dic": (None, None),
    # no positive/negative category: not a sentiment dictionary without positive=/negative=
    "issue.yaml": (None, {"flooding": 4, "money": 3}),
    "liwc.dic": (None, {"harbour": 4, "weather": 3, "no vote": 2}),
    "quanteda.yml": (None, {"economy.taxes": 2, "economy.jobs": 3, "conflict": 2, "safety": 1}),
}


def _sizes(load, path):
    try:
        obj = load(path)
    except ValueError:
        return None
    if isinstance(obj, framing.Lexicon):
        return {k: len(f.terms) for k, f in obj.frames.items()}
    return {k: len(v) for k, v in obj.categories.items()}


@pytest.mark.parametrize("path", ALL_FIXTURES, ids=lambda p: p.name)
def test_fixtures_read_as_before(path):
    as_dictionary, as_lexicon = READ_AS[path.name]
    assert _sizes(sentiment.load_dictionary, path) == as_dictionary
    assert _sizes(framing.load_lexicon, path) == as_lexicon


def test_terms_weights_and_mappings_read_as_before():
    csv = sentiment.load_dictionary(DICTIONARIES / "tone.csv")
    assert csv.categories["negative"] == ["bad", "scandal*", "corrupt*"]
    assert csv.weights == {
        "good": 1.0,
        "praise*": 2.0,
        "well done": 1.5,
        "bad": 1.0,
        "scandal*": 2.0,
        "corrupt*": 1.0,
    }
    cat = sentiment.load_dictionary(DICTIONARIES / "tone.cat")
    assert cat.categories["POSITIVE"] == ["good", "praise*"]
    assert cat.weights == {"bad": 1.0, "scandal*": 2.0}
    cases = [
        ({"tax": ["tax*", "levy"], "war": "battle*"}, {"tax": {"tax*": 1.0, "levy": 1.0}}),
        ({"a": {"b": ["x", {"c": ["y"]}]}}, {"a.b": {"x": 1.0}, "a.b.c": {"y": 1.0}}),
        (
            {"frames": {"cost": {"terms": ["no", {"price*": 2}], "threshold": 1}}, "name": "m"},
            {"cost": {"no": 1.0, "price*": 2.0}},
        ),
    ]
    for data, expected in cases:
        lex = framing.load_lexicon(data)
        assert {k: lex.frames[k].terms for k in expected} == expected
    lex = framing.load_lexicon(cases[2][0])
    assert (lex.name, lex.frames["cost"].threshold, lex.threshold) == ("m", 1.0, 2.0)


def test_wordlists_carry_the_frame_format_metadata():
    wl = read_wordlists(LEXICONS / "issue.yaml")
    assert (wl.format, wl.name, wl.threshold) == ("frames", "harbour", 10.0)
    assert wl.info["flooding"].threshold == 5.0 and wl.info["money"].threshold is None
    assert wl.categories["flooding"] == {
        "flood*": 1.0,
        "storm surge": 2.0,
        "sea wall": 1.0,
        "no": 1.0,
    }
    assert wl.stated == {"storm surge", "repair bill"}


# --- the LIWC disagreement: a multi-word entry is a phrase -------------------------------------


@pytest.mark.parametrize(
    "body, expected",
    [
        ("sea wall\t1\n", {"sea wall": 1.0}),  # both old readers
        ("sea wall 1\n", {"sea wall": 1.0}),  # both old readers
        ("tax\tcut\t1\n", {"tax cut": 1.0}),  # framing rejected: "category id 'cut' is invalid"
        ("sea wall\t1 2\n", {"sea wall": 1.0}),  # sentiment rejected space-separated ids
        ("24 7\t1\n", {"24 7": 1.0}),
        ("like\t1 (02 01)/02\n", {"like": 1.0}),  # conditional: read without its condition
    ],
)
def test_liwc_multiword_entries_are_phrases(tmp_path, body, expected):
    path = tmp_path / "x.dic"
    path.write_text("%\n1\tpositive\n2\tnegative\n%\n" + body, encoding="utf-8")
    assert read_wordlists(path).categories["positive"] == expected


def test_liwc_conditional_entries_warn(caplog):
    with caplog.at_level(logging.WARNING):
        wl = read_wordlists(LEXICONS / "liwc.dic")
    assert "conditional" in caplog.text
    assert wl.categories["no vote"] == {"like": 1.0, "no": 1.0}
    assert list(wl.categories) == ["harbour", "weather", "no vote"]


# --- CSV layouts --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("word,weight\ngood,2\nbad,-1\n", {"positive": {"good": 2.0}, "negative": {"bad": 1.0}}),
        ("good;1\nbad;-0.5\n", {"positive": {"good": 1.0}, "negative": {"bad": 0.5}}),
        (
            "term,category\ntax*,economy\nclash,conflict\n",
            {"economy": {"tax*": 1.0}, "conflict": {"clash": 1.0}},
        ),
        ("tax*,economy\nclash,conflict\n", {"economy": {"tax*": 1.0}, "conflict": {"clash": 1.0}}),
        ("term\tcategory\tweight\ntax cut\teconomy\t2\n", {"economy": {"tax cut": 2.0}}),
    ],
)
def test_csv_layouts(text, expected):
    assert read_text(text, source="t.csv", format="csv").categories == expected


# --- errors name the file, the line and what to do ---------------------------------------------

# The malformed-file cases of tests/test_sentiment.py and tests/test_framing.py, through the
# new reader. Where the unified message differs from the old test's pattern, the pattern the
# old test must switch to is given (listed in the recipe).
MALFORMED = [
    (
        "undeclared_category.dic",
        None,
        r"undeclared_category\.dic, line 6: category 7 .*not declared",
    ),
    ("broken_indent.yml", None, r"broken_indent\.yml, line 3: not valid YAML"),
    ("bad_weight.csv", None, r"bad_weight\.csv, line 3: weight 'very' of 'bad' is not a number"),
    ("nohead.dic", "good\t1\n", r"nohead\.dic, line 1: a LIWC \.dic file starts with"),
    ("open.dic", "%\n1\tposemo\ngood\t1\n", r"open\.dic, line 3: expected '<id><TAB><category>'"),
    ("nocat.dic", "%\n1\tposemo\n%\ngood\n", r"nocat\.dic, line 4: expected an entry followed"),
    ("list.yml", "- good\n- bad\n", r"list\.yml, line 1: a YAML dictionary is a mapping"),
    (
        "nested.yml",
        "positive:\n  - good\n  - [a, b]\n",
        r"nested\.yml, line 3: entries of 'positive'",
    ),
    ("cols.csv", "good,1\nbad,-1,extra\n", r"cols\.csv, line 2: expected 2 columns"),
    ("orphan.cat", "\tGOOD\nPOSITIVE\n", r"orphan\.cat, line 1: entry 'GOOD' comes before"),
    ("w.yaml", "frames:\n  a:\n    terms: [{x: -1}]\n", r"w\.yaml, line 2, frame 'a'.*must be > 0"),
    ("w2.yaml", "frames:\n  a:\n    terms: [{x: heavy}]\n", "must be a number"),
    ("k.yaml", "frames:\n  a:\n    words: [x]\n", r"keys \['words'\] are invalid"),
    ("e.yaml", "frames:\n  a:\n    terms: []\n", "no terms"),
    ("s.yaml", "frames:\n  a:\n    terms: ['*']\n", "only wildcards"),
    ("t.yaml", "threshold: -1\nframes:\n  a:\n    terms: [x]\n", "threshold must be"),
    ("bad.yaml", "frames: [\n", "not valid YAML"),
    ("q.yaml", "- just\n- a list\n", "quanteda"),
    ("h.dic", "harbour\t1\n", r"starts with a line holding only '%'"),
    ("c.dic", "%\n1\tharbour\n%\nquay\t7\n", r"category id '7' is invalid; valid ids are \['1'\]"),
    ("n.dic", "%\n1\tharbour\n%\nquay\n", "has no category id"),
    ("o.dic", "%\n1\tharbour\nquay\t1\n", r"line 3: expected '<id><TAB><category>'"),
    ("x.txt", "harbour\n", r"valid formats are \['.dic'.*valid values are \['liwc', 'yaml'"),
    (
        "dup.yml",
        "positive: [good]\npositive: [fine]\n",
        r"dup\.yml, line 2: key 'positive' appears twice",
    ),
]


@pytest.mark.parametrize("name, content, message", MALFORMED, ids=[m[0] for m in MALFORMED])
@pytest.mark.parametrize("reader", ["read_wordlists", "load_dictionary", "load_lexicon"])
def test_malformed_files_name_file_line_and_fix(tmp_path, reader, name, content, message):
    # One list of malformed files for the one reader and both public loaders built on it.
    from newsresearch.framing import load_lexicon
    from newsresearch.sentiment import load_dictionary

    read = {
        "read_wordlists": read_wordlists,
        "load_dictionary": load_dictionary,
        "load_lexicon": load_lexicon,
    }[reader]
    path = DICTIONARIES / name if content is None else tmp_path / name
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(LexiconError, match=message):
        read(path)
    assert issubclass(LexiconError, ValueError)


def test_frame_lexicon_weights_must_be_positive():
    wl = read_text("NEG\n\tbad (-1)\n", source="t.cat", format="lexicoder")
    assert wl.categories == {"NEG": {"bad": -1.0}}
    with pytest.raises(LexiconError, match=r"t\.cat, category 'NEG': weight of 'bad' must be > 0"):
        to_lexicon_parts(wl)


def test_terms_are_read_as_written():
    wl = read_text("nums: [1.50, 007, null, yes, 'Tax Cut’s']\n", source="t.yml", format="yaml")
    assert list(wl.categories["nums"]) == ["1.50", "007", "null", "yes", "tax cut's"]


def test_contains_any_and_word_start_tries():
    import re

    from newsresearch.lexicons.tokens import contains_any, trie_pattern

    assert contains_any("a\x1fb", "\x1c\x1d\x1e\x1f") and not contains_any("ab", "\x1c\x1f")
    assert not contains_any("", '"')
    words = ["he", "her", "she", "said", "say"]
    fast = re.compile(trie_pattern(words, word_start=True) + r"\b")
    slow = re.compile(r"\b(?:" + "|".join(sorted(words, key=len, reverse=True)) + r")\b")
    text = "He said the hero, she says, saw her; ashe said: he_ her"
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in slow.finditer(text)]


def test_word_start_matches_equal_finditer_with_a_leading_boundary():
    from newsresearch.lexicons.tokens import word_start_matches

    slow = re.compile(r"\b(?:claims?|reports)(?= (?:he|she))")
    fast = re.compile(slow.pattern.removeprefix(r"\b"))
    text = (
        "Counterclaims she made; reclaims he said. claims she had, reports he saw, "
        "xreports he did, claim he knew and (claims he wrote)"
    )
    got = [(m.start(), m.group()) for m in word_start_matches(fast, text)]
    assert got == [(m.start(), m.group()) for m in slow.finditer(text)]
    assert [g for _, g in got] == ["claims", "reports", "claim", "claims"]
