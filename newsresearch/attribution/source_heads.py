"""The head noun phrase that a source's prepositional phrase hangs on (PARC convention).

The subject search stops at a preposition, so before a cue it keeps only the noun
phrase after the last one: "an earlier version of [this article] incorrectly said",
"Early data from [Moderna's vaccine] showed", "A new petition sent out by [the
committee] urges". PARC sources are the full noun phrase, so when the words before
such a source are a noun phrase and a preposition that open their clause, the source
takes them too; the speaker keeps the name the search found.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from .phrases import role_word
from .records import Span

__all__ = ["with_description", "with_head_phrase"]

#: Prepositions that tie a source to the noun phrase before it.
_LINK = r"of|from|for|in|with|on|at|among|by"
#: The preposition right before a source.
_LINK_BEFORE = re.compile(rf"\s(?P<link>{_LINK})\s+$")
#: A word of a head phrase ("U.S.", "Moderna's", "61%", "co-chair").
_WORD = re.compile(r"[\w’'%.\-]+")
#: The most words of a head phrase before its preposition.
MAX_HEAD_WORDS = 6
#: What may stand right before such a head phrase: the start of the text, punctuation, or a
#: word that opens a clause (the head phrase is then the whole subject of the cue's clause).
_CLAUSE_OPENING = re.compile(
    r"(?:^|[.!?:;,(\"“—–]\s*|\n|(?<![\w’'])(?:[Bb]ut|[Aa]fter|[Bb]ecause|[Ww]hile|[Ww]hen|[Ss]ince|"
    r"[Tt]hough|[Aa]lthough|[Ww]hether|[Ii]f|[Tt]hat|[Aa]s)\s+)$"
)
#: Lower-case words that open a head phrase: determiners, quantifiers, a few adjectives.
_DETERMINERS = frozenset(
    "the a an some many most all one another only this these those half several early new "
    "late leaked".split()
)
#: A number ("61", "33%") that opens a head phrase.
_NUMBER = re.compile(r"\d[\d.,]*%?")
#: Words no noun phrase holds: pronouns, auxiliaries, conjunctions and common verbs.
_NOT_IN_PHRASE = frozenset(
    "he she it they we i you him her them us me and or but who which that what "
    "is are was were be been being has have had do does did will would could should "
    "can may might must not said says say told tells met spoke called asked went came to also "
    "took made got gave there here when where while drew draws won wins lost saw sees found "
    "sought brought caught kept paid heard began faces takes makes gives gets".split()
)
#: A relative clause after a source: the source is the antecedent, often an object.
_RELATIVE_AFTER = re.compile(r"\s*,\s*(?:who|which)\b")
#: A participle (with its particle) between a head and "by": "a petition sent out by".
_PARTICIPLE = re.compile(r"(?:[a-z]+ed|sent|written|made|taken|given|drawn|shown|held)")
_PARTICLE = frozenset("out up off".split())
#: The most links followed from a source to the left ("a review of some of the ...").
MAX_LINKS = 4


def _head_phrase(text: str, start: int, floor: int, depth: int = MAX_LINKS) -> int | None:
    """The start of the noun phrase and preposition before *start* (and of those before
    it, up to *depth* links) that opens its clause, or None."""
    if depth == 0:
        return None
    link = _LINK_BEFORE.search(text, max(floor, start - 12), start)
    if link is None:
        return None
    lo = max(floor, link.start() - 90)
    words: list[re.Match[str]] = []
    for w in reversed(list(_WORD.finditer(text, lo, link.start()))):
        if text[w.end() : words[-1].start() if words else link.start()] != (
            "" if not words else " "
        ):
            break
        if w.group(0).endswith(".") and w.group(0)[:-1].isalpha() and w.group(0)[:-1].islower():
            break  # the end of the sentence before ("last year. Officials in ...")
        words.append(w)
        if len(words) == MAX_HEAD_WORDS:
            break
    words.reverse()
    if words and words[0].start() == lo and lo > floor and text[lo - 1].isalnum():
        words = words[1:]  # a word the window cut
    for k in range(len(words)):
        # the longest phrase that opens its clause, no verb, pronoun or conjunction in it
        tail = [w.group(0) for w in words[k:]]
        if link.group("link") == "by":  # "a petition sent out by X", not "a decision by X"
            last = -2 if tail[-1] in _PARTICLE else -1
            if len(tail) < 1 - last or not _PARTICIPLE.fullmatch(tail[last]):
                continue
            tail = tail[:last]
        if not _noun_phrase(tail):
            continue
        if len(tail) == 1 and not tail[0][:1].isupper() and not _plural_or_count(tail[0]):
            continue  # "a" alone, or an adverb: no head
        begin = words[k].start()
        if _CLAUSE_OPENING.search(text, max(floor, begin - 12), begin) or begin == floor:
            return begin
        further = _head_phrase(text, begin, floor, depth - 1)  # "the study with the data on"
        if further is not None:
            return further
    return None


def _noun_phrase(words: list[str]) -> bool:
    """Whether *words* can be a noun phrase that opens a clause: a determiner, a number or a
    capital first; no pronoun, auxiliary, conjunction, adverb in -ly or common verb; after a
    capitalised word, a lower-case one only past a possessive ("Vox’s editor", not
    "Democrats look")."""
    first = words[0]
    if not (first.lower() in _DETERMINERS or _NUMBER.fullmatch(first) or first[:1].isupper()):
        return False
    for j, word in enumerate(words):
        low = word.lower()
        if (low in _NOT_IN_PHRASE and not word.isupper()) or (j and low.endswith(("ly", "ed"))):
            return False
        prev = words[j - 1] if j else ""
        if low == "of" and j + 1 < len(words) and words[j + 1][:1].isupper():
            continue  # inside a name: "the Court of Appeals"
        if (
            word[:1].islower()
            and prev[:1].isupper()
            and prev.lower() not in _DETERMINERS
            and not prev.endswith(("’s", "'s"))
        ):
            return False
    return True


def _plural_or_count(word: str) -> bool:
    """A lone word that can head a phrase: "critics in X", "half of Y", "most of Z"."""
    return word.lower() in ("half", "most", "many", "some", "all") or word.endswith("%")


def with_head_phrase(text: str, source: Span, *, starts: Sequence[int] = ()) -> Span:
    """*source* (before its cue) with the noun phrase and preposition before it when they
    open its clause: "an earlier version of this article" for "this article", "the Court of
    Appeals for the Ninth Circuit" for "the Ninth Circuit" (not "He spoke with [X]", "the
    decision by [X]" without a participle, nor "The plan drew criticism from [X], who said");
    else *source*.

    Parameters
    ----------
    text : str
        The article text.
    source : tuple of int
        The source span, which ends before its cue.
    starts : sequence of int, optional
        The sorted sentence starts of *text*; the search to the left stops at the start
        of the source's sentence.

    Returns
    -------
    tuple of int
        The widened span or *source*.

    Examples
    --------
    >>> t = "But an earlier version of this article said"
    >>> a, b = with_head_phrase(t, (t.index("this"), t.index(" said")))
    >>> t[a:b]
    'an earlier version of this article'
    """
    if _RELATIVE_AFTER.match(text, source[1]):
        return source  # "The plan drew criticism from X, who argued": X is an object
    i = bisect.bisect_right(starts, source[0]) - 1
    start = _head_phrase(text, source[0], starts[i] if i >= 0 else 0)
    return source if start is None else (start, source[1])


#: A first name before a quoted nickname before a source: "Andrew “FoFo” [Gilich]".
_NICKNAME_BEFORE = re.compile(r"[A-Z][\w’'.\-]*\s+[“\"][A-Z][\w’'.\-]*[”\"]\s+$")
#: A description and its comma before a name: "Another expert, ", "Biloxi’s mayor, ".
_DESCRIPTION_BEFORE = re.compile(r"(?P<desc>[\w’'.\-]+(?:\s+[\w’'.\-]+){0,5}),\s+$")
#: Words in -er/-or that end no description of a person ("A day later, ...").
_NOT_ROLES = frozenset("later earlier after ago together ever never however rather".split())


def with_description(text: str, source: Span, *, starts: Sequence[int] = ()) -> Span:
    """*source* (a name before its cue) with a quoted nickname inside it and the description
    before it that opens its clause: "Another expert, Yossi Ren", "Halden’s mayor, Andrew
    “FoFo” Gilich" (PARC keeps both); not an adverbial ("The next day, Voss said").

    Parameters
    ----------
    text : str
        The article text.
    source : tuple of int
        The source span, which ends before its cue.
    starts : sequence of int, optional
        The sorted sentence starts of *text*.

    Returns
    -------
    tuple of int
        The widened span or *source*.

    Examples
    --------
    >>> t = "Another expert, Yossi Ren, suggested"
    >>> a, b = with_description(t, (t.index("Yossi"), t.index(",", 20)))
    >>> t[a:b]
    'Another expert, Yossi Ren'
    """
    a, b = source
    if not text[a : a + 1].isupper():
        return source
    i = bisect.bisect_right(starts, a) - 1
    floor = starts[i] if i >= 0 else 0
    nickname = _NICKNAME_BEFORE.search(text, max(floor, a - 40), a)
    a = nickname.start() if nickname is not None else a
    m = _DESCRIPTION_BEFORE.search(text, max(floor, a - 60), a)
    if m is None:
        return a, b
    words = m.group("desc").split()
    for k in range(len(words)):
        tail = words[k:]
        last = tail[-1]
        if not last[:1].islower() or last in _NOT_ROLES or not role_word(last):
            return a, b
        begin = text.index(tail[0], m.start("desc") + len(" ".join(words[:k])))
        opens = begin == floor or _CLAUSE_OPENING.search(text, max(floor, begin - 12), begin)
        if opens and _noun_phrase(tail) and len(tail) > 1:
            return begin, b
    return a, b


def before_stray_paren(text: str, a: int, b: int) -> int:
    """The end of a source ``[a, b)`` before a closing parenthesis it never opened: the end
    of the parenthesis the cue sits in ("(according to Ana Lind) before ..." -> "Ana Lind").

    Examples
    --------
    >>> t = "the door (according to Ana Lind) before breaking it in"
    >>> a = t.index("Ana")
    >>> t[a : before_stray_paren(t, a, len(t))]
    'Ana Lind'
    """
    depth = 0
    for k in range(a, b):
        if text[k] == "(":
            depth += 1
        elif text[k] == ")":
            if depth == 0:
                return len(text[a:k].rstrip()) + a
            depth -= 1
    return b


#: Discourse adverbs set off by commas after a source: no appositive ("McConnell, though,").
_DISCOURSE_WORDS = frozenset("though however meanwhile instead too also in for".split())
#: An aside that opens with a participle, or a verb and its object, is no appositive.
_VERB_ASIDE = re.compile(
    r"(?:[a-z]+ing|based|not)\b|(?:[a-z]+ed|made|took|sent|gave|drew)\s+(?:the|a|an|his|her|their|its)\b"
)


def is_aside(words: str) -> bool:
    """Whether the words set off by commas between a source and its cue are an aside, no
    appositive: a discourse adverb ("McConnell, though, said", "Roe, for his part, said"), a
    participle ("Roe, writing in X, reports") or a verb and its object ("Roe and Lind, R-Wis.,
    made the rounds, pushing back").

    Examples
    --------
    >>> is_aside("made the rounds"), is_aside("for his part"), is_aside("a senator")
    (True, True, False)
    >>> is_aside("including Time and Politico")  # the members of the source: no aside
    False
    """
    if _MEMBERS.match(words):
        return False
    return words.split()[0].lower() in _DISCOURSE_WORDS or _VERB_ASIDE.match(words) is not None


#: The members of a source listed after it ("A number of outlets, including X and Y, reported").
_MEMBERS = re.compile(r"(?:including|such\s+as|among\s+them)\s")


#: The first appositive after a name, up to its comma: ", director of the X Center,".
_FIRST_APPOSITIVE = re.compile(r",\s+(?P<app>[^,;:\"“”()\n]{3,120}?),\s")
#: How a description opens: a lower-case word or a possessive ("POLITICO’s editor").
_DESCRIPTION_OPENS = re.compile(r"[a-z][\w\-]*\b(?![’'])|[A-Z][\w.\-]*[’']s\s+[a-z]")
#: The most words of such an appositive.
MAX_FIRST_APPOSITIVE_WORDS = 20


def with_first_appositive(text: str, source: Span, cue_start: int) -> Span:
    """*source*, a name before its cue, with the description set off by commas right after
    it when more words than appositives stand between them: "Ana Lind, [director of the
    Halden Centre], a group campaigning against “pollution,” says", "John Roe, [the Ledger’s
    editor], sympathized with them but suggested" (else *source*).

    Examples
    --------
    >>> t = "John Roe, the Ledger’s editor, agreed but suggested"
    >>> a, b = with_first_appositive(t, (0, 8), t.index("suggested"))
    >>> t[a:b]
    'John Roe, the Ledger’s editor'
    """
    a, b = source
    words = text[a:b].split()
    if not words or not all(w[:1].isupper() for w in words):
        return source
    m = _FIRST_APPOSITIVE.match(text, b, cue_start)
    if m is None or _DESCRIPTION_OPENS.match(m.group("app")) is None:
        return source
    app = m.group("app")
    if len(app.split()) > MAX_FIRST_APPOSITIVE_WORDS or is_aside(app):
        return source
    if re.search(r"\b(?:who|whose|which|that|and|but|or)\b", app):
        return source  # a clause or a list, no description
    return a, m.end("app")
