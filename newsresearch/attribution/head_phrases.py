"""The phrase a source's speaker is read from: the noun phrase that heads it.

A source cut to the object of a preposition speaks by the person heading its phrase:
"Rabbi Ana Roe of the Beth Shalom Temple in [Oakdale] said" is Ana Roe, not Oakdale
(:func:`head_person`). A source that ran into the lead of its clause or a predicate is
read without them, as the ``parc`` convention writes it: "in [2017] Republicans [are
united] supporting repeal" is Republicans (:func:`source_core`).

The source finder may read only the last name before a cue; the ``parc`` convention
widens it to the noun phrase that opens its clause (:func:`.source_heads.with_head_phrase`),
and the speaker is the person that phrase is headed by.

Run by :func:`.speakers.resolve_speakers` before the source itself is read.
"""

from __future__ import annotations

import re

from ..actors import ArticleActors
from .pronouns import _sentence_start
from .records import Span
from .source_heads import with_head_phrase
from .source_leads import without_clause_lead

__all__ = ["appositive_parts", "head_person", "source_core"]

Speaker = tuple[str | None, str, bool]  # canonical name, type, anonymous

#: A preposition right before a source that is its object.
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|of|at|from|for)\s+(?:the\s+)?$", re.I)
#: A quote or a colon in a source: words the source search ran into, read whole.
_QUOTED = re.compile(r"[:“”\"]")
#: Names joined before the source: the source is joint, read whole.
_JOINED = re.compile(r"\s(?:and|&)\s")
#: Where the head of a phrase ends: "Rabbi Ana Roe| of the ...".
_HEAD_END = re.compile(r",|\s+(?:of|at|for|from|in|with)\s+")


def head_person(text: str, span: Span, actors: ArticleActors) -> Speaker | None:
    """The person who heads the noun phrase a source *span* is the object of, else None.

    Examples
    --------
    >>> from newsresearch.text import Article
    >>> t = "Rabbi Tomas Verlan of the Beth Shalom Temple in Oakdale said the vote worried him."
    >>> head_person(t, (t.index("Oakdale"), t.index(" said")), Article(t).actors)
    ('Tomas Verlan', 'person', False)
    """
    if _PREPOSITION_BEFORE.search(text, max(0, span[0] - 12), span[0]) is None:
        return None
    start = _sentence_start(text, span[0])
    wide = with_head_phrase(text, span, starts=[start])
    if wide == span or _JOINED.search(text, wide[0], span[0]) is not None:
        return None  # "Rand Voss of Ohio and Ted Brill of [Texas]": a joint source
    if any(m.type == "person" and m.kind == "name" for m in actors.between(*span)):
        return None  # "Rand Voss of [Ohio and Ted Brill of Texas]": a person of its own
    cut = _HEAD_END.search(text, wide[0], span[0])
    head_end = cut.start() if cut is not None else span[0]
    people = [
        m
        for m in actors.between(wide[0], head_end)
        if m.type == "person" and m.kind == "name" and not text[m.end : head_end].strip()
    ]
    return (people[-1].actor, "person", False) if people else None


def source_core(text: str, span: Span) -> Span:
    """*span* without the lead of its clause and a predicate it ran into
    (:func:`.source_leads.without_clause_lead`), unless it holds a quote or a colon.

    Examples
    --------
    >>> t = "Voss said in 2017 Republicans are united supporting repeal."
    >>> a, b = source_core(t, (t.index("2017"), t.index(" supporting")))
    >>> t[a:b]
    'Republicans'
    """
    if _QUOTED.search(text, *span) is not None:
        return span
    return without_clause_lead(text, span) or span


#: The possessive mark right after an owner's name: "Rask's", "Voss’".
_OWNER_MARK = re.compile(r"['’]s?\b|['’]")


def appositive_parts(
    text: str, left: Span, right: Span, actors: ArticleActors
) -> tuple[Span, Span]:
    """The two sides of a comma-split source in the order their names are read: the
    named person after the comma first when the only names before it are owners of
    the description ("Rask's chief strategist, Ben Harlow" is Harlow, not Rask's
    strategist); else the side before the comma first.

    Examples
    --------
    >>> from newsresearch.actors import find_actors
    >>> t = "Tom Rask's chief strategist, Ben Harlow, said so."
    >>> parts = appositive_parts(t, (0, 27), (28, 39), find_actors(t))
    >>> t[parts[0][0] : parts[0][1]]
    ' Ben Harlow'
    """
    people = [m for m in actors.between(*left) if m.type == "person" and m.kind != "pronoun"]
    if people and all(_OWNER_MARK.match(text, m.end) for m in people):
        return right, left
    return left, right
