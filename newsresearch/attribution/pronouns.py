"""Pronoun sources: ``he said``, ``she told``, ``they argued``, ``it said``, ``we said``.

``he`` and ``she`` go to the nearest compatible antecedent: the most recently named
person whose gender fits (from a title, a first name or a gendered role); a person of
unknown gender only counts when the article gives them a title or role or quotes
them, so that places and events read as names ("Capitol Hill", "Hurricane Irma") are
passed over, and so are people named in what an earlier source said (its content,
unless the pronoun stands inside it). A surname shared by two people is the one whose
gender fits ("Tara Kell, the widow of Colm Kell ... Kell ... she"); "the president" is
the article's main president (:func:`main_holder`); an earlier he or she continues its
chain past an object. The most recent earlier speaker who fits is the fallback; in an
article's opening, a he or she no one before fits is the person named next
(:mod:`.cataphora`). ``they``
is the latest organisation, group or joint speaker (a single person only when none
spoke before); ``it`` and ``we`` the latest
organisation or anonymous group.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence

from ..actor_names import first_names, organisation_words
from ..actors import Actor, ArticleActors, Mention
from .appositive_subjects import appositive_subject
from .cataphora import named_after
from .content_end import in_quote_marks
from .name_modifiers import modifies_title
from .person_checks import not_a_person
from .phrases import PRONOUN_GENDER, document_words
from .records import Attribution, Span
from .relative_antecedents import relative_antecedent
from .speaker_names import NAME_WORD

__all__ = [
    "NEUTRAL_PRONOUNS",
    "SENTENCE_END",
    "main_holder",
    "not_subject",
    "resolve_pronoun",
]

NEUTRAL_PRONOUNS = ("they", "it", "we")

Speaker = tuple[str | None, str, bool]


def _fits(actor: Actor, gender: str, speakers: set[str]) -> bool:
    if actor.type != "person" or not_a_person(actor):
        return False
    if actor.gender:
        return actor.gender == gender
    # a title, a role or an appositive description ("X, head of the committee,") marks a
    # person, not a place or an event read as a name
    return bool(actor.title or actor.roles or actor.description or actor.canonical in speakers)


#: How far (characters) an "it" looks back for the document that spoke last.
_DOCUMENT_REACH = 400
#: A body named by a name and a lower-case head before an "it" in its sentence: "When the
#: Carver administration outlined its plan, it cited ...".
_NAMED_BODY = re.compile(rf"\b[Tt]he\s+((?:{NAME_WORD}\s+){{1,3}}([a-z]+))\b")


def _document_source(text: str, att: Attribution) -> bool:
    """Whether *att*'s source is a definite document: "the lawsuit", "The report"."""
    if att.source is None:
        return False
    words = text[att.source[0] : att.source[1]].lower().split()
    return len(words) == 2 and words[0] in ("the", "this") and words[1] in document_words()


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding *pos* starts, looking back at most _SENTENCE_REACH
    characters."""
    lo = max(0, pos - _SENTENCE_REACH)
    return max((b.end() for b in SENTENCE_END.finditer(text, lo, pos)), default=lo)


def _body_before(text: str, span: Span) -> Speaker | None:
    """The body named in the pronoun's sentence before it ("the Carver administration")."""
    bodies = [
        m
        for m in _NAMED_BODY.finditer(text, _sentence_start(text, span[0]), span[0])
        if m.group(2) in organisation_words()
    ]
    return (bodies[-1].group(1), "organisation", False) if bodies else None


#: A group the article names by a capitalised plural: "Democrats", "American Jews".
_PEOPLE_GROUP = re.compile(
    r"\b((?:[A-Z][a-z]+\s+)?(?:Democrats|Republicans|Conservatives|Liberals|Americans|"
    r"Israelis|Palestinians|Jews|Muslims|Christians|Catholics|Evangelicals))\b"
)


