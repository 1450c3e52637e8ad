"""Attributions with no reporting verb: a question put to a source, a state of mind,
a perception in the passive or of an object as something ("critics see the plan as a
giveaway": a thought, content the object and its description).

``Asked whether the plan would pass, Voss said ...`` (the question: cue "Asked", no
source), ``Officials are concerned that ...`` / ``she was afraid to ...`` / ``I’m
sure ...`` (a thought whose cue is the state with its verb), ``He is seen as a
moderate`` (a thought with no source whose content is the subject and its
complement). Read after :func:`~newsresearch.attribution.indirect.find_indirect`,
sentence by sentence, with its content rules.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from ..lexicons.tokens import trie_pattern
from .appearance import bare_subject
from .cues import cue_lexicon
from .finite_clauses import clause_with_subject
from .indirect import (
    _ARTICLES,
    _CLAUSE_SUBJECT,
    _OBJECT_START,
    _THAT,
    MIN_CONTENT_CHARS,
    _content_end,
)
from .nouns import AS_DESCRIPTION
from .phrases import np_left, trim
from .records import Scan, Span, content_kind, scan_words

__all__ = ["find_states"]


def find_states(scan: Scan) -> None:
    """Add the questions, states of mind and passive perceptions of the scanned article."""
    text = scan.text
    # where each kind can be: one scan of the text for all three, then only those sentences
    hits: dict[Callable[[Scan, int, int], None], list[int]] = {}
    places = scan.word_places(_WORDS)  # in the scan of the text for every finder's words
    if places is None:  # a scan of its own (the match opens one character early)
        places = [(m.start(), m.group(0)[1:]) for m in _ANY_WORD.finditer(" " + text)]
    for pos, word in places:
        read = _asked if word == "Asked" else _seen_as if word in _SEEN_FORMS else _states_of_mind
        if word in _SEE_FORMS:
            read = _see_as
        hits.setdefault(read, []).append(pos)
        if word in _SEEN_FORMS and word in _SEE_FORMS:  # "viewed": passive or active
            hits.setdefault(_seen_as, []).append(pos)
    if not hits:
        return
    sentences = scan.article.sentences
    starts = scan.article.sentence_starts
    for read in (_asked, _states_of_mind, _seen_as, _see_as):
        done = -1
        for pos in hits.get(read, ()):
            k = bisect.bisect_right(starts, pos) - 1
            if k > done and k >= 0 and pos < sentences[k][1]:
                done = k
                read(scan, *sentences[k])


#: A question put to the subject of the sentence: "Asked whether ..., Voss said ...".
_ASKED = re.compile(
    r"Asked(?:\s+[a-z]+ly)?(?=\s+(?:whether|if|how|what|why|when|where|who|which)\b)"
)
#: What cannot open the main clause after the question (", was yelling ...").
_NOT_MAIN = re.compile(
    r"(?:was|were|is|are|has|have|had|and|or|but|sometimes|also|then|not|to|in|on|at|of|for|"
    r"with|as|[a-z]+(?:ly|ed|ing))\b"
)
#: The most words between the comma and the cue of the main clause ("..., Mayor Ida Voss said").
MAX_MAIN_SUBJECT_WORDS = 6


def _asked(scan: Scan, sa: int, sb: int) -> None:
    """'Asked whether the plan would pass, Mayor Voss said ...': the question is an
    attribution with no source (cue "Asked", content the question)."""
    text = scan.text
    m = _ASKED.match(text, sa, sb)
    if m is None:
        return
    lexicon = cue_lexicon()
    comma = text.find(", ", m.end(), sb)
    while comma >= 0:
        after = comma + 2
        if not _NOT_MAIN.match(text, after):
            words = text[after:sb].split(None, MAX_MAIN_SUBJECT_WORDS + 1)
            for k, word in enumerate(words[1 : MAX_MAIN_SUBJECT_WORDS + 1], start=1):
                if "," in words[k - 1]:
                    break
                if word.rstrip(":,.") in lexicon:
                    ca, cb = trim(text, m.end(), comma)
                    if cb - ca >= MIN_CONTENT_CHARS:
                        scan.add("indirect", None, (sa, m.end()), [(ca, cb)], "ask", "question")
                    return
        comma = text.find(", ", after, sb)


#: A state of mind that holds a content: "are concerned that", "was afraid to", "’m sure".
_STATES = (
    r"concerned|afraid|convinced|confident|sure|certain|worried|upset|glad|disappointed|"
    r"appalled|wary|surprised|pleased|optimistic|hopeful|skeptical|sceptical|frustrated|"
    r"alarmed|adamant|aware|critical|thrilled|delighted|dismayed"
)
_STATE = re.compile(
    r"(?P<be>(?:(?:has|have|had)\s+(?:been|become)|(?:am|is|are|was|were|be|been|became|"
    r"become|feel|feels|felt)|(?:is|are|was|were)n[’']t|(?<=\w)[’'](?:m|re|s))\s+)"
    r"(?:(?:so|very|increasingly|deeply|reasonably|fully|still|also|not|all|particularly|really"
    r"|quite|genuinely|now|more|less|absolutely|growing|[a-z]+ly)\s+){0,2}"
    rf"(?:well-)?(?P<state>{_STATES})\b"
    r"(?:\s+(?P<prep>about|over|of|by)\b)?"
)
#: A question after the preposition of a state: "wary of how viewers might see it".
_WH = re.compile(r"(?:what|how|why|whether|who|where|when)\b")
#: A relative pronoun between the holder of a state and its verb ("workers who are").
_WHO_BEFORE = re.compile(r",?\s+who\s+$")
#: Subjects that hold no state of mind: "it is certain", "there is concern".
_NO_HOLDER = frozenset("it It there There this This that That".split())


def _states_of_mind(scan: Scan, sa: int, sb: int) -> None:
    """'Officials are concerned that ...', 'she was afraid to ...', 'I’m sure ...' (inside a
    quote too): a thought whose cue is the state with its verb, its content what follows."""
    text = scan.text
    for m in _STATE.finditer(text, sa, sb):
        start = m.start("be")
        if m.start("state") in scan.used_cues:
            continue  # "was worried that": read as the verb already
        rest = m.end()
        critical = m.group("state") == "critical"
        if critical and m.group("prep") != "of":
            continue  # "is critical to the economy", "it is critical that": no one criticises
        that = _THAT.match(text, rest + 1) if text[rest : rest + 1] == " " else None
        if m.group("prep"):  # "concerned about the ruling"
            if m.group("state") == "aware":
                continue  # "was not aware of the meeting": an event, no proposition
            if not _OBJECT_START.match(text, rest + 1) and not _WH.match(text, rest + 1):
                continue
        elif that is not None and that.group(1) == "that":
            rest = that.end()
        elif text.startswith(" to ", rest) or _WH.match(text, rest + 1):
            rest += 1  # "was afraid to talk about it", "was not sure whether it would pass"
        elif not (
            text[rest : rest + 1] == " "
            and (_CLAUSE_SUBJECT.match(text, rest + 1) or clause_with_subject(text, rest + 1))
        ):
            continue  # "I'm sure more outlets will pile on": a noun subject, an auxiliary
        q = scan.in_quote(start)
        clause_a = max(sa, q.start) if q is not None else sa
        if text[start] in "’'":  # "I’m sure": the pronoun the verb is attached to
            source = _word_before(text, start)
        else:
            relative = _WHO_BEFORE.search(text, max(clause_a, start - 8), start)
            # "workers who are increasingly concerned they will lose out": the holder
            source = np_left(text, clause_a, relative.start() if relative else start)
        if source is None or text[source[0] : source[1]] in _NO_HOLDER:
            continue
        stop = sb if q is None or q.close is None else min(sb, q.end)
        ca, cb = trim(text, rest, _content_end(text, rest, stop))
        if cb - ca < MIN_CONTENT_CHARS:
            continue
        scan.used_cues.add(start)
        scan.add(
            content_kind(text[ca:cb]),
            source,
            (start, m.end()),
            [(ca, cb)],
            m.group("state"),
            "accusation" if critical else "other",
        )
        # "was critical of the plan": a criticism voiced, not a state of mind
        scan.found[-1].type = "speech" if critical else "thought"


#: How something is seen, with no one said to see it: "he is seen as a moderate", "their
#: use is only considered reasonable when ...", "police were considered more trustworthy".
_SEEN = re.compile(
    r"(?P<cue>(?:(?:will|would|could|may|might|should|can|must)\s+)?"
    r"(?:is|are|was|were|be|been|being|has\s+been|have\s+been|had\s+been|isn[’']t|aren[’']t|"
    r"wasn[’']t|weren[’']t)\s+"
    r"(?:(?:not|widely|often|largely|still|also|generally|long|only|apparently|now|increasingly|"
    r"usually|broadly|privately|publicly)\s+){0,2}"
    r"(?:(?:seen|viewed|regarded|perceived)\s+as|considered(?:\s+(?:as|to\s+be))?))\s+"
)
#: What cannot be the complement of "considered": "considered by", "considered for".
_NOT_COMPLEMENT = re.compile(r"(?:by|for|in|at|on|with|that|whether|if|and|or|but)\b|[,.;:]")
#: The most words of the subject of a passive perception.
MAX_SEEN_SUBJECT_WORDS = 8


def _seen_as(scan: Scan, sa: int, sb: int) -> None:
    """'He is seen as a steadfast ally': a thought with no source whose content is the
    subject and its complement ('He' | 'a steadfast ally'), cue 'is seen as'."""
    text = scan.text
    for m in _SEEN.finditer(text, sa, sb):
        rest = m.end()
        if _NOT_COMPLEMENT.match(text, rest):
            continue
        subject = bare_subject(text, _plain_subject(text, sa, m.start()))
        if subject is None:
            continue
        cb = _content_end(text, rest, sb)
        if text[subject[0] : subject[1]].lower() in ("who", "which", "that"):
            close = text.find(",", rest, cb)  # the relative clause ends at its comma
            cb = close if close >= 0 else cb
        ca, cb = trim(text, rest, cb)
        if cb - ca < MIN_CONTENT_CHARS:
            continue
        lemma = "see" if "seen" in m.group("cue") or "view" in m.group("cue") else "consider"
        scan.add(
            content_kind(text[ca:cb]), None, m.span("cue"), [subject, (ca, cb)], lemma, "other"
        )
        scan.found[-1].type = "thought"


_SUBJECT_WORD = re.compile(r"[\w’'\-.]+")


_SEE_AS = re.compile(
    r"\b(?P<cue>see|sees|saw|seeing|view|views|viewed|viewing|regard|regards|regarded|"
    r"perceive|perceives|perceived|(?:think|thinks|thought)\s+of)\s+"
    r"(?P<object>(?!(?:as|to|in|on|at|for|with|that(?!\s+as\s)|this\s+week|[a-z]+ing)\b)"
    r"(?:[\w’'\-.]+\s+){0,5}?"
    r"[\w’'\-.]+)\s+as\s+(?=[\w“\"])"
)
#: Words between a subject and its perception verb ("voters may increasingly see").
_BEFORE_SEE = re.compile(
    r"(?:\s+(?:may|might|will|would|could|can|should|must|do|does|did|not|also|still|"
    r"often|[a-z]+ly|don[’']t|didn[’']t|doesn[’']t))*\s*$"
)
#: A relative pronoun between a source and its perception verb (", which perceive").
_RELATIVE_BEFORE = re.compile(r",\s+(?:which|who)\s*$")
#: The lemma of a perception verb other than "see" ("thought of" -> "think").
_SEE_LEMMAS = dict.fromkeys("think thinks thought".split(), "think")
_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being|’s|'s)\s+(?:[a-z]+ly\s+)?$")


def _see_as(scan: Scan, sa: int, sb: int) -> None:
    """'Critics see the plan as a giveaway': a thought of the subject whose content is the
    object and its description ('the plan as a giveaway'), cue the verb."""
    text = scan.text
    for m in _SEE_AS.finditer(text, sa, sb):
        if m.start("cue") in scan.used_cues:
            continue  # "did not see that as a problem": read already as a verb and its clause
        if text.startswith("that", m.start("object")) and not AS_DESCRIPTION.match(
            text, m.start("object") + 5
        ):
            continue  # "see that as many as 20 died": "that" opens a clause
        if _BE_BEFORE.search(text, max(sa, m.start() - 20), m.start()):
            continue  # "is seen as": the passive reading
        lead = _BEFORE_SEE.search(text, sa, m.start())
        before = lead.start() if lead else m.start()
        relative = _RELATIVE_BEFORE.search(text, max(sa, before - 8), before)
        # "other groups, which perceive ISIS as a threat": the source before the relative
        source = np_left(text, sa, relative.start() if relative else before)
        if source is None:
            continue
        cb = _content_end(text, m.end(), sb)
        if relative is not None:
            close = text.find(",", m.end(), cb)  # the relative clause ends at its comma
            cb = close if close >= 0 else cb
        ca, cb = trim(text, m.start("object"), cb)
        if cb - ca < MIN_CONTENT_CHARS:
            continue
        verb = m.group("cue").split()[0].lower()
        lemma = _SEE_LEMMAS.get(verb, "see")
        scan.add(content_kind(text[ca:cb]), source, m.span("cue"), [(ca, cb)], lemma, "other")
    _relative_see_as(scan, sa, sb)


#: A perception of what a relative pronoun stands for: "creating what Republicans see as
#: an opening", "shows that the masthead perceives as too partisan".
_RELATIVE_SEE_AS = re.compile(
    r"\b(?P<rel>what|that|which)\s+(?P<source>(?:[\w’'\-.]+\s+){0,5}?[\w’'\-.]+)\s+"
    r"(?:(?:do|does|did|still|also|often|now|increasingly|widely)\s+)?"
    r"(?P<cue>(?:see|sees|saw|view|views|viewed|regard|regards|regarded|perceive|perceives|"
    r"perceived)\s+as)\s+(?=[\w“\"])"
)


#: Where the description in a relative clause ends: the clause closes at a comma or dash.
_DESCRIPTION_END = re.compile(r",\s|;|\s[—–-]\s")


def _relative_see_as(scan: Scan, sa: int, sb: int) -> None:
    """'what Republicans see as a potential opening': a thought of the relative clause's
    subject whose content is the relative pronoun and the description ('what' | 'a
    potential opening'), cue the verb with "as"."""
    text = scan.text
    for m in _RELATIVE_SEE_AS.finditer(text, sa, sb):
        if m.start("cue") in scan.used_cues:
            continue
        source = np_left(text, m.start("source"), m.end("source"), any_noun=True)
        if source is None or source[0] != m.start("source"):
            continue  # "that sources close to the talks see as": no whole noun phrase
        if text[source[0] : source[1]].split()[0].lower() in _SUBJECT_STOP:
            continue
        rest = m.end()
        cb = _content_end(text, rest, sb)
        stop = _DESCRIPTION_END.search(text, rest, cb)  # "as too partisan, and managers ..."
        ca, cb = trim(text, rest, stop.start() if stop else cb)
        if cb - ca < MIN_CONTENT_CHARS:
            continue
        scan.used_cues.add(m.start("cue"))
        scan.add("indirect", source, m.span("cue"), [m.span("rel"), (ca, cb)], "see", "other")
        scan.found[-1].type = "thought"


def _plain_subject(text: str, lo: int, hi: int) -> Span | None:
    """The words right before *hi* back to a comma, a clause word or a verb, that are no
    preposition: the subject of a passive verb ("such shootings", "their use", "who")."""
    words = list(_SUBJECT_WORD.finditer(text, max(lo, hi - 120), hi))
    lexicon = cue_lexicon()
    first = None
    for k in range(len(words) - 1, -1, -1):
        w = words[k]
        low = w.group(0).lower()
        gap = text[w.end() : words[k + 1].start() if k + 1 < len(words) else hi]
        if gap.strip() or len(words) - k > MAX_SEEN_SUBJECT_WORDS:
            break
        if low in ("who", "which", "that") and first is None:
            return w.span()
        verb = low in lexicon and not w.group(0)[:1].isupper()
        if low in _SUBJECT_STOP or verb and not (k and words[k - 1].group(0).lower() in _ARTICLES):
            break
        first = w.start()
    if first is None or text[first:hi].split()[0].lower() in _SUBJECT_STOP:
        return None
    return first, words[-1].end()


_SUBJECT_STOP = frozenset(
    "and but or that which who when while as because although though after before if since "
    "so yet where whether then of to in on at for with by from about than".split()
)


_PRONOUN_BEFORE = re.compile(r"\b(I|you|we|they|he|she|You|We|They|He|She)$")


def _word_before(text: str, pos: int) -> Span | None:
    """The pronoun a contracted verb is attached to ("I’m sure", "we’re convinced")."""
    m = _PRONOUN_BEFORE.search(text, max(0, pos - 5), pos)
    return (m.start(), m.end()) if m is not None else None


#: The perception forms among the words below.
_SEEN_FORMS = frozenset("seen viewed regarded considered perceived".split())
#: Active perception of an object as something: "critics see the plan as a giveaway".
_SEE_FORMS = frozenset(
    "see sees saw seeing view views viewed viewing regard regards regarded perceive perceives "
    "perceived think thinks thought".split()
)
#: Every word that may start one of the readings above, found in the one scan of the text
#: for every finder's words.
_WORDS = frozenset(["Asked", *_STATES.split("|"), *(_SEEN_FORMS | _SEE_FORMS)])
scan_words(lambda: _WORDS)
#: The same words after the non-word character before them (a pattern that opens with a
#: character class scans fast), for a scan of their own.
_ANY_WORD = re.compile(rf"[^\w](?:{trie_pattern(sorted(_WORDS))})\b")
