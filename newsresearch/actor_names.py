"""Names in text: the title-and-name pattern, the cleaning of each match, organisation words.

The machinery :mod:`newsresearch.actors` uses to find candidate names before it
links them into actors:

* :func:`name_matches` -- the matches of the title-and-name pattern (an optional
  title from ``data/titles.csv`` and up to eight capitalised words), tried only at
  capital letters;
* :func:`candidate_matches` -- those matches without the lone capitalised words that
  are no name (most of them);
* :func:`name_facts` -- what a matched string says about its name whatever
  surrounds it: title, words, span, whether it is an organisation's name or no
  person's (remembered per string: names recur across articles);
* :func:`is_organisation`, :func:`organisation_words`, :func:`places`,
  :func:`titles`, :func:`title_info`, :func:`first_names` -- the word lists.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterator
from functools import lru_cache
from typing import Any, NamedTuple

from .clean import DATELINE
from .hover_cards import cut_glued_repeat
from .lexicons import data_lines
from .lexicons.tokens import trie_pattern

__all__ = [
    "NameFacts",
    "candidate_matches",
    "candidates",
    "first_names",
    "is_organisation",
    "kin_before",
    "kin_named",
    "lone_word",
    "may_take_name",
    "name_facts",
    "name_matches",
    "organisation_words",
    "places",
    "title_info",
    "titles",
]


@lru_cache(maxsize=1)
def titles() -> dict[str, tuple[str, str]]:
    out = {}
    for line in data_lines("titles.csv")[1:]:
        title, role, gender = (line.split(",") + ["", ""])[:3]
        out[title] = (role, gender)
    return out


@lru_cache(maxsize=1)
def first_names() -> dict[str, str]:
    return dict(line.split(",") for line in data_lines("first_names.csv")[1:])


def may_take_name(actor: Any, given: str) -> bool:
    """Whether a person known so far by one word (*actor*: its ``canonical`` name and
    ``gender``, "Mr. Tarrow") may take a full name with given name *given*: when the given
    name marks no gender other than the actor's ("Melania Tarrow" is not Mr. Tarrow).

    Examples
    --------
    >>> from types import SimpleNamespace as A
    >>> may_take_name(A(canonical="Tarrow", gender="m"), "Melania")
    False
    >>> may_take_name(A(canonical="Tarrow", gender="m"), "Garrick")  # unknown given name
    True
    >>> may_take_name(A(canonical="Ed Tarrow", gender=""), "Ed")  # already a full name
    False
    """
    if len(actor.canonical.split()) > 1:
        return False
    marked = first_names().get(given, "")
    return not (marked and actor.gender and marked != actor.gender)


@lru_cache(maxsize=1)
def organisation_words() -> frozenset[str]:
    return frozenset(data_lines("organisation_words.txt"))


@lru_cache(maxsize=1)
def places() -> frozenset[str]:
    """Countries, states and capitals that speak as governments (``data/places.txt``)."""
    return frozenset(data_lines("places.txt"))


_CAP = r"(?:[A-Z][\w'’\-]+|[A-Z]\.)"
_PARTICLE = r"(?:de|van|von|der|da|di|del|bin|al|la|le)"
#: Names never cross a line break ("Advertisement\n\nAudra Makuch" is two runs).
_GAP = r"[ \t]+"
#: A particle joined by a hyphen to the surname ("al-Assad", "bin-Talal").
_HYPHEN_PARTICLE = r"(?:al|el|bin|ibn|ben)-"
_NAME_BODY = rf"{_CAP}(?:{_GAP}(?:(?:{_PARTICLE}|of){_GAP})?(?:{_HYPHEN_PARTICLE})?{_CAP}){{0,7}}"

_NOT_NAMES = frozenset(
    "The A An In On At But And Or If As When While After Before Since Although Though However "
    "This That These Those There Their His Her Its Our My Your We They He She It I You Who What "
    "Why How Where Which Many Most Some Several Both Each Every No Not Yet Still Even Also Then "
    "Now Today Yesterday Tomorrow Monday Tuesday Wednesday Thursday Friday Saturday Sunday "
    "January February March April May June July August September October November December "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Asked Under Despite For With Without "
    "Instead Meanwhile Only Because Unlike Like Last Next Earlier Later Critics Officials "
    "Police Supporters Opponents Analysts Residents Voters Workers Farmers Nurses Commuters "
    # prepositions that open a sentence ("Given Obama's remarks", "Following Rivera's exit")
    "Given Following During Amid Amidst From Against Through Via Including Upon Toward "
    "Towards Within Across Around Between Among Regarding Concerning Throughout "
    # adverbs and verbs that open a sentence ("So Trump said", "Were Pence to run")
    "So Were Was Is Are Do Does Did Tell Let Maybe Perhaps Indeed Yes".split()
)
_PLACE_WORDS = frozenset(
    "Port City Street St Avenue Road River Lake Bay Hall North South East West Province "
    "County District Valley Mount Island Square Bridge Station Airport Harbour Harbor".split()
)


@lru_cache(maxsize=1)
def _title_re() -> re.Pattern[str]:
    alternatives = trie_pattern([t for t in titles() if t[:1].isupper()])
    return re.compile(
        # not inside an abbreviation: "U.S. Senator X" is no name "S. Senator X"
        rf"(?<![\w.’'])(?=[A-Z])"
        rf"(?:(?P<title>(?:(?:Former|former|Deputy|Acting|acting)[ \t]+)?(?:{alternatives}))[ \t]+)?"
        rf"(?P<name>{_NAME_BODY})"
    )


#: Where a match of :func:`_title_re` can start: a capital letter after no word character,
#: dot or apostrophe (the pattern's own look-behind, tested after the letter so that the
#: pattern starts with a character set, which the engine scans for quickly). Capitals
#: inside words ("McConnell", "NASA") are skipped without trying the name pattern.
_NAME_START = re.compile(r"[A-Z](?<![\w.’'].)")


def name_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches of :func:`_title_re` in *text*, as ``finditer`` gives them, faster.

    Every match starts at a capital letter after no word character, dot or apostrophe,
    so the pattern is tried only there (:data:`_NAME_START`, a character-set search,
    finds them quickly); ``finditer`` would test the pattern's leading look-behind and
    look-ahead at every position of the text.
    """
    search, match, pos = _NAME_START.search, _title_re().match, 0
    while (c := search(text, pos)) is not None:
        m = match(text, c.start())
        if m is None:
            pos = c.start() + 1
            continue
        yield m
        pos = m.end()


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


