"""What an article's stance cues take a stand on: :func:`stance_objects`.

An annotated stance target that no stance triple reaches is often the object of a
stance cue whose holder the triples do not find, or that is no name nor issue
phrase (``she is opposed to the legalization of marijuana``, ``a supporter of
Brexit``, ``called for a single-payer system``). :func:`stance_objects` reads the
noun phrase right after each cue (:func:`~newsresearch.attribution.stance_cues.find_stance_cues`)
and the cue's polarity toward it (flipped when the cue is negated), so that
:func:`~newsresearch.attribution.stance_summary.entity_stance` can score the
entities that neither a triple nor a mention of a known name scores.
"""

from __future__ import annotations

import re
from functools import cache

from .records import WEEKDAYS
from .stance_cues import find_stance_cues, flip, negated

__all__ = ["OBJECT_WORDS_MAX", "stance_objects"]

#: The most words an object phrase keeps (a longer one is cut there).
OBJECT_WORDS_MAX = 6
#: Words that end an object phrase: clause and verb words and prepositions other than "of".
_STOP = frozenset(
    """that which who whom whose because as but and or nor when while after before since
    if than saying said says say in on at by with from over during amid into about against
    under until unless whether to for is are was were be been being will would could should
    can may might must has have had do does did not through off up out down back away
    across around among between near like per via including toward towards upon within
    without below above beyond""".split()
)
#: Days and months end a phrase (``leaders Saturday``, ``late June``): a time, no name.
_TIMES = frozenset(
    w.lower()
    for w in (
        *WEEKDAYS,
        *"""January February March April June July August September October November
        December""".split(),
    )
)
#: Determiners and possessive pronouns before a phrase: no part of its name.
_DETERMINERS = frozenset("the a an his her their its our my your this these those any some".split())
#: Pronoun objects (``praised him``): the triples resolve those, not this reading.
_PRONOUNS = frozenset(
    """him her them it us me you himself herself themselves itself ourselves one what he she
    they we i""".split()
)
#: A preposition right after a cue that takes it (``opposed to``, ``critical of``), skipped.
_LEAD_RE = re.compile(r"\s+(?:to|of|in|on)\b")
_TOKEN_RE = re.compile(r"[A-Za-z0-9][\w’'.-]*|[^\w\s]")
_ACRONYM_RE = re.compile(r"^(?:[A-Z]\.)+$")
_THANKS_TO_RE = re.compile(r"[Tt]hanks\s+to\b")


@cache
def _title_words() -> frozenset[str]:
    from ..actor_names import titles

    return frozenset(t.rstrip(".").lower() for t in titles())


def _phrase(text: str, start: int, *, lone_noun: bool = False) -> str:
    """The noun phrase from *start* (see :func:`stance_objects`), or ``""``; with
    *lone_noun*, one lower-case word too (``backlash``: a head its complement names)."""
    rest = text[start : start + 160]
    lead = _LEAD_RE.match(rest)
    if lead:
        rest = rest[lead.end() :]
    words: list[str] = []
    for m in _TOKEN_RE.finditer(rest):
        word = m.group(0)
        if not word[0].isalnum():
            break
        bare = word.rstrip(".")
        low = bare.lower()
        if low in _title_words() or (low in _PRONOUNS and bare.islower() and words):
            return ""  # a person (the triples name persons), or a clause ("Voss makes it")
        if low in _STOP or low in _TIMES or (words and low.endswith("ed") and bare.islower()):
            break  # "people portrayed", "leaders Saturday"
        if words and (low in _DETERMINERS or low in ("last", "next")):
            break  # "DOJ this weekend", "Voss given his record"
        if (
            low == "of"
            and words
            and words[-1][:1].isupper()
            and re.match(r"\s*of\s+\w+ing\b", rest[m.start() :])
        ):
            break  # "accused Voss of lying": Voss
        if not words and low in _DETERMINERS:
            continue
        if word.endswith(".") and not _ACRONYM_RE.match(word):
            words.append(bare)  # the sentence ends here
            break
        words.append(word)
        if len(words) >= OBJECT_WORDS_MAX:
            break
    if not words or words[0].lower() in _PRONOUNS or words[-1].lower() == "of":
        return ""
    if words[0].lower().endswith("ed") and "-" not in words[0]:
        return ""  # a verb ("changed 12 times")
    if len(words) == 1 and not words[0][:1].isupper() and not lone_noun:
        return ""  # a bare common noun ("backed changes"): too vague to name an entity
    return " ".join(words)


def stance_objects(text: str) -> list[tuple[str, str]]:
    """The phrase each stance cue of *text* takes a stand on, and the cue's polarity toward it.

    A phrase is the words right after the cue (after a preposition the cue
    takes: ``opposed to``), without a determiner or possessive, up to
    punctuation, a clause word, a verb form of ``be`` / ``have`` / ``do`` or a
    modal, or a preposition other than ``of`` (at most :data:`OBJECT_WORDS_MAX`
    words; a day or month, a lower-case word in -ed after the first, and ``of``
    after a name and before a word in -ing, a determiner after the first word, ``last``
    and ``next`` end it too). None when it starts with a pronoun or a
    verb in -ed, holds a pronoun later (a clause) or a title (a person: the
    triples name persons), or is one lower-case word (``backed changes``). The
    polarity is the cue's, flipped when the cue is negated
    (:func:`~newsresearch.attribution.stance_cues.negated`).

    Returns
    -------
    list of (str, str)
        ``(phrase, polarity)`` in text order.

    Examples
    --------
    >>> stance_objects("Judge Lena Orr said she is opposed to the legalization of gambling.")
    [('legalization of gambling', 'negative')]
    >>> stance_objects("Voss did not back the Harwick Dam expansion, aides said.")
    [('Harwick Dam expansion', 'negative')]
    >>> stance_objects("Voss praised Gov. Helena Strand and thanked him.")
    []
    >>> stance_objects("Voss defended her brothers on air, thanks to the new rules.")
    []
    >>> stance_objects("Aides attacked Harwick Dam officials Monday; Voss accused Lin of lying.")
    [('Harwick Dam officials', 'negative'), ('Lin', 'negative')]
    """
    out = []
    for cue in find_stance_cues(text):
        if _THANKS_TO_RE.match(text, cue.start):
            continue  # "thanks to the reporting": a cause, no stance
        name = _phrase(text, cue.end)
        if name:
            polarity = flip(cue.polarity) if negated(text, cue.start) else cue.polarity
            out.append((name, polarity))
    return out