def _group_before(text: str, span: Span, done: Sequence[Attribution]) -> Speaker | None:
    """The group a "they" follows in its own sentence, named after the last source:
    "blasting Democrats as hypocrites for defending Voss after they had criticized him";
    else a named plural body opening the sentence, or the sentence before a quote the
    "they" closes: "Twelve states sought ... “...,” they wrote"."""
    start = _sentence_start(text, span[0])
    for att in done:
        if att.source is not None and start <= att.source[1] <= span[0]:
            start = att.source[1]
    groups = list(_PEOPLE_GROUP.finditer(text, start, span[0]))
    if in_quote_marks(text, span[0]):
        return None
    if not groups:
        if text[start : start + 1] in '"“':  # '“...,” they wrote': the sentence before
            before = len(text[:start].rstrip())
            if before and text[before - 1] in ".!?:":
                start = _sentence_start(text, before - 1)
        subject = _PLURAL_SUBJECT.match(text, start, span[0])
        return (subject.group(1), "organisation", False) if subject else None
    return groups[-1].group(1), "organisation", False


#: A sentence that opens with a named plural body as its subject, after an optional
#: lead-in: "Eighteen states on Monday sought ...", "Market Basket workers have ...".
_PLURAL_SUBJECT = re.compile(
    r"\s*(?:[A-Z][^,.;:\"“”]{0,40},\s+)?(?:(?:But|And|So|Yet)\s+)?(?!(?:These|Those|Such|But|And|So|Yet)\s)"
    r"((?:[A-Z][\w\-]*\s+){1,3}(?:states|countries|"
    r"nations|lawmakers|legislators|senators|officials|leaders|workers|members|scientists|"
    r"researchers|activists|protesters|advocates|prosecutors|investigators|voters|"
    r"residents|employees|governors|mayors))\s+(?!of\b)[a-z]"
)


def _neutral(
    low: str, span: Span, actors: ArticleActors, done: Sequence[Attribution], text: str = ""
) -> Speaker:
    single: Speaker | None = None  # "they" for one person, when no group spoke before
    voices: set[str] = set()  # a "they" inside a quote is not its speaker, who says "we"
    if low == "they" and text:
        group = _group_before(text, span, done)
        if group is not None:
            return group
        voices = _voices(text, span, done)
    for att in reversed(done):
        if not (att.speaker and att.content and att.content[0][0] < span[0]):
            continue
        if att.speaker in voices:
            continue
        if low == "it" and text and _document_source(text, att):
            if span[0] - att.source[1] < _DOCUMENT_REACH:  # "The lawsuit alleged ... It said"
                return att.speaker, att.speaker_type, att.anonymous
        if low == "it" and att.speaker_type == "document" and att.speaker != "anonymous":
            # the document that spoke last, through a quote it went on with: "It also claims"
            if span[0] - att.content[-1][1] < _DOCUMENT_REACH:
                return att.speaker, att.speaker_type, att.anonymous
        if att.speaker_type in ("organisation", "anonymous") or (
            low == "they" and "; " in att.speaker
        ):
            return att.speaker, att.speaker_type, att.anonymous
        if low == "they" and single is None:
            single = att.speaker, att.speaker_type, att.anonymous
    if single is not None:
        return single
    if low == "it":  # the organisation named last ("ABC News ... it said")
        body = _body_before(text, span) if text else None
        if body is not None:
            return body
        for m in reversed(actors.mentions):
            if m.start < span[0] and m.type == "organisation" and m.kind != "pronoun":
                return m.actor, "organisation", False
    return None, "other", False


def _quoted(span: Span, done: Sequence[Attribution], own: Sequence[Span]) -> list[Span]:
    """The contents of earlier attributions, and the pronoun's own, that do not hold
    the pronoun: a person named in what someone said is seldom the "he" who said it."""
    sources = sorted(att.source for att in done if att.source)
    spans = [p for att in done for a, b in att.content for p in _cut(a, b, att, sources)]
    return [(a, b) for a, b in spans + list(own) if not a <= span[0] < b]


