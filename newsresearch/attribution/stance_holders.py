"""Stances named by a holder noun: :func:`holder_rows`.

News often states a stance by naming its holder with an agent noun rather than a
verb: ``Sen. Ada Voss, a Lindqvist ally, ...``, ``Hale critic Tom Reyes``, ``Voss
is a longtime critic of the governor's plan``, ``the Farmers Union, a steadfast
supporter of the dam``. The noun (:data:`HOLDER_NOUNS`, with its polarity) takes its
target either as a name right before it (``a Lindqvist ally``) or after ``of``
(``a critic of Lindqvist``); its source is the name right after it (``Hale critic Tom
Reyes``), else the name the noun phrase stands in apposition to (``Voss, a
Lindqvist ally``) or is the predicate of (``Voss is a critic of``, ``Voss has
been a supporter of``).

Criticism is a stance voiced (kind ``quote``), support and alliance one taken
(kind ``act``), as the stance gold writes them.
"""

from __future__ import annotations

import bisect
import re
from functools import cache
from typing import Any

__all__ = ["HOLDER_NOUNS", "PARTY_WORDS", "holder_rows"]

#: Agent nouns that name the holder of a stance, and the polarity toward its target.
HOLDER_NOUNS: dict[str, str] = {
    **dict.fromkeys(
        """supporter supporters backer backers ally allies endorser endorsers defender
        defenders champion champions proponent proponents loyalist loyalists""".split(),
        "positive",
    ),
    **dict.fromkeys(
        """critic critics opponent opponents detractor detractors foe foes""".split(),
        "negative",
    ),
}
#: What may stand between the holder and the noun phrase: apposition or a copula,
#: an article and up to three lower-case modifiers ("a longtime and vocal").
_LEAD = (
    r"(?:\s*\([^()]{1,30}\))?"  # "Rep. Ada Voss (R-Ore.), an ally of"
    r"(?:,\s+(?:[a-z]+ly\s+|often\s+|also\s+)?|\s+(?:[a-z]+ly\s+|also\s+)?"
    r"(?:is|was|are|were|has\s+been|have\s+been|had\s+been|remains|remained|became|becomes)"
    r"(?:\s+(?:seen|known|regarded)\s+as)?\s+)"
    r"(?:a|an|the|one\s+of\s+the)\s+(?:(?!of\s)[a-z][\w-]*\s+){0,3}$"
)
_LEAD_RE = re.compile(_LEAD)
#: "of" (and an article) between the noun and a target after it.
_OF_RE = re.compile(r"\s+of\s+(?:the\s+)?")
_STANCE_TYPES = frozenset({"person", "organisation"})
#: Party words that modify a holder noun as an electoral side, not a stance's target.
PARTY_WORDS = frozenset(
    """Democratic Democrat Democrats Republican Republicans GOP Labour Conservative Tory
    Liberal""".split()
)
#: Subject pronouns that may hold a stance (resolved by the mention finder).
_SUBJECTS = frozenset({"he", "she", "they", "it"})


@cache
def _noun_re() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{'|'.join(sorted(HOLDER_NOUNS))})\b")


def _at(mentions: list[Any], starts: list[int], position: int) -> Any:
    """The mention that starts at *position*, else ``None``."""
    k = bisect.bisect_left(starts, position)
    return mentions[k] if k < len(starts) and starts[k] == position else None


def _ending_at(mentions: list[Any], starts: list[int], position: int) -> Any:
    """The mention that ends at *position* (a possessive's ``'s`` left outside), else ``None``."""
    k = bisect.bisect_left(starts, position)
    for m in reversed(mentions[max(0, k - 4) : k]):
        if m.end == position:
            return m
    return None


def _name_at(text: str, mentions: list[Any], starts: list[int], position: int) -> Any:
    """The mention starting at *position* after blanks, else ``None``."""
    while position < len(text) and text[position] == " ":
        position += 1
    return _at(mentions, starts, position)


