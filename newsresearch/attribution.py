"""Attribution: who is quoted and how, with source, cue and content spans.

:func:`attributions` finds, in each article,

* **direct quotes** with their cue before (``Voss said: "..."``) or after
  (``"...," Voss said.`` / ``"...," said Voss, the party's leader.``), quotes
  split by the cue (``"First," she said, "second."``, one attribution with two
  content spans), a trailing ``— Marta Ilves``, multi-paragraph quotes (an
  opening mark on each paragraph, one closing mark), and quote paragraphs that
  continue the previous speaker;
* **indirect speech** around a reporting verb from ``data/reporting_verbs.csv``
  (``The ministry on Wednesday denied claims that ...``, ``Pryce said he was not
  aware ...``), cue chains (``..., saying ...``; ``... and claiming ...``) and
  **mixed** quotes (indirect speech with quoted words: ``dismissed the allegations
  as "not true"``, ``accused the governor of providing assistance to a "ruthless
  strongman"``);
* **according to** (``according to officials, ...`` and ``..., according to X.``).

Each attribution's source is resolved to a **speaker** through
:mod:`newsresearch.actors` (names, surnames, roles such as "the senator", and
pronouns: the most recent speaker of a compatible gender), typed as person,
organisation, anonymous (``data/anonymous_sources.txt``), document or poll
(``data/document_words.txt``), and its cue gets a **stance** (neutral,
assertive, denial, accusation, concession, question, other) from the reporting
verb lexicon. Quote marks may be curly or straight, nested or unbalanced: the
extractor never raises and never drops a document.

All offsets are character offsets into the text given (for a corpus table, the
cleaned ``text`` column).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

import pandas as pd

from .actors import ArticleActors, find_actors
from .lexicons import data_lines, reporting_verbs
from .text import Article, Quote, split_sentences
from .text.quotes import find_quotes

__all__ = ["attributions", "cue_lexicon", "stance_triples", "COLUMNS"]

COLUMNS = [
    "doc_id",
    "attribution_id",
    "kind",
    "source",
    "source_start",
    "source_end",
    "cue",
    "cue_start",
    "cue_end",
    "content",
    "content_start",
    "content_end",
    "content_spans",
    "speaker",
    "speaker_type",
    "cue_lemma",
    "cue_stance",
    "anonymous",
]


cue_lexicon = reporting_verbs


@lru_cache(maxsize=1)
def _anonymous() -> tuple[str, ...]:
    return tuple(data_lines("anonymous_sources.txt"))


@lru_cache(maxsize=1)
def _documents() -> frozenset[str]:
    return frozenset(data_lines("document_words.txt"))


# Verbs that report speech only with a clause, a colon or a quote after them
# ("posted a video", "expressed concern" and "declined the offer" are not attributions).
_NEEDS_CLAUSE = frozenset(
    "post continue express charge grant accept challenge doubt decline query describe mock "
    "ridicule cry shout yell scream roar whisper sigh laugh snap mutter murmur call attack "
    "report state answer observe fear hope think believe estimate predict suggest recall "
    "recount welcome praise defend agree disagree threaten demand complain blast show find "
    "expect push hit lash speak point brush".split()
)
# Verbs taking a personal object before the content ("told reporters that ...").
_TELL = frozenset("tell warn assure inform remind urge ask".split())
# Phrasal cues: particle -> stance. They report speech with a noun phrase after them.
_PHRASAL = {
    "point": {"out": "neutral", "to": "neutral"},
    "call": {"for": "other", "on": "other"},
    "brush": {"off": "denial", "aside": "denial"},
    "push": {"back": "denial"},
    "hit": {"out": "accusation", "back": "accusation"},
    "lash": {"out": "accusation"},
    "speak": {"out": "other"},
}

_BOUNDARY = frozenset(
    "and but or that which who whom whose when while as because although though after "
    "before if since than so yet where whether then nor".split()
)
_AUX = frozenset(
    "has have had was were is are will would could should may might can did does do also "
    "again later previously repeatedly publicly privately then still already not never "
    "quickly flatly firmly angrily strongly sharply swiftly immediately once further "
    "separately earlier simply reportedly long".split()
)
_TIME_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday yesterday today tonight "
    "morning evening night week weekend month year".split()
)
_SOURCE_HEADS = frozenset(
    "people person persons official officials spokesman spokeswoman spokesperson governor "
    "analysts analyst source sources aide aides member members head chief director leader "
    "someone those one experts expert lawyers lawyer staff employees residents critics "
    "representatives representative minister secretary chair chairman chairwoman president "
    "adviser advisers advisor advisors economists economist researchers figures officer officers "
    "executive executives colleagues allies diplomat diplomats".split()
)
_WHEN = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|weekend|month|year|night|"
    r"morning|afternoon|evening|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s+\d{1,2})?)"
)
_ADVERBIALS = [
    re.compile(rf"\s+(?:on|last|this|late|early|earlier)\s+{_WHEN}$", re.I),
    re.compile(
        r"\s+in\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|\d{4})$",
        re.I,
    ),
    re.compile(r"\s+(?:" + "|".join(sorted(_AUX)) + r")$", re.I),
    re.compile(r",\s*(?:in|on|at)\s+[^,]{1,40},$", re.I),
]
# Where the content of an indirect attribution ends: a contrast clause, a chained
# cue (", saying ..." / " and claiming ...") or a second speaker (" and former president X has called ...").
_CONTENT_STOP = re.compile(
    r"(?P<contrast>,\s+(?:although|though|while|whereas)\s)"
    r"|\s+and\s+(?:(?:the|former|a|an)\s+)?(?:[A-Z][\w’'.\-]*\s+){1,5}(?:(?:has|had|also|then)\s+)?(?P<cue2>[a-z]+)\b"
    r"|(?:,|\s+and)\s+(?P<verb>[a-z]+)\b"
)
_INVERTING = frozenset(
    "say tell add write ask note explain argue insist warn claim reply recall continue "
    "observe remark predict estimate".split()
)
_PREPOSITIONS = frozenset("with at for of from in to on close familiar".split())
_PRONOUN_GENDER = {"he": "m", "she": "f"}


_AFTER_DASH = re.compile(
    r"^\s*(?P<dash>[—–-])\s*(?P<src>[A-Z][\w’'\-.]*(?:\s+[A-Z][\w’'\-.]*){0,5})\s*\.?\s*$"
)


@dataclass
class _Attribution:
    kind: str
    source: tuple[int, int] | None
    cue: tuple[int, int] | None
    content: list[tuple[int, int]]
    lemma: str = ""
    stance: str = ""
    speaker: str | None = None
    speaker_type: str = ""
    anonymous: bool = False
    extra: dict = field(default_factory=dict)


_WORD_AT = re.compile(r"[A-Za-z]+")
_PARTICLE_AT = re.compile(r"\s+([a-z]+)\b")
_LOWER_WORD = re.compile(r"\b[a-z]+\b")
_NAMEISH = re.compile(r"^[A-Z][\w’'\-.]*$")


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in " ,;:—–-":
        a += 1
    while b > a and text[b - 1] in " ,;:.—–-":
        b -= 1
    return a, b


def _np_left(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The noun phrase that ends at *hi* (the subject of a cue), searched back to *lo*."""
    seg = text[lo:hi]
    # Strip adverbials and auxiliaries between the subject and the verb.
    while True:
        stripped = seg.rstrip()
        m = next((m for p in _ADVERBIALS if (m := p.search(stripped)) and m.start() > 0), None)
        if m is None:
            break
        seg = stripped[: m.start()]
    seg = seg.rstrip()
    end = lo + len(seg)
    # A restrictive relative clause: "an aide who spoke on condition of anonymity"
    rel = re.search(r"\s(?:who|whom)\s[^,;:\"“”]*$", seg)
    if rel:
        head = _np_left(text, lo, lo + rel.start())
        if head is not None:
            return head[0], end
    # Appositive between subject and verb: "Arlo Menzies, the vice president's spokesman,"
    if seg.endswith(","):
        inner = seg[:-1]
        comma = inner.rfind(",")
        if comma > 0:
            before = _np_left(text, lo, lo + comma)
            if before is not None:
                appositive = text[lo + comma + 1 : lo + len(inner)].strip()
                words_before = text[before[0] : before[1]].split()
                if (
                    appositive
                    and _NAMEISH.match(appositive.split()[0])
                    and all(
                        _NAMEISH.match(w) or w.lower() in ("de", "van", "von")
                        for w in appositive.split()
                    )
                    and not any(w[:1].isupper() for w in words_before[1:])
                ):
                    return before[0], lo + len(inner)  # "Its chief executive, Declan Moyes"
                return before
        return None
    tokens = list(re.finditer(r"[\w’'\-.]+", seg))
    if not tokens:
        return None
    chosen: list[re.Match[str]] = []
    for k in range(len(tokens) - 1, -1, -1):
        tok = tokens[k]
        word = tok.group(0)
        low = word.lower().rstrip(".")
        gap = seg[tok.end() : chosen[-1].start()] if chosen else seg[tok.end() :]
        if chosen and re.search(r"[,;:()\"“”—–]", gap):
            break
        if low in _BOUNDARY or low in cue_lexicon() and not chosen:
            break
        if low in _PREPOSITIONS:
            # keep a prepositional phrase after a source head ("people familiar with the
            # matter") or inside a name ("Chamber of Commerce", "University of Port Halden")
            prev_word = tokens[k - 1].group(0) if k > 0 else ""
            prev = prev_word.lower()
            inside_name = (
                low == "of"
                and prev_word[:1].isupper()
                and chosen
                and chosen[-1].group(0)[:1].isupper()
            )
            if prev in _SOURCE_HEADS or prev in ("familiar", "close") or inside_name:
                chosen.append(tok)
                continue
            break
        if low in cue_lexicon() and not word[:1].isupper():
            break
        chosen.append(tok)
        if len(chosen) >= 9:
            break
    if not chosen:
        return None
    chosen.reverse()
    start = lo + chosen[0].start()
    words = [t.group(0) for t in chosen]
    # Drop leading lower-case words that are not part of a noun phrase ("said", "then").
    while words and words[0].lower() in _TIME_WORDS:
        chosen.pop(0)
        words.pop(0)
        if not chosen:
            return None
        start = lo + chosen[0].start()
    last = words[-1].lower()
    if last in ("the", "a", "an", "his", "her", "their", "its", "of", "to"):
        return None
    if not (
        any(w[:1].isupper() for w in words)
        or last in _PRONOUN_GENDER
        or last in ("they", "it", "we", "i", "you")
        or last in _SOURCE_HEADS
        or last.rstrip("s") in _SOURCE_HEADS
        or any(
            last.startswith(o)
            for o in ("ministry", "agency", "government", "company", "union", "party")
        )
        or last in _documents()
    ):
        return None
    # A sentence-initial adverb: "Instead the ministry" -> "the ministry"
    return start, end


