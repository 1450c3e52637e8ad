"""learn_lexicon: PMI word lists per frame, written and read back as YAML."""

from __future__ import annotations

import pandas as pd
import pytest
from framing_helpers import LABELS, TEXTS, Y

from newsresearch.framing import frames, learn_lexicon


def test_learned_lexicon_round_trips_through_yaml(tmp_path):
    small = learn_lexicon(TEXTS, LABELS, k=5, min_count=2)
    assert all(len(f.terms) == 5 for f in small.frames.values())
    lex = learn_lexicon(TEXTS, LABELS, k=50, min_count=2)
    assert set(lex.frames) == {"conflict", "economic", "human"}
    assert {"rivals", "clash"} <= set(lex.frames["conflict"].terms)
    assert "taxes" not in lex.frames["conflict"].terms
    path = tmp_path / "learned.yaml"
    lex.to_yaml(path)
    assert "Induced by PMI" in path.read_text(encoding="utf-8")
    ft = frames(pd.Series(["Rivals clash over taxes"], index=["n"]), scheme=path)
    assert ft.loc["n", "hits_conflict"] >= 2 and ft.loc["n", "hits_economic"] >= 1
    weighted = learn_lexicon(TEXTS, Y, k=5, min_count=2, weighted=True)
    assert all(w > 0.5 for f in weighted.frames.values() for w in f.terms.values())
    with pytest.raises(ValueError, match="positive integer"):
        learn_lexicon(TEXTS, LABELS, k=0)
    with pytest.raises(ValueError, match="label rows"):
        learn_lexicon(TEXTS[:2], LABELS)
