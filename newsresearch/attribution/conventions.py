"""Span conventions: our default spans, and the PARC 3.0 / PolNeAR spans of the field's benchmark.

The extractor's spans follow our default convention (``data/sample/ANNOTATION.md``):
the bare reporting verb as cue, the words of a quotation without its marks, the
clause of indirect speech without "that". Published attribution scores are
exact-span matches in the PARC 3.0 convention as applied by PolNeAR
(``../shared/ATTRIBUTION_CONVENTIONS.md``, ``data/gold/ANNOTATION.md`` section 1).
:func:`convert` turns one article's attributions into that convention:

* **cue**: the whole predicate, with the auxiliaries, modals, negation and
  adverbs before the verb (``has said``, ``also said``, ``did not say``, ``seemed
  to suggest``) and, when the content follows the cue, the words between verb and
  content (``told reporters``, ``said in a statement``, ``said:``), except a
  trailing date (``said Tuesday that`` keeps ``said``) and the comma;
* **content**: a direct quote with its quote marks (the comma or period inside the
  closing mark is already part of it); indirect content with a leading ``that``
  and the final period when the content ends the sentence; a quote paragraph that
  continues the previous speaker becomes another fragment of that attribution's
  content (one fragment per paragraph), as do the pieces of a split quote;
* **source**: the full noun phrase with an appositive right after the name
  (``Tom Reyes, an economics professor at the University of X``); adverbs and
  auxiliaries our source kept move to the cue.

The conversion only moves span boundaries (and merges continuation paragraphs) and
never changes a speaker; the one kind of attribution it adds is PARC's act of an agent
after "by" ("the bill supported by Rand Hale", :mod:`.agents`), which our default
convention leaves to the act rules of the stance triples.
"""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

from ..text import Article
from ..text.segment import ABBREVIATIONS
from .agents import BY_AGENT, find_agent_acts
from .content_end import (
    closing_open_quote,
    joined_across_sentences,
    object_without_day,
    tail_end,
    without_stray_close,
)
from .content_leads import manner_lead
from .cue_leads import with_act_lead
from .cue_objects import object_to_content
from .cue_settings import setting_first, without_setting
from .cue_tails import TIME as _TIME
from .cue_tails import colon_before_paragraph, quoted_title_end
from .cue_tails import cut_tail as _cut_tail
from .mixed_leads import (
    with_clause_before_quote,
    with_subject_before_cue,
    with_tail_after_quote,
)
from .object_tails import object_tail_start
from .phrases import plural_source_head
from .records import MONTH, WEEKDAY, Attribution, Scan, Span
from .source_heads import (
    before_stray_paren,
    is_aside,
    with_description,
    with_first_appositive,
    with_head_phrase,
)
from .source_leads import (
    outside_names,
    relative_pronoun,
    with_party_tag,
    without_clause_lead,
    without_linked_name,
)
from .source_lists import name_with_of
from .source_spans import (
    predicate_before,
    relative_tail,
    reporting_verbs_in,
    with_relative_after,
    with_title_after,
    without_final_period,
)
from .speakers import resolve_added_speakers

__all__ = ["CONVENTIONS", "check_convention", "convert"]

#: The span conventions: ``default`` (ours) and ``parc`` (PARC 3.0 / PolNeAR).
CONVENTIONS: tuple[str, ...] = ("default", "parc")
#: The most words between a cue and its content that may join the cue (``told reporters``).
MAX_CUE_TAIL_WORDS = 10
#: The most words of an appositive joined to a source.
MAX_APPOSITIVE_WORDS = 30

