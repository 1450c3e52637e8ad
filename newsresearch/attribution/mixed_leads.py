"""A reported clause between a cue and the quote it runs into: one mixed content (PARC).

``told King that her daughter just left Washington, “after working for a senator ...”``:
the direct step takes the quote as the content of "told King"; the PARC gold writes the
clause from "that" to the end of the quote as one mixed content. Only a "that" clause in
the same sentence, after the cue's addressee or setting, moves into the content.
"""

from __future__ import annotations

import dataclasses
import re

from .records import Attribution

__all__ = ["with_clause_before_quote"]

#: The words between a cue and its quote: an addressee or setting of a few words, then
#: "that" and a clause (no sentence end, colon or quote mark), up to the quote.
_CLAUSE_LEAD = re.compile(
    r"(?:\s+[^\s.!?;:\n“”\"]+){0,6}?\s+(?P<that>that)\s+[^.!?;:\n“”\"]{3,200}?,?\s*[“\"]?"
)


def with_clause_before_quote(text: str, att: Attribution) -> Attribution:
    """*att* (a direct quote after its cue) as a mixed attribution whose content starts at
    the "that" clause between the cue and the quote; else *att* unchanged.

    Examples
    --------
    >>> t = "Ann Holt told KRTV that her son left, “after working for a senator.”"
    >>> att = Attribution("direct", (0, 8), (9, 13), [(39, 68)], "tell", "neutral")
    >>> new = with_clause_before_quote(t, att)
    >>> new.kind, t[slice(*new.content[0])]
    ('mixed', 'that her son left, “after working for a senator.”')
    """
    if att.kind != "direct" or att.cue is None or not att.content:
        return att
    a, b = att.content[0]
    if att.cue[1] > a or (att.source is not None and att.cue[1] <= att.source[0] < a):
        return att
    m = _CLAUSE_LEAD.fullmatch(text, att.cue[1], a)
    if m is None:
        return att
    content = [(m.start("that"), b), *att.content[1:]]
    return dataclasses.replace(att, kind="mixed", content=content)
