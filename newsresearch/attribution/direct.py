"""Direct quotes: a quotation with its cue before or after it, or continuing the last speaker.

Handled shapes: ``"...," Voss said.``, ``"...," said Voss, the party's leader.``,
``Voss said: "..."``, ``"First," she said, "second."`` (one attribution with two
content spans), a trailing ``— Marta Ilves``, and a quote paragraph without a
cue that continues the previous speaker.
"""

from __future__ import annotations

import re

from ..text import Quote
from ..text.segment import ABBREVIATIONS
from .cues import cue_at, cue_lexicon
from .ing_leads import ing_lead
from .phrases import WORD, clause_subject, np_left, np_right, trim
from .records import Attribution, Cue, Scan, Span

__all__ = ["find_direct", "is_direct", "join_split_quotes"]

#: Words after a closing quote mark searched for the cue ('," the ministry's spokesman said').
MAX_WORDS_TO_CUE = 12
#: A quote of at least this many words reports whole words even without final punctuation.
MIN_QUOTE_WORDS = 4
#: A quote after a colon or comma with final punctuation needs at least this many words.
MIN_LEAD_IN_WORDS = 3
#: The most characters between two quotes of one speaker in one paragraph.
MAX_GAP_TO_NEXT_QUOTE = 160
#: The most characters of a trailing attribution's sentence ('," said Rep. Ada Voss, a
#: Texas Republican whose ... .') before a quote that ends its paragraph and continues it.
MAX_CUE_SENTENCE_TO_QUOTE = 320
#: A quote paragraph with no cue continues the previous speaker within this many characters.
MAX_CONTINUATION_GAP = 1500

#: The most characters between an attribution and a cue-less quote that continues it.
MAX_SPLIT_GAP = 4

_LEAD = re.compile(r"[\s,]*")
_SENTENCE_PUNCT = re.compile(r"[.!?;:\"“”]")
_AFTER_DASH = re.compile(
    r"^\s*(?P<dash>[—–-])\s*"  # the dash of a byline-style attribution ...
    r"(?P<src>[A-Z][\w’'\-.]*(?:\s+[A-Z][\w’'\-.]*){0,5})\s*\.?\s*$"  # ... and up to six names
)
#: The colon or comma that leads into a quote ('Voss said: "...').
_LEAD_IN = re.compile(r"\s*[:,]\s*$")
_LOWER = re.compile(r"[a-z]+")
_AND_BEFORE = re.compile(r"\b(?:and|but)\s+$")
#: '," Tom Reyes, an economics professor at the University of X, told ABC News.'
_APPOSITIVE_SOURCE = re.compile(
    r"(?P<src>[A-Z][\w’'\-.]*(?:[ \t]+[A-Z][\w’'\-.]*){1,3},[ \t]+(?:(?:an?|the)[ \t]+|(?=[a-z]))"
    r"[^,;.!?\"“”\n]{2,100}?),[ \t]+(?P<cue>[a-z]+)\b"
)
#: Speech verbs that follow a quote with its speaker and are not in the cue lexicon
#: ('"...," mused Ana Roe'); "offered" and "probed" are cues there (past forms only).
_QUOTE_VERBS = frozenset(
    "mused ventured deadpanned scoffed marveled marvelled huffed fumed gushed sniffed".split()
)
#: '," a portfolio manager at a pension fund, who asked not to be named, said on Tuesday.'
_RELATIVE_SOURCE = re.compile(
    r"(?P<src>[^;.!?\"“”\n]{1,100}?),[ \t]+(?:who|whose)\b[^,;.!?\"“”\n]{2,120}?,[ \t]+"
    r"(?P<cue>[a-z]+)\b"
)
_BETWEEN_QUOTES = re.compile(r"[^.!?;\"“”]{0,120}?[,.]\s*")