# Words that join a cue on its left: auxiliaries, modals, negation, common adverbs
# ("has also repeatedly said"); any word in -ly joins too.
_CUE_LEFT = frozenset(
    "has have had having is are was were be been being am will would could should may might "
    "must can shall did does do not n't never also again later previously still already just "
    "only even once further then too ever first always often cannot now long".split()
)
# Contractions written onto the source ("they’ve said", "I’m told").
_CONTRACTION = re.compile(
    r"(?<=\w)[’'](?:ve|m|d|re|ll)$|(?<=^it)[’']s$|(?<=^he)[’']s$|(?<=^she)[’']s$", re.IGNORECASE
)
# Catenative verbs before "to": "seemed to suggest", "liked to say", "went on to say".
_CATENATIVE = frozenset(
    "seem seems seemed appear appears appeared like likes liked want wants wanted continue "
    "continues continued try tries tried going used began begin begins refuse refused "
    "refuses decline declined declines".split()
)
_WORD_LEFT = re.compile(r"([\w’'-]+)\s*$")
# Where the words after a cue that follows its content stop: the end of the clause.
_CLAUSE_END = re.compile(
    r"[,;:!?\n\"“”]|\.(?:\s|$)|\s(?:as|after|before|when|while|because|since|if|and|but|"
    r"adding|saying|noting|according|who|which|that|aboard|at\s+the\s+time)\b",
    re.IGNORECASE,
)
# A cue that follows its content keeps the prepositional phrase after it.
_TAIL_PREPOSITION = re.compile(r"\s+(?:in|on|to|during|at|through|via|by)\s", re.IGNORECASE)
# Verbs whose object (the addressee) belongs to the cue: "told reporters".
_TAKES_OBJECT = frozenset("tell ask warn assure inform remind urge".split())
_QUOTE_MARK = "\"“”«»„'‘’"
_OPENING = "\"“«„‘'"
_CLOSING = "\"”»’'"
_THAT = re.compile(r"\bthat\s+$")
_END_PUNCT = re.compile(r"[.!?]+(?=[\s\"“”’)]|$)")
# A determiner or subject pronoun our content left between the cue and itself ("telling CNN the").
_LEFT_BEHIND = re.compile(r"(?<=\s)(?:the|a|an|he|she|they|we|i|it)\s+$", re.IGNORECASE)
# An appositive after a source that precedes its cue: ", a professor at X, said".
# Words at the start of content that belong to the cue ("asked for", "responded by saying").
_LEAD_TO_CUE = re.compile(r"(?:for|against|on|about|like|by\s+\w+ing)\s+(?=\S)", re.IGNORECASE)
# Dates and adverbs between the verb and a "that" clause ("said Thursday that", "in 1993 that").
_LEAD_BEFORE_THAT = re.compile(
    rf"(?:(?:(?:{_TIME}|then|only|also|again|\w+ly|\d{{4}}|on|in|at|early|late)[\s,]+){{1,4}}"
    # or a setting: "said in a November episode of the podcast “X” that", "through a spokesman"
    r"|(?:(?:early|late)\s+)?(?:in|on|at|during|through|via|from|with|without)\s+"
    r"(?:[^\s,;:.!?]+\s+){1,9}?"
    # or the notion or case the cue takes on: "rejected the notion that", "argued the case that"
    r"|(?:the|this)\s+(?:notion|idea|case|argument|suggestion|assertion|view|premise|possibility)\s+)"
    r"(?=that\s)",
    re.IGNORECASE,
)
# A day or time between the verb and a bare clause ("said Tuesday the bill would ..."):
# neither cue nor content.
_LEAD_TIME = re.compile(
    r"(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|"
    r"(?:last|this|earlier\s+this|late\s+last)\s+(?:week|month|year|weekend|morning|night))"
    r"\s*,?\s+(?=[\w“\"])",
    re.IGNORECASE,
)
# A reporting verb in the infinitive a cue of intention takes, with its addressee: part of
# the cue ("wants to know whether", "plans to tell the committee that", "expect to tell
# lawmakers about").
_INTENDED_REPORT = re.compile(
    r"to\s+(?:know|learn|find\s+out|see|hear|say|ask|argue|(?:tell|remind|assure|warn)"
    r"(?:\s+(?!(?:that|about|whether|if|how|what|why)\b)[\w’'.-]+){1,5}?)"
    r"(?:\s+about)?\s+(?=(?:that|whether|if|how|what|why|who|when|where)\s|(?<=about\s)\S)",
    re.IGNORECASE,
)
#: Cues of intention whose content may open with a reporting infinitive.
_INTENDING = frozenset("want wish plan intend hope expect".split())
# The addressee of a telling verb before its content ("urged protesters to ...").
_OBJECT_BEFORE = re.compile(
    r"(?!(?:he|she|it|they|we|i|you)\s)(?:(?!(?:that|to|if|whether|not)\b)[\w’'.-]+\s+){1,8}?"
    r"(?=(?:not\s+)?(?:to|that|if|whether)\s)",  # "told him [not to go]": "not" is content
    re.IGNORECASE,
)
# The words of a sentence before a parenthetical source ("But Verizon workers, " -> words).
_SENTENCE_LEAD = re.compile(
    r"\s*(?:(?:but|and|so|yet)\b,?\s*)?(?P<words>[^\n]+?(?:,[”\"](?=\s*$))?)\s*(?:,\s*)?$",
    re.IGNORECASE,
)
_QUOTE_OR_COLON = re.compile(r"[\"“”:;]")
# Sentence words that are no content before a parenthetical source: a quote of its own
# (a mixed one, 'It’s “ideological media,” he says, and ...', is content) or a colon.
_NOT_LEAD = re.compile(r"^[\"“]|[:;]|[\"“][^\"“”]*[\"”][^\"“”]+[\"“]")
# An appositive stops being one at a subordinate clause (", as he walked ...").
_NOT_APPOSITIVE = re.compile(
    r",\s+(?:as|when|while|after|before|because|adding|saying|noting|in|at|on)\b", re.IGNORECASE
)
_NO_APPOSITIVE_START = frozenset("in at on to for with by as from and but or so".split())
_WORDS = re.compile(r"[\w’'-]+")
_APPOSITIVE_PART = r"(?:[^,;:\"“”]|“[^,;:\"“”]{1,60}”|\"[^,;:\"“”]{1,60}\")+"
#: An appositive between a source and its cue: up to four comma parts, quoted titles
#: allowed ("Mr. Winkel, who wrote the book “Gunfight”, agrees").
_APPOSITIVE_BEFORE_CUE = re.compile(
    rf",\s+({_APPOSITIVE_PART}(?:,\s+{_APPOSITIVE_PART}){{0,3}}),\s*$"
)
#: A tag in parentheses after a source before its cue ("Rep. Carl Benning (D-Miss.) said").
_TAG_BEFORE_CUE = re.compile(r"\s*\([^()\n\"“”]{1,30}\)(?:\s+of(?:\s+[A-Z][a-z]+){1,2}(?=\s*$))?")
# What may follow a source placed after its cue and join it (", a professor", " of the X").
_APPOSITIVE_AFTER = re.compile(
    r"(?:,\s+(?![\w\-]+ing\s+(?:that|the|a|an|to|it|he|she|they|his|her|their|its|on|in|at|"
    r"for|with|about|up|out|back|off)\b|who\b|which\b)|\s+(?=of\s|from\s|\())"
)
#: A place that ends a source after its cue and its sentence (", in Dorchester.").
_PLACE_AFTER = re.compile(
    rf",?\s+in\s+(?!(?:{MONTH}|[A-Z][a-z]+day)\b)[A-Z][\w’'-]*"
    r"(?:\s+[A-Z][\w’'-]*){0,2}(?=\.?\s*$)"
)


