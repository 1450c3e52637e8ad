"""A source cut at a name's party label is the person the label goes with.

Some outlets write a lawmaker as "Sen. Ana Brooks (R) of Ohio"; a source cut after the
label ("of Ohio" in "Sen. Ana Brooks (R) of Ohio asked") names only a place, and one cut
to the party before a described name ("GOP" of "said GOP strategist and Halden TV
contributor Tom Reyes") only the party, but the gold speaker is the person. The source
spans are :mod:`.conventions`'.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..actors import ArticleActors
from .records import Attribution

__all__ = ["labelled_names", "party_role_names"]

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


#: Party words a source may be cut to before a person's role and name.
_PARTIES = frozenset(("GOP", "Republican", "Democratic", "Democrat"))
#: The words between the party and the name: roles, "and", dashes and capitalised
#: employers ("strategist and CNN contributor", "pollster – and Rubio adviser –").
_GAP_WORD = r"(?:[a-z][\w\-]*|[A-Z][\w/\-]*|[–—-])"
_ROLE_RUN = re.compile(rf"(?:\s+{_GAP_WORD}){{1,8}}\s+")
_ROLES = frozenset(
    "strategist pollster adviser advisor contributor consultant operative aide spokesman "
    "spokeswoman analyst chairman chairwoman donor fundraiser official".split()
)


def party_role_names(text: str, found: Sequence[Attribution], actors: ArticleActors) -> None:
    """Attributions whose source is only a party word before a role and a name ("GOP"
    of "said GOP strategist and Halden TV contributor Tom Reyes") take the person named,
    in place.

    Examples
    --------
    >>> from newsresearch.text import Article
    >>> t = '"It was a fine speech," said GOP strategist and Halden TV contributor Tom Reyes.'
    >>> [a.speaker for a in Article(t).attributions]
    ['Tom Reyes']
    """
    for att in found:
        if att.source is None or text[att.source[0] : att.source[1]] not in _PARTIES:
            continue
        end = att.source[1]
        for m in actors.between(end, end + 80):
            if m.type != "person" or m.kind == "pronoun":
                continue
            gap = _ROLE_RUN.fullmatch(text, end, m.start)
            if gap is None:
                break
            if _ROLES & set(gap.group(0).split()):  # the last name the run reaches
                att.speaker, att.speaker_type, att.anonymous = m.actor, "person", False