def is_direct(text: str, q: Quote) -> bool:
    """A quote that reports whole words: it opens a sentence, follows a colon or comma,
    or ends with punctuation before its closing mark.

    Examples
    --------
    >>> from newsresearch.text import find_quotes
    >>> t = 'He called it "fake" and left. "We will win," she said.'
    >>> [is_direct(t, q) for q in find_quotes(t)]
    [False, True]
    """
    before = text[max(0, q.open - 3) : q.open].rstrip()
    content = text[q.start : q.end].rstrip()
    opens_sentence = (
        before == ""
        or before[-1:] in ".!?:,\n—–-("
        or q.paragraph_start
        or before[-2:-1] in (".", "!", "?")
        and before[-1:] in '"”’'  # '..." "We will win,"'
    )
    ends_punct = content[-1:] in ",.!?…"
    words = len(content.split())
    return (opens_sentence and (ends_punct or words >= MIN_QUOTE_WORDS or q.close is None)) or (
        ends_punct and words >= MIN_LEAD_IN_WORDS and before[-1:] in ":,"
    )


_PARTY_TAG = re.compile(r"[DRI]-[A-Z][A-Za-z.]*")


def _sentence_stop(words: str) -> int:
    """Where the words after a closing quote mark end their sentence: the first sentence
    mark other than the period of a title or an initial ('," Sen. Ada Voss said'), else
    their length."""
    for m in _SENTENCE_PUNCT.finditer(words):
        if m.group(0) == ".":
            word = _WORD_BEFORE_PERIOD.search(words, 0, m.start())
            if word is not None and (
                _abbreviation(word.group(0)) or words[m.end() : m.end() + 1] not in " ,"
            ):
                continue  # "Sen.", "D-Del.,", the inner periods of "U.S."
        return m.start()
    return len(words)


_WORD_BEFORE_PERIOD = re.compile(r"[A-Za-z][A-Za-z.\-]*$")


def _abbreviation(word: str) -> bool:
    """'Mr', 'Sen', 'U.S', 'J' (an initial): a word whose period ends no sentence."""
    low = word.lower()
    return (
        low in ABBREVIATIONS
        or (len(word) == 1 and word.isupper())
        or _PARTY_TAG.fullmatch(word) is not None  # "D-Del."
    )


#: What may follow a cue after a quote that ends a sentence ('." Hazel said.'): an
#: addressee or a time, then the end of the clause (not '." She said that ...').
_SHORT_TAIL = re.compile(r"[^.!?;,:“”\"]{0,40}?(?:[.!?;]|,(?!\s*[“\"])|$)")


def _ends_after_cue(scan: Scan, q: Quote, cue: Cue) -> bool:
    """Whether a cue after a quote closes it: always after '," ...', and after a quote that
    ends its own sentence only when the clause ends soon after the cue."""
    text = scan.text
    if text[q.start : q.end].rstrip()[-1:] not in ".!?":
        return True
    _, para_b = scan.paragraph_of(cue.start)
    tail = _SHORT_TAIL.match(text, cue.end, para_b)
    return tail is not None and " that " not in tail.group(0)


_ASIDE_PRONOUNS = frozenset("he she they He She They".split())


def _new_sentence_aside(text: str, q: Quote, a: int, source: Span | None) -> bool:
    """Whether the pronoun source and cue after a quote that ends its sentence are an aside
    in a new sentence of their own ('." Tiny sites should not thrive, she says, since ...'),
    not the quote's attribution."""
    if source is None or text[q.start : q.end].rstrip()[-1:] not in ".!?":
        return False
    return text[source[0] : source[1]] in _ASIDE_PRONOUNS and "," in text[a : source[0]]


