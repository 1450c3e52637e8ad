"""The issuer of a document a source names with its verb ("Tom Voss issued a statement
calling for ...", "the Halden Club released a report finding ..."): the documents go by their
author, so the speaker is who issued it, not the phrase "Tom Voss issued a statement".
"""

from __future__ import annotations

import re

from .records import Span

__all__ = ["issuer_span"]

_ISSUED = re.compile(
    r"\s+(?:(?:has|had|have|also|then|later|quickly|jointly)\s+)*"
    r"(?:issued|released|put\s+out|sent\s+out|published|posted|sent|filed|unveiled)\s+"
    r"(?!by\s|from\s)(?:(?:a|an|the|its|his|her|their)\s+)?(?:[\w\-]+\s+){0,2}?[\w\-]+\s*$"
)


def issuer_span(phrase: str, span: Span) -> Span | None:
    """The span of the subject before "issued a statement" (or released, put out ... a
    document) in a source *phrase* at *span*; None when the phrase has no such verb or
    nothing before it.

    Examples
    --------
    >>> p = "Tom Voss issued a statement"
    >>> s = issuer_span(p, (10, 10 + len(p)))
    >>> p[s[0] - 10 : s[1] - 10]
    'Tom Voss'
    >>> issuer_span("released a statement", (0, 20)) is None
    True
    >>> issuer_span("the 2019 statement", (0, 18)) is None
    True
    """
    m = _ISSUED.search(phrase)
    if m is None or not phrase[: m.start()].strip():
        return None
    return span[0], span[0] + m.start()