def check_convention(convention: str) -> str:
    """*convention* if valid, else a ValueError that names the valid ones.

    Examples
    --------
    >>> check_convention("parc")
    'parc'
    """
    if convention not in CONVENTIONS:
        raise ValueError(
            f"convention={convention!r} is invalid; valid values are {list(CONVENTIONS)}"
        )
    return convention


#: Words in -ly that are no adverb ("the Halden assembly wanted").
_NOT_ADVERBS = frozenset(
    "assembly family ally rally supply reply italy july anomaly monopoly bully daily weekly "
    "monthly quarterly".split()
)


def _joins_cue_left(word: str, after: str) -> bool:
    """Whether *word*, right before *after* (the word it precedes), belongs to the predicate."""
    low = word.lower().replace("’", "'")
    adverb = low.endswith("ly") and len(low) > 4 and word.islower() and low not in _NOT_ADVERBS
    if low in _CUE_LEFT and word.islower() or adverb or low.endswith("n't"):  # not "Ms. May"
        return True
    return low in _CATENATIVE and after == "to"


def _cue_left(text: str, start: int, floor: int) -> int:
    """Where the predicate of a cue starting at *start* starts (never before *floor*)."""
    after = ""
    while start > floor:
        m = _WORD_LEFT.search(text, floor, start)
        if m is None or "\n" in text[m.start() : start]:
            break
        word = m.group(1)
        if word.lower() == "to" or _joins_cue_left(word, after):
            start, after = m.start(1), word.lower()
            continue
        c = _CONTRACTION.search(word)
        if c is not None and c.start() > 0:  # "they’ve said": the cue takes "’ve"
            start = m.start(1) + c.start()
        break
    if after == "to":  # a "to" that no catenative verb took stays out
        start = _skip_word(text, start)
    if after == "then":  # "and then tweeted": a leading "then" stays out (as in the gold)
        start = _skip_word(text, start)
    return start


def _skip_word(text: str, pos: int) -> int:
    m = re.compile(r"\S+\s*").match(text, pos)
    return m.end() if m else pos


def _cue_right(text: str, end: int, content_start: int) -> int:
    """Where a cue ending at *end* ends when its content follows at *content_start*."""
    gap = text[end:content_start]
    if not gap.strip():
        return end
    colon = gap.find(":")
    if colon >= 0 and not gap[:colon].strip():  # "said: ..."
        return end + colon + 1
    titles_out = _QUOTED_TITLE.sub("", gap)  # "said on the podcast “Ladies like Us” that"
    if colon_before_paragraph(gap):  # "said the following:\n\n“...”"
        return end + len(gap.rstrip())
    if "\n" in gap or re.search(r"[;!?\"“”]|\.\s+[\"“]", titles_out):
        return end
    piece = gap.split(",")[0] if not gap.rstrip().endswith(":") else gap
    clause = _CLAUSE_OPENER.search(piece)
    if clause is not None:  # 'tweeted that if ... "..."': the content starts at "that"
        piece = piece[: clause.start()]
    if len(piece.split()) > MAX_CUE_TAIL_WORDS:
        return end
    if piece.rstrip().endswith(":"):
        return end + len(piece.rstrip())
    if _PARTICLE.fullmatch(piece.strip()):  # "would not comment on whether ...", "feel like"
        return end + len(piece.rstrip())
    return end + len(_cut_tail(without_setting(piece)))


