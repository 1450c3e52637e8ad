"""What "call" names an object with no article and no quote: "called the ruling
unconstitutional", "call the statement obstruction of justice".

:func:`.readings.calls_something` reads a label after an article ("called him a liar");
this reads a bare label: an adjective of judgement or an "X of Y" abstract noun, ending
its clause.
"""

from __future__ import annotations

import re

__all__ = ["calls_bare"]

#: Nouns in adjective form: "called the chief executive", "called the local hospital".
_NOT_LABELS = (
    r"executive|representative|relative|native|operative|detective|initiative|alternative|"
    r"objective|motive|table|cable|stable|vegetable|constable|national|international|"
    r"regional|professional|official|notable|variable|fugitive|nonprofit"
)
_LABEL = (
    rf"(?!(?:{_NOT_LABELS})\b)"
    r"(?:[a-z]+(?:ional|ous|ible|able|ful|less|ive|ical)"
    r"|[a-z]+(?:tion|ism|ment|ity|ance|ence|cy)\s+of\s+[a-z]+)"
)
#: The object (a determiner, a pronoun or a name and up to three words), then the label
#: and the end of its clause.
_CALLED_BARE = re.compile(
    r"(?:the|his|her|their|its|this|that|these|those|him|them|it|[A-Z][\w’'.\-]*)"
    r"(?:\s+(?!(?:a|an|the|to|for|on|in|at|and|or|of|with|from|by|back|up|off|out|"
    r"after|before|during|over|into|about|when|as)\b)[\w’'.\-]+){0,3}?"
    rf"\s+{_LABEL}(?=\s*(?:[,.;:!?—–]|$)|\s+(?:and|but|because|for)\b)"
)


def calls_bare(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` opens with an object and a bare label "call" gives it.

    Examples
    --------
    >>> calls_bare("the ruling unconstitutional.", 0, 28)
    True
    >>> calls_bare("the statement obstruction of justice, plain", 0, 43)
    True
    >>> calls_bare("the local hospital.", 0, 19), calls_bare("the chief executive.", 0, 20)
    (False, False)
    """
    return _CALLED_BARE.match(text, a, b) is not None
