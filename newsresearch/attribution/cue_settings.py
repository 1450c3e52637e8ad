"""Settings after a reporting verb that stay out of a PARC cue.

:mod:`.conventions` widens a cue over the words after its verb (``said in a statement``,
``told reporters``, ``wrote on Twitter``): the medium and the addressee belong to the cue.
The development gold leaves out, across its annotators, the setting that only says where,
when or about whom the words were said: a place (``said in Las Vegas``, ``told reporters
in Britain``), a year (``said in 2009``), the topic after "of" (``said of Mr. Comey,
“...”``) and a relative "in what ..." (``said in what officials billed as a speech``).
:func:`without_setting` cuts those off the words after the verb; :func:`setting_first`
finds the setting a sentence opens with ("In a statement, Voss said"), the first piece of the
PARC cue.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .records import WEEKDAY

if TYPE_CHECKING:
    from ..text import Article
    from .records import Span

__all__ = ["setting_first", "without_setting"]

#: Social networks and media written after "in"/"on" as a medium, never a place.
_MEDIA = r"(?:Twitter|Facebook|Instagram|LinkedIn|YouTube|Truth\s+Social|TikTok)\b"
#: A place at the end of the words: "in" and capitalised words only, no article
#: ("in Las Vegas", "in Terre Haute, Indiana"; not "in The Atlantic", "in the Times").
_PLACE_END = re.compile(
    rf"\s+in\s+(?!The\b|{_MEDIA})[A-Z][\w.’'\-]*(?:,?\s+[A-Z][\w.’'\-]*){{0,3}}\s*$"
)
#: A year at the end of the words ("in 2009", "in early 2016").
_YEAR_END = re.compile(r"\s+in\s+(?:(?:early|late|mid-?)\s*)?(?:19|20)\d\d\s*$", re.IGNORECASE)
#: Words that open a setting the cue never takes: the topic after "of", "in what ...".
_SETTING_START = re.compile(r"\s*(?:of\s|in\s+what\b)", re.IGNORECASE)


def without_setting(piece: str) -> str:
    """*piece* (the words after a cue verb) without a place, a year or a topic setting.

    Examples
    --------
    >>> without_setting(" in Las Vegas"), without_setting(" reporters in Britain")
    ('', ' reporters')
    >>> without_setting(" in 2009"), without_setting(" of Mr. Voss")
    ('', '')
    >>> without_setting(" in a statement"), without_setting(" in the New York Times")
    (' in a statement', ' in the New York Times')
    """
    if _SETTING_START.match(piece):
        return ""
    for pattern in (_PLACE_END, _YEAR_END):
        m = pattern.search(piece)
        if m is not None:
            piece = piece[: m.start()]
    return piece


#: The setting a sentence opens with, before its source and cue: "In a statement, Voss said",
#: "In an interview on Thursday with Radio Halden, the minister also told host Ana Roe".
_SETTING_FIRST = re.compile(
    r"In\s+(?:a|an|his|her|their|its|the)\s+(?:[^\s,;:.!?\"“”]+\s+){0,4}?"
    r"(?:statement|interview|speech|letter|post|email|memo|ad|affidavit|remarks|op-ed|column|"
    r"tweet|video|appearance|conference|briefing|filing|testimony|address)\b[^,;:!?\n\"“”]{0,70}"
    r"(?=,\s*$)"
)


def setting_first(article: Article, source: Span | None, cue: Span | None) -> Span | None:
    """The setting that opens the sentence of a source right before its cue: the first
    piece of the PARC cue ("In a statement ... said"), without its comma."""
    if source is None or cue is None or not source[1] <= cue[0]:
        return None
    text = article.text
    i = article.sentence_at(source[0])
    if i is None:
        return None
    sa = article.sentences[i][0]
    if text[source[1] : cue[0]].strip() or not text.startswith("In ", sa):
        return None
    m = _SETTING_FIRST.match(text, sa, source[0])
    if m is None:
        return None
    when = _BARE_TIME.search(text, sa, m.end())  # "In a statement Tuesday," -> "In a statement"
    return sa, when.start() if when is not None else m.end()


#: A time right after the words of a setting, no part of the cue ("in a speech Tuesday").
_BARE_TIME = re.compile(
    rf"(?<!\bon)(?<!\bearly)(?<!\blate)\s+(?:{WEEKDAY}|yesterday|today|"
    r"(?:last|this)\s+(?:week|month|year|weekend))\b"
)
