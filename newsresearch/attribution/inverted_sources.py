"""Sources after an inverted cue: "..., said Noor Haddad", "..., say analysts".

After content and an inverted cue, the source is a name (``said Noor Haddad``), a
described one that ends its clause (``said a Democratic congressman involved in the
meeting``) or, with no determiner, a bare plural whose head is a source noun, with a
phrase of origin (``..., say analysts.``, ``..., say strategists from both parties.``,
``..., said officials familiar with the talks.``).
"""

from __future__ import annotations

import re

from .phrases import looks_like_source
from .records import Span

__all__ = ["DESCRIBED", "named_or_described", "plural_source_after"]

#: Determiners and numbers that open a described source ("a congressman", "two aides").
DESCRIBED = frozenset("the a an one another two three several some".split())
#: Where the source's clause ends.
_CLAUSE_ENDS = re.compile(r"\s*(?:[,;.!?]|$)")
#: A bare plural (one or two modifiers before it) and an optional phrase of origin, then
#: the clause's end: "analysts", "Republican strategists from both parties", "officials
#: familiar with the talks".
_BARE_PLURAL = re.compile(
    r"\s+(?P<np>(?:[A-Za-z\-]+\s+){0,2}?(?P<head>[a-z]+[^s\W]s)"
    r"(?:\s+(?:from|at|in|with|of|on|for|familiar\s+with|close\s+to|involved\s+in)\s+"
    r"(?:[\w’'\-.]+\s+){0,5}?[\w’'\-]+)?)(?=\s*(?:[,;.!?]|$))"
)


def named_or_described(text: str, source: Span, sb: int) -> bool:
    """Whether *source* after an inverted cue is a name ("Noor Haddad"), a described one
    that ends its clause ("a Democratic congressman involved in the meeting") or a bare
    plural source ("analysts").

    Examples
    --------
    >>> t = "It will pass, said a congressman."
    >>> named_or_described(t, (19, 32), len(t))
    True
    """
    phrase = text[source[0] : source[1]]
    if phrase[:1].isupper():
        return True
    words = phrase.split()
    if words and _BARE_PLURAL.fullmatch(" " + phrase) is not None:
        return looks_like_source([_BARE_PLURAL.fullmatch(" " + phrase).group("head")])
    return (
        len(words) > 1
        and words[0] in DESCRIBED
        and looks_like_source(words[1:])
        and _CLAUSE_ENDS.match(text, source[1], sb) is not None
    )


def plural_source_after(text: str, pos: int, sb: int) -> Span | None:
    """A bare plural source right after an inverted cue ending at *pos*, ending its clause
    ("..., say analysts.", "..., say strategists from both parties.").

    Examples
    --------
    >>> t = "Voters want change, say analysts."
    >>> s = plural_source_after(t, 23, len(t))
    >>> t[s[0]:s[1]]
    'analysts'
    >>> plural_source_after("It fell, said things.", 12, 21) is None
    True
    """
    m = _BARE_PLURAL.match(text, pos, sb)
    if m is None or m.group("np").split()[0].lower() in DESCRIBED:
        return None
    return m.span("np") if looks_like_source([m.group("head")]) else None
