"""The fast paths of stance, target sentiment and their helpers give what the plain code
they stand for gives (issue 13), on examples and on generated text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsresearch.attribution import stance_cues

# white space of every kind that ``\s`` matches (no-break space, line separator, the
# information separators, NEL), word characters, quote marks, punctuation
_TEXT = st.lists(
    st.sampled_from(
        [
            "a",
            "B",
            "7",
            "_",
            "é",
            "’",
            "'",
            "-",
            ".",
            "(",
            ")",
            " ",
            "  ",
            "\n",
            "\t",
            "\u00a0",
            "\u2028",
            "\x1c",
            "\x85",
            "to ",
            "won’t ",
            "the ",
        ]
    ),
    max_size=30,
).map("".join)


def _plain_last_word(text: str, floor: int, end: int) -> str | None:
    m = stance_cues._LAST_WORD_RE.search(text, floor, end)
    return None if m is None else m.group(1)


def _plain_previous_word(text: str, floor: int, end: int) -> tuple[str, int] | None:
    m = stance_cues._PREVIOUS_RE.search(text[floor:end])
    return None if m is None else (m.group(1), end - len(m.group()))


@settings(max_examples=400, deadline=None)
@given(_TEXT, st.integers(0, 40), st.integers(0, 40))
def test_last_word_is_the_search_it_stands_for(text, floor, end):
    floor, end = min(floor, len(text)), min(end, len(text))
    assert stance_cues._last_word(text, floor, end) == _plain_last_word(text, floor, end)


@settings(max_examples=400, deadline=None)
@given(_TEXT, st.integers(0, 40), st.integers(0, 40))
def test_previous_word_is_the_search_it_stands_for(text, floor, end):
    floor, end = min(floor, len(text)), min(end, len(text))
    got = stance_cues._previous_word(text, floor, end)
    assert got == (_plain_previous_word(text, floor, end) if floor <= end else None)


def test_last_and_previous_word_on_news_text():
    text = "Sen. Ada Voss said they would ban the new tax bill, and won’t  back it.\n"
    for end in range(len(text) + 1):
        for floor in (0, max(0, end - 12), max(0, end - 40)):
            assert stance_cues._last_word(text, floor, end) == _plain_last_word(text, floor, end)
            assert stance_cues._previous_word(text, floor, end) == _plain_previous_word(
                text, floor, end
            )


_ISSUE_TEXT = st.lists(
    st.sampled_from(
        [
            "the ",
            "tax ",
            "bill",
            "bill ",
            "health ",
            "care ",
            "Act ",
            "Clean ",
            "Water ",
            "to ",
            "will ",
            "was ",
            "spending ",
            "striking ",
            "Voss’s ",
            "Voss's ",
            "new ",
            "latest ",
            "immigration ",
            "measure ",
            "ban ",
            "deal",
            "plan ",
            "his ",
            "U.S. ",
            ", ",
            ". ",
            "said ",
            "\n",
        ]
    ),
    max_size=40,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(_ISSUE_TEXT, st.lists(st.tuples(st.integers(0, 300), st.integers(0, 300)), max_size=8))
def test_issue_finder_shared_by_stretches_is_find_issues(text, stretches):
    # one finder over stretches in any order, the whole text among them (its memo of
    # each head's phrase is shared): each as find_issues of that stretch alone
    finder = stance_cues.IssueFinder(text)
    n = len(text)
    for start, end in [*stretches[:3], (0, n), *stretches[3:]]:
        start, end = min(start, n), min(end, n)
        if start > end:
            start, end = end, start
        assert finder.find(start, end) == stance_cues.find_issues(text, start, end), (start, end)
