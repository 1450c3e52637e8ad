"""Where the content of indirect speech ends: a contrast clause, a chained cue, a second
cue of the same subject, "according to" or a participial clause after a comma.

``said the plan would fail, although he ...``, ``..., saying ...``, ``... and claiming
...``, ``... and he insisted ...``, ``..., according to aides``, ``..., casting it as
...``: what follows belongs to the sentence, not to the reported content. In the PARC convention
a content also ends after the closing mark of a quote it opened and before the day of an act
after a plain object (:func:`closing_open_quote`, :func:`object_without_day`).
"""

from __future__ import annotations

import re

from .cues import cue_lexicon
from .records import WEEKDAY

__all__ = [
    "closing_open_quote",
    "content_end",
    "tail_end",
    "without_stray_close",
    "inside_quote",
    "in_quote_marks",
    "joined_across_sentences",
    "aside_end",
    "object_without_day",
    "past_open_quote",
    "quote_only",
    "second_cue",
    "subordinate_end",
]

# Where the content of an indirect attribution ends: a contrast clause, a chained
# cue (", saying ..." / " and claiming ...") or a second speaker (" and former president X has called ...").
# Every stop opens with a comma or a white space: that one class first (the engine scans
# for it; an alternation that opens with "\s+" gets no such scan), and a look-behind picks
# the branch. The group "contrast" is the text after the comma (only tested for a match).
_CONTENT_STOP = re.compile(
    r"[,\s](?:(?<=,)(?P<contrast>\s+(?:although|though|while|whereas|"
    r"but(?!\s+(?:that|also|not|rather|only)\b))\s)"
    r"|(?<=\s)\s*and\s+(?:(?:the|former|a|an)\s+)?(?:[A-Z][\w’'.\-]*\s+){1,5}"
    r"(?:(?:has|had|also|then)\s+)?(?P<cue2>[a-z]+)\b"
    r"|(?:(?<=,)(?:\s+and(?=\s+[a-z]+s\b))?|(?<=\s)\s*and)\s+(?P<verb>[a-z]+)\b)"
)


def content_end(text: str, rest_a: int, sb: int) -> int:
    """Where the content stops: ", saying ..." / " and claiming ..." / ", although he ..."."""
    sb = _next_clause(text, rest_a, _main_verb_again(text, rest_a, sb))
    if text.find(",", rest_a, sb) < 0 and text.find("and", rest_a, sb) < 0:
        return second_cue(text, rest_a, sb)  # every stop needs a comma or "and"
    lexicon = cue_lexicon()
    for stop in _CONTENT_STOP.finditer(text[rest_a:sb]):
        word = stop.group("verb") or stop.group("cue2")
        chained = word is not None and word in lexicon and _speech_reading(text, rest_a, stop)
        if stop.group("contrast") and inside_quote(text, rest_a, rest_a + stop.start()):
            continue  # 'said the plan was "good, but late"'
        if _participle_after_comma(stop, word) and not inside_quote(
            text, rest_a, rest_a + stop.start()
        ):
            return min(rest_a + stop.start(), second_cue(text, rest_a, sb))
        if chained and inside_quote(text, rest_a, rest_a + stop.start()):
            continue  # 'they “knew and understood” her role': a quote is not cut
        if stop.group("contrast") or (chained and (word.endswith("ing") or stop.group("cue2"))):
            return min(rest_a + stop.start(), second_cue(text, rest_a, sb))
        if chained and stop.group(0).lstrip(",").strip().startswith("and"):
            return min(rest_a + stop.start(), second_cue(text, rest_a, sb))
    return second_cue(text, rest_a, sb)


#: Cue forms that report speech only with a particle after them ("hit back at", "hit out
#: at"); without one they are acts of the content ("the strike took out a wing [and hit] a
#: fuel depot", "kicking [and hitting] him").
_PARTICLE_FORMS = frozenset(("hit", "hits", "hitting"))
_PARTICLE = re.compile(r"\s+(?:back|out)\b")


