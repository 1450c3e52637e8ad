"""Entities found by their shape, without a lexicon of heads: :func:`find_agent_plurals`
and :func:`find_quoted_terms`.

:mod:`~newsresearch.attribution.entity_heads` and
:mod:`~newsresearch.attribution.issue_terms` name groups and issues by lists of head
nouns and terms; an article also takes a stand on groups and terms that no list
holds. Two shapes name them in any news text:

* a plural agent noun (``dealers``, ``organizers``, ``lobbyists``, ``guardians``,
  ``tenants``): a group of people, named as
  :func:`~newsresearch.attribution.entity_heads.find_group_plurals` names its groups;
* a short noun phrase set in quotation marks inside a sentence (scare quotes: the
  article's or a source's term for an issue, a plan or a group: ``a “space force”``,
  ``what it called “discriminatory discipline”``);
* a company named once with its legal form (``Halvorsen Inc.``) and then without it
  (:func:`company_short_names`).

:func:`~newsresearch.attribution.stance_summary.entity_stance` scores both by the tone of
the sentences that mention them, as it scores the other entities it finds.
"""

from __future__ import annotations

import re

from .stance_cues import Issue, _phrases

__all__ = [
    "AGENT_ENDINGS",
    "NOT_AGENTS",
    "company_short_names",
    "find_agent_plurals",
    "find_quoted_terms",
]

#: Endings of plural agent nouns: a person who does something (``dealers``,
#: ``investors``, ``lobbyists``, ``guardians``, ``tenants``).
AGENT_ENDINGS = ("ers", "ors", "ists", "ians", "ants")
#: Words with those endings that name no group of people: things, measures, abstract
#: nouns, and third-person verbs (``insists``, ``offers``).
NOT_AGENTS = frozenset(
    """others numbers letters matters orders papers powers waters centers centres
    headquarters offers answers quarters layers towers computers printers containers
    corners borders chambers shelters dollars factors sectors errors colors colours mirrors
    floors doors corridors motors tractors vectors indicators parameters meters liters
    litres kilometers characters chapters filters markers headers posters banners covers
    registers reminders flowers rivers servers fingers shoulders manners dinners barriers
    summers winters waivers vouchers charters careers clusters counters coffers disasters
    dangers encounters triggers monsters wonders theaters theatres prayers cheers
    outdoors indoors newsletters newspapers helicopters tankers stickers showers
    transfers binders launchers detectors sensors blunders metaphors disorders
    misdemeanors maneuvers endeavors behaviors behaviours rumors rumours honors honours
    favors favours horrors terrors flavors labors sequesters filibusters cancers
    ventilators levers hammers clippers interceptors monitors reactors generators
    elevators calculators processors conductors meteors anchors
    plants grants warrants restaurants implants pants variants chants rants
    pollutants disinfectants pageants remnants elephants infants
    insists persists consists resists assists subsists exists lists twists wrists fists
    mists
    considers remembers delivers discovers recovers gathers bothers lowers hinders
    fosters differs suffers prefers refers enters renders administers empowers endangers
    murders""".split()
)
#: A lower-case word with an agent ending, not inside a longer word or a hyphenated one.
_AGENT_RE = re.compile(rf"(?<![\w’'-])[a-z]{{3,}}(?:{'|'.join(AGENT_ENDINGS)})(?![\w-])")


def find_agent_plurals(text: str) -> list[Issue]:
    """Group phrases of *text* headed by a plural agent noun (:data:`AGENT_ENDINGS`, not
    :data:`NOT_AGENTS`), type organisation, named as
    :func:`~newsresearch.attribution.entity_heads.find_group_plurals` names its groups
    (the head with the capitalised or hyphenated words right before it).

    The heads of :data:`~newsresearch.attribution.entity_heads.GROUP_PLURALS` are left to
    that function; a head used as a verb (``the senator insists``, ``she offers them``) is
    no group.

    Examples
    --------
    >>> text = "The mayor blamed drug dealers; the Brookfield organizers and pro-gun lobbyists met."
    >>> [g.name for g in find_agent_plurals(text)]
    ['dealers', 'Brookfield organizers', 'pro-gun lobbyists']
    >>> find_agent_plurals("Ada Voss insists the numbers are right; she offers the letters.")
    []
    """
    from .entity_heads import GROUP_PLURALS, _named_group

    heads = [
        m
        for m in _AGENT_RE.finditer(text)
        if m.group() not in NOT_AGENTS and m.group() not in GROUP_PLURALS
    ]
    return [_named_group(g, text) for g in _phrases(text, 0, None, None, "organisation", heads)]


#: A quoted stretch inside a line: double quotes around 2 to 60 characters without a
#: quotation mark or a line break; a straight opening mark after a space, a bracket or a
#: dash and before a word, a closing one after a word (a straight mark says nothing of
#: its side: ``..." Voss said "...`` is no quoted stretch).
_QUOTED_RE = re.compile(r"(?:“|(?<![^\s(\[—–])\"(?=\w))([^\"“”\n]{2,60})(?:”|(?<=[\w.,])\"(?!\w))")
#: Words that make a quoted stretch a piece of speech or a clause, not a name: pronouns,
#: forms of be, have and do, modals, negation, and words of degree.
_CLAUSE_WORDS = frozenset(
    """i i'm i've we we're you you're he he's she she's they they're it it's me us him
    them my our your his her their its is are was were be been being am will would can
    could should shall may might must not no never don't doesn't didn't won't can't isn't
    aren't wasn't do does did have has had very so too just really that this these those
    what who whom which when where why how there here if then than because said says say
    wrote writes told tells added adds read reads""".split()
)
#: Words that do not open or close a name.
_EDGE_WORDS = frozenset(
    """of for on in at by to with from against about and or but as into over under""".split()
)
#: Noun endings that let one lower-case word in quotation marks name a term
#: (``“collusion”``, ``“socialism”``, ``“Obamagate”``): a single word in quotes is as
#: often a judgement (``“huge”``, ``“unacceptable”``).
_NOUN_ENDINGS = ("tion", "sion", "ism", "ity", "ment", "ness", "ance", "ence", "gate")
#: The most a quoted term may have.
QUOTED_MAX_WORDS = 4


