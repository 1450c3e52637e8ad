"""Issue phrases without an issue head noun: :func:`find_issue_terms`.

:func:`~newsresearch.attribution.stance_cues.find_issues` names an issue by a head noun
(``the tax bill``, ``the border wall``); an article also takes a stand on issues it
names by the issue itself (``reparations for slavery``, ``waterboarding``, ``social
distancing``, ``free trade``). :func:`find_issue_terms` finds the terms of a lexicon of
policy issues (``data/issue_terms.txt``) as the heads of such phrases, with the words
before them that name them further (``border fencing``, ``the Steele dossier``), read
as :func:`~newsresearch.attribution.stance_cues.find_issues` reads its heads, so that
:func:`~newsresearch.attribution.stance_summary.entity_stance` scores them by the tone
of the sentences that mention them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import cache
from typing import Any

from .letter_runs import letter_runs
from .stance_cues import Issue, _phrases

__all__ = ["SAID_HEADS", "find_issue_terms", "issue_terms"]

#: Heads of what a person said or wrote, an issue when the phrase names whose it is by a
#: capitalised possessive (``Clinton's speech``, ``Voss's tweets``): ``the speech`` alone
#: says too little to name an entity.
SAID_HEADS = frozenset(
    """speech speeches address tweet tweets remarks comments statement statements
    recording recordings interview""".split()
)
#: A capitalised possessive (``Voss's``, ``Voss’``).
_POSSESSIVE_RE = re.compile(r"[A-Z][\w.-]*(?:['’]s|s['’])")


@cache
def issue_terms() -> frozenset[str]:
    """The terms of ``data/issue_terms.txt`` (lower case)."""
    from ..lexicons import data_lines

    return frozenset(" ".join(line.split()).lower() for line in data_lines("issue_terms.txt"))


@cache
def _terms_re(terms: frozenset[str] | None = None) -> re.Pattern[str]:
    """The terms (default all of :func:`issue_terms`) as one pattern."""
    ordered = sorted(issue_terms() if terms is None else terms, key=len, reverse=True)
    body = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in ordered)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-]|\.\w)", re.IGNORECASE)


def _terms_re_for(text: str) -> re.Pattern[str] | None:
    """:func:`_terms_re` of the terms whose first word *text* holds (in any case): a scan of
    a few terms instead of all; None when it holds none."""
    low = text.lower()
    present = frozenset(t for t in issue_terms() if t.split()[0] in low)
    return _terms_re(present) if present else None


#: Characters that match an ASCII letter of a term under ``re.IGNORECASE`` (or lower-case to
#: one): with one of them in the text, the runs of ASCII letters are no sure guide.
_ODD_CASE_RE = re.compile("[\u0130\u0131\u017f\u212a]")
_LEADING_RUN_RE = re.compile(r"[a-z]+")


@cache
def _terms_by_first_run() -> dict[str, frozenset[str]]:
    """The terms of :func:`issue_terms` by the run of letters they open with (``single``:
    ``single-payer``; ``health``: ``health care``, ``healthcare`` is ``healthcare``'s)."""
    out: dict[str, set[str]] = {}
    for term in issue_terms():
        out.setdefault(_LEADING_RUN_RE.match(term).group(), set()).add(term)
    return {run: frozenset(terms) for run, terms in out.items()}


def _run_matches(
    text: str, low: str, runs: dict[str, Any], pattern_of: Callable[[str], re.Pattern[str]]
) -> list[re.Match[str]]:
    """The matches of ``finditer`` of a pattern over *text*, each of whose matches opens with
    a whole run of ASCII letters of *low* (the lower-cased text) that is a key of *runs*:
    the pattern of that run (``pattern_of(run)``, the alternatives of the whole pattern that
    open with it, in the same order) is tried at those runs only, left to right, each past
    the end of the last match, as ``finditer`` goes on."""
    out: list[re.Match[str]] = []
    reach = 0
    for at, _, run in letter_runs(low).find(runs):
        if at < reach:
            continue
        m = pattern_of(run).match(text, at)
        if m is not None:
            out.append(m)
            reach = m.end()
    return out


def _term_matches(text: str) -> tuple[list[re.Match[str]], list[re.Match[str]]]:
    """The matches of :func:`_terms_re` and of :func:`_said_re` in *text*, as their
    ``finditer`` gives them.

    A term opens with a letter after no word character or hyphen and its first run of
    letters ends there (a space, a hyphen or the term's end follows), so each match opens
    a whole run of letters of the lower-cased text that is a term's first run (a said head
    likewise is a whole run): only those runs are tried, with the pattern of the terms
    that open with that run, instead of a scan of the text (the same matches: at one
    position only those terms can match, tried in the same order). A text whose lower
    case changes its length, or with a character that matches an ASCII letter in another
    case (dotted and dotless i, long s, the Kelvin sign), is scanned as before.

    Examples
    --------
    >>> t = "Free trade, not FREE-TRADE; abortion rights, not abortions; free speeches."
    >>> [m.group() for m in _term_matches(t)[0]]
    ['Free trade', 'abortion']
    >>> [m.group() for m in _term_matches(t)[1]]
    ['speeches']
    """
    low = text.lower()
    if len(low) != len(text) or (not text.isascii() and _ODD_CASE_RE.search(text)):
        terms_re = _terms_re_for(text)
        return (
            list(terms_re.finditer(text)) if terms_re else [],
            list(_said_re().finditer(text)),
        )
    by_run = _terms_by_first_run()
    terms = _run_matches(text, low, by_run, lambda run: _terms_re(by_run[run]))
    said = _run_matches(text, low, _said_heads(), lambda _: _said_re())
    return terms, said


@cache
def _said_heads() -> dict[str, None]:
    return dict.fromkeys(SAID_HEADS)


@cache
def _said_re() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{'|'.join(sorted(SAID_HEADS, key=len, reverse=True))})\b")


