"""Entities that only article-level stance names: :func:`find_event_phrases`, :func:`find_group_plurals`.

:func:`~newsresearch.attribution.stance_summary.entity_stance` scores every entity an
article names, also those that no stance triple targets (by the tone of the sentences
that mention them). Two kinds of entity that news articles take a stand on are named by
nouns that the triple finder's issue and group heads
(:data:`~newsresearch.attribution.stance_cues.ISSUE_HEADS`,
:data:`~newsresearch.attribution.stance_cues.GROUP_HEADS`) leave out, as they are too
general to be the target of a speaker's stance cue in one sentence, yet name what an
article is about when it comes back to them:

* events and contested measures named by what happens or is proposed (``the trial``,
  ``the Cruz-Kasich alliance``, ``the debt increase``, ``a three-month extension``, ``the
  donor threshold``, ``the secret recordings``): :data:`EVENT_HEADS`;
* groups of people named by a plural role noun or a collective noun (``politicians``,
  ``journalists``, ``North Korean defectors``, ``the troops``, ``the judiciary``):
  :data:`GROUP_PLURALS`; one person named by a role (``the whistleblower``):
  :data:`ROLE_NOUNS`;
* named operations (``Operation Fast and Furious``), organisations named as their
  members for a cause (``Americans for Prosperity``) and relatives named by a kinship
  noun and a given name (``his son Hunter``).

Both are read as :func:`~newsresearch.attribution.stance_cues.find_issues` reads its
heads (up to :data:`~newsresearch.attribution.stance_cues.ISSUE_MODIFIERS` modifiers,
no determiner, not a head used as a verb); as most event heads are verbs too, one alone
(no determiner, no modifier) after a conjunction, ``to``, an auxiliary, a modal or an
adverb in -ly is none (``and limit travel``, ``would be cut``), nor one in -ing. They are entities for ``entity_stance`` only:
the stance triples keep their own heads.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from .stance_cues import Issue, _phrases

__all__ = [
    "EVENT_HEADS",
    "GROUP_PLURALS",
    "ROLE_NOUNS",
    "find_event_phrases",
    "find_group_plurals",
    "find_for_organisations",
    "find_operations",
    "find_roles",
    "kin_names",
]

#: Head nouns of events and contested measures an article comes back to (singular and
#: plural): trials and hearings, alliances and talks, ads and calls, rises, cuts and
#: extensions, thresholds, caps and standards, recordings and results.
EVENT_HEADS = frozenset(
    """trial trials hearing hearings verdict verdicts alliance alliances coalition merger
    talks negotiations ad ads advertisement advertisements call calls visit
    attendance appearance recusal pardon pardons sentencing committee caucus caucuses
    increase hike hikes cut extension extensions threshold thresholds cap caps ceiling
    limit limits standards exchanges mission bailout closure closures recordings
    recording tapes results polls rift feud boycott""".split()
)
#: Plural role nouns and collective nouns that name a group of people (``politicians``,
#: ``Syrian rebels``, ``the American military``, ``the judiciary``).
GROUP_PLURALS = frozenset(
    """politicians journalists reporters businesses troops soldiers defectors separatists
    militants insurgents marchers trolls theorists shareholders investors managers
    supervisors executives agencies patrolmen supporters donors activists immigrants
    migrants refugees students teachers farmers residents survivors victims judges
    prosecutors investigators scientists doctors nurses banks lenders conservatives
    liberals progressives evangelicals establishment caravans military judiciary""".split()
)


@cache
def _heads_re(words: frozenset[str]) -> re.Pattern[str]:
    body = "|".join(sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])")


def find_event_phrases(text: str) -> list[Issue]:
    """Event and measure phrases of *text* whose head is in :data:`EVENT_HEADS`, type issue.

    Examples
    --------
    >>> text = "Judge Ada Lin said the citizenship trial would go ahead; the trial starts Monday."
    >>> [i.name for i in find_event_phrases(text)]
    ['citizenship trial', 'trial']
    >>> [i.name for i in find_event_phrases("They cap spending and limit travel. The Voss-Lin alliance broke.")]
    ['Voss-Lin alliance']
    """
    return [
        i
        for i in _phrases(text, 0, None, _heads_re(EVENT_HEADS), "issue")
        if not (i.text == i.name and " " not in i.name and _verb_here(text, i.start, i.name))
    ]


#: Words after which a head alone is a verb (``or cut``, ``been cut``, ``will also call``).
_VERB_CONTEXT = frozenset(
    """and or to not never also always just which who be been being is are was were am will
    would can could should may might must shall i'll we'll they'll you'll he'll she'll
    it'll""".split()
)


