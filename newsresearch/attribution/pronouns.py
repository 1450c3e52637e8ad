"""Pronoun sources: ``he said``, ``she told``, ``they argued``, ``it said``, ``we said``.

``he`` and ``she`` go to the nearest compatible antecedent: the most recently named
person whose gender fits (from a title, a first name or a gendered role); a person of
unknown gender only counts when the article gives them a title or role or quotes
them, so that places and events read as names ("Capitol Hill", "Hurricane Irma") are
passed over, and so are people named in what an earlier source said (its content,
unless the pronoun stands inside it). The most recent earlier speaker who fits is
the fallback. ``they``
is the latest organisation, group or joint speaker (a single person only when none
spoke before); ``it`` and ``we`` the latest
organisation or anonymous group.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..actors import Actor, ArticleActors, Mention
from .phrases import PRONOUN_GENDER
from .records import Attribution, Span

__all__ = ["NEUTRAL_PRONOUNS", "resolve_pronoun"]

NEUTRAL_PRONOUNS = ("they", "it", "we")

Speaker = tuple[str | None, str, bool]


def _fits(actor: Actor, gender: str, speakers: set[str]) -> bool:
    if actor.type != "person":
        return False
    if actor.gender:
        return actor.gender == gender
    return bool(actor.title or actor.roles or actor.canonical in speakers)


def _neutral(low: str, span: Span, actors: ArticleActors, done: Sequence[Attribution]) -> Speaker:
    single: Speaker | None = None  # "they" for one person, when no group spoke before
    for att in reversed(done):
        if not (att.speaker and att.content and att.content[0][0] < span[0]):
            continue
        if att.speaker_type in ("organisation", "anonymous") or (
            low == "they" and "; " in att.speaker
        ):
            return att.speaker, att.speaker_type, att.anonymous
        if low == "they" and single is None:
            single = att.speaker, att.speaker_type, att.anonymous
    if single is not None:
        return single
    if low == "it":  # the organisation named last ("ABC News ... it said")
        for m in reversed(actors.mentions):
            if m.start < span[0] and m.type == "organisation" and m.kind != "pronoun":
                return m.actor, "organisation", False
    return None, "other", False


def _quoted(span: Span, done: Sequence[Attribution], own: Sequence[Span]) -> list[Span]:
    """The contents of earlier attributions, and the pronoun's own, that do not hold
    the pronoun: a person named in what someone said is seldom the "he" who said it."""
    spans = [s for att in done for s in att.content] + list(own)
    return [(a, b) for a, b in spans if not a <= span[0] < b]


def _inside(position: int, spans: list[Span]) -> bool:
    return any(a <= position < b for a, b in spans)


#: The most characters between the start of a content and a pronoun that opens its clause
#: ("said that he").
MAX_LEAD_TO_PRONOUN = 5


def _reporter(
    low: str, gender: str, span: Span, actors: ArticleActors, done: Sequence[Attribution]
) -> Speaker | None:
    """The speaker of the attribution whose content the pronoun opens, when they fit:
    "the White House said it wanted ...", "advocates say they fear ...", "Voss said she
    hoped ..." (a reported thought of the one who reports it)."""
    for att in reversed(done):
        if not att.content or att.cue is None or att.cue[1] > att.content[0][0]:
            continue
        if not 0 <= span[0] - att.content[0][0] <= MAX_LEAD_TO_PRONOUN:
            continue
        if not att.speaker or att.speaker == "anonymous" and low in ("he", "she", "it"):
            return None
        kind = att.speaker_type
        if gender:
            actor = actors.actors.get(att.speaker)
            fits = kind == "person" and (actor is None or actor.gender in ("", gender))
        elif low == "it":
            fits = kind in ("organisation", "document", "poll")
        else:  # they, we: a group, an organisation, people named together
            fits = kind in ("organisation", "anonymous") or "; " in att.speaker
        if fits and "; " in att.speaker and gender:
            fits = False
        return (att.speaker, kind, att.anonymous) if fits else None
    return None