#: A quoted title inside the words between a cue and its content.
_QUOTED_TITLE = re.compile(r"“[^“”\n]{1,60}”")


#: Words that open the content, never part of the cue ("told the voters we’re going").
_CLAUSE_OPENER = re.compile(
    r"(?:^|\s)(?:that|he|she|they|we|I|it|who|which|whether|if)(?:\b|(?=[’']))"
)


#: A lone particle or preposition that the verb takes, part of the PARC cue ("comment on").
_PARTICLE = re.compile(r"on|about|like|for|against", re.IGNORECASE)


def _cue_tail_after_content(text: str, end: int, lemma: str, limit: int | None = None) -> int:
    """Where a cue that follows its content ends: '," she said in a statement.'
    (never past *limit*, where more content starts: 'The review is expected to take ...')."""
    stop, title, telling = None, end, lemma.split()[0] in _TAKES_OBJECT
    for m in _CLAUSE_END.finditer(text, end, end + 300 if limit is None else limit):
        if m.start() < title or m.group(0).startswith(".") and _abbreviated(text, m.start()):
            continue  # "told former Gov. Deval Patrick"
        if telling and m.group(0) in '"“' and quoted_title_end(text, m.start()):
            title = quoted_title_end(text, m.start()) or title  # 'told CBS’ “Face the Nation.”'
            continue
        stop = m
        break
    if stop is None and limit is not None and title == end:
        return end
    piece = text[end : stop.start() if stop else title]
    if not (_TAIL_PREPOSITION.match(piece) or telling):
        return end
    if len(piece.split()) > MAX_CUE_TAIL_WORDS:
        return end
    return end + len(_cut_tail(without_setting(piece)))


def _abbreviated(text: str, period: int) -> bool:
    """Whether the period at *period* ends a title or an initial ("Gov.", "J.")."""
    word = _WORD_BEFORE.search(text, max(0, period - 12), period)
    if word is None:
        return False
    low = word.group(0).lower()
    return low in ABBREVIATIONS or (len(low) == 1 and word.group(0).isupper())


_WORD_BEFORE = re.compile(r"[A-Za-z]+$")


def _widen_quote(text: str, a: int, b: int) -> Span:
    """A quotation's span with its quote marks, when they sit right around it."""
    if a > 0 and text[a - 1] in _OPENING:
        a -= 1
    elif a > 1 and text[a - 1] == " " and text[a - 2] in _OPENING:
        a -= 2
    if b < len(text) and text[b] in _CLOSING:
        b += 1
    return a, b


def _content_start(text: str, att: Attribution, a: int, b: int) -> int:
    """Where indirect content starting at *a* (ending at *b*) starts in the PARC convention."""
    cue_end = att.cue[1] if att.cue is not None else None
    if cue_end is not None and cue_end <= a and _THAT.search(text, max(0, a - 6), a) is None:
        lead = (
            _LEAD_TO_CUE.match(text, a, b)
            or _LEAD_BEFORE_THAT.match(text, a, b)
            or _LEAD_TIME.match(text, a, b)
            or manner_lead(text, a, b)
        )
        if lead is None and att.lemma in _INTENDING:
            lead = _INTENDED_REPORT.match(text, a, b)
        if lead is None and att.lemma in _TAKES_OBJECT and att.source is not None:
            lead = _OBJECT_BEFORE.match(text, a, b)
        if lead is not None and lead.end() < b:
            a = lead.end()
        behind = _LEFT_BEHIND.search(text, cue_end, a)
        if behind is not None:
            a = behind.start()
    that = _THAT.search(text, max(0, a - 6), a)
    return that.start() if that is not None else a


def _without_stray_open(text: str, a: int, b: int) -> int:
    """The start of indirect content ``[a, b)`` without an opening mark it never closes."""
    first, piece = text[a : a + 1], text[a:b]
    if (first == "“" and "”" not in piece) or (first == '"' and piece.count('"') % 2 == 1):
        return a + 1
    return a


#: Cues of source-less appearance and perception whose first fragment is a subject.
_RAISING_LEMMAS = frozenset("appear seem expect see consider accuse".split())


