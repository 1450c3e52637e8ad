"""A reported clause between a cue and the quote it runs into: one mixed content (PARC).

``told King that her daughter just left Washington, “after working for a senator ...”``:
the direct step takes the quote as the content of "told King"; the PARC gold writes the
clause from "that" to the end of the quote as one mixed content. Only a "that" clause in
the same sentence, after the cue's addressee or setting, moves into the content.
Likewise the subject of a quote that opens on its predicate, set before an inverted cue:
``The Palace, Robach says, “threatened us in a million different ways.”`` has the mixed
content ``The Palace`` + the quote; and a quote that opens its sentence and runs on past
its closing mark to an inverted cue (``“It could make things more difficult” for a
challenger, Mr. Kessler said.``) has the mixed content from the quote to that comma.
"""

from __future__ import annotations

import dataclasses
import re

from .records import Attribution

__all__ = ["with_clause_before_quote", "with_subject_before_cue", "with_tail_after_quote"]

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


#: How far before its source the subject of a quote that continues the sentence may start.
MAX_SUBJECT_CHARS = 80
#: The subject of the sentence before ", <source> <cue>, “...": from the sentence start
#: (a capital after a sentence end or a line break) to its comma, with no comma inside.
_SUBJECT_BEFORE = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?][”\"’] )|(?<=[.!?] ))(?P<np>[A-Z][^,;:\n“”\".!?]{1,80}?),\s+$"
)
#: Words that open a clause with its own subject (a quote opening on one is no predicate)
#: or a sentence adverb, preposition or subordinator (no subject opens on one).
_CLAUSE_OPENERS = frozenset(
    "i we you he she it they there this that these those the a an and but or so if when".split()
)
_NOT_SUBJECT_START = frozenset(
    "in on at for after before with by from during since until under over as if when while "
    "because although though once unless still meanwhile instead finally later then now also "
    "but and so yet however indeed first second last moreover besides".split()
)
#: Between the cue and its quote: a comma and the opening mark.
_CUE_TO_QUOTE = re.compile(r",\s*[“\"]?")


def with_subject_before_cue(text: str, att: Attribution) -> Attribution:
    """*att* (a quote after an inverted cue that interrupts its sentence) as a mixed
    attribution whose content starts with the subject before the cue, when the quote
    opens on a lower-case word (its predicate); else *att* unchanged.

    Examples
    --------
    >>> t = "The Palace, Ann Holt says, “threatened us in many ways.”"
    >>> att = Attribution("direct", (12, 20), (21, 25), [(28, 55)], "say", "neutral")
    >>> new = with_subject_before_cue(t, att)
    >>> new.kind, [t[a:b] for a, b in new.content]
    ('mixed', ['The Palace', 'threatened us in many ways.'])
    """
    if att.kind != "direct" or att.cue is None or att.source is None or not att.content:
        return att
    a = att.content[0][0]
    if not (att.source[1] <= att.cue[0] and att.cue[1] <= a) or not text[a : a + 1].islower():
        return att
    if _CUE_TO_QUOTE.fullmatch(text, att.cue[1], a) is None:
        return att
    lo = max(0, att.source[0] - MAX_SUBJECT_CHARS - 4)
    word = re.match(r"[^\W\d_]+", text[a : a + 12])
    if word is None or word.group(0).lower() in _CLAUSE_OPENERS:
        return att  # a quote with its own subject: '..., he added, “we will win.”'
    m = _SUBJECT_BEFORE.search(text, lo, att.source[0])
    if m is None:
        return att
    first = m.group("np").split()[0].lower()
    if first in _NOT_SUBJECT_START or (" " not in m.group("np") and first.endswith("ly")):
        return att  # "Finally, he added, ..."
    return dataclasses.replace(att, kind="mixed", content=[m.span("np"), *att.content])


#: After a quote's closing mark: the words that end its sentence's clause, up to the comma
#: before an inverted cue (no sentence end, quote or second comma between).
_TAIL_TO_CUE = re.compile(r"[”\"]\s+(?P<tail>[a-z][^,;:.!?\n“”\"]{1,80}?),\s*")
#: A sentence start right before a quote's opening mark.
_SENTENCE_START = re.compile(r"(?:^|\n|[.!?][”\"’]?\s+)\s*$")


def with_tail_after_quote(text: str, att: Attribution) -> Attribution:
    """*att* (a quote that opens its sentence, before its inverted cue) as a mixed
    attribution whose content runs on past the closing mark to the comma before the cue;
    else *att* unchanged.

    Examples
    --------
    >>> t = "“It could be hard” for a challenger, Ann Holt said."
    >>> att = Attribution("direct", (37, 45), (46, 50), [(1, 17)], "say", "neutral")
    >>> new = with_tail_after_quote(t, att)
    >>> new.kind, [t[a:b] for a, b in new.content]
    ('mixed', ['“It could be hard” for a challenger'])
    """
    if att.kind != "direct" or att.cue is None or len(att.content) != 1:
        return att
    a, b = att.content[0]
    after = min(att.cue[0], att.source[0]) if att.source is not None else att.cue[0]
    if after < b or text[a - 1 : a] not in '“"' or a == 0:
        return att
    m = _TAIL_TO_CUE.fullmatch(text, b, after)
    if m is None or _SENTENCE_START.search(text, max(0, a - 6), a - 1) is None:
        return att
    return dataclasses.replace(att, kind="mixed", content=[(a - 1, m.end("tail"))])
