"""Noun cues: reported content introduced by a noun and "that".

``her allegation that she had seen ...``, ``Rubio's claims that he once ...``,
``speculation that the summit might continue``, ``the study's conclusion that ...``:
the noun is the cue (``data/attribution_nouns.csv`` gives the verb it reports
like, hence its stance and type), a possessive right before it the source (none
otherwise), and the clause after "that" the content. A noun that opens another cue's
content is read too, nested in it as PARC does ("denied [reports] that she ...").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from ..lexicons import data_lines
from ..lexicons.tokens import prefixed_word_matches
from .phrases import trim
from .prep_nouns import find_prep_nouns
from .records import Scan, content_kind

__all__ = ["AS_DESCRIPTION", "find_noun_cues", "noun_cues"]

#: The shortest content of a noun cue, in characters.
MIN_NOUN_CONTENT_CHARS = 8

# A possessive source right before the noun, with at most one adjective between:
# "her", "Rubio's", "Commerce Secretary Wilbur Ross’s", "the study's".
_POSSESSIVE = re.compile(
    r"(?P<src>(?:(?:the|a)\s+)?(?:[A-Z][\w.\-]*\s+){0,3}[\w.\-]+(?:’s|'s|s’|s')"
    r"|\b(?:his|her|their|its|our|my|His|Her|Their|Its|Our|My))\s+(?:[a-z]+\s+)?$"
)
_LOOKBACK = 80
_LONGEST_NOUN = 14


@lru_cache(maxsize=1)
def noun_cues() -> dict[str, tuple[str, str]]:
    """Every noun-cue form -> (lemma of the verb it reports like, stance).

    Examples
    --------
    >>> noun_cues()["allegations"]
    ('allege', 'accusation')
    """
    out: dict[str, tuple[str, str]] = {}
    for line in data_lines("attribution_nouns.csv")[1:]:
        forms, lemma, stance = line.split(",")
        for form in forms.split():
            out[form] = (lemma, stance)
    return out


#: "that" as a relative pronoun: a verb right after it, an auxiliary or an adverb and a
#: verb ("the decision that was made", "a plan that actually brings down costs"), a past
#: verb and its object ("the ruling that halted the ban", "the complaint that set off").
_RELATIVE_THAT = re.compile(
    r"(?:(?:is|was|are|were|has|had|have|will|would|could|can|may|might|should|must|does|"
    r"did)\b|(?:[a-z]+ly|only|also|just|never|still)\s+[a-z]+(?:s|ed)\b"
    r"|(?:[a-z]+ed|set|led|put|cut|made|gave|took|sent|brought|left)\s+"
    r"(?:(?:the|a|an|his|her|its|their|our|my|off|up)\b|[A-Z]))"
)
#: A verb after "to" (an infinitive: "Trump's wish to run"), not a determiner or a pronoun.
_TO_VERB = re.compile(
    r"(?!(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|him|them|us|me|it)\b)"
    r"[a-z]+\b"
)
#: A bare clause after a plural noun of speech: a pronoun subject and its finite verb
#: ("reports she had been fired", "claims he repeatedly asked"); group "at" is the space
#: after the noun.
_BARE_AFTER_NOUN = re.compile(
    r"\b(?:reports|claims|allegations|accusations|assertions|rumors|rumours)"
    r"(?P<at> )(?=(?:he|she|they|it|we|I)\s+(?:(?:[a-z]+ly|also|never|still|had|has|have|was|were|is|"
    r"are|would|will|could|did|does)\b|[a-z]+ed\b))"
)
#: _BARE_AFTER_NOUN without its leading ``\b``, for
#: :func:`~newsresearch.lexicons.tokens.prefixed_word_matches` (the same matches, found
#: from the places of its words).
_BARE_AFTER_NOUN_WORDS = re.compile(_BARE_AFTER_NOUN.pattern.removeprefix(r"\b"))
#: The plain strings every match of _BARE_AFTER_NOUN opens with (found by substring search).
_BARE_NOUN_PREFIXES = tuple(
    f"{w} " for w in "reports claims allegations accusations assertions rumors rumours".split()
)
#: "as" and a description after "that", which makes "that" an object ("view that as a
#: threat"), not "as many as", "as if", "as of", "as expected" (a clause: "estimate that as
#: many as", "call that as of Tuesday").
AS_DESCRIPTION = re.compile(
    r"as\s+(?!(?:[\w\-]+\s+as|if|though|of|to|for|expected|part|well|soon|long|far|much|many)\b)"
)
# The word before " that " (found by str.find: far faster than a pattern of all the nouns).
_WORD_BEFORE = re.compile(r"\b[a-z]+$")
_THAT = " that "
_TO = " to "


def find_noun_cues(scan: Scan, content_end: Callable[[str, int, int], int]) -> None:
    """Add the noun-cue attributions of the scanned article.

    *content_end* is ``(text, start, sentence_end) -> end``, where the content stops
    (the indirect step's rule, so both end content the same way).

    Examples
    --------
    >>> from newsresearch.text import Article
    >>> from newsresearch.attribution import find_attributions
    >>> t = "The panel heard Varga's claims that she had lied to the inquiry."
    >>> [(t[a.source[0]:a.source[1]], t[a.cue[0]:a.cue[1]]) for a in find_attributions(Article(t))
    ...  if a.lemma == "claim"]
    [("Varga's", 'claims')]
    """
    text = scan.text
    nouns = noun_cues()
    # "said in a statement that ...": the verb's content, not the noun's
    taken = {att.content[0][0] for att in scan.found}
    for link in (_THAT, _TO):
        pos = text.find(link)
        while pos >= 0:
            at, pos = pos, text.find(link, pos + 1)
            _try_noun(scan, nouns, taken, at, link, content_end)
    # "denied reports she had been fired"; no match inside a word ("reclaims")
    for m in prefixed_word_matches(_BARE_AFTER_NOUN_WORDS, _BARE_NOUN_PREFIXES, text):
        _try_noun(scan, nouns, taken, m.start("at"), " ", content_end)
    # "his calls for a recount", "the allegations of fraud"
    find_prep_nouns(scan, content_end)


def _try_noun(
    scan: Scan,
    nouns: dict[str, tuple[str, str]],
    taken: set[int],
    at: int,
    link: str,
    content_end: Callable[[str, int, int], int],
) -> None:
    """The noun cue before *link* (" that " / " to ") at *at*, if there is one."""
    text = scan.text
    m = _WORD_BEFORE.search(text, max(0, at - _LONGEST_NOUN), at)
    if m is None or m.group(0) not in nouns:
        return
    cue_a = m.start()
    rest = at + len(link) if link != _TO else at + 1  # "to" belongs to the content
    sa, sb = scan.sentence_of(cue_a)
    if cue_a in scan.used_cues or rest > sb:
        return
    if link == _THAT and _RELATIVE_THAT.match(text, rest):
        return  # "a plan that actually brings down costs": a relative clause, no content
    if link == _THAT and AS_DESCRIPTION.match(text, rest):
        return  # "I view that as a hard question": a verb and its object, no noun cue
    if link == _TO and not _TO_VERB.match(text, at + len(link)):
        return  # "his report to the public": a preposition, no infinitive
    pm = _POSSESSIVE.search(text, max(sa, cue_a - _LOOKBACK), cue_a)
    if pm is None and link == _TO:
        return  # "plans to" without a holder is a verb or a bare noun
    ca, cb = trim(text, rest, content_end(text, rest, sb))
    if cb - ca >= MIN_NOUN_CONTENT_CHARS and ca not in taken:
        source = pm.span("src") if pm else None
        lemma, stance = nouns[m.group(0)]
        kind = content_kind(text[ca:cb])
        scan.used_cues.add(cue_a)
        scan.add(kind, source, (cue_a, m.end()), [(ca, cb)], lemma, stance)
