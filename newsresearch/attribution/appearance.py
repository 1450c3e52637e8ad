"""Appearance and expectation with no source: "X appears to ...", "X is expected to ...".

PARC/PolNeAR annotate ``the missile appeared to be a Scud``, ``Warner is expected to
home in on ...``, ``the White House seems poised for battle`` and ``It appears that
...`` as thought attributions without a source: the cue is the raising verb (with its
auxiliary or negation: ``is expected``, ``did not seem``), the content the subject and
the complement (two fragments), or the "that" clause after ``It appears``. Passives of
belief and report raise their subject the same way (``Kim is reported to be flying out``,
``It is assumed to be a Scud``: cue ``is reported``, a thought or speech by its lemma).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from .content_end import subordinate_end
from .cues import INFINITIVE_CUES, cue_lexicon
from .phrases import np_left, trim
from .records import Scan, Span

__all__ = ["bare_subject", "find_appearances"]

#: The shortest complement, in characters.
MIN_COMPLEMENT_CHARS = 6

#: Passives of belief and report that raise their subject ("Kim is reported to be flying
#: out", "the fire is believed to be the deadliest"), with their lemmas: read only before
#: "to be" or "to have" ("was reported to police" reports nothing).
_PASSIVES = {
    "believed": "believe", "thought": "think", "assumed": "assume", "reported": "report",
    "said": "say",
}  # fmt: skip
_PASSIVE_INFINITIVES = frozenset(("be", "have"))
_RAISING = re.compile(
    r"(?P<cue>(?:(?:is|are|was|were|’s|'s)\s+(?:also\s+|widely\s+)?"
    rf"(?:expected|(?P<passive>{'|'.join(_PASSIVES)})))"  # "is expected", "is believed"
    r"|(?:(?:did|does|do)\s+not\s+)?(?P<verb>appear|appears|appeared|seem|seems|seemed))"
    r"\s+(?P<rest>to\s+(?P<inf>[a-z]+)|poised\b|(?P<word>[a-z]+))"
)
#: A word one of the patterns needs: a quick test of a text or sentence. Each alternative
#: opens with a letter (no group), so the engine skips along the text to the letters that
#: can start one (``(?:believed|...)\s+to\s`` as one alternative scans about 1.6 times as slowly).
_RAISING_WORD = re.compile("appear|seem|expected|" + "|".join(rf"{w}\s+to\s" for w in _PASSIVES))
#: "It appears that ...", "it seems she is ...": the cue takes the "it" (as in the gold).
_IT_THAT = re.compile(
    r"\b(?P<cue>[Ii]t\s+(?P<verb>appears|appeared|seems|seemed))\s+"
    r"(?:that\s+|(?=(?:he|she|they|we|I|you|there)\s))"
)
#: Infinitives that report speech: a raising verb before them is no appearance of its own
#: ("is expected to tell", "are expected to claim part of the duty back").
_SPEECH = INFINITIVE_CUES | frozenset("claim report write argue insist".split())
# Words after "appeared" that make it "show up" ("appeared in court"), not appearance.
_NOT_COMPLEMENT = frozenset(
    "in on at before with for during as alongside onstage together and or but".split()
)


def _lemma(cue: str) -> str:
    passive = _PASSIVES.get(cue.split()[-1])
    if passive is not None:
        return passive
    return "expect" if cue.endswith("expected") else ("appear" if "appear" in cue else "seem")


def find_appearances(scan: Scan, content_end: Callable[[str, int, int], int]) -> None:
    """Add the source-less appearance and expectation attributions of the scanned article.

    *content_end* is ``(text, start, sentence_end) -> end``, the indirect step's rule.

    Examples
    --------
    >>> from newsresearch.text import Article
    >>> from newsresearch.attribution.records import Scan
    >>> t = "Warner is expected to press Ortiz on the talks."
    >>> scan = Scan(Article(t))
    >>> find_appearances(scan, lambda text, a, b: b)
    >>> att = scan.found[0]
    >>> t[att.cue[0]:att.cue[1]], [t[a:b] for a, b in att.content], att.source
    ('is expected', ['Warner', 'to press Ortiz on the talks'], None)
    """
    text = scan.text
    lexicon = cue_lexicon()
    for sa, sb in _raising_sentences(scan):
        for m in _IT_THAT.finditer(text, sa, sb):
            ca, cb = trim(text, m.end(), content_end(text, m.end(), sb))
            if cb - ca >= MIN_COMPLEMENT_CHARS:
                _add(scan, m.span("cue"), [(ca, cb)], m.group("cue"))
                scan.used_cues.add(m.start("verb"))
        for m in _RAISING.finditer(text, sa, sb):
            if m.group("inf") in lexicon and (
                m.start("inf") in scan.used_cues or lexicon[m.group("inf")][0] in _SPEECH
            ):  # "is expected to tell", "seemed to suggest": the infinitive is the cue
                continue  # (not "is expected to decide", "appeared to want": no cue read)
            if m.group("passive") and m.group("inf") not in _PASSIVE_INFINITIVES:
                continue
            word = m.group("word")
            if word is not None and (not m.group("verb") or "seem" not in m.group("verb")):
                continue  # only "seem" takes an adjective ("seemed pretty spontaneous")
            if word in _NOT_COMPLEMENT or m.start("cue") in scan.used_cues:
                continue
            subject = bare_subject(text, np_left(text, sa, m.start("cue") - 1, any_noun=True))
            if subject is None and text[max(sa, m.start("cue") - 5) : m.start("cue")] == "what ":
                subject = (m.start("cue") - 5, m.start("cue") - 1)  # "launched what appeared"
            cb = content_end(text, m.start("rest"), sb)
            cb = subordinate_end(text, sa, m.start("cue"), m.start("rest"), cb)
            ca, cb = trim(text, m.start("rest"), cb)
            if subject is None or cb - ca < MIN_COMPLEMENT_CHARS:
                continue
            _add(scan, m.span("cue"), [subject, (ca, cb)], m.group("cue"))


#: The words each match of :data:`_RAISING_WORD` opens with (plain strings, found by
#: substring search: faster than scanning the text with the pattern).
_RAISING_OPENERS = ("appear", "seem", "expected", *_PASSIVES)


def _raising_sentences(scan: Scan) -> list[Span]:
    """The sentences that hold a match of :data:`_RAISING_WORD`, each searched on its own.

    Every match opens with one of :data:`_RAISING_OPENERS` and matches in the whole text
    where it matches inside its sentence (the pattern has no anchor nor look-around), so
    only the sentences that hold an opener the pattern matches at are searched.
    """
    text = scan.text
    sentences = scan.article.sentences
    starts = scan.article.sentence_starts
    match = _RAISING_WORD.match
    held: set[int] = set()  # the sentences to search, by number
    for word in _RAISING_OPENERS:
        pos = text.find(word)
        while pos >= 0:
            if match(text, pos) is not None:
                k = bisect.bisect_right(starts, pos) - 1
                if k >= 0 and pos < sentences[k][1]:
                    held.add(k)
            pos = text.find(word, pos + 1)
    return [sentences[k] for k in sorted(held) if _RAISING_WORD.search(text, *sentences[k])]


#: Words a subject found by :func:`~.phrases.np_left` may open with that are not its own:
#: a subordinator or "that" ("While Democrats seemed", "that he appears") or an adverb.
_SUBJECT_LEAD = re.compile(
    r"(?:(?:that|while|although|though|because|since|if|when|whether|as|and|but|"
    r"[a-z]+ly)\s+)+",
    re.IGNORECASE,
)
_WHAT = re.compile(r"\bwhat\b")


def bare_subject(text: str, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """*span* from its last "what" ("North Korea launched [what] appeared to be") or without
    its leading subordinator and adverbs ("While [Democrats] seemed", "generally [their use]")."""
    if span is None:
        return None
    a, b = span
    whats = list(_WHAT.finditer(text, a, b))
    if whats:
        return whats[-1].start(), b
    lead = _SUBJECT_LEAD.match(text, a, b)
    if lead is not None and lead.end() < b:
        a = lead.end()
    return a, b


def _add(scan: Scan, cue: tuple[int, int], content: list[tuple[int, int]], word: str) -> None:
    scan.used_cues.add(cue[0])
    lemma = _lemma(word)
    stance = cue_lexicon().get(word.split()[-1], ("", "other"))[1] if lemma in _LEMMAS else "other"
    scan.add("indirect", None, cue, content, lemma, stance)


_LEMMAS = frozenset(_PASSIVES.values())
