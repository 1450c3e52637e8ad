"""Positions taken by an agent named after "by": "the bill supported by House Speaker Rand
Hale", "a resolution sponsored by Rep. Ana Roe", "which was sponsored by Sen. Tom Lutz".

The PARC convention annotates them as act attributions: the cue is the participle with
its "by" ("supported by", "was sponsored by", "has been criticized by"), the source the
agent after it and the content what was supported, the noun phrase before the participle
(or the relative pronoun that stands for it: "which"). Our default convention leaves them
to the act rules of the stance triples (:mod:`newsresearch.attribution.stance`), which
read the cue with its agent; :func:`~newsresearch.attribution.conventions.convert` adds
them in the PARC convention. :func:`~newsresearch.attribution.indirect.find_indirect`
leaves such participles.
"""

from __future__ import annotations

import re

from .phrases import EVIDENCE_HEADS, looks_like_source
from .records import Scan, Span

__all__ = ["AGENT_PARTICIPLES", "BY_AGENT", "agent_follows", "find_agent_acts"]

#: Participles whose agent after "by" takes a position on what comes before them.
AGENT_PARTICIPLES = frozenset(
    "supported backed sponsored co-sponsored proposed endorsed championed criticized "
    "criticised opposed challenged disputed".split()
)
_LEMMAS = {
    "supported": "support", "backed": "back", "sponsored": "sponsor", "co-sponsored": "sponsor",
    "proposed": "propose", "endorsed": "endorse", "championed": "champion",
    "criticized": "criticize", "criticised": "criticise", "opposed": "oppose",
    "challenged": "challenge", "disputed": "dispute",
}  # fmt: skip
#: A participle and its "by" ("backed up by", "sponsored in the House by").
_PARTICIPLE_BY = re.compile(
    rf"\b(?P<verb>{'|'.join(sorted(AGENT_PARTICIPLES, key=len, reverse=True))})"
    r"(?:\s+up)?(?:\s+in\s+the\s+(?:House|Senate))?\s+by\s+"
)
#: What joins a participle to its agent, part of the PARC cue ("backed up by").
BY_AGENT = re.compile(r"(?:\s+up)?(?:\s+in\s+the\s+(?:House|Senate))?\s+by(?=\s)")
#: The agent: a noun phrase up to its clause's end (an abbreviated title keeps its period).
_AGENT = re.compile(
    r"(?=[A-Z]|[a-z][\w\-]*\b)"
    r"(?:\b[A-Z][a-z]{0,3}\.(?=\s*[A-Z])|[^,;:.!?()\[\]\"“”—–\n]|\([A-Z][^()]{0,12}\))*?"
    r"(?=\s*(?:[,;:!?\"“”—–\n]|\.(?:\s|$)|$|\s(?:to|that|who|which|whose|in|on|at|for|as|after|"
    r"before|during|when|while|because|since|until|amid|despite|over|with|from|about|is|was|"
    r"are|were|has|had|have|would|will|could|can|"
    r"and\s+(?:to|is|was|has|had|would|will)|calls|says|said)\b))"
)
#: More names coordinated with the agent: ", France and Britain".
_MORE_NAMES = re.compile(
    r"(?:,\s+[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)*)*,?\s+(?:and|or)\s+[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)*"
)


#: A relative pronoun right before the participle and its auxiliaries: the content.
_RELATIVE = re.compile(
    r"(?P<rel>which|that|who)\s+(?:(?:is|was|are|were|has|have|had|been|being|previously|also|"
    r"long|widely|strongly|first|initially|later|now)\s+)*$"
)
#: Words that end no noun phrase: verbs, prepositions and function words.
_NOT_HEAD = frozenset(
    "is was are were be been being has have had to of in on at for with by from and or but "
    "that which who said says will would could can may might should must not also".split()
)
_NOT_HEAD_WORD = "(?:" + "|".join(sorted(_NOT_HEAD)) + ")"
#: The noun phrase right before a reduced relative ("the bill supported by", "regulations
#: previously backed by"), or before its comma ("the plan, supported by").
_NP_BEFORE = re.compile(
    r"\b(?P<np>(?:(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+)?"
    rf"(?:(?!{_NOT_HEAD_WORD}\b)[\w’'\-]+\s+){{0,3}}?(?!{_NOT_HEAD_WORD}\b)[\w’'\-]+)"
    r"(?P<sep>,\s+|\s*[—–]\s*|\s+)"
    r"(?P<aux>(?:(?:is|was|are|were|has|have|had|been|being|previously|also|long|widely|strongly|"
    r"first|initially|later|now|once|jointly)\s+)*)$"
)
_DETERMINERS = re.compile(r"(?:the|a|an|this|that|these|those|his|her|their|its)\s", re.IGNORECASE)


def agent_follows(text: str, end: int) -> bool:
    """Whether "by" and an agent follow a participle ending at *end* ("supported [by X]")."""
    return _PARTICIPLE_BY.match(text, _word_start(text, end)) is not None


def _word_start(text: str, end: int) -> int:
    a = end
    while a > 0 and (text[a - 1].isalpha() or text[a - 1] == "-"):
        a -= 1
    return a


def _content_before(text: str, sa: int, pos: int) -> Span | None:
    """What the agent took a position on: the relative pronoun or the noun phrase before."""
    m = _RELATIVE.search(text, max(sa, pos - 60), pos)
    if m is not None:
        return m.span("rel")
    m = _NP_BEFORE.search(text, max(sa, pos - 80), pos)
    if m is None:
        return None
    if "," in m.group("sep") and m.group("aux"):
        return None  # "X, who ..., has been challenged by": the subject is further back
    a, b = m.span("np")
    words = text[a:b].split()
    if words[-1].lower() in _NOT_HEAD or words[-1].endswith(("ed", "ing")) or len(words) > 4:
        return None
    det = _DETERMINERS.search(text, a, b)  # "denounce the bill": from its determiner
    if det is not None:
        a = det.start()
    if any(w.lower() in _NOT_HEAD for w in text[a:b].split()):
        return None  # "Ryan said the plan": no noun phrase
    return a, b


def _agent(text: str, a: int, sb: int) -> Span | None:
    """The agent after "by": a name or a phrase that can be a source ("economists")."""
    m = _AGENT.match(text, a, sb)
    if m is None or not m.group(0).strip():
        return None
    b = m.end()
    words = m.group(0).split()
    if not words[0][:1].isupper() and not looks_like_source(words):
        return None
    if any(w.lower() in EVIDENCE_HEADS for w in words):  # "backed by evidence": no agent
        return None
    more = _MORE_NAMES.match(text, b, sb) if words[-1][:1].isupper() else None
    return a, more.end() if more is not None else b


def find_agent_acts(scan: Scan) -> None:
    """Add the act attributions of an agent after "by" ("the bill supported by Rand Hale"),
    their cue the participle, to the scan (cues in ``scan.used_cues`` are left)."""
    text = scan.text
    for (sa, sb), m in scan.sentence_matches(" by ", _PARTICIPLE_BY):
        if m.start() in scan.used_cues or scan.in_quote(m.start()) is not None:
            continue
        agent = _agent(text, m.end(), sb)
        if agent is None:
            continue
        content = _content_before(text, sa, m.start())
        if content is None:
            continue
        scan.used_cues.add(m.start())
        scan.add(
            "indirect", agent, m.span("verb"), [content],
            _LEMMAS[m.group("verb")], "other",
        )  # fmt: skip
        scan.found[-1].type = "act"