def _speech_reading(text: str, a: int, stop: re.Match[str]) -> bool:
    """Whether the cue form that *stop* (found in ``text[a:]``) ends on reads as speech."""
    word = stop.group("verb") or stop.group("cue2")
    return word not in _PARTICLE_FORMS or _PARTICLE.match(text, a + stop.end()) is not None


#: A clause of the sentence after the content, outside a quote: a consequence of the main
#: clause ("perceive the group as a threat [and so move] to crush it"), a second speaker
#: with a plain plural subject ("said the text was unacceptable [and diplomats said] ..."),
#: a contrast with a named subject and its past verb ("denied the troops were behind the
#: attack [but Western countries dismissed] ...").
_NEXT_CLAUSE = re.compile(
    r"\s+and\s+so\s+[a-z]+\b"
    r"|,?\s+and\s+(?:(?:the|other|some|many|most)\s+)?[a-z]+s\s+(?P<cue>[a-z]+)\b"
    r"|\s+but\s+(?:(?:the|other)\s+)?(?:[A-Z][\w’'.\-]*\s+){1,4}(?:[a-z]+\s+)?[a-z]+ed\b"
)


def _next_clause(text: str, a: int, b: int) -> int:
    """Where a clause of the sentence, not of the content, starts in ``[a, b)`` (see
    :data:`_NEXT_CLAUSE`), else *b*.

    Examples
    --------
    >>> t = "the text was unacceptable and diplomats said it would fail."
    >>> t[: _next_clause(t, 0, len(t))]
    'the text was unacceptable'
    """
    if text.find(" and ", a, b) < 0 and text.find(" but ", a, b) < 0:
        return b
    lexicon = cue_lexicon()
    for m in _NEXT_CLAUSE.finditer(text, a, b):
        word = m.group("cue")
        if word is not None and (word not in lexicon or word.endswith("ing")):
            continue  # "anecdotes of patients and parents requesting such tests"
        if not inside_quote(text, a, m.start()):
            return m.start()
    return b


#: Words in -ing after a comma that do not open a participial clause of the main verb.
_NOT_PARTICIPLE = frozenset(
    "including during something nothing anything everything morning evening thing things "
    "king spring string regarding concerning notwithstanding".split()
)


def _participle_after_comma(stop: re.Match[str], word: str | None) -> bool:
    """Whether *stop* is a comma before "according" or a participial clause, which belong
    to the sentence, not to the content ("said the deal is done, according to aides",
    "said taxes will fall, casting it as a win")."""
    if word is None or stop.group("verb") is None or not stop.group(0).startswith(","):
        return False
    return word == "according" or (
        word.endswith("ing") and len(word) > 5 and word not in _NOT_PARTICIPLE
    )


#: A clause of the sentence after an inverted cue and its source: a participle after a
#: comma or a dash (", alluding to ...", "– echoing a catchphrase ..."), a subordinate
#: clause after a dash ("– even as it outlined plans ...").
_TAIL_CLAUSE = re.compile(
    r"(?:,|\s?[—–])\s*(?:(?P<ing>[a-z]+ing)\b|(?:even\s+)?(?:as|while|though|although)\s)"
)


def tail_clause(tail: str) -> int:
    """Where a clause of the sentence starts in *tail*, the text after an inverted cue
    (else its length): what follows belongs to the sentence, not to the source's words.

    Examples
    --------
    >>> tail = " on Tuesday, alluding to the vote."
    >>> tail[: tail_clause(tail)]
    ' on Tuesday'
    """
    lexicon = cue_lexicon()
    for m in _TAIL_CLAUSE.finditer(tail):
        word = m.group("ing")
        if word is None:  # a subordinate clause: after a dash only (", as X" may describe X)
            if not m.group(0).startswith(","):
                return m.start()
        elif word in lexicon or (len(word) > 5 and word not in _NOT_PARTICIPLE):
            return m.start()
    return len(tail)


