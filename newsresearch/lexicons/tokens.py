"""Token strings for term matching: the tokenizer's tokens, fast; term elements as regexes.

:func:`token_strings` gives the tokens of :func:`newsresearch.text.tokenize`
(the tests check that they are equal) several times faster, for
:class:`~newsresearch.lexicons.matcher.TermMatcher` and lexicon induction.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex

from ..text import TOKEN_PATTERN

__all__ = [
    "SPLIT_ONLY_SPACE",
    "SPLIT_ONLY_SPACE_CHARS",
    "TOKEN_RX",
    "WORD_CHAR",
    "WORD_START_AFTER_FIRST",
    "contains_any",
    "glob_regex",
    "prefixed_word_matches",
    "token_strings",
    "trie_pattern",
    "word_start_matches",
]

WORD_CHAR = re.compile(r"\w")
# The pattern and engine (``regex``, as nltk uses) of newsresearch.text.tokenize.
TOKEN_RX = regex.compile(TOKEN_PATTERN, regex.UNICODE | regex.MULTILINE | regex.DOTALL)
# str.split() treats these as whitespace, the tokenizer does not.
SPLIT_ONLY_SPACE = re.compile("[\x1c-\x1f]")
#: The characters of :data:`SPLIT_ONLY_SPACE`.
SPLIT_ONLY_SPACE_CHARS = "\x1c\x1d\x1e\x1f"


def contains_any(text: str, chars: str) -> bool:
    """Whether *text* holds any of *chars*: one fast substring search per character,
    much faster than a character-class pattern on texts that hold none.

    Examples
    --------
    >>> contains_any("a “b”", '"“”'), contains_any("plain", '"“”')
    (True, False)
    """
    return any(ch in text for ch in chars)


def token_strings(text: str) -> list[str]:
    """The token strings :func:`newsresearch.text.tokenize` finds in *text*, faster.

    No token spans whitespace, so the text is split on whitespace first; a chunk
    of letters is one token, letters plus one trailing non-word character are
    two, any other chunk goes through the tokenizer's pattern.

    Examples
    --------
    >>> token_strings("U.S. budget rose 3.5%, didn't it?")
    ['U.S.', 'budget', 'rose', '3.5%', ',', "didn't", 'it', '?']
    """
    if SPLIT_ONLY_SPACE.search(text):
        return TOKEN_RX.findall(text)
    out: list[str] = []
    add, extend, findall, word = out.append, out.extend, TOKEN_RX.findall, WORD_CHAR.match
    for chunk in text.split():
        if chunk.isalpha():
            add(chunk)
        elif chunk[:-1].isalpha() and not word(chunk[-1]):
            add(chunk[:-1])
            add(chunk[-1])
        else:
            extend(findall(chunk))
    return out


def glob_regex(pattern: str) -> re.Pattern[str]:
    """A compiled regular expression for a term element: ``*`` any run, ``?`` one character."""
    body = "".join(".*" if ch == "*" else "." if ch == "?" else re.escape(ch) for ch in pattern)
    return re.compile(body, re.DOTALL)


def trie_pattern(words: list[str], *, word_start: bool = False) -> str:
    """One alternation of *words* as a character trie, which the regex engine walks without
    trying each word in turn. Where several words match at one place the longer is tried first,
    as in an alternation sorted longest first (two words that both match there are a word and
    its prefix), so the matches are the same.

    ``word_start=True`` matches the words only where no word character comes before them
    (as a leading ``\\b`` would for words that begin with one) by a look-behind after each
    word's first character: the pattern still begins with a character set, which the engine
    scans for quickly, where a leading ``\\b`` is tried at every position.

    Examples
    --------
    >>> re.fullmatch(trie_pattern(["Sen.", "Senator", "Gov."]), "Senator") is not None
    True
    >>> rx = re.compile(trie_pattern(["he", "her"], word_start=True) + r"\\b")
    >>> [m.group(0) for m in rx.finditer("He said the hero saw her, he said")]
    ['her', 'he']
    """
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def walk(node: dict, top: bool = False) -> str:
        ends = "" in node
        after = WORD_START_AFTER_FIRST if top and word_start else ""
        branches = [re.escape(ch) + after + walk(child) for ch, child in node.items() if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return walk(trie, True)


#: After a match's first character: no word character stands before that character (a
#: match start's ``\\b`` when the match begins with a word character).
WORD_START_AFTER_FIRST = r"(?<!\w.)"


def word_start_matches(fast: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The matches ``finditer`` gives for *fast*'s pattern with a leading ``\\b``, faster.

    Build *fast* without the leading word boundary, from a pattern whose matches all open
    with a word character: the engine then skips straight to the first letters of the
    pattern's words, where a leading ``\\b`` makes it test every position; the boundary
    is checked here on each candidate (a candidate inside a word is passed over and the
    search resumes one character on, as ``finditer`` would).

    Examples
    --------
    >>> import re
    >>> fast = re.compile(r"claims?")
    >>> [m.start() for m in word_start_matches(fast, "counterclaims; claims, claim")]
    [15, 23]
    """
    search, pos = fast.search, 0
    while (m := search(text, pos)) is not None:
        start = m.start()
        if start and WORD_CHAR.match(text, start - 1):  # inside a word: no match here
            pos = start + 1
            continue
        yield m
        pos = max(m.end(), start + 1)


def prefixed_word_matches(
    fast: re.Pattern[str], prefixes: tuple[str, ...], text: str
) -> Iterator[re.Match[str]]:
    """The matches :func:`word_start_matches` gives for *fast*, when each opens with one of
    the plain strings *prefixes*: faster still for a few rare words.

    The places of the prefixes are found by substring search (no pattern is tried along
    the text), and *fast* is matched at each of them in text order, skipping those inside
    a word or inside the match before, as :func:`word_start_matches` does.

    Examples
    --------
    >>> import re
    >>> fast = re.compile(r"claims? (?=he)")
    >>> text = "counterclaims he; claims he, claim her"
    >>> [m.start() for m in prefixed_word_matches(fast, ("claim",), text)]
    [18, 29]
    >>> [m.start() for m in word_start_matches(fast, text)]
    [18, 29]
    """
    places: set[int] = set()
    for prefix in prefixes:
        pos = text.find(prefix)
        while pos >= 0:
            places.add(pos)
            pos = text.find(prefix, pos + 1)
    match, resume = fast.match, 0
    for start in sorted(places):
        if start < resume or (start and WORD_CHAR.match(text, start - 1)):
            continue
        m = match(text, start)
        if m is not None:
            yield m
            resume = max(m.end(), start + 1)
