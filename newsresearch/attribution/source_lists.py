"""The first members of a coordinated source that the subject search leaves out.

:func:`~.phrases.np_left` takes the noun phrase before a cue and the names coordinated
with it by "and"; these narrow rules widen it further to the left (PARC spans keep the
whole coordination):

* adjectives coordinated before one head: "some [legal and] policy experts";
* a comma list of names before the last two: "[The Halden Health Board,] Clean Rivers
  Now and the Port Authority";
* (:func:`name_with_of`, PARC spans only, the speaker keeps the person) a name with "of"
  and "and": "[American College of] Surgeons and Nurses President Ana Roe";
* (:func:`name_with_of` too) a share of a group: "[Two in] three Democratic voters";
* a plural head that the coordinated names illustrate: "[lawmakers like] Voss and Sen.
  Ana Roe", "[other armed groups such as] the Red Hand and the Vanguard".
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["listed_start", "name_with_of"]

#: Determiners before two coordinated adjectives: "some legal and policy experts".
_ADJECTIVES_BEFORE = re.compile(
    r"(?:^|\s)((?i:some|many|most|several|other|the|both|two|three|few)\s+)[a-z][\w\-]*\s+and\s+$"
)
#: The words after them: an adjective (or noun) and a plural head, nothing more.
_ADJECTIVE_AND_HEAD = re.compile(r"[a-z][\w\-]*\s+([a-z]+s)$")
#: Capitalised words that open a clause, not a name: "In Halden, Ana Voss and ...".
_OPENERS = (
    "In|At|On|For|From|By|With|After|Before|During|When|While|Later|But|And|Asked|Since|As|"
    "Under|Over|Unlike|Like|Despite|Amid|Then|Now|Meanwhile|So|Yet|Also|Last|This|Earlier"
)
#: One capitalised name of two or more words (or led by "the") and its comma, at the end.
_LISTED_NAME = re.compile(
    r"(?:^|(?<=\s))((?!(?:"
    + _OPENERS
    + r")\s)(?:[Tt]he\s+)?[A-Z][\w.’'\-]*(?:\s+(?:of\s+)?[A-Z][\w.’'\-]*)+|"
    r"[Tt]he\s+[A-Z][\w.’'\-]*),\s+$"
)
#: A plural head (with up to two lower-case modifiers) that names coordinated examples.
_EXAMPLES_HEAD = re.compile(
    r"(?:^|\s)((?:(?:other|some|many|most|several|the)\s+)?(?:[a-z][\w\-]*\s+){0,2}?"
    r"([a-z]+s))\s+(?:like|such\s+as|including)\s+(?:(?:[\w.’'\-]+\s+){1,3}and\s+)?$"
)
#: The capitalised words and "of" that open a name whose "and" the search took for a
#: coordination: "[American College of] Surgeons and Nurses President Ana Roe".
_NAME_OF = re.compile(
    r"(?:^|(?<=\s))((?!(?:" + _OPENERS + r")\s)(?:[A-Z][\w.’'\-]*\s+){1,4})of\s+(?:the\s+)?$"
)
#: A share before a plural: "[Two in] three Democratic voters", "[one of] five doctors".
_SHARE = re.compile(
    r"(?:^|(?<=[\s\"“]))((?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|\d+)\s+(?:in|of|out\s+of)\s+)$"
)
_NUMBER = re.compile(r"(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s", re.I)


#: Words that cannot be modifiers of such a head.
_NOT_MODIFIER = frozenset("and or but that which who of to in on at by for with from as".split())


def listed_start(seg: str, start: int, *, plural_head: Callable[[str], bool]) -> int:
    """Where a coordinated source found at *start* in *seg* (the text up to its cue)
    really starts, when one of the rules above widens it; else *start*.

    Parameters
    ----------
    seg : str
        The text searched for the subject, up to its cue.
    start : int
        Where the subject search put the source's start in *seg*.
    plural_head : callable
        Tells a plural source head ("experts", "lawmakers", "groups").

    Returns
    -------
    int
        The widened start in *seg*, or *start*.

    Examples
    --------
    >>> from newsresearch.attribution.phrases import plural_source_head
    >>> s = "some legal and policy experts"
    >>> s[listed_start(s, s.index("policy"), plural_head=plural_source_head):]
    'some legal and policy experts'
    """
    phrase = seg[start:]
    if " and " not in seg[max(0, start - 5) :]:
        return start
    adjectives = _ADJECTIVES_BEFORE.search(seg, 0, start)
    if adjectives is not None:
        tail = _ADJECTIVE_AND_HEAD.fullmatch(phrase)
        if tail is not None and plural_head(tail.group(1)):
            return adjectives.start(1)
    if " and " in phrase and (phrase[:1].isupper() or phrase.startswith("the ")):
        first = start
        while True:
            listed = _LISTED_NAME.search(seg, 0, first)
            if listed is None:
                break
            first = listed.start(1)
        if first != start:
            return first
    examples = _EXAMPLES_HEAD.search(seg, 0, start)
    if examples is not None and plural_head(examples.group(2)):
        words = examples.group(1).split()
        if not _NOT_MODIFIER.intersection(w.lower() for w in words):
            return examples.start(1)
    return start


def name_with_of(
    text: str,
    source: tuple[int, int],
    *,
    plural_head: Callable[[str], bool],
    reach: int = 60,
) -> tuple[int, int]:
    """*source* with the capitalised words and "of" that open its name when the search
    took the name's "and" for a coordination: "Surgeons and Nurses President Ana Roe" ->
    "American College of Surgeons and Nurses President Ana Roe"; or with the share of a
    group before it: "three Halden voters" -> "Two in three Halden voters" (else *source*).

    Examples
    --------
    >>> from newsresearch.attribution.phrases import plural_source_head
    >>> t = "American College of Surgeons and Nurses President Ana Roe has said"
    >>> span = (t.index("Surgeons"), t.index(" has"))
    >>> a, b = name_with_of(t, span, plural_head=plural_source_head)
    >>> t[a:b]
    'American College of Surgeons and Nurses President Ana Roe'
    """
    a, b = source
    lo = max(0, a - reach)
    share = _SHARE.search(text[lo:a])
    if share is not None and _NUMBER.match(text, a) and plural_head(text[a:b].split()[-1]):
        return lo + share.start(1), b
    if not text[a : a + 1].isupper() or text.find(" and ", a, b) < 0:
        return source
    name = _NAME_OF.search(text[lo:a])
    return (lo + name.start(1), b) if name is not None else source