_LETTERS = re.compile(r"[a-z]+")


@lru_cache(maxsize=100_000)
def is_organisation(words: str) -> bool:
    """Whether *words* name an organisation: one of them is an organisation head word.

    Answers are remembered (the word list is fixed), so a name met again costs
    one lookup.

    Examples
    --------
    >>> is_organisation("the Transport Workers' Union"), is_organisation("Ada Voss")
    (True, False)
    """
    if words.strip() in places():
        return True
    orgs = organisation_words()
    lowered = words.lower().replace("’", "'")
    tokens = _LETTERS.findall(lowered)
    return any(t in orgs or _singular(t) in orgs for t in tokens) or lowered in orgs


_POSSESSIVE_ENDINGS = ("'s", "’s")


@lru_cache(maxsize=4096)
def title_info(title: str) -> tuple[str, str]:
    """The role and gender a title implies: "former US President" -> ("president", "")."""
    known = titles()
    for key in (title, title.lower(), title.split()[-1], title.split()[-1].lower()):
        if key in known:
            return known[key]
    return "", ""


@lru_cache(maxsize=1)
def _role_words() -> frozenset[str]:
    """The last words of the titles, lower case and without their dot ("minister", "sen")."""
    return frozenset(t.split()[-1].lower().rstrip(".") for t in titles())


def _title_length(words: list[str]) -> int:
    """How many leading words of a capitalised run are a title or role:
    "Senate Majority Leader Mitch McConnell" -> 3, "Secretary of State Ana Ruiz" -> 3."""
    roles = _role_words()
    cut = 0
    for i, word in enumerate(words[:-1]):
        low = word.lower().rstrip(".")
        if low in roles or _singular(low) in roles:  # "Judges Ada Voss and ..."
            cut = i + 1
    if cut and words[cut] in (
        "of",
        "for",
    ):  # the name starts at its given name, else 2 from the end
        firsts = first_names()
        given = next((j for j in range(cut, len(words)) if words[j] in firsts), None)
        cut = given if given is not None else max(cut, len(words) - 2)
    return cut