def _np_right(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """A name-like noun phrase starting at *lo* (inverted cue: 'said Voss, the ...')."""
    m = re.match(
        r"\s*((?:(?:the|a|an)\s+)?(?:[A-Z][\w’'\-.]*\s+){0,4}[A-Z][\w’'\-]*|he|she|they|it"
        r"|(?:the|a|an)\s+(?:[\w\-]+\s+){0,3}[\w\-]+)",
        text[lo:hi],
    )
    if not m:
        return None
    return lo + m.start(1), lo + m.end(1)


class _Extractor:
    def __init__(self, text: str) -> None:
        self.text = text
        self.sentences = split_sentences(text)
        self.quotes = find_quotes(text)
        self.actors: ArticleActors = find_actors(text)
        self.lexicon = cue_lexicon()
        self.out: list[_Attribution] = []
        self.used_cues: set[int] = set()
        self.direct_quotes: set[int] = set()

    # -- helpers -----------------------------------------------------------------
    def sentence_of(self, pos: int) -> tuple[int, int]:
        for a, b in self.sentences:
            if a <= pos < b:
                return a, b
        return pos, pos

    def paragraph_of(self, pos: int) -> tuple[int, int]:
        a = self.text.rfind("\n", 0, pos) + 1
        b = self.text.find("\n", pos)
        return a, (len(self.text) if b < 0 else b)

    def in_quote(self, pos: int) -> Quote | None:
        for q in self.quotes:
            if q.start <= pos < q.end:
                return q
        return None

    def cue_at(self, start: int) -> tuple[int, int, str, str] | None:
        m = _WORD_AT.match(self.text, start)
        if not m:
            return None
        word = m.group(0).lower()
        if word not in self.lexicon:
            return None
        lemma, stance = self.lexicon[word]
        end = m.end()
        base = lemma.split()[0]
        pm = _PARTICLE_AT.match(self.text, end)
        particle = pm.group(1) if pm else ""
        if particle in _PHRASAL.get(base, ()):
            return start, pm.end(), f"{base} {particle}", _PHRASAL[base][particle]
        if " " in lemma:  # a lexicon entry that needs its particle ("point out")
            return None
        return start, end, lemma, stance

    # -- direct quotes -----------------------------------------------------------
    def direct(self) -> None:
        i = 0
        while i < len(self.quotes):
            q = self.quotes[i]
            if not self.is_direct(q):
                i += 1
                continue
            found = self.cue_after(q) or self.cue_before(q)
            contents = [(q.start, q.end)]
            if found is not None:
                source, cue = found
                # More quoted words of the same speaker in the same paragraph, with no cue of
                # their own: "First," she said, "second." / "One," Moyes said. "Two."
                while i + 1 < len(self.quotes):
                    nxt = self.quotes[i + 1]
                    between = self.text[max(cue[1], (q.close or q.end) + 1) : nxt.open]
                    if nxt.open < cue[1] or "\n" in between or not self.is_direct(nxt):
                        break
                    if self.cue_after(nxt) is not None or len(between) > 160:
                        break
                    if not (
                        re.fullmatch(r"[^.!?;\"“”]{0,120}?[,.]\s*", between) or not between.strip()
                    ):
                        break
                    contents.append((nxt.start, nxt.end))
                    self.direct_quotes.add(i + 1)
                    i += 1
                self.add("direct", source, cue[:2], contents, cue[2], cue[3])
                self.used_cues.add(cue[0])
            else:
                prev = self.out[-1] if self.out else None
                if q.paragraph_start and prev is not None and q.open - (prev.content[-1][1]) < 1500:
                    self.add(
                        "direct",
                        prev.source,
                        prev.cue,
                        contents,
                        prev.lemma,
                        prev.stance,
                        speaker_from=prev,
                    )
                else:
                    self.add("direct", None, None, contents, "", "")
            self.direct_quotes.add(i)
            i += 1

    def cue_after(self, q: Quote) -> tuple[tuple[int, int], tuple[int, int, str, str]] | None:
        """The cue and source right after a quote: '," Voss said', '," said Voss', '” — Ilves'."""
        _, para_b = self.paragraph_of(q.open)
        base = q.close + 1 if q.close is not None else q.end
        after = self.text[base:para_b]
        lead = re.match(r"[\s,]*", after).end()
        for k, word in enumerate(re.finditer(r"[\w’'\-.]+", after[lead:])):
            if k >= 8 or re.search(r"[.!?;:\"“”]", after[lead : lead + word.start()]):
                break
            if not word.group(0).islower():
                continue
            cue = self.cue_at(base + lead + word.start())
            if cue is None:
                continue
            if k == 0:  # '," said Voss, the party's leader'
                source = _np_right(self.text, cue[1], para_b)
            else:  # '," Voss said'
                src_end = base + lead + word.start()
                source = _np_left(self.text, base + lead, src_end) or _trim(
                    self.text, base + lead, src_end
                )
            if source is not None and source[1] > source[0]:
                return source, cue
            break
        m = _AFTER_DASH.match(after)
        if m:
            dash = (base + m.start("dash"), base + m.end("dash"), "say", "neutral")
            return (base + m.start("src"), base + m.end("src")), dash
        return None

    def is_direct(self, q: Quote) -> bool:
        """A quote that reports whole words: it opens a sentence, follows a colon or comma,
        or ends with punctuation before its closing mark."""
        before = self.text[max(0, q.open - 3) : q.open].rstrip()
        content = self.text[q.start : q.end].rstrip()
        opens_sentence = before == "" or before[-1:] in ".!?:,\n—–-(" or q.paragraph_start
        ends_punct = content[-1:] in ",.!?…"
        words = len(content.split())
        return (opens_sentence and (ends_punct or words >= 4 or q.close is None)) or (
            ends_punct and words >= 3 and before[-1:] in ":,"
        )

    def cue_before(self, q: Quote) -> tuple[tuple[int, int], tuple[int, int, str, str]] | None:
        a, _ = self.sentence_of(q.open)
        para_a, _ = self.paragraph_of(q.open)
        a = max(a, para_a)
        lead = self.text[a : q.open]
        m = re.search(
            r"(?P<cue>\b[a-z]+(?:\s+(?:out|off))?)\b(?P<obj>(?:\s+[\w’'\-.]+){0,6}?)\s*[:,]\s*$",
            lead,
        )
        if not m:
            return None
        cue = self.cue_at(a + m.start("cue"))
        if cue is None:
            return None
        source = _np_left(self.text, a, a + m.start("cue"))
        if source is None:
            return None
        return source, cue

    # -- indirect speech and according to -----------------------------------------
    def indirect(self) -> None:
        direct_spans = sorted(c for att in self.out for c in att.content if att.kind == "direct")
        starts = [s for s, _ in direct_spans]

        def in_direct(pos: int) -> bool:
            k = bisect.bisect_right(starts, pos) - 1
            return k >= 0 and pos < direct_spans[k][1]

        lexicon = self.lexicon
        for sa, sb in self.sentences:
            for m in _LOWER_WORD.finditer(self.text, sa, sb):
                if m.group(0) not in lexicon:
                    continue
                pos = m.start()
                if pos in self.used_cues or in_direct(pos):
                    continue
                cue = self.cue_at(pos)
                if cue is not None:
                    self.try_cue(cue, sa, sb)
            if "ccording to" in self.text[sa:sb]:
                self.according_to(sa, sb, in_direct)

    def try_cue(self, cue: tuple[int, int, str, str], sa: int, sb: int) -> None:
        start, end, lemma, stance = cue
        text = self.text
        clause_a = sa
        q = self.in_quote(start)
        if q is not None:
            clause_a = max(clause_a, q.start)
        # The clause starts after the last strong boundary before the cue.
        left = text[clause_a:start]
        if self.inverted(cue, clause_a, sb):
            return
        chain = re.search(r"(?:,\s*|\s+and\s+)$", left) and text[start:end].endswith("ing")
        source = None if chain else _np_left(text, clause_a, start)
        prev = self.out[-1] if self.out else None
        if chain and prev is not None and prev.cue is not None and sa <= prev.cue[0] < start:
            source = prev.source
            speaker_from = prev
        elif chain:
            # "Ortiz expressed scepticism about the reports, saying ...": the sentence's subject
            source, speaker_from = _np_right(text, clause_a, start), None
            if source is None or not text[source[0] : source[1]][:1].isupper():
                return
        elif source is None:
            # "..., although he acknowledged that" / "and claimed" after a subject earlier in the clause
            m = re.search(r"\b(?:and|but)\s+$", left)
            if m and prev is not None and prev.cue is not None and sa <= prev.cue[0] < start:
                source, speaker_from = prev.source, prev
            else:
                return
        else:
            speaker_from = None
        # The complement.
        rest_a = end
        after = text[rest_a:sb]
        if lemma in _TELL:
            m = re.match(
                r"\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:[A-Z][\w’'.\-]*\s*){0,3}(?:reporters|journalists|lawmakers|supporters|him|her|them|us|me|[a-z]+)?",
                after,
            )
            if m and lemma == "tell":
                rest_a += m.end()
        m = re.match(
            r"\s*(?:,\s*)?(?:on\s+\w+\s*,?\s*|in\s+(?:a|an)\s+(?:\w+\s+){0,2}?(?:statement|interview|post|letter|speech|email|memo)\s*,?\s*)?",
            text[rest_a:sb],
        )
        rest_a += m.end() if m else 0
        needs_clause = lemma in _NEEDS_CLAUSE
        m = re.match(r"(that|:)\s*", text[rest_a:sb])
        has_that = m is not None
        if has_that:
            rest_a += m.end()
        if needs_clause and not has_that and text[rest_a : rest_a + 1] not in '“"':
            return
        content_end = sb
        # Stop at a cue chain: ", saying ..." / " and claiming ..." / ", although he acknowledged".
        tail = text[rest_a:sb]
        for stop in _CONTENT_STOP.finditer(tail):
            word = stop.group("verb") or stop.group("cue2")
            chained = word is not None and word in self.lexicon
            if stop.group("contrast") or (chained and (word.endswith("ing") or stop.group("cue2"))):
                content_end = rest_a + stop.start()
                break
            if chained and stop.group(0).lstrip(",").strip().startswith("and"):
                content_end = rest_a + stop.start()
                break
        ca, cb = _trim(text, rest_a, content_end)
        if cb - ca < 2:
            return
        content = text[ca:cb]
        if lemma == "decline" and not re.match(
            r"to\s+(?:comment|say|discuss|answer|confirm)", content
        ):
            return
        kind = "mixed" if re.search(r"[“”\"]", content) else "indirect"
        if content.lstrip().startswith(("“", '"')) and self.in_quote(ca + 1) is not None:
            q = self.in_quote(ca + 1)
            if (
                q is not None
                and q.start <= ca + 1
                and q.end >= cb - 1
                and q.close is not None
                and q.end >= cb - 1
            ):
                return  # an already-handled direct quote after a colon
        self.used_cues.add(start)
        self.add(kind, source, (start, end), [(ca, cb)], lemma, stance, speaker_from=speaker_from)

    def inverted(self, cue: tuple[int, int, str, str], sa: int, sb: int) -> bool:
        """Content before the cue: '..., the ministry said.' / '..., said Noor Haddad, an economist.'"""
        start, end, lemma, stance = cue
        text = self.text
        tail = text[end:sb].strip()
        before = text[sa:start]
        m = re.search(r",\s*((?:(?:the|a|an)\s+)?(?:[\w’'\-.]+\s+){0,6}?)$", before)
        if m is None or "," not in before:
            return False
        if m.group(1).strip():  # "..., the ministry said."
            if not re.fullmatch(
                r"(?:(?:on|in|last|this)\s+[\w.]+(?:\s+\d+)?|in\s+a\s+statement|)\s*[.!?]?[\"”’]?",
                tail,
            ):
                return False
            source = _np_left(text, sa + m.start(1), start)
            if source is None:
                return False
            content_end = sa + m.start()
        else:  # "..., said Noor Haddad, a health economist at the Fairhaven Policy Centre."
            if lemma not in _INVERTING:
                return False
            source = _np_right(text, end, sb)
            if source is None or not text[source[0] : source[1]][:1].isupper():
                return False
            content_end = sa + m.start()
        ca, cb = _trim(text, sa, content_end)
        if cb - ca < 12 or self.in_quote(ca + 1) is not None and text[ca] in '“"':
            return False
        kind = "mixed" if re.search(r"[“”\"]", text[ca:cb]) else "indirect"
        self.used_cues.add(start)
        self.add(kind, source, (start, end), [(ca, cb)], lemma, stance)
        return True

    def according_to(self, sa: int, sb: int, in_direct) -> None:
        text = self.text
        for m in re.finditer(r"\b[Aa]ccording to\s+", text[sa:sb]):
            cue_a = sa + m.start()
            if in_direct(cue_a):
                continue
            cue_b = cue_a + len("according to")
            src_a = sa + m.end()
            src_end_m = re.search(r"[,;.](?:\s|$)|$", text[src_a:sb])
            src_b = src_a + (src_end_m.start() if src_end_m else 0)
            src = _trim(text, src_a, src_b)
            if src[1] <= src[0]:
                continue
            before = text[sa:cue_a].rstrip()
            if before.endswith(",") or (before and not before.endswith((".", "“", '"'))):
                content = _trim(text, sa, sa + len(before))
            else:
                content = _trim(text, src_b, sb)
            if content[1] - content[0] < 3:
                continue
            self.add("according-to", src, (cue_a, cue_b), [content], "according to", "neutral")

    # -- assembling ----------------------------------------------------------------
    def add(self, kind, source, cue, contents, lemma, stance, speaker_from=None) -> None:
        att = _Attribution(kind, source, cue, contents, lemma, stance)
        att.extra["speaker_from"] = speaker_from
        self.out.append(att)

    def resolve_all(self) -> None:
        """Resolve speakers in text order, so "she said" looks back at earlier speakers."""
        done: list[_Attribution] = []
        for att in self.out:
            origin = att.extra.pop("speaker_from", None)
            if origin is not None:
                att.speaker, att.speaker_type, att.anonymous = (
                    origin.speaker,
                    origin.speaker_type,
                    origin.anonymous,
                )
            elif att.source is None and att.kind == "direct":
                # A quote with no cue: the previous speaker when the quote follows closely.
                prev = done[-1] if done else None
                if prev is not None and att.content[0][0] - prev.content[-1][1] < 600:
                    att.speaker, att.speaker_type, att.anonymous = (
                        prev.speaker,
                        prev.speaker_type,
                        prev.anonymous,
                    )
            elif att.source is not None:
                att.speaker, att.speaker_type, att.anonymous = self.resolve(att.source, done)
            done.append(att)

    def resolve(
        self, span: tuple[int, int], done: list[_Attribution]
    ) -> tuple[str | None, str, bool]:
        """Speaker, speaker type and anonymity of a source span."""
        phrase = self.text[span[0] : span[1]]
        low = phrase.lower().strip()
        words = re.findall(r"[\w’'\-]+", low)
        if low in _PRONOUN_GENDER or low in ("they", "it", "we"):
            gender = _PRONOUN_GENDER.get(low, "")
            nearest = self.actors.before(span[0], type="person", gender=gender) if gender else None
            for att in reversed(done):
                if (
                    att.speaker
                    and att.speaker != "anonymous"
                    and att.content
                    and att.content[0][0] < span[0]
                ):
                    actor = self.actors.actors.get(att.speaker)
                    if low in ("they", "it", "we"):
                        if att.speaker_type in ("organisation", "anonymous") or low == "they":
                            return att.speaker, att.speaker_type, att.anonymous
                        continue
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
                            last = max(
                                (
                                    m.start
                                    for m in self.actors.mentions
                                    if m.actor == nearest.canonical and m.start < span[0]
                                ),
                                default=-1,
                            )
                            if last > (att.source[0] if att.source else att.content[0][0]):
                                return nearest.canonical, "person", False
                        return att.speaker, "person", False
            if gender:
                actor = self.actors.pronoun(low, span[0])
                if actor is not None:
                    return actor.canonical, actor.type, False
            return None, "person" if gender else "other", False
        head = re.split(r"\s+(?:of|at|for|from|with|who)\s+", phrase, maxsplit=1)[0]
        possessive = re.match(r"^(.*?)['’]s\s+\S", head)
        owned_from = span[0] + possessive.end() - 1 if possessive else span[0]
        candidates = [
            m
            for m in self.actors.mentions
            if m.start < span[0] + len(head) and span[0] < m.end and m.kind != "pronoun"
        ]
        named = [m for m in candidates if m.start >= owned_from]
        if named:  # the rightmost name is the head: "Renfrew's spokesman Arlo Menzies"
            best = max(named, key=lambda m: (m.end, m.type == "person"))
            return best.actor, best.type, False
        if possessive and possessive.group(1).lower() not in ("it", "its"):
            # "the trade ministry's summary": the owner speaks through its document or office
            return self.resolve((span[0], span[0] + len(possessive.group(1))), done)
        if candidates:
            best = max(candidates, key=lambda m: (m.end, m.type == "person"))
            return best.actor, best.type, False
        org = self.org_reference(low, span[0], done)
        if org is not None:
            return org, "organisation", False
        if any(a in f" {low} " or low.startswith(a) for a in _anonymous()) or (
            words
            and words[0] in ("a", "an", "one", "two", "three", "several", "some", "many")
            and not any(w[:1].isupper() for w in phrase.split()[1:])
        ):
            return "anonymous", "anonymous", True
        head = words[-1] if words else ""
        if head in ("poll", "polls", "survey", "surveys"):
            return _strip_det(phrase), "poll", False
        if head in _documents():
            return _strip_det(phrase), "document", False
        from .actors import _is_org

        if _is_org(phrase):
            return _strip_det(phrase), "organisation", False
        if phrase[:1].isupper() and not low.startswith("the "):
            return phrase, "person", False
        return _strip_det(phrase), "other", False

    def org_reference(self, low: str, position: int, done: list[_Attribution]) -> str | None:
        """ "the ministry", "the union", "the company": the organisation named earlier."""
        m = re.fullmatch(r"(?:the|its|this)\s+(?:[a-z\-]+\s+)?([a-z\-]+)", low)
        if not m:
            return None
        head = m.group(1)
        generic = head in (
            "company",
            "firm",
            "operator",
            "utility",
            "group",
            "organisation",
            "organization",
        )
        names = [
            a.speaker for a in reversed(done) if a.speaker_type == "organisation" and a.speaker
        ]
        names += [
            mm.actor
            for mm in sorted(self.actors.mentions, key=lambda x: -x.start)
            if mm.type == "organisation" and mm.start < position
        ]
        for name in names:
            if head in name.lower().split() or (
                generic
                and not any(
                    w in name.lower()
                    for w in ("ministry", "government", "party", "senate", "commission", "agency")
                )
            ):
                return name
        return None

    def run(self) -> list[_Attribution]:
        self.direct()
        self.indirect()
        self.out.sort(key=lambda a: min([(a.cue or a.content[0])[0], a.content[0][0]]))
        self.resolve_all()
        return self.out


def _strip_det(phrase: str) -> str:
    return re.sub(r"^(?:the|a|an)\s+", "", phrase.strip(), flags=re.I)


def extract(text: str) -> list[_Attribution]:
    """Attributions of one text (internal representation); never raises on odd input."""
    if not isinstance(text, str) or not text.strip():
        return []
    return _Extractor(text).run()


def find_attributions(article: Article) -> list[_Attribution]:
    """Attributions of one parsed article (internal representation)."""
    return extract(article.text)


def attributions(data: pd.DataFrame | pd.Series) -> pd.DataFrame:
    """One row per attribution: source, cue and content spans, speaker, kind and cue stance.

    Parameters
    ----------
    data : DataFrame or Series
        A corpus table (its ``doc_id`` and cleaned ``text``) or a Series of texts
        used exactly as given (the index serves as ``doc_id``).

    Returns
    -------
    pandas.DataFrame
        Columns :data:`COLUMNS`. ``kind`` is direct, indirect, mixed or
        according-to; spans are ``[start, end)`` offsets (``content_spans`` lists
        every piece of a split quote); ``source``/``cue`` are empty when the text
        names none; ``speaker`` is the canonical actor (``"anonymous"`` for unnamed
        sources); ``speaker_type`` is person, organisation, anonymous, document,
        poll or other; ``cue_stance`` is neutral, assertive, denial, accusation,
        concession, question or other.

    Examples
    --------
    >>> import pandas as pd
    >>> text = ('Finance Minister Piotr Lindqvist on Monday dismissed the report as "not true". '
    ...         '"We will not change course," he said.')
    >>> a = attributions(pd.Series([text], index=["d1"]))
    >>> a[["kind", "source", "cue", "content", "speaker", "cue_stance"]].values.tolist()
    [['mixed', 'Finance Minister Piotr Lindqvist', 'dismissed', 'the report as "not true"', 'Piotr Lindqvist', 'denial'], ['direct', 'he', 'said', 'We will not change course,', 'Piotr Lindqvist', 'neutral']]
    """
    from .text import corpus_texts as _texts

    rows = []
    for doc_id, text in _texts(data).items():
        for n, att in enumerate(extract(text) if isinstance(text, str) else []):
            rows.append(_row(doc_id, n, text, att))
    frame = pd.DataFrame(rows, columns=COLUMNS)
    return frame.astype(
        {
            "doc_id": "string",
            "attribution_id": "string",
            "kind": "string",
            "source": "string",
            "cue": "string",
            "content": "string",
            "speaker": "string",
            "speaker_type": "string",
            "cue_lemma": "string",
            "cue_stance": "string",
            "source_start": "Int64",
            "source_end": "Int64",
            "cue_start": "Int64",
            "cue_end": "Int64",
            "content_start": "Int64",
            "content_end": "Int64",
            "anonymous": "bool",
        }
    )


def _row(doc_id: str, n: int, text: str, att: _Attribution) -> dict:
    src = att.source
    cue = att.cue
    return {
        "doc_id": doc_id,
        "attribution_id": f"{doc_id}:a{n + 1}",
        "kind": att.kind,
        "source": text[src[0] : src[1]] if src else "",
        "source_start": src[0] if src else None,
        "source_end": src[1] if src else None,
        "cue": text[cue[0] : cue[1]] if cue else "",
        "cue_start": cue[0] if cue else None,
        "cue_end": cue[1] if cue else None,
        "content": " ".join(text[a:b] for a, b in att.content),
        "content_start": att.content[0][0],
        "content_end": att.content[-1][1],
        "content_spans": [list(s) for s in att.content],
        "speaker": att.speaker,
        "speaker_type": att.speaker_type or ("other" if src else "unknown"),
        "cue_lemma": att.lemma,
        "cue_stance": att.stance,
        "anonymous": att.anonymous,
    }


def stance_triples(data: pd.DataFrame | pd.Series, *, model: object | None = None) -> pd.DataFrame:
    """Who says what about whom: one row per (attribution, actor mentioned in its content).

    Columns: ``doc_id``, ``attribution_id``, ``speaker``, ``speaker_type``,
    ``target`` (an actor mentioned in the content, other than the speaker),
    ``target_type``, ``sentiment`` (toward the target within the content:
    negative, neutral or positive), ``score`` (p_positive - p_negative),
    ``cue_stance`` and ``cue_lemma``.

    Examples
    --------
    >>> import pandas as pd
    >>> t = "Sen. Garrick Voss accused Finance Minister Piotr Lindqvist of misleading voters."
    >>> triples = stance_triples(pd.Series([t], index=["d1"]))  # doctest: +SKIP
    >>> triples[["speaker", "target", "cue_stance"]].values.tolist()  # doctest: +SKIP
    [['Garrick Voss', 'Piotr Lindqvist', 'accusation']]
    """
    from .text import corpus_texts as _texts

    texts = _texts(data)
    atts = attributions(texts)
    rows, targets = [], []
    seen: set[tuple[str, str]] = set()  # (attribution, target): the first mention is scored
    fields = ["doc_id", "attribution_id", "speaker", "speaker_type", "cue_stance", "cue_lemma"]
    current, text, found, firsts = None, "", None, []
    for doc_id, att_id, speaker, speaker_type, stance, lemma, spans in zip(
        *(atts[c].tolist() for c in fields), atts["content_spans"].tolist(), strict=True
    ):
        if doc_id != current:
            current, text = doc_id, texts[doc_id]
            found = sorted(find_actors(text).mentions, key=lambda m: m.start)
            firsts = [m.start for m in found]
        speaker = speaker if isinstance(speaker, str) else None
        for a, b in spans:
            for k in range(bisect.bisect_left(firsts, a), bisect.bisect_left(firsts, b)):
                m = found[k]
                if m.end <= b and m.actor != speaker and (att_id, m.actor) not in seen:
                    seen.add((att_id, m.actor))
                    rows.append(
                        (doc_id, att_id, speaker, speaker_type, m.actor, m.type, stance, lemma)
                    )
                    targets.append((text[a:b], m.start - a, m.end - a))
    columns = [
        "doc_id",
        "attribution_id",
        "speaker",
        "speaker_type",
        "target",
        "target_type",
        "sentiment",
        "score",
        "cue_stance",
        "cue_lemma",
    ]
    if not rows:
        return pd.DataFrame(columns=columns)
    names = [*fields[:4], "target", "target_type", "cue_stance", "cue_lemma"]
    frame = pd.DataFrame(rows, columns=names)
    from .sentiment import target_sentiment

    scored = target_sentiment(pd.DataFrame(targets, columns=["text", "start", "end"]), model=model)
    frame["sentiment"] = scored["label"].to_numpy()
    frame["score"] = (scored["p_positive"] - scored["p_negative"]).to_numpy()
    return frame[columns]


def share_by(
    found: pd.DataFrame,
    corpus: pd.DataFrame,
    *,
    by: str = "outlet",
    column: str = "cue_stance",
    top: int | None = None,
) -> pd.DataFrame:
    """Share of attributions per value of *column* within each group of *by* (rows sum to 1).

    *found* is the output of :func:`attributions`; *by* is a corpus column
    (``outlet``, ``leaning``, ...). With *top*, only the most frequent values of
    *column* are kept (shares still relative to all attributions of the group).

    Examples
    --------
    >>> import newsresearch as nr
    >>> corpus = nr.load_corpus("sample")
    >>> table = share_by(nr.attributions(corpus), corpus, by="leaning", column="cue_stance")
    >>> bool(((table.sum(axis=1) - 1).abs() < 1e-9).all())
    True
    """
    if by not in corpus.columns:
        raise ValueError(f"by={by!r} is invalid; valid values are {sorted(corpus.columns)}")
    if column not in found.columns:
        raise ValueError(f"column={column!r} is invalid; valid values are {sorted(found.columns)}")
    groups = corpus[by].reindex(found["doc_id"].to_numpy()).to_numpy()
    values = found[column].astype("object").where(found[column].notna(), "(none)").to_numpy()
    table = pd.crosstab(
        pd.Series(groups, name=by), pd.Series(values, name=column), normalize="index"
    )
    if top:
        keep = found[column].value_counts().head(top).index
        table = table[[c for c in keep if c in table.columns]]
    return table