def _content(text: str, att: Attribution) -> list[Span]:
    """The content fragments in the PARC convention."""
    if att.kind == "direct":
        return [_widen_quote(text, a, b) for a, b in att.content]
    spans = list(att.content)
    if att.source is not None or len(spans) == 1 or att.lemma not in _RAISING_LEMMAS:
        # (the subject of "X appears to ..." takes no "that" before it)
        spans[0] = (_content_start(text, att, *spans[0]), spans[0][1])
    spans[0] = (_without_stray_open(text, *spans[0]), spans[0][1])
    a, b = spans[-1]
    b = without_stray_close(text, a, b)
    spans[-1] = (a, b)
    if text[b - 1 : b] in _QUOTE_MARK and text[b - 2 : b - 1] in ".!?,":
        pass  # a quote that ends with its own punctuation
    elif text[b - 1 : b] not in ".!?":
        m = _END_PUNCT.match(text, b)
        if m is not None:
            spans[-1] = (a, m.end())
    if text[b : b + 1] in _CLOSING and text[a - 1 : a] in _OPENING:  # all quoted: mixed
        spans[-1] = _widen_quote(text, a, b)
    elif _asked_first(text, att) and text[b : b + 1] == ",":
        spans[-1] = (a, b + 1)  # "Asked whether ..., Voss said": the question keeps its comma
    else:
        spans[-1] = (a, tail_end(text, a, closing_open_quote(text, *spans[-1])))
    if att.kind == "indirect" and len(spans) == 1:
        spans[-1] = (a, object_without_day(text, *spans[-1]))
    if att.kind in ("indirect", "mixed") and len(spans) == 1:  # "the deal [on Twitter]"
        spans[-1] = (a, object_tail_start(text, *spans[-1], lemma=att.lemma))
    return spans


def _asked_first(text: str, att: Attribution) -> bool:
    """Whether the cue is a sentence-opening "Asked" ("Asked if she would run, ...")."""
    return att.cue is not None and text.startswith("Asked ", att.cue[0])


#: Cues that take an object and its description after "as" ("described the plan as
#: “reckless”"): the content is the object and the description, two fragments; the cue is
#: the verb alone (six of the seven annotators of the development gold leave "as" out when
#: the object stands between them).
_AS_CUES = frozenset(
    "describe dismiss cite criticise criticize condemn hail label brand portray characterize "
    "characterise denounce praise reject blast slam mock decry lambast attack".split()
)
#: The object before "as": a short phrase without a clause break.
_AS_SPLIT = re.compile(r"(?P<object>(?:[^,;:\n“”\"]|,(?=\d)){1,120}?)\s+as\s+(?=\S)")
#: "as" opening a clause, not a description ("as they sought new testimony").
_AS_CLAUSE = re.compile(r"(?:he|she|it|they|we|i|you|there)\b", re.IGNORECASE)
#: The opening quote mark of a quoted description, within its first words ("a “scam”").
_QUOTE_OPENS = re.compile(r"(?:[\w’'\-]+\s+){0,2}[“\"]")
#: After a closing quote mark in the description: another quoted word joins it ("“reckless”
#: and “sloppy,”"), anything else ends it ("a “scam” and renewed attacks").
_QUOTE_ENDS = re.compile(r"[”\"](?!\s+(?:and|or)\s+[“\"])")


def _as_description(
    text: str, att: Attribution, spans: list[Span]
) -> tuple[list[Span], Span | None]:
    """'described the report as “incomplete”': the fragments ``the report`` and
    ``“incomplete”`` (a quoted description ends at its closing mark), and the span of
    "as", the second piece of the cue (None when the content is not split)."""
    if att.kind == "direct" or len(spans) != 1 or att.lemma not in _AS_CUES:
        return spans, None
    a, b = spans[0]
    m = _AS_SPLIT.match(text, a, b)
    if m is None or len(m.group("object").split()) > 12 or text.startswith("that ", a):
        return spans, None  # (a clause: "rejected the notion that it will close as ...")
    c = m.end()
    if _AS_CLAUSE.match(text, c, b):  # "rejected the charge as they sought ...": a clause
        return [(a, m.end("object"))], None
    opens = _QUOTE_OPENS.match(text, c, b)
    if opens is not None:
        close = _QUOTE_ENDS.search(text, opens.end(), b)
        if close is not None:
            b = close.end()
    as_a = text.index("as", m.end("object"), c)
    return [(a, m.end("object")), (c, b)], (as_a, as_a + 2)


#: A relative pronoun right before a source ("a plan which, he says, would create jobs",
#: "what Washington says was an attack"): the first fragment of the content after the cue.
_RELATIVE_BEFORE = re.compile(r"\b(that|which|who|what|where)\s*,?\s*$", re.IGNORECASE)
#: Auxiliaries and common finite verbs that open a relative clause without its subject.
_FINITE_VERBS = frozenset(
    "is was are were has had have will would could can may might should must does did "
    "suggests shows means remains seems appears includes".split()
)