def _judgement(word: str) -> bool:
    """Whether *word* carries a valence of its own (VADER's lexicon, at least 1 in size):
    a quoted judgement (``“a disgrace”``, ``“huge mistake”``) names no entity."""
    from ..sentiment.vader import vader_lexicon

    return abs(vader_lexicon().get(word.lower(), 0.0)) >= 1.0


def _verb_phrase(words: list[str]) -> bool:
    """Whether quoted lower-case *words* read as a verb phrase or a clause, not a name: an
    adverb in -ly (``plainly unnecessary``), a first word in -ing (``undermining the
    cause``), a determiner after a word that is no preposition (``sent a signal``) or
    ``to`` before a verb (``tried to torpedo``)."""
    if any(w.endswith("ly") and w not in _LY_WORDS for w in words):
        return True
    if words[0].endswith("ing"):
        return True
    for before, word in zip(words, words[1:], strict=False):
        if word in ("a", "an", "the") and before not in _EDGE_WORDS:
            return True
        if before == "to" and word.isalpha():
            return True
    return False


#: Words in -ly that are no adverbs: nouns and adjectives (``“friendly Muslims”``).
_LY_WORDS = frozenset(
    """family ally rally supply assembly monopoly italy july friendly unfriendly elderly
    costly likely unlikely early daily weekly monthly yearly only holy lonely deadly
    ugly silly lovely orderly""".split()
)


def find_quoted_terms(text: str) -> list[Issue]:
    """Short noun phrases that *text* sets in quotation marks inside a sentence, type issue.

    A quoted stretch (less a comma or period before the closing mark, where American
    style sets it) is a term when it has one to :data:`QUOTED_MAX_WORDS` words, no
    sentence punctuation or comma, no pronoun, verb of being, modal, negation or speech
    verb (:data:`_CLAUSE_WORDS`), does not read as a verb phrase (:func:`_verb_phrase`),
    neither starts nor ends with a function word, does not end in
    an adverb, a participle or a word of judgement (``“huge mistake”``), and, alone, is
    capitalised or ends as a noun (:data:`_NOUN_ENDINGS`: ``“collusion”``). A leading
    ``a`` or ``an`` is left out of the name.

    Examples
    --------
    >>> text = ('Voss promoted a “lunar guard,” which critics called “a disgrace.” '
    ...         'Aides cited “excited delirium syndrome” and "collusion"; “We will win”, '
    ...         '“sent a signal”, "no," Lin said, "never."')
    >>> [t.name for t in find_quoted_terms(text)]
    ['lunar guard', 'excited delirium syndrome', 'collusion']
    >>> [t.name for t in find_quoted_terms('He said “the Palace” knew, and it was “huge”.')]
    ['the Palace']
    """
    out = []
    for m in _QUOTED_RE.finditer(text):
        body = m.group(1).strip().rstrip(",.")  # American style: the comma inside the quote
        if not body or not body[-1].isalnum() or re.search(r"[.!?;:,()]", body):
            continue
        words = body.split()
        if words[0].lower() in ("a", "an"):
            words = words[1:]
        if not words or len(words) > QUOTED_MAX_WORDS:
            continue
        low = [w.lower().replace("’", "'") for w in words]
        if any(w in _CLAUSE_WORDS for w in low) or low[0] in _EDGE_WORDS or low[-1] in _EDGE_WORDS:
            continue
        last = low[-1]
        if last.endswith(("ly", "ed", "ing")) or _judgement(last) or _verb_phrase(low):
            continue
        if len(words) == 1 and not (words[0][:1].isupper() or last.endswith(_NOUN_ENDINGS)):
            continue
        body_start = m.start(1) + len(m.group(1)) - len(m.group(1).lstrip())
        start = body_start + (
            len(body) - len(" ".join(words)) if len(words) < len(body.split()) else 0
        )
        end = body_start + len(body)
        out.append(
            Issue(start, end, text[start:end], " ".join(words), end - len(words[-1]), "issue")
        )
    return out


def company_short_names(organisations: list[str]) -> list[tuple[str, str, str]]:
    """Rows ``(name, type, alias)`` of an actors-of-interest table that name each
    organisation of *organisations* (actor names) called with its legal form (``Halvorsen
    Inc``) or kind of outlet (``Tarrow news agency``) by its name without it, as
    :func:`~newsresearch.attribution.speaker_names.clean_organisation` reads it and as
    articles name it after its first mention, with the full name as an alias.

    Examples
    --------
    >>> company_short_names(["Halvorsen Inc", "Tarrow Motors, Inc.", "City Council"])
    ... # doctest: +NORMALIZE_WHITESPACE
    [('Halvorsen', 'organisation', 'Halvorsen'),
     ('Halvorsen', 'organisation', 'Halvorsen Inc'),
     ('Tarrow Motors', 'organisation', 'Tarrow Motors'),
     ('Tarrow Motors', 'organisation', 'Tarrow Motors, Inc.')]
    """
    from .speaker_names import _LEGAL_SUFFIX

    rows = []
    for name in dict.fromkeys(organisations):
        short = _LEGAL_SUFFIX.sub("", name) if _LEGAL_SUFFIX.search(name) else name
        if short != name and short.strip():
            rows += [(short, "organisation", short), (short, "organisation", name)]
    return rows
