"""The word lookups behind stance cues and issue phrases give what a plain scan gives."""

from __future__ import annotations

import pytest

from newsresearch.attribution.stance_cues import (
    _ISSUE_WORDS,
    _WORD_RE,
    _WORD_RUN_RE,
    IssueFinder,
    _by_first_word,
    _first_words,
    _head_candidates,
    _issue_re,
    _letter_words,
    find_issues,
    find_stance_cues,
)

TEXT = (
    "Unions back the plan. Keller rolled back the tax bill; the backers backed it anyway. "
    "Voss vetoed the measure, and the Senate voted against the Clean Water Act, a bill "
    "that Keller's allies condemned. Bill Brinton's budget cuts drew fire."
)


def test_letter_words_are_the_distinct_letter_runs():
    assert _letter_words("voss's u.s. trip, 2019") == frozenset({"voss", "s", "u", "trip"})


@pytest.mark.parametrize("start", [0, 3, 30])
def test_first_words_match_a_scan_of_every_word(start):
    low = TEXT.lower()
    index = _by_first_word()
    expected = [
        (m.start(), m.end(), m.group())
        for m in _WORD_RE.finditer(low, start, len(low))
        if m.group() in index
    ]
    assert _first_words(low, start, len(low), index) == expected
    assert ("back" in {w for _, _, w in expected}) and all(
        not low[a - 1].isalpha() for a, _, _ in expected if a > start
    )


def test_first_words_skip_a_word_inside_a_longer_one():
    low = "background backers back"
    found = _first_words(low, 0, len(low), _by_first_word())
    assert [w for _, _, w in found] == ["back"]
    assert found[0][0] == low.rindex("back")


def test_find_stance_cues_whole_text_and_stretch_agree():
    whole = [(c.start, c.text, c.polarity) for c in find_stance_cues(TEXT)]
    assert ("back" in [t for _, t, _ in whole]) and ("vetoed" in [t for _, t, _ in whole])
    assert "back" not in [TEXT[s : s + 4] for s, t, _ in whole if TEXT[s - 7 : s] == "rolled "]
    cut = TEXT.index("Voss")
    tail = [(c.start, c.text, c.polarity) for c in find_stance_cues(TEXT, cut)]
    assert tail == [c for c in whole if c[0] >= cut]


def test_head_candidates_hold_every_head_of_the_text():
    true_heads = _ISSUE_WORDS.intersection(_WORD_RUN_RE.findall(TEXT))
    candidates = _head_candidates(TEXT)
    assert true_heads <= candidates
    assert "bill" in candidates and "Act" in candidates  # "Bill Brinton" selects it too
    finder = IssueFinder(TEXT)
    assert [m.group() for m in finder.heads] == [m.group() for m in _issue_re().finditer(TEXT)]


def test_issue_finder_matches_find_issues_on_every_stretch():
    finder = IssueFinder(TEXT)
    n = len(TEXT)
    for start in range(0, n, 7):
        for end in range(start, n + 1, 11):
            assert finder.find(start, end) == find_issues(TEXT, start, end), (start, end)


@pytest.mark.parametrize(
    "text, found",
    [
        ("Democrats would have to win back the Senate to pass the bill.", []),
        ("Lawmakers want to bring her back to Capitol Hill for more questions.", []),
        ("Aides opened a back channel to the Orlan government.", []),
        ("Sen. Mara Quill would back the tax measure when it comes up for a vote.", ["back"]),
    ],
)
def test_back_as_an_adverb_is_no_stance_cue(text, found):
    assert [c.text for c in find_stance_cues(text) if c.lemma == "back"] == found


@pytest.mark.parametrize(
    "text, found",
    [
        ("Prescott fire chief Dan Vole said the crews were exhausted.", []),
        ("Six officers fired their weapons during the raid.", []),
        ("Kestrel fired two missiles into the sea on Sunday.", []),
        ("The board fired the chief executive on Monday.", ["fired"]),
        ("The mayor fired Police Chief Ada Rowe.", ["fired"]),
    ],
)
def test_fire_as_a_noun_or_a_shot_is_no_stance_cue(text, found):
    assert [c.text for c in find_stance_cues(text) if c.lemma == "fire"] == found
