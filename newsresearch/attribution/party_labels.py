"""A source cut to the place after a name's party label is the person named before it.

Some outlets write a lawmaker as "Sen. Ana Brooks (R) of Ohio"; a source cut after the
label ("of Ohio" in "Sen. Ana Brooks (R) of Ohio asked") names only a place, but the
gold speaker is the person before the label. The source spans are :mod:`.conventions`'.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..actors import ArticleActors
from .records import Attribution

__all__ = ["labelled_names"]

#: A source that is only the state after a party label.
_PLACE_ONLY = re.compile(r"of\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}")
#: A party label right before the source: " (R) ", " (D-Ohio) ".
_LABEL_BEFORE = re.compile(r"\s*\((?:R|D|I)(?:-[A-Z][\w.]*)?\)\s*$")


def labelled_names(text: str, found: Sequence[Attribution], actors: ArticleActors) -> None:
    """Attributions whose source is only the place after a name's party label ("of Ohio"
    in "Sen. Ana Brooks (R) of Ohio asked") take the person named before the label,
    in place.

    Examples
    --------
    >>> from newsresearch.text import Article
    >>> t = '"Is the order legal?" Sen. Ana Brooks (R) of Ohio asked.'
    >>> [a.speaker for a in Article(t).attributions]
    ['Ana Brooks']
    """
    for att in found:
        if att.source is None or (att.speaker_type == "person" and att.speaker):
            continue
        start, end = att.source
        if not _PLACE_ONLY.fullmatch(text, start, end):
            continue
        label = _LABEL_BEFORE.search(text, max(0, start - 12), start)
        if label is None:
            continue
        people = [
            m
            for m in actors.between(max(0, label.start() - 60), label.start())
            if m.type == "person" and m.kind != "pronoun" and m.end == label.start()
        ]
        if people:
            att.speaker, att.speaker_type, att.anonymous = people[-1].actor, "person", False
