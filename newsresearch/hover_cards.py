"""Hover cards: the one home for recognising the text a news page glues to a linked name.

Some sites (The Hill above all) print, right after a linked name, the text of the card
that pops up when a reader hovers over it: the person's full name, glued without a space to
the first of a few related headlines, the last of them followed by a "MORE" link
(``Sen. Ada Voss Adaline (Ada) Ruth VossSenate passes bill | Voss says ... MORE (D-Md.)``).
A scraped article keeps that text, and name finders and source finders run into it.

What is recognised here, and who uses it
----------------------------------------
:func:`cut_cards`
    Whole cards in raw text, cut back to the surname shown before them: a capitalised word,
    up to 40 characters, the same word glued to a headline, up to "MORE" within 600
    characters (``Jane Roe Jane Q. RoeOn The Money: ... | ... MORE``). Used by
    :func:`.clean.clean_text`, so that the headlines feed no frame or tone measure.
:func:`card_spans`
    The spans of hover-card headlines: from a capital or digit glued to a lower-case letter
    (``VossSenate``, ``Sanders2020``) up to the first "MORE" within 600 characters.
    :mod:`.attribution.chrome` counts them as page chrome (no cue is looked for there and
    contents end where one starts).
:func:`shown_name`
    The name shown before a card, given where its headlines start: the noun phrase ending
    in the card's surname (``Sen. Ada Voss``). :mod:`.attribution.chrome` puts a source
    that starts inside the card, or runs into the card's full name, back on it.
:func:`nickname_follows`
    Whether a name stands right before a bracketed nickname (``Ben Tarrow Benjamin`` before
    `` (Ben) Louis Tarrow...``): the name ran on into the card's first given name.
    :func:`.attribution.name_checks.drop_hover_given_names` drops that word from speakers.
:func:`strip_card`
    A name string that ran on into a whole card (``Ada Voss Adaline Ruth VossGOP``,
    ``Voss Adaline (Ada) Ruth VossSenate``) cut back to the shown name, with the card's
    given name or nickname put before a shown surname alone. Used on stance speakers and
    targets (:func:`.attribution.stance_names.tidy_names`).
:func:`strip_card_start`
    A three-word name whose last word is a card's first given name (``Mike Pompeo
    Michael``), cut to two words. Used on stance entities
    (:mod:`.attribution.stance_summary`).
:func:`cut_glued_repeat`
    The words of a capitalised run cut where a card repeats the name: at a word glued to a
    headline (``TrumpSessions``, ``Sanders2020``; not ``MacArthur``), then at the first use
    of the last word (``Bernie Sanders Bernie Sanders``). Used by the person-name cleaner of
    :mod:`.actor_names` (which also ends a run at chrome words such as "MORE" and at
    headline verbs, which are no card text).

And :func:`repeats_name`: whether the word after a name opens a card's repeat of it
(``Sen. Bernie Sandoval Bernie ...``), so that the name still ends the head of its phrase
(:mod:`.attribution.speakers`).

A weekday run into (``Jeff Sessions Thursday``) is no card: see
:func:`.attribution.stance_names.without_weekday`.
"""

from __future__ import annotations

import re

__all__ = [
    "MAX_CARD_NAME",
    "card_spans",
    "cut_cards",
    "cut_glued_repeat",
    "nickname_follows",
    "repeats_name",
    "shown_name",
    "strip_card",
    "strip_card_start",
]

Span = tuple[int, int]

#: A whole card in raw text: the surname shown, the card's full name ending in that surname
#: glued to its first headline, the headlines up to "MORE" ("Jane Roe Jane Q. RoeOn ... MORE").
_WHOLE_CARD = re.compile(
    r"\b(?P<last>[A-Z][a-z][\w'’-]*) [^\n]{1,40}?(?P=last)(?=[A-Z0-9‘“'\"])[^\n]{0,600}? MORE\b"
)