def _cue_after(scan: Scan, q: Quote) -> tuple[Span, Cue] | None:
    """The cue and source right after a quote: '," Voss said', '," said Voss', '” — Ilves'."""
    text = scan.text
    base = q.close + 1 if q.close is not None else q.end
    _, para_b = scan.paragraph_of(base if q.close is not None else q.open)
    after = text[base:para_b]
    lead = _LEAD.match(after).end()
    relative = _RELATIVE_SOURCE.match(after, lead)
    if relative:  # the source, the relative clause set off by commas, then the cue
        cue = cue_at(text, base + relative.start("cue"))
        source = trim(text, base + relative.start("src"), base + relative.end("src"))
        if (
            cue is not None
            and cue_at(text, source[0]) is None  # not '," said Ada Voss, who ..., adding'
            and _ends_after_cue(scan, q, cue)
        ):
            return source, cue
    appositive = _APPOSITIVE_SOURCE.match(after, lead)
    if appositive:  # the source with its appositive, then the cue
        cue = cue_at(text, base + appositive.start("cue"))
        if cue is not None:
            return (base + appositive.start("src"), base + appositive.end("src")), cue
    stop = _sentence_stop(after[lead:])
    for k, word in enumerate(WORD.finditer(after[lead:])):
        if k >= MAX_WORDS_TO_CUE or word.start() > stop:
            break
        if not word.group(0).islower():
            continue
        cue = cue_at(text, base + lead + word.start())
        if cue is None:
            continue
        if k == 0:  # '," said Voss, the party's leader'
            source = np_right(text, cue.end, min(para_b, scan.sentence_of(cue.start)[1]))
        else:  # '," Voss said'
            src_end = base + lead + word.start()
            source = np_left(text, base + lead, src_end) or trim(text, base + lead, src_end)
            if _new_sentence_aside(text, q, base + lead, source):
                break
        if source is not None and source[1] > source[0] and _ends_after_cue(scan, q, cue):
            return source, cue
        break
    m = _AFTER_DASH.match(after)
    if m:
        dash = Cue(base + m.start("dash"), base + m.end("dash"), "say", "neutral")
        return (base + m.start("src"), base + m.end("src")), dash
    return _verbless_after(text, q, base, after)


#: A full name and its description ending the sentence after a quote, the verb left out:
#: '," Dr. Ivo Marr, dean of the Halden School of Public Health.' (the period is the cue).
_VERBLESS_SOURCE = re.compile(
    r"\s*(?P<src>(?:(?:Dr|Mr|Ms|Mrs|Prof)\.\s+)?[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){1,3},"
    r"\s+(?:an?\s+|the\s+)?[a-z][^.!?;:,\"“”\n]{4,100}(?:\s+(?:at|of|for|and)\s+[^.!?;:\"“”\n]"
    r"{3,160})?)(?P<cue>\.)\s*(?=[“\"]|$)"
)
_NOT_A_NAME = frozenset("A An The In At On For But And So Then When While After Before".split())


def _verbless_after(text: str, q: Quote, base: int, after: str) -> tuple[Span, Cue] | None:
    """The source of a quote ending in a comma followed only by a name, its description and a
    full stop (the period is the cue, as PARC annotators mark it)."""
    if text[q.start : q.end].rstrip()[-1:] != ",":
        return None
    m = _VERBLESS_SOURCE.match(after)
    if m is None or m.group("src").split()[0] in _NOT_A_NAME:
        return None
    if any(cue_at(text, base + w.start()) for w in _LOWER.finditer(after, 0, m.end("src"))):
        return None
    period = Cue(base + m.start("cue"), base + m.end("cue"), "say", "neutral")
    return (base + m.start("src"), base + m.end("src")), period


def _cue_before(scan: Scan, q: Quote) -> tuple[Span, Cue] | None:
    """The source and cue that lead into a quote: 'Voss said: "...' / 'Voss told reporters, "...'
    / 'And then she asked, "...' (the first cue word of the last few words before the mark)."""
    text = scan.text
    a, _ = scan.sentence_of(q.open)
    para_a, _ = scan.paragraph_of(q.open)
    a = max(a, para_a)
    lead = _LEAD_IN.search(text, a, q.open)
    if lead is None:
        return None
    return _source_and_cue_before(text, a, lead.start(), chained=True)


def _source_and_cue_before(text: str, a: int, b: int, *, chained: bool) -> tuple[Span, Cue] | None:
    """The first cue among the last words of ``text[a:b]`` that has a source before it.

    With *chained*, a cue after "and" takes the clause's subject ("Voss appeared
    annoyed and said,").
    """
    for word in list(WORD.finditer(text, a, b))[-(MAX_WORDS_TO_CUE - 1) :]:
        if not _LOWER.fullmatch(word.group(0)):
            continue
        cue = cue_at(text, word.start())
        if cue is None:
            continue
        source = np_left(text, a, word.start())
        if (
            source is None
            and chained
            and _AND_BEFORE.search(text, max(a, word.start() - 6), word.start())
        ):
            source = clause_subject(text, a, word.start())
        if source is not None:
            return source, cue
    return ing_lead(text, a, b) if chained else None  # '..., saying: "' (.ing_leads)


