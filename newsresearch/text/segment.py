"""Sentence and token spans with character offsets: the one segmenter every analysis uses.

Sentence splitting is nltk's Punkt algorithm configured with a news abbreviation
list (``newsresearch/data/abbreviations.txt``), so nothing is downloaded, plus
four news-specific repairs applied to Punkt's output:

1. newlines are hard boundaries (paragraphs and scraped lines never merge);
2. ``"Is it over?" she asked.`` and ``"Stop!" Voss shouted.`` stay one sentence
   (a quoted ``?``/``!`` followed by a lower-case word, or by a name and a
   reporting verb);
3. ``No. 4`` and similar never split before a number;
4. abbreviations that can end a sentence (``Inc.``, ``Co.``, ``p.m.``, ``U.S.``,
   ``etc.``) do end it when the next word starts a new sentence (``... Halden
   Rail Co. The company ...``), but not before a weekday, month, time zone or
   a word that continues a name (``U.S. Senate``).

Tokens come from a regular expression (:data:`TOKEN_PATTERN`, run on the
``regex`` engine as nltk's ``RegexpTokenizer`` runs it) that keeps
abbreviations, initials, decimals, percentages and contractions whole.

All offsets are character offsets into the string given (the cleaned ``text``
column of a corpus table), end exclusive, so ``text[start:end]`` is the span.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from ..lexicons import data_lines, reporting_verbs

__all__ = [
    "ABBREVIATIONS",
    "TOKEN_PATTERN",
    "split_sentences",
    "tokenize",
    "reporting_verb_forms",
]


ABBREVIATIONS: frozenset[str] = frozenset(data_lines("abbreviations.txt"))


@lru_cache(maxsize=1)
def reporting_verb_forms() -> frozenset[str]:
    """Every inflected form in the reporting-verb lexicon (``data/reporting_verbs.csv``)."""
    return frozenset(reporting_verbs())


if TYPE_CHECKING:
    from nltk.tokenize.punkt import PunktSentenceTokenizer

#: The white space of the ``regex`` engine (Unicode White_Space) as an ``re`` class: ``re``'s
#: ``\s`` also takes the four information separators U+001C-U+001F.
_REGEX_CLASSES = {"\\s": r"[^\S\x1c-\x1f]", "\\S": r"[\S\x1c-\x1f]"}


def regex_in_re(pattern: str, *, verbose: bool = False) -> re.Pattern[str]:
    """A pattern written for the ``regex`` engine compiled by ``re``, its ``\\s`` and ``\\S``
    read as ``regex`` reads them: the same matches, found faster, for patterns such as
    nltk's Punkt ones (classes, groups, look-aheads, lazy repeats: read alike by both
    engines).

    Raises ValueError for a ``\\s`` or ``\\S`` inside a character class.

    Examples
    --------
    >>> regex_in_re(r"\\s+(\\S+)").findall("a\\x1cb c")
    ['c']
    """
    out: list[str] = []
    in_class, k, n = False, 0, len(pattern)
    while k < n:
        ch = pattern[k]
        if ch == "\\":
            escape = pattern[k : k + 2]
            if escape in _REGEX_CLASSES and in_class:
                raise ValueError(f"{escape} inside a character class: {pattern!r}")
            out.append(escape if in_class else _REGEX_CLASSES.get(escape, escape))
            k += 2
            continue
        if verbose and ch == "#" and not in_class:  # a comment, to the end of its line
            end = pattern.find("\n", k)
            end = n if end < 0 else end
            out.append(pattern[k:end])
            k = end
            continue
        if ch == "[" and not in_class:
            in_class = True
            out.append(pattern[k : k + 2] if pattern.startswith("[^", k) else ch)
            k += 2 if pattern.startswith("[^", k) else 1
            if k < n and pattern[k] == "]":  # a leading "]" is a member
                out.append("]")
                k += 1
            continue
        if ch == "]" and in_class:
            in_class = False
        out.append(ch)
        k += 1
    return re.compile("".join(out), re.VERBOSE if verbose else 0)


@lru_cache(maxsize=1)
def _punkt() -> PunktSentenceTokenizer:
    from nltk.tokenize.punkt import PunktParameters

    params = PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS)
    return _punkt_class()(params)


_TOKEN_CACHE_LIMIT = 200_000
#: nltk's ``string.whitespace``: what its ``_get_last_whitespace_index`` looks for.
_WHITESPACE = " \t\n\r\x0b\x0c"


@lru_cache(maxsize=1)
def _punkt_class() -> type:
    """nltk's Punkt with its boundary decision computed from facts cached per token.

    Punkt decides whether a candidate boundary is a sentence break by
    tokenising the candidate's context (the word before, the mark, the next
    token) and annotating the tokens in two passes. With our parameters (an
    abbreviation list; no collocations, sentence starters or orthographic
    statistics) each annotation depends only on a token's own string and on the
    next token's, so the facts of each distinct token are computed once (as
    nltk's :class:`~nltk.tokenize.punkt.PunktToken` and first pass give them,
    read from the string with the token's own patterns) and the second pass is
    applied to them, up to the first break. The contexts are tokenised with nltk's
    own word pattern. nltk's patterns run on the same ``regex`` engine, compiled
    once, without nltk's per-call time limit (our texts are split into lines
    and the patterns are nltk's own, not a caller's). Any other parameters fall
    back to nltk's decision.
    """
    import regex
    from nltk.tokenize.punkt import PunktLanguageVars, PunktSentenceTokenizer, PunktToken

    def untimed(pattern: Any) -> Any:
        return regex.compile(pattern.pattern, pattern.flags)

    def in_re(pattern: Any) -> Any:
        return regex_in_re(pattern.pattern, verbose=bool(pattern.flags & regex.VERBOSE))

    class Token(PunktToken):
        # nltk's token patterns, untimed: a new token's facts cost a third as much
        __slots__ = ()
        _RE_ELLIPSIS = untimed(PunktToken._RE_ELLIPSIS)
        _RE_NUMERIC = untimed(PunktToken._RE_NUMERIC)
        _RE_INITIAL = untimed(PunktToken._RE_INITIAL)
        _RE_ALPHA = untimed(PunktToken._RE_ALPHA)

    class LanguageVars(PunktLanguageVars):
        re_boundary_realignment = untimed(PunktLanguageVars.re_boundary_realignment)

        def period_context_re(self) -> Any:
            try:
                return self._re_period_context
            except AttributeError:
                self._re_period_context = untimed(super().period_context_re())
                return self._re_period_context

    class CachedPunkt(PunktSentenceTokenizer):
        def __init__(self, params: Any) -> None:
            super().__init__(params, lang_vars=LanguageVars(), token_cls=Token)
            self._plain = not (params.collocations or params.sent_starters or params.ortho_context)
            self._words = in_re(self._lang_vars._word_tokenizer_re()).findall
            self._facts: dict[str, tuple[bool, bool, bool, bool, bool, bool]] = {}
            self._decided: dict[str, bool] = {}  # candidate context -> sentence break
            self._period_finditer = in_re(self._lang_vars.period_context_re()).finditer
            self._realignment = self._lang_vars.re_boundary_realignment.match

        def _fact(self, tok: str) -> tuple[bool, bool, bool, bool, bool, bool]:
            """(first-pass break, period-final, initial or number, initial, next: not a
            starter, next: upper) of a token: what nltk's :class:`PunktToken` and its first
            pass give, read from the string with the token's own patterns."""
            period_final = tok.endswith(".")
            initial = Token._RE_INITIAL.match(tok) is not None
            if tok in self._lang_vars.sent_end_chars:
                sentbreak = True
            elif Token._RE_ELLIPSIS.match(tok):
                sentbreak = False  # an ellipsis
            elif period_final and not tok.endswith(".."):
                low = tok[:-1].lower()
                abbrev = self._params.abbrev_types
                sentbreak = low not in abbrev and low.split("-")[-1] not in abbrev
            else:
                sentbreak = False
            kind = Token._RE_NUMERIC.sub("##number##", tok.lower())  # PunktToken.type
            if len(kind) > 1 and kind[-1] == ".":
                kind = kind[:-1]
            fact = (
                sentbreak,
                period_final,
                initial or kind == "##number##",
                initial,
                tok in self.PUNCTUATION or tok[0].islower(),  # the orthographic heuristic: False
                tok[0].isupper(),
            )
            if len(self._facts) >= _TOKEN_CACHE_LIMIT:
                self._facts.clear()
            self._facts[tok] = fact
            return fact

        def span_tokenize(self, text: str, realign_boundaries: bool = True) -> Any:
            if not (self._plain and realign_boundaries):
                return super().span_tokenize(text, realign_boundaries)
            return self._spans(text)

        def _spans(self, text: str) -> list[tuple[int, int]]:
            """nltk's ``span_tokenize`` (its ``_match_potential_end_contexts``,
            ``_slices_from_text`` and ``_realign_boundaries``) in one loop, with each
            candidate context's decision remembered: the same spans."""
            decided = self._decided
            breaks = self.text_contains_sentbreak
            rfind = text.rfind
            # _match_potential_end_contexts: each candidate with the word before it; a
            # candidate whose word overlaps the next candidate's word is dropped.
            candidates: list[tuple[Any, int]] = []  # (match, start of the word before it)
            prev_start = prev_stop = 0
            prev_match = None
            others = [c for c in _WHITESPACE[1:] if c in text]  # besides " " (rare)
            for match in self._period_finditer(text):
                at = match.start()
                # nltk's _get_last_whitespace_index over text[prev_stop:at] (0 when none,
                # or when the white space is that slice's first character)
                space = rfind(" ", prev_stop, at)
                if others:
                    space = max(space, *(rfind(c, prev_stop, at) for c in others))
                start = space + 1 if space > prev_stop else prev_start
                if prev_match is not None and prev_stop <= start:
                    candidates.append((prev_match, prev_start))
                prev_match, prev_start, prev_stop = match, start, at
            if prev_match is not None:
                candidates.append((prev_match, prev_start))
            # _slices_from_text
            slices: list[tuple[int, int]] = []
            last_break = 0
            for match, a in candidates:
                # nltk's text[a : match.start()] + match.group() + match.group("after_tok"):
                # the look-ahead group after_tok starts where the match ends
                context = text[a : match.end("after_tok")]
                found = decided.get(context)
                if found is None:
                    found = breaks(context)
                    if len(decided) >= _TOKEN_CACHE_LIMIT:
                        decided.clear()
                    decided[context] = found
                if found:
                    slices.append((last_break, match.end()))
                    last_break = match.start("next_tok") if match.group("next_tok") else match.end()
            slices.append((last_break, len(text.rstrip())))
            # _realign_boundaries
            out: list[tuple[int, int]] = []
            realign = 0
            realignment = self._realignment
            n = len(slices)
            for k in range(n):
                start, stop = slices[k]
                start += realign
                if k == n - 1:
                    if start < stop and text[start:stop]:
                        out.append((start, stop))
                    continue
                nxt_start, nxt_stop = slices[k + 1]
                # matched in place (no look-behind, and "$" matches at endpos as at the end
                # of nltk's slice): no copy of the next sentence
                m = realignment(text, nxt_start, nxt_stop)
                if m:
                    out.append((start, nxt_start + len(m.group(0).rstrip())))
                    realign = m.end() - nxt_start
                else:
                    realign = 0
                    if text[start:stop]:
                        out.append((start, stop))
            return out

        def text_contains_sentbreak(self, text: str) -> bool:
            if not self._plain or "\n" in text:
                return super().text_contains_sentbreak(text)
            if not text.strip():
                return False
            facts = self._facts
            words = self._words(text)
            # the facts of every token but the last (no token follows it to break before),
            # in order, up to the first break: the last is most often a new word (the
            # next sentence's first), whose two facts read here are its first character's
            for k in range(len(words) - 1):
                tok = words[k]
                breaks, period_final, reclassify, initial, _, _ = facts.get(tok) or self._fact(tok)
                if breaks and period_final and reclassify:
                    # nltk's second pass: an initial or number before a word that
                    # does not start a sentence, or an initial before a capital, is
                    # an abbreviation
                    nxt = words[k + 1]
                    if (
                        nxt in self.PUNCTUATION
                        or nxt[0].islower()
                        or (initial and nxt[0].isupper())
                    ):
                        breaks = False
                if breaks:
                    return True
            return False

    return CachedPunkt