def _cut(start: int, end: int, att: Attribution, sources: list[Span]) -> list[Span]:
    """A content's pieces outside the sources it holds: a person who is an earlier
    attribution's source is no one named in what was said, even when a sourceless
    content runs over them ("Senator Ana Brooks did not seem concerned ...")."""
    if att.source is not None:
        return [(start, end)]
    out = []
    for a, b in sources:
        if start <= a and b <= end:
            out.append((start, a))
            start = b
    return [(a, b) for a, b in out + [(start, end)] if a < b]


def _inside(position: int, spans: list[Span]) -> bool:
    for a, b in spans:
        if a <= position < b:
            return True
    return False


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
        else:  # they, we: a group, an organisation, people named together, a polled share
            fits = kind in ("organisation", "anonymous", "poll") or "; " in att.speaker
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
#: Capitalised words that open a subordinate clause at a sentence's start ("After Voss ...,").
_SUBORDINATOR = (
    r"(?:After|When|While|Although|Though|If|Because|As|Since|Before|Until|Once|Unless)\s"
)
#: What may stand before the subject at the start of its sentence: titles, "the", "former"
#: ("Senate Majority Leader X"; not "In a letter to X", nor "After X").
_LEADS = re.compile(rf"[\"“‘]?(?:(?!{_SUBORDINATOR})(?:[A-Z][\w.’'\-]*|the|former)\s+)*")
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
    # up to one past the nearest, so that a break ending where it opens its sentence counts
    breaks = [b.end() for b in _SENTENCE_BREAK.finditer(text, lo, nearest.start + 1)]
    start = breaks[-1] if breaks else (0 if lo == 0 else None)
    if start is None or _SENTENCE_BREAK.search(text, nearest.end, span[0] + 1) is None:
        return None
    for m in actors.between(start, min(nearest.start, start + MAX_SUBJECT_OFFSET + 1)):
        if m.kind == "pronoun" or m.actor == nearest.actor or _inside(m.start, quoted):
            continue
        if modifies_title(text, m.end):  # "Cruz campaign manager Jeff Roe": Roe's title
            continue
        actor = actors.actors[m.actor]
        if _fits(actor, gender, speakers) and _LEADS.fullmatch(text, start, m.start):
            return actor
        return None
    return None


#: A sentence end, not the period of a title or an initial ("Mr. Voss", "U.S.", "H. W.").
SENTENCE_END = re.compile(
    # one character class first, for both branches (the engine scans for it; a pattern
    # that opens with an alternation gets no such scan), then the look-behinds; the
    # look-behind after it picks the branch: a period, "!" or "?", or a line break
    r"[.!?\n](?:(?<=[.!?])(?<!\bMr\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bSen\.)"
    r"(?<!\bRep\.)(?<!\bGov\.)(?<!\bGen\.)(?<!\bSt\.)(?<!\bJr\.)(?<![\s.][A-Z]\.)[\"”’]?\s+(?=\S)"
    r"|(?<=\n)\s*)"
)
#: A mention that is no subject: after a preposition ("a letter to Voss", "stood with
#: Voss", "stopped by an Officer Voss") ...
_AFTER_PREPOSITION = re.compile(
    r"\b(?:(?<!according )to|with|of|by|for|from|about|against|on|at|like|than|toward|towards|into|over|"
    r"under|between|among|including|via|versus|behind|without|unlike|in)\s+(?:(?:a|an|the)\s+)?$"
)
#: ... or the object of a relative clause ("Voss, whom he called").
_WHOM_AFTER = re.compile(r",?\s+whom\b")
_POSSESSIVE_AFTER = re.compile(r"['’]s?\s")
#: How many sentences before the nearest candidate's a pronoun may look for a subject.
MAX_SUBJECT_SENTENCES = 4
#: How far back (characters) sentence starts are looked for.
_SALIENCE_REACH = 1200


def _voices(text: str, span: Span, done: Sequence[Attribution]) -> set[str]:
    """The speakers of the quotations a pronoun stands inside: in '"... he sees that we
    can work together," Voss said' the he is not Voss, who would say "I"."""
    if not text or not in_quote_marks(text, span[0]):
        return set()
    return {
        a.speaker
        for a in done
        if a.kind in ("direct", "mixed") and a.speaker and a.content and _inside(span[0], a.content)
    }


