"""Indirect questions after a thought or evidence verb: the wh-clause is the content.

PARC annotates ``We always knew [where the responsibility rested]``, ``Voss did not
recall [if Ilves mentioned the fund]``, ``Both senators are mulling [whether to run]``
and ``The vote shows [how divided the party has become]``: a verb of knowing, recalling,
deciding or showing whose complement is an indirect question. The verb still needs that
complement: "knew the area" and "decided the case" are no attributions, nor is "know how
to fix it" (an infinitive after a wh-word other than "whether").
"""

from __future__ import annotations

import re

__all__ = ["WH_CUES", "wh_clause_follows"]

#: Cue lemmas whose content may be an indirect question (all need a clause after them).
WH_CUES = frozenset(
    "know understand recall remember wonder decide mull ponder weigh show realize "
    "learn notice consider predict indicate".split()
)
#: An indirect question: a wh-word and a clause with its own subject ("where the money
#: went", "if she knew", "what the realities were"), or "whether" and an infinitive
#: ("whether to run"); not "how to", "what?", nor a free relative that is its own subject
#: ("knows what is at stake": what is at stake is known, no proposition).
_WH_CLAUSE = re.compile(
    r"(?:whether\s+(?:to\s+)?|(?:if|how|why|what|where|when|who)\s+"
    r"(?!(?:to|is|was|are|were|has|have|had|will|would|can|could|may|might)\b))(?=[\w“\"‘])"
)


def wh_clause_follows(text: str, lemma: str, pos: int) -> bool:
    """Whether an indirect question opens at *pos* after a cue of *lemma*.

    Examples
    --------
    >>> wh_clause_follows("where the money went", "know", 0)
    True
    >>> wh_clause_follows("whether to run", "mull", 0)
    True
    >>> wh_clause_follows("how to fix it", "know", 0), wh_clause_follows("what is at stake", "know", 0)
    (False, False)
    >>> wh_clause_follows("where the money went", "say", 0)
    False
    """
    return lemma in WH_CUES and _WH_CLAUSE.match(text, pos) is not None