# Words that never start a new sentence after an abbreviation (they continue the
# name, date or time).
_CONTINUES = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Wed Thu Fri Sat Sun "
    "January February March April May June July August September October November December "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec ET EST EDT PT PST PDT CT CST CDT GMT UTC BST CET "
    "Senate House Army Navy Air Congress Department Embassy Attorney Supreme District Court "
    "Treasury Capitol Marines Coast Secretary Ambassador President Rep Sen Gov Open Cup".split()
)
# A new sentence after an acronym such as U.S. must start with one of these.
_STARTERS = frozenset(
    "The A An He She It They We I You His Her Its Their Our My This That These Those There "
    "But And Or So Yet In On At As If When While After Before Since Although Though However "
    "Meanwhile Still Now Then Officials Police Critics Some Many Most No Not What Why How "
    "Both All Each Every One Two Three Few Several Neither Either Such Last Next Earlier Later "
    "Today Yesterday Tomorrow Asked Instead Also Only Even For With Without Despite Under".split()
)
_NUMBERED = re.compile(r"(?<![\w.])(?:No|Nos|Art|Fig|Vol|pp?|Nr)\.$")
_ACRONYM_END = re.compile(r"(?<![\w.])(?:[A-Z]\.)+$")
_INITIAL_END = re.compile(r"(?<=\s)[A-Z]\.$")
_QUOTED_STOP = re.compile(r"[?!][\"”’']+$|[?!]$")
_CAP_NAME = r"(?:(?:[A-Z][\w'’\-]*\.?|of|the|de|van|von)\s+){0,4}?"
_NAME_VERB = re.compile(_CAP_NAME + r"([a-z]+)\b")
_NEXT_WORD = re.compile(r"\s*[\"“‘'(\[]*([\w.’'\-]+)")


