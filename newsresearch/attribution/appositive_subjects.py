"""A he or she after a name inside the subject's appositive stands for the subject:
"Tom Reyes, a senior member of team Brooks, faulted what he called ..." is Reyes, not
Brooks, whom the appositive only mentions.

:func:`.pronouns.resolve_pronoun` takes the nearest fitting person before a pronoun; when
that person is named inside an appositive set off by commas right after the name that
opens the pronoun's sentence, :func:`appositive_subject` gives that subject instead.
"""

from __future__ import annotations

import re

from ..actors import Actor, ArticleActors, Mention
from .records import Span

__all__ = ["appositive_subject"]

#: An appositive open after the subject's name: a comma, an article and no other comma.
_OPEN_APPOSITIVE = re.compile(r",\s+(?:a|an|the|his|her|their)\s[^,;:.]*$", re.I)
#: The appositive closed by a comma, then up to eight words of predicate before the pronoun.
_CLOSED_APPOSITIVE = re.compile(r"[^,;:.]*,\s+(?:[\w’'\-]+\s+){0,8}$")
#: Where the pronoun's sentence starts: after a sentence end or a line break.
_SENTENCE_START = re.compile(r"(?:^|[.!?][\"”’]?\s+|\n\s*)(?:(?:But|And|So|Yet)\s+)?$")


def appositive_subject(
    text: str, span: Span, nearest: Mention, actors: ArticleActors, gender: str
) -> Actor | None:
    """The person whose name opens the pronoun's sentence when *nearest* (the nearest
    fitting person before the pronoun at *span*) is named inside that person's
    appositive; None otherwise or when the subject's known gender is not *gender*.

    Examples
    --------
    >>> from newsresearch.actors import find_actors
    >>> t = "Tom Reyes, a senior adviser to Gov. Al Brooks, faulted what he called the ads."
    >>> actors = find_actors(t)
    >>> near = [m for m in actors.mentions if m.actor.endswith("Brooks")][0]
    >>> at = t.index(" he ") + 1
    >>> appositive_subject(t, (at, at + 2), near, actors, "m").canonical
    'Tom Reyes'
    """
    before = [
        m
        for m in actors.between(max(0, nearest.start - 200), nearest.start)
        if m.type == "person" and m.kind in ("name", "surname") and m.actor != nearest.actor
    ]
    if not before:
        return None
    subject = before[-1]
    if not _SENTENCE_START.search(text, max(0, subject.start - 8), subject.start):
        return None
    if not _OPEN_APPOSITIVE.search(text, subject.end, nearest.start):
        return None
    if not _CLOSED_APPOSITIVE.fullmatch(text, nearest.end, span[0]):
        return None
    actor = actors.actors[subject.actor]
    return actor if actor.gender == gender else None
