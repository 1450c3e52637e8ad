"""Speakers of quotes without a source of their own: a quote with no cue (the person whose
sentence brings it in, else the previous speaker) and a first-person source inside a quote
("I think", "we want": the quote's speaker).

Run by :func:`.speakers.resolve_speakers`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..actor_names import organisation_words
from ..actors import ArticleActors, Mention
from .phrases import PRONOUN_GENDER
from .pronouns import SENTENCE_END, not_subject, resolve_pronoun
from .records import Attribution, Span
from .spoken_for import spoken_for

__all__ = ["FIRST_PERSON", "copy_speaker", "first_person_speakers", "introducer", "previous_quoted"]

Speaker = tuple[str | None, str, bool]  # canonical name, type, anonymous
_WORDS = re.compile(r"[\w’'\-]+")


def copy_speaker(att: Attribution, origin: Attribution) -> None:
    """Give *att* the speaker, type, anonymity, title and role of *origin*."""
    att.speaker, att.speaker_type, att.anonymous = (
        origin.speaker,
        origin.speaker_type,
        origin.anonymous,
    )
    att.speaker_title, att.speaker_role = origin.speaker_title, origin.speaker_role


#: The end of a sentence that brings a quote in: "Voss let himself boast: “", "He paused
#: before saying, “".
_LEAD_END = re.compile(r"[:,]\s*[\"“‘]?$")
#: A closing quote mark and the space after it: '“...,” Voss began his speech'.
_AFTER_QUOTE = re.compile(r"[\"”’']?\s+")
_VERB_AFTER = re.compile(r"\s+(?:then\s+|also\s+)?[a-z]+")


def introducer(
    text: str, actors: ArticleActors, att: Attribution, done: list[Attribution]
) -> Speaker | None:
    """The person who brings in a quote that has no cue: the subject of the sentence
    that opens it with a colon or comma ("Pence let himself boast: “...”", "He paused
    before saying, “...”"), or the person named right after its first part, before
    a verb ("“...,” Spicer began his tirade, “...”"). None when neither is there."""
    start, end = att.content[0]
    para = text.rfind("\n", 0, start) + 1
    lead = text[para:start]
    if _LEAD_END.search(lead) and not any(q in lead[:-2] for q in '"“”'):
        sentence = para + max((b.end() for b in SENTENCE_END.finditer(lead)), default=0)
        for m in actors.between(sentence, start):
            if m.type != "person" or not_subject(text, m, sentence) or _modifies(text, m):
                continue
            if m.kind == "pronoun":
                word = m.text.lower()
                if word not in PRONOUN_GENDER:
                    continue
                found = resolve_pronoun(word, (m.start, m.end), actors, done, text=text)
                return found if found[0] else None
            return m.actor, "person", False
    after = _AFTER_QUOTE.match(text, end)
    if after is not None:
        for m in actors.between(after.end(), after.end() + 1):
            if m.type == "person" and m.kind in ("name", "surname"):
                if _VERB_AFTER.match(text, m.end):
                    return m.actor, "person", False
    return None


def previous_quoted(done: Sequence[Attribution]) -> Attribution | None:
    """The last attribution of *done* that stands inside no earlier quote: the speaker an
    uncued quote continues. In '"We hope it will not be needed," she said. "..."' the
    "we hope" nested in the first quote is no speaker of its own (its "we" is only given
    the quote's speaker once every speaker is known)."""
    for k in range(len(done) - 1, -1, -1):
        att = done[k]
        start = att.source[0] if att.source is not None else att.content[0][0]
        if not any(
            o.kind in ("direct", "mixed") and o.content and _holds(o.content, start)
            for o in done[max(0, k - 8) : k]
        ):
            return att
    return None


def _modifies(text: str, mention: Mention) -> bool:
    """Whether a name modifies an organisation word after it ("the Voss campaign")."""
    word = (
        _WORDS.match(text, mention.end + 1) if text[mention.end : mention.end + 1] == " " else None
    )
    return word is not None and word.group(0) in organisation_words()


#: First-person sources ("I think", "my view", "we want"): the speaker of the quote around them.
FIRST_PERSON = frozenset("i me my we us our".split())


#: The first-person plural a spokesperson uses for whom they speak for.
_OURS = frozenset("we us our".split())
_CONTRACTED = re.compile(r"[’'](?:m|d|ve|ll|re|s)$", re.IGNORECASE)


def first_person_speakers(text: str, found: Sequence[Attribution]) -> None:
    """Give a first-person source inside a quote the quote's speaker (""I think it is
    over," Sen. Ana Brooks said" nests "I think"): the innermost quote around it that
    has a speaker (else the innermost attribution: reported speech inside a quote keeps
    the quoter's "I"). "we" and "our" keep their own reading outside a quote."""
    for att in found:
        if att.source is None:
            continue
        words = text[att.source[0] : att.source[1]].split()
        # "I’m"; a source that took the words after it ("We always assume") is its first
        word = _CONTRACTED.sub("", words[0]).lower() if words else ""
        if word not in FIRST_PERSON or any(w[:1].isupper() for w in words[1:]):
            continue
        a = att.source[0]
        around = [
            o for o in found if o is not att and o.speaker and o.content and _holds(o.content, a)
        ]
        # reported speech keeps the quoter's "I": in '"... a press release from Roth telling
        # me one thing, I would ...," Voss said' the "I" is Voss, not Roth
        quoted = [o for o in around if o.kind in ("direct", "mixed")]
        if not around:  # a quote paragraph going on from one whose quote stayed open
            around = quoted = _continued_quote(text, a, found)
        if quoted or around:
            innermost = min(quoted or around, key=lambda o: o.content[-1][1] - o.content[0][0])
            copy_speaker(att, innermost)
            principal = spoken_for(text, att.speaker or "") if word in _OURS else None
            if principal is not None:  # a spokesperson's "we": whom they speak for
                att.speaker, att.speaker_type, att.anonymous = principal


_OPENING_QUOTE = re.compile(r"\s*[“\"]")


def _continued_quote(text: str, position: int, found: Sequence[Attribution]) -> list[Attribution]:
    """The quoted attribution a quote paragraph holding *position* goes on from: its
    paragraph opens with a quote mark, the paragraph before left a quote open (news style
    for a quote over several paragraphs) and that quote is the content of an attribution
    with a speaker ('... acknowledged "my talks with two aides. / " I deeply regret ...'):
    that attribution alone, else none."""
    start = text.rfind("\n", 0, position) + 1
    if not _OPENING_QUOTE.match(text, start) or start < 2:
        return []
    before = text.rfind("\n", 0, start - 1)
    while before > 0 and not text[before + 1 : start].strip():  # blank lines between
        before = text.rfind("\n", 0, before)
    previous = text[before + 1 : start]
    if previous.count("“") <= previous.count("”") and previous.count('"') % 2 == 0:
        return []
    ending = [
        o
        for o in found
        if o.speaker
        and o.kind in ("direct", "mixed")
        and o.content
        and before < o.content[-1][1] <= start
    ]
    return ending[-1:]


def _holds(spans: Sequence[Span], position: int) -> bool:
    """Whether one of *spans* holds *position*."""
    for x, y in spans:
        if x <= position < y:
            return True
    return False