def _role_surname(words: list[str]) -> bool:
    """Whether a run ending in a role word names a person whose surname is that word: a
    known given name, given names or initials, then the word in full ("Ada Bishop", "Ty
    R. Dean", "Ana Lou King"; not "Ada Voss Secretary" nor "KING")."""
    given = first_names()
    return (
        1 < len(words) < 4
        and words[0] in given
        and all(w in given or (len(w) == 2 and w.endswith(".")) for w in words[1:-1])
        and len(words[-1]) > 3
        and words[-1][1:].islower()
    )


def _party_cut(words: list[str]) -> int:
    """How many leading words before a person's given name say their party or place
    ("Arizona Republican Trent Voss" -> 2, "Democrat Ana Ruiz" -> 1): the words up to a
    group word right before a known given name and a surname; 0 if none."""
    firsts = first_names()
    for i, word in enumerate(words[:-2]):
        if word in _GROUP_WORDS and words[i + 1] in firsts:
            return i + 1
    return 0


#: "<kin word> of" and up to three words right before a name: "the father of Navy SEAL ".
_KIN_OF = re.compile(
    r"\b(?:father|mother|son|daughter|wife|husband|brother|sister|widow|widower|parents?|"
    r"child|uncle|aunt|nephew|niece|cousin|grandfather|grandmother|grandson|granddaughter|"
    r"stepfather|stepmother)[ \t]+of[ \t]+(?:[\w.’'\-]+[ \t]+){0,3}$"
)


def kin_named(text: str, start: int) -> bool:
    """Whether a name at *start* is named as someone's relative: "Ann Woods, the mother
    of Navy SEAL Ty Woods" (Ty Woods is named for Ann Woods's sake)."""
    a = max(0, start - 60)
    # every match holds "of": most names have none before them (a fast test)
    return text.find("of", a, start) >= 0 and _KIN_OF.search(text, a, start) is not None


#: A relation right before a full name: "first lady [Ana Voss]", "his wife [Ana Voss]".
_KIN_BEFORE = re.compile(
    r"\b(?:first[ \t]+lady|wife|husband|son|daughter|brother|sister|mother|father|widow|"
    r"widower)[ \t]+$",
    re.I,
)


#: The words :data:`_KIN_BEFORE` may end with.
_KIN_WORDS = tuple(
    "lady wife husband son daughter brother sister mother father widow widower".split()
)


def kin_before(text: str, start: int) -> bool:
    """Whether a name at *start* follows a relation ("first lady Ana Voss", "his wife Ana
    Voss"): a relative of the person known so far by the surname, not that person.

    Examples
    --------
    >>> t = "President Voss spoke. First lady Ana Voss smiled."
    >>> kin_before(t, t.index("Ana")), kin_before(t, t.index("Voss"))
    (True, False)
    """
    if start == 0 or text[start - 1] not in " \t\n":
        return False  # the pattern ends with blanks (or one before a final line break)
    tail = text[max(0, start - 24) : start].rstrip(" \t\n")
    if tail.isascii() and not tail.lower().endswith(_KIN_WORDS):
        return False  # cheap test first (ASCII only: re.I folds a few other letters too)
    return _KIN_BEFORE.search(text, max(0, start - 24), start) is not None


_KEEPS_TITLE = ("King", "Queen", "Prince", "Princess", "Pope", "Lord", "Lady", "Sir", "Dame")


def _chrome_cut(words: list[str]) -> list[str]:
    """Without a hover name that a page glued to the name: "Bernie Sanders Bernie Sanders",
    "Trump Donald John TrumpSessions" keep the words up to the first use of the last surname;
    without the rest of a headline after a name: "Ana Roe Says Talks Failed" is Ana Roe."""
    if any(w in _RUN_STOPS for w in words):
        words = words[: next(i for i, w in enumerate(words) if w in _RUN_STOPS)] or words[:1]
    verb = next((i for i, w in enumerate(words) if i and w in _HEADLINE_VERBS), 0)
    words = words[:verb] if verb else words  # "Jerome Adams Talks To NPR": a headline
    return cut_glued_repeat(words)  # the hover card (:mod:`.hover_cards`)


