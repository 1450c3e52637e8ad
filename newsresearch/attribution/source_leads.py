"""What a source ran into: the lead of the clause it opens and the predicate after it
(before its cue), the text of a link to the person's page (PARC convention).

``a significant step [many in the party] do not want``, ``It’s clear [the president]
realizes``, ``[Christie] is quoted saying``: the source is the subject of the cue's clause,
not the noun phrase or the words around it that the subject search took with it.
"""

from __future__ import annotations

import re

from .records import Span

__all__ = [
    "outside_names",
    "relative_pronoun",
    "with_party_tag",
    "without_clause_lead",
    "without_linked_name",
]


#: A noun phrase before a source that is the subject of its relative clause without a
#: pronoun: "a new ad [the company] released", "a step [many in the party] do not want";
#: or a clause's lead: "It’s clear [the president] realizes", "why [X]", "in 2018 [X] said".
_ZERO_RELATIVE = re.compile(
    r"(?:(?:[Ii]t|[Tt]here|[Tt]hat)(?:’s|'s|\s+is|\s+was)|is)\s+(?:[\w’'-]+\s+){0,3}?why\s+"
    r"|(?:[Ii]t|[Tt]here)(?:’s|'s|\s+is|\s+was)\s+(?:[\w’'-]+\s+){1,2}?(?=(?:the|such)\s)"
    r"|\d{4}\s+(?=[A-Z])"
    r"|(?:a|an|the)\s+(?:[a-z][\w’'-]*\s+){0,3}?"
    r"(?!(?:of|and|or|in|on|at|for|with|by|to|from|about|like|as|than|that|such|all|both)\s)"
    r"[a-z][\w’'-]*\s+(?=(?:the|his|her|their|its|many|some|most)\s)"
)


#: A subject and the auxiliary of a predicate after it, no relative clause between them.
_PREDICATE = re.compile(
    r"((?:(?!\b(?:who|which|that)\b)[^,])+?)\s+(?:had|has|have|is|are|was|were|cannot|can|will|"
    r"would|could|should|must)\b"
    # or a past verb and its object or place: "Lind [sent a text] saying", "[arrived here] worried"
    r"|((?:(?!\b(?:who|which|that)\b)[^,])+?)\s+(?:(?:later|also|then)\s+)?"
    r"(?:[a-z]+ed|sent|made|took|gave|drew)\s+(?:the|a|an|his|her|their|its|here|there)\b"
)


def without_clause_lead(text: str, source: Span | None) -> Span | None:
    """A source without the noun phrase of its relative clause ("a step many in the party")
    and without a predicate it ran into before a later cue ("Christie [is quoted] saying")."""
    if source is None or text.find(",", *source) >= 0:
        return source
    m = _ZERO_RELATIVE.match(text, *source)
    a = m.end() if m is not None else source[0]
    verb = _PREDICATE.match(text, a, source[1])
    if verb is None:
        return a, source[1]
    if verb.group(2) and _OBJECT_RELATIVE.search(verb.group(2)):
        return a, source[1]  # "a memo he sent the Justice Department": its relative clause
    return a, max(verb.end(1), verb.end(2))


#: A noun and the pronoun of its relative clause without "that": "a memo he [sent]".
_OBJECT_RELATIVE = re.compile(r"\w\s+(?:he|she|they|we|I)$")


#: A name repeated in the text of a link run onto the next word ("Sen. Ana Roe Ana Maria
#: RoeWarren goes ..."): the first words, then the repeat with a word written onto it.
_LINKED_NAME = re.compile(
    r"(?P<name>.*?\b(?P<first>[A-Z][\w’'-]+)\b.*?)\s+(?P=first)\b.*[a-z][A-Z]"
)


_CAMEL = re.compile(r"[a-z][A-Z]")


def without_linked_name(text: str, source: Span | None) -> Span | None:
    """A source without the scraped text of a link to the person's page that repeats the
    name ("Sen. Brian Schatz Brian Emanuel SchatzCongress" -> "Sen. Brian Schatz")."""
    if source is None or _CAMEL.search(text, *source) is None:
        return source
    m = _LINKED_NAME.match(text, *source)
    return (source[0], m.end("name")) if m is not None else source


def outside_names(words: list[str]) -> list[str]:
    """*words* of an appositive without the capitalised ones after another capitalised
    word: the ends of names ("the Halden Post" is no verb "post").

    Examples
    --------
    >>> outside_names(["editor", "of", "the", "Halden", "Post"])
    ['editor', 'of', 'the', 'Halden']
    """
    pairs = zip(words, ["", *words[:-1]], strict=True)
    return [w for w, prev in pairs if not (w[:1].isupper() and prev[:1].isupper())]


#: A party and state tag set off by commas after a name: ", D-Calif.,", ", R-S.C.,".
_PARTY_TAG = re.compile(r",\s*[DRI]-[A-Z][\w.\-]*(?=,)")


def with_party_tag(text: str, source: tuple[int, int], cue_start: int) -> tuple[int, int]:
    """*source* (before its cue at *cue_start*) with the party tag after it: "House Speaker
    Ana Roe, D-Calif., called the offer ..." -> "House Speaker Ana Roe, D-Calif."

    Examples
    --------
    >>> t = "Sen. Ana Roe, D-Calif., called it a stunt and said"
    >>> a, b = with_party_tag(t, (0, 12), t.index("said"))
    >>> t[a:b]
    'Sen. Ana Roe, D-Calif.'
    """
    m = _PARTY_TAG.match(text, source[1], cue_start)
    return (source[0], m.end()) if m is not None else source


#: The relative pronoun between a source and its cue: "Ana Roe, who [said]", "a mayor who
#: [passionately opposed]" (up to two adverbs or auxiliaries before the cue).
_WHO_BEFORE_CUE = re.compile(
    r"(?P<comma>\s*,|\s*--|\s*[—–])?\s*(?P<who>who)\s+(?:(?:has|have|had|also|[a-z]+ly)\s+){0,2}$"
)
_INDEFINITE = re.compile(r"(?:[Aa]n?)\s")


def relative_pronoun(text: str, source: tuple[int, int], cue_start: int) -> tuple[int, int]:
    """The relative pronoun that is the subject of a cue after its antecedent (PARC):
    "Ana Roe, who said" and "a mayor who opposed" -> "who" (not after a plural, "officials
    who say", nor after a description with a comma, "the aide, who said"); else *source*.

    Examples
    --------
    >>> t = "cues from Ana Roe, who has encouraged"
    >>> a, b = relative_pronoun(t, (10, 17), t.index("has"))
    >>> t[a:b]
    'who'
    """
    m = _WHO_BEFORE_CUE.match(text, source[1], cue_start)
    if m is None or m.end() != cue_start:
        return source
    words = text[source[0] : source[1]].split()
    if m.group("comma"):
        named = words[-1][:1].isupper()
    else:
        named = _INDEFINITE.match(text, source[0]) is not None and not words[-1].endswith("s")
    return (m.start("who"), m.end("who")) if named else source
