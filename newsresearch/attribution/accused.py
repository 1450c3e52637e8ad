"""An accusation in the passive: "Tom Varga is accused of taking bribes"; a charge:
"Tom Varga was charged with murder".

PARC/PolNeAR annotate it as a speech attribution with no source (who accuses is not
said) and accusation stance: the cue is the passive with its auxiliary and "of" (``is
accused of``, ``has been accused of``), the content the subject and what it is accused
of, two fragments (``Tom Varga`` | ``taking bribes``); after a relative pronoun ("a
detective who is accused of ...") only what is accused. The reduced relative with no
auxiliary ("the soldier accused of leaking") stays no attribution
(:func:`~newsresearch.attribution.readings.not_reported`).
"""

from __future__ import annotations

import re

from .appearance import bare_subject
from .indirect import MIN_CONTENT_CHARS, _content_end
from .phrases import trim
from .records import Scan, content_kind
from .states import _plain_subject

__all__ = ["find_accused"]

#: The passive with its auxiliary, an adverb and its "of": "is accused of", "has been
#: repeatedly accused of", "were also accused of"; not after a modal ("should not be
#: accused of" accuses no one).
_ACCUSED = re.compile(
    r"\b(?P<cue>(?:(?:is|are|was|were|being|(?:has|have|had)\s+been)\s+)"
    r"(?:(?:also|now|long|since|once|previously|[a-z]+ly)\s+)?(?P<verb>accused\s+of|charged\s+with))"
    r"\s+(?=[\w“\"])"
)
#: A condition before a charge: "if any of the officers are charged with assault".
_CONDITION = re.compile(r"\b(?:if|whether|unless|until)\b[^,;]*$", re.IGNORECASE)
_RELATIVE = frozenset(("who", "which", "that"))
#: A comma that ends what is accused: not one before more of it ("of lying, cheating").
_COMMA_END = re.compile(r",\s+(?!(?:and\s+|or\s+)?[a-z]+ing\b)")
#: Page chrome before a subject in a photo caption ("Image caption Tom Varga").
_CAPTION = re.compile(r"\bcaption\s+", re.IGNORECASE)


def find_accused(scan: Scan) -> None:
    """Add the passive accusations of the scanned article.

    Examples
    --------
    >>> from newsresearch.text import Article
    >>> t = "Tom Varga is accused of taking bribes from a contractor."
    >>> scan = Scan(Article(t))
    >>> find_accused(scan)
    >>> att = scan.found[0]
    >>> t[att.cue[0] : att.cue[1]], [t[a:b] for a, b in att.content], att.source
    ('is accused of', ['Tom Varga', 'taking bribes from a contractor'], None)
    """
    text = scan.text
    for (sa, sb), m in _matches(scan):
        if m.start("cue") in scan.used_cues:
            continue
        charged = m.group("verb").startswith("charged")
        if charged and _CONDITION.search(text, max(sa, m.start() - 60), m.start()):
            continue  # a charge that may come is no act
        subject = bare_subject(text, _plain_subject(text, sa, m.start()))
        rest = m.end()
        cb = _content_end(text, rest, sb)
        comma = _COMMA_END.search(text, rest, cb)
        cb = comma.start() if comma is not None else cb
        if subject is not None and text[subject[0] : subject[1]].lower() in _RELATIVE:
            subject = None  # "who is accused of": only what is accused
        elif subject is not None:
            chrome = list(_CAPTION.finditer(text, *subject))
            if chrome and chrome[-1].end() < subject[1]:
                subject = chrome[-1].end(), subject[1]
        ca, cb = trim(text, rest, cb)
        if cb - ca < MIN_CONTENT_CHARS:
            continue
        content = [subject, (ca, cb)] if subject is not None and not charged else [(ca, cb)]
        scan.used_cues.add(m.start("cue"))
        lemma = "charge" if charged else "accuse"
        scan.add(content_kind(text[ca:cb]), None, m.span("cue"), content, lemma, "accusation")
        # a charge is an act of prosecutors, its content the offence alone ("has been
        # charged with | murder")
        scan.found[-1].type = "act" if charged else "speech"


def _matches(scan: Scan) -> list:
    """The passive accusations and charges of the scanned article, with their sentences."""
    hits = {m.start(): (span, m) for span, m in scan.sentence_matches("accused of", _ACCUSED)}
    for span, m in scan.sentence_matches("charged with", _ACCUSED):
        hits.setdefault(m.start(), (span, m))  # a sentence with both is read once
    return [hits[k] for k in sorted(hits)]