def inside_quote(text: str, a: int, b: int) -> bool:
    """Whether *b* lies inside a quotation opened in ``[a, b)``."""
    part = text[a:b]
    return part.count("“") > part.count("”") or part.count('"') % 2 == 1


def in_quote_marks(text: str, position: int) -> bool:
    """Whether *position* is inside a quotation opened earlier in its paragraph.

    Examples
    --------
    >>> text = 'Voss said: "We will win.\\nShe left.'
    >>> in_quote_marks(text, text.index("win")), in_quote_marks(text, text.index("left"))
    (True, False)
    """
    return inside_quote(text, text.rfind("\n", 0, position) + 1, position)


# A second cue of a pronoun or of the same subject: ", and he insisted", " but wants".
_SECOND_CUE = re.compile(
    r" (?:(?:and|but)\s+(?:he|she|they|it|we|I)|but(?:\s+also)?)\s+"
    r"(?:(?:has|had|also|then|later|[a-z]+ly)\s+)?(?P<cue>[a-z]+)\b"
)


def second_cue(text: str, a: int, b: int) -> int:
    """Where a second cue of a pronoun or of the same subject starts in ``[a, b)`` (its
    comma included), else *b*."""
    lexicon = cue_lexicon()
    best = b
    for link in (" and ", " but "):
        pos = text.find(link, a, best)
        while pos >= 0:
            m = _SECOND_CUE.match(text, pos, b)
            if m is not None and m.group("cue") in lexicon:
                best = pos - 1 if text[pos - 1 : pos] == "," else pos
                break
            pos = text.find(link, pos + 1, best)
    return best


#: A second predicate of the main clause: ", and" or "but" with a past or modal verb and no
#: subject ("said it would exceed the caps[, and called for] reforms", "said ... [but offered
#: no specifics]"); without the comma "and" too often joins two adjectives or two verbs of
#: the content ("unfair and biased"): measured worse on the development gold.
_MAIN_VERB_AGAIN = re.compile(
    r"(?:,\s+and|,?\s+but)\s+(?:(?:also|then|later|so|quickly|[a-z]+ly)\s+)?"
    r"(?:(?:has|had|would|will|could|can|may|might|should|must|did|does)\s+)?"
    r"(?:[a-z]+ed|became|cast|gave|made|took|told|said|went|came|left|met|sent|put|"
    r"offered|refused)\b"
)


#: A second predicate with an auxiliary and no comma ("vowed to punish protesters [and had
#: a message for ...]", "opposes the tax [and has been criticized]", "wants to meet him [and
#: is also why ...]"): it ends a content that is only an object or an infinitive, not a
#: clause of its own (see :func:`_has_own_verb`; "said it complies with the law and has
#: hired a firm" keeps it, as the sample gold does).
_AUX_AGAIN = re.compile(
    r"\s+(?:and|but)\s+(?:(?:also|then|later|so|quickly|[a-z]+ly)\s+)?"
    r"(?:has|had|would|will|is|was|are|were|may|might|could|can|should|must|"
    r"(?:did|does|do)\s+not)\b"
)


#: A word that may be a finite verb: an auxiliary, or a word in -ed or -s after a word
#: that is no determiner or preposition ("it complies", "the deal reflected").
_FINITE = re.compile(
    r"\b(?:is|was|are|were|has|had|have|will|would|can|could|may|might|should|must|did|"
    r"does|do)\b|(?<!\bthe )(?<!\ban )(?<!\ba )(?<!\bas )(?<!\bof )(?<=[a-z,”\"] )"
    r"(?!(?:this|its|thus|plus|less|unless|news|always|perhaps)\b)[a-z]{2,}(?:ed|s)\b"
)


