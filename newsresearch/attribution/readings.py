"""Readings of a cue word that report nothing: the guards of :mod:`.indirect`.

A reporting verb often has another reading in news text: a noun (``Beyond his
past comments, Hallam said``), a reduced relative or a name (``the soldier
accused of leaking``, ``a rally called "Stand with Kim"``), or a verb of
counting (``employers added 69,000 jobs``). :func:`not_reported` says when a cue
found by the lexicon is one of these.
"""

from __future__ import annotations

import re

from .called_bare import calls_bare
from .records import Cue

__all__ = ["NAMING", "calls_something", "not_reported", "reads_as_noun"]

#: Verbs that name or describe something ('called Varga a "traitor"').
NAMING = frozenset("call describe label brand dub".split())
# A determiner or possessive right before the word makes it a noun ("his past comments").
_NOUN_BEFORE = frozenset(
    "his her their its our my your the a an this these those such past recent earlier latest "
    "previous new repeated public private many several numerous own prepared critical".split()
)
_POSSESSIVE_ENDS = ("’s", "'s", "s’", "s'")  # "Giuliani's claims", "Tuesday's questioning"
# What a verb takes when it does not report: "responded to the attack", "insisted on
# anonymity", "wrote a book".
_OBJECT_ONLY = {
    "respond": re.compile(r"to\s"),
    "reply": re.compile(r"to\s"),
    "insist": re.compile(r"on\s"),
    "write": re.compile(r"(?:a|an|about|in|for|to|opinions?|books?|articles?|letters?)\b"),
    # advice needs what is advised: "advised the mayor to resign", "advised them that",
    # "advised against it" (not "Madden, who advised the Romney campaign")
    "advise": re.compile(r"(?![^,.;:]{0,80}?\b(?:to|that|against)\s)"),
}
# A participle right after a noun, with its preposition: "the soldier accused of leaking".
_PARTICIPLE_AFTER = {"accuse": " of ", "charge": " with ", "suspect": " of "}
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being|’s|'s)\s+(?:\w+ly\s+|also\s+)?$")
# A naming participle after an object noun phrase: "held a rally called ...".
_NAMED_OBJECT = re.compile(r"\b(?P<verb>[a-z]+)\s+(?:a|an|the)\s+[\w\-]+\s+$")
_NOT_VERBS = frozenset("and but or as when while after before because since that if".split())
# Anonymity formulas and unanswered requests: "who asked not to be named", "did not
# respond to a request for comment".
_FORMULA = re.compile(
    r"(?:not\s+to\s+be\s+(?:named|identified|quoted)|anonymity|for\s+anonymity"
    r"|to\s+(?:a\s+|the\s+|several\s+|repeated\s+)?(?:request|requests|questions|inquiries"
    r"|queries|messages|calls|emails)\b)"
)
# "added 69,000 jobs", "added to the drama", "added $2 billion".
_COUNTED = re.compile(r"(?:[\d$£€]|to\s|up\b|more\b|another\b|new\b)")


def not_reported(text: str, cue: Cue, content_start: int) -> bool:
    """Whether the cue at *cue* reads as a noun, a participle, a name or a count.

    Parameters
    ----------
    text : str
        The article text.
    cue : Cue
        The candidate cue.
    content_start : int
        Where its content would start.

    Examples
    --------
    >>> t = "The soldier accused of leaking the files appeared in court."
    >>> not_reported(t, Cue(12, 19, "accuse", "accusation"), 20)
    True
    >>> t = "Employers added 69,000 jobs in May."
    >>> not_reported(t, Cue(10, 15, "add", "neutral"), 16)
    True
    >>> t = "Hallam added that the plan would fail."
    >>> not_reported(t, Cue(7, 12, "add", "neutral"), 18)
    False
    """
    before = text[max(0, cue.start - 40) : cue.start]
    word = text[cue.start : cue.end]
    prev = before.rsplit(None, 1)[-1] if before[-1:].isspace() and before.strip() else ""
    noun = prev.lower() in _NOUN_BEFORE or prev.endswith(_POSSESSIVE_ENDS)
    if noun and not word.endswith(("ed", "ing")):
        return True  # "his comments", "the claims"
    obj = _OBJECT_ONLY.get(cue.lemma)
    if obj is not None and obj.match(text, content_start):
        return True
    if cue.lemma == "expect" and _PASSIVE_BEFORE.search(before):
        return True  # "Warner is expected to ...": appearance.py, with no source
    prep = _PARTICIPLE_AFTER.get(cue.lemma)
    if prep is not None and text.startswith(prep, cue.end):
        return True
    if cue.lemma in NAMING and word.endswith("ed"):
        m = _NAMED_OBJECT.search(before)
        if m is not None and m.group("verb") not in _NOT_VERBS:
            return True
    if _FORMULA.match(text, content_start) is not None:
        return True
    # (a parenthetical "..., they add, to draw ..." counts nothing)
    counted = cue.lemma == "add" and _COUNTED.match(text, content_start) is not None
    return counted and "," not in text[cue.end : content_start]


