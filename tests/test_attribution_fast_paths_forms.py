"""Facts worked out once per cue form or per noun give what working them out at each use gave.

:func:`~newsresearch.attribution.cues.cue_at` reads a form's lemma, first word and particles
from a table built once from the cue lexicon (issue 13); the author pattern of a document
noun is compiled once per noun. These tests compare both with the plain forms.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsresearch.attribution.cues import (
    _PARTICLE_AT,
    _STRANDED,
    _WORD_AT,
    PHRASAL,
    Cue,
    _cue_forms,
    cue_at,
    cue_lexicon,
)
from newsresearch.attribution.document_names import AUTHOR, author_after
from newsresearch.attribution.topic_cues import TOPIC_PARTICLES, topic_follows


def _plain_cue_at(text: str, start: int) -> Cue | None:
    """cue_at as it read the lexicon at every call before the table of forms."""
    m = _WORD_AT.match(text, start)
    if not m:
        return None
    lexicon = cue_lexicon()
    word = m.group(0).lower()
    if word not in lexicon:
        return None
    lemma, stance = lexicon[word]
    end = m.end()
    base = lemma.split()[0]
    if base in PHRASAL:
        pm = _PARTICLE_AT.match(text, end)
        particle = pm.group(1) if pm else ""
        if particle in PHRASAL[base]:
            if particle in ("for", "against") and _STRANDED.match(text, pm.end()):
                return None
            return Cue(start, pm.end(), f"{base} {particle}", PHRASAL[base][particle])
    if base in TOPIC_PARTICLES:
        pm = _PARTICLE_AT.match(text, end)
        particle = pm.group(1) if pm else ""
        if particle in TOPIC_PARTICLES[base] and topic_follows(text, pm.end()):
            return Cue(start, pm.end(), f"{base} {particle}", TOPIC_PARTICLES[base][particle])
    if " " in lemma:
        return None
    return Cue(start, end, lemma, stance)


def test_every_cue_form_has_its_lexicon_facts():
    forms = _cue_forms()
    assert forms.keys() == cue_lexicon().keys()
    for form, (lemma, stance) in cue_lexicon().items():
        base = lemma.split()[0]
        assert forms[form] == (
            lemma,
            stance,
            base,
            PHRASAL.get(base),
            TOPIC_PARTICLES.get(base),
            " " not in lemma,
        )


_WORDS = st.sampled_from(
    [
        "said", "Said", "pointed", "out", "to", "called", "for", "voted", "against", "in",
        "talked", "about", "the", "plan", "reported", "on", "Monday", "made", "clear",
        "point", "brushed", "off", "aside", "left", "", ".", ",", "2015", "hit", "back",
    ]
)  # fmt: skip
_SEPARATORS = st.sampled_from([" ", "  ", "\n", ", ", " -"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_WORDS, _SEPARATORS), max_size=12))
def test_cue_at_is_the_plain_lexicon_reading(parts):
    text = "".join(w + s for w, s in parts)
    for start in range(len(text) + 1):
        assert cue_at(text, start) == _plain_cue_at(text, start)


def test_cue_at_on_news_phrasing():
    text = (
        "Sen. Ada Voss pointed out the cost, called for a vote and talked about it; "
        "the bill she voted for in 2015 was made clear."
    )
    starts = [m.start() for m in re.finditer(r"[A-Za-z]+", text)]
    found = [cue_at(text, s) for s in starts]
    assert [c.lemma for c in found if c is not None] == [
        "point out",
        "call for",
        "talk about",
        "make clear",
    ]
    assert found == [_plain_cue_at(text, s) for s in starts]


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(["lawsuit", "report", "statement", "memo", "c.e.o"]),
    st.lists(
        st.sampled_from(
            [
                "lawsuit",
                "Lawsuits",
                "REPORT",
                "report",
                "statement",
                "memo",
                "c.e.o",
                "filed",
                "by",
                "from",
                "sent",
                "out",
                "Ana",
                "Voss",
                "  ",
                " ",
                "\n",
                "reports",
                ".",
            ]
        ),  # fmt: skip
        max_size=14,
    ).map(" ".join),
)
def test_author_after_finds_what_the_pattern_compiled_per_call_finds(noun, text):
    plain = re.compile(rf"\b{re.escape(noun)}s?\b{AUTHOR.pattern}", re.I)
    assert [m.span() for m in author_after(noun).finditer(text)] == [
        m.span() for m in plain.finditer(text)
    ]
    assert author_after(noun) is author_after(noun)
