"""Reporting cues: the verb lexicon, its phrasal forms, and the cue found at a position.

The lexicon (``data/reporting_verbs.csv``, read by
:func:`newsresearch.lexicons.reporting_verbs`, and ``data/attribution_cues.csv``,
the cues only attribution reads: thought, evidence and act cues of the PARC
convention and speech verbs seen on real news) maps each inflected form to its
lemma and stance (neutral, assertive, denial, accusation, concession, question,
other). The word sets below say how a verb reports speech: whether it needs a
clause after it, takes a personal object first, or may invert with its subject.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicons import data_lines, reporting_verbs
from .position_phrasals import POSITION_PHRASALS, seeks_office
from .records import Cue
from .topic_cues import TOPIC_PARTICLES, topic_follows

__all__ = [
    "BARE_CLAUSE",
    "FINITE_CLAUSE",
    "INFINITIVE_CUES",
    "INVERTING",
    "NEEDS_CLAUSE",
    "OBJECT_CUES",
    "PHRASAL",
    "TELL",
    "TO_CLAUSE",
    "cue_at",
    "passive_cue",
    "cue_lexicon",
]


@lru_cache(maxsize=1)
def cue_lexicon() -> dict[str, tuple[str, str]]:
    """Every inflected cue form -> (lemma, cue stance): the reporting verbs and the
    attribution-only cues (``data/attribution_cues.csv``).

    Examples
    --------
    >>> cue_lexicon()["wants"], cue_lexicon()["said"]
    (('want', 'other'), ('say', 'neutral'))
    """
    out = dict(reporting_verbs())
    for line in data_lines("attribution_cues.csv")[1:]:
        lemma, stance, forms = line.split(",", 2)
        for form in forms.split():
            out.setdefault(form, (lemma, stance))
    return out


# Verbs that report speech only with a clause, a colon or a quote after them
# ("posted a video", "expressed concern" and "declined the offer" are not attributions).
NEEDS_CLAUSE = frozenset(
    "post continue express charge grant accept challenge doubt decline query describe mock "
    "ridicule cry shout yell scream roar whisper sigh laugh snap mutter murmur call attack "
    "report state answer observe fear hope think believe estimate predict suggest recall "
    "recount welcome praise defend agree disagree threaten demand complain blast show find "
    "expect push hit lash speak point brush clarify speculate counter conclude reveal "
    "demonstrate knock want wish worry plan intend indicate feel know suspect realize voice lament trumpet hint mention relay "
    "assume understand remember notice learn hear see rebuke chastise excoriate scold berate "
    "castigate assail uphold veto laud rule offer pronounce probe decide mull ponder "
    "weigh seek discover guess wager regret vote fault rail portray characterize depict".split()
) | {"make clear"}  # "made clear he plans to ..." (not "made clear progress")
# Verbs that take a position on a noun phrase, their content in PARC ("defended the
# decision", "demanded a wage freeze", "wants a longer deal", "backed the strikes").
OBJECT_CUES = frozenset(
    "defend demand want expect welcome support oppose endorse back criticise "
    "condemn slam decry denounce lambast applaud hail threaten blast rebuke chastise excoriate "
    "scold berate castigate assail uphold veto laud fault".split()
) | {"rail against"}
# Verbs whose content may be an infinitive ("wants to run", "plans to sue").
TO_CLAUSE = frozenset("want wish plan intend hope expect threaten seek vote".split())
# Thought verbs whose content may be a bare clause with its own subject ("I think we will
# win", "she feels they were wronged"), but not a filler ("you know,") or an object.
BARE_CLAUSE = frozenset("think believe feel know suspect realize hope fear show indicate".split())
# Verbs whose content may be a bare clause when it has a finite verb ("suggested he was
# open to it", "reported it was possible"), but not an object ("reported a loss").
FINITE_CLAUSE = frozenset(
    "suggest report find show indicate reveal conclude estimate predict recall demonstrate "
    "speculate warn acknowledge agree complain expect worry realize fear hope feel know "
    "say tell add write claim argue insist note explain admit deny confirm remember assume "
    "understand hear guess think believe suspect".split()
) | {"make clear"}
# Verbs taking a personal object before the content ("told reporters that ...").
TELL = frozenset("tell warn assure reassure inform remind urge ask implore advise".split())
# Verbs that may follow their content and precede their subject ("..., said Noor Haddad").
INVERTING = frozenset(
    "say tell add write ask note explain argue insist warn claim reply recall continue "
    "observe remark predict estimate advise".split()
)
# Phrasal cues: particle -> stance. They report speech with a noun phrase after them.
PHRASAL = {
    "point": {"out": "neutral", "to": "neutral"},
    "call": {"for": "other", "on": "other"},
    "brush": {"off": "denial", "aside": "denial"},
    "push": {"back": "denial"},
    "hit": {"out": "accusation", "back": "accusation"},
    "lash": {"out": "accusation"},
    "speak": {"out": "other"},
    "object": {"to": "denial"},
    "make": {"clear": "neutral"},
    "vote": {"for": "other", "against": "other"},
    "rail": {"against": "accusation"},
}
for _verb, _particles in POSITION_PHRASALS.items():  # "pushed for", "ruled against"
    PHRASAL[_verb] = PHRASAL.get(_verb, {}) | _particles

_WORD_AT = re.compile(r"[A-Za-z]+")
#: Particles that are prepositions: their object must follow ("voted for the bill").
_PREPOSITION_PARTICLES = frozenset(("for", "against"))
#: No object after such a particle: a stranded preposition ("the bill she voted for in 2015").
_STRANDED = re.compile(
    r"\s*(?:[,.;:)!?]|$|(?:in|on|at|during|since|by|last|this|before|after|and|but)\b)"
)
_PARTICLE_AT = re.compile(r"\s+([a-z]+)\b")


def cue_at(text: str, start: int) -> Cue | None:
    """The reporting cue that starts at *start*, with its particle when phrasal.

    Examples
    --------
    >>> cue_at("She pointed out the flaw.", 4)
    Cue(start=4, end=15, lemma='point out', stance='neutral')
    >>> cue_at("She said so.", 4).lemma
    'say'
    >>> cue_at("She left.", 4) is None
    True
    """
    m = _WORD_AT.match(text, start)
    if not m:
        return None
    form = _cue_forms().get(m.group(0).lower())
    if form is None:
        return None
    lemma, stance, base, phrasal, topical, bare = form
    end = m.end()
    if phrasal is not None:  # only a phrasal verb reads the word after it
        pm = _PARTICLE_AT.match(text, end)
        particle = pm.group(1) if pm else ""
        if particle in phrasal:
            if particle in _PREPOSITION_PARTICLES and _STRANDED.match(text, pm.end()):
                return None  # "the bill that every senator voted for in 2015"
            if particle == "for" and base in POSITION_PHRASALS and seeks_office(text, pm.end()):
                return None  # "campaigned for president": a race, no position
            return Cue(start, pm.end(), f"{base} {particle}", phrasal[particle])
    if topical is not None:  # "talked about the plan", "reported on the meetings"
        pm = _PARTICLE_AT.match(text, end)
        particle = pm.group(1) if pm else ""
        if particle in topical and topic_follows(text, pm.end()):
            return Cue(start, pm.end(), f"{base} {particle}", topical[particle])
    if not bare:  # a lexicon entry that needs its particle ("point out")
        return None
    return Cue(start, end, lemma, stance)


#: What :func:`cue_at` reads of a cue form: lemma, stance, the lemma's first word, its phrasal
#: and topic particles (None: none) and whether the lemma is one word.
_CueForm = tuple[str, str, str, dict[str, str] | None, dict[str, str] | None, bool]


@lru_cache(maxsize=1)
def _cue_forms() -> dict[str, _CueForm]:
    """Each form of :func:`cue_lexicon` with what :func:`cue_at` reads of it, worked out
    once: its lemma and stance, the lemma's first word, that word's phrasal and topic
    particles (None: it takes none) and whether the lemma is one word."""
    out: dict[str, _CueForm] = {}
    for form, (lemma, stance) in cue_lexicon().items():
        base = lemma.split()[0]
        out[form] = (
            lemma, stance, base, PHRASAL.get(base), TOPIC_PARTICLES.get(base), " " not in lemma
        )  # fmt: skip
    return out


#: A verb that takes the cue as its infinitive: "was forced to admit", "liked to say",
#: "seemed to suggest", "broke in to say" (not a noun: "the plan to say").
_VERB_TO_BEFORE = re.compile(
    r"(?<=\s)(?!(?:declined|refused|used|asked|needed|allowed|required)\b)"
    r"(?:[a-z]+ed|went|took|began|broke\s+in|seems?|appears?|tries|continues|moved|sought)"
    r"\s+to\s+(?:(?:also|then|again|publicly|openly)\s+)?$"
)
#: An auxiliary or adverb before the governing verb, part of the cue ("was forced to").
_GOVERNING_LEAD = re.compile(
    r"(?:(?:was|were|is|are|has|had|have|been|even|also|then|[a-z]+ly)\s+)+$"
)
#: How far back (characters) the governing verb and its lead are looked for.
_GOVERNING_REACH = 40
#: Cues read after such a verb: what can only report ("to say", not "to claim a refund").
INFINITIVE_CUES = frozenset(
    "say admit declare suggest announce denounce explain argue insist warn tell show deny "
    "confirm acknowledge accuse criticise criticize praise stress note state concede reveal "
    "indicate demonstrate think believe ask agree".split()
)


def governing_verb_start(text: str, cue: Cue, clause_a: int) -> int | None:
    """Where the verb that takes *cue* as its infinitive begins, with its auxiliaries.

    Parameters
    ----------
    text : str
        The article text.
    cue : Cue
        A reporting cue ("admit" in "was forced to admit").
    clause_a : int
        Start of the cue's clause; nothing before it is read.

    Returns
    -------
    int or None
        The offset of "was forced to", "liked to", "even broke in to"; None when
        the cue is not such an infinitive.

    Examples
    --------
    >>> text = "Voss was forced to admit the error."
    >>> cue = Cue(19, 24, "admit", "neutral")
    >>> governing_verb_start(text, cue, 0)
    5
    """
    if cue.lemma not in INFINITIVE_CUES or "to " not in text[max(0, cue.start - 20) : cue.start]:
        return None
    to = _VERB_TO_BEFORE.search(text, max(clause_a, cue.start - _GOVERNING_REACH), cue.start)
    if to is None:
        return None
    lead = _GOVERNING_LEAD.search(text, max(clause_a, to.start() - _GOVERNING_REACH), to.start())
    return lead.start() if lead is not None else to.start()


_BE = frozenset("was were is are been being be am get gets got".split())
_PASSIVE_ADVERBS = frozenset("not never also".split())
_IRREGULAR_PARTICIPLES = frozenset("told known thought shown found written seen heard said".split())


def passive_cue(before: list[str], word: str) -> bool:
    """Whether the cue word ``word`` is a participle after a form of "be" ("he was told",
    "they were never asked"), given the (up to two) words ``before`` it.

    Examples
    --------
    >>> passive_cue(["he", "was"], "told"), passive_cue(["were", "never"], "asked")
    (True, True)
    >>> passive_cue(["she"], "told")
    False
    """
    if not (word.endswith("ed") or word in _IRREGULAR_PARTICIPLES) or not before:
        return False
    last = before[-1].lower()
    if last in _BE or last.endswith(("’m", "'m", "’re", "'re")):  # "I’m told"
        return True
    adverb = last in _PASSIVE_ADVERBS or last.endswith("ly")
    return adverb and len(before) == 2 and before[0].lower() in _BE
