"""Noun phrases around a cue: the subject before it (:func:`np_left`), a name after it
(:func:`np_right`), and span trimming.

A source is a noun phrase that looks like a speaker: it has a capitalised word,
is a pronoun, or ends in a source head (``officials``, ``spokesman``,
``people familiar with the matter``), an institution word or a document word
(``data/document_words.txt``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicons import data_lines
from .complement_subjects import (
    complement_head,
    keeps_complement,
    last_head_span,
    noun_after_determiner,
)
from .cues import cue_lexicon
from .records import Span
from .source_lists import listed_start

__all__ = [
    "PRONOUN_GENDER",
    "anonymous_sources",
    "clause_subject",
    "document_words",
    "leading_name",
    "looks_like_source",
    "named_appositive",
    "np_left",
    "np_right",
    "plural_source_head",
    "role_word",
    "sentence_subject",
    "trim",
]

#: The longest subject noun phrase, in words.
MAX_SUBJECT_WORDS = 9

#: The longest determiner-led phrase accepted as the subject of a strong speech cue.
MAX_ANY_NOUN_WORDS = 5

PRONOUN_GENDER = {"he": "m", "she": "f"}
_DETERMINERS = frozenset(
    "the a an this that these those his her their its our my some many most two three both".split()
)
_OTHER_PRONOUNS = ("they", "it", "we", "i", "you")

_BOUNDARY = frozenset(
    "and but or that which who whom whose when while as because although though after "
    "before if since than so yet where whether what then nor beyond despite amid during without "
    "against among unlike besides".split()
)
_AUX = frozenset(
    "has have had was were is are will would could should may might can did does do also "
    "again later previously repeatedly publicly privately then still already not never "
    "quickly flatly firmly angrily strongly sharply swiftly immediately once further "
    "separately earlier simply reportedly long just really actually even only".split()
)
#: Negated auxiliaries between a subject and its verb ("they don’t think").
_NEGATED_AUX = r"(?:do|does|did|is|are|was|were|have|has|had|wo|would|ca|could|should|must)n[’']t"
_TIME_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday yesterday today tonight "
    "morning evening night week weekend month year".split()
)
SOURCE_HEADS = frozenset(
    "people person persons official officials spokesman spokeswoman spokesperson governor "
    "analysts analyst source sources aide aides member members head chief director leader "
    "someone those one experts expert lawyers lawyer staff employees residents critics "
    "representatives representative minister secretary chair chairman chairwoman president "
    "adviser advisers advisor advisors economists economist researchers figures officer officers "
    "executive executives colleagues allies diplomat diplomats senator senators congressman "
    "congresswoman lawmaker lawmakers legislator legislators participant participants candidate "
    "attorney attorneys judge judges prosecutor prosecutors investigators police authorities "
    "doctor doctors professor professors scientist scientists specialist specialists proponents "
    "opponents supporters associate associates friend friends administration campaign "
    "committee panel court spokesmen witness witnesses voters activists advocates observers "
    "insiders partner partners ally another others many some both all neighbors neighbours "
    "lawyer worker workers employee mother father sister brother wife husband daughter son "
    "mayor sheriff ambassador envoy general commander agent agents republicans democrats "
    "conservatives liberals progressives women men woman man number majority companies "
    "groups organizations organisations office service forecasters newspaper paper network "
    "station outlet group host anchor correspondent".split()
)
_INSTITUTION_PREFIXES = ("ministry", "agency", "government", "company", "union", "party")
_NOT_LAST = ("the", "a", "an", "his", "her", "their", "its", "of", "to")
_PREPOSITIONS = frozenset("with at for of from in to on by close familiar".split())
_NAME_PARTICLES = ("de", "van", "von")

#: A month, written out or abbreviated ("March", "Sept", not "Marchetti").
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b"
)
_WHEN = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|weekend|month|year|night|"
    r"morning|afternoon|evening|" + _MONTH + r"\.?(?:\s+\d{1,2})?)"
)
_WEEKDAY_WORDS = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)"
_WEEKDAY = re.compile(_WEEKDAY_WORDS, re.I)
#: The most characters of an adverbial at the end of a subject ("on Monday", ", in Paris,").
_ADVERBIAL_REACH = 64
# Adverbials and auxiliaries between a subject and its verb ("on Monday", "has", "in a statement,").
_ADVERBIALS = [
    re.compile(rf"\s+(?:on|last|this|late|early|earlier)\s+{_WHEN}$", re.I),
    re.compile(
        r"\s+in\s+(?:" + _MONTH + r"\.?|\d{4})$",
        re.I,
    ),
    re.compile(r"\s+(?:" + "|".join(sorted(_AUX)) + "|" + _NEGATED_AUX + r")$"),  # "Ms. May"
    re.compile(r",\s*(?:in|on|at)\s+[^,]{1,40},$", re.I),
    # "A federal judge Friday said" (a capitalised "Today" ends a name: "USA Today notes")
    re.compile(
        r"\s+(?:(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|today)$"
    ),
    re.compile(r"(?:,\s*|\s+)(?:though|however|meanwhile|instead|both|all|alone|too),?$", re.I),
]
# What the last word of a segment must be for each adverbial above to match at its end
# (each pattern ends in its own last word, after white space, or in a comma): a test of
# one short word that rules most patterns out before searching the whole segment.
_ADVERBIAL_LAST = [
    re.compile(rf"{_WHEN}|\d{{1,2}}", re.I).fullmatch,
    re.compile(_MONTH + r"\.?|\d{4}", re.I).fullmatch,
    re.compile(r"(?:" + "|".join(sorted(_AUX)) + "|" + _NEGATED_AUX + r")").fullmatch,
    lambda last: last.endswith(","),
    _WEEKDAY.fullmatch,
    re.compile(r"(?:though|however|meanwhile|instead|both|all|alone|too),?", re.I).fullmatch,
]
_ADVERBIAL_TESTS = tuple(zip(_ADVERBIALS, _ADVERBIAL_LAST, strict=True))
#: Any last word that one of the tests above may accept: one test before trying them all.
_ANY_ADVERBIAL_LAST = re.compile(
    rf"{_WHEN}|\d+|{_MONTH}\.?|{_WEEKDAY_WORDS}|.*,|"
    r"(?:" + "|".join(sorted(_AUX)) + "|" + _NEGATED_AUX + r")"
    r"|(?:though|however|meanwhile|instead|both|all|alone|too),?",
    re.I,
)
#: The most words of the first of two coordinated sources ("House Speaker Paul Ryan and").
MAX_COORDINATED_WORDS = 5
_AND_BEFORE = re.compile(r"\s+and\s+$")
# A party and state tag after a name: "(D-MS)", "(D., N.Y.)", ", R-Wis.,".
_PARTY = re.compile(
    r"(?:\s*\((?:D|R|I)\b[^()]{0,20}\)(?:\s+of(?:\s+[A-Z][a-z]+){1,2})?|,\s*(?:D|R|I)-[A-Z][\w.\-]*\.?(?:,\s*[A-Z][\w.]*)?)\s*,?$"
)
_PARTY_REACH = 30
_RELATIVE = re.compile(r"\s(?:who|whom)\s[^,;:\"“”]*$")
#: An aside between dashes at the end of a subject: "A spokesman - who has a net worth of X -".
_DASH_ASIDE = re.compile(r"\s+[-—–]\s+[^-—–\n]{1,120}?\s+[-—–]$|\s*—[^—\n]{1,120}?—$")
#: Connectives that may open a clause before its subject ("But Jim Paz, ...").
_CLAUSE_LEAD = re.compile(r"\s*(?:(?:But|And|Yet|So|Still|Meanwhile),?\s+)?")
#: The most characters of the appositives after a clause's opening name.
MAX_APPOSITIVE_CHAIN = 220
#: A word with its inner apostrophes, hyphens and dots ("O’Neill", "U.S.", "co-chair").
WORD = re.compile(r"[\w’'\-.]+")
#: Characters that end a name phrase between its words.
_GAP_PUNCTUATION = frozenset(',;:()"“”—–')
_NAMEISH = re.compile(r"^[A-Z][\w’'\-.]*$")
#: Words that end a noun phrase after its cue ("said a congressman who ...").
_NP_STOP = (
    r"(?:who|whom|which|that|when|while|as|after|before|because|and|but|or|if|on|last|this|"
    r"yesterday|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
)
_NAME_AFTER = re.compile(
    # a determiner-led phrase: "a Democratic congressman involved in the meeting"
    r"\s*((?:the|a|an|one|another|two|three|several|some)\s+"
    r"(?:(?!" + _NP_STOP + r")[\w’'\-.]+\s+){0,6}"
    r"(?!" + _NP_STOP + r"|(?:in|on|at|of|to|for|with|by|from|the|a|an)\b)[\w’'\-]+"
    # a name, with its title: "Sen. Ada Voss", "the Chamber of Commerce"
    r"|(?:[A-Z][\w’'\-.]*\s+(?:of\s+(?:the\s+)?(?=[A-Z]))?){0,6}[A-Z][\w’'\-]*"
    r"|he|she|they|it|another\b"
    # lower-case role words before a name: "retired obstetrician Jaana Rehnstorm"
    r"|(?!(?:on|in|at|of|to|for|by|with|from|about|that|this|last|after|before|during|while|"
    r"when|as|and|but|or|then|also|later|earlier|recently|yesterday|today|he|she|they|it|we|i|"
    r"you|his|her|their|its)\b)(?:[a-z][\w\-]*\s+){1,3}(?:[A-Z][\w’'\-.]*\s+){0,3}"
    r"[A-Z][\w’'\-]*)"
)

#: Lower-case role words and a name after a capitalised word ("Democratic strategist Basil Smikle").
_ROLE_THEN_NAME = re.compile(
    r"\s+((?:(?!(?:on|in|at|of|to|for|by|with|from|about|and|but|or|who|that|which)\b)"
    r"[a-z][\w\-]*\s+){1,2})(?:[A-Z][\w’'\-.]*\s+){0,2}[A-Z][\w’'\-]*"
)


@lru_cache(maxsize=1)
def anonymous_sources() -> tuple[str, ...]:
    """Phrases that mark an unnamed source (``data/anonymous_sources.txt``)."""
    return tuple(data_lines("anonymous_sources.txt"))


@lru_cache(maxsize=1)
def document_words() -> frozenset[str]:
    """Head words of documents and polls that speak (``data/document_words.txt``)."""
    return frozenset(data_lines("document_words.txt"))


def trim(text: str, a: int, b: int) -> Span:
    """``[a, b)`` without leading punctuation and spaces, nor trailing ones and full stops.

    Examples
    --------
    >>> trim(", the talks failed.", 0, 19)
    (2, 18)
    """
    while a < b and text[a] in " ,;:—–-":
        a += 1
    while b > a and text[b - 1] in " ,;:.—–-":
        b -= 1
    return a, b


@lru_cache(maxsize=1 << 16)
def _may_be_adverbial(last: str) -> bool:
    """Whether :data:`_ANY_ADVERBIAL_LAST` matches the whole word *last* (remembered per
    word: the same few thousand words end most subjects)."""
    return _ANY_ADVERBIAL_LAST.fullmatch(last) is not None


def _strip_adverbials(seg: str) -> str:
    """*seg* without the adverbials and auxiliaries at its end."""
    while True:
        stripped = seg.rstrip()
        last = stripped.rsplit(None, 1)[-1] if stripped else ""
        if not _may_be_adverbial(last):  # most subjects end in a plain word
            return stripped
        for pattern, ends in _ADVERBIAL_TESTS:
            if ends(last):
                m = pattern.search(stripped, max(0, len(stripped) - _ADVERBIAL_REACH))
                if m and m.start() > 0:
                    seg = stripped[: m.start()]
                    break
        else:
            return stripped


def _is_name(appositive: str) -> bool:
    words = appositive.split()
    return bool(
        appositive
        and _NAMEISH.match(words[0])
        and all(_NAMEISH.match(w) or w.lower() in _NAME_PARTICLES for w in words)
    )


#: A US state's abbreviation after a city and its comma, at the end of a phrase.
_STATE_AFTER_COMMA = re.compile(r",\s+(?:[A-Z][a-z]{0,4}\.){1,2}\s*$")


def _before_appositive(text: str, lo: int, seg: str) -> Span | None:
    """The subject before an appositive: "Arlo Menzies, the vice president's spokesman,";
    with a name as the appositive, the whole: "Mr. Voss's chief of staff, Tim Sato," """
    inner = seg[:-1]
    comma = inner.rfind(",")
    state = _STATE_AFTER_COMMA.search(inner)  # "X, the founder of a group in Bellevue, Wash.,"
    if state is not None and inner.rfind(",", 0, state.start()) > 0:
        place = np_left(text, lo, lo + state.start())
        if place is not None and all(w[:1].isupper() for w in text[place[0] : place[1]].split()):
            comma = inner.rfind(",", 0, state.start())  # a bare place: the appositive's end
    if comma <= 0:
        return None
    before = np_left(text, lo, lo + comma)
    if before is None:
        return None
    appositive = text[lo + comma + 1 : lo + len(inner)].strip()
    words_before = text[before[0] : before[1]].split()
    owner = max((i for i, w in enumerate(words_before) if w.endswith(("'s", "’s"))), default=0)
    if _is_name(appositive) and not any(w[:1].isupper() for w in words_before[owner + 1 :]):
        return before[0], lo + len(inner)  # "Its chief executive, Declan Moyes"
    return before


def leading_name(text: str, lo: int, hi: int) -> Span | None:
    """The name that opens ``text[lo:hi]`` when appositives follow it up to a final comma:
    "Sen. Ron Lutz, the chairman of the committee," (None otherwise).

    Examples
    --------
    >>> t = "Jim Paz, director of the Order of Police, said"
    >>> s = leading_name(t, 0, t.index("said"))
    >>> t[s[0]:s[1]]
    'Jim Paz'
    """
    seg = text[lo:hi].rstrip()
    if not seg.endswith(","):
        return None
    return _leading_name(text, lo, seg)


def _leading_name(text: str, lo: int, seg: str) -> Span | None:
    """The name that opens a clause before a chain of appositives: "Craig Moss, 62, a
    repairman who lives across the street," / "Jim Paz, director of X, the largest union,
    and a retired agent," (the name alone; the PARC convention adds the appositives)."""
    lead = _CLAUSE_LEAD.match(seg)
    start = lead.end()
    comma = seg.find(",", start)
    if comma <= start or len(seg) - comma > MAX_APPOSITIVE_CHAIN or comma >= len(seg) - 2:
        return None
    if _GAP_PUNCTUATION.difference(',"“”').intersection(seg[comma:]):
        return None
    name = np_left(text, lo + start, lo + comma)
    if name is None or name[0] != lo + start:
        return None
    words = text[name[0] : name[1]].split()
    if not all(_NAMEISH.match(w) or w.lower() in _NAME_PARTICLES for w in words):
        return None
    return name


