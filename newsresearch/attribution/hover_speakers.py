"""A source that starts inside a name's hover card is the person the card belongs to.

The Hill glues a person's full name and latest headlines to their name ("Sen. Ana Brooks
Ana Maria BrooksSenate passes ... | ... MORE (D-Ohio) said"); a source cut inside that
text ("the budget fight MORE (D-Ohio)") names no one, but the gold speaker is the person
whose visible name opens the card (``Ana Brooks``). The text is not changed; the source
spans are :mod:`.conventions`'.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..actors import ArticleActors
from .records import Attribution

__all__ = ["hover_card_speakers"]

#: A hover card: the visible surname, the full name ending in that surname glued to the
#: first headline, up to the "MORE" link (as :mod:`newsresearch.clean` cuts it).
_HOVER_CARD = re.compile(
    r"\b(?P<last>[A-Z][a-z][\w'’-]*) [^\n]{1,40}?(?P=last)(?=[A-Z0-9‘“'\"])[^\n]{0,600}? MORE\b"
)


def hover_card_speakers(text: str, found: Sequence[Attribution], actors: ArticleActors) -> None:
    """Attributions without a person speaker whose source starts inside a hover card
    take the person whose visible name opens the card, in place.

    Examples
    --------
    >>> from newsresearch.text import Article
    >>> t = ("Sen. Ana Brooks Ana Maria BrooksSenate passes stopgap bill | Brooks wins "
    ...      "primary MORE (D-Ohio), the chair of the panel, said the deal was dead.")
    >>> [a.speaker for a in Article(t).attributions]
    ['Ana Brooks']
    """
    if " MORE" not in text:
        return
    cards = list(_HOVER_CARD.finditer(text))
    for att in found:
        if att.source is None or (att.speaker_type == "person" and att.speaker):
            continue
        card = next((m for m in cards if m.start() < att.source[0] < m.end()), None)
        if card is None:
            continue
        people = [
            m
            for m in actors.overlapping(card.start("last"), card.end("last"))
            if m.type == "person" and m.kind != "pronoun"
        ]
        if people:  # a name the card's text ran on into ends at the visible surname
            words = people[0].actor.split()
            last = card.group("last")
            name = " ".join(words[: words.index(last) + 1]) if last in words else people[0].actor
            att.speaker, att.speaker_type, att.anonymous = name, "person", False