#: Words that end a name's run of capitalised words (page chrome: "Trump MORE").
_RUN_STOPS = frozenset(("MORE", "READ", "RELATED", "ADVERTISEMENT", "Advertisement"))
#: Capitalised verbs of headlines and media players that end a name's run ("Ana Roe Says
#: Talks Failed", "Ana Roe Talks To NPR Listen").
_HEADLINE_VERBS = frozenset(
    "Says Said Talks Tells Told Warns Urges Slams Blasts Calls Wants Asks Vows Denies "
    "Defends Rejects Praises Listen".split()
)
#: Share buttons and captions before a name ("Facebook Twitter Pinterest Trump").
_CHROME_WORDS = frozenset(
    "Email Share Tweet Print Comment Comments Facebook Twitter Pinterest LinkedIn WhatsApp "
    "Reddit Photo Image Video Getty Images".split()
)
#: Words that make a capitalised run a group, not a person ("New York Democrat").
_GROUP_WORDS = frozenset(
    "Democrat Democrats Republican Republicans Independent Independents Conservatives "
    "Liberals Americans Israelis Jews Muslims Christians".split()
)


def _word_end(text: str, start: int, words: list[str]) -> int:
    """Where *words*, found in order from *start*, end in *text*."""
    end = start
    for word in words:
        end = text.index(word, end) + len(word)
    return end


class NameFacts(NamedTuple):
    """What a matched string says about its name, whatever surrounds it (:func:`name_facts`)."""

    title: str | None
    words: tuple[str, ...]
    start: int  # relative to the match
    end: int
    name: str  # the matched string from start to end
    organisation: bool  # is_organisation(name)
    canonical: str  # an organisation's key: the name without a leading "the "
    lone_organisation: bool  # one word, which is an organisation word ("Kremlin")
    not_person: bool  # a place word at an end of two or more words, a group word, a named day


#: Cleaned names by matched string, title and offset of the name, relative to the match.
_CLEANED: dict[tuple[str, str | None, int], NameFacts | None] = {}
#: Entries of :data:`_CLEANED` (and of :data:`_LONE_WORDS`) kept per process before it is
#: emptied. An entry of cleaned facts costs about 450 bytes, and a pipeline worker meets
#: some 16,000 new matched strings per 1,000 news articles: at 200,000 the cache held about
#: 90 MB per worker; the names that recur come back within a few articles of a clear.
#: 5,000 ABP articles in one process met 57,800 distinct keys (63,800 misses at 50,000).
_CLEANED_LIMIT = 100_000


def name_facts(matched: str, title: str | None, offset: int) -> NameFacts | None:
    """The title, words, span (relative to the match) and word-based facts of a match's
    name, or None when it is no name whatever surrounds it.

    All of this depends on the matched string alone (each word is found inside it), so
    the answer is remembered per string: names recur across articles.
    """
    key = (matched, title, offset)
    found = _CLEANED.get(key, _CLEANED)
    if found is not _CLEANED:
        return found  # type: ignore[return-value]
    if len(_CLEANED) > _CLEANED_LIMIT:
        _CLEANED.clear()
    found = _CLEANED[key] = _facts(matched, _clean(matched, title, offset))
    return found


def _facts(
    matched: str, cleaned: tuple[str | None, tuple[str, ...], int, int] | None
) -> NameFacts | None:
    """:class:`NameFacts` of a cleaned name (:func:`_clean`) in the string *matched*."""
    if cleaned is None:
        return None
    title, words, start, end = cleaned
    name = matched[start:end]
    return NameFacts(
        title,
        words,
        start,
        end,
        name,
        is_organisation(name),
        name if not name.lower().startswith("the ") else name[4:],
        len(words) == 1 and is_organisation(words[0]),
        (len(words) >= 2 and (words[0] in _PLACE_WORDS or words[-1] in _PLACE_WORDS))
        or not _GROUP_WORDS.isdisjoint(words)
        or _occasion(words),
    )