def _enclosing_reporter(
    span: Span,
    actors: ArticleActors,
    done: Sequence[Attribution],
    gender: str,
    speakers: set[str],
    text: str,
    voices: set[str],
) -> Speaker | None:
    """The speaker of the reported speech a he or she stands inside, when no other
    fitting person is named between its source and the pronoun: "The governor has insisted all
    along that he wants to meet Roth" -> the governor; "Voss argued that Roth's plan
    was late, though he backed it" -> Voss."""
    around = [
        a
        for a in done
        if a.source is not None
        and a.speaker
        and a.speaker_type == "person"
        and "; " not in a.speaker
        and a.speaker not in voices
        and a.source[1] <= span[0]
        and _inside(span[0], a.content)
    ]
    if not around or not text:
        return None
    att = min(around, key=lambda o: o.content[-1][1] - o.content[0][0])
    actor = actors.actors.get(att.speaker or "")
    if actor is None or actor.gender not in ("", gender):
        return None
    first = att.source[1]
    for m in actors.between(first, span[0]):
        if m.kind == "pronoun" or m.actor == att.speaker:
            continue
        if _fits(actors.actors[m.actor], gender, speakers) and not not_subject(text, m, first):
            return None
    return att.speaker, "person", False


#: A that-clause coordinated with one before it: "will tell the committee that he believes
#: ... and that he thinks".
_AND_THAT = re.compile(r"\band\s+that\s+$")
_THAT_BEFORE = re.compile(r"\bthat\s+$")


def _parallel(text: str, low: str, span: Span, done: Sequence[Attribution]) -> str | None:
    """The speaker of the same pronoun opening the that-clause this one is coordinated
    with, in its sentence: in "Voss will tell the panel that he believes Roth should stay
    and that he thinks the report should be public" the second he is the first (Voss),
    not Roth, named between them. None when there is no such earlier pronoun source."""
    if not text or not _AND_THAT.search(text, max(0, span[0] - 16), span[0]):
        return None
    start = _sentence_start(text, span[0])
    for att in reversed(done):
        if att.source is None or not start <= att.source[0] < span[0] or not att.speaker:
            continue
        a, b = att.source
        if text[a:b].lower() != low or att.speaker_type != "person" or "; " in att.speaker:
            continue
        if _THAT_BEFORE.search(text, max(0, a - 8), a):
            return att.speaker
    return None


def not_subject(text: str, m: Mention, sentence_start: int) -> bool:
    """Whether a mention is no subject: a possessive inside its sentence ("reacted to
    Voss's ruling"), a preposition's object ("stood with Voss"), a relative clause's
    ("Voss, whom he called"), a name a title of the person after it is named after
    ("Cruz campaign manager Jeff Roe") or a name inside a subordinate clause that opens
    the sentence ("After Voss insisted ..., Roe declined")."""
    if _AFTER_PREPOSITION.search(text, max(0, m.start - 24), m.start):
        return True
    if modifies_title(text, m.end):
        return True
    if _WHOM_AFTER.match(text, m.end):
        return True
    if _OPENING_CLAUSE.fullmatch(text, sentence_start, m.start):  # "After Voss ..., Roe"
        return True
    opens = not text[sentence_start : m.start].strip(' "“‘')
    if _FOR_ONES_PART.fullmatch(text[sentence_start : m.start]) and _PART.match(text, m.end):
        return False  # "For Voss's part, ... he felt": the topic the sentence is about
    return not opens and _POSSESSIVE_AFTER.match(text, m.end) is not None


#: A subordinate clause opening a sentence, up to a mention before its comma: "After Voss
#: insisted that ...": the sentence's subject comes after the clause.
_OPENING_CLAUSE = re.compile(rf"[\s\"“‘]*{_SUBORDINATOR}[^,;:\"“”]*")
#: "For Voss's part," opening a sentence names its topic, the he or she that follows.
_FOR_ONES_PART = re.compile(r"[\s\"“‘]*For\s+")
_PART = re.compile(r"['’]s?\s+part\b")


