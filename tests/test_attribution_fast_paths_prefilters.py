"""Plain-substring tests before whole-text searches give what the searches alone give.

A search that every match of which holds a plain string ("Parliament" or "House of" for a
Westminster article, "of" before a relative's name) is skipped when the text lacks it
(issue 13); these tests compare each with the plain search on generated text.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsresearch import actor_names
from newsresearch.attribution import speaker_names
from newsresearch.attribution.records import Attribution

_HOUSE_TEXT = st.lists(
    st.sampled_from(
        ["House", " of ", "of", "Commons", "Lords", "Parliament", "Parliaments", " ", "x", "."]
    ),
    max_size=12,
).map("".join)


def _house_speaker() -> Attribution:
    att = Attribution("indirect", (0, 5), (6, 10), [(11, 20)], "say", "neutral")
    att.speaker, att.speaker_type = "House", "organisation"
    return att


@settings(max_examples=300, deadline=None)
@given(_HOUSE_TEXT)
def test_country_names_reads_the_house_as_the_plain_search_does(text):
    att = _house_speaker()
    speaker_names.country_names([att], text=text)
    westminster = speaker_names._WESTMINSTER.search(text) is not None
    assert att.speaker == ("House" if westminster else "House of Representatives")


def test_country_names_on_a_westminster_article():
    att = _house_speaker()
    speaker_names.country_names([att], text="The House of Lords voted. Then the House met.")
    assert att.speaker == "House"
    att = _house_speaker()
    speaker_names.country_names([att], text="The House voted on the bill on Friday.")
    assert att.speaker == "House of Representatives"


_KIN_TEXT = st.lists(
    st.sampled_from(["the ", "mother", "father", " of ", "of", " ", "\t", "Navy ", "SEAL ", "x"]),
    max_size=14,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(_KIN_TEXT, st.integers(min_value=0, max_value=80))
def test_kin_named_is_the_plain_search(text, start):
    start = min(start, len(text))
    plain = actor_names._KIN_OF.search(text, max(0, start - 60), start) is not None
    assert actor_names.kin_named(text, start) is plain


def test_kin_named_examples():
    text = "Ann Woods, the mother of Navy SEAL Ty Woods, spoke."
    assert actor_names.kin_named(text, text.index("Ty Woods"))
    assert not actor_names.kin_named(text, text.index("Ann"))
