"""Unnamed descriptions that the next attribution names: "a top adviser to Ana Brooks
accused the mayor of ... / Tom Reyes, a senior member of the Brooks team, faulted ...".

News ledes often describe a speaker first and name them in the next sentence or
paragraph, where the same person speaks again: "Responding Friday, a spokeswoman for
the Voss campaign said the briefing was hollow. / "...," Lena Marsh said in a
statement." The description is that person when

* it is one unnamed person in a role (``a``, ``an``, ``one`` and a head such as
  ``adviser``, ``spokeswoman``, ``watchdog``; no word of anonymity such as ``official``
  or ``source``), not said to be anonymous in its sentence ("who spoke on condition of
  anonymity", "familiar with");
* the very next attribution with a source starts within :data:`REACH` characters of
  the description's attribution, and its source names a person the article names there
  for the first time (never before the description);
* that source or what the article says of the person repeats the role ("a Kremlin
  spokesman ... said Putin spokesman X"), or the naming attribution is a quote signed
  by the bare name ("...," Lena Marsh said) of a person given no other description;
* a gendered head (``spokeswoman``) does not contradict the person's known gender.

:func:`introduced_speakers` applies this to the resolved attributions of an article.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from ..actors import Actor, ArticleActors
from .records import Attribution

__all__ = ["REACH", "introduced_speakers"]

#: How far (characters) after the description's attribution the naming attribution may start.
REACH = 400

_ONE_PERSON = re.compile(r"(?:a|an|one)\s+(?P<head>[^,;:()]+)$", re.I)
#: Where a description's head ends: "a top adviser [to Ana Brooks]".
_HEAD_END = re.compile(r"\s+(?:to|for|from|of|at|with|in|on|who|that)\s", re.I)
#: Heads that mark a source as kept unnamed on purpose, never named later.
_VAGUE = frozenset(
    "official source person insider individual someone member staffer employee "
    "resident witness observer participant attendee".split()
)
_ANONYMITY = re.compile(
    r"anonymity|anonymously|not authori[sz]ed|familiar with|asked not to be|declined to be "
    r"(?:named|identified)|requested|not to be (?:named|identified)",
    re.I,
)
#: Heads naming a role a person speaks in, the kind a lede describes before naming them
#: (not a bystander: "a handcuffed man", "a student" are people of the story).
_ROLES = frozenset(
    "adviser advisor aide spokesman spokeswoman spokesperson strategist watchdog analyst "
    "expert lawyer attorney consultant pollster economist professor researcher director "
    "executive lobbyist operative representative chairman chairwoman chair president "
    "secretary counsel negotiator campaigner organizer organiser".split()
)
_GENDERED = {"spokeswoman": "f", "spokesman": "m", "chairwoman": "f", "chairman": "m"}


def _head(phrase: str) -> str | None:
    """The head word of a description of one unnamed person ("adviser" in "a top adviser
    to Ana Brooks"), None when the phrase is no such description."""
    m = _ONE_PERSON.fullmatch(phrase.strip())
    if m is None:
        return None
    words = _HEAD_END.split(m.group("head"), maxsplit=1)[0].split()
    if not words or not words[-1].isalpha() or not words[-1].islower():
        return None
    head = words[-1]
    if head not in _ROLES or not _VAGUE.isdisjoint(w.lower() for w in words):
        return None
    return head


#: Heads of one family: "a Kremlin spokesman ... Putin spokesperson X".
_FAMILY = {"spokesman": "spokes", "spokeswoman": "spokes", "spokesperson": "spokes"}


def _same_role(head: str, named: str, actor: Actor) -> bool:
    """Whether the naming source or what the article says of the person repeats the
    description's role: "a Kremlin spokesman ... said Putin spokesman X", "an attorney for
    Y ... the attorney, X, said"."""
    key = _FAMILY.get(head, head)
    said = " ".join([named, actor.description, actor.title, *sorted(actor.roles)]).lower()
    return re.search(rf"\b{re.escape(key)}", said) is not None


def _bare_quoted(nxt: Attribution, named: str, actor: Actor) -> bool:
    """Whether the naming attribution is a quote its speaker signs by name alone, with a
    title at most and no description of another role ("...," Lena Marsh said)."""
    last = actor.canonical.split()[-1:]
    return (
        nxt.kind in ("direct", "mixed")
        and "," not in named
        and named.split()[-1:] == last
        and not actor.description
    )


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around text[start:end] (from the last full stop or line break before)."""
    lo = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    stops = [i for i in (text.find(". ", end), text.find("\n", end)) if i != -1]
    return text[lo : min(stops) if stops else len(text)]


def introduced_speakers(text: str, found: Sequence[Attribution], actors: ArticleActors) -> None:
    """Give an unnamed description the person the next attribution names for the first
    time, in place (*found*: the article's attributions in text order, speakers resolved).

    Examples
    --------
    >>> from newsresearch.text import Article
    >>> t = ('Responding Friday, a spokeswoman for the Voss campaign said the briefing was '
    ...      '"hollow."\\n\\n"The outrage rings hollow," Lena Marsh said in a statement.')
    >>> [a.speaker for a in Article(t).attributions]
    ['Lena Marsh', 'Lena Marsh']
    """
    sourced = [a for a in found if a.source is not None]
    for att, nxt in pairwise(sourced):
        if att.speaker != "anonymous" or not att.anonymous:
            continue
        actor = _naming(text, att, nxt, actors)
        if actor is not None:
            att.speaker, att.speaker_type, att.anonymous = actor.canonical, "person", False


def _naming(text: str, att: Attribution, nxt: Attribution, actors: ArticleActors) -> Actor | None:
    """The person *nxt* (the attribution after *att*) names first, when *att*'s source is
    an unnamed description of that person (the module's rules); else None."""
    a, b = att.source  # type: ignore[misc]
    head = _head(text[a:b])
    if head is None or _ANONYMITY.search(_sentence(text, a, b)) or nxt.source is None:
        return None
    end = max(b, *(y for _, y in att.content))
    start, stop = nxt.source
    if start < b or start - end > REACH or nxt.speaker_type != "person":
        return None
    actor = actors.actors.get(nxt.speaker or "")
    if actor is None or actor.type != "person" or not b <= actor.first <= stop:
        return None
    if actor.gender and _GENDERED.get(head, actor.gender) != actor.gender:
        return None
    if not any(
        m.actor == actor.canonical and m.kind == "name" for m in actors.between(start, stop)
    ):
        return None  # "... the executive said": a description, not the name
    named = text[start:stop]
    return actor if _same_role(head, named, actor) or _bare_quoted(nxt, named, actor) else None
