"""The act that a participle cue reports through, part of the PARC cue.

'the pair issued statements late Sunday saying they will ...', 'Grassley released a
statement calling the decision ...', 'the White House responded by saying the memo ...':
the development gold's annotators (a2, a4, d1-d4) mark the whole predicate from the verb of
the act to the participle as the cue, not the participle alone. :func:`with_act_lead`
widens a cue over that act when it stands right after the source.
"""

from __future__ import annotations

import re

from .cue_tails import TIME
from .records import Span

__all__ = ["with_act_lead"]

#: A participle that reports ("saying", "calling for", "accusing").
_PARTICIPLE = re.compile(r"[a-z]+ing\b")
#: Documents an act issues.
_DOCUMENT = r"(?:statements?|text|letter|tweet|e-?mail|video|post|release)"
#: The act before a participle cue: "issued a (brief) statement (late Sunday)",
#: "responded (to the release) by", "responded with a statement (early Wednesday)".
_ACT_LEAD = re.compile(
    r"(?<![\w’'\-])(?P<act>(?:(?:also|then|later|quickly)\s+)?(?:"
    rf"(?:issued|released|sent|posted|put\s+out)\s+(?:(?:a|an|the|two|separate|joint|brief|"
    rf"public|written|short|new)\s+){{0,3}}{_DOCUMENT}"
    rf"|responded\s+with\s+(?:a|an)\s+(?:\w+\s+)?{_DOCUMENT}"
    r"|responded(?:\s+to\s+(?:the|his|her|their|its)\s+[\w’'\-]+)?\s+by)"
    rf"(?:\s+(?:(?:early|late)\s+)?{TIME})*)\s*,?\s+$",
    re.IGNORECASE,
)
#: What may stand between the source and the act.
_GAP = re.compile(r"\s*,?\s*")


def with_act_lead(
    text: str, source: Span | None, cue: Span | None
) -> tuple[Span | None, Span | None]:
    """*source* and *cue*, the cue widened over the act between them ('issued a statement
    saying'); a source that took the act in ('the pair issued statements') gives it up
    (None when the act was all of it).

    Examples
    --------
    >>> t = "The pair issued statements late Sunday saying they will split the states."
    >>> c = (t.index("saying"), t.index("saying") + 6)
    >>> [t[a:b] for a, b in with_act_lead(t, (0, 8), c)]
    ['The pair', 'issued statements late Sunday saying']
    >>> [t[a:b] for a, b in with_act_lead(t, (0, 26), c)]
    ['The pair', 'issued statements late Sunday saying']
    >>> t = "The White House responded by saying the memo raises concerns."
    >>> c = (t.index("saying"), t.index("saying") + 6)
    >>> [t[a:b] for a, b in with_act_lead(t, (0, 15), c)]
    ['The White House', 'responded by saying']
    """
    if source is None or cue is None or not source[1] <= cue[0]:
        return source, cue
    if not _PARTICIPLE.match(text, cue[0]):
        return source, cue
    m = _ACT_LEAD.search(text, source[0], cue[0])
    if m is None:
        return source, cue
    act = m.start("act")
    if act >= source[1]:  # the act after the source
        if not _GAP.fullmatch(text, source[1], act):
            return source, cue
        return source, (act, cue[1])
    head = text[source[0] : act].rstrip(" ,")  # the act inside the source
    return ((source[0], source[0] + len(head)) if head else None), (act, cue[1])
