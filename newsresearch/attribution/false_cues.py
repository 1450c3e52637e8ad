"""Cue words found where they do not report: a noun before a relative "that", an adjective.

``a Senate plan that got bipartisan support``, ``a message that bashes both parties``,
``the decision that led to the order``: a noun (or the noun reading of a cue verb)
before a relative "that", whose clause has no subject of its own, reports nothing.
``Moscow's alleged hacking``, ``Voss's proposed border wall``, ``the 17 declared
candidates``: a participle after a possessive, a determiner or a number is an adjective,
not the verb of ``the lawsuit alleged that ...``. ``denied Voss the opportunity to
speak`` and ``maintained a prickly posture`` refuse and keep, and ``announced his
candidacy`` launches a campaign: they report no proposition.
:func:`drop_false_cues` removes such attributions once every finder has run.
"""

from __future__ import annotations

import re

from .nouns import noun_cues
from .records import Attribution

__all__ = ["drop_false_cues", "false_cue"]

#: The clause after a relative "that" opens with its verb: an auxiliary or a modal
#: ("that has the backing", "that was presented"), an adverb and a verb ("that
#: actually brings"), or a verb and its object ("that got bipartisan support", "that led
#: to", "that bashes both parties").
_RELATIVE_VERB = re.compile(
    r"(?:is|was|are|were|has|had|have|will|would|could|can|may|might|should|must|does|"
    r"did)\b(?!\s*[,.;:])"
    r"|(?:[a-z]+ly|only|also|just|never|still)\s+[a-z]+(?:s|ed)\b"
    r"|(?:[a-z]+ed|got|led|set|put|cut|made|gave|took|sent|brought|left|won|drew)\s+[A-Za-z]"
    r"|[a-z]+es\s+(?:(?:the|a|an|his|her|its|their|our|my|both|to|up|off|in|by)\b|[A-Z])"
)
#: Only "that" (and spaces) between the cue and its content.
_THAT_GAP = re.compile(r"\s+that\s+$")
#: Subjects right before a cue form that may be a noun: then it is a verb ("they report
#: that ...", "he claims that ...").
_SUBJECTS = frozenset("i you he she we they it who which".split())
#: A singular verb, which a plural noun ("claims", "reports") cannot be the antecedent of.
_SINGULAR_VERB = re.compile(r"(?:was|is|has|does)\b")
#: Participles that stand before a noun as adjectives ("the alleged ambush", "Voss's
#: proposed border wall", "the 17 declared candidates").
_ATTRIBUTIVE = frozenset(
    "alleged proposed declared reported purported rumored suspected accused expected "
    "announced stated described".split()
)
#: A possessive, a determiner or a number right before such a participle ("Moscow's",
#: "the", "17"); not "that", which may be a relative pronoun ("a bill that proposed"),
#: nor "he's", "she's" ("she's proposed a cut": has).
_BEFORE_ADJECTIVE = re.compile(
    r"(?:\b(?:the|a|an|his|her|its|their|our|my|this|these|those|\d+)"
    r"|(?<!\bhe)(?<!\bshe)(?<!\bit)(?<!\bthat)(?<!\bwho)(?<!\bthere)(?<!\bwhat)"
    r"\w(?:’s|'s|s’|s'))\s+$",
    re.IGNORECASE,
)
#: A noun after the participle: a word, not a clause opener, pronoun or preposition.
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:that|to|he|she|they|it|in|on|at|by|as|him|her|them|us|me|for|with|from)\b)"
    r"[A-Za-z][a-z\-]+\b"
)
#: "deny" as "refuse": a person and the thing refused ("denied Voss the opportunity",
#: "denies Kell a first-ballot win") or a thing only granted ("denied tax exempt status",
#: "would deny such a request"), not a claim ("denied the reports").
_REFUSED = re.compile(
    r"(?:(?:him|her|them|us|me|[A-Z][\w.’'-]*(?:\s+[A-Z][\w’'-]*){0,2})\s+"
    r"(?:a|an|the|any|such|his|her|their|its)\b"
    r"|(?:(?:a|an|the|any|such|his|her|their|its|tax|further)\s+){0,3}(?:[\w-]+\s+){0,2}"
    r"(?:request|requests|status|access|entry|permission|opportunity|bail|visa|visas|service|"
    r"training|benefits|coverage|funding|credentials|admission|a\s+hearing)\b)"
)
#: "maintain" as "keep": an object that is kept, not a claim ("maintained a prickly
#: posture", "will maintain his current title"; not "maintained his innocence").
_KEPT = re.compile(r"(?:a|an|his|her|its|their|our)\s+(?!(?:innocence|position|view|stance)\b)")
#: Announcing a candidacy is an act with no proposition ("a month before he announced his
#: candidacy", "the video announcing her campaign"); not "announced her campaign would
#: spend ...", which reports a clause.
_LAUNCHED = re.compile(
    r"(?:his|her|their|its|a|the)\s+(?:[\w-]+\s+)?(?:candidacy|campaign|bid|run)\b"
    r"(?!\s+(?:to|for|that|would|will|is|was|has|had|could|can|may|might|must|did|does|"
    r"[a-z]+ed|[a-z]+s)\b)"
)
_WORD_BEFORE = re.compile(r"([A-Za-z’']+)\s+$")


def false_cue(text: str, att: Attribution) -> bool:
    """Whether *att*'s cue word is a noun before a relative "that" or an adjective.

    Parameters
    ----------
    text : str
        The article text.
    att : Attribution
        A found attribution.

    Returns
    -------
    bool
        True when the cue does not report.

    Examples
    --------
    >>> t = "Aldermen passed a plan that has the backing of Mayor Noor Haddad."
    >>> false_cue(t, Attribution("indirect", None, (18, 22), [(28, 64)], "plan", "other"))
    True
    >>> t = "Ravel denied the alleged bribe."
    >>> false_cue(t, Attribution("indirect", None, (17, 24), [(25, 30)], "allege", "accusation"))
    True
    """
    if att.cue is None or att.kind == "direct" or not att.content:
        return False
    ca, cb = att.cue
    word = text[ca:cb].lower()
    if word in _ATTRIBUTIVE and _BEFORE_ADJECTIVE.search(text, max(0, ca - 40), ca):
        return bool(_NOUN_AFTER.match(text, cb))
    lemma = att.lemma
    if lemma == "deny" and _REFUSED.match(text, att.content[0][0]):
        return True
    if lemma == "announce" and _LAUNCHED.match(text, att.content[0][0]):
        return True
    if lemma == "maintain" and _KEPT.match(text, att.content[0][0]):
        return True
    if word not in noun_cues():  # "I hardly think that is rushing things": a verb
        return False
    content_a = att.content[0][0]
    if content_a < cb or not _THAT_GAP.search(text, cb, content_a):
        return False
    before = _WORD_BEFORE.search(text, max(0, ca - 30), ca)
    if before is not None and before.group(1).lower() in _SUBJECTS:
        return False
    if word.endswith("s") and _SINGULAR_VERB.match(text, content_a):
        return False  # "the council claims that was never promised": a verb and "that"
    return bool(_RELATIVE_VERB.match(text, content_a))


def drop_false_cues(text: str, found: list[Attribution]) -> list[Attribution]:
    """*found* without the attributions whose cue does not report (:func:`false_cue`)."""
    return [att for att in found if not false_cue(text, att)]
