"""Definite descriptions as sources: "the senator", "the Democrat", "the Texan".

News writing names a person, then refers to them by a description ("Sen. Ada Voss ...
the Ohio Democrat said"). When no actor holds the described role, such a source is the
person the paragraph is about: the titled or gendered person who opens a sentence, or
else the person named last; never inside a quotation, and not after an unnamed source
introduced with the same noun ("a senior executive ... the executive said").
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..actor_names import places
from ..actors import ArticleActors, Mention
from .content_end import in_quote_marks
from .pronouns import SENTENCE_END, not_subject

__all__ = [
    "DEMONYM",
    "definite_description",
    "is_demonym",
    "named_later",
    "strip_determiner",
    "untitled_holder",
]

Speaker = tuple[str | None, str, bool]  # canonical name, type, anonymous
_WORDS = re.compile(r"[\w’'\-]+")
_DETERMINER = re.compile(r"^(?:the|a|an)\s+", re.I)
#: "the Texan": the word a demonym source is made of.
DEMONYM = re.compile(r"[Tt]he\s+([A-Z][a-z]+)")


def strip_determiner(phrase: str) -> str:
    """*phrase* without a leading "the", "a" or "an".

    Examples
    --------
    >>> strip_determiner(" The Ledger poll ")
    'Ledger poll'
    """
    return _DETERMINER.sub("", phrase.strip())


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("men"):
        return word[:-3] + "man"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


#: Heads of a definite description too vague to stand for the person named before
#: ("the source", "the person"): they stay anonymous.
_VAGUE_HEADS = frozenset(
    "source person people official insider spokesman spokeswoman spokesperson aide adviser "
    "advisor lawyer attorney".split()
)
#: How far back (characters) the person a definite description refers to may be named.
_DESCRIPTION_REACH = 1500


def definite_description(
    low: str, head: str, position: int, actors: ArticleActors, text: str
) -> Speaker | None:
    """'the senator', 'the Democrat', 'the 60-year-old Republican' when no actor holds the
    role: the person named most recently before, as news writing uses such a description
    for the person just named ("Sen. Ada Voss ... The Ohio Democrat said").

    Only a singular head with ``the`` (not ``this``, a plural or a vague head such as
    ``the source``), and only when the person was named within a few paragraphs."""
    words = _WORDS.findall(head.lower())
    if not low.startswith("the ") or not words or words[-1] in _VAGUE_HEADS:
        return None
    if low.rstrip(" ,") != head.lower().strip():  # "the governor of the central bank"
        return None
    if _singular(words[-1]) != words[-1]:
        return None
    if in_quote_marks(text, position):  # "The doctor told her", quoted: someone else
        return None
    named = actors.named_before(position, type="person", within=_DESCRIPTION_REACH, certain=True)
    if named is None:
        return None
    subject = _subject_before(text, named, position, actors)
    if subject is None:
        subject = _sentence_subject(text, named, actors)
    if subject is not None:
        named = subject
    introduced = re.compile(
        rf"\b(?:a|an|one)\s+(?:[\w\-]+\s+){{0,3}}{re.escape(words[-1])}\b", re.I
    )
    if introduced.search(text, named.end, position):
        # "a senior Brightwater executive ... The executive said": that unnamed one
        return "anonymous", "anonymous", True
    return named.actor, "person", False


_SENTENCE_START = re.compile(r"(?:^|[.!?][\"”’']?\s+|\n\s*)(?:(?:But|And|So|Yet)\s+)?$")


def _subject_before(
    text: str, nearest: Mention, position: int, actors: ArticleActors
) -> Mention | None:
    """The person who opens a sentence between *nearest*'s paragraph and *position*
    (the one the article is about: "Cornyn, who serves ... of Comey, the Texan said"),
    when that is not *nearest* itself; a person surely (a gender, title or role known)."""
    start = text.rfind("\n", 0, nearest.start) + 1
    for m in reversed(actors.between(start, position)):
        if m.kind not in ("name", "surname") or m.type != "person" or m.end > position:
            continue
        actor = actors.actors[m.actor]
        if (actor.gender or actor.title or actor.roles) and _SENTENCE_START.search(
            text, max(0, m.start - 8), m.start
        ):
            return None if m.actor == nearest.actor else m
    return None


def _sentence_subject(text: str, nearest: Mention, actors: ArticleActors) -> Mention | None:
    """The first person surely so of *nearest*'s sentence who is no possessive nor object,
    when that is someone else: "But that does not mean Voss will defend Reyes ... The
    senator wants" -> Voss."""
    lo = max(0, nearest.start - _SENTENCE_REACH)
    start = max((b.end() for b in SENTENCE_END.finditer(text, lo, nearest.start)), default=lo)
    for m in actors.between(start, nearest.start):
        if m.kind not in ("name", "surname") or m.type != "person":
            continue
        actor = actors.actors[m.actor]
        if not (actor.gender or actor.title or actor.roles) or not_subject(text, m, start):
            continue
        return m
    return None


#: How far back (characters) the start of a description's antecedent's sentence is looked for.
_SENTENCE_REACH = 400

_DEMONYM_ENDS = ("an", "er", "ite")


@lru_cache(maxsize=1)
def _place_stems() -> frozenset[str]:
    """Single-word places without their last letter ("Texa", "Ohi", "Californi")."""
    return frozenset(p[:-1] for p in places() if " " not in p and len(p) >= 4)


def is_demonym(word: str) -> bool:
    """Whether a capitalised word names someone from a place: "Texan", "Ohioan",
    "Californian", "Floridian" (a place's stem, then -an, -ian, -er or -ite)."""
    if not word.endswith(_DEMONYM_ENDS):
        return False
    stems = _place_stems()
    return any(word[:k] in stems for k in range(3, len(word)))


#: How far back (characters) "the president" looks for a person named without a role.
_HOLDER_REACH = 1500


def untitled_holder(role: str, position: int, actors: ArticleActors) -> Speaker | None:
    """'the president' when no one was named with that role: the person named last who
    is surely a person (a gender known) and holds no other role ("Mayor Ana Gillard ...
    echoing Peter Carver ... the president said": Carver)."""
    for m in reversed(actors.between(max(0, position - _HOLDER_REACH), position)):
        actor = actors.actors[m.actor]
        if m.kind in ("name", "surname") and actor.type == "person" and actor.gender:
            if not actor.roles or role in actor.roles:
                return actor.canonical, "person", False
    return None


#: An indefinite description of one person: "a federal judge", "an appeals court judge".
_INDEFINITE_ROLE = re.compile(r"(?:an?|one)\s+(?:[\w\-]+\s+){0,3}?(?P<role>[a-z]+)")
#: How far into an article (characters) a lede may describe a person it names later.
LEDE_CHARS = 600


def named_later(low: str, position: int, actors: ArticleActors) -> Speaker | None:
    """The person a lede describes before naming them: "A federal judge said ..." in an
    article that goes on to name one judge ("U.S. District Judge Ana Ruiz"), named first
    after the source; None otherwise (*low*: the source in lower case)."""
    m = _INDEFINITE_ROLE.fullmatch(low)
    if m is None or position > LEDE_CHARS:
        return None
    role = m.group("role")
    holders = [a for a in actors.actors.values() if a.type == "person" and role in a.roles]
    if len(holders) == 1 and holders[0].first > position:
        return holders[0].canonical, "person", False
    return None