def holder_rows(
    doc_id: Any, text: str, mentions: list[Any], sentences: list[tuple[int, int]]
) -> list[dict]:
    """Triples whose stance a holder noun names (see the module notes).

    Parameters
    ----------
    doc_id : object
        The article's id, copied into each row.
    text : str
        The article's text.
    mentions : list of Mention
        The article's actor mentions in text order (:func:`newsresearch.mentions`).
    sentences : list of (int, int)
        The article's sentence spans; a holder and its target share a sentence.

    Returns
    -------
    list of dict
        One row per triple, with the keys the act rows of
        :func:`~newsresearch.attribution.stance.stance_triples` have.

    Examples
    --------
    >>> from newsresearch.text import Article
    >>> t = "Gov. Piotr Lindqvist left. Sen. Ada Voss, a longtime Lindqvist ally, spoke."
    >>> article = Article(t)
    >>> rows = holder_rows("d", t, article.actors.mentions, article.sentences)
    >>> [(r["speaker"], r["target"], r["cue_polarity"], r["kind"]) for r in rows]
    [('Ada Voss', 'Piotr Lindqvist', 'positive', 'act')]
    """
    named = [m for m in mentions if m.kind != "pronoun"]
    starts = [m.start for m in named]
    # a pronoun may hold the stance ("he has been a critic of Voss"), not be its target
    holders = [m for m in mentions if m.kind != "pronoun" or m.text.lower() in _SUBJECTS]
    holder_starts = [m.start for m in holders]
    ends = [b for _, b in sentences]
    rows: list[dict] = []
    seen: set[tuple[str, str]] = set()
    for match in _noun_re().finditer(text):
        k = bisect.bisect_right(ends, match.start())
        if k >= len(sentences):
            continue
        s_a, s_b = sentences[k]
        noun = match.group(0)
        polarity = HOLDER_NOUNS[noun]
        of = _OF_RE.match(text, match.end(), s_b)
        target = _name_at(text, named, starts, of.end()) if of else None
        head = match.start()
        if target is None:  # "a Lindqvist ally": the name right before the noun
            before = _ending_at(named, starts, match.start() - 1)
            if (
                before is None
                or text[before.end : match.start()] != " "
                or before.text in PARTY_WORDS  # "GOP opponent Ada Voss": a rival, no stance
            ):
                continue
            target, head = before, before.start
        source = None
        if of is None:  # "Hale critic Tom Reyes"
            after = _name_at(text, named, starts, match.end())
            if after is not None and text[match.end() : after.start] == " ":
                source = after
        if source is None:
            lead = _LEAD_RE.search(text, max(s_a, head - 60), head)
            if lead is not None:
                source = _ending_at(holders, holder_starts, lead.start())
                if source is not None and text[source.start - 4 : source.start] == " of ":
                    # "Sen. Ada Voss of Oregon, a supporter of": the person, not the place
                    source = _ending_at(named, starts, source.start - 4) or source
        if (
            source is None
            or source.type not in _STANCE_TYPES
            or target.actor == source.actor
            or (source.actor, target.actor) in seen
        ):
            continue
        seen.add((source.actor, target.actor))
        rows.append(
            {
                "doc_id": doc_id,
                "attribution_id": f"{doc_id}:h{len(rows) + 1}",
                "kind": "quote" if polarity == "negative" else "act",
                "speaker": source.actor,
                "speaker_type": source.type,
                "target": target.actor,
                "target_type": target.type,
                "cue_polarity": polarity,
                "in_quote": False,
                "cue": noun,
                "cue_stance": "",
                "cue_lemma": noun.rstrip("s") if noun != "allies" else "ally",
                "target_start": target.start,
                "target_end": target.end,
                "_tone": text[s_a:s_b],
                "_context": (text[s_a:s_b], target.start - s_a, target.end - s_a),
            }
        )
    return rows