def cut_cards(text: str) -> tuple[str, list[str]]:
    """*text* with each whole hover card cut back to the surname shown before it, and the
    card texts cut (without that surname), in order.

    Examples
    --------
    >>> cut_cards("Sen. Jane Roe Jane Q. RoeOn The Money: Senate acts | Roe wins MORE said no.")
    ('Sen. Jane Roe said no.', ['Jane Q. RoeOn The Money: Senate acts | Roe wins MORE'])
    """
    removed: list[str] = []
    if " MORE" not in text:
        return text, removed

    def keep_shown(m: re.Match[str]) -> str:
        removed.append(m.group(0)[len(m.group("last")) :].strip())
        return m.group("last")

    return _WHOLE_CARD.sub(keep_shown, text), removed


# Card headlines: a name glued to the first headline ("Sanders2020 ...", "TrumpSessions ...")
# up to the "MORE" link that ends them.
_CARD_TEXT = re.compile(r"(?<=[a-z])(?=[A-Z0-9])[^\n]{10,600}?\sMORE\b")


def card_spans(text: str) -> list[Span]:
    """The spans of hover-card headlines in *text*, in order.

    Examples
    --------
    >>> t = "Sen. Ada Voss Ada VossSessions says he supports Trump MORE said no."
    >>> [t[a:b] for a, b in card_spans(t)]
    ['Sessions says he supports Trump MORE']
    """
    if " MORE" not in text:
        return []
    return [m.span() for m in _CARD_TEXT.finditer(text)]


#: The surname a hover card's full name ends in, glued to its first headline.
_CARD_END = re.compile(r"[A-Z][\w’'-]+$")
#: The words of a hover card's full name between the shown name and its surname.
_CARD_NAME = re.compile(r"(?:\s+(?:[A-Z][\w’'.-]*|\([A-Z][\w’'-]*\)))*\s+")
#: The most characters between a shown name and the end of its hover card's name.
MAX_CARD_NAME = 60


def shown_name(text: str, start: int) -> Span | None:
    """The name shown before the hover card whose headlines start at *start*: the noun
    phrase that ends in the card's surname ("Sen. Tim Scott" in "Sen. Tim Scott Timothy
    (Tim) Eugene ScottGOP senator blasts ... MORE"), or None.

    Examples
    --------
    >>> t = "Sen. Ada Voss Adaline (Ada) Ruth VossSenate passes bill MORE (D-Md.) said"
    >>> a, b = shown_name(t, t.index("Senate"))
    >>> t[a:b]
    'Sen. Ada Voss'
    """
    from .attribution.phrases import np_left

    m = _CARD_END.search(text, max(0, start - 40), start)
    if m is None:
        return None
    lo = max(0, m.start() - MAX_CARD_NAME, text.rfind("\n", 0, m.start()) + 1)
    shown = list(re.finditer(rf"\b{re.escape(m.group(0))}\b", text[lo : m.start()]))
    if not shown or not _CARD_NAME.fullmatch(text, lo + shown[-1].end(), m.start()):
        return None
    end = lo + shown[-1].end()
    return np_left(text, max(0, end - 80, text.rfind("\n", 0, end) + 1), end)


#: A nickname in brackets after a given name: the hover card a page glues to a linked name
#: ("Sen. Ben Tarrow Benjamin (Ben) Louis TarrowOvernight ... MORE").
NICKNAME_AFTER = r"[ \t]+\([A-Z][a-z]+\)[ \t]"
_NICKNAME_AT = re.compile(NICKNAME_AFTER)


def nickname_follows(name: str, text: str) -> bool:
    """Whether *name* stands in *text* right before a bracketed nickname: what
    ``re.search(re.escape(name) + NICKNAME_AFTER, text)`` finds, read at each place of
    the name (no pattern compiled per name).

    Examples
    --------
    >>> t = "said Sen. Ben Tarrow Benjamin (Ben) Louis TarrowOvernight news MORE"
    >>> nickname_follows("Ben Tarrow Benjamin", t), nickname_follows("Ben Tarrow", t)
    (True, False)
    """
    at = text.find(name)
    while at >= 0:
        if _NICKNAME_AT.match(text, at + len(name)) is not None:
            return True
        at = text.find(name, at + 1)
    return False


