"""Actors the actor finder typed as people that are no person: "he" and "she" never
stand for them.

A capitalised name with an appositive is read as a person ("Child Trends, a nonprofit
research organization, found ..."); the description then says what it is. A name that is
a place or holds an organisation's head word ("the United Nations") is no person either,
unless the article knows a gender for it (a given name: "Tom Church").
"""

from __future__ import annotations

import re

from ..actor_names import is_organisation, organisation_words
from ..actors import Actor

__all__ = ["not_a_person"]

#: Where a description's head ends: "research organization [based in] Halden".
_HEAD_END = re.compile(
    r"\s+(?:of|on|at|for|in|to|from|with|by|that|which|who|whose|where|when|and|[a-z]+ed)\b"
)
_WORD = re.compile(r"[a-z][a-z\-]*")


def not_a_person(actor: Actor) -> bool:
    """Whether a person *actor* is an organisation or a place by its own name or by the
    head of the description the article gives it ("a nonprofit research organization").

    Examples
    --------
    >>> from newsresearch.actors import find_actors
    >>> t = "Child Rights Now, a nonprofit research organization, found that 30 states lag."
    >>> actors = find_actors(t)
    >>> [not_a_person(a) for a in actors.actors.values() if a.type == "person"]
    [True]
    >>> t = "Tara Kell, a nurse at the Halden clinic, said so."
    >>> [not_a_person(a) for a in find_actors(t).actors.values() if a.type == "person"]
    [False]
    """
    if actor.description:
        head = _HEAD_END.split(actor.description.lower(), maxsplit=1)[0]
        words = _WORD.findall(head)
        if words and (
            words[-1] in organisation_words() or words[-1].rstrip("s") in organisation_words()
        ):
            return True
    return not actor.gender and is_organisation(actor.canonical)
