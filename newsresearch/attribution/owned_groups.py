"""A named person's family, lawyers or advisers as one source: "Taylor's family".

The group goes by its owner's name as written, without titles ("President Trump's
lawyers" is "Trump's lawyers"), and relatives are the family ("Taylor's relatives" is
"Taylor's family"), as the gold names them.
"""

from __future__ import annotations

from ..actors import ArticleActors
from .records import Span

__all__ = ["owned_group"]

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