def _main_verb_again(text: str, a: int, b: int) -> int:
    """Where a second predicate of the main clause starts in ``[a, b)``, outside a quote
    (else *b*)."""
    if text.find(" and ", a, b) < 0 and text.find(" but ", a, b) < 0:
        return b
    for m in _MAIN_VERB_AGAIN.finditer(text, a, b):
        if not inside_quote(text, a, m.start()):
            b = m.start()
            break
    for m in _AUX_AGAIN.finditer(text, a, b):
        if not inside_quote(text, a, m.start()) and not _has_own_verb(text, a, m.start()):
            return m.start()
    return b


def _has_own_verb(text: str, a: int, b: int) -> bool:
    """Whether ``[a, b)`` may hold a finite verb (a clause, "it complies with the law"),
    not only an object or an infinitive ("the offer", "to punish protesters")."""
    return not text.startswith("to ", a) and _FINITE.search(text, a, b) is not None


#: What may follow a quoted object and belong to the sentence, not to the content:
#: 'wrote “liar” in chalk', 'called it "a disgrace" after the vote'.
_AFTER_QUOTED_OBJECT = re.compile(
    r"\s+(?:in|on|at|after|before|when|while|during|as|because|since|until|that\s+is|to\s+describe)\b"
)


def quote_only(text: str, ca: int, cb: int) -> int:
    """The end of a content that opens with a quote: the quote alone when the sentence
    goes on after it with a circumstance ('wrote “liar” in chalk on his door')."""
    if ca >= cb or text[ca] not in '“"':
        return cb
    close = text.find("”" if text[ca] == "“" else '"', ca + 1, cb)
    if close < 0 or not _AFTER_QUOTED_OBJECT.match(text, close + 1, cb):
        return cb
    return close + 1


#: How far past its sentence a quote opened in a content may run to its closing mark.
MAX_QUOTE_RUN = 400


def past_open_quote(text: str, a: int, sb: int) -> int:
    """The end of the sentence ``[a, sb)``, or past the closing mark of a quote opened in it
    and left open at its end ('said it was vital "because this is our security. Iran with
    such weapons is a threat."'), when that mark comes in the same paragraph."""
    if not inside_quote(text, a, sb):
        return sb
    close = "”" if text.rfind("“", a, sb) > text.rfind('"', a, sb) else '"'
    end = text.find(close, sb, sb + MAX_QUOTE_RUN)
    if end < 0 or "\n" in text[sb:end]:
        return sb
    return end + 1


#: A subordinator that opens a sentence: the clause it opens ends at its comma ("While
#: Democrats seemed resistant to the plan, experts say ...").
_SUBORDINATE = re.compile(
    r"(?:(?:But|And|Yet|So)\s+)?(?:While|Although|Though|Whereas|If|Even\s+if|Even\s+though|"
    r"Because|Since|Unless|As|Once|After|Before|When)\s"
)
_CLAUSE_COMMA = re.compile(r",\s")


def subordinate_end(text: str, sa: int, cue_a: int, ca: int, cb: int) -> int:
    """The end of a content ``[ca, cb)`` whose cue at *cue_a* sits in a subordinate clause
    that opens the sentence at *sa*: its comma, the main clause following
    ("Although Voss says taxes will rise, the bill passed" -> "taxes will rise")."""
    if not _SUBORDINATE.match(text, sa, cue_a) or text.find(",", sa, cue_a) >= 0:
        return cb
    for m in _CLAUSE_COMMA.finditer(text, ca, cb):
        if len(text[ca : m.start()].split()) > 1 and not inside_quote(text, ca, m.start()):
            return m.start()  # (not the comma of an opening "however,")
    return cb


#: The closing mark of a quote, with the comma written inside it (',”').
_CLOSE_AFTER = re.compile(r",?[”\"]")


#: The close of a quote in single marks, after its own punctuation (",'" "?’").
_SINGLE_CLOSE = re.compile(r"[,.?!][’'](?![\w’'])")
#: The most characters of a quote in single marks.
MAX_SINGLE_QUOTE_CHARS = 400