#: Nouns in -ly, no adverbs (``this family feud``).
_LY_NOUNS = frozenset("family ally rally supply assembly monopoly anomaly".split())


def _verb_here(text: str, start: int, head: str) -> bool:
    """Whether a head alone (no determiner, no modifier) at *start* is a verb: in -ing
    (``started recording``), or after a conjunction, ``to``, a relative pronoun, an
    auxiliary, a modal or an adverb in -ly (``or cut``, ``which calls for``, ``would be
    abruptly cut``, ``will also call``)."""
    if head.endswith("ing"):
        return True
    before = text[max(0, start - 30) : start].split()
    word = before[-1].lower().replace("’", "'") if before else ""
    adverb = word.endswith("ly") and word.isalpha() and word not in _LY_NOUNS
    return word in _VERB_CONTEXT or adverb


def find_group_plurals(text: str) -> list[Issue]:
    """Group phrases of *text* whose head is in :data:`GROUP_PLURALS`, type organisation.

    Examples
    --------
    >>> text = "Voters think politicians are out of touch, and North Korean defectors agree."
    >>> [(g.name, g.type) for g in find_group_plurals(text)]
    [('politicians', 'organisation'), ('North Korean defectors', 'organisation')]
    >>> [g.name for g in find_group_plurals("Many fellow patrolmen and right-wing trolls.")]
    ['patrolmen', 'trolls']
    """
    return [
        _named_group(g, text)
        for g in _phrases(text, 0, None, _heads_re(GROUP_PLURALS), "organisation")
    ]


def _named_group(group: Issue, text: str) -> Issue:
    """*group* named by its head and the capitalised (not a sentence's first word) or
    hyphenated words right before it (``North Korean defectors``, ``right-wing trolls``):
    a lower-case word before a plural role noun is a verb or a judgement as often as a
    name (``think politicians``, ``fellow patrolmen``)."""
    from .issue_terms import _sentence_start

    kept: list[str] = []
    for m in reversed(list(re.finditer(r"\S+", text[group.start : group.head_start]))):
        word = m.group()
        capital = word[:1].isupper() and not _sentence_start(text, group.start + m.start())
        if not (capital or ("-" in word and word[:1].isalnum())):
            break
        kept.insert(0, word)
    head = text[group.head_start : group.end]
    return replace(group, name=" ".join([*kept, head]))


#: A named operation: ``Operation`` and its capitalised name (``Operation Desert Storm``,
#: ``Operation Fast and Furious``), not at a line's end.
_OPERATION_RE = re.compile(
    r"\bOperation(?:[ \t]+(?!Operation\b)[A-Z][\w’'-]*"
    r"(?:[ \t]+(?:and|of|the)(?=[ \t]+(?!Operation\b)[A-Z]))?)+"
)


def find_operations(text: str) -> list[Issue]:
    """Named operations of *text* (military, police, sting or campaign operations that
    news names by their code name after ``Operation``), type issue.

    Examples
    --------
    >>> text = "Aides defended Operation Fast and Furious; Operation Liberty began. The operation ended."
    >>> [o.name for o in find_operations(text)]
    ['Operation Fast and Furious', 'Operation Liberty']
    """
    return [
        Issue(m.start(), m.end(), m.group(), " ".join(m.group().split()), m.start(), "issue")
        for m in _OPERATION_RE.finditer(text)
    ]


#: An organisation named as its members for a cause (``Americans for Prosperity``,
#: ``Physicians for Human Rights``): a capitalised plural, ``for`` and capitalised words.
_FOR_ORGANISATION_RE = re.compile(
    r"\b[A-Z][a-z]+s[ \t]+for[ \t]+[A-Z][\w’'-]*"
    r"(?:[ \t]+(?:(?:and|of|the)[ \t]+)?(?![A-Z][a-z]+s[ \t]+for\b)[A-Z][\w’'-]*)*"
)


