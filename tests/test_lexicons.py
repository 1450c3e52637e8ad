"""The one dictionary reader (newsresearch.lexicons.dictionary) against the two it replaces.

Until the lead switches ``sentiment.load_dictionary`` and ``framing.load_lexicon`` to the
reader, these tests import the current modules and check that reading with the new reader
and building through the adapters gives equal objects. ``new_load_dictionary`` and
``new_load_lexicon`` below are the replacement bodies of the switch-over recipe
(``/work/wt/_brief/lexicons_switch.md``).
"""

from __future__ import annotations

import copy
import importlib
import logging
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

from newsresearch.lexicons.dictionary import (
    LexiconError,
    WordLists,
    read_mapping,
    read_text,
    read_wordlists,
    to_dictionary_parts,
    to_lexicon_parts,
)

sentiment = importlib.import_module("newsresearch.sentiment")
framing = importlib.import_module("newsresearch.framing")

FIXTURES = Path(__file__).parent / "fixtures"
DICTIONARIES = FIXTURES / "dictionaries"
LEXICONS = FIXTURES / "lexicons"
ALL_FIXTURES = sorted([*DICTIONARIES.iterdir(), *LEXICONS.iterdir()])


# --- the replacement bodies (as in the recipe) ---------------------------------------------------


def new_load_dictionary(
    path: str | Path,
    *,
    format: str | None = None,
    positive: str | None = None,
    negative: str | None = None,
    negation_window: int = 3,
) -> Any:
    path = Path(path)
    wl = read_wordlists(path, format=format)
    try:
        return sentiment.Dictionary(
            **to_dictionary_parts(wl),
            positive=positive,
            negative=negative,
            negation_window=negation_window,
        )
    except ValueError as exc:
        raise LexiconError(f"{path}: {exc}") from exc


def _lexicon(wl: WordLists) -> Any:
    parts = to_lexicon_parts(wl, default_threshold=framing.DEFAULT_THRESHOLD)
    frames = {k: framing.Frame(**f) for k, f in parts.pop("frames").items()}
    return framing.Lexicon(frames=frames, **parts)


def new_load_lexicon(source: Any) -> Any:
    if isinstance(source, framing.Lexicon):
        return source
    if isinstance(source, Mapping):
        return _lexicon(read_mapping(source))
    if str(source) in framing.SCHEMES:
        return copy.deepcopy(_builtin(str(source)))
    path = Path(source)
    if not path.exists():
        raise FileNotFoundError(
            f"lexicon {str(source)!r} not found: give a path to a .yaml, .yml or .dic file, "
            f"or a built-in scheme: {sorted(framing.SCHEMES)}"
        )
    return _lexicon(read_wordlists(path))


def _builtin(name: str) -> Any:
    from importlib.resources import files

    raw = files("newsresearch").joinpath(f"data/{framing.SCHEMES[name]}")
    return _lexicon(read_text(raw.read_text(encoding="utf-8"), source=name, format="yaml"))


def outcome(load: Any, source: Any) -> Any:
    try:
        return load(source)
    except ValueError:
        return ValueError


# --- equal objects ------------------------------------------------------------------------------

# Files the current reader rejects and the new one reads, on purpose:
# framing.load_lexicon now reads Lexicoder .cat and word,weight .csv files too (one reader).
NEWLY_READ = {("lexicon", "tone.cat"), ("lexicon", "tone.csv")}


@pytest.mark.parametrize("path", ALL_FIXTURES, ids=lambda p: p.name)
def test_dictionary_adapter_equals_load_dictionary(path):
    old = outcome(sentiment.load_dictionary, path)
    new = outcome(new_load_dictionary, path)
    if isinstance(old, sentiment.Dictionary):
        assert new == old
        assert new.weights == old.weights and new.categories == old.categories
    else:
        assert new is ValueError, f"{path.name}: the current reader fails, the new one reads it"


@pytest.mark.parametrize("path", ALL_FIXTURES, ids=lambda p: p.name)
def test_lexicon_adapter_equals_load_lexicon(path):
    old = outcome(framing.load_lexicon, path)
    new = outcome(new_load_lexicon, path)
    if ("lexicon", path.name) in NEWLY_READ:
        assert old is ValueError and isinstance(new, framing.Lexicon)
    elif isinstance(old, framing.Lexicon):
        assert new == old
    else:
        assert new is ValueError


@pytest.mark.parametrize("scheme", sorted(framing.SCHEMES))
def test_builtin_schemes_read_the_same(scheme):
    assert new_load_lexicon(scheme) == framing.load_lexicon(scheme)


def test_mappings_read_the_same():
    for data in (
        {"tax": ["tax*", "levy"], "war": "battle*"},
        {"a": {"b": ["x", {"c": ["y"]}]}},
        {"frames": {"cost": {"terms": ["no", {"price*": 2}], "threshold": 1}}, "name": "m"},
    ):
        assert new_load_lexicon(data) == framing.load_lexicon(data)


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
def test_malformed_files_name_file_line_and_fix(tmp_path, name, content, message):
    path = DICTIONARIES / name if content is None else tmp_path / name
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(LexiconError, match=message):
        read_wordlists(path)
    assert issubclass(LexiconError, ValueError)


def test_frame_lexicon_weights_must_be_positive():
    wl = read_text("NEG\n\tbad (-1)\n", source="t.cat", format="lexicoder")
    assert wl.categories == {"NEG": {"bad": -1.0}}
    with pytest.raises(LexiconError, match=r"t\.cat, category 'NEG': weight of 'bad' must be > 0"):
        to_lexicon_parts(wl)


def test_terms_are_read_as_written():
    wl = read_text("nums: [1.50, 007, null, yes, 'Tax Cut’s']\n", source="t.yml", format="yaml")
    assert list(wl.categories["nums"]) == ["1.50", "007", "null", "yes", "tax cut's"]
