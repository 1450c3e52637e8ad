"""Which of several people who share a surname a later mention of the surname stands for.

Political news names relatives of politicians by the politician's surname: *First lady Melania
Trump* in a story about *President Trump*, *Hillary Rodham Clinton* beside *Mr. Clinton*. Two
rules keep such people apart when a later mention gives only the surname:

- a **title** rules out a person it cannot name: one whose known gender differs from the
  title's ("Mr. Clinton" is not Hillary Rodham Clinton), or one known only by a family role when
  the title names an office ("President Trump" is not the first lady);
- a **bare surname** stays with the person it named first ("Trump said" after *Donald Trump*
  still means him after *Melania Trump* appears once): writers give the second bearer of a
  surname her full name or a title each time, and the bare surname to the first.

:class:`newsresearch.actors` calls :func:`titled_candidates` and :func:`bare_surname_key` from its
cast of actors.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from .actor_names import title_info

__all__ = ["FAMILY_ROLES", "bare_surname_key", "office_holders_first", "titled_candidates"]

#: Roles that say whose relative a person is rather than what office they hold.
FAMILY_ROLES = frozenset(
    "first lady|first gentleman|wife|husband|son|daughter|brother|sister|widow|mother|father|"
    "stepson|stepdaughter|son-in-law|daughter-in-law".split("|")
)


def titled_candidates(keys: Sequence[str], actors: Mapping[str, Any], title: str) -> list[str]:
    """The people of *keys* (sharing one surname) that a *title* with that surname may name.

    Drops those whose known gender is not the title's, and those known only by family roles
    when the title names an office; of several left, keeps the ones whose role or gender
    fits the title when any does. *actors* maps each key to an object with ``gender``
    (``"m"``, ``"f"`` or ``""``) and ``roles`` (a set of lower-case roles).

    Examples
    --------
    >>> from types import SimpleNamespace as P
    >>> cast = {"Melania Trump": P(gender="f", roles={"first lady"}),
    ...         "Hillary Rodham Clinton": P(gender="f", roles=set())}
    >>> titled_candidates(["Melania Trump"], cast, "President")
    []
    >>> titled_candidates(["Hillary Rodham Clinton"], cast, "Mr.")
    []
    >>> titled_candidates(["Hillary Rodham Clinton"], cast, "Mrs.")
    ['Hillary Rodham Clinton']
    """
    role, gender = title_info(title)
    left = [
        k
        for k in keys
        if not (gender and actors[k].gender and actors[k].gender != gender)
        and not (
            role
            and role not in FAMILY_ROLES
            and actors[k].roles
            and role not in actors[k].roles
            and actors[k].roles <= FAMILY_ROLES
        )
    ]
    if len(left) > 1:
        fitting = [
            k
            for k in left
            if (role and role in actors[k].roles)
            or (not role and gender and actors[k].gender == gender)
        ]
        left = fitting or left
    return left


def office_holders_first(keys: Sequence[str], actors: Mapping[str, Any]) -> list[str]:
    """The people of *keys* that a bare surname may name: those not known only by a family
    role ("first lady"), unless there are no others.

    Examples
    --------
    >>> from types import SimpleNamespace as P
    >>> cast = {"Melania Trump": P(roles={"first lady"}), "Trump": P(roles={"president"})}
    >>> office_holders_first(["Melania Trump", "Trump"], cast)
    ['Trump']
    """
    office = [k for k in keys if not (actors[k].roles and actors[k].roles <= FAMILY_ROLES)]
    return office or list(keys)


def bare_surname_key(
    surname: str, keys: Sequence[str], owners: dict[str, str], chosen: str | None
) -> str | None:
    """The person a bare *surname* names among *keys*: its first owner when it is one of them,
    else *chosen* (the caller's pick), which becomes the owner when there was none and it is
    a full name.

    Examples
    --------
    >>> owners = {}
    >>> bare_surname_key("Trump", ["Donald Trump"], owners, "Donald Trump")
    'Donald Trump'
    >>> bare_surname_key("Trump", ["Donald Trump", "Melania Trump"], owners, "Melania Trump")
    'Donald Trump'
    """
    owner = owners.get(surname)
    if owner is not None and owner in keys:
        return owner
    if chosen is not None and " " in chosen:  # not a person known by a title only so far,
        owners[surname] = chosen  # whom a later full name may turn out to be someone else
    return chosen
