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
from dataclasses import replace
from functools import cache

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
def _terms_re() -> re.Pattern[str]:
    terms = sorted(issue_terms(), key=len, reverse=True)
    body = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in terms)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-]|\.\w)", re.IGNORECASE)


@cache
def _said_re() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{'|'.join(sorted(SAID_HEADS, key=len, reverse=True))})\b")


@cache
def _term_words() -> frozenset[str]:
    return frozenset(w for t in issue_terms() for w in t.split())


def _named(issue: Issue, text: str) -> Issue:
    """*issue* named by its term and the words right before it that name it: capitalised
    words (``Steele dossier``, ``American exceptionalism``) and words of other terms
    (``border fencing``), not the verbs, judgements or possessives an issue head's
    reading lets in (``believes waterboarding``, ``dubious dossier``); a term in
    capitals (a headline's ``DOSSIER``) in lower case."""
    head = " ".join(text[issue.head_start : issue.end].split())
    words = issue.name.split()[: -len(head.split())]
    kept: list[str] = []
    for word in reversed(words):
        if not (word[:1].isupper() or word.lower() in _term_words()):
            break
        kept.insert(0, word)
    if head.isupper():
        head = head.lower()
    return replace(issue, name=" ".join([*kept, head]))


def find_issue_terms(text: str) -> list[Issue]:
    """The issue phrases of *text* whose head is a term of :func:`issue_terms`.

    A term matches in any case as whole words (a hyphenated word is one word:
    ``anti-slavery`` holds no term; a web address neither: ``HealthCare.gov``); up
    to :data:`~newsresearch.attribution.stance_cues.ISSUE_MODIFIERS` words before it
    read as for an issue head name it further when they are capitalised or words of
    other terms (``border fencing``, not ``dubious dossier``), and the name keeps the
    text's case (a term in capitals: lower case). A head of :data:`SAID_HEADS`
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
    >>> find_issue_terms("The anti-slavery society met on HealthCare.gov.")
    []
    >>> [i.name for i in find_issue_terms("Voss’s tweets and Thursday's speech; his remarks.")]
    ['Voss’s tweets']
    """
    found = [_named(i, text) for i in _phrases(text, 0, None, _terms_re(), "issue")]
    said = [
        i
        for i in _phrases(text, 0, None, _said_re(), "issue")
        if _POSSESSIVE_RE.fullmatch(i.name.split()[0])
    ]
    return sorted([*found, *said], key=lambda i: i.start)
