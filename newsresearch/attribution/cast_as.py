"""Casting cues: a source describes something as something ("described herself as a
strong Democrat", "portrays the inquiry as a hoax").

A description need not be quoted to be reported: ``Hale described himself as a
reformer``, ``Voss has spent months portraying the inquiry as a political hunt``,
``Films portray the practice as a harmless joke``. A casting verb reports such a
description when its object (a few words, no clause break) is followed by "as" and the
description. The PARC convention splits the content around "as"
(:mod:`.conventions`); without "as" these verbs report nothing ("portrayed the
president in a film").
"""

from __future__ import annotations

import re

from .readings import calls_something
from .records import Cue

__all__ = ["CASTING", "casts_as", "names_something"]

#: Cue lemmas that cast an object as a description.
CASTING = frozenset("describe portray characterize characterise depict".split())
#: The object (up to eight words, no clause break nor quote) and "as", then the
#: description (not a clause: "as they left", "as well", "as soon as").
_OBJECT_AS = re.compile(
    r"(?:(?!(?:that|which|who|when|if|because|after|before|while)\b)[\w’'\-.]+\s+){1,8}?"
    r"as\s+(?!(?:he|she|it|they|we|I|you|there|well|soon|long|much|many|far|part)\b)[\w“\"$]"
)


def casts_as(text: str, lemma: str, rest_a: int, sb: int) -> bool:
    """Whether a casting cue of *lemma* is followed at *rest_a* by an object, "as" and a
    description before the sentence ends at *sb*.

    Examples
    --------
    >>> t = "Hale described himself as a reformer."
    >>> casts_as(t, "describe", 15, len(t)), casts_as(t, "say", 15, len(t))
    (True, False)
    >>> t = "Hale described the scene as they left."
    >>> casts_as(t, "describe", 15, len(t))
    False
    """
    return lemma in CASTING and _OBJECT_AS.match(text, rest_a, sb) is not None


def names_something(text: str, cue: Cue, rest_a: int, sb: int) -> bool:
    """Whether *cue* names its object without a quote: "called him a liar" (a "call" with
    an object and a label, :func:`.readings.calls_something`) or a casting cue with
    "as" (:func:`casts_as`).

    Examples
    --------
    >>> t = "Voss called Hale a liar."
    >>> names_something(t, Cue(5, 11, "call", "other"), 12, len(t))
    True
    """
    if cue.lemma == "call":
        return calls_something(text, rest_a, sb)
    return casts_as(text, cue.lemma, rest_a, sb)
