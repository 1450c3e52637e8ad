"""Bare clauses with a finite verb after a reporting or thought verb, no "that" before.

A pronoun subject or an auxiliary marks one ("reported it was possible", "found the plan
would fail"); so does, after a few cues, a noun subject with a present verb:
``Reuters reports the company plans to cut jobs`` and ``Most voters think stalemates
end when ...`` report a clause whose subject is a noun phrase and whose verb is in the
present tense with no auxiliary.

After a thought verb (:data:`THOUGHT_CUES`) the subject may also be an indefinite or
quantified noun phrase ("a", "no", "any", "every", ...) or a bare plural with an adverb:
``I don't think a retired banker could get any lower``, ``Voters believe a
self-described socialist stands no chance``, ``I think shareholders really care about
...`` (:func:`thought_clause_follows`); after a speech verb such a phrase stays an object
("reported a loss").
"""

from __future__ import annotations

import re

from .cues import FINITE_CLAUSE

__all__ = [
    "THOUGHT_CUES",
    "clause_with_subject",
    "finite_clause_follows",
    "thought_clause_follows",
]

# A clause with its own subject and a finite verb: "he was open", "they’ll do it", "the
# public has a streak", "polls still show" (not "a loss", nor "the man who was").
_PRONOUN_OR_AUXILIARY = re.compile(
    r"(?:(?i:he|she|it|they|we|you|there)|I)(?:[’'](?:ll|d|s|re|ve|m)\b|\s+(?:\w+ly\s+)?"
    r"(?:(?:still|also|now|already|never|not|only|just)\s+)?(?:(?:will|would|could|should|can|"
    r"may|might|must|is|are|was|were|has|have|had|does|did|do|wo|ca)n[’']t|will|would|could|"
    r"should|can|may|might|must|is|are|was|were|has|have|had|does|did|do|[a-z]+ed|[a-z]+s)\b)"
    r"|(?!(?:a|an|to|for|of|on|in|at|with|by|from|what|who|how|why|when|where|whether)\s)"
    r"(?:(?!(?:who|which|that|whom|whose|where|when|to)\s)[\w\-’'.]+\s+){1,5}?"
    r"(?:(?:still|also|now|already|never|not|only|just)\s+)?"
    r"(?:will|would|could|should|can|may|might|must|is|are|was|were|has|have|had|does|did)\s"
    # a share of people or things: "found 68 percent of residents opposed the plan"
    r"|(?:(?:about|nearly|almost|roughly|only|just|some|more\s+than|less\s+than)\s+)?"
    r"\d[\d,.]*\s*(?:percent|%|per\s+cent)\s"
)

#: Speech verbs whose clause may have a noun subject and a verb in -s ("reports the
#: company plans", "says the mayor wants").
SINGULAR_CUES = frozenset("report say".split())
#: Thought verbs whose clause may have a bare plural subject ("think stalemates end").
PLURAL_CUES = frozenset("think believe feel fear suspect".split())

#: A word that cannot open the subject: a preposition, a wh-word, an infinitive marker.
_NOT_SUBJECT = r"(?!(?:a|an|to|for|of|on|in|at|with|by|from|about|that|what|who|how|why|when|where|whether|if)\s)"
#: What follows a present verb in a clause: its object, an infinitive, a clause or an adverb.
_AFTER_VERB = (
    r"(?:its|his|her|their|the|a|an|him|them|us|me|to|that|when|if|because|only|no|more|"
    r"[a-z]+ly)\b"
)
#: A word in -s right after an article or an owner is a noun: "her interactions to".
_NOT_AFTER_OWNER = "".join(
    rf"(?<!\b{w} )" for w in "the a an his her their its our my your this these those".split()
)
#: A noun phrase subject of up to six words, an appositive name set off by commas in it
#: ("big insurer, Anthem,"), then a verb in -s and what follows it.
_SINGULAR = re.compile(
    _NOT_SUBJECT + r"(?:(?!(?:who|which|that|whom|whose|and|or|but|is|was|has)[\s,])"
    r"[\w\-’'.]+,?\s+){1,6}?"
    + _NOT_AFTER_OWNER
    + r"(?!(?:is|was|has|this|his|its|us|as|yes|always|perhaps|news|less|unless|plus|thus)\s)"
    r"[a-z]+[^s\W]s\s+" + _AFTER_VERB
)
#: A bare plural noun, then a verb in its base form and what follows it.
_PLURAL = re.compile(
    r"(?!(?:this|his|its|us|as|yes|always|perhaps|news|less|unless|thus|is|was|has)\s)"
    r"[a-z]+[^s\W]s\s+(?!(?:are|were|have|had|will|would|can|could|may|might|must|should|do|did)\s)"
    r"[a-z]+[^s\W\d]\s+" + _AFTER_VERB
)