@cache
def _term_words() -> frozenset[str]:
    return frozenset(w for t in issue_terms() for w in t.split())


#: A word after a term that ends its phrase: a function word, a form of ``be`` /
#: ``have`` / ``do``, a modal, a determiner (any other lower-case word may be a noun the
#: term modifies).
_PHRASE_ENDS = frozenset(
    """that which who whom whose because as but and or nor when while after before since if
    than in on at by with from over during amid into about against under until unless whether
    to for of is are was were be been being will would could should can may might must has
    have had do does did not also still remains this these those the a an his her its their
    our my your last next each every all some any""".split()
)
#: The end of a sentence before a word (or the start of the text): its capital says nothing.
_SENTENCE_START_RE = re.compile(r"(?:^|[.!?:][\"'”’)]*\s+|\n\s*)[\"“‘(]*$")
_NEXT_WORD_RE = re.compile(r"\s+([a-z][\w’'-]*)")
#: A capitalised word right after a capitalised term: the term is a word of a name
#: (``Free Trade Agreement``, ``Amnesty International``).
_NAME_AFTER_RE = re.compile(r"[ \t]+[A-Z]")


def _sentence_start(text: str, position: int) -> bool:
    return _SENTENCE_START_RE.search(text[max(0, position - 12) : position]) is not None


def _named(issue: Issue, text: str) -> Issue:
    """*issue* named by its term and the words right before it that name it: capitalised
    words (``Steele dossier``, ``American exceptionalism``; not a sentence's first word:
    ``Like waterboarding``) and words of other terms (``border fencing``), not the verbs,
    judgements or possessives an issue head's reading lets in (``believes waterboarding``,
    ``dubious dossier``), and none when the term modifies a noun after it (``Trump's
    health care plan``: ``health care``); a term in capitals (a headline's ``DOSSIER``)
    or capitalised as a sentence's first word (``Abortion``) in lower case."""
    head = " ".join(text[issue.head_start : issue.end].split())
    n = len(issue.name.split()) - len(head.split())
    words = list(re.finditer(r"\S+", text[issue.start : issue.head_start]))[-n:] if n else []
    after = _NEXT_WORD_RE.match(text, issue.end)
    modifies = after is not None and not (
        after.group(1) in _PHRASE_ENDS or after.group(1).endswith("ed")
    )
    kept: list[str] = []
    for m in reversed([] if modifies else words):
        word = m.group()
        capital = word[:1].isupper() and not _sentence_start(text, issue.start + m.start())
        if not (capital or word.lower() in _term_words()):
            break
        kept.insert(0, word)
    if head.isupper() or (
        not kept and head[1:] == head[1:].lower() and _sentence_start(text, issue.head_start)
    ):
        head = head.lower()
    return replace(issue, name=" ".join([*kept, head]))


def find_issue_terms(text: str) -> list[Issue]:
    """The issue phrases of *text* whose head is a term of :func:`issue_terms`.

    A term matches in any case as whole words (a hyphenated word is one word:
    ``anti-slavery`` holds no term; a web address neither: ``HealthCare.gov``; nor
    a capitalised term before a capitalised word: ``Amnesty International``); up
    to :data:`~newsresearch.attribution.stance_cues.ISSUE_MODIFIERS` words before it
    read as for an issue head name it further when they are capitalised or words of
    other terms (``border fencing``, not ``dubious dossier``), and the name keeps the
    text's case (a term in capitals or capitalised as a sentence's first word: lower
    case); a term that modifies a noun after it is named alone. A head of :data:`SAID_HEADS`
    after a capitalised possessive is an issue too, named from the possessive
    (``Clinton's speech``; not ``Thursday's speech``, nor ``his speech``).

    Examples
    --------
    >>> [i.name for i in find_issue_terms("Sen. Ada Voss says reparations are a non-starter.")]
    ['reparations']
    >>> [i.name for i in find_issue_terms("Aides praised the new border fencing.")]
    ['border fencing']
    >>> [i.name for i in find_issue_terms("He believes waterboarding works; the dubious DOSSIER.")]
    ['waterboarding', 'dossier']
    >>> [i.name for i in find_issue_terms("Like waterboarding, it failed. Voss's health care plan.")]
    ['waterboarding', 'health care']
    >>> find_issue_terms("The anti-slavery society met on HealthCare.gov.")
    []
    >>> [i.name for i in find_issue_terms("Voss’s tweets and Thursday's speech; his remarks.")]
    ['Voss’s tweets']
    """
    term_matches, said_matches = _term_matches(text)
    found = [
        _named(i, text)
        for i in (_phrases(text, 0, None, None, "issue", term_matches) if term_matches else [])
        if not (text[i.head_start].isupper() and _NAME_AFTER_RE.match(text, i.end))
    ]
    said = [
        i
        for i in (_phrases(text, 0, None, None, "issue", said_matches) if said_matches else [])
        if _POSSESSIVE_RE.fullmatch(i.name.split()[0])
    ]
    return sorted([*found, *said], key=lambda i: i.start)