#: The characters at the end of a sentence that a match of :data:`_INITIAL_END` can take:
#: its letter and full stop, and a final newline before which its ``$`` matches. Searched
#: from there, the pattern (a look-behind first) is not tried along the whole sentence.
_INITIAL_END_CHARS = 3
#: The closing quotation marks of :data:`_QUOTED_STOP`.
_CLOSING_MARKS = "\"”’'"


def _quoted_stop_from(sentence: str) -> int:
    """Where a match of :data:`_QUOTED_STOP` in *sentence* can start: at its last character
    that is no closing mark (nor a final newline, before which ``$`` matches)."""
    return max(0, len(sentence.rstrip(_CLOSING_MARKS + "\n")) - 1)


def _next_word(text: str) -> str:
    m = _NEXT_WORD.match(text)
    return m.group(1).rstrip(".") if m else ""


def _split_paragraph(text: str, offset: int, out: list[tuple[int, int]]) -> None:
    spans = list(_punkt().span_tokenize(text))
    if not spans:
        return
    verbs = reporting_verb_forms()
    merged: list[list[int]] = [list(spans[0])]
    for start, end in spans[1:]:
        prev = text[merged[-1][0] : merged[-1][1]]
        nxt = text[start:end]
        join = False
        if nxt[:1].islower() or nxt[:1] in "),;:":
            # Nothing starts a sentence in lower case or with closing punctuation.
            join = True
        elif _QUOTED_STOP.search(prev, _quoted_stop_from(prev)):
            m = _NAME_VERB.match(nxt)
            join = m is not None and m.group(1) in verbs and prev[-1] in "\"”’'"
        elif nxt[:1].isdigit() and (_NUMBERED.search(prev) or _ACRONYM_END.search(prev)):
            join = True
        elif (
            _INITIAL_END.search(prev, max(0, len(prev) - _INITIAL_END_CHARS))
            and _next_word(nxt) not in _STARTERS
        ):
            join = True
        if join:
            merged[-1][1] = end
        else:
            merged.append([start, end])
    for start, end in merged:
        _split_endable(text, start, end, offset, out)