#: Last words of named days and occasions ("Independence Day", "Christmas Eve").
_OCCASION_ENDS = frozenset(("Day", "Eve"))
#: First words of named undertakings ("Operation Liberty", "Project Nightfall").
_UNDERTAKINGS = frozenset(("Operation", "Project"))


def _occasion(words: tuple[str, ...]) -> bool:
    """A named day or undertaking, no person: "Independence Day", "Operation Liberty"
    ("Doris Day" keeps her given name)."""
    return len(words) >= 2 and (
        words[0] in _UNDERTAKINGS or (words[-1] in _OCCASION_ENDS and words[0] not in first_names())
    )


def _participle(word: str) -> bool:
    """A capitalised -ed or -ing word that is no given name ("Interviewed", "Speaking")."""
    return word.endswith(("ed", "ing")) and word not in first_names()


def _clean(
    text: str, title: str | None, offset: int
) -> tuple[str | None, tuple[str, ...], int, int] | None:
    """:func:`name_facts` computed, on the matched string *text* (its name starts at *offset*)."""
    words = _chrome_cut(text[offset:].strip().split())
    # Drop leading capitalised function words ("But Voss", "The Kremlin" keeps Kremlin).
    # ... and a lower-case word left behind ("Supporters of Maduro" is no "of Maduro")
    while words and (
        words[0] in _NOT_NAMES
        or words[0] in _CHROME_WORDS
        or words[0].islower()
        or (len(words) > 1 and words[1] in _NOT_NAMES and _participle(words[0]))
    ):  # ... and an opening participle before a day ("Interviewed Saturday at a rally")
        words = words[1:]
    owner = next((i for i, w in enumerate(words[:-1]) if w.endswith(_POSSESSIVE_ENDINGS)), None)
    if owner is not None:  # "CNN's Jake Tapper": the name after the owner
        title, words = " ".join(words[: owner + 1]), words[owner + 1 :]
    if not words or (words[-1].lower().rstrip(".") in _role_words() and not _role_surname(words)):
        return None  # "The Vice President" is a role, not a name
    if "of" in words[2:] and words[0] in first_names():  # "Ana Roe of Cause of Action"
        words = words[: words.index("of", 2)]
    start = text.index(words[0], offset if owner is None else 0)
    cut = _title_length(words) or _party_cut(words)
    if cut and (is_organisation(" ".join(words[cut:])) or words[cut - 1] in _KEEPS_TITLE):
        cut = 0  # "Justice Department"; "Prince Andrew" is how he is named
    if cut:
        head = " ".join(words[:cut])
        title = f"{title} {head}" if title else head
        start = text.index(words[cut], _word_end(text, start, words[:cut]))
        words = words[cut:]
    elif title in _KEEPS_TITLE and len(words) == 1:
        title, start, words = None, 0, [title, *words]
    end = _word_end(text, start, words)
    if text[end - 2 : end] in _POSSESSIVE_ENDINGS:  # possessive: "Renfrew's office"
        end -= 2
        words[-1] = words[-1][:-2]
    return title, tuple(words), start, end


#: Untitled matched names: the word, when it is one word and no organisation word, else "".
_LONE_WORDS: dict[str, str] = {}


def lone_word(raw: str) -> str:
    """The word of an untitled match (its ``name`` group) that is a name only if it is a
    known surname: the bare word when the match is one word and no organisation word,
    else "" (remembered per string).

    Examples
    --------
    >>> lone_word("Voss's"), lone_word("Halden Rail"), lone_word("Ministry")
    ('Voss', '', '')
    """
    found = _LONE_WORDS.get(raw)
    if found is not None:
        return found
    if len(_LONE_WORDS) > _CLEANED_LIMIT:
        _LONE_WORDS.clear()
    bare = raw.strip()
    bare = bare[:-2] if bare.endswith(_POSSESSIVE_ENDINGS) else bare
    orgs = organisation_words()
    out = _LONE_WORDS[raw] = bare if " " not in bare and bare.lower() not in orgs else ""
    return out


