"""What a speaker's content says about an issue phrase it names: :func:`issue_predicate`.

:func:`~newsresearch.attribution.stance.stance_triples` signs an issue phrase inside an
attribution's content when a stance cue takes it as its object (``"We will fight the tax
bill"``). An issue phrase of several words that the content only names is left out, as most
such mentions take no stance (``said the harbour levy would come to a vote on Friday``). A
content can still say something evaluative about the phrase itself; :func:`issue_predicate`
reads three such shapes, from what is said about the phrase (not the whole content's tone):

* **its own predicate**: the phrase opens its clause (the start of the content, a quotation
  mark, ``that``, ``because`` ...) and a verb group follows it (a form of ``be`` or ``have``
  or a modal, with ``not`` and adverbs, or a finite verb with a tone of its own: ``hurts``)
  and the rest of the clause: ``Voss said the harbour levy was a disaster``, ``"The levy
  would bankrupt farmers"`` (against), ``the levy is not in good faith`` (a negation),
  ``"The ferry plan is a lifeline"`` (for);
* **an apposition after a dash**: ``relying on the Dunmore memo—a fraudulent document``;
* **the attribution's own cue**, when the content is the phrase that the cue takes as its
  object (``voiced guarded support for the ferry plan``, ``expressed optimism about the
  harbour levy``, ``wants tariff reform``): a stance cue among the cue's words, else their
  tone; a negated cue flips.

A tone is VADER's compound of those words (quotation marks removed) when its magnitude
reaches :data:`PREDICATE_THRESHOLD`, else the mean of the few words of :data:`EXTRA_VALENCE`
that VADER does not know (flipped by a negation). Nothing is read when the content is what
the speaker denies, doubts or asks (``denied that the levy was ...``), nor inside a
content after another speaker's verb (``Keller said the levy was ...`` in Voss's quote).

On the development stance gold this signs 14 triples that were left out, 9 of them gold
triples (a gold pair with the gold polarity; of the other 5, 4 read right and miss from the
gold): triple F1 0.252 -> 0.256, polarity accuracy 0.851 -> 0.854.

Examples
--------
>>> text = "Sen. Ada Voss said the harbour levy was a disaster for fishing towns."
>>> issue_predicate(text, 19, 35, (19, len(text)))
'negative'
>>> text = "Sen. Ada Voss said the harbour levy would come to a vote on Friday."
>>> issue_predicate(text, 19, 35, (19, len(text)))
''
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from .stance_cues import find_stance_cues, flip, negated

__all__ = ["EXTRA_VALENCE", "PREDICATE_THRESHOLD", "issue_predicate"]

#: |VADER compound| of a predicate, an apposition or a cue from which it signs the phrase.
PREDICATE_THRESHOLD = 0.4
#: Characters of a predicate read at most.
PREDICATE_CHARS = 120
#: Words of a predicate read at most (its head, not what follows in the clause).
PREDICATE_WORDS = 8
#: Characters between the attribution's cue and a content that is the cue's object.
CUE_GAP = 3
#: Words of praise, blame or wish that VADER's lexicon lacks, with a valence.
EXTRA_VALENCE: dict[str, float] = {
    "lifeline": 2.0,
    "insulting": -2.0,
    "harder": -1.5,
    "unconstitutional": -2.0,
    "bankrupt": -2.0,
    "scam": -2.0,
    "hoax": -2.0,
    "wants": 1.0,
    "wanted": 1.0,
    "prioritize": 1.0,
    "prioritizes": 1.0,
}

#: Words that may open the clause whose subject the issue is.
_OPENERS = frozenset(
    """that because since while although though and but so said says say told tells
    argued argues added adds insisted insists warned warns believes believe thinks think
    noted notes claimed claims wrote writes stressed""".split()
)
#: Verbs of saying: a clause they open inside a content is another speaker's.
_SPEECH = _OPENERS - frozenset("that because since while although though and but so".split())
_QUOTES = "\"“”‘’'"
#: Auxiliaries and copulas that may start the issue's predicate.
_AUX = (
    r"(?:is|are|was|were|be|been|being|has|have|had|will|would|could|can|may|might|"
    r"should|must|does|do|did|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|won['’]t|"
    r"wouldn['’]t|can['’]t|couldn['’]t|doesn['’]t|don['’]t|didn['’]t|hasn['’]t|haven['’]t)"
)
#: A verb group after the issue (a quotation mark may open between): auxiliaries, ``not``,
#: ``never`` and adverbs.
_VERB_GROUP_RE = re.compile(
    rf"(?:[ \t]+[\"“]?|[ \t]*[\"“])[ \t]*{_AUX}\b(?:[ \t]+(?:{_AUX}|not|never|also|only|just|still|"
    r"already|really|simply|clearly|now|ever|even|actually|[a-z]+ly)\b)*",
    re.IGNORECASE,
)
#: A finite lexical verb right after the issue (``hurts``, ``undermined``), not a passive
#: participle with its agent (``the plan supported by``).
_FINITE_RE = re.compile(r"[ \t]+([a-z]+(?:s|ed))\b(?![ \t]+by\b)")
#: Where the predicate's clause ends.
_CLAUSE_END_RE = re.compile(r"[,;:.!?()—]|\s[–-]\s|\b(?:but|while|although|though)\b")
#: An apposition after a dash: ``the Dunmore memo—a fraudulent document``.
_APPOSITION_RE = re.compile(r"\s*(?:—|–|--)\s*(?:an?|the)\s+([^,;:.!?()—–]{3,80})")
#: A content that the speaker denies, doubts or asks about (the words before it).
_DOUBT_RE = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|doubt\w*|skeptic\w*|sceptic\w*|disput\w*|reject\w*|"
    r"question\w*|ask\w*|wonder\w*|dismiss\w*|whether|if)\W+(?:that\W+)?$",
    re.IGNORECASE,
)
_NEGATORS = frozenset({"not", "never", "no"})


@cache
def _scorer() -> Any:
    from ..sentiment.vader import VaderScorer

    return VaderScorer(memo=True)


def _valence(words: str) -> float:
    """VADER's compound of *words* (quotation marks removed), else :data:`EXTRA_VALENCE`.

    Examples
    --------
    >>> _valence("is a disaster") < 0 < _valence("is a “lifeline”")
    True
    >>> _valence("is not a lifeline") < 0
    True
    """
    plain = "".join(" " if c in _QUOTES else c for c in words)
    compound = _scorer().polarity_scores(plain)["compound"]
    if compound:
        return compound
    found = re.findall(r"[a-z’']+", plain.lower())
    extra = [EXTRA_VALENCE[w] for w in found if w in EXTRA_VALENCE]
    if not extra:
        return 0.0
    value = sum(extra) / len(extra)  # each at least 1: past the threshold
    return -value if any(w in _NEGATORS or w.endswith(("n't", "n’t")) for w in found) else value


def _sign(value: float) -> str:
    if value >= PREDICATE_THRESHOLD:
        return "positive"
    if value <= -PREDICATE_THRESHOLD:
        return "negative"
    return ""


def _opens_clause(text: str, floor: int, start: int) -> bool:
    """Whether the phrase at *start* opens its clause in the content from *floor*."""
    before = text[floor:start].rstrip()
    if not before or before[-1] in _QUOTES + ",;:—(":
        return True
    return before.rsplit(None, 1)[-1].strip(_QUOTES).lower() in _OPENERS


def _cue_words(text: str, cue_start: int, cue_end: int) -> str:
    """The polarity of an attribution's cue words (``voiced guarded support for``)."""
    found = find_stance_cues(text, cue_start, cue_end)
    polarity = found[-1].polarity if found else _sign(_valence(text[cue_start:cue_end]))
    return flip(polarity) if polarity and negated(text, cue_start) else polarity