def role_word(word: str) -> bool:
    """A lower-case word that names a role: "strategist", "secretary", "professor"."""
    return word not in cue_lexicon() and (
        word in SOURCE_HEADS
        or word.endswith(("ist", "ian", "man", "woman", "er", "or", "ant", "ent", "ary"))
    )


def _reports_pronoun(clause: str) -> bool:
    """Whether a relative clause ends in a cue and a pronoun: "who say they"."""
    words = clause.split()
    return (
        len(words) >= 2
        and words[-1].lower() in (*PRONOUN_GENDER, *_OTHER_PRONOUNS)
        and words[-2].lower() in cue_lexicon()
    )


def _keeps_preposition(tokens: list[re.Match[str]], k: int, chosen: list[re.Match[str]]) -> bool:
    """A prepositional phrase after a source head ("people familiar with the matter")
    or inside a name ("Chamber of Commerce", "University of Port Halden")."""
    low = tokens[k].group(0).lower().rstrip(".")
    prev_word = tokens[k - 1].group(0) if k > 0 else ""
    prev = prev_word.lower()
    after = [t.group(0) for t in chosen[-2:]][::-1]  # the words after "of", nearest first
    if after[:1] == ["the"]:  # "Speaker of the House Paul Ryan"
        after = after[1:]
    inside_name = (
        low == "of" and prev_word[:1].isupper() and after[:1] != [] and after[0][:1].isupper()
    )
    if low == "by":  # "figures released by the police", "a poll by X", not "criticised by X"
        return (prev.endswith(("ed", "en")) and prev not in cue_lexicon()) or (
            prev in document_words()
        )
    return bool(prev in SOURCE_HEADS or prev in ("familiar", "close") or inside_name) or (
        0 < len(chosen) <= MAX_SUBJECT_WORDS - 3  # room for the head: "people briefed on the talks"
        and keeps_complement(tokens, k, SOURCE_HEADS)
    )