#: An object and what it is called, with no quote: "the statement an obstruction",
#: "Mueller a friend", "him a thief" (not a time: "called the police a day later").
_CALLED_SOMETHING = re.compile(
    r"(?:the|his|her|their|its|this|that|these|those|him|them|it|us|me|[A-Z][\w’'.\-]*)"
    r"(?:\s+(?!(?:a|an|the|to|for|on|in|at|and|or|back|up|off|out)\b)[\w’'.\-]+){0,5}?"
    r"\s+(?:a|an|the|his|her|their|its)\s+"
    r"(?!(?:day|days|week|month|year|time|times|second|few|couple|lot|number|night|morning|"
    r"evening|afternoon|next|following|same|other|last|first|meeting|press|news)\b)[a-z][\w\-]*"
)


def calls_something(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` opens with an object and what "call" names it, with no
    quote: "him a liar", "Voss a friend" (not "the police a day later")."""
    return _CALLED_SOMETHING.match(text, a, b) is not None or calls_bare(text, a, b)


_OWNERS = frozenset("his her their its our my".split())


def _owner_before(before: list[str]) -> bool:
    """Whether the words before a cue end in an owner, perhaps with one more word that is
    no plural ("Beck’s online [show]", "his [report]"; not "Friday's shootings [show]")."""
    if _is_owner(before[-1]):
        return True
    return len(before) == 2 and _is_owner(before[0]) and not before[1].endswith("s")


def _is_owner(word: str) -> bool:
    return word.lower() in _OWNERS or word.endswith(("’s", "'s", "s’", "s'"))


#: Cue forms that are nouns too, read as nouns after an owner ("Beck’s online show").
_NOUN_FORMS = frozenset(
    "show shows report reports claim claims plan plans call calls question questions tweet "
    "tweets post posts comment comments answer answers request requests demand demands "
    "promise promises pledge pledges vow vows estimate estimates forecast forecasts".split()
)
#: Cue forms that are nouns after a preposition ("came out in support of"; a noun cue
#: such as "into claims he lied" is read as one).
_PREPOSITION_NOUNS = frozenset({"support", "supports", "notice"})
_NOUN_PREPOSITIONS = frozenset("in on of for with from by without into despite".split())
_NUMBER = re.compile(r"\d(?:[\d,.]*\d)?|(?:two|three|four|five|six|seven|eight|nine|ten)")
#: Words before a plural or bare noun that a cue form may be: "other questions".
_QUANTIFIERS = frozenset("other such many several some more further new big key".split())


def reads_as_noun(word: str, before: list[str]) -> bool:
    """Whether a cue form reads as a noun or a gerund after the (at most two) words
    *before* it: "Beck’s online show", "his thinking", "other questions", "in support of",
    "three reports".

    Examples
    --------
    >>> reads_as_noun("support", ["strongly", "in"]), reads_as_noun("support", ["I"])
    (True, False)
    """
    if not before:
        return False
    last = before[-1].lower()
    return (
        (word in _NOUN_FORMS and _owner_before(before))
        or (word.endswith("ing") and _is_owner(before[-1]))
        or (word in _NOUN_FORMS and last in _QUANTIFIERS)
        or (word in _PREPOSITION_NOUNS and last in _NOUN_PREPOSITIONS)
        or (word.endswith("s") and word != "says" and _NUMBER.fullmatch(before[-1]) is not None)
    )
