"""A cue in an infinitive of purpose: "took to Twitter to criticize ...".

News tells what a source did in order to speak: ``Senator Pell took to Twitter to
criticize the agencies``, ``Members of the caucus stood with Hale on Tuesday to
denounce the bill``, ``Voss became the first official to acknowledge the training``.
The cue is the infinitive ("to criticize"), its source the subject of the sentence. Only
verbs that report a statement or take a position are read so (not "to find", "to see":
"went to the archive to find the letters" is a search, not a finding).
"""

from __future__ import annotations

import re

from .phrases import sentence_subject
from .records import Cue, Span

__all__ = ["PURPOSE_CUES", "purpose_source", "purpose_to_start"]

#: Cue lemmas read in an infinitive of purpose.
PURPOSE_CUES = frozenset(
    "say declare announce denounce criticise criticize condemn acknowledge confirm deny "
    "protest warn urge demand argue insist praise defend blast slam accuse reject "
    "dismiss reiterate stress explain complain express voice endorse tout".split()
) | {"call for", "protest against", "call on", "speak out"}
#: "to" right before the cue, after a word of the clause (not "had to", "want to": their
#: governing verb is read by :func:`.cues.governing_verb_start`), with "and" before it for
#: a second infinitive ("to denounce the bill ... and to announce ...").
_TO_BEFORE = re.compile(
    r"(?<!\bhad)(?<!\bhas)(?<!\bhave)(?<!\bwant)(?<!\bwants)(?<!\bwanted)(?<!\bused)"
    r"(?<!\bneed)(?<!\bneeds)(?<!\bneeded)(?<!\bgoing)(?<!\bplans)(?<!\bplanned)"
    r"\s+(?:and\s+)?to\s+(?:(?:also|then|publicly|openly|formally)\s+)?$"
)
#: A determiner right after the "subject": it was an imperative verb ("Click the link").
_DETERMINER = re.compile(r"\s+(?:the|a|an|your|our|this|these)\b")
#: Capitalised sentence openers that are no subject.
_NOT_SUBJECT = frozenset("The A An This That These Those It There Clearly Instead".split())
#: How far back the sentence subject is looked for.
_REACH = 240
#: Before "to": a refusal or a likelihood ("declined to say", "is likely to reject"),
#: read by their own rules, or a verb that makes someone else the speaker ("urged the
#: council to condemn", "asked Russia to explain"): no purpose of the subject.
_NOT_PURPOSE = re.compile(
    r"\b(?:declined|declines|declining|refused|refuses|refusing|likely|unlikely|expected|set|"
    r"poised|due|about|able|unable|ready|willing|reluctant|hesitant|"
    r"urged?|urges|urging|asked|asks|asking|ask|call(?:ed|s|ing)?\s+(?:on|for|upon)|told|tells|"
    r"pressed|pressured|pushed|wants?|wanted|invited|ordered|requested|demanded|allowed|expects?|"
    r"expected|needs?|needed|approval|permission|"
    r"forced|encouraged|persuaded|convinced)\b"
)
#: What opens no proposition: a question left open ("declined to say which countries"),
#: an idiom ("to say the least").
_NO_PROPOSITION = re.compile(r"\s*(?:what|which|why|how|if|whether|who|when|where|the\s+least)\b")


def purpose_source(text: str, clause_a: int, cue: Cue) -> Span | None:
    """The source of a cue in an infinitive of purpose: the sentence's subject.

    Parameters
    ----------
    text : str
        The article text.
    clause_a : int
        Start of the cue's clause.
    cue : Cue
        The cue ("criticize" in "took to Twitter to criticize").

    Returns
    -------
    Span or None
        The subject that opens the sentence; None when the cue is no such infinitive or
        the sentence opens with no name.

    Examples
    --------
    >>> t = "Senator Pell took to Twitter to criticize the agencies."
    >>> s = purpose_source(t, 0, Cue(32, 41, "criticize", "accusation"))
    >>> t[s[0]:s[1]]
    'Senator Pell'
    """
    to = purpose_to_start(text, cue, clause_a)
    if cue.start - clause_a > _REACH or to is None or _NO_PROPOSITION.match(text, cue.end):
        return None
    source = sentence_subject(text, clause_a, cue.start)
    if source is None or text[source[1] : to].strip() == "" or _DETERMINER.match(text, source[1]):
        return None  # "Click the link to confirm": an imperative, no subject
    if _NOT_PURPOSE.search(text, source[1], to) or text[source[0] : source[1]] in _NOT_SUBJECT:
        return None
    return source


def purpose_to_start(text: str, cue: Cue, clause_a: int) -> int | None:
    """Where the "to" of a cue in an infinitive of purpose begins (the cue's span starts
    there in the PARC convention: "to denounce"), else None.

    Examples
    --------
    >>> t = "Members stood with Hale to denounce the bill."
    >>> t[purpose_to_start(t, Cue(27, 35, "denounce", "accusation"), 0):35]
    'to denounce'
    """
    if cue.lemma not in PURPOSE_CUES:
        return None
    lo = max(clause_a, cue.start - 40)
    if not text[cue.start - 1 : cue.start].isspace() or "to" not in text[lo : cue.start]:
        return None  # cheap test first: the pattern needs a "to" and ends with a blank
    m = _TO_BEFORE.search(text, lo, cue.start)
    return None if m is None else text.index("to", m.start())