def _colon_paragraph_before(scan: Scan, q: Quote) -> tuple[Span, Cue] | None:
    """The source and cue of a quote paragraph led into by the paragraph before, which
    ends in a colon: 'Asked about it, spokesman Ivo Marr said:' / '"...'."""
    text = scan.text
    if not q.paragraph_start:
        return None
    para_a, _ = scan.paragraph_of(q.open)
    b = len(text[:para_a].rstrip())
    if b == 0 or text[b - 1] != ":" or scan.in_quote(b - 1) is not None:
        return None
    a, _ = scan.sentence_of(b - 1)
    return _source_and_cue_before(text, a, b - 1, chained=False)


def _continues(scan: Scan, q: Quote, nxt: Quote, cue: Cue) -> bool:
    """Whether *nxt* holds more words of *q*'s speaker, with no cue of its own:
    '"First," she said, "second."' / '"One," Moyes said. "Two."'."""
    text = scan.text
    between = text[max(cue.end, (q.close or q.end) + 1) : nxt.open]
    if nxt.open < cue.end or "\n" in between or not is_direct(text, nxt):
        return False
    if _cue_after(scan, nxt) is not None:
        return False
    if len(between) <= MAX_GAP_TO_NEXT_QUOTE and (
        _BETWEEN_QUOTES.fullmatch(between) or not between.strip()
    ):
        return True
    return _after_cue_sentence(scan, q, nxt, cue)


def _after_cue_sentence(scan: Scan, q: Quote, nxt: Quote, cue: Cue) -> bool:
    """Whether *nxt* ends the paragraph right after the sentence of a cue that follows *q*:
    '"Help is on the way," said Rep. Ada Voss, a Texas Republican who lost his home. "Today
    there are no parties."' (the sentence's own periods, as in "Rep." or "U.N.", allowed)."""
    text = scan.text
    if q.close is None or cue.start < q.close or nxt.close is None:
        return False
    _, sentence_end = scan.sentence_of(cue.start)
    if sentence_end > nxt.open or sentence_end - cue.end > MAX_CUE_SENTENCE_TO_QUOTE:
        return False
    if text[sentence_end : nxt.open].strip() or text[:sentence_end].rstrip()[-1:] != ".":
        return False
    _, para_b = scan.paragraph_of(nxt.open)
    return not text[nxt.close + 1 : para_b].strip()


#: The end of a quoted subheading: its closing mark, then the end of its line.
_HEADING_END = re.compile(r"[\"”]?[ \t]*(?:\n|$)")


#: How far after a quote its own cue is looked for, in characters.
_OWN_CUE_REACH = 250
_SUBJECT_PRONOUNS = frozenset("he she they we I".split())


def _has_own_cue(scan: Scan, q: Quote) -> bool:
    """Whether the sentence after quote *q* (in its paragraph) names its own speaker with a
    cue the quote step did not read: '"...," said an activist and board member to CNN',
    '"...?" Grassley asked Monday evening on Fox News', '"...," offered Chuck Ray'."""
    text = scan.text
    base = (q.close + 1) if q.close is not None else q.end
    _, para_b = scan.paragraph_of(q.open)
    after = text[base : min(para_b, base + _OWN_CUE_REACH)]
    after = after[: _sentence_stop(after) + 1]
    words = list(WORD.finditer(after))
    if not words:
        return False
    lexicon = cue_lexicon()
    first = words[0].group(0)
    if first in lexicon or first in _QUOTE_VERBS:
        return True  # '," said ...' / '," offered ...'
    if not (first[:1].isupper() or first in _SUBJECT_PRONOUNS):
        return False
    return any(w.group(0) in lexicon or w.group(0) in _QUOTE_VERBS for w in words[1:])


def _add_uncued(scan: Scan, q: Quote, contents: list[Span]) -> None:
    """A quote with no cue: a paragraph continuing the last speaker, or an unattributed quote
    (also when its own speaker follows it with a cue this step could not read; a quoted
    capitals subheading, '"PREPARED TO DO MORE"', is no one's quote)."""
    words = scan.text[q.start : q.end]
    if (
        q.paragraph_start
        and words == words.upper()
        and any(c.isalpha() for c in words)
        and _HEADING_END.match(scan.text, q.end)
    ):
        return
    prev = scan.last
    if (
        q.paragraph_start
        and prev is not None
        and q.open - prev.content[-1][1] < MAX_CONTINUATION_GAP
        and not _has_own_cue(scan, q)
    ):
        scan.add(
            "direct", prev.source, prev.cue, contents, prev.lemma, prev.stance, speaker_from=prev
        )
    else:
        scan.add("direct", None, None, contents, "", "")


