"""Thoughts inside a relative clause whose subject is a noun phrase: "what many of his
friends believe would be a ruinous encounter", "what the regime is hoping could happen
again", "what we assess was a missile launch".

PARC annotates the thought of the clause's subject (cue the verb with its auxiliary),
its content the relative pronoun and the verb phrase the pronoun is the subject of
(``what`` | ``would be a ruinous encounter``). The indirect step reads this shape after a
pronoun source ("what he thought was ..."); this module reads it after any noun phrase.
Read after :func:`~newsresearch.attribution.indirect.find_indirect`.
"""

from __future__ import annotations

import bisect
import re

from .content_end import content_end
from .cues import cue_lexicon
from .phrases import np_left, trim
from .records import Scan, content_kind, scan_words

__all__ = ["find_relative_thoughts"]

#: The thought verbs read here, each form with its lemma.
_LEMMAS = {
    form: lemma
    for lemma, forms in {
        "believe": "believe believes believed",
        "think": "think thinks thought",
        "hope": "hope hopes hoped hoping",
        "expect": "expect expects expected expecting",
        "fear": "fear fears feared fearing",
        "suspect": "suspect suspects suspected",
        "assess": "assess assesses assessed",
    }.items()
    for form in forms.split()
}
#: A relative pronoun, the subject of its clause (up to six words), the thought verb with
#: its auxiliary, and the verb the pronoun is the subject of.
_RELATIVE_THOUGHT = re.compile(
    r"\b(?P<rel>what|which|that)\s+(?P<source>(?:[\w’'\-.]+\s+){0,5}?[\w’'\-.]+)\s+"
    rf"(?P<cue>(?:(?:is|are|was|were|still|also|now|[a-z]+ly)\s+)?(?:{'|'.join(_LEMMAS)}))\s+"
    r"(?=(?:would|will|was|is|were|are|could|can|has|had|have|might|may|must|should)\b)"
)
#: A thought verb right before a finite verb: the sentences worth reading in full.
_VERB_THEN_FINITE = re.compile(
    rf"\b(?:{'|'.join(_LEMMAS)})\s+(?:would|will|was|is|were|are|could|can|has|had|have|might|"
    r"may|must|should)\b"
)
#: A finite verb right after a thought verb (read at each place of one).
_FINITE_AFTER = re.compile(
    r"\s+(?:would|will|was|is|were|are|could|can|has|had|have|might|may|must|should)\b"
)
_FORMS = frozenset(_LEMMAS)
scan_words(lambda: _FORMS)
#: Words that cannot open the subject of the clause (an auxiliary opens a question: "what
#: do you think is going to happen").
_NOT_SOURCE = frozenset(
    "it this that these those is was are were has have had do does did will would can could "
    "should and or but "
    "to of in on at for with by from as".split()
)
#: The shortest content after the relative pronoun, in characters.
MIN_CONTENT_CHARS = 8


def find_relative_thoughts(scan: Scan) -> None:
    """Add the thoughts of noun-phrase subjects inside relative clauses of the scanned
    article.

    Examples
    --------
    >>> from newsresearch.text import Article
    >>> t = "It was what many of her allies believe would be a costly fight."
    >>> scan = Scan(Article(t))
    >>> find_relative_thoughts(scan)
    >>> att = scan.found[0]
    >>> t[att.source[0]:att.source[1]], [t[a:b] for a, b in att.content]
    ('many of her allies', ['what', 'would be a costly fight'])
    """
    text = scan.text
    lexicon = cue_lexicon()
    for sa, sb in _candidate_sentences(scan):
        for m in _RELATIVE_THOUGHT.finditer(text, sa, sb):
            verb = m.group("cue").split()[-1]
            start = m.start("cue") + m.group("cue").rfind(verb)
            if start in scan.used_cues or m.start("cue") in scan.used_cues:
                continue  # read already ("what he thought was")
            if m.group("source").split()[0].lower() in _NOT_SOURCE:
                continue
            if np_left(text, m.start("source"), m.end("source"), any_noun=True) is None:
                continue  # no noun phrase ends before the verb
            source = m.span("source")  # "many of his friends": the whole subject
            rest = m.end()
            q = scan.in_quote(m.start())
            stop = sb if q is None or q.close is None else min(sb, q.end)
            ca, cb = trim(text, rest, content_end(text, rest, stop))
            if cb - ca < MIN_CONTENT_CHARS:
                continue
            scan.used_cues.add(start)
            lemma = _LEMMAS[verb]
            stance = lexicon.get(verb, (lemma, "other"))[1]
            scan.add(
                content_kind(text[ca:cb]),
                source,
                m.span("cue"),
                [m.span("rel"), (ca, cb)],
                lemma,
                stance,
            )
            scan.found[-1].type = "thought"


def _candidate_sentences(scan: Scan) -> list[tuple[int, int]]:
    """The sentences holding a thought verb right before a finite verb, from the one scan
    of the text for every finder's words."""
    text = scan.text
    places = scan.word_places(_FORMS)
    if places is None:  # a scan of its own
        places = [(m.start(), "") for m in _VERB_THEN_FINITE.finditer(text)]
    else:
        places = [(p, w) for p, w in places if _FINITE_AFTER.match(text, p + len(w))]
    starts = scan.article.sentence_starts
    sentences = scan.article.sentences
    out: list[tuple[int, int]] = []
    for pos, _ in places:
        k = bisect.bisect_right(starts, pos) - 1
        if k >= 0 and sentences[k] not in out[-1:]:
            out.append(sentences[k])
    return out
