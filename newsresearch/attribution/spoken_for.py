"""Whom a spokesperson's "we" stands for: in a quote of "Boehner spokesman Tim Sato" or
"Voss campaign spokeswoman Ana Lenz", "we hope" is Boehner or the Voss campaign, for
whom the spokesperson speaks (:func:`spoken_for`), not the spokesperson.

Used by :func:`.quote_speakers.first_person_speakers` for ``we``, ``us`` and ``our``.
"""

from __future__ import annotations

import re

from ..actor_names import is_organisation, organisation_words

__all__ = ["spoken_for"]

Speaker = tuple[str, str, bool]  # name, type, anonymous

#: The name a spokesperson's title is named after, ending where the spokesperson's name
#: begins: "Boehner spokesman ", "Clinton campaign spokeswoman ", "State Department
#: spokesperson ".
_SPOKESPERSON_OF = re.compile(
    r"(?<![\w’'])((?:[A-Z][\w’'\-]*\s+){0,2}[A-Z][\w’'\-]*)((?:\s+[a-z]+)?)\s+"
    r"(?:press\s+)?(?:spokesman|spokeswoman|spokesperson)\s+$"
)
#: How far before the spokesperson's name the title is looked for (characters).
_REACH = 80


def spoken_for(text: str, speaker: str) -> Speaker | None:
    """For whom *speaker* speaks, when the article names them as a spokesperson of a
    person or a body right before their name: ("Voss", "person", False) for "Voss
    spokesman Tim Sato", ("Voss campaign", "organisation", False) for "Voss campaign
    spokeswoman Ana Lenz"; else None.

    Examples
    --------
    >>> t = "Voss campaign spokeswoman Ana Lenz responded. Voss spokesman Tim Sato agreed."
    >>> spoken_for(t, "Ana Lenz"), spoken_for(t, "Tim Sato")
    (('Voss campaign', 'organisation', False), ('Voss', 'person', False))
    >>> spoken_for("Halden Foreign Ministry spokeswoman Ana Lenz said", "Ana Lenz")
    ('Halden Foreign Ministry', 'organisation', False)
    >>> spoken_for("Ana Lenz, a spokeswoman, said no.", "Ana Lenz") is None
    True
    """
    if not speaker or "; " in speaker:
        return None
    at = text.find(speaker)
    while at != -1:
        m = _SPOKESPERSON_OF.search(text, max(0, at - _REACH), at)
        if m is not None:
            name, word = m.group(1), m.group(2).strip()
            if not word:  # "Boehner spokesman", "Chinese Foreign Ministry spokeswoman"
                return name, "organisation" if is_organisation(name) else "person", False
            if word in organisation_words():
                return f"{name} {word}", "organisation", False
        at = text.find(speaker, at + 1)
    return None