def _split_continued(scan: Scan, quotes: list[Quote]) -> list[Quote]:
    """*quotes* with each quote that opens inside a paragraph and continues into a new one,
    closing there before a cue of its own, cut at that paragraph: the paragraph is a new
    quote of that cue ('“...,” her statement said. “My comments ... our reporting.' /
    '“The interview ...,” she continued.'). A quote that opens its paragraph stays whole:
    its words run on to the cue at its end."""
    text = scan.text
    out = []
    for q in quotes:
        brk = text.rfind("\n", q.start, q.end)
        if brk < 0 or q.close is None or q.paragraph_start:
            out.append(q)
            continue
        para_a = brk + 1
        tail = Quote(para_a, para_a + 1, q.end, q.close, True)
        head_end = len(text[:para_a].rstrip())
        if text[para_a] not in '“"' or head_end <= q.start or _cue_after(scan, tail) is None:
            out.append(q)
            continue
        out += [Quote(q.open, q.start, head_end, None, q.paragraph_start), tail]
    return out


def find_direct(scan: Scan) -> None:
    """Add the direct quotes of the scanned article, in text order."""
    quotes = _split_continued(scan, scan.article.quotes)
    i = 0
    while i < len(quotes):
        q = quotes[i]
        if not is_direct(scan.text, q):
            i += 1
            continue
        found = _cue_after(scan, q) or _cue_before(scan, q) or _colon_paragraph_before(scan, q)
        contents = [(q.start, q.end)]
        if found is None:
            _add_uncued(scan, q, contents)
        else:
            source, cue = found
            while i + 1 < len(quotes) and _continues(scan, q, quotes[i + 1], cue):
                contents.append((quotes[i + 1].start, quotes[i + 1].end))
                i += 1
            scan.add("direct", source, cue.span, contents, cue.lemma, cue.stance)
            scan.used_cues.add(cue.start)
        i += 1


def join_split_quotes(text: str, found: list[Attribution]) -> list[Attribution]:
    """*found* (in text order) with each cue-less quote that follows an attribution in the
    same paragraph joined to it as a further content fragment, not a row of its own:
    'Bannon said the plan was fine. "That's the balance."' is one attribution.

    Examples
    --------
    >>> t = 'Bannon said the plan was fine. "That is the balance."'
    >>> first = Attribution("indirect", (0, 6), (7, 11), [(12, 29)], "say", "neutral")
    >>> quote = Attribution("direct", None, None, [(32, 52)], "", "")
    >>> [a.content for a in join_split_quotes(t, [first, quote])]
    [[(12, 29), (32, 52)]]
    """
    out: list[Attribution] = []
    for att in found:
        prev = out[-1] if out else None
        if att.cue is None and att.kind == "direct" and prev is not None and prev.cue is not None:
            gap = text[prev.content[-1][1] : att.content[0][0]]
            if len(gap) <= MAX_SPLIT_GAP and "\n" not in gap and prev.content[-1][1] > prev.cue[1]:
                target = _quoted_before(text, out) or prev
                target.content = target.content + att.content
                continue
        out.append(att)
    return out


#: Sources that refer back to the speaker of a quote before them ("He said ...", "who said").
_BACK_REFERENCES = frozenset("he she they who He She They".split())


def _quoted_before(text: str, out: list[Attribution]) -> Attribution | None:
    """The direct quote earlier in the paragraph whose speaker the last attribution, an
    indirect one of a pronoun or of the same source, continues: '“...,” Lopez said. He said
    he was freed. “...”' gives the last quote to Lopez's."""
    last = out[-1]
    if last.kind == "direct" or last.source is None or len(out) < 2:
        return None
    before = out[-2]
    if before.kind != "direct" or before.cue is None:
        return None
    same = before.source is not None and before.source[0] == last.source[0]
    if text[last.source[0] : last.source[1]] not in _BACK_REFERENCES and not same:
        return None  # (same: '"...," said Rep. X, who said his home flooded. "..."')
    return None if "\n" in text[before.content[-1][1] : last.content[-1][1]] else before
