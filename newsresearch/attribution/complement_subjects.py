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

__all__ = [
    "KNOWING_PARTICIPLES",
    "complement_head",
    "keeps_complement",
    "knowledge_of",
    "last_head_span",
    "noun_after_determiner",
]

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
    >>> noun_after_determiner(list(re.finditer(r"\\S+", "the mayor's plan")), 2)
    True
    """
    if k == 0:
        return False
    before = tokens[k - 1].group(0).lower()
    return before in _NOUN_DETERMINERS or before.endswith(("'s", "’s"))  # "the mayor’s plan"


#: Participles that take a source head's complement: "people briefed on the talks",
#: "officials involved in the review", "aides aware of the plan".
KNOWING_PARTICIPLES = frozenset(
    "familiar close briefed involved knowledgeable aware informed".split()
)
#: Counting nouns before "of" and a source head: "hundreds of workers", "dozens of officials".
_COUNTS = frozenset("dozens hundreds thousands scores millions".split())


def keeps_complement(tokens: list[re.Match[str]], k: int, heads: frozenset[str]) -> bool:
    """Whether the preposition at token *k* opens the complement of a source head, by the
    words before it: "with knowledge of", a knowing participle after a head ("briefed on",
    "involved in"), a count ("hundreds of") or a plural head ("leaders of").

    Examples
    --------
    >>> import re
    >>> toks = list(re.finditer(r"\\S+", "two people briefed on the talks"))
    >>> keeps_complement(toks, 3, frozenset({"people"}))
    True
    >>> keeps_complement(list(re.finditer(r"\\S+", "leaders of both parties")), 1, frozenset({"leader"}))
    True
    """
    if k < 1:
        return False
    prev = tokens[k - 1].group(0).lower()
    low = tokens[k].group(0).lower()
    if prev in _COUNTS or (prev.endswith("s") and prev[:-1] in heads):
        return low == "of"
    if prev in KNOWING_PARTICIPLES and k > 1:
        return tokens[k - 2].group(0).lower() in heads or knowledge_of(tokens, k)
    return knowledge_of(tokens, k)


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
            if head in KNOWING_PARTICIPLES and k > 1:
                head = words[k - 2].lower()
            return is_head(head)
    return False


def last_head_span(
    text: str,
    lo: int,
    hi: int,
    *,
    words: int,
    word: re.Pattern[str],
    stops: Callable[[str], bool],
    is_head: Callable[[str], bool],
) -> tuple[int, int] | None:
    r"""The subject from *lo* to its last head word: up to *words* words (*word*
    matches, joined by single spaces, before *hi*), ending before the first word that
    *stops* (a cue word: "The president's lawyers [wagered]"); the first word is never a
    stop or a head. None when no word after the first is a head.

    Examples
    --------
    >>> import re
    >>> text = "The mayor's two aides said"
    >>> last_head_span(text, 0, len(text), words=8, word=re.compile(r"[\w'.]+"),
    ...                stops=lambda w: w == "said", is_head=lambda w: w in {"aides"})
    (0, 21)
    """
    best = None
    pos = lo
    for n in range(words):
        m = word.match(text, pos, hi)
        if m is None:
            break
        found = m.group(0)
        if n and stops(found):
            break
        if n and is_head(found):
            best = (lo, m.end())
        pos = m.end()
        if text[pos : pos + 1] != " ":
            break
        pos += 1
    return best
