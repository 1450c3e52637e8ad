"""Names that modify a title of the person named after them: "Cruz campaign manager Jeff
Roe", "Clinton spokeswoman Dana Reyes", "Voss's chief of staff, Tim Sato".

Such a name is no subject of its sentence: a later he or she is the person the title
belongs to, not the one it is named after (:func:`modifies_title`, used by
:func:`.pronouns.not_subject` and the pronoun's subject search).
"""

from __future__ import annotations

import re

__all__ = ["TITLE_HEADS", "modifies_title"]

#: Lower-case heads of a title a name may modify before a person's name ("campaign
#: manager", "social media director", "son-in-law").
TITLE_HEADS = frozenset(
    "manager spokesman spokeswoman spokesperson aide adviser advisor strategist director "
    "secretary counsel lawyer attorney chairman chairwoman chair deputy assistant pollster "
    "consultant lieutenant son daughter wife husband brother sister son-in-law "
    "daughter-in-law confidant lobbyist surrogate staff".split()
)
_HEADS = "|".join(sorted((re.escape(h) for h in TITLE_HEADS), key=len, reverse=True))
#: After the name: an optional possessive, up to three lower-case words, a title head
#: ("chief of staff" ends in one), an optional comma, and the capitalised name it belongs to.
_TITLE_AFTER = re.compile(rf"(?:['’]s?)?\s+(?:[a-z][\w\-]*\s+){{0,3}}?(?:{_HEADS}),?\s+[A-Z][a-z]")


def modifies_title(text: str, end: int) -> bool:
    """Whether the name ending at *end* modifies a title of the person named right
    after it: "Cruz campaign manager Jeff Roe" (Cruz), not "Cruz said Roe".

    Examples
    --------
    >>> t = "Carver campaign manager Ida Roe said"
    >>> modifies_title(t, 6), modifies_title("Carver told Ida Roe", 6)
    (True, False)
    >>> modifies_title("Carver's chief of staff, Ida Roe, said", 6)
    True
    """
    return _TITLE_AFTER.match(text, end) is not None