def _own_predicate(text: str, end: int, ceiling: int) -> str:
    """The polarity of the predicate right after a phrase ending at *end*, if any."""
    verb = _VERB_GROUP_RE.match(text, end, ceiling)
    if verb is None:
        verb = _FINITE_RE.match(text, end, ceiling)
        if verb is None or not _valence(verb.group(1)):
            return ""
    limit = min(ceiling, verb.end() + PREDICATE_CHARS)
    stop = _CLAUSE_END_RE.search(text, verb.end(), limit)
    words = text[end : stop.start() if stop else limit].split()
    if len(words) < 2:
        return ""
    return _sign(_valence(" ".join(words[:PREDICATE_WORDS])))


def issue_predicate(
    text: str,
    start: int,
    end: int,
    piece: tuple[int, int] | None,
    cue: tuple[int | None, int | None] = (None, None),
) -> str:
    """The polarity of what a content says about the issue phrase at ``[start, end)``.

    Parameters
    ----------
    text : str
        The article.
    start, end : int
        The issue phrase.
    piece : (int, int) or None
        The content piece that holds the phrase; None (the phrase lies between the cue and
        the content) reads nothing.
    cue : (int, int)
        The attribution's cue, ``(None, None)`` when it has none.

    Returns
    -------
    str
        ``"positive"`` or ``"negative"``; empty when the content says nothing evaluative
        about the phrase in the shapes of the module notes.

    Examples
    --------
    >>> text = '"The ferry plan is a lifeline for our ports," said Mayor Ines Quill.'
    >>> issue_predicate(text, 1, 15, (1, 44))
    'positive'
    >>> text = "Quill said the ferry plan is not in good faith."
    >>> issue_predicate(text, 11, 25, (11, len(text)))
    'negative'
    >>> text = "Quill voiced guarded support for the ferry plan."
    >>> issue_predicate(text, 33, 47, (33, 47), (6, 32))
    'positive'
    >>> text = "Quill denied that the ferry plan was a disaster."
    >>> issue_predicate(text, 18, 32, (18, len(text)), (6, 12))
    ''
    """
    if piece is None:
        return ""
    floor, ceiling = piece
    if _DOUBT_RE.search(text, max(0, floor - 30), floor):
        return ""  # "denied that X was ...", "skeptical that X would ..."
    apposition = _APPOSITION_RE.match(text, end, ceiling)
    if apposition is not None and (polarity := _sign(_valence(apposition.group(1)))):
        return polarity
    cue_start, cue_end = cue
    if (
        cue_start is not None
        and cue_end is not None
        and cue_end <= floor <= cue_end + CUE_GAP
        and not text[floor:start].strip()
        and (polarity := _cue_words(text, cue_start, cue_end))
    ):
        return polarity  # "voiced support for X", "expressed optimism about X"
    if not _opens_clause(text, floor, start):
        return ""
    before = text[floor:start].split()
    if before and before[-1].strip(_QUOTES).lower() in _SPEECH:
        return ""  # "Keller said X was ...": another speaker's words inside the content
    return _own_predicate(text, end, ceiling)
