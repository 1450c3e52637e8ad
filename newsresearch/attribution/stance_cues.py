"""What a sentence says about a target: stance cues, negation, issue phrases.

* :func:`stance_cues` reads ``data/stance_cues.csv``: verbs (with an optional
  particle: ``vote against``, ``stand by``) whose object is the target of a
  positive or negative stance (``accused X``, ``praised X``, ``sued X``).
* :func:`find_stance_cues` finds them in a stretch of text; :func:`negated`
  tells whether a cue is negated (``did not endorse``, ``refused to back``).
* :func:`find_issues` finds issue and event phrases (``the tax bill``,
  ``the Russia investigation``, ``Affordable Care Act``) when no actors-of-interest
  table names them: a short noun phrase ending in an issue head noun
  (:data:`ISSUE_HEADS`), named by its words without the determiner.

Examples
--------
>>> text = "Sen. Ada Voss did not endorse the tax bill."
>>> [(c.text, c.polarity, negated(text, c.start)) for c in find_stance_cues(text)]
[('endorse', 'positive', True)]
>>> [(i.text, i.name) for i in find_issues(text)]
[('the tax bill', 'tax bill')]
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache

from ..lexicons import data_lines
from ..lexicons.negation import FRAME_NEGATORS, NEGATOR_SUFFIX
from .letter_runs import letter_runs

__all__ = [
    "GROUP_HEADS",
    "ISSUE_HEADS",
    "StanceCue",
    "find_issues",
    "find_stance_cues",
    "find_groups",
    "flip",
    "negated",
    "negator_in",
    "stance_cues",
]

#: Head nouns of issue and event phrases (singular and plural are listed).
ISSUE_HEADS = frozenset(
    """bill bills law laws act policy policies plan plans proposal proposals measure measures
    order orders ban bans tariff tariffs deal agreement accord treaty investigation inquiry probe
    impeachment ruling decision nomination reform reforms overhaul program programme wall
    sanctions strike strikes amendment resolution legislation mandate mandates budget cuts
    question regulations regulation rule rules subsidies subsidy intervention war
    shutdown election referendum vaccine vaccines pipeline withdrawal offer summit meeting
    protest protests report story video record relations relationship solution expansion
    increases oversight collusion firings practices campaign testimony subpoena indictment
    lawsuit settlement embargo invasion agenda rhetoric response allegations accusations
    funding relief lockdown lockdowns reopening crackdown warrant moratorium theories
    control immigration violence shooting shootings debt deficit deficits spending repeal
    deduction loopholes encryption surveillance stimulus testing removal memo raids
    care change rights insurance option rally letter commission firing training death
    investigations inquiries probes rulings nominations programs programmes amendments
    resolutions lawsuits indictments subpoenas agreements treaties deals elections
    pipelines offers summits reports budgets restrictions restriction protections enforcement
    ownership technology costs""".split()
)
#: Words before a cue (within :data:`NEGATION_WORDS` word tokens) that negate it.
NEGATORS = FRAME_NEGATORS | frozenset({"refused", "refuses", "declined", "declines", "failed"})
#: Verbs of giving up before a cue (``dropping his support for``, ``withdrew its
#: endorsement of``), and a refusal (``her refusal to back``): they negate the cue as :data:`NEGATORS` do (read by :func:`negated`
#: only, not by :func:`negator_in`: "prices dropped" negates no content).
ABANDONERS = frozenset(
    """drop drops dropped dropping withdraw withdraws withdrew withdrawn withdrawing
    abandon abandons abandoned abandoning rescind rescinds rescinded rescinding revoke
    revokes revoked revoking refusal refusals""".split()
)
#: How many words before a cue a negator may stand.
NEGATION_WORDS = 3


@dataclass(frozen=True)
class StanceCue:
    """One cue found: ``[start, end)``, its words, lemma (with particle) and polarity."""

    start: int
    end: int
    text: str
    lemma: str
    polarity: str


@cache
def stance_cues() -> dict[str, tuple[str, str]]:
    """Every cue form (``voted against``, ``praised``) -> (lemma, polarity), from the data file.

    Examples
    --------
    >>> stance_cues()["voted against"], stance_cues()["praised"]
    (('vote against', 'negative'), ('praise', 'positive'))
    """
    out: dict[str, tuple[str, str]] = {}
    for line in data_lines("stance_cues.csv")[1:]:
        lemma, particle, polarity, forms = line.split(",", 3)
        name = f"{lemma} {particle}".strip()
        for form in forms.split():
            out.setdefault(f"{form} {particle}".strip(), (name, polarity))
    return out


@cache
def _by_first_word() -> dict[str, list[tuple[tuple[str, ...], str, str]]]:
    """First word of each cue form -> (its words, lemma, polarity), longest form first."""
    out: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}
    for form, (lemma, polarity) in stance_cues().items():
        words = tuple(form.split())
        out.setdefault(words[0], []).append((words, lemma, polarity))
    for entries in out.values():
        entries.sort(key=lambda e: -len(e[0]))
    return out


_WORD_RE = re.compile(r"[A-Za-z]+")
_NEXT_WORD_RE = re.compile(r"\s+([A-Za-z]+)")


def find_stance_cues(text: str, start: int = 0, end: int | None = None) -> list[StanceCue]:
    """The stance cues in ``text[start:end]``, in text order (longest form first).

    A word lookup, not one large regular expression: the cue forms are looked
    up by their first word, and a particle (``against``) is checked only then.
    """
    found: list[StanceCue] = []
    index = _by_first_word()
    end = len(text) if end is None else end
    after = start
    low = text.lower()
    if len(low) != len(text):  # a character whose lower case is longer: keep offsets exact
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    for w_start, w_end, word in _first_words(low, start, end, index):
        if w_start < after:
            continue
        entries = index[word]
        for words, lemma, polarity in entries:
            stop = w_end
            for word in words[1:]:
                nxt = _NEXT_WORD_RE.match(low, stop, end)
                if nxt is None or nxt.group(1) != word:
                    break
                stop = nxt.end()
            else:
                if stop < len(text) and (text[stop].isalnum() or text[stop] == "_"):
                    continue
                if len(words) == 1 and words[0] in PARTICLE_ONLY and _particle(low, w_start, stop):
                    break
                if lemma == "fire" and _FIRE_NOUN_RE.match(low, stop):
                    break  # "fire chief", "fired their weapons": no one dismissed
                if w_start > 0 and (text[w_start - 1].isalnum() or text[w_start - 1] == "_"):
                    break
                found.append(StanceCue(w_start, stop, text[w_start:stop], lemma, polarity))
                after = stop
                break
    return found


def _first_words(
    low: str, start: int, end: int, index: dict[str, list]
) -> list[tuple[int, int, str]]:
    """``(start, end, word)`` of each run of letters of ``low[start:end]`` that is a key of
    *index*, in text order: the distinct words are looked up once, then only the words
    found are looked for (a scan in C per word instead of a Python step per word)."""
    if start != 0:  # a run cut at *start* is a word too: the plain scan
        return [
            (m.start(), m.end(), m.group())
            for m in _WORD_RE.finditer(low, start, end)
            if m.group() in index
        ]
    if end == len(low):  # the whole text: its runs of letters, found once (letter_runs)
        return letter_runs(low).find(index)
    out = []
    words = set(_WORD_RE.findall(low, 0, end))
    for word in index.keys() & words:
        # the word with no letter after it: two such matches cannot overlap, so finditer
        # sees them all; the character before is checked here (a look-behind first in the
        # pattern would cost its literal prefix search)
        for m in _word_end_re(word).finditer(low, 0, end):
            at = m.start()
            if at == 0 or low[at - 1] not in _LETTERS:
                out.append((at, m.end(), word))
    out.sort()
    return out


@cache
def _word_end_re(word: str) -> re.Pattern[str]:
    """*word* (letters) with no letter after it."""
    return re.compile(rf"{re.escape(word)}(?![A-Za-z])")


def _letter_words(low: str) -> frozenset[str]:
    """The distinct runs of letters (``[A-Za-z]+``) of a lower-cased text.

    Kept for the last texts (:func:`.letter_runs.letter_runs`): the stance cues and the
    place names of one article look up the same words.

    Examples
    --------
    >>> sorted(_letter_words("u.s. troops, u.s. bases"))
    ['bases', 's', 'troops', 'u']
    """
    return letter_runs(low).distinct


_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


_TOKEN = re.compile(r"[\w’']+")
#: Cues that are also verb particles: not a cue right after a verb ("rolled back",
#: "fired back", "pushed back"), only as a verb ("Unions back the plan").
PARTICLE_ONLY = frozenset({"back"})
_PREVIOUS_WORD_RE = re.compile(r"([a-z]+)\s+$")
_PARTICLE_VERBS = frozenset(
    "roll rolls fire fires cut cuts scale scales pull pulls push pushes come comes go goes "
    "hit hits write writes talk talks fight fights fought bounce bounces step steps "
    "look looks get gets got give gives gave take takes took bring brings brought set sets "
    "hold holds held strike strikes struck".split()
)


#: What follows "fire" when it is a noun or a shot, not a dismissal: a compound noun
#: right after it ("the fire chief"), or a weapon, a determiner allowed ("fired their weapons").
_FIRE_NOUN_RE = re.compile(
    r"\s+(?:(?:chief|department|fighters?|trucks?|stations?|crews?|hose|alarm)\b|"
    r"(?:(?:a|an|the|their|his|her|its|two|three|several)\s+)?"
    r"(?:weapons?|shots?|rounds?|guns?|missiles?|rockets?|bullets?|tear gas)\b)"
)
#: Words before "back" that make it an adverb ("win back", "bring her back").
_BEFORE_PARTICLE = frozenset("win wins won winning her him them it us me you".split())
#: Words after "back" that make it an adverb or a noun ("back to", "a back channel").
_AFTER_PARTICLE_RE = re.compile(r"\s+(?:to|in|into|on|at|home|from|channel|channels|then)\b")


def _particle(low: str, start: int, end: int) -> bool:
    """Whether the particle-only cue at ``low[start:end]`` ("back") is an adverb, not a
    verb: after a verb (:func:`_after_verb`, "pushed back") or an object pronoun ("bring
    her back"), after "win", or before a preposition ("back to the table").

    Examples
    --------
    >>> [_particle(t, t.index("back"), t.index("back") + 4) for t in (
    ...     "they will win back the senate", "to bring her back to the hill",
    ...     "a back channel", "voss would back the measure")]
    [True, True, True, False]
    """
    m = _PREVIOUS_WORD_RE.search(low[max(0, start - 20) : start])
    if m is not None and m.group(1) in _BEFORE_PARTICLE:
        return True
    return _after_verb(low, start) or _AFTER_PARTICLE_RE.match(low, end) is not None


def _after_verb(low: str, position: int) -> bool:
    m = _PREVIOUS_WORD_RE.search(low[max(0, position - 20) : position])
    if m is None:
        return False
    word = m.group(1)
    return word in _PARTICLE_VERBS or word.endswith(("ed", "ing"))


def negated(text: str, position: int, *, floor: int = 0) -> bool:
    """Whether a negator stands within :data:`NEGATION_WORDS` words before *position*.

    Only the text after *floor* (for example the sentence start) is read.
    """
    words = _TOKEN.findall(text[max(floor, position - 60) : position])[-NEGATION_WORDS:]
    words = [w.lower().replace("’", "'") for w in words]
    return any(w in NEGATORS or w in ABANDONERS or w.endswith(NEGATOR_SUFFIX) for w in words)


def negator_in(text: str) -> bool:
    """Whether *text* holds a negator (:data:`NEGATORS`, or a word ending in ``n't``).

    Examples
    --------
    >>> negator_in("We won’t back the plan"), negator_in("We back the plan")
    (True, False)
    """
    return _negator_re().search(text) is not None


@cache
def _negator_re() -> re.Pattern[str]:
    words = "|".join(sorted((re.escape(w) for w in NEGATORS), key=len, reverse=True))
    suffix = re.escape(NEGATOR_SUFFIX).replace("'", "['’]")
    return re.compile(rf"(?<![\w’'])(?:{words})(?![\w’'])|{suffix}(?![\w’'])", re.IGNORECASE)


def flip(polarity: str) -> str:
    """The opposite polarity (neutral stays neutral)."""
    return {"positive": "negative", "negative": "positive"}.get(polarity, polarity)


@dataclass(frozen=True)
class Issue:
    """An issue phrase: ``[start, end)``, the words as written, and its name."""

    start: int
    end: int
    text: str
    name: str
    head_start: int = -1
    type: str = "issue"


#: Head nouns of group phrases (``the Obama administration``, ``Syrian rebels``,
#: ``insurance companies``): organisations that no name finder sees.
GROUP_HEADS = frozenset(
    """administration government industry workers employees lawmakers legislators leaders
    officials protesters demonstrators rebels opposition media companies insurers unions
    police athletes voters manufacturers traffickers officers agents rivals groups community
    family circle""".split()
)
#: Group heads that name a group alone after "the" (``find_groups(bare=True)``): not
#: "the family", "the community", "the groups", which say little without a modifier.
BARE_GROUP_HEADS = GROUP_HEADS - {"family", "circle", "community", "groups"}


@cache
def _issue_re() -> re.Pattern[str]:
    heads = "|".join(sorted(ISSUE_HEADS, key=len, reverse=True))
    return re.compile(rf"\b(?:{heads})\b|\bAct\b")


@cache
def _group_re() -> re.Pattern[str]:
    heads = "|".join(sorted(GROUP_HEADS, key=len, reverse=True))
    return re.compile(rf"\b(?:{heads})\b")


_WORD_CHAR = re.compile(r"\w")
_WORD_RUN_RE = re.compile(r"\w+")
#: The words of :func:`_issue_re`.
_ISSUE_WORDS = ISSUE_HEADS | {"Act"}


@cache
def _head_re(word: str) -> re.Pattern[str]:
    """*word* not followed by a word character (the caller checks the one before)."""
    return re.compile(rf"{re.escape(word)}\b")


_DETERMINERS = frozenset("the a an this that these those his her its their our my your".split())
_NOT_MODIFIERS = frozenset(
    """of to and or for with on in at by as is was be are were has have had will would
    not no against from into over under about than then who which said says where what
    why how toward towards without within up down out off even just only also
    met saw won got made took gave sent led left held kept brought sought put set hit ran
    began drew grew wrote came went became knew thought felt found heard meant paid sold
    spent stood lost built""".split()
)
_MODIFIER = re.compile(r"(?:[A-Za-z][\w’'.-]*|\d+)(?:’s|'s)?")
#: Words before an issue head that may belong to its phrase.
ISSUE_MODIFIERS = 3


#: Pronouns and conjunctions, which end an issue phrase ("it's bad policy": "policy").
_CLAUSE_WORDS = frozenset(
    """i you he she it we they me him us them it's it’s that's that’s there's there’s
    but if so when while because whether nor yet must can could should may might shall
    amid among despite during since until been being do does did""".split()
)
#: Words before an issue head that judge or date it rather than name it ("the current
#: deal", "a legitimate offer", "the new bill"): the name starts after them.
GENERIC_MODIFIERS = frozenset(
    """new current latest recent proposed emerging existing original revised final
    similar same such whole entire full possible potential so-called first second last
    next good bad great terrible legitimate controversial very any other some more fewer
    many several all both each every massive profound baseless groundless unfounded bogus
    false ridiculous outrageous disastrous disgraceful horrible awful hurtful dangerous
    reckless misguided wasteful unfair historic major huge big""".split()
)
#: Possessive time words before an issue head ("last year's investigation"): not its name.
_TIME_WORDS = frozenset(
    """year week month day today yesterday tomorrow monday tuesday wednesday thursday
    friday saturday sunday weekend decade century""".split()
)
#: Initials ("U.S.", "D.C."): the only modifiers that may end in a full stop.
_INITIALS_RE = re.compile(r"(?:[A-Za-z]\.){2,}")


def _generic(word: str) -> bool:
    """Whether a word before an issue head judges, counts or dates it (:data:`GENERIC_MODIFIERS`,
    a superlative such as "boldest", a time possessive such as "year's"): not part of its name."""
    low = word.lower().replace("’", "'")
    if low in GENERIC_MODIFIERS or low.removesuffix("'s") in _TIME_WORDS:
        return True
    return word.islower() and low.endswith("est") and len(low) > 5 and low not in _EST_NOUNS


#: Issue heads in -ing, which may also modify a head ("the spending bill", "funding cuts").
_ING_HEADS = frozenset(w for w in ISSUE_HEADS if w.endswith("ing"))
_ING_MODIFIER_RE = re.compile(r"[a-z]+ing")
#: Words in -est that are no superlatives ("the arrest warrant", "the protest ban").
_EST_NOUNS = frozenset("arrest protest interest request contest conquest harvest".split())


def _modifier_ok(word: str) -> bool:
    low = word.lower()
    if low in _NOT_MODIFIERS or low in stance_cues() or low in _CLAUSE_WORDS:
        return False
    if low.endswith(("n't", "n’t")):  # "doesn't", "won't": a verb
        return False
    if word.endswith(".") and not _INITIALS_RE.fullmatch(word):
        return False  # the end of the previous sentence
    return word[:1].isupper() or not low.endswith(("ed", "ing", "ly"))


def find_issues(text: str, start: int = 0, end: int | None = None) -> list[Issue]:
    """Issue and event phrases in ``text[start:end]`` (see the module notes).

    A phrase is an issue head (:data:`ISSUE_HEADS`, or ``Act`` after capitalised
    words) with up to :data:`ISSUE_MODIFIERS` modifiers before it (no function
    words, no stance cues, no words ending in -ed, -ing or -ly unless
    capitalised, except issue heads in -ing: ``the spending bill``), and a
    determiner or possessive before those, which the name leaves out. A head
    that modifies the next head is part of its phrase (``the immigration bill``);
    a head used as a verb (after ``to``, a modal or a subject pronoun; in -ing,
    after a form of ``be``) is none.
    """
    return _phrases(text, start, end, _issue_re(), "issue")


def _head_candidates(text: str) -> set[str]:
    """The words of :data:`_ISSUE_WORDS` that may be a whole word (a run of ``\\w``) of *text*.

    A head that is a whole word of the text is, lower-cased, a whole run of letters of
    the lower-cased text (the characters around it are no letters, nor become any), so
    the runs of letters that the stance cues look up (:func:`_letter_words`) select the
    heads to look for; a head selected that the text does not hold whole is not found
    by its pattern. When lower-casing changes the length, the words are read anew.
    """
    low = text.lower()
    if len(low) != len(text):
        return _ISSUE_WORDS.intersection(_WORD_RUN_RE.findall(text))
    words = _letter_words(low)
    by_lower = _issue_words_by_lower()
    return {h for lowered in by_lower.keys() & words for h in by_lower[lowered]}


@cache
def _issue_words_by_lower() -> dict[str, list[str]]:
    """The words of :data:`_ISSUE_WORDS` by their lower case (``act``: ``act`` and ``Act``)."""
    out: dict[str, list[str]] = {}
    for head in _ISSUE_WORDS:
        out.setdefault(head.lower(), []).append(head)
    return out


class IssueFinder:
    """:func:`find_issues` for many stretches of one text: the head nouns are found once.

    Examples
    --------
    >>> text = "Voss backs the tax bill; the bills died."
    >>> finder = IssueFinder(text)
    >>> [i.name for i in finder.find(0, 23)] == [i.name for i in find_issues(text, 0, 23)]
    True
    """

    def __init__(self, text: str) -> None:
        self.text = text
        # the matches of _issue_re(): whole words (runs of \w) that are heads, looked for
        # only among the distinct words of the text
        low = text.lower()
        if len(low) == len(text):
            # a head that is a whole word is, lower-cased, a whole run of letters of the
            # lower-cased text (_head_candidates): its pattern is tried at those runs only
            by_lower = _issue_words_by_lower()
            self.heads = [
                m
                for at, _, word in letter_runs(low).find(by_lower)
                for head in by_lower[word]
                if (m := _head_re(head).match(text, at)) is not None
                and not (at and _WORD_CHAR.match(text, at - 1))
            ]
        else:
            self.heads = [
                m
                for head in _head_candidates(text)
                for m in _head_re(head).finditer(text)
                if not (m.start() and _WORD_CHAR.match(text, m.start() - 1))
            ]
        self.heads.sort(key=re.Match.start)
        self.starts = [m.start() for m in self.heads]
        # what each head's phrase is, shared by the stretches (see _phrases)
        self._memo: dict[tuple[int, int], tuple[int, tuple[int, int] | None]] = {}

    def find(self, start: int, end: int) -> list[Issue]:
        """``find_issues(text, start, end)``."""
        text = self.text
        i = bisect.bisect_left(self.starts, start)
        j = bisect.bisect_left(self.starts, end)
        matches = [m for m in self.heads[i:j] if m.end() <= end]
        if (
            start < end < len(text)
            and _WORD_CHAR.match(text, end)
            and _WORD_CHAR.match(text, end - 1)
        ):
            # a word running past the end is cut there, as find_issues reads the stretch
            cut = end - 1
            while cut > start and _WORD_CHAR.match(text, cut - 1):
                cut -= 1
            matches += _issue_re().finditer(text, cut, end)
        if not matches:
            return []
        return _phrases(text, start, end, None, "issue", matches, self._memo)


def find_groups(
    text: str, start: int = 0, end: int | None = None, *, bare: bool = False
) -> list[Issue]:
    """Group phrases in ``text[start:end]``: a :data:`GROUP_HEADS` noun with at least one
    modifier (``the Obama administration``, ``Syrian rebels``), type organisation.

    With ``bare=True``, also a head of :data:`BARE_GROUP_HEADS` right after ``the`` (``the
    administration``, ``the rebels``), named by the head alone: a group the article has named or takes as known,
    which an annotator names in full (``Trump administration``, ``Syrian rebels``).

    Examples
    --------
    >>> [(g.name, g.type) for g in find_groups("The Obama administration and the rebels met.")]
    [('Obama administration', 'organisation')]
    >>> [g.name for g in find_groups("The Obama administration and the rebels met.", bare=True)]
    ['Obama administration', 'rebels']
    """
    return [
        g
        for g in _phrases(text, start, end, _group_re(), "organisation")
        if (g.head_start > g.start and g.name != text[g.head_start : g.end])
        or (
            bare
            and g.name in BARE_GROUP_HEADS
            and g.name == text[g.head_start : g.end]
            and g.text[:4].lower() == "the "
        )
    ]


#: Words after which a head noun is a verb ("to ban", "must repeal", "they protest").
_VERB_BEFORE = frozenset(
    """to must will would can could should may might shall do does did don't won't
    i we they you""".split()
)
#: Auxiliaries after which a head in -ing is a verb ("was testing", "are spending").
_PROGRESSIVE_BEFORE = frozenset("is are was were be been am".split())
#: The plain form of :func:`_last_word`.
_LAST_WORD_RE = re.compile(r"([\w’']+)\s+$")
_WORD_RUN_START_RE = re.compile(r"[\w’']+")


def _last_word(text: str, floor: int, end: int) -> str | None:
    """``_LAST_WORD_RE.search(text, floor, end).group(1)``: the run of word characters
    (with ``’`` and ``'``) that ends the stretch but for its white space; None when the
    stretch does not end in white space after one.

    A search for a pattern ending in ``$`` tries every start in the stretch; this looks
    at its end only (white space as in ``\\s``: ``str.rstrip`` and ``str.rsplit`` use
    the same test).

    Examples
    --------
    >>> _last_word("they ban it", 0, 9), _last_word("they ban it", 0, 8)
    ('ban', None)
    >>> _last_word("(don’t) go", 0, 8)
    >>> _last_word("won’t  go", 0, 7)
    'won’t'
    """
    piece = text[floor:end]
    body = piece.rstrip()
    if len(body) == len(piece) or not body:
        return None
    token = body.rsplit(None, 1)[-1]
    run = _WORD_RUN_START_RE.match(token[::-1])
    return None if run is None else token[len(token) - run.end() :]


def _previous_word(text: str, floor: int, end: int) -> tuple[str, int] | None:
    """``(word, start)`` of ``_PREVIOUS_RE.search(text[floor:end])``: the run of non-space
    characters before the white space that ends the stretch; None when the stretch does
    not end in white space after a word.

    As :func:`_last_word`, it reads the end of the stretch only.

    Examples
    --------
    >>> _previous_word("the new tax bill", 0, 12), _previous_word("the new tax bill", 0, 11)
    (('tax', 8), None)
    """
    piece = text[floor:end]
    body = piece.rstrip()
    if len(body) == len(piece) or not body:
        return None
    word = body.rsplit(None, 1)[-1]
    return word, floor + len(body) - len(word)


#: A determiner or object pronoun right after a head noun: the head is a verb taking it.
_OBJECT_AFTER_RE = re.compile(r"\s+(?:the|a|an|his|her|their|its|our|him|them|us|me)\b")


def _used_as_verb(text: str, floor: int, position: int, head: str) -> bool:
    """Whether the head noun at *position* is a verb here: after ``to``, a modal or a
    subject pronoun, or, in -ing, after a form of ``be``."""
    word = _last_word(text, floor, position)
    if word is None:
        return False
    word = word.lower().replace("’", "'")
    return word in _VERB_BEFORE or (head.endswith("ing") and word in _PROGRESSIVE_BEFORE)


def _phrases(
    text: str,
    start: int,
    end: int | None,
    heads: re.Pattern[str] | None,
    type_: str,
    matches: list[re.Match[str]] | None = None,
    memo: dict[tuple[int, int], tuple[int, tuple[int, int] | None]] | None = None,
) -> list[Issue]:
    """The phrases of the head *matches* (else of *heads* in ``text[start:end]``).

    *memo* keeps, per head span, what :func:`_head_phrase` found and the lowest offset it
    read, so that a stretch starting at or before that offset takes it over.
    """
    found: list[Issue] = []
    if matches is None:
        matches = heads.finditer(text, start, len(text) if end is None else end)
    for m in matches:
        key = (m.start(), m.end())
        kept = None if memo is None else memo.get(key)
        if kept is not None and kept[0] >= start:
            phrase = kept[1]
        else:
            least, phrase = _head_phrase(text, start, m, type_)
            if memo is not None and least >= start:
                memo[key] = (least, phrase)  # read nothing before start: the same from any
        if phrase is None:
            continue
        a, name_start = phrase
        if found and a < found[-1].end:
            if a > found[-1].start:
                continue
            # a head that modifies the next one ("immigration bill", "debt deal"): the
            # compound's last noun is its head, the longer phrase the issue
            found.pop()
        name = " ".join(text[name_start : m.end()].split())
        found.append(Issue(a, m.end(), text[a : m.end()], name, m.start(), type_))
    return found


def _head_phrase(
    text: str, start: int, m: re.Match[str], type_: str
) -> tuple[int, tuple[int, int] | None]:
    """``(least, phrase)``: the ``(start, name start)`` of the phrase of the head *m* read
    no further back than *start* (None when the head is no noun here), and the lowest
    offset its reading asked for (``start`` when the reading was cut there, else the
    result is the same for any start up to it).

    Nothing before *start* is read, and nothing of the text after the head but the
    word after it, so the result does not depend on where the stretch ends.
    """
    head = m.group()
    if head == "Act" and not _BEFORE_ACT_RE.search(text[start : m.start()]):
        return -1, None  # depends on every character back to start: never reused
    least = -1 if head == "Act" else max(0, m.start() - 12)
    if _used_as_verb(text, max(start, m.start() - 12), m.start(), head):
        return least, None
    if _OBJECT_AFTER_RE.match(text, m.end()):
        # "Voss attacks the plan", "Keller cut his budget": a verb with its object
        return least, None
    a, name_start, n = m.start(), m.start(), 0
    limit = max(ISSUE_MODIFIERS, 6) if head == "Act" else ISSUE_MODIFIERS
    while n < limit:
        least = min(least, max(0, a - 40))
        prev = _previous_word(text, max(start, a - 40), a)
        if prev is None:
            break
        word, w_start = prev
        if not _MODIFIER.fullmatch(word):
            break
        if word.lower() in _DETERMINERS or _generic(word):
            a = w_start
            break
        # an -ing word right before a group head describes it and opens its name
        # ("banking industry", "met striking workers")
        describing = (
            type_ == "organisation"
            and n == 0
            and _ING_MODIFIER_RE.fullmatch(word) is not None
            and word not in _CLAUSE_WORDS
            and word not in _NOT_MODIFIERS
        )
        if not (_modifier_ok(word) or word.lower() in _ING_HEADS or describing):
            break
        if word.islower():
            least = min(least, max(0, w_start - 12))
            if _used_as_verb(text, max(start, w_start - 12), w_start, word):
                # "to expand health insurance", "will tackle climate change": a verb
                break
        a = name_start = w_start
        n += 1
        if describing or word.endswith(("’s", "'s")):
            break
    if head == "Act" and name_start == m.start():
        return -1, None
    return least, (a, name_start)


#: The last word of a stretch followed by white space (the word before a phrase): the
#: plain form of :func:`_previous_word`.
_PREVIOUS_RE = re.compile(r"(\S+)\s+$")
#: A capitalised word right before ``Act`` ("the Clean Water Act").
_BEFORE_ACT_RE = re.compile(r"[A-Z][\w.]*\s+$")
