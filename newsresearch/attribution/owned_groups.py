"""A named person's family, lawyers, advisers or campaign as one source: "Taylor's family".

The group goes by its owner's name as written, without titles ("President Trump's
lawyers" is "Trump's lawyers"), and relatives are the family ("Taylor's relatives" is
"Taylor's family"), as the gold names them. A candidate's camp or campaign is "<name>
campaign" (:func:`campaign_of`): "the Voss camp" is "Voss campaign", "his camp" the
campaign of the person "his" stands for, by full name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..actors import ArticleActors
from .pronouns import resolve_pronoun
from .records import Attribution, Span
from .speaker_names import NAME_WORD

__all__ = ["campaign_of", "owned_group"]

#: A person's group named by its owner, and the name the group goes by: "Taylor's family".
_OWNED_GROUPS = {
    "family": "family",
    "relatives": "family",
    "lawyers": "lawyers",
    "attorneys": "lawyers",
    "advisers": "advisers",
    "advisors": "advisers",
}


def owned_group(owner: str, rest: str, span: Span, actors: ArticleActors) -> str | None:
    """ "Taylor's family", "President Trump's lawyers": a named person's family, lawyers or
    advisers as one source, by the owner's name as written without titles (None else).

    *owner* is the possessive's owner as written at the start of *span*, *rest* what
    follows the possessive.

    Examples
    --------
    >>> from newsresearch.actors import find_actors
    >>> t = "Ana Brooks spoke. Sen. Brooks's relatives said so."
    >>> owned_group("Sen. Brooks", "relatives", (18, 43), find_actors(t))
    "Brooks's family"
    """
    noun = _OWNED_GROUPS.get(rest.strip().lower())
    if noun is None or not all(w[:1].isupper() for w in owner.split()):
        return None
    words = owner.split()
    person = [m for m in actors.between(span[0], span[0] + len(owner)) if m.type == "person"]
    known = any(
        a.type == "person" and a.canonical.split()[-1] == words[-1] for a in actors.actors.values()
    )
    if not (person and person[-1].kind != "pronoun") and not known:
        return None
    while len(words) > 1 and (words[0].endswith(".") or words[0].lower() in _OWNER_TITLES):
        words = words[1:]
    return f"{' '.join(words)}'s {noun}"


_OWNER_TITLES = frozenset("president senator governor mayor judge former the".split())


#: A candidate's camp or campaign: "the Voss camp", "Sen. Voss's campaign", "his camp"
#: (lower-case "campaign": "the Brady Campaign" is an organisation's own name).
_CAMPAIGN = re.compile(
    rf"(?:(?P<pronoun>[Hh]is|[Hh]er)|(?:[Tt]he\s+)?(?P<owner>{NAME_WORD}(?:\s+{NAME_WORD}){{0,3}}?)"
    r"(?:['’]s?)?)\s+(?:(?:presidential|re-?election)\s+)?(?:camp|campaign)"
)


def campaign_of(
    phrase: str, span: Span, actors: ArticleActors, done: Sequence[Attribution], text: str
) -> str | None:
    """ "the Voss camp", "his campaign": a person's campaign as one source, "<name>
    campaign", the name as written without titles, or the full name a pronoun stands
    for (None when *phrase*, the source at *span*, is no person's camp or campaign).

    Examples
    --------
    >>> from newsresearch.actors import find_actors
    >>> t = "Gov. Ana Brooks spoke. The Brooks camp said so, and her campaign agreed."
    >>> actors = find_actors(t)
    >>> campaign_of("The Brooks camp", (23, 38), actors, [], t)
    'Brooks campaign'
    >>> campaign_of("her campaign", (53, 65), actors, [], t)
    'Ana Brooks campaign'
    >>> campaign_of("The Brady Campaign", (0, 18), actors, [], t) is None
    True
    """
    m = _CAMPAIGN.fullmatch(phrase.strip())
    if m is None:
        return None
    start = span[0] + len(phrase) - len(phrase.lstrip())
    if m.group("pronoun"):
        at = (start, start + len(m.group("pronoun")))
        low = "he" if m.group("pronoun").lower() == "his" else "she"
        name, kind, _ = resolve_pronoun(low, at, actors, done, text=text)
        return f"{name} campaign" if name and kind == "person" else None
    a = start + m.start("owner")
    b = start + m.end("owner")
    people = [x for x in actors.between(a, b) if x.type == "person" and x.kind != "pronoun"]
    if not people or people[-1].end != b:
        return None
    words = m.group("owner").split()
    while len(words) > 1 and (words[0].endswith(".") or words[0].lower() in _OWNER_TITLES):
        words = words[1:]
    return f"{' '.join(words)} campaign"
