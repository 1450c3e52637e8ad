"""Antecedents that a relative "that" before a reporting verb may stand for.

``an Israeli government that has repeatedly warned that ...``, ``a regime that says ...``,
``an unprecedented statement that implicitly rebuked ...``: "that" right before a cue
(with at most its auxiliaries and adverbs between) is the subject of the cue, and the
noun before it is the source, when that noun is one that speaks: a person noun, an
institution or a document (:func:`.phrases.looks_like_source`), or a governing body.
"""

from __future__ import annotations

import re

from .phrases import looks_like_source
from .records import Span

__all__ = ["antecedent", "speaking_antecedent"]

#: Governing and deciding bodies that speak, beyond the source heads of :mod:`.phrases`.
BODIES = frozenset(
    "regime council board commission department bureau senate parliament assembly congress "
    "cabinet junta tribunal jury coalition alliance".split()
)


def speaking_antecedent(word: str) -> bool:
    """Whether *word*, before a relative "that" and a cue, names a source.

    Examples
    --------
    >>> speaking_antecedent("government"), speaking_antecedent("regime")
    (True, True)
    >>> speaking_antecedent("statement"), speaking_antecedent("bridge")
    (True, False)
    """
    low = word.lower()
    return low in BODIES or low.rstrip("s") in BODIES or looks_like_source([low])


#: Words that open the noun phrase before a relative "that" ("an Israeli government").
_DETERMINERS = frozenset("the a an this its his her their our".split())
#: Words a modifier of that noun phrase never is.
_NOT_MODIFIERS = frozenset(
    "and or but of to in on at by for with from is was are were has have had that who "
    "he she it they we i you".split()
)
#: The most modifiers between a determiner and the head ("the city's new transit board").
MAX_MODIFIERS = 3
_WORD = re.compile(r"[\w’'\-.]+")


def antecedent(text: str, lo: int, hi: int) -> Span | None:
    """The noun phrase that ends at *hi*, the antecedent of a relative "that" after it:
    from its determiner or possessive to its head, or the head alone.

    Examples
    --------
    >>> t = "Lawmakers are torn between the mayor and an Israeli government"
    >>> a, b = antecedent(t, 0, len(t))
    >>> t[a:b]
    'an Israeli government'
    >>> t = "He cited officials"
    >>> a, b = antecedent(t, 0, len(t))
    >>> t[a:b]
    'officials'
    """
    words = list(_WORD.finditer(text, lo, hi))
    if not words or text[words[-1].end() : hi].strip():
        return None
    head = words[-1]
    for k in range(len(words) - 2, max(-1, len(words) - 3 - MAX_MODIFIERS), -1):
        word = words[k].group(0)
        low = word.lower()
        if low in _DETERMINERS or word.endswith(("’s", "'s")):
            return words[k].start(), head.end()
        if low in _NOT_MODIFIERS or text[words[k].end() : words[k + 1].start()].strip():
            break
    return head.start(), head.end()