def _salient(
    text: str,
    span: Span,
    nearest: Mention,
    actors: ArticleActors,
    gender: str,
    speakers: set[str],
    quoted: list[Span],
    *,
    again: bool = True,
) -> Actor | None:
    """The subject a he or she stands for when the nearest fitting person is not one:
    in the pronoun's sentence, the nearest fitting person who is no possessive nor
    object ("Voss said as he stood with Roth" -> Voss); else the first such person
    of the sentence that names the nearest, or of up to three sentences before it
    ("Voss reacted to Roth's ruling. He said" -> Voss), an earlier he or she there
    counting as the person it stands for (:func:`_chained`). None: keep the nearest."""
    if not text:
        return None
    lo = max(0, nearest.start - _SALIENCE_REACH)
    starts = [lo] + [b.end() for b in SENTENCE_END.finditer(text, lo, span[0] + 1)]
    k_near = bisect.bisect_right(starts, nearest.start) - 1
    k_pron = bisect.bisect_right(starts, span[0]) - 1

    def fitting(m: Mention) -> bool:
        return (
            m.kind != "pronoun"
            and not _inside(m.start, quoted)
            and not in_quote_marks(text, m.start)
            and _fits(actors.actors[m.actor], gender, speakers)
        )

    def fitting_actor(m: Mention) -> bool:
        return _fits(actors.actors[m.actor], gender, speakers)

    if k_near == k_pron:
        if not not_subject(text, nearest, starts[k_near]):
            return None
        for m in reversed(actors.between(starts[k_near], nearest.start)):
            if fitting(m) and not not_subject(text, m, starts[k_near]):
                return actors.actors[m.actor]
        k_near -= 1
    for k in range(k_near, max(k_near - MAX_SUBJECT_SENTENCES, -1), -1):
        end = starts[k + 1] if k + 1 < len(starts) else span[0]
        for m in actors.between(starts[k], min(end, span[0])):
            # an earlier he read as the nearest (an object) confirms nothing
            chained = m.actor != nearest.actor and _chained(text, m, gender, quoted)
            chained = chained and fitting_actor(m)
            if (fitting(m) or chained) and not not_subject(text, m, starts[k]):
                actor = actors.actors[m.actor]
                if chained and again:
                    actor = _chain_referent(text, m, actors, gender, speakers, quoted) or actor
                return None if actor.canonical == nearest.actor else actor
    return None


def _chain_referent(
    text: str,
    m: Mention,
    actors: ArticleActors,
    gender: str,
    speakers: set[str],
    quoted: list[Span],
) -> Actor | None:
    """Who an earlier he or she *m* stands for, read as :func:`resolve_pronoun` reads it
    (the nearest fitting person or the subject :func:`_salient` prefers), not the nearest
    person the article's mentions link it to: "Barr advised President Bush that he ...
    Earlier, when he led the office" -> Barr. None when no fitting person comes before."""
    for n in reversed(actors.between(0, m.start)):
        if n.kind == "pronoun" or _inside(n.start, quoted):
            continue
        actor = actors.actors[n.actor]
        if _fits(actor, gender, speakers):
            span = (m.start, m.end)
            subject = _salient(text, span, n, actors, gender, speakers, quoted, again=False)
            return subject or actor
    return None


def _chained(text: str, m: Mention, gender: str, quoted: list[Span]) -> bool:
    """Whether *m* is an earlier he or she of the same gender, outside quotations, that
    stands for a person: the pronoun continues its chain ("Voss ... “...,” he said. The
    Republican turned to Colby's plan. “...,” he said" -> Voss)."""
    return (
        m.kind == "pronoun"
        and PRONOUN_GENDER.get(text[m.start : m.end].lower()) == gender
        and not _inside(m.start, quoted)
        and not in_quote_marks(text, m.start)
    )