#: A pronoun that opens its sentence (after a full stop or a line break) or follows the
#: quote it introduces ('...," he said').
_OPENS_SENTENCE = re.compile(
    r"(?:[.!?][\"”’]?\s+|\n\s*|[,!?][\"”’]\s+)(?:(?:And|But|Then|Later)\s+)?$"
)
#: Where a sentence starts, searched back from a mention.
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’]?\s+(?=\S)|\n\s*")
#: What may stand before the subject at the start of its sentence: titles, "the", "former"
#: ("Senate Majority Leader X"; not "In a letter to X").
_LEADS = re.compile(r"[\"“‘]?(?:(?:[A-Z][\w.’'\-]*|the|former)\s+)*")
#: The most characters from a sentence's start to its subject ("Senate Majority Leader X").
MAX_SUBJECT_OFFSET = 40
_SENTENCE_REACH = 400


def _subject_first(
    text: str,
    span: Span,
    nearest: Mention,
    actors: ArticleActors,
    gender: str,
    speakers: set[str],
    quoted: list[Span],
) -> Actor | None:
    """The subject of the sentence holding *nearest*, when the pronoun opens the next
    sentence and that subject, another fitting person, opens it: "Netanyahu told the
    president ... / He also said" -> Netanyahu (else None)."""
    if not text or not _OPENS_SENTENCE.search(text, max(0, span[0] - 12), span[0]):
        return None
    lo = max(0, nearest.start - _SENTENCE_REACH)
    breaks = [b.end() for b in _SENTENCE_BREAK.finditer(text, lo, nearest.start)]
    start = breaks[-1] if breaks else (0 if lo == 0 else None)
    if start is None or _SENTENCE_BREAK.search(text, nearest.end, span[0] + 1) is None:
        return None
    for m in actors.between(start, min(nearest.start, start + MAX_SUBJECT_OFFSET + 1)):
        if m.kind == "pronoun" or m.actor == nearest.actor or _inside(m.start, quoted):
            continue
        actor = actors.actors[m.actor]
        if _fits(actor, gender, speakers) and _LEADS.fullmatch(text, start, m.start):
            return actor
        return None
    return None


def resolve_pronoun(
    low: str,
    span: Span,
    actors: ArticleActors,
    done: Sequence[Attribution],
    *,
    own: Sequence[Span] = (),
    text: str = "",
) -> Speaker:
    """The speaker a pronoun source stands for: its nearest compatible antecedent.

    *own* is the content the pronoun introduces: people named in it (or in an
    earlier attribution's content) are passed over. With the article's *text*, a
    pronoun that opens its sentence prefers the subject of the sentence before
    ("Voss told the mayor ... He said") to a person named later in it.

    Examples
    --------
    >>> from newsresearch.text import Article
    >>> t = ("Sen. Ana Brooks spoke first. His long-time aide, Tim Sato, said the memo was "
    ...      "new. He acknowledged that it was late.")
    >>> [a.speaker for a in Article(t).attributions]
    ['Tim Sato', 'Tim Sato']
    """
    gender = PRONOUN_GENDER.get(low, "")
    reporter = _reporter(low, gender, span, actors, done)
    if reporter is not None:
        return reporter
    if not gender:
        return _neutral(low, span, actors, done)
    speakers = {a.speaker for a in done if a.speaker}
    quoted = _quoted(span, done, own)
    for m in reversed(actors.between(0, span[0])):  # those before the pronoun, nearest first
        if m.kind == "pronoun" or _inside(m.start, quoted):
            continue
        actor = actors.actors[m.actor]
        if _fits(actor, gender, speakers):
            subject = _subject_first(text, span, m, actors, gender, speakers, quoted)
            return (subject or actor).canonical, "person", False
    for att in reversed(done):
        actor = actors.actors.get(att.speaker or "")
        if actor is not None and actor.type == "person" and actor.gender in ("", gender):
            return actor.canonical, "person", False
        if (
            actor is None
            and att.speaker_type == "person"
            and att.speaker
            and "; " not in att.speaker
        ):
            return att.speaker, "person", False  # a speaker named once ("Tony says")
    for m in reversed(actors.mentions):  # the person named last whose gender is not known
        if m.start >= span[0] or m.kind == "pronoun" or _inside(m.start, quoted):
            continue
        actor = actors.actors[m.actor]
        if actor.type == "person" and actor.gender in ("", gender):
            return actor.canonical, "person", False
    return None, "person", False
