"""Unnamed people and groups as sources: their speaker is ``anonymous``.

The gold names who speaks (``data/gold/ANNOTATION.md``, section 1): an unnamed person or
group (``a senior official``, ``sources``, ``critics``, ``people familiar with the
matter``) is ``anonymous``, never an organisation or a person named nearby. The resolver
(:mod:`.speakers`) reads most such sources so; :func:`unnamed_groups` is the last check
after it, for the shapes of unnamed sources it may still name:

* a source **familiar with** something, **close to** someone, **briefed on** it or
  **speaking on condition of anonymity** ("a source familiar with the matter", "two
  people close to the governor"): anonymous even when a name stands right before it
  ("an adviser to Ana Brooks, a source familiar with the talks, said": Brooks is whom
  the adviser served, not the source);
* **reports** and **the media** with no outlet named ("according to news reports",
  "multiple media reports", "the news media reported");
* **those who** ... ("those who worked with her"), **not everyone**, **few**;
* **authorities**, **correspondents**, **reporters** with no body named ("local
  authorities said", "Correspondents say"), and bodies in the plural in lower-case words
  ("appeals courts", "insurance companies", "opposition figures");
* a **counted group** of people or bodies with no name in it ("some Catholic groups",
  "many economists and ordinary Americans", "several rights organisations"), or a
  collective of them ("the group of experts", "the majority of the public").

A source holding a person's or organisation's name before its head ("Halden police
authorities", "two Voss aides familiar with ...") is left to the resolver.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..actors import ArticleActors
from .records import Attribution

__all__ = ["PEOPLE_NOUNS", "unnamed_groups", "unnamed_phrase"]

#: Head nouns of an unnamed person or group ("a Democratic strategist", "White House
#: officials"); :mod:`.speakers` reads a source with such a head as anonymous.
PEOPLE_NOUNS = frozenset(
    "official spokesman spokeswoman spokesperson strategist aide ally associate adviser advisor "
    "source leader operative senator lawmaker democrat republican member staffer analyst expert "
    "economist critic supporter opponent resident voter worker employee lawyer attorney friend "
    "colleague insider diplomat officer agent investigator prosecutor researcher scientist "
    "activist organizer organiser protester student parent teacher doctor nurse people person "
    "man woman witness observer representative executive negotiator donor fundraiser "
    "conservative liberal progressive moderate governor mayor legislator congressman "
    "congresswoman delegate candidate consultant pollster operative neighbor neighbour "
    "advocate specialist customer manager owner fan victim relative citizen nominee front-runner "
    "backer ambassador".split()
)

#: Plural heads of unnamed bodies a counted group may have ("some Catholic groups").
_GROUP_NOUNS = frozenset(
    "groups organizations organisations associations unions companies firms businesses "
    "charities churches agencies countries nations governments states outlets americans "
    "britons europeans".split()
)

#: Someone who knows, close to, briefed on, or speaking anonymously: "a source familiar with".
_FAMILIAR = re.compile(
    r"(?P<head>(?:(?:a|an|one|two|three|four|several|some|many|other|the)\s+)?"
    r"(?:[\w\-]+\s+){0,3}?(?:sources?|persons?|people|someone|somebody|individuals?|"
    r"officials?|aides?|insiders?|those|others|advis[eo]rs?|allies)"
    r"|(?:a|an|one|two|three|four|five|several|some|many|other)\s+(?:[\w\-]+\s+){0,3}?[\w\-]+)"
    r"\s+(?:(?:who\s+(?:is|are|was|were)\s+|(?:directly|closely|personally)\s+)*"
    r"(?:familiar\s+with|close\s+to|knowledgeable\s+(?:about|of)|briefed\s+on|"
    r"with\s+(?:direct\s+|first-hand\s+|detailed\s+)?knowledge(?:\s+of)?|"
    r"(?:who|that)\s+(?:spoke|asked|requested|insisted|declined|was\s+not|were\s+not|"
    r"is\s+not|are\s+not)\b))",
    re.IGNORECASE,
)
#: Reports and media no outlet is named for: "news reports", "multiple media reports".
_REPORTS = re.compile(
    r"(?:(?:multiple|several|many|some|other|recent|earlier|local|unconfirmed|published|"
    r"numerous|various|conflicting|widespread|initial)\s+)*(?:(?:news|media|press)\s+)?reports"
    r"|(?:the\s+)?(?:news\s+)?media",
    re.IGNORECASE,
)
#: Those who ..., not everyone, few: a group the sentence describes and never names.
_THOSE_WHO = re.compile(
    r"(?:(?:those|people|anyone|everyone|others|many|some)\s+who\b.*"
    r"|(?:not|almost|nearly|hardly)\s+(?:everyone|everybody|anyone|anybody)"
    r"|(?:very\s+)?few|no\s+one|nobody)",
    re.IGNORECASE | re.DOTALL,
)
#: Authorities, correspondents, reporters with at most lower-case words before them.
_UNNAMED_BODIES = re.compile(
    r"(?:the\s+)?(?:(?:some|many|local|federal|state|city|county|regional|national|health|"
    r"military|security|police|election|immigration|law\s+enforcement|foreign|western)\s+)*"
    r"authorities"
    r"|(?:(?:some|many|several|other|foreign|local|western)\s+)*"
    r"(?:correspondents|reporters|journalists)",  # "the reporters": ones the article named
    re.IGNORECASE,
)
#: Unnamed bodies in the plural, lower-case words only ("appeals courts", "insurance
#: companies", "Campaigns"), and people in public life ("opposition figures").
_PLURAL_BODIES = re.compile(
    r"(?!(?:the|these|those|their|its|our|his|her|such|both|all)\b)(?:[a-z\-]+\s+){0,3}"
    r"(?:courts|agencies|companies|firms|groups|organizations|organisations|unions|"
    r"businesses|outlets|insurers|lenders|retailers|manufacturers|campaigns)"
    r"|(?:[a-z\-]+\s+){0,2}(?:opposition|political|public|religious|establishment|community|"
    r"business|party|cultural|prominent|leading)\s+figures"
)
#: A counted group: a quantifier, up to four words, a plural head; "and" another such.
_COUNTED = re.compile(
    r"(?:some|many|several|few|most|numerous|various|a\s+few|a\s+number\s+of|dozens\s+of|"
    r"scores\s+of|hundreds\s+of|thousands\s+of)\s+"
    r"(?P<words>(?:[\w\-’']+\s+){0,4}?[\w\-]+s)"
    r"(?:\s+and\s+(?:[\w\-]+\s+){0,2}?(?P<second>[\w\-]+s))?"
    r"(?:\s+(?:at|in|from|on|for|with)\s+(?:the\s+)?[a-z][\w\-’']*(?:\s+[a-z][\w\-’']*){0,3})?",
    re.IGNORECASE,
)
#: A collective of unnamed people: "the group of experts", "a team of researchers", "the
#: majority of the public" (a collective noun, "of" and a plural of people or "public").
_COLLECTIVE = re.compile(
    r"(?:a|an|the|one)\s+(?:[\w\-]+\s+){0,2}?(?:group|team|panel|coalition|handful|number|"
    r"majority|minority|band)\s+of\s+(?:the\s+)?(?:[\w\-’']+\s+){0,3}?(?P<head>[\w\-]+)",
    re.IGNORECASE,
)


#: Words that make a counted group named, or no group of people.
_NAMED_MEMBERS = re.compile(
    r"\b(?:including|such\s+as|like|among\s+them|led\s+by|polls?|surveys?|studies|reports|"
    r"percent|data)\b|%",
    re.IGNORECASE,
)


def _singular(word: str) -> str:
    low = word.lower()
    if low.endswith("ies"):
        return low[:-3] + "y"
    if low.endswith(("sses", "ches", "shes")):
        return low[:-2]
    return low[:-1] if low.endswith("s") else low


def _people_or_group(word: str) -> bool:
    low = word.lower()
    return low in _GROUP_NOUNS or _singular(low) in PEOPLE_NOUNS


def unnamed_phrase(phrase: str) -> str | None:
    """The kind of unnamed source a source *phrase* is (``familiar``, ``reports``,
    ``those``, ``bodies``, ``counted``), or None when it is none of them. For
    ``familiar``, only the words before "familiar with" (or "close to" ...) are the
    source's own: a name after them is what the source knows about.

    Examples
    --------
    >>> unnamed_phrase("a source familiar with the matter")
    'familiar'
    >>> unnamed_phrase("two people close to Gov. Ana Brooks")
    'familiar'
    >>> unnamed_phrase("a Republican familiar with the talks")
    'familiar'
    >>> unnamed_phrase("multiple news reports"), unnamed_phrase("the news media")
    ('reports', 'reports')
    >>> unnamed_phrase("those who worked with her"), unnamed_phrase("Not everyone")
    ('those', 'those')
    >>> unnamed_phrase("local authorities"), unnamed_phrase("Correspondents")
    ('bodies', 'bodies')
    >>> unnamed_phrase("appeals courts"), unnamed_phrase("opposition figures")
    ('bodies', 'bodies')
    >>> unnamed_phrase("their websites") is None, unnamed_phrase("unemployment figures") is None
    (True, True)
    >>> unnamed_phrase("some Lutheran groups"), unnamed_phrase("many economists and ordinary voters")
    ('counted', 'counted')
    >>> unnamed_phrase("several recent polls") is None, unnamed_phrase("the report") is None
    (True, True)
    >>> unnamed_phrase("some groups, including the Halden Trust") is None
    True
    >>> unnamed_phrase("Dozens of workers at the plant")
    'counted'
    >>> unnamed_phrase("the group of experts"), unnamed_phrase("The majority of the public")
    ('counted', 'counted')
    """
    phrase = phrase.strip()
    familiar = _FAMILIAR.match(phrase)
    if familiar is not None:
        return "familiar"
    if _REPORTS.fullmatch(phrase) is not None:
        return "reports"
    if _THOSE_WHO.fullmatch(phrase) is not None:
        return "those"
    if _UNNAMED_BODIES.fullmatch(phrase) is not None:
        return "bodies"
    if _PLURAL_BODIES.fullmatch(phrase[:1].lower() + phrase[1:]) is not None:
        return "bodies"
    collective = _COLLECTIVE.fullmatch(phrase)
    if collective is not None and _NAMED_MEMBERS.search(phrase) is None:
        head = collective.group("head")
        if head.lower() == "public" or (head.endswith("s") and _people_or_group(head)):
            return "counted"
    counted = _COUNTED.fullmatch(phrase)
    if counted is not None and _NAMED_MEMBERS.search(phrase) is None:
        heads = [counted.group("words").split()[-1], counted.group("second") or ""]
        if _people_or_group(heads[0]) and (not heads[1] or _people_or_group(heads[1])):
            return "counted"
    return None


def unnamed_groups(text: str, found: Sequence[Attribution], actors: ArticleActors) -> None:
    """The speaker of each source in *found* that is an unnamed person or group
    (:func:`unnamed_phrase`) made ``anonymous``, in place, unless the source's own words
    (before "familiar with" and the like) hold a person's or organisation's name.

    Examples
    --------
    >>> from newsresearch.text import Article
    >>> t = ("Ana Brooks was then an adviser to Governor Tom Voss, a source familiar with "
    ...      "the matter told the Halden Courier.")
    >>> [(a.speaker, a.anonymous) for a in Article(t).attributions]
    [('anonymous', True)]
    """
    for att in found:
        if att.source is None or att.speaker == "anonymous" or att.speaker_from is not None:
            continue
        start, end = att.source
        phrase = text[start:end]
        kind = unnamed_phrase(phrase)
        if kind is None:
            continue
        if kind == "familiar":
            head = _FAMILIAR.match(phrase.strip())
            end = start + (len(phrase) - len(phrase.lstrip())) + head.end("head")
        if any(
            m.kind in ("name", "surname") and m.type in ("person", "organisation")
            for m in actors.between(start, end)
        ):
            continue  # "two Voss aides familiar with ...": the resolver's reading stands
        att.speaker, att.speaker_type, att.anonymous = "anonymous", "anonymous", True
        att.speaker_title = att.speaker_role = ""