#: Characters at the end of a segment tokenised first by :func:`_phrase_tokens`.
_PHRASE_WINDOW = 120


def _phrase_tokens(seg: str) -> list[re.Match[str]]:
    """The words of the noun phrase at the end of *seg*, right to left.

    The phrase is short: the words of the last :data:`_PHRASE_WINDOW`
    characters (from a space, which no word spans) are tried first, and the
    whole segment only when the choice reaches the first of them.
    """
    cut = seg.rfind(" ", 0, len(seg) - _PHRASE_WINDOW)
    if cut > 0:
        chosen = _choose_phrase(seg, list(WORD.finditer(seg, cut)))
        if chosen is not None:
            return chosen
    chosen = _choose_phrase(seg, list(WORD.finditer(seg)), whole=True)
    assert chosen is not None
    return chosen


def _in_name(tokens: list[re.Match[str]], k: int) -> bool:
    """Whether token *k*, a cue form, is a capitalised word after another one: the end of a
    name ("the United States", "The Washington Post"), not a verb or a sentence's first
    word ("Posts threatening ...")."""
    return k > 0 and tokens[k][0][:1].isupper() and tokens[k - 1][0][:1].isupper()


def _document(tokens: list[re.Match[str]], k: int) -> bool:
    """Whether token *k*, a cue form, is a document noun after a determiner: "the report
    [said]", "a new report [says]", "his tweet [said]" (not "he reported")."""
    if tokens[k][0].lower() not in document_words():
        return False
    before = [tok[0].lower() for tok in tokens[max(0, k - 2) : k]]
    return bool(before) and (
        before[-1] in _DETERMINERS or len(before) == 2 and before[0] in _DETERMINERS
    )


