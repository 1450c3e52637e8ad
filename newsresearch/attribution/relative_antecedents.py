"""A he, she, his or her inside a relative clause about a named person is that person:
"Bloomberg, who did not want to alter his promise" -> Bloomberg, whoever else the article
named last; so is one that opens a clause about what a named person said or wrote ("Voss's
testimony earlier this year, in which he said") (:func:`relative_antecedent`).
"""

from __future__ import annotations

import re

from ..actors import ArticleActors

__all__ = ["relative_antecedent"]

Span = tuple[int, int]

#: A name, a comma and "who", then the clause up to the pronoun (no stop, quote or clause
#: break on the way): "Bloomberg, who did not want to alter [his]".
_WHO_CLAUSE = re.compile(r"([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)*),\s+who\s+[^,.;:!?“”\"()—–]*$")
#: How far before the pronoun (characters) the name of the relative clause may stand.
_REACH = 160


#: An owner's speech or writing, then "in which" right before the pronoun: "Voss's
#: testimony earlier this year in which [he] said".
_OWNER_WHICH = re.compile(
    r"([A-Z][\w\-]+)['’]s?\s+(?:[\w\-]+\s+){0,2}?(?:testimony|remarks|speech|interview|letter|"
    r"statement|op-ed|book|memoir|memo|tweet|post|address|appearance|essay|column)\b"
    r"[^.;:!?“”\"()]{0,80}?\b(?:in|during)\s+which\s+$"
)


def relative_antecedent(text: str, span: Span, actors: ArticleActors, gender: str) -> str | None:
    """The person a pronoun at *span* stands for when it is inside a relative clause
    about a named person ("X, who ... his"): that person's canonical name, when the
    article has a person so named whose gender is *gender* or unknown and no other person
    is named between the name and the pronoun; else None.

    Examples
    --------
    >>> from newsresearch.actors import find_actors
    >>> t = ("Gov. Dan Carver spoke after Sen. Tom Reyes. The rules barred Reyes, who did not "
    ...      "want to alter his promise.")
    >>> relative_antecedent(t, (t.index("his"), t.index("his") + 3), find_actors(t), "m")
    'Tom Reyes'
    >>> t = "Sen. Tom Reyes faulted Gov. Dan Carver's testimony, in which he said no."
    >>> relative_antecedent(t, (t.index("he said"), t.index("he said") + 2), find_actors(t), "m")
    'Dan Carver'
    """
    m = _WHO_CLAUSE.search(text, max(0, span[0] - _REACH), span[0])
    if m is None:
        m = _OWNER_WHICH.search(text, max(0, span[0] - _REACH), span[0])
    if m is None:
        return None
    name_end = m.end(1)
    if any(x.type == "person" and x.kind != "pronoun" for x in actors.between(name_end, span[0])):
        return None
    surname = m.group(1).split()[-1]
    named = [
        x for x in actors.between(m.start(1), name_end) if x.type == "person" and x.end == name_end
    ]
    if named:
        people = [actors.actors[named[-1].actor]]
    else:  # a surname read as something else ("Bloomberg" the company): the person so named
        people = [
            a
            for a in actors.actors.values()
            if a.type == "person" and a.canonical.split()[-1] == surname
        ]
    if len(people) != 1 or people[0].gender not in ("", gender):
        return None
    return people[0].canonical
