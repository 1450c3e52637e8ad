"""Sources of a reporting verb in a relative clause that the noun-phrase finder misses.

``allies of Varga, who argue that ...`` is read by :func:`.phrases.np_left` on the words
before "who". Three shapes of real news defeat it, and are read here instead:

- a name described by an appositive whose head is no source noun: ``Vermont Sen. Dana Voss,
  the liberal stalwart who has vowed to ...`` (the name and its appositive);
- a name before a dash that opens the relative clause: ``Sen. Ana Roe -- who has said ...``;
- a speaking body before ", which": ``a rebuke from the bureau, which said ...``
  (:func:`.relative_that.antecedent`).
"""

from __future__ import annotations

import re

from .phrases import np_left
from .records import Span
from .relative_that import antecedent

__all__ = ["who_antecedent"]

#: A descriptive appositive right before the relative pronoun: ", the liberal stalwart".
_APPOSITIVE_TAIL = re.compile(r",\s+(?:the|a|an)\s+(?:[\w\-’']+\s+){0,4}[a-z][\w\-]*\s*$")
#: A dash right before the relative pronoun.
_DASH_TAIL = re.compile(r"\s*(?:--|—|–)\s*$")


def who_antecedent(text: str, lo: int, who_start: int) -> Span | None:
    """The source a relative pronoun at *who_start* stands for (searched back to *lo*),
    in the shapes :func:`.phrases.np_left` does not read; None when none fits.

    Examples
    --------
    >>> t = "Sen. Dana Voss, the liberal stalwart who has vowed to act, spoke."
    >>> s = who_antecedent(t, 0, t.index(" who"))
    >>> t[s[0]:s[1]]
    'Sen. Dana Voss, the liberal stalwart'
    >>> t = "Sen. Ana Roe -- who has said the nominee lied -- spoke."
    >>> s = who_antecedent(t, 0, t.index(" who"))
    >>> t[s[0]:s[1]]
    'Sen. Ana Roe'
    """
    seg = text[lo:who_start]
    dash = _DASH_TAIL.search(seg)
    if dash is not None and dash.start() > 0:
        return np_left(text, lo, lo + dash.start())
    tail = _APPOSITIVE_TAIL.search(seg)
    if tail is not None and tail.start() > 0:
        name = np_left(text, lo, lo + tail.start())
        if name is not None and all(w[:1].isupper() for w in text[name[0] : name[1]].split()):
            return name[0], who_start
        return None
    if text.startswith(", which", who_start):  # the pronoun's match opens at its comma
        return antecedent(text, lo, who_start)
    return None
