"""Indirect speech, mixed quotes, inverted cues and "according to".

Around every reporting verb outside a direct quote: ``The ministry on Wednesday
denied claims that ...``, ``Pryce said he was not aware ...``, cue chains
(``..., saying ...``, ``... and claiming ...``), inverted cues
(``..., the ministry said.``, ``..., said Noor Haddad, an economist.``), mixed
quotes (indirect speech with quoted words: ``dismissed the allegations as "not
true"``) and ``according to X`` before or after its content.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from functools import lru_cache

from ..lexicons.tokens import trie_pattern
from .according import find_according_to, opening
from .agents import AGENT_PARTICIPLES, agent_follows
from .appearance import find_appearances
from .bare_times import after_bare_time
from .cast_as import names_something
from .content_end import aside_end, past_open_quote, quote_only, subordinate_end, tail_clause
from .content_end import content_end as _content_end
from .cues import (
    BARE_CLAUSE,
    INVERTING,
    NEEDS_CLAUSE,
    TELL,
    TO_CLAUSE,
    cue_at,
    cue_lexicon,
    governing_verb_start,
    passive_cue,
)
from .finite_clauses import finite_clause_follows
from .ing_adjuncts import main_subject, phrasal_chain
from .inverted_sources import DESCRIBED, named_or_described, plural_source_after
from .nouns import find_noun_cues
from .phrases import (
    EVIDENCE_HEADS,
    clause_subject,
    evidence_subject,
    leading_name,
    looks_like_source,
    named_appositive,
    np_left,
    np_right,
    sentence_subject,
    trim,
)
from .poll_shares import share_source
from .position_objects import OBJECT_TAKERS, armed_attack, object_starts
from .predicate_lists import listed_predicate_subject
from .purpose_infinitives import purpose_source, purpose_to_start
from .readings import NAMING, not_reported, reads_as_noun
from .records import Attribution, Cue, Scan, Span, content_kind, scan_words
from .relative_sources import who_antecedent
from .relative_that import antecedent, speaking_antecedent
from .second_predicates import second_predicate_start
from .setting_that import setting_before_that
from .shared_subjects import shared_subject
from .wh_clauses import wh_clause_follows

__all__ = ["find_indirect"]

#: The shortest content of an indirect attribution, in characters.
MIN_CONTENT_CHARS = 2
#: The shortest content before an inverted cue ('..., the ministry said.').
MIN_INVERTED_CONTENT_CHARS = 12
#: The fewest words of a bare clause after a thought verb ("I think we will win").
MIN_BARE_CLAUSE_WORDS = 3

#: How far before a cue its connectives are looked for ("..., who", "and", ", saying").
_TAIL = 40
_CHAIN_BEFORE = re.compile(r"(?:,[\"”’]?\s*|\s+and\s+|\s+(?:by|while|before)\s+(?:[a-z]+ly\s+)?)$")
# A relative clause source: "allies of Varga, who argue that ..."
_WHO_BEFORE = re.compile(
    r",?\s*\b(?:who|(?<=\w )that|(?<=, )which)\s+"
    r"(?:(?:during|in|at|after|on)\s+(?:the|a|an|his|her|their|last)\s+[a-z]+\s+)?"
    r"(?:(?:also|have|has|had|now|still|often|then|later|again|never|[a-z]+ly)\s+){0,2}$"
)
# A chained cue after an inverted one: "..., Marlow said, noting that ..."
_RELATIVE_END = re.compile(r",\s+(?!and\b|or\b|but\b|which\b|who\b)[a-z]+\b")
#: A comma before an inverted cue's source: a name, a pronoun or a described source.
_INNER_INVERTED = re.compile(
    r",[”\"’]?\s+(?=[A-Z]|(?:the|this|that|one|a|an|another|he|she|they|people|sources|"
    r"officials|experts|analysts|critics)\b)"
)
_SOURCE_WORD = re.compile(r"[\w’'\-.]+")
#: The most words of a source between a comma and an inverted cue inside a content.
MAX_INNER_SOURCE_WORDS = 7
_INNER_REACH = 90
_OUTLET_TAIL = re.compile(r"\s*(?:in|on|to)\s+(?:the\s+)?(?:[A-Z][\w.’'\-]*\s*){1,5}")
# The addressee of an inverted "told": "..., sources told Channel 9."
_TOLD_TAIL = re.compile(
    r"\s*(?:(?:the\s+)?(?:[A-Z0-9][\w’'.\-]*\s*){1,5}|reporters|journalists|him|her|them|me|us)"
)
#: "and" or "but" before a cue, with an adverb of the cue ("and openly suggested").
_CONJUNCTION_BEFORE = re.compile(r"\b(?:and|but)\s+(?:(?:[a-z]+ly|also|then|later|still)\s+)?$")
_TOLD_WHOM = re.compile(
    r"\s+(?:(?:the|The|a|an|his|her|their|its)\s+)?"  # a determiner,
    r"(?:[A-Z][\w’'.\-]*\s*){0,3}"  # up to three capitalised words,
    r"(?:(?:reporters|journalists|lawmakers|supporters|him|her|them|us|me|"  # the addressee
    r"you(?!\s+(?:are|were|can|could|will|would|should|have|had|must|may|might|do|did|need)\b)|"
    r"(?!(?:he|she|it|they|we|i|you|th(?:at|is|e)|to|not|on|in|at|of|for|about|with|an?)\b)"
    r"[a-z]+)\b)?"
)
_SETTING = re.compile(
    r"\s*(?:,\s*)?(?:(?:so\s+)?[a-z]+ly\s+(?=that\b)|on\s+(?:[A-Za-z]+day|[A-Z][a-z]+\.?\s+\d{1,2})\s*,?\s*"
    r"|(?:(?:on\s+)?[A-Z][a-z]+day\s+)?"  # "Monday in a statement"
    r"in\s+(?:a|an)\s+(?:\w+\s+){0,2}?(?:statement|interview|post|letter|speech|email|memo|release|conference|briefing)\s*,?\s*)?"
)
_THAT = re.compile(r"(that(?![’']s\b)|:)\s*")
#: A place, medium or time between a cue and "that" ("said on Fox News Sunday that").
_PLACE_THAT = re.compile(
    r"(?:on|in|at|during|to|with|from)\s+(?:[\w’'\-.]+\s+){1,7}?that\s+"
    r"(?!(?:is|was|are|were|has|had|have|will|would|could|can|may|might)\b)"
)
_DECLINE_TO = re.compile(r"to\s+(?:comment|say|discuss|answer|confirm)")
#: How far before a cue its inverted subject and comma are looked for.
_COMMA_SUBJECT_REACH = 300
_COMMA_SUBJECT = re.compile(
    r",(?P<close>[”\"’]?)\s*((?:(?:the|a|an)\s+)?(?:[\w’'\-.]+\s+){0,6}?)$"  # ',” the ministry '
)
_INVERTED_TAIL = re.compile(
    r"(?:(?:(?:on|in|last|this|early|late)\s+[\w.]+(?:\s+\d+)?"  # a time: "on Tuesday"
    r"|(?:in|during)\s+an?\s+(?:[\w\-]+\s+){0,2}(?:statement|interview|post|letter|speech|"
    r"email|memo|tweet|op-ed|column|video|appearance|conference|briefing|call|hearing))"
    r"(?:\s*,)?\s*){0,2}[.!?]?[\"”’]?"
)
#: Subjects that address the reader or nobody in particular, not a source.
_GENERIC_SUBJECTS = frozenset({"you", "You", "one", "One"})
#: Cues that only a source can take: any determiner-led subject is their source.
SOURCE_ONLY = frozenset("say tell report write claim argue insist".split())
#: Cues read inside a direct quote too: nested thought and speech ('"I think we will win," ...').
NESTED = frozenset(
    "think believe know feel hope fear guess suppose suspect realize say tell assume understand "
    "remember want expect support oppose hear see promise pledge vow wonder worry urge show find".split()
) | {"call for", "call on"}  # commitments, appeals, findings: '"I promise you ...", "We show that"'
_TO_CLAUSE = re.compile(r"to\s+[\"“]?[a-z]")
_CLAUSE_SUBJECT = re.compile(
    r"(?:(?i:we|you|he|she|they|it|there|this|these|those|the|his|her|their|our|my|its|some|many"
    r"|most)\b|I\b|[A-Z][a-z]"
    # a bare noun with its verb ("fear minorities will refuse"), a sentence adverb or a
    # subordinate clause before the clause ("I think unfortunately, if you ban it, ...")
    r"|(?!(?:what|who|which|where|when|how|why|whether)\b)[a-z]+\s+(?:will|would|could|should|can|may|might|must|are|were|is|was|have|has|had)\b"
    r"|[a-z]+ly,\s|(?:if|when|once|because|unless)\s|that(?=[’']s\b)"
    # a free relative as subject: "I think what the House passed is a copy"
    r"|what\s+(?:[\w’'\-]+\s+){1,6}?(?:is|was|are|were)\s)"
)
_LOWER_WORD = re.compile(r"\b[a-z]+\b")
#: What may open the object of a cue that takes a position on it ("defended the decision").
_OBJECT_START = re.compile(
    r"(?:(?:the|a|an|his|her|their|its|our|my|this|that|these|those|some|any|more|new|"
    r"further|tougher|him|them|us|me)\b|[A-Z]|\d|[“\"$])"
)
#: Where such an object ends: a comma, a subordinate clause, a dash or a semicolon.
_OBJECT_END = re.compile(
    r",\s|;|\s[—–]\s|\s(?:when|because|after|before|while|despite|since|during|amid|until|"
    r"although|though|even\s+though|in\s+order)\b"
)
_OBJECT_STOP = re.compile(r",\s|;|\s[—–]\s")
#: An article right before a cue word makes it a noun ("a big question", "another tweet").
_ARTICLES = frozenset(
    "a an the another this these those every each no any A An The Another This These Those "
    "Every Each No Any".split()
)
#: Characters before a cue read for the words right before it.
_BEFORE_REACH = 30
#: Cues whose subject may be a thing that shows ("the footage shows a man ...", "polls
#: suggest ..."): its content may be a bare object or clause.
EVIDENCE_CUES = frozenset("show suggest indicate reveal demonstrate find say".split())


#: A content that is only a circumstance of the cue: a prepositional phrase or "this".
_CIRCUMSTANCE = re.compile(
    r"(?:(?:in|on|at|of|during|about|last|early|late)(?!\s+(?:whether|if|how|what|why|who)\b)"
    r"(?:\s+[\w’'\-]+){1,5}|this|so|that)[.:]?"
)


@lru_cache(maxsize=1)
def _cue_word_re() -> re.Pattern[str]:
    """The words of :func:`cue_lexicon` where :data:`_LOWER_WORD` matches (cue forms are
    lower-case letters), one trie-shaped pattern."""
    return re.compile(rf"\b(?:{trie_pattern(list(cue_lexicon()))})\b")


@lru_cache(maxsize=1)
def _cue_scan() -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """:func:`_cue_word_re` in two parts: a cue form after a non-word character, and one
    at the start of a text (None if a form starts with no word character, for which
    that character would be no word boundary)."""
    forms = list(cue_lexicon())
    if not all(re.match(r"\w", form) for form in forms):
        return None
    words = trie_pattern(forms)
    return re.compile(rf"\W(?:{words})\b"), re.compile(rf"(?:{words})\b")


def _cue_starts(text: str) -> list[int]:
    """Where :func:`_cue_word_re` matches in *text*: the same positions, found faster (a
    pattern that opens with a non-word character lets the engine pass over the letters
    inside words without trying the cue forms)."""
    scan = _cue_scan()
    if scan is None:
        return [m.start() for m in _cue_word_re().finditer(text)]
    after, first = scan
    starts = [m.start() + 1 for m in after.finditer(text)]
    if first.match(text):
        starts.insert(0, 0)
    return starts


scan_words(cue_lexicon)

#: Two word characters: a word that a sentence boundary between them would cut.
_WORD_ACROSS = re.compile(r"\w\w")


def _chained_from(scan: Scan, sa: int, start: int) -> Attribution | None:
    """The attribution whose cue is the last one before *start* in the same sentence
    (a direct quote's too: '"It is early," he said, noting that ...')."""
    best = None
    for att in reversed(scan.found):
        if att.cue is not None and sa <= att.cue[0] < start:
            if best is None or att.cue[0] > best.cue[0]:
                best = att
    return best


_WORD_END = re.compile(r"([A-Za-z]+)\s*$")


def _who_before(text: str, a: int, b: int) -> re.Match[str] | None:
    """:data:`_WHO_BEFORE` in ``text[a:b]``, searched only when "who" is there."""
    if (
        text.find("who", a, b) < 0
        and text.find("that", a, b) < 0
        and text.find(", which", a, b) < 0
    ):
        return None
    m = _WHO_BEFORE.search(text, a, b)
    if m is not None and m.group(0).lstrip(", ").startswith("that"):
        # "that" as a relative pronoun only after a source head ("those that say")
        word = _WORD_END.search(text, max(a, m.start() - 20), m.start())
        if word is None or not speaking_antecedent(word.group(1)):
            return None
    return m


def _subject(
    scan: Scan, cue: Cue, clause_a: int, sa: int
) -> tuple[Span | None, Attribution | None] | None:
    """The source of a cue and the attribution it shares a speaker with (``None``: no source)."""
    text = scan.text
    tail_a = max(clause_a, cue.start - _TAIL)
    # the cheap test first: only an -ing cue chains ("..., saying")
    chain = text[cue.start : cue.end].endswith("ing") and _CHAIN_BEFORE.search(
        text, tail_a, cue.start
    )
    # "..., calling for": a phrasal cue takes only the source of the cue before it
    prev = _chained_from(scan, sa, cue.start) if chain or phrasal_chain(text, cue, tail_a) else None
    if prev is not None:
        return prev.source, prev
    if chain:
        # "Ortiz expressed scepticism about the reports, saying ...": the sentence's subject
        source = main_subject(text, clause_a, cue.start)
        # "Earlier Tuesday, Velt chafed at it, telling reporters ..." (.ing_adjuncts)
        return (source, None) if source is not None else None
    who = _who_before(text, tail_a, cue.start)
    if who is not None:  # "allies of Varga, who argue that ...", "a regime that says ..."
        if who.group(0).lstrip(", ").startswith("that"):
            return antecedent(text, clause_a, who.start()), None
        source = np_left(text, clause_a, who.start())
        if source is not None:
            source = named_appositive(text, clause_a, source)
        else:  # "X, the liberal stalwart who", "X -- who", "the bureau, which"
            source = who_antecedent(text, clause_a, who.start())
        return (_without_opener(text, source) if source is not None else None), None
    # "The footage from X shows"; "The proposed rules say" (not only "rules")
    evidence = (
        evidence_subject(text, clause_a, governing_verb_start(text, cue, clause_a) or cue.start)
        if cue.lemma in EVIDENCE_CUES
        and (cue.lemma not in SOURCE_ONLY or _evidence_head_before(text, cue.start))
        else None
    )
    if evidence is not None and cue.lemma not in SOURCE_ONLY:
        return evidence, None
    source = np_left(text, clause_a, cue.start, any_noun=cue.lemma in SOURCE_ONLY)
    share = share_source(text, clause_a, cue.start)  # "only 33% of adults and half of ..."
    if share is not None and (source is None or share[0] <= source[0]):
        return share, None  # with its "Only"
    if evidence is not None and (source is None or evidence[0] < source[0]):
        source = evidence
    if source is not None:
        return _without_opener(text, source), None
    verb_a = governing_verb_start(text, cue, clause_a)
    if verb_a is not None:  # "Gardner was forced to admit ...": the subject of the verb before
        source = np_left(text, clause_a, verb_a) or clause_subject(text, clause_a, verb_a)
        if source is None or text[source[0] : source[1]] in _ARTICLES:
            return None
        return _without_opener(text, source), None
    if not _CONJUNCTION_BEFORE.search(text, tail_a, cue.start):  # "and claimed", "although"
        purpose = purpose_source(text, clause_a, cue)  # "took to Twitter to criticize"
        # "Voss blasted the press, took credit for it, said ..." (.predicate_lists)
        purpose = purpose or listed_predicate_subject(text, clause_a, cue.start)
        return (purpose, None) if purpose is not None else None
    prev = _chained_from(scan, sa, cue.start)
    if prev is not None:
        return prev.source, prev
    # "Petrov echoed the premier's words and said ...": the clause's subject
    source = clause_subject(text, clause_a, cue.start) or shared_subject(text, clause_a, cue.start)
    if source is None:  # "Ana Roe, the editor, sympathized with them but suggested ..."
        source = sentence_subject(text, clause_a, cue.start)
        if source is not None and not text.startswith(",", source[1]):
            source = None
    return (source, None) if source is not None else None


def _with_governing_verb(text: str, cue: Cue, clause_a: int) -> Span:
    """The cue's span, from the verb that takes it as its infinitive when there is one."""
    verb_a = governing_verb_start(text, cue, clause_a) or purpose_to_start(text, cue, clause_a)
    return cue.span if verb_a is None else (verb_a, cue.end)


#: A sentence adverb or conjunction a subject read as a name may begin with ("But Voss").
_OPENER = re.compile(r"(?:But|And|So|Yet|Still|Even|Now|Then|Also|Only|Meanwhile|Instead)\s+(?=\S)")


def _without_opener(text: str, source: Span) -> Span:
    """*source* without the conjunction or adverb that opens it: "But Halvorsen" ->
    "Halvorsen", "Even the mayor" -> "the mayor"."""
    m = _OPENER.match(text, source[0], source[1])
    return (m.end(), source[1]) if m is not None else source


#: Cues whose addressee always comes before the content ("assured reporters that ...").
_ADDRESSEE_FIRST = frozenset("tell assure reassure inform".split())


def _complement(text: str, cue: Cue, sb: int, *, passive: bool = False) -> tuple[int, bool]:
    """Where the reported content starts after the cue, and whether "that" or ":" leads it
    (a passive cue has no addressee after it: "he was told he would ...")."""
    # patterns matched in place on [rest_a, sb): none looks behind rest_a, so no slice is copied
    rest_a = cue.end
    if cue.lemma in TELL and not passive:
        m = _TOLD_WHOM.match(text, rest_a, sb)
        if m and cue.lemma in _ADDRESSEE_FIRST:
            rest_a = m.end()
    m = _SETTING.match(text, rest_a, sb)
    rest_a = after_bare_time(text, m.end() if m else rest_a, sb)  # "reported Friday that"
    m = _THAT.match(text, rest_a, sb)
    if m is None:  # "claimed on Glenn Beck’s online show that ...", "said several times that"
        m = _PLACE_THAT.match(text, rest_a, sb) or setting_before_that(text, rest_a, sb)
        if m is not None and not _CLAUSE_SUBJECT.match(text, m.end()):
            m = None  # "to play by the rules at that border"
    if m is not None:
        rest_a = m.end()
    return rest_a, m is not None


def _bare_clause(text: str, cue: Cue, rest_a: int) -> bool:
    """Whether a cue that needs a clause has one without "that": "wants to run",
    "I think we will win" (not "you know, ..." nor "think about it")."""
    if cue.lemma in TO_CLAUSE and _TO_CLAUSE.match(text, rest_a):
        return True
    if text[cue.end : rest_a].strip():
        return False
    if cue.lemma in BARE_CLAUSE and _CLAUSE_SUBJECT.match(text, rest_a) is not None:
        return True
    return finite_clause_follows(text, cue.lemma, rest_a) or wh_clause_follows(
        text, cue.lemma, rest_a
    )


def _is_handled_quote(scan: Scan, ca: int, cb: int) -> bool:
    """Whether the content is a closed quote already found as a direct quote
    (not 'said that "we will never surrender."', which the direct step leaves)."""
    if not scan.text[ca:cb].lstrip().startswith(("“", '"')):
        return False
    q = scan.in_quote(ca + 1)
    if q is None or q.start > ca + 1 or q.end < cb - 1 or q.close is None:
        return False
    return any(att.kind == "direct" and (q.start, q.end) in att.content for att in scan.found)


def _names_with_quote(text: str, cue: Cue, rest_a: int, sb: int) -> bool:
    """'called Varga a "traitor"', 'described the attack as a "sickening" attempt'."""
    if names_something(text, cue, rest_a, sb):
        return True  # "called him a liar", "described herself as a Democrat" (.cast_as)
    return cue.lemma in NAMING and _NAMED_SOON.match(text, rest_a, sb) is not None


#: The quoted label of a naming cue comes soon after it, in the same clause: 'called the
#: plan a "disgrace"' (not 'called a meeting on Friday, after voicing "strong opposition"').
_NAMED_SOON = re.compile(r"(?:[^\s;“\"]+\s+){0,12}[“\"]")


#: What an inquiry finds, as a noun phrase: "found no evidence of collusion", "found little
#: proof", "found signs of tampering".
_EVIDENCE_FOUND = re.compile(
    r"(?:no|little|some|any|new|enough|ample|clear|sufficient|insufficient)?\s*"
    r"(?:evidence|proof|sign|signs|indication|indications|trace|traces)\b"
)
#: A subject with its verb written onto it, a short clause in full: "that’s enough", "he’s right".
_SUBJECT_VERB = re.compile(r"(?i:that|it|he|she|they|we|you|there)[’'](?:s|re)\s+\w")
#: A pronoun source after a relative pronoun: "that I think", "which they believe".
_RELATIVE_SOURCE = re.compile(
    r"\b(?:that|which|who|what)\s+(?:I|we|you|he|she|they)\s+(?:(?:[a-z]+ly|also|still)\s+)?$"
)
#: A clause whose subject is that relative pronoun: it opens with its verb.
_VERB_FIRST = re.compile(
    r"(?:is|was|are|were|will|would|could|can|should|has|have|had|may|might|must)\b"
)
#: A condition before the cue: what "it" would find if it looked is no finding.
_CONDITION_BEFORE = re.compile(r"\b(?:if|unless|whether|until)\b", re.IGNORECASE)
#: A thought set off by commas inside the clause it reports: ", I think, " / ", she believes, ".
_ASIDE_BEFORE = re.compile(r",\s*(?:I|we|he|she|they)\s+$")
_ASIDE_AFTER = re.compile(r",\s*(?=[a-z])")


def _try_cue(scan: Scan, cue: Cue, sa: int, sb: int) -> None:
    """Add the attribution around one cue in the sentence ``[sa, sb)``, if there is one."""
    text = scan.text
    q = scan.in_quote(cue.start)
    clause_a = max(sa, q.start) if q is not None else sa
    if q is not None and q.close is not None:  # a nested cue: '"I think we will win," she said'
        sb = min(sb, q.end)
    word = text[cue.start : cue.end]
    before = text[max(clause_a, cue.start - _BEFORE_REACH) : cue.start].rsplit(None, 2)[-2:]
    if before and (before[-1] in _ARTICLES or reads_as_noun(word, before)):
        return  # a noun or a gerund: "a big question", "his thinking", "in support of"
    if word in AGENT_PARTICIPLES and agent_follows(text, cue.end):
        return  # "the bill supported by Rand Hale": an agent's act (.agents)
    if word.lower() in EVIDENCE_HEADS and _evidence_verb_after(text, cue.end):
        return  # a noun: "Independent forecasts showed ..."
    if cue.lemma == "back" and (
        text[cue.start - 1 : cue.start] == "-" or _BACK_PARTICLE.match(text, cue.end)
    ):
        return  # "Russian-backed rebels", "backed out of the deal", "backs off"
    if _inverted(scan, cue, clause_a, sb):
        return
    if cue.lemma in _EXPRESSING and _expressed(scan, cue, clause_a, sa, sb):
        return
    # the content first (cheap, and most cues that need a clause have none), then the source
    passive = passive_cue(before, word)
    rest_a, has_that = _complement(text, cue, sb, passive=passive)
    bare = False
    needs_clause = cue.lemma in NEEDS_CLAUSE and not has_that
    aside = _ASIDE_AFTER.match(text, cue.end) if needs_clause else None
    if aside is not None and _ASIDE_BEFORE.search(text, max(clause_a, cue.start - 12), cue.start):
        rest_a, needs_clause = aside.end(), False  # "We can't, I think, underestimate it"
    found_evidence = (
        cue.lemma == "find"
        and _EVIDENCE_FOUND.match(text, rest_a) is not None
        and _CONDITION_BEFORE.search(text, max(clause_a, cue.start - 40), cue.start) is None
    )
    if needs_clause and _RELATIVE_SOURCE.search(text, max(clause_a, cue.start - 24), cue.start):
        if _VERB_FIRST.match(text, rest_a):  # "the one that I think is consistent with ..."
            needs_clause, bare = False, True
    if needs_clause and text[rest_a : rest_a + 1] not in '“"' and not found_evidence:
        bare = _bare_clause(text, cue, rest_a)
        if not bare and not _names_with_quote(text, cue, rest_a, sb):
            if cue.lemma not in OBJECT_TAKERS or not object_starts(text, rest_a):
                if not _shown(text, cue, clause_a, rest_a):
                    return
    # a position taken on an object: "defended the decision, saying ..." (not a clause)
    obj = (cue.lemma in OBJECT_TAKERS or found_evidence) and not has_that and not bare
    if not_reported(text, cue, rest_a):
        return
    subject = _subject(scan, cue, clause_a, sa)
    if subject is None:
        return
    source, speaker_from = subject
    if armed_attack(text, cue.lemma, source):
        return  # "U.S. warplanes attack militants": no speech
    if passive:
        source, speaker_from = None, None  # "he was told ...": who told him is not said
    if source is not None and text[source[0] : source[1]] in _GENERIC_SUBJECTS:
        return  # "if you want to do it", "Let's just say"
    cb = _before_inverted(
        text, rest_a, _content_end(text, rest_a, past_open_quote(text, rest_a, sb))
    )
    if obj:
        stop = (_OBJECT_STOP if cue.lemma in TO_CLAUSE else _OBJECT_END).search(text, rest_a, cb)
        cb = stop.start() if stop else cb
    cb = cb if has_that or bare else second_predicate_start(text, rest_a, cb, word)
    if _who_before(text, max(clause_a, cue.start - _TAIL), cue.start):
        # the relative clause ends at its comma
        close = _RELATIVE_END.search(text, rest_a, cb)
        cb = close.start() if close else cb
    cb = aside_end(text, sa, cue.start, rest_a, subordinate_end(text, sa, cue.start, rest_a, cb))
    ca, cb = trim(text, rest_a, cb)
    cb = quote_only(text, ca, cb)
    if cb - ca < MIN_CONTENT_CHARS:
        return
    content = text[ca:cb]
    if _CIRCUMSTANCE.fullmatch(content):
        return  # "said in early April.", "told a meeting of the council on Friday."
    if bare and len(content.split()) < MIN_BARE_CLAUSE_WORDS and not _SUBJECT_VERB.match(content):
        return
    if cue.lemma == "decline" and not _DECLINE_TO.match(content):
        return
    if _is_handled_quote(scan, ca, cb):
        return
    scan.used_cues.add(cue.start)
    scan.add(
        content_kind(content), source, _with_governing_verb(text, cue, clause_a), [(ca, cb)], cue.lemma,
        cue.stance, speaker_from=speaker_from,
    )  # fmt: skip


_NEXT_WORD = re.compile(r"\s+(?:(?:still|also|now|clearly|appear(?:s|ed)?\s+to)\s+)?([a-z]+)\b")


def _evidence_verb_after(text: str, end: int) -> bool:
    """Whether an evidence cue follows *end* ("forecasts [showed]", "data [suggest]")."""
    m = _NEXT_WORD.match(text, end)
    found = cue_lexicon().get(m.group(1)) if m is not None else None
    return found is not None and found[0] in EVIDENCE_CUES


#: Cues that express a feeling named by a noun ("expressed concern about", "voiced support for").
_EXPRESSING = frozenset(("express", "voice"))
#: The feeling and the preposition after such a cue: the cue runs to the preposition.
_FEELING = re.compile(
    r"\s+(?:(?:deep|serious|grave|strong|guarded|cautious|some|great|growing|public|"
    r"particular|sincere|profound|qualified|tentative|renewed|broad|its|his|her|their)\s+)?"
    r"(?:concerns?|regrets?|doubts?|disappointment|worry|worries|support|opposition|"
    r"frustration|anger|outrage|optimism|pessimism|confidence|skepticism|scepticism|"
    r"sympathy|condolences|gratitude|interest|hopes?|fears?|reservations|dismay|alarm|"
    r"surprise|unease|displeasure|satisfaction|admiration|solidarity|misgivings|sadness|"
    r"shock|sorrow|approval|disapproval|caution|appreciation|regret|openness|willingness)"
    r"(?P<prep>\s+(?:about|at|over|for|in|with|regarding|toward|towards|on|of))?"
    r"(?:\s+(?P<that>that)\b)?"
)


def _expressed(scan: Scan, cue: Cue, clause_a: int, sa: int, sb: int) -> bool:
    """A feeling expressed about a content: "Voss expressed concern about the closure" (cue
    'expressed concern about', content 'the closure'), "voiced hope that ..."."""
    text = scan.text
    m = _FEELING.match(text, cue.end)
    if m is None or not (m.group("prep") or m.group("that")):
        return False
    cue_end = m.end("prep") if m.group("prep") else len(text[: m.start("that")].rstrip())
    rest_a = m.end()
    subject = _subject(scan, cue, clause_a, sa)
    if subject is None:
        return False
    source, speaker_from = subject
    if source is not None and text[source[0] : source[1]] in _GENERIC_SUBJECTS:
        return False
    ca, cb = trim(text, rest_a, _before_inverted(text, rest_a, _content_end(text, rest_a, sb)))
    if cb - ca < MIN_CONTENT_CHARS:
        return False
    scan.used_cues.add(cue.start)
    scan.add(
        content_kind(text[ca:cb]), source, (cue.start, cue_end), [(ca, cb)], cue.lemma, cue.stance,
        speaker_from=speaker_from,
    )  # fmt: skip
    return True


_LAST_WORD = re.compile(r"([A-Za-z]+)\s+$")


def _evidence_head_before(text: str, pos: int) -> bool:
    """Whether the word right before *pos* is an evidence head ("the rules [say]")."""
    m = _LAST_WORD.search(text, max(0, pos - 20), pos)
    return m is not None and m.group(1).lower() in EVIDENCE_HEADS


#: A particle that makes "back" a phrasal verb of no support: "backed out", "backs off".
_BACK_PARTICLE = re.compile(r"\s+(?:out|off|away|down|into)\b")


def _shown(text: str, cue: Cue, clause_a: int, rest_a: int) -> bool:
    """What evidence shows, without "that": "The footage shows a man climbing the fence",
    "Polls suggest the public still sees ..." (an evidence subject and a noun phrase)."""
    verb_a = governing_verb_start(text, cue, clause_a)  # "The video appeared to show"
    return (
        cue.lemma in EVIDENCE_CUES
        and not text[cue.end : rest_a].strip()
        and (_OBJECT_START.match(text, rest_a) or _BARE_OBJECT.match(text, rest_a)) is not None
        and evidence_subject(text, clause_a, cue.start if verb_a is None else verb_a) is not None
    )


#: A bare noun phrase or wh-clause shown by evidence: "shows deputies using a stun gun",
#: "showed widening deficits", "found no link", "shows how damaged ..." (not a particle
#: nor a preposition: "showed up", "found in 2019").
_BARE_OBJECT = re.compile(
    r"(?!(?:up|out|off|in|on|at|to|of|for|by|with|from|into|as|about|and|or|but|than|"
    r"itself|themselves|it|is|are|was|were|be|been)\b)[a-z][a-z\-]*\b"
)


def _before_inverted(text: str, a: int, b: int) -> int:
    """Where a content stops before an inverted cue of another speaker inside it:
    'Herrman said the site grew, Jon Roe wrote in the Ledger.' -> 'the site grew';
    '..., a senior official at the commission said on Monday.'"""
    lexicon = cue_lexicon()
    for m in _INNER_INVERTED.finditer(text, a, b):
        words = list(_SOURCE_WORD.finditer(text, m.end(), min(b, m.end() + _INNER_REACH)))
        for k, word in enumerate(words[1 : MAX_INNER_SOURCE_WORDS + 1], start=1):
            gap = text[words[k - 1].end() : word.start()]
            if not gap.isspace():
                break
            verb = word.group(0).rstrip(".")
            cue = Cue(word.start(), word.start() + len(verb), "", "")
            if verb in lexicon and _inverted_tail(text, cue, b):
                return m.start()
    for m in _SAID_FIRST.finditer(text, a, b):  # '..., said a congressman at the meeting.'
        source = np_right(text, m.end(), b)
        if source is not None and _said_first_source(text, source, b):
            tail = _NP_TAIL.match(text, source[1], b)
            if tail is not None and _CLAUSE_ENDS.match(text, tail.end(), b):
                return m.end("close") if m.group("close") else m.start()
    return b


def _said_first_source(text: str, source: Span, b: int) -> bool:
    """A source after a said-first inverted cue: a name, or a described one whose head
    comes in its first words ("a council member involved in the talks")."""
    if named_or_described(text, source, b):
        return True
    words = text[source[0] : source[1]].split()
    return words[0] in DESCRIBED and any(
        looks_like_source(words[1:k]) for k in range(2, min(len(words), 4) + 1)
    )


#: An inverted cue right after a comma inside a content, before its source.
_SAID_FIRST = re.compile(
    r",(?P<close>[”\"’]?)\s+(?:said|says|wrote|added|told|argued|noted|explained)(?=\s)"
)
#: What may follow such a source up to the end of its clause: an appositive or a
#: participle phrase ("a congressman involved in the meeting").
_NP_TAIL = re.compile(r"[^,;.!?\"“”]{0,80}")


def _inverted_tail(text: str, cue: Cue, sb: int) -> bool:
    """Whether nothing but a time, a setting, an addressee ('told Channel 9') or a
    chained cue (', noting that ...') follows an inverted cue."""
    tail = text[cue.end : sb]
    tail = tail[: tail_clause(tail)]
    if cue.lemma == "tell":
        m = _TOLD_TAIL.match(tail)
        tail = tail[m.end() :] if m else tail
    m = _OUTLET_TAIL.match(tail)  # "..., Herrman wrote in the New York Times this August."
    tail = tail[m.end() :] if m else tail
    return _INVERTED_TAIL.fullmatch(tail.strip()) is not None


_CLAUSE_ENDS = re.compile(r"\s*(?:[,;.!?]|$)")


def _inverted(scan: Scan, cue: Cue, sa: int, sb: int) -> bool:
    """Content before the cue: '..., the ministry said.' / '..., said Noor Haddad, an economist.'"""
    text = scan.text
    # a comma and at most seven words before the cue: the last few hundred characters
    # no character after the pattern's comma is a comma: only the last one can start it
    comma = text.rfind(",", max(sa, cue.start - _COMMA_SUBJECT_REACH), cue.start)
    m = _COMMA_SUBJECT.match(text, comma, cue.start) if comma >= 0 else None
    if m is None:
        return False
    if m.group(2).strip():  # "..., the ministry said."
        if not _inverted_tail(text, cue, sb):
            return False
        source = np_left(text, m.start(2), cue.start)
    else:  # "..., said Noor Haddad, a health economist at the Fairhaven Policy Centre."
        if cue.lemma not in INVERTING:
            return False
        source = np_right(text, cue.end, sb) or plural_source_after(text, cue.end, sb)
        tail = text[source[1] : sb] if source is not None else ""
        told_on = cue.lemma == "tell" and not _CLAUSE_ENDS.match(tail)  # "told X the plan ..."
        owner = source is not None and text[source[1] - 2 : source[1]] in ("’s", "'s")
        if tail and (told_on or owner or _VERB_AFTER_SOURCE.match(tail)):
            return False  # "Ana Roe, a fundraiser, said Mr. Voss can explain it": no inversion
        if source is not None and not named_or_described(text, source, sb):
            source = None
        if source is None:  # '“...,” Sen. Ron Lutz, the chairman of X, said on Tuesday.'
            return _appositive_inverted(scan, cue, sa, sb)
    if source is None:
        return False
    # a mixed quote keeps its closing mark: 'Iran "received a kosher stamp," said Noor Haddad.'
    ca, cb = opening(text, sa, m.end("close") if m.group("close") else m.start())
    if (
        cb - ca < MIN_INVERTED_CONTENT_CHARS
        or scan.in_quote(ca + 1) is not None
        and text[ca] in '“"'
    ):
        return False
    scan.used_cues.add(cue.start)
    scan.add(content_kind(text[ca:cb]), source, cue.span, [(ca, cb)], cue.lemma, cue.stance)
    return True


#: A finite verb or "that" soon after what reads as the source of a said-first cue: that
#: source is the subject of a reported clause, or only its first words ("..., said Mr. Voss
#: can explain the deal", "Ana Roe, a fundraiser, said Republican operatives have told him",
#: "Vance, though, argued Friday that ...").
_VERB_AFTER_SOURCE = re.compile(
    r"(?:\s+(?!(?:as|when|while|after|before|because|since|until|if|he|she|they|it|we|who|"
    r"which|whom|whose)\b)(?:and\s+[A-Z][\w’'\-]*|[a-z][\w\-]*)){0,3}?"
    r"(?:\s+(?:(?:also|still|now|already|never|not|just)\s+)?(?:will|would|could|should|can|"
    r"may|might|must|is|are|was|were|has|have|had|does|did|do|wo|ca)(?:n[’']t)?\b"
    r"|\s+(?!(?:according|based|named|called|aged|located|quoted)\b)[a-z]+ed\s|\s+that\s)"
)


#: A comma that may end the content before an inverted source, with a closing mark.
_CONTENT_COMMA = re.compile(r",(?P<close>[”\"’]?)\s+")
#: The most commas looked back at for the end of the content before an appositive source.
MAX_APPOSITIVE_COMMAS = 3


def _appositive_inverted(scan: Scan, cue: Cue, sa: int, sb: int) -> bool:
    """Content, a name and its appositives, then the cue: '..., Sen. Ron Lutz, the chairman
    of the committee, said in a radio interview.'"""
    text = scan.text
    if not _inverted_tail(text, cue, sb):
        return False
    commas = list(_CONTENT_COMMA.finditer(text, sa, cue.start))[:-1]
    for m in reversed(commas[-MAX_APPOSITIVE_COMMAS:]):
        source = leading_name(text, m.end(), cue.start)
        if source is None:
            continue
        ca, cb = opening(text, sa, m.end("close") if m.group("close") else m.start())
        if cb - ca < MIN_INVERTED_CONTENT_CHARS or (
            text[ca] in '“"' and scan.in_quote(ca + 1) is not None
        ):
            return False
        scan.used_cues.add(cue.start)
        scan.add(content_kind(text[ca:cb]), source, cue.span, [(ca, cb)], cue.lemma, cue.stance)
        return True
    return False


def _direct_test(scan: Scan) -> Callable[[int], bool]:
    """A test of whether a position lies inside the content of a direct quote found so far."""
    spans = sorted(c for att in scan.found for c in att.content if att.kind == "direct")
    starts = [s for s, _ in spans]

    def in_direct(pos: int) -> bool:
        k = bisect.bisect_right(starts, pos) - 1
        return k >= 0 and pos < spans[k][1]

    return in_direct


def find_indirect(scan: Scan) -> None:
    """Add the indirect, mixed and according-to attributions, sentence by sentence."""
    text = scan.text
    lexicon = cue_lexicon()
    in_direct = _direct_test(scan)
    # Where the cue words are: one scan of the text (shared with the other finders' words)
    places = scan.word_places(lexicon)
    cue_starts = _cue_starts(text) if places is None else [p for p, _ in places]
    according = "ccording to" in text  # else no sentence has it
    for sa, sb in scan.article.sentences:
        if sb > sa and _WORD_ACROSS.match(text, sb - 1):
            # A word runs on past the sentence's end: the sentence alone decides its words.
            found = [m.start() for m in _LOWER_WORD.finditer(text, sa, sb) if m.group(0) in lexicon]
        else:
            found = cue_starts[
                bisect.bisect_left(cue_starts, sa) : bisect.bisect_left(cue_starts, sb)
            ]
        for pos in found:
            if pos in scan.used_cues:
                continue
            cue = cue_at(text, pos)
            if cue is not None and (cue.lemma in NESTED or not in_direct(pos)):
                _try_cue(scan, cue, sa, sb)
        if according and text.find("ccording to", sa, sb) >= 0:
            find_according_to(scan, sa, sb, in_direct)
    find_noun_cues(scan, _content_end_before_inverted)
    find_appearances(scan, _content_end_before_inverted)


def _content_end_before_inverted(text: str, a: int, sb: int) -> int:
    """Where a noun cue's or an appearance's content ends: as for a verb, and before an
    inverted cue of another source ('..., a senior official said')."""
    return _before_inverted(text, a, _content_end(text, a, sb))