def find_for_organisations(text: str) -> list[Issue]:
    """Organisations of *text* named as their members for a cause (``Americans for
    Prosperity``, ``Students for Fair Admissions``), which a name finder that reads
    capitalised runs splits at ``for``; type organisation.

    Examples
    --------
    >>> text = "Ads by Citizens for Clean Harbors and Parents for the Lakes ran; Voss thanks for it."
    >>> [o.name for o in find_for_organisations(text)]
    ['Citizens for Clean Harbors']
    """
    return [
        Issue(m.start(), m.end(), m.group(), " ".join(m.group().split()), m.start(), "organisation")
        for m in _FOR_ORGANISATION_RE.finditer(text)
    ]


#: A relative named by a kinship noun and a given name (``his son Hunter``, ``Voss's
#: brother Robert``), not a full name (``his wife Ada Voss``).
_KIN_RE = re.compile(
    r"\b(?:(?P<pronoun>his|her)|(?P<owner>[A-Z][a-z]+)['’]s)[ \t]+"
    r"(?P<kin>(?:son|daughter|wife|husband|brother|sister|father|mother|nephew|niece|"
    r"son-in-law|daughter-in-law)[ \t]+(?P<given>[A-Z][a-z]+))\b(?![ \t]+[A-Z])"
)
#: How far back (characters) the person that ``his`` / ``her`` refers to is looked for.
KIN_WINDOW = 150


def kin_names(text: str, persons: list[tuple[int, str]]) -> list[tuple[str, str]]:
    """Relatives that *text* names by a kinship noun and a given name, with the family
    name of the person they are related to: ``(full name, kinship and given name)``.

    ``Voss's brother Robert`` is Robert Voss; ``his son Hunter`` takes the surname of the
    last person of *persons* (``(start, name)``, in text order) named in the
    :data:`KIN_WINDOW` characters before it. An article names a politician's relative by
    the given name alone, an annotator by the full name; the kinship noun and the given
    name (``son Milo``) are the words that name the relative in an article.

    Examples
    --------
    >>> text = "Gov. Ada Voss and her son Milo, who ran Lind's firm. Lind's sister Greta spoke."
    >>> kin_names(text, [(5, "Ada Voss")])
    [('Milo Voss', 'son Milo'), ('Greta Lind', 'sister Greta')]
    >>> kin_names("Her son Milo spoke.", [])
    []
    """
    out = []
    for m in _KIN_RE.finditer(text):
        if m.group("owner"):
            family = m.group("owner")
        else:
            before = [n for s, n in persons if m.start() - KIN_WINDOW <= s < m.start()]
            if not before:
                continue
            family = before[-1].split()[-1]
        given = m.group("given")
        if given != family:
            out.append((f"{given} {family}", " ".join(m.group("kin").split())))
    return out


#: Singular role nouns by which news names one person it does not (or cannot) name
#: (``the whistleblower``, ``the gunman``, ``a federal informant``); not ``agent``, as
#: often a substance (``a nerve agent``) as a person.
ROLE_NOUNS = frozenset(
    """whistleblower whistle-blower gunman shooter suspect informant plaintiff defendant
    accuser survivor victim""".split()
)


def find_roles(text: str) -> list[Issue]:
    """One person named by a role (:data:`ROLE_NOUNS`), type person: with modifiers
    (``a federal informant``) or alone after ``the`` (``the whistleblower``: the one the
    article is about), read as :func:`find_event_phrases` reads its events.

    Examples
    --------
    >>> text = "The whistleblower's complaint named a federal informant; a victim spoke."
    >>> [(r.name, r.type) for r in find_roles(text)]
    [('whistleblower', 'person'), ('federal informant', 'person')]
    """
    out = []
    for r in _phrases(text, 0, None, _heads_re(ROLE_NOUNS), "person"):
        if " " in r.name or r.text[:4].lower() == "the ":
            out.append(r)
    return out