def _choose_phrase(
    seg: str, tokens: list[re.Match[str]], *, whole: bool = False
) -> list[re.Match[str]] | None:
    """The phrase's words among *tokens* (the last words of *seg*), or None when the choice
    would need the words before them (it reached the first token and *whole* is false)."""
    if not tokens and not whole:
        return None
    lexicon = cue_lexicon()
    chosen: list[re.Match[str]] = []
    noun = False
    for k in range(len(tokens) - 1, -1, -1):
        if k == 0 and not whole:
            return None
        tok = tokens[k]
        word = tok[0]
        if not word[0].isalnum() and not any(c.isalnum() for c in word):  # a dash: "- U.S."
            break
        low = word.lower().rstrip(".")
        if chosen:
            gap = seg[tok.end() : chosen[-1].start()]
            if gap != " " and _GAP_PUNCTUATION.intersection(gap):
                break
        document = not chosen and _document(tokens, k)
        # "Critics of the plan [say]": a cue form after a determiner, a noun (.complement_subjects)
        cue = low in lexicon and not chosen and not _in_name(tokens, k) and not document
        noun = noun or (cue and noun_after_determiner(tokens, k))
        if low in _BOUNDARY or (cue and not noun):
            break
        if low in _PREPOSITIONS:
            if _keeps_preposition(tokens, k, chosen):
                chosen.append(tok)
                continue
            break
        if low in lexicon and not word[:1].isupper() and not (document or noun and not chosen):
            break
        chosen.append(tok)
        if len(chosen) >= MAX_SUBJECT_WORDS:
            break
    chosen.reverse()
    if noun and not complement_head([t[0] for t in chosen], is_head=_is_head):
        return []  # "The plan [says]": a head's complement only
    return chosen


