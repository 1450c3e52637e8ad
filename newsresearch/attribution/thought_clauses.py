"""Bare clauses after a thought verb whose subject is a noun phrase led by "a", "no", "any".

``I don't think a retired banker could get any lower``, ``Voters believe a self-described
socialist stands no chance``, ``I think shareholders really care about ...``: a verb of
thought or belief reports a clause without "that" far more often than a speech verb does,
and its subject is often an indefinite or quantified noun phrase ("a", "no", "any",
"every", "one", "all") or a bare plural with an adverb before its verb. The speech-verb
rules of :mod:`.finite_clauses` leave such subjects out on purpose ("reported a loss" is
an object); after :data:`THOUGHT_CUES` they open a clause when a finite verb follows the
noun phrase: an auxiliary or a modal ("could", "will", "doesn't"), or a verb in -s with
its object or complement ("stands no chance").
"""

from __future__ import annotations

import re

__all__ = ["THOUGHT_CUES", "thought_clause_follows"]

#: Thought verbs whose clause may have such a subject.
THOUGHT_CUES = frozenset("think believe feel suspect doubt guess know fear".split())

#: The words of a noun phrase: not a wh-word, a relative, "that", "to" or a preposition
#: that would make the phrase an object with its own modifier ("a lot about what ...").
_NP_WORD = (
    r"(?!(?:who|whom|whose|which|what|where|when|why|how|that|to|about|of|for|from|with|"
    r"in|on|at|by|if|whether|and|or|but|so)\s)[\w\-’'.“”\"]+\s+"
)
_DETERMINER = (
    r"(?:a|an|any|no|every|each|one|all|both|neither|either|few|several|such|another|"
    r"much|more|most|fewer|less)\s+"
)
_AUXILIARY = (
    r"(?:(?:will|would|could|should|can|may|might|must|is|are|was|were|has|have|had|does|"
    r"did|do|wo|ca)n[’']t|will|would|could|should|can|may|might|must|is|are|was|were|has|"
    r"have|had|does|did)\b"
)
_ADVERB = r"(?:(?:[a-z]+ly|still|also|now|already|never|not|only|just|ever)\s+)?"
#: What follows a verb in -s in a clause: its object, an infinitive or an adverb.
_AFTER_VERB = r"(?:its|his|her|their|the|a|an|no|him|them|us|me|to|that|more|less|[a-z]+ly)\b"

#: A determiner-led noun phrase of up to five words, then an auxiliary or a verb in -s.
_DETERMINED = re.compile(
    _DETERMINER + rf"(?:{_NP_WORD}){{0,4}}?{_ADVERB}(?:{_AUXILIARY}|[a-z]+[^s\W]s\s+{_AFTER_VERB})"
)
#: A bare plural, an adverb, a verb in its base form and what follows it ("shareholders
#: really care about ...").
_PLURAL_ADVERB = re.compile(
    r"[a-z]+[^s\W]s\s+(?:[a-z]+ly|still|also|never|only|just)\s+"
    r"(?!(?:are|were|have|had|will|would|can|could|may|might|must|should|do|did)\s)"
    r"[a-z]+[^s\W\d]\s+(?:about|in|for|to|that|the|a|an|his|her|their|its|more|less)\b"
)


def thought_clause_follows(text: str, lemma: str, pos: int) -> bool:
    """Whether a bare clause with an indefinite or quantified subject opens at *pos* after a
    thought cue of *lemma*.

    Parameters
    ----------
    text : str
        The article text.
    lemma : str
        The cue's lemma; only :data:`THOUGHT_CUES` take such a clause.
    pos : int
        Where the words after the cue begin.

    Returns
    -------
    bool

    Examples
    --------
    >>> thought_clause_follows("a retired banker could get any lower", "think", 0)
    True
    >>> thought_clause_follows("a self-described socialist stands no chance", "believe", 0)
    True
    >>> thought_clause_follows("shareholders really care about the customers", "think", 0)
    True
    >>> thought_clause_follows("a lot about what we could do", "think", 0)
    False
    >>> thought_clause_follows("a retired banker could get any lower", "report", 0)
    False
    """
    if lemma not in THOUGHT_CUES:
        return False
    return _DETERMINED.match(text, pos) is not None or _PLURAL_ADVERB.match(text, pos) is not None