def _described_between(
    text: str,
    between: Span,
    done: Sequence[Attribution],
    actors: ArticleActors,
    gender: str,
    quoted: list[Span],
) -> str | None:
    """The speaker of the last earlier source written *between* the nearest fitting
    actor and the pronoun that names no actor but describes one ("the president"): in
    "Voss echoed a phrase. This week, the president acknowledged that ... “...,” he
    said" the he is the president, not Voss."""
    if not text:
        return None
    for att in reversed(done):
        if att.source is None or att.speaker_type != "person" or not att.speaker:
            continue
        a, b = att.source
        if not between[0] <= a < between[1] or _inside(a, quoted) or "; " in att.speaker:
            continue
        if text[a:b].lower() in PRONOUN_GENDER or actors.between(a, b):
            continue
        actor = actors.actors.get(att.speaker)
        if actor is not None and actor.gender in ("", gender):
            return att.speaker
    return None


def _named_once(
    text: str,
    between: Span,
    done: Sequence[Attribution],
    actors: ArticleActors,
    gender: str,
    quoted: list[Span],
    nearest: Mention | None = None,
) -> str | None:
    """An earlier speaker known by one name that is no actor ("Tony says", a first name
    the article gives alone) written last as a subject *between* the nearest fitting
    actor and the pronoun (from the start of that actor's sentence when the actor is a
    possessive or object there: "if Tony reacts to Voss's ruling. He ..."), when its
    given-name gender fits; else None."""
    given = first_names()
    lo = between[0]
    if nearest is not None and not_subject(text, nearest, _sentence_start(text, nearest.start)):
        lo = _sentence_start(text, nearest.start) - 1  # "if Voss reacts to Roth's ruling. He"
    names = {
        a.speaker
        for a in done
        if a.speaker_type == "person"
        and a.speaker
        and " " not in a.speaker
        and a.speaker not in actors.actors
        and given.get(a.speaker, "") in ("", gender)
    }
    best: tuple[int, str] | None = None
    for name in names:
        at = text.rfind(name, lo + 1, between[1])
        while at != -1 and not _subject_name(text, at, name, quoted):
            at = text.rfind(name, lo + 1, at)
        if at != -1 and (best is None or at > best[0]):
            best = at, name
    return best[1] if best else None


def _subject_name(text: str, at: int, name: str, quoted: list[Span]) -> bool:
    """Whether *name* written at *at* is a whole word outside quoted speech and no
    possessive ("declined to answer Voss's remarks, because he said": not Voss)."""
    if not _word_edge(text, at, at + len(name)) or _inside(at, quoted):
        return False
    if _NOUN_COMMA.search(text, max(0, at - 30), at) and text.startswith(",", at + len(name)):
        return False  # "who lost his daughter, Tess, in the crash": in apposition to a noun
    return _POSSESSIVE_AFTER.match(text, at + len(name)) is None


#: A lower-case word and a comma right before a name set off by commas: the name stands
#: in apposition to that noun ("his daughter, Tess,"), no subject.
_NOUN_COMMA = re.compile(r"\b[a-z]+,\s+$")


#: How many times more often the article's main holder of a role must be named than the
#: holder named last for "the president" to be the main one.
MAIN_HOLDER_RATIO = 4


def main_holder(actors: ArticleActors, actor: Actor, description: str) -> Actor:
    """Who a role description ("the president") linked to *actor*, the holder named last,
    stands for: the holder of that role the article names most, when named at least
    :data:`MAIN_HOLDER_RATIO` times as often ("the president" in a story about President
    Carver that once recalls President Ilves is Carver); else *actor*."""
    role = description.split()[-1].lower()
    holders = [a for a in actors.actors.values() if a.type == "person" and role in a.roles]
    if len(holders) < 2 or actor not in holders:
        return actor
    counts = Counter(m.actor for m in actors.mentions if m.kind in ("name", "surname"))
    top = max(holders, key=lambda a: counts[a.canonical])
    if counts[top.canonical] >= MAIN_HOLDER_RATIO * max(1, counts[actor.canonical]):
        return top
    return actor


