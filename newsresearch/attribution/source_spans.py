"""Where a source after its cue ends (PARC convention): its relative clause, a final period.

A source placed after its cue ('"...," said Ana Roe, who ...') runs to the end of its
sentence in the PARC convention, a descriptive relative clause included ("said Ana Roe,
who slept in a tent with her sister", "said Tom Reyes, a junior at the school who was
protesting the speech"), but not a relative clause that is an attribution of its own
("said Ana Roe, who added that ...") nor a participle after it (", holding a sign").
The period of an abbreviation that ends the sentence ("in Appleton, Wis.", "R-S.C.") is
part of the source's last word.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from .records import Attribution, Span

__all__ = [
    "predicate_before",
    "with_title_after",
    "relative_tail",
    "reporting_verbs_in",
    "with_relative_after",
    "without_final_period",
]

#: A relative clause after a source or inside its appositive ("which" clauses there are
#: about the organisation an appositive ends in: ", director of X, which favors ...").
_RELATIVE = re.compile(r",?\s+(?:who|which|whose)\b")
_PERSON_RELATIVE = frozenset(("who", "whose"))
#: A relative clause right after a source after its cue (", who ...").
_RELATIVE_AFTER = re.compile(r",\s+(?=(?:who|whose)\b)")
#: What ends a relative clause kept in a source: a participle or a setting after a comma
#: (", holding a sign", ", in an email"), a dash or a parenthesis.
_CLAUSE_STOP = re.compile(
    r",\s+(?:[a-z]+ing|in|at|on|as|when|while|after|before|because|according)\b|\s[—–-]{1,2}\s|\("
)
#: Marks that keep a relative clause out: a quotation or a colon inside it.
_NOT_IN_CLAUSE = re.compile(r"[\"“”:;]")
#: The most words of a relative clause kept in a source.
MAX_RELATIVE_WORDS = 25
_WORD = re.compile(r"[\w’'-]+")
#: The AP abbreviations of states, written with a final period ("Wis.", "Calif.").
_STATES = (
    "Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo "
    "Mont Neb Nev Okla Ore Pa Tenn Tex Vt Va Wash Wis Wyo Jr Sr"
)
#: The last word of a source that ends in an abbreviation: "Wis.", "R-S.C.", "N.Y.", "Jr.".
_ABBREVIATED_END = re.compile(
    rf"(?:(?<![\w.])(?:{'|'.join(_STATES.split())})|(?<![\w.])[A-Z](?:\.[A-Z])+)$"
)


#: Words after which a reporting-verb form is a noun or an adjective ("a report", "the
#: alleged killer", "a state that").
_NOUN_MARKERS = frozenset("a an the this his her its their our my your of".split())


def reporting_verbs_in(words: Sequence[str], cue_forms: Collection[str]) -> list[str]:
    """The *words* (lower case) that are reporting verbs: forms in *cue_forms* not right
    after a determiner, a possessive or "of".

    Examples
    --------
    >>> reporting_verbs_in("who issued a report in a state".split(), {"report", "state"})
    []
    >>> reporting_verbs_in("who said it".split(), {"said"})
    ['said']
    """
    prev = [""] + [w.lower() for w in words[:-1]]
    return [
        w.lower()
        for w, p in zip(words, prev, strict=True)
        if w.lower() in cue_forms and p not in _NOUN_MARKERS
    ]


def relative_tail(
    tail: str, start: int, *, cue_starts: Collection[int] = (), cue_forms: Collection[str] = ()
) -> str:
    """*tail*, the words after a source after its cue (at *start* in the text), up to the
    relative clause in it unless the clause describes the source: no attribution's cue
    (in *cue_starts*) and no reporting verb (in *cue_forms*) inside it, no quotation or
    colon, at most :data:`MAX_RELATIVE_WORDS` words; a participle or setting after a comma
    ends it.

    Examples
    --------
    >>> t = ", a junior at the school who was protesting the speech, holding a sign"
    >>> relative_tail(t, 0)
    ', a junior at the school who was protesting the speech'
    >>> relative_tail(", a senator who added that it was late", 0, cue_forms={"added"})
    ', a senator'
    """
    m = _RELATIVE.search(tail)
    if m is None:
        return tail
    head = tail[: m.start()].rstrip(" ,")
    if m.group(0).split()[-1] not in _PERSON_RELATIVE:
        return head
    stop = _CLAUSE_STOP.search(tail, m.end())
    clause = tail[m.start() : stop.start() if stop is not None else len(tail)].rstrip(" ,")
    words = [w.lower() for w in _WORD.findall(clause)]
    if (
        len(words) > MAX_RELATIVE_WORDS + 1
        or _NOT_IN_CLAUSE.search(clause)
        or any(start + m.start() <= c < start + m.start() + len(clause) for c in cue_starts)
        or reporting_verbs_in(words, cue_forms)
    ):
        return head
    return head + clause


def with_relative_after(
    text: str,
    source: Span,
    limit: int,
    *,
    cue_starts: Collection[int] = (),
    cue_forms: Collection[str] = (),
) -> Span:
    """*source*, after its cue, with the relative clause right after it that describes it and
    ends its sentence before *limit* ('"...," said Ana Roe, who slept in a tent.'); else
    *source*.

    Examples
    --------
    >>> t = '"It was a party," said Ana Roe, who slept in a tent with her sister.'
    >>> a, b = with_relative_after(t, (t.index("Ana"), t.index(", who")), len(t))
    >>> t[a:b]
    'Ana Roe, who slept in a tent with her sister'
    """
    a, b = source
    if _RELATIVE_AFTER.match(text, b, limit) is None:
        return source
    tail = text[b:limit].rstrip().rstrip(".!?").rstrip()
    kept = relative_tail(tail, b, cue_starts=cue_starts, cue_forms=cue_forms)
    return a, b + len(kept)


def without_final_period(text: str, end: int) -> int:
    """Where a source that runs to the end of its sentence at *end* (its final period
    stripped) ends: after the period when its last word is an abbreviation ("in Appleton,
    Wis.", "Rep. Carl Benning, R-S.C.").

    Examples
    --------
    >>> t = "said Ana Roe, a professor in Appleton, Wis. Then"
    >>> t[: without_final_period(t, t.index(". Then"))]
    'said Ana Roe, a professor in Appleton, Wis.'
    """
    if text[end : end + 1] == "." and _ABBREVIATED_END.search(text, max(0, end - 12), end):
        return end + 1
    return end


def predicate_before(text: str, att: Attribution, found: Sequence[Attribution]) -> int | None:
    """Where the cue of an earlier attribution in *found* with the same source as *att*
    starts between that source and *att*'s cue, or None: "A negotiator, Tom Reyes, [brushed
    aside] the tweets, saying ...": the source of "saying" ends before "brushed aside", as
    that of "brushed aside" does (not a cue in a relative clause: "Ana Roe, who wrote the
    book, agrees").

    Examples
    --------
    >>> t = "Ana Roe brushed it off, saying so."
    >>> first = Attribution("indirect", (0, 7), (8, 21), [(22, 23)])
    >>> second = Attribution("indirect", (0, 7), (24, 30), [(31, 33)])
    >>> predicate_before(t, second, [first, second]), predicate_before(t, first, [first, second])
    (8, None)
    """
    if att.source is None or att.cue is None:
        return None
    starts = [
        other.cue[0]
        for other in found
        if other.source == att.source
        and other.cue is not None
        and att.source[1] <= other.cue[0] < att.cue[0]
        and _IN_RELATIVE.search(text, att.source[1], other.cue[0]) is None
    ]
    return min(starts, default=None)


#: The relative pronoun (and up to two auxiliaries or adverbs) right before a cue.
_IN_RELATIVE = re.compile(r"\b(?:who|which|whose|that)\s+(?:[\w’'-]+\s+){0,2}$")


#: A title after an organisation's name that ends in a person's name and its sentence:
#: "[GOP] strategist and CNN contributor Ana Roe", "[GOP] pollster – and X adviser – Ana Roe".
_TITLE_TO_NAME = re.compile(
    r"\s+(?P<role>[a-z][\w-]*)(?:\s+(?:[a-z][\w-]*|[A-Z][\w’'.&-]*|[–—]|--))*?"
    r"\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'.-]*){1,2})\s*$"
)
#: The most words of such a title and name.
MAX_TITLE_WORDS = 12


def with_title_after(text: str, source: Span, limit: int) -> Span:
    """*source*, one capitalised word after its cue ("GOP"), with the title and the name
    after it that end its sentence before *limit*: '"...," said GOP strategist and CNN
    contributor Ana Roe.' -> "GOP strategist and CNN contributor Ana Roe"; else *source*.

    Examples
    --------
    >>> t = '"It works," said GOP strategist and CNN contributor Ana Roe.'
    >>> a, b = with_title_after(t, (t.index("GOP"), t.index(" strategist")), len(t))
    >>> t[a:b]
    'GOP strategist and CNN contributor Ana Roe'
    """
    from .phrases import role_word

    a, b = source
    if " " in text[a:b] or not text[a : a + 1].isupper():
        return source
    tail = text[b:limit].rstrip().rstrip(".!?")
    m = _TITLE_TO_NAME.match(tail)
    if m is None or not role_word(m.group("role")) or len(tail.split()) > MAX_TITLE_WORDS:
        return source
    return a, b + m.end("name")
