"""A bare time between a cue and its "that": ``reported Friday night that ...``.

``on Tuesday,`` and ``in a statement`` after a cue are skipped by the indirect step's own
setting pattern; a day or time without "on" ("The Courier reported Friday night that the
port would close", "outlets reported Tuesday that ...") is skipped here, only when "that"
follows it, so the content still opens with the clause.
"""

from __future__ import annotations

import re

__all__ = ["after_bare_time"]

#: A day or time without a preposition, then "that": "Friday night that", "this week that".
_BARE_TIME_THAT = re.compile(
    r"\s*(?:[A-Z][a-z]+day|yesterday|today|tonight|(?:last|this|earlier\s+this)\s+"
    r"(?:week|month|year|morning|weekend))(?:\s+(?:night|morning|afternoon|evening))?"
    r"\s*,?\s+(?=that\s)"
)


def after_bare_time(text: str, at: int, end: int) -> int:
    """Where the words after *at* go on past a bare time before "that" (*at* when there is none).

    Examples
    --------
    >>> t = "reported Friday night that the port would close"
    >>> t[after_bare_time(t, 8, len(t)) :]
    'that the port would close'
    >>> after_bare_time("reported Friday's loss", 8, 22)
    8
    """
    m = _BARE_TIME_THAT.match(text, at, end)
    return m.end() if m else at