#: Words right before a phrase whose first words are then a verb: "[he] overruled X",
#: "[who] put off some Democrats".
_SUBJECT_BEFORE = re.compile(r"(?:\b(?:he|she|they|we|who|which)|\bI)\s+$", re.IGNORECASE)


def _subject_before(seg: str, end: int) -> bool:
    """Whether :data:`_SUBJECT_BEFORE` matches ``seg[:end]``, searched only from the last
    word's start (a match is that word, at most five letters: "which", then white space)."""
    start = end
    while start > 0 and seg[start - 1].isspace():
        start -= 1
    return start < end and _SUBJECT_BEFORE.search(seg, max(0, start - 5), end) is not None


def _without_verb(seg: str, chosen: list[re.Match[str]]) -> list[re.Match[str]]:
    """*chosen* without the verb (and its particles) that a subject before it governs: "he
    overruled [Census staff] who opposed", "who put off [some Democrats] who thought"."""
    lead = len(chosen) > 2 and chosen[0][0].lower() in ("he", "she", "they", "we", "i")
    if not lead and (len(chosen) < 2 or not _subject_before(seg, chosen[0].start())):
        return chosen
    k = int(lead)
    while k < len(chosen) - 1 and chosen[k][0][:1].islower() and chosen[k][0] not in _DETERMINERS:
        k += 1
    return (
        chosen[k:] if k and (chosen[k][0][:1].isupper() or chosen[k][0] in _DETERMINERS) else chosen
    )


def looks_like_source(words: list[str], any_noun: bool = False) -> bool:
    """Whether a noun phrase can be a speaker: a name, a pronoun, a source head or a document;
    with *any_noun*, also any short phrase led by a determiner ("the search giant says")."""
    last = words[-1].lower()
    if last in _NOT_LAST:
        return False
    if any_noun and words[0].lower() in _DETERMINERS and len(words) <= MAX_ANY_NOUN_WORDS:
        return True
    if last in ("familiar", "close") and len(words) > 1:  # "a source familiar says"
        last = words[-2].lower()
    if (
        any(w[:1].isupper() for w in words)
        or last in PRONOUN_GENDER
        or last in _OTHER_PRONOUNS
        or _is_head(last)
    ):
        return True
    # the head before a prepositional phrase: "people familiar with the matter"
    return complement_head(words, is_head=_is_head)


def _is_head(word: str) -> bool:
    """A source head: a person noun, an institution or a document ("officials", "ministry",
    "reports")."""
    return (
        word in SOURCE_HEADS
        or word.rstrip("s") in SOURCE_HEADS
        or word.startswith(_INSTITUTION_PREFIXES)
        or word in document_words()
        or word.rstrip("s") in document_words()
    )


