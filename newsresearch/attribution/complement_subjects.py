"""Sources whose head takes a complement that ends in a noun spelt like a cue.

A subject such as "Critics of the plan [say]", "Backers of the talks [said]" or
"People with knowledge of the talks [said]" ends in a word that the cue lexicon also
holds as a verb ("plan", "talks"). After a determiner that word is a noun, so the
phrase finder (:func:`.phrases.np_left`) may read on past it; it then keeps the phrase
only when a source head governs the complement ("critics of", "people with knowledge
of"), so that "The plan says ..." alone stays no source here.
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["complement_head", "knowledge_of", "noun_after_determiner"]

#: Words after which a cue form is a noun: "the plan", "his claims", "their talks".
_NOUN_DETERMINERS = frozenset("the a an this that these those his her their its our my".split())

#: Prepositions that open a source head's complement.
_COMPLEMENT_PREPOSITIONS = frozenset("with at for of from in to on by close familiar".split())


def noun_after_determiner(tokens: list[re.Match[str]], k: int) -> bool:
    """Whether token *k* (a cue form) follows a determiner, which makes it a noun.

    Examples
    --------
    >>> import re
    >>> toks = list(re.finditer(r"\\S+", "Critics of the plan"))
    >>> noun_after_determiner(toks, 3), noun_after_determiner(toks, 1)
    (True, False)
    """
    return k > 0 and tokens[k - 1].group(0).lower() in _NOUN_DETERMINERS


def knowledge_of(tokens: list[re.Match[str]], k: int) -> bool:
    """Whether token *k* is the "of" of "with knowledge of", the complement of an unnamed
    source ("people with knowledge of the talks").

    Examples
    --------
    >>> import re
    >>> toks = list(re.finditer(r"\\S+", "people with knowledge of the talks"))
    >>> knowledge_of(toks, 3), knowledge_of(toks, 1)
    (True, False)
    """
    return (
        k > 1
        and tokens[k].group(0).lower() == "of"
        and tokens[k - 1].group(0).lower() == "knowledge"
        and tokens[k - 2].group(0).lower() in ("with", "direct")
    )


def complement_head(words: list[str], *, is_head: Callable[[str], bool]) -> bool:
    """Whether a source head governs a complement in *words*: the word before its first
    preposition ("critics of", "officials at"; "people familiar with", "people with
    knowledge of") is a source head by *is_head*.

    Examples
    --------
    >>> complement_head(["Critics", "of", "the", "plan"], is_head=lambda w: w == "critics")
    True
    >>> complement_head(["The", "plan"], is_head=lambda w: True)
    False
    """
    for k in range(1, len(words) - 1):
        if words[k].lower() in _COMPLEMENT_PREPOSITIONS:
            head = words[k - 1].lower()
            if head in ("familiar", "close") and k > 1:
                head = words[k - 2].lower()
            return is_head(head)
    return False
