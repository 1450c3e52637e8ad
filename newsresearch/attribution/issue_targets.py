"""Issue terms as stance targets: :class:`TermIssueFinder`.

:class:`~newsresearch.attribution.stance_cues.IssueFinder` gives
:func:`~newsresearch.attribution.stance.stance_triples` the issue phrases built on a head
noun (``the tax bill``, ``the Russia investigation``). A speaker also takes a stand on an
issue named by the issue itself (``"We believe in free trade"``, ``she is opposed to the
legalization of marijuana``, ``called for a single-payer system``):
:class:`TermIssueFinder` adds the phrases of
:func:`~newsresearch.attribution.issue_terms.find_issue_terms` (the terms of
``data/issue_terms.txt``) that no head-noun phrase overlaps. A term that modifies the noun
right after it is named with that noun (``a single-payer system``: ``single-payer system``),
as a stance's target is the thing the noun names. Such a target stays a triple only when a
stance cue signs it, as every unsigned issue phrase of several words is left out.

Examples
--------
>>> text = "Sen. Ada Voss has long opposed capital punishment and backs a single-payer system."
>>> [i.name for i in TermIssueFinder(text).find(0, len(text))]
['capital punishment', 'single-payer system']
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from .issue_terms import find_issue_terms
from .stance_cues import Issue, IssueFinder

__all__ = ["TermIssueFinder", "with_noun"]

#: A lower-case word right after a term.
_NEXT_RE = re.compile(r"[ \t]+([a-z][a-z-]*)\b")
#: Words after a term that do not name what it modifies: function words, forms of ``be``,
#: ``have``, ``do``, modals, and a few adverbs and verbs that follow a subject.
_NOT_NOUNS = frozenset(
    """that which who whom whose because as but and or nor when while after before since if
    than in on at by with from over during amid into about against under until unless whether
    to for of is are was were be been being will would could should can may might must has
    have had do does did not also still remains this these those the a an his her its their
    our my your last next each every all some any so too very more less now then there here
    only even just again already yet""".split()
)


def with_noun(issue: Issue, text: str) -> Issue:
    """*issue* named with the noun right after it when its term modifies that noun.

    The next word counts as that noun when it is a lower-case word that is no function
    word and no verb or adverb form (``-ed``, ``-ly``, ``-ing``, ``-s`` after a plural).

    Examples
    --------
    >>> text = "She backs a single-payer system; abortion is legal."
    >>> with_noun(Issue(12, 24, "single-payer", "single-payer", 12), text).name
    'single-payer system'
    >>> with_noun(Issue(34, 42, "abortion", "abortion", 34), text).name
    'abortion'
    """
    after = _NEXT_RE.match(text, issue.end)
    if after is None:
        return issue
    word = after.group(1)
    if word in _NOT_NOUNS or word.endswith(("ed", "ly", "ing")) or len(word) < 3:
        return issue
    return replace(
        issue, end=after.end(), text=text[issue.start : after.end()], name=f"{issue.name} {word}"
    )


class TermIssueFinder(IssueFinder):
    """:class:`~newsresearch.attribution.stance_cues.IssueFinder` with the issue terms
    (:func:`~newsresearch.attribution.issue_terms.find_issue_terms`) that its head-noun
    phrases do not overlap, found once per text."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self._terms: list[Issue] | None = None
        self._term_starts: list[int] = []

    def _all_terms(self) -> list[Issue]:
        if self._terms is None:
            self._terms = [with_noun(i, self.text) for i in find_issue_terms(self.text)]
            self._term_starts = [i.start for i in self._terms]
        return self._terms

    def find(self, start: int, end: int) -> list[Issue]:
        """The head-noun phrases of ``[start, end)`` and the issue terms beside them."""
        found = super().find(start, end)
        terms = self._all_terms()
        if not terms:
            return found
        i = bisect.bisect_left(self._term_starts, start)
        j = bisect.bisect_left(self._term_starts, end)
        extra = [
            t
            for t in terms[i:j]
            if t.end <= end and not any(f.start < t.end and t.start < f.end for f in found)
        ]
        return sorted([*found, *extra], key=lambda x: x.start) if extra else found
