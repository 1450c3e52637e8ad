"""Who holds a stance besides the nearest subject: :func:`holder_rows`, :func:`coordinated_sources`.

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

An act cue's subject may be a coordination (``Voss and Gov. Piotr Lindqvist
opposed the levy``, ``Voss, Reyes and Lin sued the county``): the act rules take the
nearest name as the source; :func:`coordinated_sources` gives each name coordinated
with it the same triple, as the stance gold names each holder.
"""

from __future__ import annotations

import bisect
import re
from functools import cache
from typing import Any

__all__ = ["HOLDER_NOUNS", "PARTY_WORDS", "coordinated_sources", "holder_rows"]

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
    r"(?:,\s+(?:[a-z]+ly\s+|often\s+|also\s+)?|"
    r"(?:,\s+who\s+[^,;:()\"“”]{1,100},)?"  # "Voss, who lost to Lin in May, has been a"
    r"\s+(?:[a-z]+ly\s+|also\s+)?"
    r"(?:is|was|are|were|has\s+been|have\s+been|had\s+been|remains|remained|became|becomes)"
    r"(?:\s+(?:seen|known|regarded)\s+as)?\s+)"
    r"(?:a|an|the|one\s+of(?:\s+the)?)\s+(?:(?!of\s)[a-z][\w-]*\s+){0,3}$"
)
_LEAD_RE = re.compile(_LEAD)
#: "of" (and an article) between the noun and a target after it.
_OF_RE = re.compile(r"\s+of\s+(?P<the>the\s+)?")
#: A possessive and up to three lower-case modifiers between a name and the noun.
_POSSESSIVE_GAP_RE = re.compile(r"['’]s?\s+(?:[a-z][\w-]*\s+){0,3}")
#: What introduces a list of holders after a plural noun.
_LIST_RE = re.compile(r",?\s+(?:like|such\s+as|including|among\s+them)\s+")
#: A second list or a quantified group inside a list ends it.
_NESTED_RE = re.compile(r"\b(?:like|such|including|among|several|some|many|other|most)\b")
#: Between two listed names: a comma or "and" and a short lower-case description
#: ("failed vice-presidential candidate").
_LIST_GAP_RE = re.compile(r",?\s*(?:and\s+|or\s+)?(?:[\w’'-]+,?\s+){0,6}")
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


def holder_rows(doc_id: Any, article: Any, mentions: list[Any]) -> list[dict]:
    """Triples whose stance a holder noun names (see the module notes).

    Parameters
    ----------
    doc_id : object
        The article's id, copied into each row.
    article : Article
        The article (its text and sentences: a holder and its target share a sentence).
    mentions : list of Mention
        The article's actor mentions in text order (:func:`newsresearch.mentions`).

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
    >>> rows = holder_rows("d", article, article.actors.mentions)
    >>> [(r["speaker"], r["target"], r["cue_polarity"], r["kind"]) for r in rows]
    [('Ada Voss', 'Piotr Lindqvist', 'positive', 'act')]
    """
    text, sentences = article.text, article.sentences
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
        of = _OF_RE.match(text, match.end(), s_b)
        target = None
        if of is not None:  # "a critic of Lindqvist", "of the governor" (a role's mention)
            target = _name_at(text, named, starts, of.end())
            if target is None and of.group("the"):
                target = _name_at(text, named, starts, of.start("the"))
        head = match.start()
        if target is None:  # "a Lindqvist ally", "Lindqvist's supporters": the name before
            target = _owner(text, named, starts, match.start())
            if target is None or noun.startswith("opponent"):
                continue  # "Voss's opponent", "Voss opponent Lin": an electoral rival
            head = target.start
        sources = _listed(text, named, starts, match.end(), s_b)
        if of is None and not sources:  # "Hale critic Tom Reyes"
            after = _name_at(text, named, starts, match.end())
            if after is not None and text[match.end() : after.start] == " ":
                sources = [after]
        if not sources:
            lead = _LEAD_RE.search(text, max(s_a, head - 180), head)
            if lead is not None:
                source = _ending_at(holders, holder_starts, lead.start())
                if source is not None and text[source.start - 4 : source.start] == " of ":
                    # "Sen. Ada Voss of Oregon, a supporter of": the person, not the place
                    source = _ending_at(named, starts, source.start - 4) or source
                sources = [source] if source is not None else []
        for source in sources:
            if (
                source.type not in _STANCE_TYPES
                or target.actor == source.actor
                or (source.actor, target.actor) in seen
            ):
                continue
            seen.add((source.actor, target.actor))
            rows.append(_row(doc_id, text, len(rows) + 1, source, target, noun, (s_a, s_b)))
    return rows


