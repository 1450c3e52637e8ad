"""Names that modify a title of the person named after them: "Cruz campaign manager Jeff
Roe", "Clinton spokeswoman Dana Reyes", "Voss's chief of staff, Tim Sato".

Such a name is no subject of its sentence: a later he or she is the person the title
belongs to, not the one it is named after (:func:`modifies_title`, used by
:func:`.pronouns.not_subject` and the pronoun's subject search).
"""

from __future__ import annotations

import re

from .records import MONTH, WEEKDAY

__all__ = ["TITLE_HEADS", "modifies_title"]

#: Lower-case heads of a title a name may modify before a person's name ("campaign
#: manager", "social media director", "son-in-law", "chief of staff").
TITLE_HEADS = frozenset(
    "manager spokesman spokeswoman spokesperson aide adviser advisor strategist director "
    "secretary counsel lawyer attorney chairman chairwoman deputy assistant pollster "
    "consultant lieutenant son daughter wife husband brother sister son-in-law "
    "daughter-in-law confidant lobbyist surrogate".split()
) | {"chief of staff"}
_HEADS = "|".join(sorted((re.escape(h) for h in TITLE_HEADS), key=len, reverse=True))
#: Words that make the words after a name a clause of its own, not a title: a determiner,
#: a pronoun, a joining word or a verb ("Voss hired a director", "Voss told aide Roe").
_NOT_MODIFIER = (
    r"(?:a|an|the|his|her|their|its|our|my|your|this|that|and|or|but|to|with|for|of|by|"
    r"told|met|said|says|tells|took|gave|sent|made|let|chose|thanks|[a-z]+ed)"
)
_MONTH = MONTH
#: After the name: an optional possessive, up to three lower-case words that are none of
#: the above, a title head, an optional comma, and the capitalised name it belongs to
#: (not a day or a month: "Voss told deputy director Monday").
_TITLE_AFTER = re.compile(
    rf"(?:['’]s?)?\s+(?:(?!{_NOT_MODIFIER}\s)[a-z][\w\-]*\s+){{0,3}}?(?:{_HEADS}),?\s+"
    rf"(?!{WEEKDAY}\b|{_MONTH}\b)[A-Z][a-z]"
)


def modifies_title(text: str, end: int) -> bool:
    """Whether the name ending at *end* modifies a title of the person named right
    after it: "Cruz campaign manager Jeff Roe" (Cruz), not "Cruz said Roe".

    Examples
    --------
    >>> modifies_title("Carver campaign manager Ida Roe said", 6)
    True
    >>> modifies_title("Carver's chief of staff, Ida Roe, said", 6)
    True
    >>> modifies_title("Carver told Ida Roe", 6), modifies_title("Carver hired a director, Ida Roe", 6)
    (False, False)
    """
    return _TITLE_AFTER.match(text, end) is not None