def _relative_before(text: str, source: Span, cue: Span, content: list[Span]) -> list[Span]:
    """'which, he says, would create jobs': ``which`` and the rest are the content's two
    fragments, when the content opens with its verb (the pronoun is its subject; not
    "what he called a war", "where the decisions were made")."""
    if not source[1] <= cue[0] < cue[1] <= content[0][0]:
        return content
    m = _RELATIVE_BEFORE.search(text, max(0, source[0] - 12), source[0])
    if m is None:
        return content
    first = text[content[0][0] : content[0][1]].split(maxsplit=1)
    word = first[0] if first else ""
    if not (word in _FINITE_VERBS or (word.endswith("ed") and word[:1].islower())):
        return content
    return [(m.start(1), m.end(1)), *content]


def _parenthetical(
    article: Article, source: Span | None, cue: Span | None, content: list[Span]
) -> list[Span]:
    """'Verizon workers, she said, will soon ...': the words before the source join the content."""
    if source is None or cue is None or not source[1] <= cue[0] < cue[1] <= content[0][0]:
        return content
    text = article.text
    if not re.fullmatch(r"\s*,\s*", text[cue[1] : content[0][0]]):
        return content
    i = article.sentence_at(source[0])
    if i is None:
        return content
    m = _SENTENCE_LEAD.match(text, article.sentences[i][0], source[0])
    if m is None or not m.group("words").strip() or _NOT_LEAD.search(m.group("words")):
        return content
    if _OPENER_ONLY.fullmatch(m.group("words")):
        return content  # "Instead, he says, they were told ...": no words of the content
    return [(m.start("words"), m.end("words")), *content]


#: A sentence opener that is no part of a content before a parenthetical source.
_OPENER_ONLY = re.compile(
    r"(?:but|and|so|yet|as|instead|however|for\s+example|for\s+instance|in\s+fact|still|"
    r"meanwhile|now|also|indeed|again|then|moreover|plus|rather|likewise|similarly)",
    re.IGNORECASE,
)


def _source(
    article: Article, source: Span, cue: Span, content: list[Span], *, until: int | None = None
) -> Span:
    """The source with its appositive, and without the adverbs that belong to the cue (an
    appositive before the cue ends by *until*, where the predicate of an earlier cue of the
    same source starts)."""
    text = article.text
    a, b = source
    if b <= cue[0]:  # the source before the cue: "Tom Reyes, a professor, said"
        lead = text[max(0, a - 20) : a].split()[-1:]  # "said Ana Roe, who added": Ana Roe
        if not lead or lead[0].lower() not in _cue_forms():
            who = relative_pronoun(text, source, cue[0])
            if who != source:
                return who
        end = cue[0] if until is None else _cue_left(text, until, b)
        source = with_head_phrase(text, source, starts=article.sentence_starts)
        source = with_description(text, source, starts=article.sentence_starts)
        named = name_with_of(text, source, plural_head=plural_source_head)
        source = a, b = with_party_tag(text, named, end)
        tag = _TAG_BEFORE_CUE.match(text, b, end)
        source = a, b = (a, tag.end()) if tag is not None else source
        gap = text[b:end]
        m = _APPOSITIVE_BEFORE_CUE.match(gap)
        if (
            m is not None
            and len(m.group(1).split()) <= MAX_APPOSITIVE_WORDS
            and not is_aside(m.group(1))
        ):
            return a, b + m.end(1)
        return with_first_appositive(text, source, end)
    if a < cue[1]:
        return source
    # the source after the cue: '"...," said Tom Reyes, a professor at the University of X.'
    return _appositive_after(article, source, content)


