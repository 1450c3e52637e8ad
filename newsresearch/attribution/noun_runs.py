"""Noun runs of stance sentences: :func:`noun_runs`.

An annotator names an issue a speaker takes a stand on by the words the sentence uses for
it, often a run of lower-case nouns and adjectives that no issue lexicon or head noun list
holds (``a full audit``, ``the popular vote``, ``possible asylum claims``, ``the tea party
movement``). :func:`noun_runs` gives, in each sentence that holds a stance cue
(:func:`~newsresearch.attribution.stance_cues.find_stance_cues`), each run of two to
:data:`RUN_WORDS_MAX` lower-case words that are no function words
(:data:`~newsresearch.issue_words.FUNCTION_WORDS`), speech or modal verbs, number words
nor words of the cue, without first or last words in ``-ed``, ``-ing`` or ``-ly`` (its last
words when longer), after up to two capitalised words that modify it (``DNC donor
threshold``; not the first word of a sentence), so that
:func:`~newsresearch.attribution.stance_summary.entity_stance` scores them by the tone of
their mentions. A sentence in which a source speaks (the cue or content of an
attribution: *said*) counts as a stance sentence too: the stance gold's sentences are
those in which a source takes a position, often in words no cue lexicon holds.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..issue_words import FUNCTION_WORDS

if TYPE_CHECKING:
    from .stance_cues import StanceCue

__all__ = ["RUN_WORDS_MAX", "noun_runs"]

#: The most words a run keeps (its last ones).
RUN_WORDS_MAX = 4
#: Verbs of speech, modals and number words, which no noun run holds.
_VERBS = frozenset(
    """said says say saying told tells tell asked asks ask added adds add noted notes wrote
    writes would could should might must will can may shall two three four five six seven
    eight nine ten dozen hundred hundreds thousand thousands million millions billion
    billions percent""".split()
)
_TOKEN_RE = re.compile(r"[A-Za-z][\w’'-]*|[^\w\s]")
_LOWER_RE = re.compile(r"[a-z][a-z-]*[a-z]")
#: A capitalised word or acronym that may modify a run (``Obamacare``, ``DNC``).
_CAPITAL_RE = re.compile(r"[A-Z][\w’'-]*")


def _word(token: str) -> bool:
    return (
        _LOWER_RE.fullmatch(token) is not None
        and token not in FUNCTION_WORDS
        and token not in _VERBS
    )


def _close(run: list[str], out: list[str]) -> None:
    while run and run[-1].endswith(("ed", "ing", "ly")):
        run.pop()
    run = run[-RUN_WORDS_MAX:]
    while run and run[0].endswith(("ed", "ing", "ly")):
        run.pop(0)
    if len(run) >= 2:
        out.append(" ".join(run))


def noun_runs(
    text: str,
    sentences: Sequence[tuple[int, int]],
    *,
    said: Sequence[tuple[int, int]] = (),
    cues: Sequence[StanceCue] | None = None,
) -> list[str]:
    """The noun runs of the sentences of *text* that hold a stance cue (*cues*: those of
    *text*, when already found) or overlap a stretch of *said* (what sources say: the cues
    and contents of the attributions) (see the module notes), each once, in text order.

    Examples
    --------
    >>> text = "Mayor Ilse Brandt demanded a full audit of the count. The weather was fine."
    >>> noun_runs(text, [(0, 54), (55, len(text))])
    ['full audit']
    """
    from .stance_cues import find_stance_cues

    out: list[str] = []
    every = find_stance_cues(text) if cues is None else cues
    for a, b in sentences:
        cues = [c for c in every if a <= c.start < b]
        if not cues and not any(x < b and a < y for x, y in said):
            continue
        run: list[str] = []
        lead: list[str] = []
        first = True
        for m in _TOKEN_RE.finditer(text, a, b):
            token = m.group()
            if _word(token) and not any(c.start <= m.start() < c.end for c in cues):
                if not run and lead:
                    run.extend(lead[-2:])
                run.append(token)
                lead = []
                first = False
                continue
            _close(run, out)
            run = []
            if _CAPITAL_RE.fullmatch(token) and not first and token.lower() not in FUNCTION_WORDS:
                lead.append(token)
            else:
                lead = []
            first = False
        _close(run, out)
    return list(dict.fromkeys(out))
