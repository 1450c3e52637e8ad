"""Noun cues whose content follows a preposition: "his calls for a recount", "the
allegations of fraud", "Hale's condemnation of the raid".

A demand, an accusation or a verdict is often reported as a noun with its holder
before it and what it is about after a preposition, with no "that" clause
(:mod:`.nouns` reads those). In the PARC convention the noun is the cue and its
holder (a possessive right before it) the source; the preposition of a demand
belongs to the cue ("calls for", "call on"), that of an accusation or a verdict
("of", "for") opens the content ("allegations" + "of election-related hacking").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .phrases import trim
from .records import Scan, content_kind

__all__ = ["find_prep_nouns"]

#: Noun -> (lemma of the verb it reports like, stance, its prepositions, whether the
#: preposition belongs to the cue).
_NOUNS: dict[str, tuple[str, str, tuple[str, ...], bool]] = {
    "call": ("call for", "other", ("for", "on"), True),
    "calls": ("call for", "other", ("for", "on"), True),
    "allegation": ("allege", "accusation", ("of",), False),
    "allegations": ("allege", "accusation", ("of",), False),
    "accusation": ("accuse", "accusation", ("of",), False),
    "accusations": ("accuse", "accusation", ("of",), False),
    "condemnation": ("condemn", "accusation", ("of",), False),
}
_NOUN_PREP = re.compile(
    r"\b(?P<noun>calls?|allegations?|accusations?|condemnation)"
    r"(?P<time>\s+(?:on|last|this|early|late)\s+[A-Z]\w+)?\s+(?P<prep>for|on|of)\s+"
)
#: What opens the holder's noun phrase: a possessive right before the noun, with at most
#: two adjectives between ("his repeated calls", "Rubio's", "the panel’s").
_HOLDER = re.compile(
    r"(?P<src>(?:(?:the|a)\s+)?(?:[A-Z][\w.\-]*\s+){0,3}[\w.\-]+(?:’s|'s|s’|s')"
    r"|\b(?:his|her|their|its|our|my|His|Her|Their|Its|Our|My))\s+(?:[a-z]+\s+){0,2}$"
)
#: A determiner, an adjective or a preposition right before the noun: a noun, not a verb
#: ("the calls for", "growing calls for", "briefed on allegations of"), not "The plan
#: calls for".
_NOUN_BEFORE = re.compile(
    r"(?:\b(?:on|amid|over|about|despite|against|after|following|by|the|a|an|these|those|"
    r"such|new|fresh|renewed|repeated|growing|hopeful|"
    r"public|latest|earlier|mounting|multiple|several|many|numerous|similar|further|"
    r"unproven|unfounded|false|serious|fiery|sharp|strong|harsh|blistering)\s+)$",
    re.IGNORECASE,
)
#: What may not follow an "on" of "call on": a time ("his call on Tuesday for" is read
#: by the time group) or nothing that can be called on.
_ON_OBJECT = re.compile(r"(?:the|[A-Z]|all|both|him|her|them|us|lawmakers|members)\b")
_LOOKBACK = 80
#: Where the content's noun phrase ends: at a finite verb (the noun was the subject of
#: the sentence: "Hale's condemnation of the raid drew applause"), a comma, a dash or a
#: subordinate clause ("his calls for a recount, even though ...").
_MAIN_VERB = re.compile(
    r"\s(?:is|was|are|were|has|have|had|will|would|could|can|may|might|should|must|drew|"
    r"came|led|prompted|sparked|underlined|remains?|seems?|appears?)\b"
    # or the noun phrase ends at a comma, a dash or a subordinate clause
    r"|,\s|;|\s?[—–]|\s(?:when|because|after|before|while|despite|since|during|amid|until|"
    r"although|though|even\s+though)\b"
)
#: The shortest content, in characters.
MIN_CONTENT_CHARS = 6


#: The words every match of :data:`_NOUN_PREP` starts with.
_STEMS = ("call", "allegation", "accusation", "condemnation")


def _noun_matches(text: str) -> list[re.Match[str]]:
    """The matches of :data:`_NOUN_PREP` that ``finditer`` finds, in order, tried only where
    one of its nouns is written (a plain substring search instead of a regex at every
    offset)."""
    starts: list[int] = []
    for stem in _STEMS:
        i = text.find(stem)
        while i >= 0:
            starts.append(i)
            i = text.find(stem, i + 1)
    found: list[re.Match[str]] = []
    last_end = 0
    for i in sorted(starts):
        if i < last_end:
            continue  # inside the match before, which finditer skips
        m = _NOUN_PREP.match(text, i)
        if m is not None:
            found.append(m)
            last_end = m.end()
    return found


def find_prep_nouns(scan: Scan, content_end: Callable[[str, int, int], int]) -> None:
    """Add the noun cues whose content follows a preposition.

    Parameters
    ----------
    scan : Scan
        The article being read.
    content_end : callable
        ``(text, start, sentence_end) -> end``, where the content stops.

    Examples
    --------
    >>> from newsresearch.text import Article
    >>> from newsresearch.attribution import find_attributions
    >>> t = "Voss was persistent in his calls for Lisbon to open an inquiry."
    >>> [(t[a.cue[0]:a.cue[1]], t[a.content[0][0]:a.content[0][1]])
    ...  for a in find_attributions(Article(t))]
    [('calls for', 'Lisbon to open an inquiry')]
    """
    text = scan.text
    for m in _noun_matches(text):
        lemma, stance, preps, prep_in_cue = _NOUNS[m.group("noun").lower()]
        prep = m.group("prep")
        if prep not in preps or (m.group("time") and not prep_in_cue):
            continue
        cue_a = m.start("noun")
        if cue_a in scan.used_cues or any(
            att.cue is not None and att.cue[0] <= cue_a < att.cue[1] for att in scan.found
        ):
            continue
        sa, sb = scan.sentence_of(cue_a)
        before = text[max(sa, cue_a - _LOOKBACK) : cue_a]
        holder = _HOLDER.search(before)
        if holder is None:
            continue  # "The plan calls for ...": a verb; "allegations of fraud": whose?
        if prep == "on" and not _ON_OBJECT.match(text, m.end()):
            continue
        cue_b = m.end("prep") if prep_in_cue else m.end("noun")
        rest = m.end() if prep_in_cue else m.start("prep")
        if rest >= sb:
            continue
        end = content_end(text, rest, sb)
        verb = _MAIN_VERB.search(text, rest, end)
        ca, cb = trim(text, rest, verb.start() if verb is not None else end)
        if cb - ca < MIN_CONTENT_CHARS:
            continue
        offset = max(sa, cue_a - _LOOKBACK)
        source = None
        if holder is not None:
            source = (offset + holder.start("src"), offset + holder.end("src"))
        scan.used_cues.add(cue_a)
        scan.add(content_kind(text[ca:cb]), source, (cue_a, cue_b), [(ca, cb)], lemma, stance)