def _owner(text: str, named: list[Any], starts: list[int], noun_start: int) -> Any:
    """The name a holder noun is named after, right before it: ``a Lindqvist ally``,
    ``Lindqvist's longtime supporters``; a party word is an electoral side, none."""
    k = bisect.bisect_left(starts, noun_start)
    for m in reversed(named[max(0, k - 4) : k]):
        gap = text[m.end : noun_start]
        if gap == " " or _POSSESSIVE_GAP_RE.fullmatch(gap):
            return None if m.text in PARTY_WORDS else m  # "GOP opponent Ada Voss"
    return None


def _listed(text: str, named: list[Any], starts: list[int], after: int, end: int) -> list[Any]:
    """The names listed after a plural holder noun: ``Lindqvist allies like Ada Voss,
    Tom Reyes and Lin``, ``Voss's critics, including Tom Reyes``; in each item (between
    commas and ``and``) the last name, not one that describes it (``Harwick Post
    columnist Mara Lin``) nor a preposition's object (``a friend of Norway``)."""
    lead = _LIST_RE.match(text, after, end)
    if lead is None:
        return []
    out, position = [], lead.end()
    k = bisect.bisect_left(starts, position)
    for m in named[k:]:
        gap = text[position : m.start]
        if m.start >= end or len(gap) > 60 or any(c in gap for c in ';:"“”()'):
            break
        if out and (not _LIST_GAP_RE.fullmatch(gap) or _NESTED_RE.search(gap)):
            break  # "... and several senators, including Lin": another list
        position = m.end
        before = text[max(0, m.start - 12) : m.start].split()
        if before and before[-1].lower() in _NO_SUBJECT:
            continue  # "a friend of Norway": a description's object, not a holder
        if out and "," not in gap and not _CONJUNCTION_RE.search(gap):
            out[-1] = m  # "Harwick Post columnist Mara Lin": the last name of an item holds
        else:
            out.append(m)
    return out


def _row(
    doc_id: Any, text: str, n: int, source: Any, target: Any, noun: str, sentence: tuple
) -> dict:
    s_a, s_b = sentence
    polarity = HOLDER_NOUNS[noun]
    return {
        "doc_id": doc_id,
        "attribution_id": f"{doc_id}:h{n}",
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


#: What joins two coordinated subjects: a comma or "and" / "or", and up to three
#: capitalised words of the next name's title or place ("and Massachusetts Sen.").
_AND_RE = re.compile(r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:[A-Z][\w.]*\s+){0,3}")
_CONJUNCTION_RE = re.compile(r"\b(?:and|or)\b")
#: A word before a name that makes it no subject (a preposition's object).
_NO_SUBJECT = frozenset("of to for with against from about on at by in into than".split())


def coordinated_sources(rows: list[dict], article: Any, mentions: list[Any]) -> list[dict]:
    """*rows* (act triples), each followed by a copy for every name coordinated with its source.

    The source of an act row is the name nearest before its cue; the names joined
    to it by commas and ``and`` / ``or`` right before it (:data:`_AND_RE`) hold the
    same stance. A name that a preposition governs (``with Voss and Reyes``) and one
    that is the row's target are left out.

    Examples
    --------
    >>> from newsresearch.text import Article
    >>> t = "Sen. Ada Voss and Oregon Gov. Piotr Lindqvist opposed the Harwick levy."
    >>> article = Article(t)
    >>> row = {"speaker": "Piotr Lindqvist", "target": "Harwick levy", "cue": "opposed",
    ...        "target_start": t.index("Harwick"), "attribution_id": "d:v1"}
    >>> [r["speaker"] for r in coordinated_sources([row], article, article.actors.mentions)]
    ['Piotr Lindqvist', 'Ada Voss']
    """
    text = article.text
    named = [m for m in mentions if m.kind != "pronoun" and m.type != "issue"]
    ends = [m.end for m in named]
    out: list[dict] = []
    for row in rows:
        out.append(row)
        cue_at = text.rfind(row["cue"], 0, row["target_start"])
        if not row["attribution_id"].rsplit(":", 1)[-1].startswith("v") or cue_at < 0:
            continue
        k = bisect.bisect_right(ends, cue_at) - 1
        while k >= 0 and named[k].actor != row["speaker"]:
            k -= 1
        if k < 0 or not re.fullmatch(r"\s*(?:\w+\s+){0,2}", text[named[k].end : cue_at]):
            continue  # the source is no subject right before the cue (a possessor, a passive)
        seen = {row["speaker"], row["target"]}
        while k > 0:
            prev, cur = named[k - 1], named[k]
            join = _AND_RE.fullmatch(text, prev.end, cur.start)
            if join is None or (len(seen) == 2 and not _CONJUNCTION_RE.search(join.group(0))):
                break  # the link nearest the source has "and" ("in the Oval Office, Voss sided")
            before = text[max(0, prev.start - 12) : prev.start].split()
            if before and before[-1].lower() in _NO_SUBJECT:
                break
            if prev.actor not in seen:
                seen.add(prev.actor)
                out.append({**row, "speaker": prev.actor, "speaker_type": prev.type})
            k -= 1
    return out