_ABBREV_SPACE = re.compile(
    r"(?<![\w.])(?:Inc|Corp|Co|Ltd|Bros|Jr|Sr|etc|a\.m|p\.m|St|[A-Z](?:\.[A-Z])+"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.(?=\s+\S)"
    r"|\.\.\.[\"”’](?=\s+[A-Z\"“])"
)
_MONTH_ABBREV = frozenset("Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split())
# Every match of _ABBREV_SPACE ends in "." or '."' followed by white space: a sentence
# without that cannot hold one, and this simple pattern is much faster to rule it out.
_MAYBE_ABBREV_SPACE = re.compile(r"\.[\"”’]?\s")


def _split_endable(
    text: str, start: int, end: int, offset: int, out: list[tuple[int, int]]
) -> None:
    """Split a Punkt sentence after an abbreviation that ends it (``... Co. The ...``)."""
    if not _MAYBE_ABBREV_SPACE.search(text, start, end):
        out.append((offset + start, offset + end))
        return
    cut = start
    for m in _ABBREV_SPACE.finditer(text, start, end):
        word = _next_word(text[m.end() : end])
        if not word or not word[:1].isupper() or word in _CONTINUES:
            continue
        abbrev = m.group(0).rstrip(".").split()[-1] if m.group(0)[0] != "." else ""
        needs_starter = abbrev == "St" or (abbrev[-1:].isupper() and abbrev not in _MONTH_ABBREV)
        if needs_starter and word not in _STARTERS:
            continue
        nxt = m.end() + (len(text[m.end() : end]) - len(text[m.end() : end].lstrip()))
        out.append((offset + cut, offset + m.end()))
        cut = nxt
    out.append((offset + cut, offset + end))


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of *text* as ``(start, end)`` character offsets.

    Examples
    --------
    >>> t = '"We will fight. We will win," she said. Sen. Garrick J. Voss left at 9 p.m. Tuesday.'
    >>> [t[a:b] for a, b in split_sentences(t)]
    ['"We will fight.', 'We will win," she said.', 'Sen. Garrick J. Voss left at 9 p.m. Tuesday.']
    >>> t = '"Is it over?" she asked. The firm moved to Halden Rail Co. The move cost $4.2 billion.'
    >>> [t[a:b] for a, b in split_sentences(t)]
    ['"Is it over?" she asked.', 'The firm moved to Halden Rail Co.', 'The move cost $4.2 billion.']
    """
    out: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            _split_paragraph(line, pos, out)
        pos += len(line) + 1
    trimmed = []
    for a, b in out:
        if b > a and not text[a].isspace() and not text[b - 1].isspace():
            trimmed.append((a, b))  # nothing to trim (str.strip strips what isspace() is)
            continue
        piece = text[a:b]
        a += len(piece) - len(piece.lstrip())
        b -= len(piece) - len(piece.rstrip())
        if b > a:
            trimmed.append((a, b))
    return trimmed


TOKEN_PATTERN = r"""(?x)
    (?:[A-Za-z]\.){2,}[A-Za-z]?              # acronyms and a.m.: U.S., p.m.
  | \$?\d+(?:[.,:]\d+)*(?:%|[a-z]{1,2}\b)?   # numbers: 3.5, 1,200, $4.2, 10:30, 3.5%, 1.8m
  | \w+(?:[-'’]\w+)*                         # words, hyphenated words, contractions
  | \.\.\.|…                                 # ellipsis
  | [^\w\s]                                  # any other single symbol
"""


@lru_cache(maxsize=1)
def _token_finditer() -> Any:
    """``finditer`` of :data:`TOKEN_PATTERN` on the engine and flags of nltk's ``RegexpTokenizer``.

    nltk compiles the pattern with the ``regex`` engine and runs each call under
    a time limit (a guard for patterns its callers supply); this pattern is
    ours and linear, so it is compiled once with the same engine and flags and
    called directly: the same spans, without nltk's per-call wrapper.
    """
    import regex

    return regex.compile(TOKEN_PATTERN, re.UNICODE | re.MULTILINE | re.DOTALL).finditer


def tokenize(text: str) -> list[tuple[int, int]]:
    """Token spans of *text* as ``(start, end)`` character offsets.

    Examples
    --------
    >>> t = "The U.S. budget rose 3.5% to $4.2 billion, officials didn't say."
    >>> [t[a:b] for a, b in tokenize(t)][:8]
    ['The', 'U.S.', 'budget', 'rose', '3.5%', 'to', '$4.2', 'billion']
    """
    return [m.span() for m in _token_finditer()(text)]