def _coordinated_start(seg: str, start: int) -> int:
    """Where a coordinated source starts: "Both Anderson and Croft", "Morse and others",
    "the United States and Russia" (names before "and"; else *start*)."""
    m = _AND_BEFORE.search(seg, 0, start) if seg.find("and", 0, start) >= 0 else None
    if m is None:
        return start
    words = list(WORD.finditer(seg, max(0, m.start() - _COORDINATED_REACH), m.start()))
    first = None
    for k in range(len(words) - 1, max(-1, len(words) - 1 - MAX_COORDINATED_WORDS), -1):
        word = words[k].group(0)
        gap = seg[words[k].end() : (words[k + 1].start() if k + 1 < len(words) else m.start())]
        listed = gap.strip() == "," and first is not None and plural_source_head(word)
        if _GAP_PUNCTUATION.intersection(gap) and not listed:
            break  # (but "activists, citizens and celebrities": a list of plural heads)
        if k == len(words) - 1 and word in _SUBJECT_PRONOUNS:
            return words[k].start()  # "He and his cabinet"
        if word[:1].isupper() and not listed:
            first = words[k].start()
        elif word.lower() in ("the", "both", "many", "some", "most") and first is not None:
            return words[k].start()
        elif (first is None and k == len(words) - 1 and plural_source_head(word)) or listed:
            first = words[k].start()  # "officials and wireless companies"
        elif first is None and k == len(words) - 1 and _is_head(word.lower()):
            first = words[k].start()  # "the mayor and the police chief"
        else:
            break
    return first if first is not None else start


#: Subject pronouns that may open a coordinated source ("He and his cabinet").
_SUBJECT_PRONOUNS = frozenset("He She They We I".split())


#: Characters before "and" read for the first of two coordinated sources.
_COORDINATED_REACH = 80


def plural_source_head(word: str) -> bool:
    """A plural source head: "officials", "lawmakers", "critics".

    Examples
    --------
    >>> plural_source_head("Lawmakers"), plural_source_head("lawmaker")
    (True, False)
    """
    low = word.lower()
    return low.endswith("s") and low in SOURCE_HEADS


def np_left(text: str, lo: int, hi: int, *, any_noun: bool = False) -> Span | None:
    """The noun phrase that ends at *hi* (the subject of a cue), searched back to *lo*.

    With *any_noun*, a short phrase led by a determiner is a source whatever its head
    (for cues that only a source can take: "the search giant says").

    Examples
    --------
    >>> t = "Finance Minister Piotr Lindqvist on Monday said"
    >>> s = np_left(t, 0, t.index(" said"))
    >>> t[s[0]:s[1]]
    'Finance Minister Piotr Lindqvist'
    """
    seg = _strip_adverbials(text[lo:hi])
    aside = _DASH_ASIDE.search(seg) if seg.endswith(("-", "—", "–")) else None
    if aside is not None and aside.start() > 0:  # "A spokesman - who has ... - would"
        return np_left(text, lo, lo + aside.start(), any_noun=any_noun)
    reach = max(0, len(seg) - _PARTY_REACH)
    tagged = seg.find("(", reach) >= 0 or seg.find(",", reach) >= 0  # what a tag starts with
    party = _PARTY.search(seg, reach) if tagged else None
    if party is not None and party.start() > 0:  # "Rep. Bennie Thompson (D-MS) said"
        return np_left(text, lo, lo + party.start(), any_noun=any_noun)
    end = lo + len(seg)
    # A restrictive relative clause: "an aide who spoke on condition of anonymity"
    rel = _RELATIVE.search(seg) if "who" in seg else None
    if rel and not _reports_pronoun(rel.group(0)):  # not "advocates who say they [fear]"
        head = np_left(text, lo, lo + rel.start(), any_noun=any_noun)
        if head is not None:
            return head[0], end
    if seg.endswith(","):
        name = _leading_name(text, lo, seg) if seg.count(",") > 2 else None
        if name is not None and " " in text[name[0] : name[1]]:
            return name  # "Sen. Ida Voss, a sponsor of the Act, a law that ...," (not "Later,")
        return _before_appositive(text, lo, seg) or _leading_name(text, lo, seg)
    if seg.endswith((',"', ",”")):  # 'Ana Brooks, head of a group against "pollution," says'
        return _leading_name(text, lo, seg)
    chosen = _without_verb(seg, _phrase_tokens(seg))
    # Drop leading time words ("Monday the ministry" -> "the ministry").
    while chosen and chosen[0].group(0).lower() in _TIME_WORDS:
        chosen.pop(0)
    if not chosen:
        return None
    if not looks_like_source([t.group(0) for t in chosen], any_noun):
        # a plain plural coordinated with a name: "Iran and world powers announced"
        start = _coordinated_start(seg, chosen[0].start())
        last = chosen[-1].group(0)
        if start == chosen[0].start() or not last.endswith("s") or last.lower() in _NOT_LAST:
            return None
        return lo + start, end
    last = chosen[-1].group(0).lower()
    if len(chosen) > 1 and (last in PRONOUN_GENDER or last in _OTHER_PRONOUNS):
        return lo + chosen[-1].start(), end  # "Nadler made clear he said" -> "he"
    start = _coordinated_start(seg, chosen[0].start())
    return lo + listed_start(seg, start, plural_head=plural_source_head), end


