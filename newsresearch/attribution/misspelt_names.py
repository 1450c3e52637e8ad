"""Surnames an article misspells: "Ferhnstrom" or "Fehrstrom" for the Eric Fehrnstrom it
names in full. A one-word person speaker that no full name of the article ends with is
that full name when it is one typing slip (a letter added, dropped, changed or two
neighbours swapped) from exactly one full name's surname, is long enough that such a slip
is no other name (:data:`MIN_LENGTH`), and is written no more often than the surname it
slips from (a slip is rarer than the name it mangles).
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["MIN_LENGTH", "misspelt_surname", "one_slip"]

#: The shortest surname (letters) read as a misspelling of another: shorter names one
#: letter apart are often two names ("Ross", "Rose").
MIN_LENGTH = 7


def one_slip(a: str, b: str) -> bool:
    """Whether *a* and *b* differ by one typing slip: a letter added, dropped or changed,
    or two neighbouring letters swapped.

    Examples
    --------
    >>> one_slip("Ferhnstrom", "Fehrnstrom"), one_slip("Fehrstrom", "Fehrnstrom")
    (True, True)
    >>> one_slip("Fehrnstrom", "Fehrnstrom"), one_slip("Johnston", "Johnsten")
    (False, True)
    >>> one_slip("Lindqvist", "Lindgren")
    False
    """
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        i = diff[0]
        return len(diff) == 2 and diff[1] == i + 1 and a[i] == b[i + 1] and a[i + 1] == b[i]
    short, long = (a, b) if len(a) < len(b) else (b, a)
    i = next((k for k in range(len(short)) if short[k] != long[k]), len(short))
    return short[i:] == long[i + 1 :]


def misspelt_surname(word: str, names: Sequence[str], text: str) -> str | None:
    """The one full name of *names* whose surname *word* misspells, by the rules of this
    module (*text*: the article, to count how often each is written); else None.

    Examples
    --------
    >>> t = "Eric Fehrnstrom spoke. Later Fehrnstrom added more, and Ferhnstrom said so."
    >>> misspelt_surname("Ferhnstrom", ["Eric Fehrnstrom", "Ana Brooks"], t)
    'Eric Fehrnstrom'
    >>> misspelt_surname("Johnsten", ["Tom Johnston"], "Tom Johnston. Johnsten. Johnsten.")
    """
    if len(word) < MIN_LENGTH or not word.isalpha() or not word[:1].isupper():
        return None
    if any(name.split()[-1] == word for name in names):
        return None
    near = {name for name in names if len(name.split()) > 1 and one_slip(word, name.split()[-1])}
    if len(near) != 1:
        return None
    name = near.pop()
    return name if text.count(word) <= text.count(name.split()[-1]) else None
