"""The subject of a cue that is one predicate in a comma list of predicates.

News strings past-tense predicates of one subject with commas: "Over a long speech,
Voss blasted the press, took credit for the economy, said he was tough on trade and
vowed to protect farmers". The cue after a bare comma ("said", "vowed" once the list
goes on) has no subject of its own; it shares the sentence's, the name or pronoun that
opens the sentence (past an opener) right before the first past-tense verb, when every
piece between the commas opens with a past-tense verb too.
"""

from __future__ import annotations

import re

from .ing_adjuncts import main_subject
from .records import Span

__all__ = ["listed_predicate_subject"]

#: Irregular past tenses that open a predicate ("took credit", "gave a speech").
_IRREGULAR_PAST = frozenset(
    "took made gave said told wrote spent held met sent won ran put set got went brought "
    "left kept sought threw drew struck spoke stood paid laid led read heard felt found "
    "thought knew saw became began came chose fought hit lost meant rose sold shook "
    "taught tore understood withdrew".split()
)
#: A comma (after a closing quote too) that ends one predicate of the list.
_PIECE_BREAK = re.compile(r",[\"”’]?\s+")
#: The first word of a piece: its verb, after an optional adverb ("then said").
_FIRST_WORD = re.compile(r"[\"”’]?\s*(?:(?:also|then|later|again|[a-z]+ly)\s+)?([a-z]+)\b")
#: What may not sit inside the list: another clause's punctuation or a conjunction's clause.
_NOT_A_LIST = re.compile(
    r"[;:(]|\s[-–—]\s|—|\b(?:and|but|while|which|who|whom|whose|where|when|that|because|if|"
    r"after|before|since|until)\b"
)
#: Linking verbs: after "It sounded tough," a past form is a participle ("intended to ...").
_LINKING = frozenset("seemed sounded looked appeared remained became felt proved".split())
#: A subject that is no more than a determiner ("The" of "The vote, announced Monday, ...").
_DETERMINER_ONLY = frozenset("the a an this that these those".split())
#: The most characters from the subject to the cue.
MAX_LIST = 320
#: The most predicates before the cue.
MAX_PIECES = 6


def _past(word: str) -> bool:
    return word in _IRREGULAR_PAST or (word.endswith("ed") and len(word) > 3)


def listed_predicate_subject(text: str, lo: int, hi: int) -> Span | None:
    """The sentence's subject for a cue at *hi* that follows a bare comma in a list of
    past-tense predicates, else None.

    Parameters
    ----------
    text : str
        The article text.
    lo : int
        Where the sentence (or clause) starts.
    hi : int
        Where the cue starts.

    Returns
    -------
    tuple of int or None
        The span of the name or pronoun that opens the sentence, when a past-tense verb
        follows it, the cue follows ", " and each comma piece between them opens with a
        past-tense verb (no conjunction, semicolon, colon or dash in between, at most
        :data:`MAX_PIECES` pieces and :data:`MAX_LIST` characters).

    Examples
    --------
    >>> t = "Lena Orr blasted the press, took credit for the economy, said she was tough."
    >>> s = listed_predicate_subject(t, lo=0, hi=t.index("said"))
    >>> t[s[0]:s[1]]
    'Lena Orr'
    >>> t = "The vote, announced Monday, would not be binding."
    >>> listed_predicate_subject(t, lo=0, hi=t.index("announced")) is None
    True
    """
    word = _FIRST_WORD.match(text, hi)
    if word is None or not _past(word.group(1)) or text.rfind(",", max(lo, hi - 4), hi) < 0:
        return None
    source = main_subject(text, lo, hi)
    if source is None or hi - source[1] > MAX_LIST:
        return None
    if text[source[0] : source[1]].lower() in _DETERMINER_ONLY:
        return None
    if _NOT_A_LIST.search(text, source[1], hi) is not None:
        return None
    pieces = _PIECE_BREAK.split(text[source[1] : hi])
    if not 2 <= len(pieces) <= MAX_PIECES + 1 or pieces[-1].strip():
        return None
    for piece in pieces[:-1]:
        first = _FIRST_WORD.match(piece.lstrip())
        if first is None or not _past(first.group(1)) or first.group(1) in _LINKING:
            return None
    return source
