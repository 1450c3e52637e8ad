"""The tone of a naming cue's label: ``called X a "spoiler"``, ``described X as capable``.

A naming cue (``called``, ``described``, ``branded``, ``labelled``, ``dubbed``) signs the stance
toward its object by the words that name it, not by the rest of the content: in ``called Kasich a
"spoiler" and the two campaigns were holding meetings to woo delegates`` only ``a "spoiler"``
judges Kasich. :func:`label_polarity` finds that complement (a quoted label, else the words after
the named object up to the end of the clause) and signs it by its VADER tone, then by a small
lexicon of naming words VADER does not know (``spoiler``, ``capable``), and only then falls back
on the tone of the whole content.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["LABEL_CUES", "NEGATIVE_LABELS", "POSITIVE_LABELS", "label_complement", "label_polarity"]

#: Cue lemmas whose content labels their object (``called X "a disgrace"``,
#: ``described X as "reckless"``): the label's tone is the cue's polarity.
LABEL_CUES = frozenset({"call", "describe", "brand", "label", "dub"})

#: Naming words that condemn whoever they name, VADER's lexicon lacking most of them.
NEGATIVE_LABELS = frozenset(
    """spoiler spoilers disaster disasters traitor traitors liar liars failure failures fraud
    frauds joke clown clowns loser losers hypocrite hypocrites disgrace criminal criminals
    crook crooks puppet puppets extremist extremists radical radicals racist racists bigot
    bigots coward cowards menace thug thugs incompetent unfit dangerous reckless corrupt
    dishonest phony fake weak lightweight demagogue dictator tyrant autocrat""".split()
)
#: Naming words that praise whoever they name.
POSITIVE_LABELS = frozenset(
    """capable competent qualified talented hero heroes champion champions patriot patriots
    visionary genius friend friends ally allies asset assets outstanding exceptional terrific
    tremendous fantastic brilliant honest decent principled courageous""".split()
)

#: The threshold of VADER's compound for a signed label (as the stance rules' threshold).
THRESHOLD = 0.05

_QUOTE_CHARS = '"“”'
_QUOTED_RE = re.compile(r"[\"“]\s*([^\"“”]{1,80}?)\s*[\"”]")
_CLAUSE_END_RE = re.compile(
    r"[,;:!?()]|\.(?:\s|$)|\s(?:and|but|while|because|after|before|when|who|which|that|if)\s"
)
_LEADING_RE = re.compile(r"^(?:\s|as\b|a\b|an\b|the\b)+", re.IGNORECASE)
_JOIN_WORDS = frozenset({",", "and", "or", "the", "a", "an"})
_WORD_RE = re.compile(r"[a-z]+")
#: The most characters between a naming cue's content start and its object.
OBJECT_SLACK = 3
#: The most words of an unquoted complement.
COMPLEMENT_WORDS = 8


def _object_end(text: str, start: int, targets: Sequence[tuple[int, int]]) -> int:
    """The end of the named object at the content's start (coordinated names included)."""
    end = start
    for a, b in sorted(targets):
        gap = text[end:a]
        joined = all(w in _JOIN_WORDS for w in gap.replace(",", " , ").split())
        if (end == start and a - start <= OBJECT_SLACK) or (end > start and joined):
            end = max(end, b)
        elif end > start:
            break
    return end


def label_complement(
    text: str, start: int, end: int, targets: Sequence[tuple[int, int]] = ()
) -> str:
    """The words of a naming cue's content ``text[start:end]`` that name its object.

    Parameters
    ----------
    text : str
        The article.
    start, end : int
        The content's span (``Kasich a "spoiler" and ...``).
    targets : sequence of (int, int)
        Spans of the targets found in the content; those at its start are the named object.

    Returns
    -------
    str
        The first quoted label after the object (``spoiler``), else the words after the
        object up to the end of the clause, leading ``a``/``an``/``as``/``the`` left out;
        empty when nothing follows the object.
    """
    begin = _object_end(text, start, [t for t in targets if start <= t[0] < end])
    rest = text[begin:end]
    quoted = _QUOTED_RE.search(rest)
    if quoted and not _CLAUSE_END_RE.search(rest[: quoted.start()]):
        return quoted.group(1).strip(" .,")
    stop = _CLAUSE_END_RE.search(rest)
    words = _LEADING_RE.sub("", rest[: stop.start() if stop else len(rest)]).split()
    return " ".join(words[:COMPLEMENT_WORDS]).strip(_QUOTE_CHARS + " .,")


def _vader(text: str) -> float:
    from ..sentiment.vader import VaderScorer

    plain = text.translate(str.maketrans({c: " " for c in _QUOTE_CHARS}))
    return float(VaderScorer(memo=True).polarity_scores(plain)["compound"])


def label_polarity(
    text: str, spans: Sequence[tuple[int, int]], targets: Sequence[tuple[int, int]] = ()
) -> str:
    """The polarity a naming cue's label gives its object.

    *spans* are the content's pieces, the first holding the object and its label; *targets*
    the spans of the targets found in them.

    The :func:`label_complement`'s VADER tone when it reaches :data:`THRESHOLD`, else its
    :data:`NEGATIVE_LABELS` or :data:`POSITIVE_LABELS` word, else the whole content's tone
    (positive when VADER's compound reaches :data:`THRESHOLD`, negative otherwise).

    Examples
    --------
    >>> text = 'Brenner called Ostrow a "spoiler" and his aides met to woo delegates.'
    >>> label_polarity(text, [(15, len(text) - 1)], [(15, 21)])
    'negative'
    """
    complement = label_complement(text, *spans[0], targets)
    compound = _vader(complement) if complement else 0.0
    if abs(compound) >= THRESHOLD:
        return "positive" if compound > 0 else "negative"
    words = set(_WORD_RE.findall(complement.lower()))
    negative, positive = bool(words & NEGATIVE_LABELS), bool(words & POSITIVE_LABELS)
    if negative != positive:
        return "negative" if negative else "positive"
    content = " ".join(text[a:b] for a, b in spans)
    return "positive" if _vader(content) >= THRESHOLD else "negative"