def closing_open_quote(text: str, a: int, b: int) -> int:
    """The end of indirect or mixed content ``[a, b)`` with the closing mark of a quote it
    opened ('was on "serving ... the Indiana General Assembly.”', with marks of two styles,
    or 'where "private capital must be wiped out ... guarantee,"'); a content in single marks
    nested in a quote ends at their close ("'I don't want a 4% fee,' this favors ...")."""
    if a < b and text[a] in "‘'":
        nl = text.find("\n", a, a + MAX_SINGLE_QUOTE_CHARS)
        m = _SINGLE_CLOSE.search(text, a + 1, nl if nl >= 0 else a + MAX_SINGLE_QUOTE_CHARS)
        return m.end() if m is not None else b
    piece = text[a:b]
    if (piece.count("“") + piece.count("”") + piece.count('"')) % 2 == 0:
        return b
    m = _CLOSE_AFTER.match(text, b)
    return m.end() if m is not None else b


#: A day or recent time that ends an object content ("opposed the budget measure on
#: Thursday."), with the period after it.
_OBJECT_DAY = re.compile(
    rf"\s+(?:on\s+)?(?:{WEEKDAY}|yesterday|"
    r"(?:last|this)\s+(?:week|month|year|weekend))\.?$"
)
#: Words that make a content a clause or an infinitive, not a plain object.
_NOT_OBJECT = re.compile(
    r"\b(?:that|to|he|she|it|they|we|I|you|is|was|are|were|be|been|has|have|had|will|would|"
    r"could|can|may|might|should|must|do|does|did)\b|’d\b|'d\b"
)
#: The most words an object content has before a day that is not its own.
MAX_OBJECT_WORDS = 6


def object_without_day(text: str, a: int, b: int) -> int:
    """The end of content ``[a, b)`` without a day after a plain object: the time of the
    act, not of what it is about ("announced Trump’s proposals Wednesday." -> "Trump’s
    proposals"; "has named the 19 firefighters killed Sunday." keeps the day of "killed")."""
    piece = text[a:b]
    m = _OBJECT_DAY.search(piece)
    if m is None or m.start() == 0:
        return b
    head = piece[: m.start()]
    words = head.split()
    if len(words) > MAX_OBJECT_WORDS or words[-1].endswith("ed") or _NOT_OBJECT.search(head):
        return b
    return a + len(head)


#: A dash after a content's closing mark, or before a comment on the whole sentence
#: ("— a claim that ...", "– a notion disputed by ...").
_DASH_END = re.compile(r"(?<=[”\"])\s?[—–]|\s?[—–]\s?(?:a|an)\s+(?:claim|notion|fact)\b")
#: A clause of the sentence after a quote closed on its punctuation: '... together,”
#: overlooking that ...', '..., apparently unaware of ...', '...,” according to X.'
_AFTER_QUOTE = re.compile(
    r"(?<=[,.!?][”\"])\s+(?:(?P<ing>[a-z]+ing)|apparently|without|before|though|even|after|"
    r"when|according)\b"
)


def tail_end(text: str, a: int, b: int) -> int:
    """The end of content ``[a, b)`` before a tail that is the sentence's, not the content's:
    a dash after a quote in it or before a comment on the sentence ('politely called
    “misstatements”—and referred to ...', 'they did announce themselves—a claim that ...'),
    or a participle or adverb clause after a quote closed on its punctuation ('called for
    “unification and bringing people together,” overlooking that ...')."""
    m = _DASH_END.search(text, a, b)
    end = m.start() if m is not None else b
    for m in _AFTER_QUOTE.finditer(text, a, end):
        if m.group("ing") not in _NOT_PARTICIPLE:
            return m.start()
    return end


#: Closing marks and the opening mark each one closes.
_PAIRS = {"”": "“", ")": "(", "]": "["}


