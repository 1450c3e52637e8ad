"""A longer setting between a reporting verb and its "that": where, how often, to whom.

``said on “Sunday Today” that ...``, ``said several times that ...``, ``said in a written
document he sent to his doctors, that ...``, ``had said in appeals to Chief Justice Ana
Ruiz and Justice Tom Berg that ...``: news puts the occasion, the frequency or the
addressee of a statement between the verb and the clause it reports. The content starts at "that"
(the PARC cue then takes the setting, see :mod:`.conventions`). The indirect step reads
short settings itself; :func:`setting_before_that` reads these longer or quoted ones.
"""

from __future__ import annotations

import re

__all__ = ["MAX_SETTING_WORDS", "setting_before_that"]

#: The most words of a setting before "that".
MAX_SETTING_WORDS = 12

#: A word of a setting: a word, a quoted title's word, an abbreviation ("Gov.", "U.S."),
#: never a sentence's last word nor a dash.
_WORD = r"(?:[“\"]?[\w’'][\w’'\-]*[”\"]?|[A-Z][a-z]{0,3}\.|(?:[A-Z]\.)+)"
#: Words that open the next clause, not a setting: "that", a reporting verb, a subject
#: pronoun, a conjunction ("..., just as I suspect that ...").
_VERB = (
    r"(?:that|said|says|say|saying|told|tells|telling|wrote|writes|added|adds|reported|"
    r"I|he|she|we|they|you|as|but|who|which|whom|because|while|when|if)"
)
#: Nouns whose own "that" follows them: "in the same way that", "on the condition that".
_NOT_AFTER_NOUN = "".join(
    rf"(?<!\b{w} )"
    for w in "way condition fact idea sense extent hope belief assumption point case".split()
)
_SETTING_THAT = re.compile(
    r"(?:(?:on|in|at|during|from|before|after)\s+"
    rf"(?:(?!{_VERB}\s){_WORD},?\s+){{1,{MAX_SETTING_WORDS - 1}}}?"
    r"|(?:several|many|two|three|four|multiple|numerous|countless|a\s+few)\s+times\s+)"
    + _NOT_AFTER_NOUN
    + r"that\s+(?!(?:is|was|are|were|has|had|have|will|would|could|can|may|might)\b)"
)


def setting_before_that(text: str, at: int, end: int) -> re.Match[str] | None:
    """The setting and "that" opening at *at* (before *end*), up to the content's start.

    Parameters
    ----------
    text : str
        The article text.
    at : int
        Where the words after the cue begin.
    end : int
        The end of the sentence; the match never runs past it.

    Returns
    -------
    re.Match or None
        ``match.end()`` is where the content starts.

    Examples
    --------
    >>> t = 'Voss said on "Morning Hour" that the talks had stalled.'
    >>> m = setting_before_that(t, t.index("on"), len(t))
    >>> t[m.end():]
    'the talks had stalled.'
    >>> t = "Voss said several times that the campaign was doing well."
    >>> t[setting_before_that(t, t.index("several"), len(t)).end():]
    'the campaign was doing well.'
    >>> setting_before_that("Voss said in the town that was flooded", 10, 38) is None
    True
    >>> t = "I believe in it, in the same way that they believe in theirs."
    >>> setting_before_that(t, t.index("in the same"), len(t)) is None
    True
    """
    return _SETTING_THAT.match(text, at, end)