def _relative(actors: ArticleActors, actor: Actor, gender: str) -> Actor | None:
    """The one other person of the article with *actor*'s surname and the pronoun's
    gender: "Taya Kyle, the wife of Chris Kyle ... Kyle won ... She said" -> Taya Kyle."""
    surname = actor.canonical.split()[-1]
    kin = [
        a
        for a in actors.actors.values()
        if a is not actor
        and a.type == "person"
        and a.gender == gender
        and a.canonical.split()[-1] == surname
    ]
    return kin[0] if len(kin) == 1 else None


def _word_edge(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a whole word."""
    return (start == 0 or not text[start - 1].isalnum()) and (
        end == len(text) or not text[end].isalnum()
    )


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
    voices = _voices(text, span, done) if gender else set()
    reporter = _reporter(low, gender, span, actors, done)
    if reporter is not None and reporter[0] not in voices:
        return reporter
    if not gender:
        return _neutral(low, span, actors, done, text)
    parallel = _parallel(text, low, span, done)
    if parallel is not None and parallel not in voices:
        return parallel, "person", False
    relative = relative_antecedent(text, span, actors, gender) if text else None
    if relative is not None and relative not in voices:  # "X, who ... his promise"
        return relative, "person", False
    speakers = {a.speaker for a in done if a.speaker}
    enclosing = _enclosing_reporter(span, actors, done, gender, speakers, text, voices)
    if enclosing is not None:
        return enclosing
    quoted = _quoted(span, done, own)
    for m in reversed(actors.between(0, span[0])):  # those before the pronoun, nearest first
        if m.kind == "pronoun" or _inside(m.start, quoted):
            continue
        actor = actors.actors[m.actor]
        if m.kind == "surname" and actor.gender != gender:
            actor = _relative(actors, actor, gender) or actor
        elif m.kind == "role":
            actor = main_holder(actors, actor, text[m.start : m.end])
        if _fits(actor, gender, speakers) and actor.canonical not in voices:
            described = _described_between(text, (m.end, span[0]), done, actors, gender, quoted)
            if described is not None and described not in voices:
                return described, "person", False
            once = _named_once(text, (m.start, span[0]), done, actors, gender, quoted, m)
            if once is not None and once not in voices:
                return once, "person", False
            subject = _subject_first(text, span, m, actors, gender, speakers, quoted)
            if subject is None and text:  # "Reyes, a member of team Brooks, faulted what he"
                subject = appositive_subject(text, span, m, actors, gender)
            if subject is None:
                subject = _salient(text, span, m, actors, gender, speakers, quoted)
            if subject is not None and subject.canonical in voices:
                subject = None
            return (subject or actor).canonical, "person", False
    for att in reversed(done):
        if att.speaker in voices:
            continue
        actor = actors.actors.get(att.speaker or "")
        if actor is not None and actor.type == "person" and actor.gender in ("", gender):
            if not not_a_person(actor):
                return actor.canonical, "person", False
            continue
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
        if actor.type == "person" and actor.gender in ("", gender) and not not_a_person(actor):
            return actor.canonical, "person", False
    unnamed = _unnamed_before(text, span, done)
    return unnamed or named_after(text, span, actors, gender) or (None, "person", False)


#: A source naming one unnamed person: "a senior official", "one of Mr Voss's former aides".
_ONE_UNNAMED = re.compile(r"(?:a|an|one|another)\s", re.I)
#: How far back (characters) the unnamed person a he or she stands for may have spoken.
_UNNAMED_REACH = 400


def _unnamed_before(text: str, span: Span, done: Sequence[Attribution]) -> Speaker | None:
    """An unnamed person who spoke just before a he or she that no named person fits:
    "one of Mr Voss's former aides accuses him ... She told the news agency" (anonymous)."""
    for att in reversed(done):
        if att.source is None or not att.speaker or span[0] - att.source[1] > _UNNAMED_REACH:
            continue
        if att.speaker != "anonymous" or not _ONE_UNNAMED.match(text, att.source[0]):
            return None
        return "anonymous", "anonymous", True
    return None