def clause_subject(text: str, lo: int, hi: int) -> Span | None:
    """The subject that opens the clause of a cue after "and" or "but": "Petrov echoed the
    words and [said]", "Asked whether ..., Sanders declined to comment but [said]" (the
    clause starts after the last comma; a name or a pronoun, else None).

    Examples
    --------
    >>> t = "Asked about it, Sanders declined to comment but said"
    >>> s = clause_subject(t, 0, t.index("said"))
    >>> t[s[0]:s[1]]
    'Sanders'
    """
    comma = text.rfind(", ", lo, hi)
    start = comma + 2 if comma >= 0 else lo
    lead = _CLAUSE_LEAD.match(text, start, hi)
    start = lead.end() if lead else start
    source = _determined_subject(text, start, hi) or np_right(text, start, hi)
    if source is None or source[1] >= hi:
        return None
    phrase = text[source[0] : source[1]]
    if phrase[:1].isupper() or phrase.lower() in (*PRONOUN_GENDER, *_OTHER_PRONOUNS):
        return source
    return None


#: A subject led by a capitalised determiner, up to its last source head within a few
#: words: "The president’s lawyers [wagered]", "A group of House members [met]".
_DETERMINED = re.compile(r"(?:The|A|An|Two|Three|Several|Some|Many|Most)\s")
_SUBJECT_WORD = re.compile(r"[\w’'\-.]+")
#: The most words of such a subject.
MAX_DETERMINED_WORDS = 8


def _determined_subject(text: str, lo: int, hi: int) -> Span | None:
    """The subject at *lo* led by a capitalised determiner and ending in a source head
    (the last one within :data:`MAX_DETERMINED_WORDS` words, before any comma or cue
    word), else None."""
    if _DETERMINED.match(text, lo, hi) is None:
        return None
    lexicon = cue_lexicon()
    return last_head_span(
        text,
        lo,
        hi,
        words=MAX_DETERMINED_WORDS,
        word=_SUBJECT_WORD,
        stops=lambda w: w.lower() in lexicon or w.lower() in _BOUNDARY,
        is_head=lambda w: _is_head(w.lower().rstrip(".")),
    )


#: An adverbial that opens a sentence before its subject: "Later, ", "At a rally in X, ".
_OPENING_ADVERBIAL = re.compile(
    r"\s*(?:(?:Later|Then|Still|Now|Meanwhile|Earlier|Afterward|Instead|However|Yet|But|And|So)"
    r"\b,?\s+|(?:At|In|On|After|Before|During|When|While|Asked|Speaking|Following|Since|"
    r"Despite|Amid|With|Without|From|Under|Unlike)\b[^,;:\n]{0,80},\s+)"
)


def sentence_subject(text: str, lo: int, hi: int) -> Span | None:
    """The noun phrase that opens the sentence at *lo*, past an opening adverbial ("Later,
    Cooper asked ...", "At the briefing, Voss said ..."); None when it is no name.

    Examples
    --------
    >>> t = "Later, Cooper began by asking"
    >>> s = sentence_subject(t, 0, t.index("asking"))
    >>> t[s[0]:s[1]]
    'Cooper'
    """
    m = _OPENING_ADVERBIAL.match(text, lo, hi)
    a = m.end() if m else lo
    source = _determined_subject(text, a, hi) or np_right(text, a, hi)
    if source is None or not text[source[0] : source[1]][:1].isupper():
        return None
    return source


def np_right(text: str, lo: int, hi: int) -> Span | None:
    """A name-like noun phrase starting at *lo* (inverted cue: 'said Voss, the ...').

    Examples
    --------
    >>> t = '"No," said Noor Haddad, an economist.'
    >>> s = np_right(t, t.index(" Noor"), len(t))
    >>> t[s[0]:s[1]]
    'Noor Haddad'
    """
    m = _NAME_AFTER.match(text[lo:hi])
    if not m:
        return None
    end = lo + m.end(1)
    if m.group(1)[:1].isupper():  # "said Democratic strategist Basil Smikle"
        role = _ROLE_THEN_NAME.match(text, end, hi)
        if role is not None and role_word(role.group(1).split()[-1]):
            end = role.end()
        else:  # "says Trump aide", "wrote Halden officials."
            role = _ROLE_AFTER.match(text, end, hi)
            if role is not None and role.group(1) in SOURCE_HEADS:
                end = role.end(1)
    if _NO_NAME_AFTER.fullmatch(text, lo + m.start(1), end):
        return None  # "argued Friday that ..."
    if text[lo - 1 : lo].isalpha() and _OWNER.match(text, end - 2, hi):
        return None  # right after a cue, an owner: "said Voss’s handling of it was ..."
    return lo + m.start(1), end


