"""Speaker names made canonical within one article: people's names without the words a
sentence or a page glued to them, a one-word name completed from the article, organisations
without their legal form, acronyms spelled out.

Run by :func:`.speakers.resolve_speakers` once every speaker of the article is known;
:func:`harmonise_speakers` makes the names of a whole corpus agree.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..actor_names import first_names, titles
from ..actors import ArticleActors
from ..lexicons import data_lines
from .document_names import document_authors, name_documents, office_authors
from .introduced_sources import introduced_speakers
from .issued_documents import earlier_issuers, owned_documents, sentence_issuers
from .misspelt_names import misspelt_surname
from .name_checks import (
    TRAILING_TIME_WORDS,
    conflicting_names,
    starts_given_name,
    without_place,
)
from .org_references import body_name_tails, court_members
from .party_labels import labelled_names, party_role_names
from .records import Attribution
from .staff_sources import unnamed_staff
from .unnamed_sources import unnamed_groups

__all__ = [
    "alias_names",
    "clean_name",
    "clean_organisation",
    "complete_names",
    "country_names",
    "expand_acronyms",
    "harmonise_speakers",
    "unify_short_names",
]


#: A capitalised word of a name ("Voss", "U.S.", "O’Neill", "Al-Amin").
NAME_WORD = r"[A-Z][\w.’'\-]*"
#: "<A>, also known as <B>": a person the article names first by a stage name or alias.
_ALIAS = re.compile(
    rf"(?P<first>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,3}}),\s+(?:also|better)\s+known\s+as\s+"
    rf"(?P<second>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,4}})"
)

#: What every match of :data:`_ALIAS` holds: searched first, for no capital to start at.
_KNOWN_AS = re.compile(r"(?:also|better)\s+known\s+as\s")


def alias_names(text: str, found: Sequence[Attribution], actors: ArticleActors) -> None:
    """A speaker the article introduces by another name first ("T.J., also known as
    Terrence James Holt, ...") goes by that first name, as the article identifies them:
    speakers with the canonical name of the person after "also known as" take the name
    before it, when that name is no person of its own."""
    if "known" not in text or _KNOWN_AS.search(text) is None:
        return  # every match has "also/better known as": no pattern tried at each capital
    for m in _ALIAS.finditer(text):
        people = [
            x
            for x in actors.between(m.start("second"), m.end("second"))
            if x.type == "person" and x.kind == "name"
        ]
        own = [x for x in actors.between(m.start("first"), m.end("first")) if x.type == "person"]
        if not people or own:
            continue
        canonical, alias = people[0].actor, m.group("first")
        for att in found:
            if att.speaker and canonical in att.speaker.split("; "):
                parts = att.speaker.split("; ")
                att.speaker = "; ".join(alias if p == canonical else p for p in parts)


#: Words left out of an organisation's initials ("Department of Homeland Security": DHS).
_INITIALS_SKIP = frozenset("of the and for on in at to &".split())
_ACRONYM = re.compile(r"\b[A-Z](?:\.?[A-Z]){1,5}\b\.?")


def _initials(name: str) -> str:
    """The initials of a name's words, small words left out ("Congressional Budget
    Office": "CBO")."""
    words = [w for w in re.split(r"[\s\-]+", name) if w and w.lower() not in _INITIALS_SKIP]
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return ""
    return "".join(w[0] for w in words)


def expand_acronyms(found: Sequence[Attribution], actors: ArticleActors) -> None:
    """An acronym in an organisation's or document's speaker ("CBO", "the DHS memo", "The
    US") becomes the name the article spells out with those initials ("Congressional
    Budget Office", "Department of Homeland Security memo", "United States"), when one
    name of the article's organisations and speakers has them, or opens with it ("MGM" of
    "MGM Resorts International")."""
    kinds = ("organisation", "document", "poll")
    todo = [
        a for a in found if a.speaker_type in kinds and a.speaker and _ACRONYM.search(a.speaker)
    ]
    if not todo:
        return
    names = {a.speaker for a in found if a.speaker_type == "organisation" and a.speaker}
    names |= {n for n, actor in actors.actors.items() if actor.type == "organisation"}
    spelled: dict[str, set[str]] = {}
    for name in names:
        key = _initials(name)
        if key:
            spelled.setdefault(key, set()).add(name)
        first = name.split()[0]
        if first.isupper() and " " in name:  # "MGM" of "MGM Resorts International"
            spelled.setdefault(first, set()).add(name)
    for att in todo:

        def expand(m: re.Match[str]) -> str:
            if m.group(0) in COUNTRY_ALIASES and m.string.strip() != m.group(0):
                return m.group(0)  # "U.S. officials" is written so; "The US" is a country
            full = spelled.get(m.group(0).replace(".", ""), set())
            if len(full) != 1 or m.string.startswith(next(iter(full)), m.start()):
                return m.group(0)  # none, several, or spelt out already
            return next(iter(full))

        att.speaker = _ACRONYM.sub(expand, att.speaker)


@lru_cache(maxsize=1)
def capitals() -> dict[str, str]:
    """Capitals and the countries they speak for (``data/capitals.csv``)."""
    return dict(line.split(",") for line in data_lines("capitals.csv")[1:])


#: Short names of a country that speaks as its government ("The US said").
COUNTRY_ALIASES = dict.fromkeys(("US", "U.S.", "U.S", "USA", "U.S.A.", "America"), "United States")


@lru_cache(maxsize=1)
def _country_table() -> dict[str, str]:
    return capitals() | COUNTRY_ALIASES


def country_names(found: Sequence[Attribution], *, text: str = "") -> None:
    """An organisation speaker named by a capital ("Moscow", "Damascus and Moscow") is
    the country ("Russia", "Syria; Russia"); one named by a short form ("The US") is the
    country by its name ("United States"); "the House" is the "House of Representatives"
    unless *text* is on a Westminster parliament (names Parliament or the House of
    Commons or Lords).

    Examples
    --------
    >>> from newsresearch.text import Article
    >>> t = "The Senate passed the bill. The House voted to approve it on Friday."
    >>> [a.speaker for a in Article(t).attributions]
    ['House of Representatives']
    """
    table = _country_table()
    # every match holds "Parliament" or "House of": most texts have neither (a fast test)
    if not (("Parliament" in text or "House of" in text) and _WESTMINSTER.search(text)):
        table = {**table, "House": "House of Representatives"}
    for att in found:
        if att.speaker_type == "organisation" and att.speaker:
            parts = att.speaker.split("; ")
            att.speaker = "; ".join(table.get(part, part) for part in parts)


#: An article on a Westminster parliament, whose "House" is another one.
_WESTMINSTER = re.compile(r"\bHouse of (?:Commons|Lords)\b|\bParliament\b")


@lru_cache(maxsize=1)
def _known_given_names() -> frozenset[str]:
    """Every short and full given name of ``data/given_name_forms.csv``."""
    forms = _full_forms()
    return frozenset(forms) | frozenset(f for fulls in forms.values() for f in fulls)


@lru_cache(maxsize=1)
def _full_forms() -> dict[str, frozenset[str]]:
    """Short given names and the full forms they stand for (``data/given_name_forms.csv``)."""
    forms: dict[str, set[str]] = {}
    for line in data_lines("given_name_forms.csv")[1:]:
        short, full = line.split(",")
        forms.setdefault(short, set()).add(full)
    return {short: frozenset(full) for short, full in forms.items()}


def _one_given_name(a: str, b: str) -> bool:
    """Whether two given names are one: equal, or a short form of the other ("Mike", "Michael")."""
    forms = _full_forms()
    return a == b or b in forms.get(a, ()) or a in forms.get(b, ())


def unify_short_names(found: Sequence[Attribution], actors: ArticleActors) -> None:
    """A person speaker whose given name is a short form of another's with the same
    surname in the article ("Mike Bloomberg", "Michael Bloomberg") takes the name the
    article introduced first.

    Examples
    --------
    >>> from newsresearch.text import Article
    >>> t = ("Michael Tarrow said on Monday he would run. A caption later read: candidate "
    ...      "Mike Tarrow waits to speak. Tarrow said the race was open.")
    >>> [a.speaker for a in Article(t).attributions]
    ['Michael Tarrow', 'Michael Tarrow']
    """
    known = _known_given_names()
    todo = [
        a
        for a in found
        if a.speaker_type == "person"
        and a.speaker
        and "; " not in a.speaker
        and len(words := a.speaker.split()) > 1
        and (words[0] in known or words[-2] in known)
    ]
    if not todo:  # no speaker has a given name with a short or full form: nothing to unify
        return
    people = sorted(
        (actor.first, clean)
        for name, actor in actors.actors.items()
        if actor.type == "person" and len((clean := clean_name(name)).split()) > 1
    )
    if not people:
        return
    for att in todo:
        words = att.speaker.split()
        given = {words[0], words[-2]}  # "Candidate Mike Tarrow": the word before the surname
        for _, name in people:
            other = name.split()
            if other[-1] == words[-1] and any(
                _one_given_name(g, h) for g in given for h in (other[0], other[-2])
            ):
                att.speaker = name
                break


def _full_names(found: Sequence[Attribution], actors: ArticleActors) -> set[str]:
    """The persons' names of two words or more in an article: its speakers and actors."""
    names = {a.speaker for a in found if a.speaker_type == "person" and a.speaker}
    names |= {clean_name(name) for name, actor in actors.actors.items() if actor.type == "person"}
    return {n for n in names if len(n.split()) > 1 and "; " not in n}


def complete_names(found: Sequence[Attribution], actors: ArticleActors, *, text: str = "") -> None:
    """A person speaker named by one word ("Barr", "Bernie") takes the article's one full
    name that ends with it, else the one that starts with it ("William Barr", "Bernie
    Sanders"); with none or several it stays as it is. So does the owner of an office
    speaker ("Assad's office" -> "Bashar al-Assad's office"). A full name whose given
    name's gender is not that of an honorific the article gives its surname (*text*:
    "Mr. Trump", :func:`.name_checks.conflicting_names`) completes nothing, and a one-word
    person the actor finder keeps apart from the full names ("President Trump" beside "first
    lady Melania Trump", :mod:`newsresearch.same_surname`) is not completed. A document
    named by one noun takes the article's name for it (:func:`.document_names.name_documents`),
    figures or a statement named by their issuer the issuer's
    (:func:`.document_names.document_authors`), an unnamed role description is the person
    the next attribution names first (:func:`.introduced_sources.introduced_speakers`), and
    one named only as whom an unnamed aide works for is anonymous
    (:func:`.staff_sources.unnamed_staff`), and so is an unnamed person or
    group a name was found next to (:func:`.unnamed_sources.unnamed_groups`); a source cut to the place
    after a name's party label or to the party before a described name is that person
    (:mod:`.party_labels`); "released a statement" cut from its subject is the subject
    (:func:`.issued_documents.sentence_issuers`). (A source inside a hover card was put back
    on the shown name before, by :func:`..hover_cards.shown_name`.)"""
    if text:  # "a top adviser to X said ... / Tom Reyes, ..., faulted": Reyes
        introduced_speakers(text, found, actors)
    unnamed_staff(text, found)
    unnamed_groups(text, found, actors)
    court_members(text, found, actors)  # "the justices": the court
    body_name_tails(text, found)  # "Federal Commission" on "School Safety"
    sentence_issuers(text, found, actors)
    labelled_names(text, found, actors)
    party_role_names(text, found, actors)
    name_documents(text, found)
    document_authors(found, actors)
    office_authors(found, actors)  # "the IG report": by the inspector general
    owned_documents(text, found, actors)  # "X's investigation ... the probe found": X
    earlier_issuers(text, found, actors)  # "..., the company said. ... the study showed": its
    single = [
        a
        for a in found
        if a.speaker_type == "person"
        and a.speaker
        and any(" " not in part.strip() for part in a.speaker.split("; "))
    ]
    owned = [
        (a, m)
        for a in found
        if a.speaker_type == "organisation" and a.speaker
        for m in [_OWNER.match(a.speaker)]
        if m is not None
    ]
    if not single and not owned:
        return
    # each full name with its last and first words bare of particles, split once per article
    full = _full_names(found, actors)
    full -= conflicting_names(text, full)
    names = [(n, _bare(w[-1]), _bare(w[0])) for n in full for w in [n.split()]]
    # a one-word person the actor finder kept apart from a full name with that surname
    # ("President Trump" beside "first lady Melania Trump", "Mr. Clinton" beside Hillary
    # Rodham Clinton) is not completed to it
    apart = {k for k, actor in actors.actors.items() if " " not in k and actor.type == "person"}
    for att in single:  # each part of a joint speaker ("Baquet; anonymous") on its own
        att.speaker = "; ".join(
            part if part in apart else _completed(part, names) for part in att.speaker.split("; ")
        )
        if " " not in att.speaker and att.speaker != "anonymous":  # "Fehrstrom": misspelt
            att.speaker = misspelt_surname(att.speaker, sorted(full), text) or att.speaker
    for att, m in owned:  # "Assad's office" is "Bashar al-Assad's office"
        att.speaker = _completed(m.group(1), names) + m.group(2)


#: An office or team named by its owner's one-word name: "Assad's office", "Voss’s campaign".
_OWNER = re.compile(r"([A-Z][\w\-]*)(['’]s\s+(?:office|campaign|administration|government))")


def _completed(word: str, names: Sequence[tuple[str, str, str]]) -> str:
    """*word*, or the one full name of *names* that ends, else starts, with it (*names*:
    each full name with its last and its first word, :func:`_bare`)."""
    if " " in word.strip() or word == "anonymous":
        return word
    for side in (1, 2):  # the surname first, then the given name
        if side == 2 and not starts_given_name(word):
            break
        match = {n[0] for n in names if n[side] == word}
        if len(match) > 1:  # "Once Barr" and "William Barr": the one with a given name
            match = {n for n in match if _given_name_at(n.split()) == 0}
        if match:
            return match.pop() if len(match) == 1 else word
    return word


_PARTICLE_PREFIX = re.compile(r"^(?:al|el|ibn|bin|ben)-", re.IGNORECASE)


def _bare(word: str) -> str:
    """A name word without a hyphenated particle: "al-Assad" is "Assad"."""
    return _PARTICLE_PREFIX.sub("", word)


#: Sentence-opening words that a name read at the start of a sentence may have taken
#: ("Given Obama's record", "So Barr wrote", "One of Trump's aides").
_NAME_OPENERS = frozenset(
    "given so one of but and yet when if as after while then now still also even like in on "
    "at for with by since though although because before during under over why how what "
    "where this that these those his her their our my its your both all some many most "
    "every each no not only once just meanwhile whenever instead however thus perhaps indeed unlike "
    "including amid despite without against among asked told said let were was is are "
    "would could should did does had has have".split()
)
_NICKNAME_EDGE = "’'“”\""


@lru_cache(maxsize=100_000)  # names recur across an article's speakers and actors
def clean_name(name: str) -> str:
    """A person's name without the sentence-opening words it took ("Given Obama" ->
    "Obama", "One of Trump" -> "Trump") nor the remains of a quoted nickname ("Fofo’
    Gilich" -> "Gilich"); joint names part by part.

    Examples
    --------
    >>> clean_name("Given Obama"), clean_name("So Barr"), clean_name("Ada Voss")
    ('Obama', 'Barr', 'Ada Voss')

    The mark of a possessive the source kept goes: "Halden Projects'" of "Halden
    Projects' tracking tool" is "Halden Projects".
    """
    if "; " in name:
        return "; ".join(clean_name(part) for part in name.split("; "))
    words = name.split()
    while len(words) > 1 and (words[0].lower() in _NAME_OPENERS or words[0][-1:] in _NICKNAME_EDGE):
        words.pop(0)
    while len(words) > 2 and words[-1] in TRAILING_TIME_WORDS:  # "Jeff Sessions Thursday"
        words.pop()
    if len(words[-1]) > 2 and words[-1][-1] in "'’":  # "Nunes’" of "Nunes’ claim"
        words[-1] = words[-1][:-1]
    words = without_place(words)  # "Cathy Tarrow of Washington"
    given = _given_name_at(words)
    if given > 0 and len(words) - given > 1:  # "House Paul Ryan", "Democrat Joe Biden"
        words = words[given:]
    return " ".join(words)


def _given_name_at(words: list[str]) -> int:
    """The index of the first common given name among *words* (-1 when none)."""
    firsts = first_names()
    return next((i for i, w in enumerate(words) if w in firsts), -1)


_LEGAL_SUFFIX = re.compile(
    r"(?<=\w)(?:,?\s+(?:Inc|Corp|Co|Ltd|LLC|PLC|plc|AG|SA|NV)\.?"
    # "Interfax new agency" is a typo pages keep
    r"|\s+(?:news?\s+agency|newspaper|news\s+service|magazine|website|news\s+site))$"
)


def clean_organisation(name: str) -> str:
    """An organisation's name without its legal form or a trailing kind of outlet
    ("Moderna Inc" -> "Moderna", "Interfax news agency" -> "Interfax"), as people
    name it; joint names part by part.

    Examples
    --------
    >>> clean_organisation("Halvorsen Inc."), clean_organisation("Tarrow news agency")
    ('Halvorsen', 'Tarrow')
    >>> clean_organisation("Halden magazine"), clean_organisation("Tarrow new agency")
    ('Halden', 'Tarrow')
    >>> clean_organisation("Inc")
    'Inc'

    Words a source left on the edges go: the mark of a possessive ("Halden Projects'"
    in "Halden Projects' tracking tool") and an owner's titles ("Vice President Ana
    Brooks's office" is "Ana Brooks's office", as :mod:`.owned_groups` names groups).

    >>> clean_organisation("Halden Projects’"), clean_organisation("Gov. Ana Brooks's office")
    ('Halden Projects', "Ana Brooks's office")
    """
    if "; " in name:
        return "; ".join(clean_organisation(part) for part in name.split("; "))
    name = _LEGAL_SUFFIX.sub("", name).rstrip("'’") or name
    if _OWNED_OFFICE.search(name):  # "Vice President Ana Brooks's office": the owner's name
        words = name.split()
        cut = next((k for k in (3, 2, 1) if " ".join(words[:k]) in titles()), 0)
        if cut and len(words) - cut >= 2 and words[cut][:1].isupper():
            name = " ".join(words[cut:])
    return name


#: An office or team named by its owner: "Ana Brooks's office", "Voss’s campaign".
_OWNED_OFFICE = re.compile(r"['’]s\s+(?:office|campaign|administration|government)$")


def harmonise_speakers(speakers: Sequence[object], types: Sequence[object]) -> list[object]:
    """One name per person across a corpus: a bare surname ("Carver", from an article that
    only says "Mr. Carver") becomes the full name of the only person of the corpus with that
    surname ("Dan Carver"); with two or more such people it stays as it is.

    Examples
    --------
    >>> harmonise_speakers(["Dan Carver", "Carver", "Ana Ruiz", "Ruiz", "Ed Ruiz"], ["person"] * 5)
    ['Dan Carver', 'Dan Carver', 'Ana Ruiz', 'Ruiz', 'Ed Ruiz']
    """
    full: dict[str, set[str]] = {}
    for name, kind in zip(speakers, types, strict=True):
        if kind == "person" and isinstance(name, str) and " " in name and ";" not in name:
            full.setdefault(name.split()[-1], set()).add(name)
    out: list[object] = []
    for name, kind in zip(speakers, types, strict=True):
        if kind == "person" and isinstance(name, str) and " " not in name:
            options = full.get(name, ())
            name = next(iter(options)) if len(options) == 1 else name
        out.append(name)
    return out
