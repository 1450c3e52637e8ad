"""Where a cue's object ends when the source goes on to a second predicate.

News joins two things its subject did with "and": ``Hale opposed the move and deviated
from usual practice``, ``Voss backed the plan and then told reporters ...``. The object
of a position cue in the past ("opposed the move") ends before the "and" when the word
after it (past an adverb) is a past verb too. A noun after "and" ("opposed the move and
the budget") stays in the object; a present cue is left alone (after "and", a plural
noun and a verb in -s look alike).
"""

from __future__ import annotations

import re

from .finite_clauses import clause_with_subject

__all__ = ["second_predicate_start"]

#: " and", an optional adverb, then the verb (its form is checked against the cue's).
_AND_VERB = re.compile(
    r"\s+and\s+(?:(?:then|later|also|immediately|again|still|even|[a-z]+ly)\s+)?"
    r"(?P<verb>[a-z]+)\s+"
    # what a verb takes: a determiner, a pronoun, a preposition or a particle (not a bare
    # noun: "a diminished America and endangered opportunity for all" is one object)
    r"(?:the|a|an|his|her|their|its|our|my|this|that|these|those|him|them|it|us|me|to|from|"
    r"with|on|in|at|into|up|out|down|off|over|back|about|against|doubt|praise|credit)\b"
)
#: Irregular pasts that open a second predicate ("and told him to ...", "and cast doubt").
_IRREGULAR_PASTS = frozenset(
    "told said made took gave cast sent left went met won lost spoke wrote brought put "
    "held kept led ran saw thought found began became chose drew fought heard knew paid "
    "sought stood threw".split()
)


def _past(word: str) -> bool:
    return word.endswith("ed") or word in _IRREGULAR_PASTS or word in {"has", "had"}


def second_predicate_start(text: str, a: int, b: int, cue_word: str) -> int:
    """Where the object ``[a, b)`` (not a clause) of the cue written *cue_word* ends when a second
    predicate of the same subject follows it ("... and deviated from ..."), else *b*.

    Parameters
    ----------
    text : str
        The article text.
    a, b : int
        The object's start and its end so far.
    cue_word : str
        The cue's verb as written ("opposed", "defends").

    Returns
    -------
    int
        The offset of the space before "and", or *b*.

    Examples
    --------
    >>> t = "Hale opposed the move and deviated from usual practice."
    >>> t[13:second_predicate_start(t, 13, 54, "opposed")]
    'the move'
    >>> t = "Hale opposed the move and the budget."
    >>> second_predicate_start(t, 13, 36, "opposed")
    36
    """
    if not _past(cue_word.lower()) or clause_with_subject(text, a):
        return b  # "said he lived there and stayed in touch": the clause's own predicates
    for m in _AND_VERB.finditer(text, a, b):
        if _past(m.group("verb")):
            return m.start()
    return b