#: A day or month after a cue, no name: "said Friday", "argued Tuesday that".
_NO_NAME_AFTER = re.compile(rf"{_WEEKDAY_WORDS}|{_MONTH}", re.IGNORECASE)
#: A possessive that owns the lower-case noun after it: "Voss’s handling" (no source).
_OWNER = re.compile(r"[’']s\s+[a-z]")


#: A role head after a name that ends the phrase: "says Trump aide", "said Halden officials."
_ROLE_AFTER = re.compile(r"\s+([a-z]+)(?=\s*(?:[,.;:!?]|\s[-–—]|$))")


#: Head words of a thing that shows or suggests ("the footage shows", "polls suggest").
EVIDENCE_HEADS = frozenset(
    "footage video videos imagery images image photo photos photograph photographs pictures "
    "recording recordings evidence data figures statistics numbers results findings research "
    "study studies survey surveys poll polls polling analysis analyses report reports record "
    "records document documents rules forecast forecasts estimates projections tests testing "
    "remarks review audit filing filings emails messages letter memo transcript logs map maps "
    "model models scan scans autopsy census tally count".split()
)
#: Prepositions inside an evidence subject ("the footage from a warehouse", "an analysis of").
_EVIDENCE_LINKS = frozenset("of from by in on at for with".split())
#: The most words of an evidence subject.
MAX_EVIDENCE_WORDS = 12
#: A participle between an evidence head and its link ("the messages sent by Volker").
_PARTICIPLE = re.compile(r"[a-z]+ed|sent|written|made|taken|given|drawn|shown|seen")


def evidence_subject(text: str, lo: int, hi: int) -> Span | None:
    """The subject that ends at *hi* when its head is evidence (footage, a report, polls,
    data), searched back to *lo*: "The security footage from a warehouse [shows]", "Satellite
    imagery [suggests]" (a phrase :func:`np_left` takes for no source).

    Examples
    --------
    >>> t = "Last week an analysis of the samples showed"
    >>> s = evidence_subject(t, 0, t.index(" showed"))
    >>> t[s[0]:s[1]]
    'an analysis of the samples'
    """
    seg = _strip_adverbials(text[lo:hi])
    lexicon = cue_lexicon()
    words: list[re.Match[str]] = []
    tokens = list(WORD.finditer(seg, max(0, len(seg) - _PHRASE_WINDOW)))
    for k in range(len(tokens) - 1, -1, -1):
        tok = tokens[k]
        low = tok.group(0).lower().rstrip(".")
        gap = seg[tok.end() : words[-1].start()] if words else seg[tok.end() :]
        if _GAP_PUNCTUATION.intersection(gap) or low in _BOUNDARY or low in _TIME_WORDS:
            break
        # a cue word is a verb unless it is a head or an adjective ("the proposed rules")
        adjective = k > 0 and tokens[k - 1].group(0).lower() in _DETERMINERS and bool(words)
        if low in lexicon and low not in EVIDENCE_HEADS and not tok.group(0)[:1].isupper():
            if not adjective:
                break
        if low in PRONOUN_GENDER or low in _OTHER_PRONOUNS:
            break
        words.append(tok)
        if len(words) > MAX_EVIDENCE_WORDS:
            return None
    words.reverse()
    # the phrase opens with a determiner, a capital or a plain word, never a preposition
    # ("spoke on condition of anonymity because of the review [said]" has no such subject)
    if not words or words[0].group(0).lower() in _EVIDENCE_LINKS:
        return None
    head = words[-1]
    for k, tok in enumerate(words[1:], start=1):
        if tok.group(0).lower() in _EVIDENCE_LINKS:
            head = words[k - 1]
            if k > 1 and _PARTICIPLE.fullmatch(head.group(0)):  # "messages sent by X"
                head = words[k - 2]
            break
    if head.group(0).lower() not in EVIDENCE_HEADS:
        return None
    return lo + words[0].start(), lo + len(seg)


#: An appositive that describes a name before its comma: "a Texas Republican", "one of ...".
_APPOSITIVE_LEAD = re.compile(r"(?:a|an|the|one|another|two|three)\s")


def named_appositive(text: str, clause_a: int, source: Span) -> Span:
    """*source* with the name it describes: "Sen. Ana Roe, [a Texas Republican] who said"
    -> "Sen. Ana Roe, a Texas Republican"."""
    if not _APPOSITIVE_LEAD.match(text, source[0]) or text[source[0] - 2 : source[0]] != ", ":
        return source
    name = np_left(text, clause_a, source[0] - 2)
    if name is None or not all(w[:1].isupper() for w in text[name[0] : name[1]].split()):
        return source
    return name[0], source[1]
