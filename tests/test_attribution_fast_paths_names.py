"""The fast paths of speaker-name clean-up give what the plain searches they stand for give.

A hover card's name is found with ``str.find`` and one compiled pattern instead of a pattern
compiled per name, and "also known as" is searched before the alias pattern is tried at each
capital (issue 13); these tests compare each with the plain form on examples and generated
text (invented names).
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsresearch.attribution import name_checks, speaker_names
from newsresearch.text import Article

_PIECES = st.sampled_from(
    ["Ben", "Ben Tarrow", "Tarrow", " ", "\t", "  ", "(Ben)", "(ben)", "(", ")", "Louis", "x", "."]
)
_TEXT = st.lists(_PIECES, max_size=40).map("".join)
_NAME = st.lists(st.sampled_from(["Ben", "Tarrow", " ", "(", "Ben Tarrow", "."]), min_size=1)


def _plain_hover(name: str, text: str) -> bool:
    return re.search(re.escape(name) + name_checks._NICKNAME_AFTER, text) is not None


@settings(max_examples=300, deadline=None)
@given(_NAME.map("".join), _TEXT)
def test_hover_after_finds_what_the_escaped_search_finds(name, text):
    assert name_checks._hover_after(name, text) is _plain_hover(name, text)


def test_hover_after_on_a_hover_card_and_on_a_plain_name():
    card = "said Sen. Ben Tarrow Benjamin (Ben) Louis TarrowOvernight MORE"
    assert name_checks._hover_after("Ben Tarrow Benjamin", card)
    assert not name_checks._hover_after("Ben Tarrow", card)
    # the name twice, the card after the second only
    twice = "Ben Tarrow Benjamin spoke. Ben Tarrow Benjamin (Ben) Louis Tarrow"
    assert name_checks._hover_after("Ben Tarrow Benjamin", twice)


_ALIAS_PIECES = st.sampled_from(
    ["T.J.", "Holt", "Terrence James Holt", ",", ", ", " ", "\n", "also", "better", "known", "as"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALIAS_PIECES, max_size=30).map(" ".join))
def test_known_as_precheck_never_hides_an_alias_match(text):
    if speaker_names._ALIAS.search(text) is not None:
        assert speaker_names._KNOWN_AS.search(text) is not None


def test_alias_speaker_still_takes_the_first_name():
    t = (
        "T.J., also known as Terrence James Holt, spoke at the rally. "
        '"We are here to stay," Terrence James Holt said.'
    )
    assert [a.speaker for a in Article(t).attributions] == ["T.J."]