def candidate_matches(text: str, surnames: Container[str]) -> Iterator[re.Match[str]]:
    """The matches of :func:`name_matches` in *text* that may be names: all but the
    untitled ones whose :func:`lone_word` is a word not in *surnames*.

    *surnames* is read when each match is reached, so it may grow while the caller
    iterates (the surnames of the names found so far). The same as filtering
    :func:`name_matches` by :func:`lone_word`, in one loop: most matches in news
    text are lone capitalised words ("The", "But", "Monday") dropped here.

    Examples
    --------
    >>> text = "The senator met Ada Voss. Voss left. Reuters said so."
    >>> [m.group(0) for m in candidate_matches(text, set())]
    ['Ada Voss']
    >>> [m.group(0) for m in candidate_matches(text, {"Voss"})]
    ['Ada Voss', 'Voss']
    """
    search, match, pos = _NAME_START.search, _title_re().match, 0
    lone = _LONE_WORDS.get
    while (c := search(text, pos)) is not None:
        start = c.start()
        m = match(text, start)
        if m is None:
            pos = start + 1
            continue
        pos = m.end()
        title, raw = m.groups()
        if title is None:
            bare = lone(raw)
            if bare is None:
                bare = lone_word(raw)
            if bare and bare not in surnames:
                continue
        yield m


_DATELINE_AT = re.compile(DATELINE)


def candidates(text: str, surnames: Container[str]) -> Iterator[tuple[int, NameFacts]]:
    """The :func:`name_facts` of each of :func:`candidate_matches` that is a name, with
    the match's start in *text* (the facts' offsets are relative to it).

    *surnames* is read as each match is reached, as in :func:`candidate_matches`; the
    facts of a matched string met before are one dictionary lookup.

    Examples
    --------
    >>> [(at, f.title, f.name) for at, f in candidates("The senator met Sen. Ada Voss.", ())]
    [(16, 'Sen.', 'Ada Voss')]
    """
    cleaned = _CLEANED.get
    lead = -1  # where "Wisconsin Sen." starts when it ends right before this match
    for m in candidate_matches(text, surnames):
        start, pos = m.span()
        title, raw = m.groups()
        matched = text[start:pos]
        offset = len(matched) - len(raw)  # the name runs to the end of the match
        if lead >= 0 and title is None and text[lead:start].endswith(". "):
            title, offset, matched = text[lead : start - 1], start - lead, text[lead:pos]
            start = lead
        lead = start if title is None and _ends_with_abbreviated_title(text, raw, pos) else -1
        if raw.isupper() and _DATELINE_AT.match(text, start) and text[start - 1 : start] in "\n":
            continue  # "LITTLE ROCK, Ark. — Her husband ...": a place, not a person
        facts = cleaned((matched, title, offset), _CLEANED)
        if facts is _CLEANED:
            facts = name_facts(matched, title, offset)
        if facts is not None:
            if title is not None and len(facts.words) == 1:
                facts = _given_name_title(text, start, facts)
            yield start, facts


def _ends_with_abbreviated_title(text: str, raw: str, pos: int) -> bool:
    """Whether an untitled match of one or two words before an abbreviated title ends at
    *pos* with that title's dot next: "Wisconsin Sen" of "Wisconsin Sen. Ron Johnson",
    "Republican Gov" (the name after the dot then keeps the title)."""
    if not text.startswith(". ", pos):
        return False
    words = raw.split()
    return 1 < len(words) <= 3 and words[-1] + "." in titles() and not words[-2].endswith(".")


def _given_name_title(text: str, start: int, facts: NameFacts) -> NameFacts:
    """A one-word title right after a lower-case job description and before a lone
    surname is the person's given name: "executive editor Dean Baquet" is "Dean Baquet",
    not Dean Baquet (a dean); "Dean Baquet" and "editor Maj. Voss" keep their titles."""
    title = facts.title or ""
    if not title.isalpha() or not text.startswith(title, start):
        return facts
    before = text[max(0, start - 30) : start]
    if not before.endswith((" ", "\t")):
        return facts
    words = before.split()
    role = words[-1] if words else ""
    if not role.isalpha() or not role.islower() or _singular(role) not in _role_words():
        return facts
    name = text[start : start + facts.end]
    return facts._replace(title=None, words=(title, *facts.words), start=0, name=name)