#: A name that runs on into a hover card (The Hill): the shown name, the card's full name and
#: the surname glued to the card's first headline (``Trump Donald John TrumpGOP``).
_CARD_NAME_RE = re.compile(r"(?P<shown>.*?\b(?P<sur>[A-Z][\w'-]+)) (?P<card>.+?) (?P=sur)[A-Z]\S*")


def strip_card(name: str) -> str:
    """*name* without the hover card a name finder ran on into: the name shown before the
    card, with the card's first given name (or the nickname it gives in brackets) when only
    the surname was shown.

    Examples
    --------
    >>> strip_card("Ada Voss Adaline Ruth VossGOP"), strip_card("Voss Adaline (Ada) Ruth VossSenate")
    ('Ada Voss', 'Ada Voss')
    >>> strip_card("Piotr Lind"), strip_card("Lind Piotr LindGOP")
    ('Piotr Lind', 'Piotr Lind')
    """
    if not isinstance(name, str):
        return name
    m = _CARD_NAME_RE.fullmatch(name)
    if m is None:
        return name
    shown, card = m.group("shown"), m.group("card")
    if " " in shown:
        return shown
    nick = re.search(r"\(([A-Z][\w'-]*)\)", card)
    return f"{nick.group(1) if nick else card.split()[0]} {shown}"


def strip_card_start(name: str) -> str:
    """*name* without the first given name of a hover card that a name finder ran on into
    and stopped at (``Mike Pompeo Michael`` in ``Mike Pompeo Michael (Mike) Richard
    PompeoProtests ...``): a name of three words whose first and last are given names
    (``data/first_names.csv``) and whose middle one is no initial loses its last word.

    Examples
    --------
    >>> strip_card_start("Ada Voss Michael"), strip_card_start("Ada Mary Voss")
    ('Ada Voss', 'Ada Mary Voss')
    >>> strip_card_start("Ada J. Michael"), strip_card_start("Voss Michael")
    ('Ada J. Michael', 'Voss Michael')
    """
    from .actor_names import first_names

    if not isinstance(name, str):
        return name
    words = name.split()
    given = first_names()
    if len(words) != 3 or words[0] not in given or words[2] not in given:
        return name
    if len(words[1].rstrip(".")) < 2 or words[1] in given:
        return name
    return " ".join(words[:2])


#: A word glued to a card's first headline: a capitalised word run into a capital or digits.
_GLUED = re.compile(r"^([A-Z][a-z]{2,})(?:[A-Z][a-z]+|[A-Z]{2,}[a-z]*|\d+)$")
#: Name prefixes glued to the rest of a surname, which is no headline ("MacArthur").
_GLUE_PREFIXES = frozenset(("Mac", "Van", "Von", "Del", "Della", "Des", "Fitz"))


def cut_glued_repeat(words: list[str]) -> list[str]:
    """*words* (a capitalised run) without the hover card that repeats the name: read up to a
    word glued to a headline (which counts as its first part), keep the words up to the first
    use of the last word read.

    Examples
    --------
    >>> cut_glued_repeat("Ada Voss Ada Voss".split())
    ['Ada', 'Voss']
    >>> cut_glued_repeat("Voss Adaline Ruth VossSenate".split())
    ['Voss']
    >>> cut_glued_repeat("Ada MacArthur".split())
    ['Ada', 'MacArthur']
    """
    split: list[str] = []
    for word in words:
        glued = _GLUED.match(word)
        if glued and glued.group(1) not in _GLUE_PREFIXES:
            split.append(glued.group(1))
            break
        split.append(word)
    first = split.index(split[-1])
    return words[: first + 1] if first < len(split) - 1 else words


def repeats_name(word: str, name: str) -> bool:
    """Whether *word*, the word right after *name*, opens a hover card's repeat of the name:
    it is the name's first word.

    Examples
    --------
    >>> repeats_name("Ada", "Ada Voss"), repeats_name("Adaline", "Ada Voss")
    (True, False)
    """
    return word == name.split()[0]