def without_stray_close(text: str, a: int, b: int) -> int:
    """The end of a span ``[a, b)`` (content or source) without a closing mark it never
    opened: the end of the quote the cue sits in ('“I think we are ready.”' -> 'we are ready.')."""
    last = text[b - 1 : b]
    piece = text[a:b]
    if last in _PAIRS and piece.count(_PAIRS[last]) < piece.count(last):
        return b - 1
    if last == '"' and piece.count('"') % 2 == 1:
        return b - 1
    if last == "’" and piece[-2:-1] in (".", ",", "!", "?") and "‘" not in piece:
        return b - 1  # "... to that office,’" closing a quote in single marks opened before
    return b


#: What may part two content fragments that PARC writes as one span: the end of a sentence
#: (its mark, if our fragment left it out) and spaces, no line break.
_SENTENCE_GAP = re.compile(r"[.!?]?[ \t]+")


def joined_across_sentences(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """*spans* with fragments that only a sentence end parts joined into one: a content
    that runs on into a quote in the next sentence of the paragraph is one span in the
    PARC gold ('... get ignored. "You never hear about ..."').

    Examples
    --------
    >>> t = 'that rules get ignored. "You never hear about it."'
    >>> joined_across_sentences(t, [(0, 22), (24, 50)])
    [(0, 50)]
    >>> joined_across_sentences("a.\\n\\n“b”", [(0, 1), (4, 7)])
    [(0, 1), (4, 7)]
    """
    out = [spans[0]] if spans else []
    for a, b in spans[1:]:
        gap = _SENTENCE_GAP.fullmatch(text, out[-1][1], a) if out[-1][1] < a else None
        if gap is not None:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


#: A dash that opens or closes an aside: spaced double hyphens or a spaced dash (an
#: unspaced em dash is as often a break inside a quote: 'They said—it was very interesting—that').
_ASIDE_DASH = re.compile(r"\s(?:--|—|–)\s")


#: An object relative clause opened by a comma before the cue's subject: "Veterans
#: Affairs, which the House has voted [to exempt from the shutdown], other agencies ...",
#: "a moment, in which Kell implored [the governor to act], resonated".
_OBJECT_RELATIVE = re.compile(
    r",\s+(?:(?:in|at|on|during|for|of|by|with|from|to|under|after)\s+)?(?:which|whom)\s+"
    r"[^,;:\"“”()]{1,60}$"
)
#: The comma that closes such a clause: one before a lower-case word that is no conjunction.
_RELATIVE_CLOSE = re.compile(r",\s+(?!(?:and|or|but|which|who|that)\b)[a-z]+\b")


def aside_end(text: str, sa: int, cue_a: int, ca: int, cb: int) -> int:
    """The end of a content ``[ca, cb)`` whose cue (at *cue_a*) sits in a dash aside
    opened in its sentence (at *sa*): the aside's closing dash ('Rex Olsen -- who Lind told
    not to waste his time -- might pity him'); or in an object relative clause after a
    comma: the comma that closes it ("the agency, which the House voted to exempt from
    the cuts, other offices ..."); else *cb*.

    Examples
    --------
    >>> t = "Rex Olsen -- who Lind told not to waste his time -- might pity him."
    >>> t[27 : aside_end(t, 0, 22, 27, len(t))]
    'not to waste his time'
    >>> t = "Jobs at the agency, which the House voted to exempt from the cuts, remain open."
    >>> a = t.index("to exempt")
    >>> t[a : aside_end(t, 0, t.index("voted"), a, len(t))]
    'to exempt from the cuts'
    """
    if len(_ASIDE_DASH.findall(text, sa, cue_a)) % 2 == 0:
        relative = _OBJECT_RELATIVE.search(text, max(sa, cue_a - 70), cue_a)
        if relative is None:
            return cb
        m = _RELATIVE_CLOSE.search(text, ca, cb)
        return m.start() if m is not None else cb
    m = _ASIDE_DASH.search(text, ca, cb)
    return m.start() if m is not None else cb