#: Cues of demand whose clause may be in the subjunctive: "demanded he spell out a plan".
MANDATIVE_CUES = frozenset("demand insist urge recommend propose request require".split())
#: A subject pronoun and a verb in its base form: a clause only the subjunctive makes
#: ("he spell", "she resign", "they not be"), not an object ("demanded it from them").
_SUBJUNCTIVE = re.compile(
    r"(?:(?i:he|she|they|we)|I)\s+(?:not\s+)?"
    r"(?!(?:to|for|of|on|in|at|with|by|from|and|or|but|as|about|after|before|over)\b)"
    r"[a-z]+(?<![^s]s)(?<!ed)(?<!ing)(?<!ly)\b(?![’'])"
)


def finite_clause_follows(text: str, lemma: str, pos: int) -> bool:
    """Whether a bare clause with a finite verb opens at *pos* after a cue of *lemma*:
    "[reported] it was possible", "[found] the plan would fail", "[reports] the agency
    plans to", "[think] stalemates end when" (not "[reported] a loss").

    Examples
    --------
    >>> finite_clause_follows("the agency plans to cut jobs", "report", 0)
    True
    >>> finite_clause_follows("stalemates end when talks work", "think", 0)
    True
    >>> finite_clause_follows("on the talks", "report", 0)
    False
    >>> finite_clause_follows("he spell out a strategy", "demand", 0)
    True
    """
    if lemma in FINITE_CLAUSE and _PRONOUN_OR_AUXILIARY.match(text, pos) is not None:
        return True
    if lemma in MANDATIVE_CUES and _SUBJUNCTIVE.match(text, pos) is not None:
        return True
    if thought_clause_follows(text, lemma, pos):  # "think a deal could ..."
        return True
    if lemma in SINGULAR_CUES:
        return _SINGULAR.match(text, pos) is not None
    return lemma in PLURAL_CUES and _PLURAL.match(text, pos) is not None


def clause_with_subject(text: str, pos: int) -> bool:
    """Whether a clause with its own subject and a finite verb opens at *pos*: a pronoun
    and its verb, or a noun phrase of up to five words and an auxiliary ("[I'm sure]
    more news outlets will pile on", "[he's convinced] both are going to run").

    Examples
    --------
    >>> clause_with_subject("more news outlets will pile on", 0)
    True
    >>> clause_with_subject("about the ruling", 0)
    False
    """
    return _PRONOUN_OR_AUXILIARY.match(text, pos) is not None


#: Thought verbs whose clause may have such a subject.
THOUGHT_CUES = frozenset("think believe feel suspect doubt guess know fear".split())

#: The words of a noun phrase: not a wh-word, a relative, "that", "to" or a preposition
#: that would make the phrase an object with its own modifier ("a lot about what ...").
_THOUGHT_NP_WORD = (
    r"(?!(?:who|whom|whose|which|what|where|when|why|how|that|to|about|of|for|from|with|"
    r"in|on|at|by|if|whether|and|or|but|so)\s)[\w\-’'.“”\"]+\s+"
)
_THOUGHT_DETERMINER = (
    r"(?:a|an|any|no|every|each|one|all|both|neither|either|few|several|such|another|"
    r"much|more|most|fewer|less)\s+"
)
_THOUGHT_AUXILIARY = (
    r"(?:(?:will|would|could|should|can|may|might|must|is|are|was|were|has|have|had|does|"
    r"did|do|wo|ca)n[’']t|will|would|could|should|can|may|might|must|is|are|was|were|has|"
    r"have|had|does|did)\b"
)
_THOUGHT_ADVERB = r"(?:(?:[a-z]+ly|still|also|now|already|never|not|only|just|ever)\s+)?"
#: What follows a verb in -s in a clause: its object, an infinitive or an adverb.
_THOUGHT_AFTER_VERB = (
    r"(?:its|his|her|their|the|a|an|no|him|them|us|me|to|that|more|less|[a-z]+ly)\b"
)

#: A determiner-led noun phrase of up to five words, then an auxiliary or a verb in -s.
_THOUGHT_DETERMINED = re.compile(
    _THOUGHT_DETERMINER
    + rf"(?:{_THOUGHT_NP_WORD}){{0,4}}?{_THOUGHT_ADVERB}"
    + rf"(?:{_THOUGHT_AUXILIARY}|[a-z]+[^s\W]s\s+{_THOUGHT_AFTER_VERB})"
)
#: A bare plural, an adverb, a verb in its base form and what follows it ("shareholders
#: really care about ...").
_THOUGHT_PLURAL = re.compile(
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
    return (
        _THOUGHT_DETERMINED.match(text, pos) is not None
        or _THOUGHT_PLURAL.match(text, pos) is not None
    )
