"""The fast paths of speaker-name clean-up give what the plain searches they stand for give.

"Also known as" is searched before the alias pattern is tried at each capital (issue 13);
these tests compare it with the plain form on examples and generated text (invented names).
The hover-card fast path is tested in ``test_hover_cards.py``.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsresearch.attribution import speaker_names
from newsresearch.text import Article

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
