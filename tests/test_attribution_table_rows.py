"""The attribution table's rows: span texts joined as the plain join gives them."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsresearch.attribution.tables import _joined

_TEXT = "Ada Voss, the mayor, said on Tuesday that the bridge would reopen."
_SPAN = st.tuples(st.integers(0, len(_TEXT)), st.integers(0, len(_TEXT))).map(sorted).map(tuple)


@settings(max_examples=200, deadline=None)
@given(st.lists(_SPAN | _SPAN.map(list), max_size=4))
def test_joined_is_the_plain_join(spans):
    """One span (the common case) skips the join: the same text and span lists."""
    text, as_lists = _joined(_TEXT, spans)
    assert text == " ".join(_TEXT[a:b] for a, b in spans)
    assert as_lists == [list(s) for s in spans]
    assert all(type(s) is list for s in as_lists)
