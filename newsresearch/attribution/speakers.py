"""Speaker resolution: from a source span to a canonical speaker and its type.

In text order, so that "she said" looks back at earlier speakers. A source is

* a **pronoun** (``he``, ``she``, ``they``, ``it``, ``we``): the latest earlier
  speaker of a compatible gender or type, or else the latest person of that
  gender (:meth:`newsresearch.actors.ArticleActors.pronoun`);
* a phrase holding an **actor mention** (name, surname, role):
  the rightmost one, so that ``Renfrew's spokesman Arlo Menzies`` is Menzies,
  while ``the trade ministry's summary`` speaks for its owner;
* a **generic organisation** (``the ministry``, ``the company``): the matching
  organisation named earlier;
* an **anonymous** source (``data/anonymous_sources.txt``, ``a senior official``),
  a **poll**, a **document** (``data/document_words.txt``), an organisation, a
  capitalised name, or else ``other``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from operator import attrgetter

from ..actors import ArticleActors, Mention, is_organisation
from .phrases import PRONOUN_GENDER, anonymous_sources, document_words
from .records import Attribution, Span

_START = attrgetter("start")

__all__ = ["resolve_speakers"]

#: A quote without a cue continues the previous speaker within this many characters.
MAX_UNCUED_GAP = 600

Speaker = tuple[str | None, str, bool]  # canonical name, type, anonymous

_NEUTRAL_PRONOUNS = ("they", "it", "we")
_GENERIC_ORGS = ("company", "firm", "operator", "utility", "group", "organisation", "organization")
_SPECIFIC_ORGS = ("ministry", "government", "party", "senate", "commission", "agency")
_QUANTIFIERS = ("a", "an", "one", "two", "three", "several", "some", "many")
_POLLS = ("poll", "polls", "survey", "surveys")
_WORDS = re.compile(r"[\w’'\-]+")
_HEAD_END = re.compile(r"\s+(?:of|at|for|from|with|who)\s+")
_POSSESSIVE = re.compile(r"^(.*?)['’]s\s+\S")
_ORG_REFERENCE = re.compile(r"(?:the|its|this)\s+(?:[a-z\-]+\s+)?([a-z\-]+)")
_DETERMINER = re.compile(r"^(?:the|a|an)\s+", re.I)


def strip_determiner(phrase: str) -> str:
    """*phrase* without a leading "the", "a" or "an".

    Examples
    --------
    >>> strip_determiner(" The Ledger poll ")
    'Ledger poll'
    """
    return _DETERMINER.sub("", phrase.strip())


def _copy_speaker(att: Attribution, origin: Attribution) -> None:
    att.speaker, att.speaker_type, att.anonymous = (
        origin.speaker,
        origin.speaker_type,
        origin.anonymous,
    )


def resolve_speakers(text: str, actors: ArticleActors, found: Sequence[Attribution]) -> None:
    """Set the speaker of each attribution in *found* (in text order), in place."""
    done: list[Attribution] = []
    for att in found:
        if att.speaker_from is not None:
            _copy_speaker(att, att.speaker_from)
        elif att.source is None and att.kind == "direct":
            # A quote with no cue: the previous speaker when the quote follows closely.
            prev = done[-1] if done else None
            if prev is not None and att.content[0][0] - prev.content[-1][1] < MAX_UNCUED_GAP:
                _copy_speaker(att, prev)
        elif att.source is not None:
            att.speaker, att.speaker_type, att.anonymous = _resolve(text, actors, att.source, done)
        done.append(att)


def _last_mention_before(actors: ArticleActors, name: str, position: int) -> int:
    return max(
        (m.start for m in actors.mentions if m.actor == name and m.start < position), default=-1
    )


def _resolve_pronoun(
    low: str, span: Span, actors: ArticleActors, done: list[Attribution]
) -> Speaker:
    """'he said', 'they said': an earlier speaker who fits, else the latest person who fits."""
    gender = PRONOUN_GENDER.get(low, "")
    nearest = actors.before(span[0], type="person", gender=gender) if gender else None
    for att in reversed(done):
        if not (
            att.speaker
            and att.speaker != "anonymous"
            and att.content
            and att.content[0][0] < span[0]
        ):
            continue
        if low in _NEUTRAL_PRONOUNS:
            if att.speaker_type in ("organisation", "anonymous") or low == "they":
                return att.speaker, att.speaker_type, att.anonymous
            continue
        actor = actors.actors.get(att.speaker)
        if (
            actor is not None
            and actor.type == "person"
            and (not gender or not actor.gender or actor.gender == gender)
        ):
            # A person of the right gender named after that speaker wins ("Grace
            # Pellow ... she said" after an earlier quote from someone else).
            if (
                nearest is not None
                and nearest.canonical != att.speaker
                and nearest.gender == gender
            ):
                since = att.source[0] if att.source else att.content[0][0]
                if _last_mention_before(actors, nearest.canonical, span[0]) > since:
                    return nearest.canonical, "person", False
            return att.speaker, "person", False
    if gender:
        actor = actors.pronoun(low, span[0])
        if actor is not None:
            return actor.canonical, actor.type, False
    return None, "person" if gender else "other", False


def _best(mentions: list[Mention]) -> Speaker:
    best = max(mentions, key=lambda m: (m.end, m.type == "person"))
    return best.actor, best.type, False


def _org_reference(
    low: str, position: int, actors: ArticleActors, done: list[Attribution]
) -> str | None:
    """ "the ministry", "the union", "the company": the organisation named earlier."""
    m = _ORG_REFERENCE.fullmatch(low)
    if not m:
        return None
    head = m.group(1)
    generic = head in _GENERIC_ORGS
    names = [a.speaker for a in reversed(done) if a.speaker_type == "organisation" and a.speaker]
    names += [
        mm.actor
        for mm in sorted(actors.mentions, key=lambda x: -x.start)
        if mm.type == "organisation" and mm.start < position
    ]
    for name in names:
        lowered = name.lower()
        if head in lowered.split() or (generic and not any(w in lowered for w in _SPECIFIC_ORGS)):
            return name
    return None


def _is_anonymous(low: str, phrase: str, words: list[str]) -> bool:
    """'officials', 'a senior official', 'people familiar with the matter'."""
    return any(a in f" {low} " or low.startswith(a) for a in anonymous_sources()) or bool(
        words and words[0] in _QUANTIFIERS and not any(w[:1].isupper() for w in phrase.split()[1:])
    )


def _unnamed_type(phrase: str, low: str) -> Speaker:
    """A source with no actor in it: anonymous, poll, document, organisation, name or other."""
    words = _WORDS.findall(low)
    if _is_anonymous(low, phrase, words):
        return "anonymous", "anonymous", True
    head = words[-1] if words else ""
    if head in _POLLS:
        return strip_determiner(phrase), "poll", False
    if head in document_words():
        return strip_determiner(phrase), "document", False
    if is_organisation(phrase):
        return strip_determiner(phrase), "organisation", False
    if phrase[:1].isupper() and not low.startswith("the "):
        return phrase, "person", False
    return strip_determiner(phrase), "other", False


def _resolve(text: str, actors: ArticleActors, span: Span, done: list[Attribution]) -> Speaker:
    """Speaker, speaker type and anonymity of a source span."""
    phrase = text[span[0] : span[1]]
    low = phrase.lower().strip()
    if low in PRONOUN_GENDER or low in _NEUTRAL_PRONOUNS:
        return _resolve_pronoun(low, span, actors, done)
    head = _HEAD_END.split(phrase, maxsplit=1)[0]
    possessive = _POSSESSIVE.match(head)
    owned_from = span[0] + possessive.end() - 1 if possessive else span[0]
    # Mentions are in text order: only those starting before the head's end can overlap it.
    upto = bisect.bisect_left(actors.mentions, span[0] + len(head), key=_START)
    candidates = [
        m
        for m in actors.mentions[:upto]
        if m.start < span[0] + len(head) and span[0] < m.end and m.kind != "pronoun"
    ]
    named = [m for m in candidates if m.start >= owned_from]
    if named:  # the rightmost name is the head: "Renfrew's spokesman Arlo Menzies"
        return _best(named)
    if possessive and possessive.group(1).lower() not in ("it", "its"):
        # "the trade ministry's summary": the owner speaks through its document or office
        return _resolve(text, actors, (span[0], span[0] + len(possessive.group(1))), done)
    if candidates:
        return _best(candidates)
    org = _org_reference(low, span[0], actors, done)
    if org is not None:
        return org, "organisation", False
    return _unnamed_type(phrase, low)