def _appositive_after(article: Article, source: Span, content: list[Span]) -> Span:
    """A source after its cue with the appositive that runs to the end of its sentence."""
    text = article.text
    a, b = source
    i = article.sentence_at(b - 1)
    if i is None:
        return source
    limit = min([article.sentences[i][1], *(s for s, _ in content if s >= b)])
    nl = text.find("\n", b, limit)
    limit = limit if nl < 0 else nl
    place = _PLACE_AFTER.match(text, b, limit)  # "said Rabbi Ana Roe of X in New York."
    if place is not None:
        return a, place.end()
    cues = {att.cue[0] for att in article.attributions if att.cue is not None}
    m = _APPOSITIVE_AFTER.match(text, b, limit)
    if m is None:  # "said Ana Roe, who slept in a tent.", "said GOP strategist Ana Roe."
        source = with_title_after(text, source, limit)
        return with_relative_after(text, source, limit, cue_starts=cues, cue_forms=_cue_forms())
    tail = text[m.end() : limit].rstrip().rstrip(".!?").rstrip()
    tail = relative_tail(tail, m.end(), cue_starts=cues, cue_forms=_cue_forms())
    words = _WORDS.findall(tail)
    if not words or len(words) > MAX_APPOSITIVE_WORDS:
        return source
    if _QUOTE_OR_COLON.search(tail) and not _quoted_title(tail):
        return source
    clause = _NOT_APPOSITIVE.search(tail)  # ", a student, as he walked ...": up to its comma
    if clause is not None and not _PLACE_AFTER.match(tail, clause.start()):
        tail = tail[: clause.start()].rstrip(" ,")
        words = _WORDS.findall(tail)
    if not words or words[0].lower() in _NO_APPOSITIVE_START:  # nor ", and it’s booming"
        return source
    if reporting_verbs_in(outside_names(words), _cue_forms()):
        return source
    return a, without_final_period(text, m.end() + len(tail))


def _quoted_title(tail: str) -> bool:
    """Whether the only quote marks of an appositive close around a title inside it ("the
    author of “What Unions No Longer Do.”"), with no colon or semicolon."""
    if ":" in tail or ";" in tail or tail.count('"') % 2:
        return False
    return tail.count("“") == tail.count("”") and tail.rstrip().endswith(("”", '"', ".”", '."'))


@lru_cache(maxsize=1)
def _cue_forms() -> frozenset[str]:
    from ..lexicons import reporting_verbs

    return frozenset(reporting_verbs())


def _cue(text: str, att: Attribution, source: Span | None, content: list[Span]) -> Span | None:
    """The cue in the PARC convention (*content* already converted)."""
    if att.cue is None:
        return None
    a, b = att.cue
    floor = source[1] if source is not None and source[1] <= a else 0
    if source is not None and _CONTRACTION.search(text[source[0] : source[1]]):
        floor = source[0]  # "You’d think", "I’m told": the contraction belongs to the cue
    floor = max(floor, text.rfind("\n", 0, a) + 1, *(e for _, e in content if e <= a))
    a = _cue_left(text, a, floor)
    following = [s for s, _ in content if s >= b]
    before = any(e <= a for _, e in content)
    if before:  # '"...," she said in a statement' ('"...," she said, "..."' too)
        if source is None or source[1] <= a:
            b = _cue_tail_after_content(text, b, att.lemma, following[0] if following else None)
    elif following and (source is None or not (b <= source[0] < following[0])):
        b = _cue_right(text, b, following[0])
    if att.type == "act" and source is not None and b <= source[0]:
        by = BY_AGENT.match(text, b, source[0])  # "the bill [supported by] Rand Hale"
        b = by.end() if by is not None else b
    return a, b


#: A day between a verb and the setting after it ("said Monday in a statement"): no part
#: of the cue, which is then in two pieces ("said ... in a statement").
_DAY_GAP = re.compile(
    rf"\s+(?:on\s+)?(?:{WEEKDAY}|yesterday|today|"
    r"(?:last|this)\s+(?:week|month|year|weekend))\s+(?=(?:in|on|to|during|at)\s)"
)


def _setting_after_day(
    text: str, att: Attribution, source: Span | None, content: list[Span], cue: Span
) -> list[Span] | None:
    """'said Monday in a statement': the cue's two pieces, the verb and the setting."""
    if att.cue is None or cue[1] < att.cue[1]:
        return None
    day = _DAY_GAP.match(text, att.cue[1])
    if day is None or day.end() > cue[1] > att.cue[1]:
        return None
    verb = (cue[0], att.cue[1])
    following = [s for s, _ in content if s >= day.end()]
    if any(e <= cue[0] for _, e in content):
        if source is not None and source[1] > cue[0]:
            return None
        b = _cue_tail_after_content(
            text, day.end() - 1, att.lemma, following[0] if following else None
        )
    elif following and (source is None or not (verb[1] <= source[0] < following[0])):
        b = _cue_right(text, day.end() - 1, following[0])
    else:
        return None
    return [verb, (day.end(), b)] if b > day.end() else None


def _trim_source(text: str, source: Span | None, cue: Span | None) -> Span | None:
    """A source right before its cue without the adverbs it kept ("Park casually" -> "Park")."""
    if source is None or cue is None or source[1] > cue[0]:
        return source
    a, b = source
    while True:
        m = _WORD_LEFT.search(text, a, b)
        if m is None or m.start(1) <= a or not _joins_cue_left(m.group(1), ""):
            return a, b
        b = len(text[: m.start(1)].rstrip())


