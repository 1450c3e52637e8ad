"""Frame lexicons: the built-in schemes, our YAML, quanteda YAML, LIWC .dic, the matcher kept on a Lexicon."""

from __future__ import annotations

import copy
import logging
import pickle
from pathlib import Path

import pandas as pd
import pytest
from framing_helpers import lexicon, one

from newsresearch import config
from newsresearch.framing import load_lexicon

LEXICONS = Path(__file__).parent / "fixtures" / "lexicons"


@pytest.mark.parametrize("scheme, n", [("generic", 5), ("policy", 14)])
def test_builtin_schemes_have_definitions_and_sizeable_lists(scheme, n):
    lex = load_lexicon(scheme)
    assert len(lex.frames) == n
    for frame in lex.frames.values():
        assert frame.definition and frame.label
        assert len(frame.terms) >= 40, frame.name
        assert all(0 < w <= 3 for w in frame.terms.values())
    assert "other" not in lex.frames  # the residual MFC dimension has no lexicon


def test_generic_frames_match_the_sample_gold_columns():
    gold = pd.read_csv(config.SAMPLE_DIR / "gold" / "frames.csv")
    assert load_lexicon("generic").frame_names == [c for c in gold.columns if c != "doc_id"]


def test_our_format_reads_weights_stems_phrases_and_yaml_keywords():
    lex = load_lexicon(LEXICONS / "issue.yaml")
    assert lex.name == "harbour" and lex.frame_names == ["flooding", "money"]
    assert lex.frames["flooding"].terms == {
        "flood*": 1.0,
        "storm surge": 2.0,
        "sea wall": 1.0,
        "no": 1.0,  # a YAML 1.1 boolean elsewhere: read as the word
    }
    assert lex.thresholds() == {"flooding": 5.0, "money": 10.0}
    assert "repairs cost" in lex.frames["money"].definition


def test_quanteda_yaml_flattens_nested_keys():
    lex = load_lexicon(LEXICONS / "quanteda.yml")
    assert lex.frame_names == ["economy.taxes", "economy.jobs", "conflict", "safety"]
    assert lex.frames["conflict"].terms == {"clash*": 1.0, "at odds": 1.0}
    assert lex.frames["safety"].terms == {"harbour wall": 1.0}
    ft = one("Rivals clash at odds over the levy and jobs.", LEXICONS / "quanteda.yml")
    assert ft["hits_conflict"] == 2 and ft["hits_economy.taxes"] == 1
    assert ft["hits_economy.jobs"] == 1


def test_liwc_dic_reads_categories_phrases_and_skips_conditions(caplog):
    with caplog.at_level(logging.WARNING, logger="newsresearch.framing"):
        lex = load_lexicon(LEXICONS / "liwc.dic")
    assert lex.frame_names == ["harbour", "weather", "no vote"]
    assert lex.frames["harbour"].terms == {
        "harbour": 1.0,
        "quay*": 1.0,
        "storm*": 1.0,
        "sea wall": 1.0,
    }
    assert set(lex.frames["weather"].terms) == {"storm*", "sea wall", "rain"}
    assert set(lex.frames["no vote"].terms) == {"like", "no"}
    assert "conditional" in caplog.text
    ft = one("The storm hit the sea wall and the quays.", LEXICONS / "liwc.dic")
    assert ft["hits_harbour"] == 3 and ft["hits_weather"] == 2


# Malformed lexicon files: tests/test_lexicons.py (the one reader, through load_lexicon).


def test_missing_lexicon_lists_builtin_schemes(tmp_path):
    with pytest.raises(FileNotFoundError, match=r"built-in scheme: \['generic', 'policy'\]"):
        load_lexicon(tmp_path / "nope.yaml")


def test_lexicon_round_trips_through_yaml(tmp_path):
    lex = load_lexicon(LEXICONS / "issue.yaml")
    path = tmp_path / "copy.yaml"
    lex.to_yaml(path)
    back = load_lexicon(path)
    assert {k: f.terms for k, f in back.frames.items()} == {
        k: f.terms for k, f in lex.frames.items()
    }
    assert back.thresholds() == lex.thresholds()
    assert back.frames["money"].definition == lex.frames["money"].definition


def test_the_matcher_is_kept_on_the_lexicon_until_its_terms_change():
    lex = lexicon(c={"clash*": 1})
    matcher = lex.matcher()
    one("Rivals clashed.", lex)
    assert lex.matcher() is matcher and "clashed" in matcher.cache  # warm token cache
    lex.frames["c"].terms["feud"] = 1.0
    assert lex.matcher() is not matcher
    assert one("A feud.", lex)["hits_c"] == 1
    for copied in (copy.deepcopy(lex), pickle.loads(pickle.dumps(lex))):
        assert copied._matcher is None and copied.frames == lex.frames
    assert load_lexicon("generic") is not load_lexicon("generic")  # callers may change theirs