def _merge_continuations(text: str, atts: list[Attribution]) -> list[Attribution]:
    """Quote paragraphs that continue an earlier attribution, and quotes without a cue in the
    paragraph of an earlier attribution, join its content as fragments."""
    out: list[Attribution] = []
    root: dict[int, Attribution] = {}  # id of an original attribution -> its merged copy
    for att in atts:
        prev = att.speaker_from
        if prev is not None and att.cue is not None and att.cue == prev.cue and id(prev) in root:
            target = root[id(prev)]
        elif att.cue is None and att.source is None and out and att.kind == "direct":
            target = _outermost_last(out)
            if "\n" in text[target.content[-1][1] : att.content[0][0]] or target.kind == "indirect":
                target = None  # an indirect content takes no quote after it as a fragment
        else:
            target = None
        if target is not None:
            target.content = sorted([*target.content, *att.content])
            root[id(att)] = target
            continue
        copy = dataclasses.replace(att, content=list(att.content))
        root[id(att)] = copy
        out.append(copy)
    return out


def _outermost_last(atts: list[Attribution]) -> Attribution:
    """The last attribution, or the one whose quote it is nested in ('"We knew it," Voss said')."""
    k = len(atts) - 1
    while k and atts[k].cue and any(a <= atts[k].cue[0] < b for a, b in atts[k - 1].content):
        k -= 1
    return atts[k]


def _agent_acts(article: Article) -> list[Attribution]:
    """The acts of an agent after "by", attributions of the PARC convention only."""
    scan = Scan(article)
    scan.used_cues = {att.cue[0] for att in article.attributions if att.cue is not None}
    find_agent_acts(scan)
    resolve_added_speakers(article.text, article.actors, scan.found, article.attributions)
    return scan.found


def _to_parc(article: Article) -> list[Attribution]:
    text = article.text
    out = []
    found = _merge_continuations(text, article.attributions)
    extra = _agent_acts(article)
    if extra:
        found = sorted([*found, *extra], key=lambda att: att.start)
    for att in found:
        att = with_subject_before_cue(text, with_clause_before_quote(text, att))
        att = with_tail_after_quote(text, att)
        content, _as = _as_description(
            text, att, joined_across_sentences(text, _content(text, att))
        )
        source = without_clause_lead(text, _trim_source(text, att.source, att.cue))
        cue = _cue(text, att, source, content)
        if att.kind != "direct":  # "urged Congress to ...": the object opens the content
            cue, content = object_to_content(text, cue, content)
        cue_parts = None  # "described the report as ...": the cue is the verb (not "as")
        if cue is not None:
            cue_parts = _setting_after_day(text, att, source, content, cue)
        setting = setting_first(article, source, cue)
        if setting is not None and cue is not None:
            cue_parts = [setting, *(cue_parts or [cue])]
        if (
            source is not None
            and cue is not None
            and not (att.type == "act" and cue[1] <= source[0])
        ):
            until = predicate_before(text, att, article.attributions)
            source = _source(article, source, cue, content, until=until)
            if att.kind != "direct":
                content = _parenthetical(article, source, cue, content)
                content = _relative_before(text, source, cue, content)
        if source is not None and cue is not None and source[0] < cue[0] < source[1]:
            source = (source[0], cue[0])  # "You’d think": the contraction went to the cue
        if source is not None:  # no stray closing mark or comma at its end ('a friend”')
            end = without_stray_close(text, source[0], before_stray_paren(text, *source))
            source = without_linked_name(text, (source[0], end - (text[end - 1 : end] == ",")))
        if cue_parts is None:  # "issued a statement saying": the act joins the cue
            source, cue = with_act_lead(text, source, cue)
        out.append(
            dataclasses.replace(att, source=source, cue=cue, content=content, cue_parts=cue_parts)
        )
    return out


def convert(article: Article, convention: str = "default") -> list[Attribution]:
    """The attributions of one parsed article with their spans in *convention*.

    Parameters
    ----------
    article : Article
        The parsed article; its :attr:`~newsresearch.text.Article.attributions`
        (our default spans) are converted.
    convention : {"default", "parc"}
        ``default`` returns the article's attributions unchanged; ``parc``
        returns converted copies (quotes that continue an attribution merged into it).

    Examples
    --------
    >>> from newsresearch.text import Article
    >>> t = ('Ana Brooks, a senator, has also said that taxes will rise. '
    ...      '"We must act," she told reporters. "Now."')
    >>> article = Article(t)
    >>> for att in convert(article, "parc"):
    ...     print([t[a:b] for a, b in (att.source, att.cue, *att.content)])
    ['Ana Brooks, a senator', 'has also said', 'that taxes will rise.']
    ['she', 'told reporters', '"We must act,"', '"Now."']
    """
    if check_convention(convention) == "default":
        return article.attributions
    return _to_parc(article)
