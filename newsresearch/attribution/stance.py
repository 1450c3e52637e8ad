"""Who says what about whom, and who does what to whom: :func:`stance_triples`.

Two kinds of triple (the ``kind`` column), so that "said about" and "did to"
can be told apart:

* ``quote``: an attribution (from :mod:`.tables`) whose content names the
  target, or whose cue takes the target as its object (``accused X of ...``,
  ``praised X for ...``, ``called X a "traitor"``); an attribution whose
  ``type`` is ``act`` (a position taken by an act) gives ``act`` triples;
* ``act``: a stance verb (``data/stance_cues.csv``: endorsed, sued, voted
  against, fired, vetoed, thanked, ...) that no attribution uses as its cue,
  with its subject as the source and its object as the target (``Y was sued
  by X`` too); with a passive and no agent (``Y was sued``) the source is
  ``anonymous``, as the stance gold writes an unnamed source;
* ``quote`` too: a stance that the target receives (``Y drew criticism``,
  ``Y won praise from X``): source X, else ``anonymous``.

Targets are the article's actors (:mod:`newsresearch.actors`), the aliases of an actors-of-interest
table (:mod:`newsresearch.actors_of_interest`), without one the places and groups of
:func:`place_actors` (``U.S.``, ``the GOP``) and acronyms (``FBI``), and issue phrases (``the tax
bill``: :mod:`.issue_targets`; one replaces a name that only modifies it, ``Trump's travel ban``).
A quote that only names a target (no cue polarity, the target model neutral, or contradicted by it
inside the quoted words: :func:`.stance_rules.unsigned_quotes`; or positive to the model where no
cue signs it: :func:`.stance_polarity.positive_tone`) is left out unless ``keep_neutral=True``;
targets past :data:`.stance_rules.MAX_UNSIGNED_TARGETS`, and issue phrases of several words that
no cue nor :func:`.issue_predicates.issue_predicate` (``said the tax bill was a disaster``) signs,
always are. The polarity (``sentiment``) comes from the first of the chosen signals (``signals=``,
default the cue alone) that has one; the ``signal`` column says which:

1. ``cue``: the stance cue whose object the target is: the attribution's cue
   (``accused X``, ``lashed out at X``; targets coordinated with it share it;
   a label cue, ``called X "a disgrace"``, takes the tone of its label),
   else a stance cue inside the content (``"We will never support X"``) whose subject
   is no other actor (``said Keller would back X``: none); negated cues flip;
2. ``model``: the target-sentiment model's label toward the target, when not neutral;
3. ``vader``: the sign of VADER's compound for the content (acts: the
   sentence), when its magnitude reaches :data:`VADER_THRESHOLD`;
4. ``pair``: the polarity of the same source's cue-signed triples toward the same
   target in the article, when they agree (:func:`.stance_polarity.pair_polarity`);
5. ``default``: :data:`DEFAULT_POLARITY` (most stance in news is negative).

Each signal is kept in its own column (``cue_polarity``, ``model_polarity``,
``vader``) so that a study can choose; :mod:`newsresearch.evaluation.stance`
shows which one wins on the development gold.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from functools import cache, cached_property
from typing import TYPE_CHECKING, Any, NamedTuple

import pandas as pd

from .._gc import fewer_collections
from ..text import Article, ParsedCorpus, parse
from .issue_predicates import issue_predicate
from .issue_targets import TermIssueFinder
from .stance_cues import (
    Issue,
    find_stance_cues,
    flip,
    negated,
    negator_in,
    stance_cues,
)
from .stance_holders import coordinated_sources, holder_rows
from .stance_labels import LABEL_CUES, label_polarity
from .stance_modifiers import without_modifiers
from .stance_names import tidy_names
from .stance_objects_direct import apart, comma_gap_verb
from .stance_places import (  # noqa: F401  (place_actors: read here by stance_summary)
    PLACE_ALIASES,
    _place_apart,
    _place_index,
    _place_odd_firsts,
    _with_places,
    place_actors,
)
from .stance_polarity import pair_polarity, positive_tone, tone_contexts
from .stance_possessors import possessor_source
from .stance_rules import (
    ANONYMOUS,
    INFORMATION_CUES,
    MAX_UNSIGNED_TARGETS,
    VAGUE_ISSUES,
    agentless_passive,
    content_cue,
    demand_polarity,
    issue_antecedent,
    members_of,
    place_of_motion,
    received_rows,
    refers_back,
    unsigned_quotes,
)

if TYPE_CHECKING:
    from ..actors import Mention
    from ..actors_of_interest import ActorsOfInterest

__all__ = [
    "DEFAULT_POLARITY",
    "SIGNALS",
    "STANCE_TRIPLE_COLUMNS",
    "VADER_THRESHOLD",
    "stance_triples",
]

Corpus = pd.DataFrame | pd.Series | ParsedCorpus

#: Columns and dtypes of :func:`stance_triples`.
STANCE_TRIPLE_COLUMNS: dict[str, str] = {
    "doc_id": "str",
    "attribution_id": "str",
    "kind": "str",
    "speaker": "str",
    "speaker_type": "str",
    "target": "str",
    "target_type": "str",
    "sentiment": "str",
    "score": "float64",
    "signal": "str",
    "cue_polarity": "str",
    "model_polarity": "str",
    "vader": "float64",
    "negated": "bool",
    "in_quote": "bool",
    "cue": "str",
    "cue_stance": "str",
    "cue_lemma": "str",
    "target_start": "int64",
    "target_end": "int64",
}
#: The polarity when no signal has one.
DEFAULT_POLARITY = "negative"
#: |VADER compound| from which the content's tone signs a triple.
VADER_THRESHOLD = 0.05
#: Characters after an act cue in which its object must start.
OBJECT_CHARS = 50
#: Characters before an act cue in which its subject must end.
SUBJECT_CHARS = 150
#: Cue stances of the attribution lexicon that are negative toward the cue's object.
NEGATIVE_STANCES = frozenset({"accusation", "denial"})
_POSSESSIVE_PRONOUNS = frozenset({"his", "His", "its", "Its", "their", "Their"})
_BEFORE_SUBJECT = tuple("of to for with against from about on at by in into".split())
_PASSIVE_AUX = ("was", "were", "been", "being", "is", "are", "be")
#: What stands between a passive cue and its subject ("the measure has been widely backed by").
_PASSIVE_GAP_RE = re.compile(
    r"\s+(?:(?:has|have|had|will|would|could|may|might)\s+)?"
    r"(?:was|were|is|are|be|been|being)\s+(?:(?:been|being)\s+)?(?:[a-z]+ly\s+)?"
)
#: "by" after a cue, with up to three words between ("dismissed in late June by").
_BY_RE = re.compile(r"\s+(?:[\w’'-]+\s+){0,3}?by\s+")


class _AttributionRow(NamedTuple):
    """The columns of an attribution-table row that stance reads."""

    attribution_id: str
    speaker: str | None
    speaker_type: str
    cue: str
    cue_start: int | None
    cue_end: int | None
    cue_lemma: str
    cue_stance: str
    content_spans: list[list[int]]
    type: str


class _Targets:
    """The candidate sources and targets of one article: mentions, aliases, issue phrases."""

    def __init__(self, article: Article, actors: ActorsOfInterest | None) -> None:
        from ..actors_of_interest import mentions_with

        self.text = article.text
        self.mentions: list[Mention] = mentions_with(article, actors)
        if actors is None:  # a table of actors of interest names the places it cares about
            self.mentions = _with_places(article.text, self.mentions)
        self.starts = [m.start for m in self.mentions]
        # each mention as a target (start, end, name, type); None for a possessive pronoun
        self._targets = [
            None if m.text in _POSSESSIVE_PRONOUNS else (m.start, m.end, m.actor, m.type)
            for m in self.mentions
        ]
        self.quotes = [(q.start, q.end) for q in article.quotes]
        self._quote_index = _SpanIndex(self.quotes)
        self.cues = find_stance_cues(article.text)
        self.cue_starts = [c.start for c in self.cues]
        self.issues = TermIssueFinder(article.text)  # find_issues, issue terms too
        self.phrases: set[tuple[int, int, str, str]] = set()  # targets that are issue phrases

    @cached_property
    def all_issues(self) -> list[Issue]:
        """Every issue phrase of the article, in text order (antecedents of "the measure")."""
        return self.issues.find(0, len(self.text))

    def cues_within(self, a: int, b: int) -> list[Any]:
        """The stance cues of the article inside ``[a, b)``."""
        i = bisect.bisect_left(self.cue_starts, a)
        j = bisect.bisect_left(self.cue_starts, b)
        return [c for c in self.cues[i:j] if c.end <= b]

    def within(self, a: int, b: int, *, issues: bool = True) -> list[tuple[int, int, str, str]]:
        """``(start, end, name, type)`` of every target inside ``[a, b)``, in text order."""
        out = [
            t
            for t in self._targets[
                bisect.bisect_left(self.starts, a) : bisect.bisect_left(self.starts, b)
            ]
            if t is not None and t[1] <= b
        ]
        if issues:
            # group phrases (find_groups) are entities for entity_stance, not triple
            # targets: as targets they lowered triple F1 on the development gold
            for p in self.issues.find(a, b):
                if p.name.lower() in VAGUE_ISSUES:
                    continue  # "the decision", "the meeting": which one, the text does not say
                inside = [t for t in out if t[0] < p.end and p.start < t[1]]
                if any(t[1] > p.head_start for t in inside):
                    continue  # a name over the head noun: the name is the target
                # names that only modify the head ("the Obama administration", "Trump's
                # travel ban") give way to the phrase
                start = min([p.start, *(t[0] for t in inside)])
                name = issue_antecedent(self.all_issues, p) if refers_back(p) else p.name
                self.phrases.add(phrase := (start, p.end, name, p.type))
                out = [t for t in out if t not in inside] + [phrase]
            out.sort()
        return out

    def subject_before(self, position: int, floor: int) -> Mention | None:
        """The nearest actor mention ending before *position* that is not a prepositional object."""
        k = bisect.bisect_left(self.starts, position)
        for m in reversed(self.mentions[max(0, k - 8) : k]):
            if m.start < floor or m.start < position - SUBJECT_CHARS:
                return None
            if m.end > position or m.type == "issue":
                continue
            before = self.text[max(floor, m.start - 16) : m.start].split()
            # a prepositional object ("comments about the Mueller inquiry") is no subject,
            # unless its group acts through members ("Members of the Liberty Caucus stood")
            if (
                (before and before[-1].lower() in _BEFORE_SUBJECT) or _prepositional_object(before)
            ) and not members_of(self.text, max(floor, m.start - 40), m.start):
                continue
            return m
        return None

    def in_quote(self, position: int) -> bool:
        return self._quote_index.covers(position)


class _SpanIndex:
    """Spans ``[a, b)`` (in any order, overlapping or not) sorted by start, with the
    furthest end reached so far: which spans hold a position, or overlap a stretch,
    by bisection instead of a scan of every span.

    Examples
    --------
    >>> index = _SpanIndex([(10, 20), (0, 4), (12, 14)])
    >>> index.covers(3), index.covers(4), index.covers(19), index.covers(20)
    (True, False, True, False)
    >>> index.overlaps(4, 10), index.overlaps(4, 11), index.overlaps(19, 30)
    (False, True, True)
    """

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [a for a, _ in ordered]
        self.reach: list[int] = []  # reach[k]: the largest end among the first k + 1 spans
        for _, b in ordered:
            self.reach.append(max(b, self.reach[-1]) if self.reach else b)

    def covers(self, position: int) -> bool:
        """Whether some span holds *position* (``a <= position < b``)."""
        k = bisect.bisect_right(self.starts, position)
        return k > 0 and self.reach[k - 1] > position

    def overlaps(self, a: int, b: int) -> bool:
        """Whether some span overlaps ``[a, b)`` (``start < b and a < end``)."""
        k = bisect.bisect_left(self.starts, b)
        return k > 0 and self.reach[k - 1] > a


def _prepositional_object(before: list[str]) -> bool:
    """Whether the words before a mention end in a preposition and a determiner
    ("about the", "with a"): the mention is the object of the preposition."""
    return (
        len(before) >= 2
        and before[-1].lower() in {"the", "a", "an"}
        and before[-2].lower() in _BEFORE_SUBJECT
    )


def prepare() -> None:
    """Read the stance lexicon and the default place targets, and build their lookups.

    Each is read once per process on first use anyway; a process that forks
    workers calls this first so that they inherit them.
    """
    from .stance_cues import _by_first_word, _issue_re, _negator_re

    stance_cues()
    _by_first_word()
    _issue_re()
    _negator_re()
    _place_index()
    _place_odd_firsts()


def _own(name: str, speaker: str) -> bool:
    """Whether *name* is the speaker's own (the speaker, the end of the speaker's name, or
    the owner a group speaker is named after: ``Trump's lawyers``, ``Taylor's family``)."""
    owner = name.rsplit(" ", 1)[-1]
    owned = speaker.startswith((owner + "'s ", owner + "’s "))
    return bool(speaker) and (name == speaker or speaker.endswith(" " + name) or owned)


@cache
def _cue_polarity(cue_text: str, lemma: str, stance: str) -> str:
    lexicon = stance_cues()
    for key in (" ".join(cue_text.lower().split()), lemma):
        if key in lexicon:
            return lexicon[key][1]
    return "negative" if stance in NEGATIVE_STANCES else ""


def _quote_rows(doc_id: Any, article: Article, ts: _Targets, atts: list[Any]) -> list[dict]:
    text, rows = article.text, []
    for rec in atts:
        speaker = rec.speaker if isinstance(rec.speaker, str) else ""
        if not _stance_taker(speaker, rec.speaker_type) or rec.type == "evidence":
            continue  # "the evidence shows", "polls showed": no one takes a stance
        if rec.type == "act" and not speaker:
            continue  # "the bill was backed by Voss": the act rules read its cue
        spans = rec.content_spans
        cue_a, cue_b = rec.cue_start, rec.cue_end  # both None when there is no cue
        polar = _cue_polarity(rec.cue or "", rec.cue_lemma or "", rec.cue_stance or "")
        if polar and cue_a is not None and negated(text, cue_a):
            polar = flip(polar)
        content = " ".join(text[a:b] for a, b in spans)
        if not polar and (rec.cue_lemma or "") in LABEL_CUES:  # called X "a disgrace"
            polar = label_polarity(text, spans, [t[:2] for a, b in spans for t in ts.within(a, b)])
        # (target, the content piece it was found in (None: between cue and content), cue pol)
        found: list[tuple[tuple[int, int, str, str], tuple[int, int] | None, str]] = []
        if polar and cue_b is not None and cue_b <= spans[0][0] and spans[0][0] - cue_b < 120:
            # the cue's object, between the cue and its content: "accused X of", "called X a";
            # a cue with no stance there has its addressee ("told X that", "asked X if")
            for t in ts.within(cue_b, spans[0][0]):
                found.append((t, None, polar))
        for a, b in spans:
            in_content = ts.within(a, b)
            cues = ts.cues_within(a, b) if in_content else []
            for t in in_content:
                if cue_b is not None and not found and _object_of(text, cue_b, t[0]):
                    pol = polar  # "lashed out at the U.S.": the cue's object
                elif found and found[-1][2] and _coordinate(text, found[-1][0][1], t[0]):
                    pol = found[-1][2]  # "condemned Norway and the GOP"
                else:
                    pol = content_cue(text, cues, t[0], a, ts, speaker)
                found.append((t, (a, b), pol))
        seen = set()
        kind = "act" if getattr(rec, "type", "") == "act" else "quote"
        # acts ("called for X") and "according to" (information): toward signed targets only
        signed_only = kind == "act" or (rec.cue_lemma or "") in INFORMATION_CUES
        unsigned = 0  # targets that no cue signs: past the first few, a list of names
        for (start, end, name, type_), piece, cue_pol in found:
            if _own(name, speaker) or name in seen or (signed_only and not cue_pol):
                continue
            if not cue_pol and (start, end, name, type_) in ts.phrases and " " in name:
                if not (cue_pol := issue_predicate(text, start, end, piece, (cue_a, cue_b))):
                    continue  # an issue phrase named, with nothing said about it
            elif not cue_pol:
                if place_of_motion(text, start):
                    continue  # "expand beyond Syria", "money from Russia": a place, not judged
                unsigned += 1
                if unsigned > MAX_UNSIGNED_TARGETS:
                    continue
            seen.add(name)
            rows.append(
                {
                    "doc_id": doc_id,
                    "attribution_id": rec.attribution_id,
                    "kind": kind,
                    "speaker": speaker,
                    "speaker_type": rec.speaker_type,
                    "target": name,
                    "target_type": type_,
                    "cue_polarity": demand_polarity(text, rec.cue_lemma or "", end, cue_pol),
                    "in_quote": ts.in_quote(start),
                    "cue": rec.cue or "",
                    "cue_stance": rec.cue_stance or "",
                    "cue_lemma": rec.cue_lemma or "",
                    "target_start": start,
                    "target_end": end,
                    "_tone": content if piece is not None else _sentence(article, start),
                    "_context": _context(article, start, end, piece),
                    "_unsigned": None if cue_pol else tone_contexts(article, start, end),
                }
            )
    return rows


#: Speaker types that take no stance: evidence, not a position (``the report shows``).
NO_STANCE_SPEAKERS = frozenset({"document", "poll"})


def _stance_taker(speaker: str, speaker_type: str) -> bool:
    """Whether an attribution's speaker can be a stance source: a person, an organisation or
    :data:`ANONYMOUS` (the gold guide's sources), not a document or poll
    (:data:`NO_STANCE_SPEAKERS`) nor a description with no capital letter (``surveillance
    camera footage``); an unresolved speaker (empty) is kept.

    Examples
    --------
    >>> _stance_taker("Ada Voss", "person"), _stance_taker("anonymous", "anonymous")
    (True, True)
    >>> _stance_taker("exit polls", "poll"), _stance_taker("evidence", "other")
    (False, False)
    """
    if speaker_type in NO_STANCE_SPEAKERS:
        return False
    return not speaker or speaker == ANONYMOUS or any(c.isupper() for c in speaker)


#: Words that may stand between a cue and its object ("lashed out at the", "accused of").
_OBJECT_GAP_WORDS = frozenset("at the a an of on against to for with about over by".split())


def _object_of(text: str, cue_end: int, target_start: int) -> bool:
    """Whether the target right after a cue is its object (only prepositions and articles between)."""
    if target_start < cue_end:
        return False
    gap = text[cue_end:target_start]
    return len(gap) <= 20 and all(w in _OBJECT_GAP_WORDS for w in gap.lower().split())


def _coordinate(text: str, end: int, start: int) -> bool:
    """Whether the target at *start* is coordinated with the one ending at *end* ("X and Y")."""
    gap = text[end:start].lower().split()
    return (
        0 < len(gap) <= 3
        and gap[0] in {",", "and", "or"}
        and all(w in {",", "and", "or", "the", "a", "an"} for w in gap)
    )


def _sentence(article: Article, position: int) -> str:
    i = article.sentence_at(position)
    a, b = article.sentences[i] if i is not None else (0, len(article.text))
    return article.text[a:b]


def _context(
    article: Article, start: int, end: int, piece: tuple[int, int] | None
) -> tuple[str, int, int]:
    """The text the target model reads for a target: the content piece it was found in
    (which holds it whole), else its sentence.

    The piece is the one the target was found in, not the first piece that holds its
    start: an attribution's content pieces may overlap (a quotation inside a paraphrase),
    and a target that starts in a shorter piece may end past it.
    """
    if piece is not None:
        a, b = piece
        if a <= start and end <= b:
            return article.text[a:b], start - a, end - a
    i = article.sentence_at(start)
    a, b = article.sentences[i] if i is not None else (0, len(article.text))
    b = max(b, end)
    return article.text[a:b], start - a, end - a


def _act_rows(
    doc_id: Any, article: Article, ts: _Targets, used: list[tuple[int, int]]
) -> list[dict]:
    text, rows = article.text, []
    n = 0
    used_index = _SpanIndex(used)
    for cue in ts.cues:
        if ts.in_quote(cue.start) or used_index.overlaps(cue.start, cue.end):
            continue
        i = article.sentence_at(cue.start)
        if i is None:
            continue
        s_a, s_b = article.sentences[i]
        by_match = _BY_RE.match(text, cue.end, s_b)
        if by_match is not None:  # "X was sued by Y", "the plan supported by Y"
            by = ts.within(by_match.end(), min(s_b, by_match.end() + OBJECT_CHARS), issues=False)
            if not by or by[0][0] > by_match.end() + 25:
                continue
            source, source_type = by[0][2], by[0][3]
            target = _passive_target(text, ts, cue.start, s_a)
            if target is None:
                continue
            targets = [target]
        elif agentless_passive(text, cue.start, s_a):  # "Voss was sued"
            target = _passive_target(text, ts, cue.start, s_a)
            if target is None:
                continue
            source, source_type = ANONYMOUS, "person"
            targets = [target]
        else:
            subj = possessor_source(ts, cue.start, s_a) or ts.subject_before(cue.start, s_a)
            if subj is None:
                continue
            if _place_apart(text, subj, cue.start):
                continue  # "in Charlottesville, Virginia, to protest", "the Libya controversy could"
            source, source_type = subj.actor, subj.type
            objects = ts.within(cue.end, min(s_b, cue.end + OBJECT_CHARS))
            targets = [t for t in objects if not apart(text, cue.end, t[0])][:1]
            if targets:
                targets = _coordinated(text, ts, targets[0], s_b)
        polar = flip(cue.polarity) if negated(text, cue.start, floor=s_a) else cue.polarity
        for start, end, name, type_ in targets:
            if _own(name, source):
                continue
            n += 1
            rows.append(
                {
                    "doc_id": doc_id,
                    "attribution_id": f"{doc_id}:v{n}",
                    "kind": "act",
                    "speaker": source,
                    "speaker_type": source_type,
                    "target": name,
                    "target_type": type_,
                    "cue_polarity": demand_polarity(text, cue.lemma, end, polar),
                    "in_quote": False,
                    "cue": cue.text,
                    "cue_stance": "",
                    "cue_lemma": cue.lemma,
                    "target_start": start,
                    "target_end": end,
                    "_tone": text[s_a:s_b],
                    "_context": _context(article, start, end, None),
                }
            )
    return rows


def _passive_target(
    text: str, ts: _Targets, cue_start: int, floor: int
) -> tuple[int, int, str, str] | None:
    """The target of a passive cue: the phrase right before it ("the plan supported by"),
    else the subject before its auxiliary ("Voss was sued by")."""
    right_before = [
        t
        for t in ts.within(max(floor, cue_start - 60), cue_start)
        if cue_start - t[1] <= 2 or _PASSIVE_GAP_RE.fullmatch(text, t[1], cue_start)
    ]
    if right_before:
        return right_before[-1]
    words = text[max(floor, cue_start - 24) : cue_start].split()
    if words and words[-1].lower().endswith("ly"):  # "was widely criticized"
        words = words[:-1]
    if not words or words[-1].lower() not in _PASSIVE_AUX:
        return None
    subj = ts.subject_before(cue_start, floor)
    return (subj.start, subj.end, subj.actor, subj.type) if subj is not None else None


#: Characters between two coordinated objects of an act cue ("sued the city, the police
#: department and police chief Eddie Driggers").
COORDINATED_CHARS = 40
_COORDINATOR_RE = re.compile(r",|\band\b|\bor\b|\bas well as\b")


def _coordinated(
    text: str, ts: _Targets, first: tuple[int, int, str, str], end: int
) -> list[tuple[int, int, str, str]]:
    """*first* and the targets coordinated with it (``X, Y and Z``), up to *end*."""
    out = [first]
    for t in ts.within(first[1], min(end, first[1] + 4 * COORDINATED_CHARS)):
        gap = text[out[-1][1] : t[0]]
        if len(gap) > COORDINATED_CHARS or not _COORDINATOR_RE.search(gap) or comma_gap_verb(gap):
            break
        if any(c in gap for c in ';:.!?"“”()') or any(
            w.lower() in {"that", "which", "who", "because", "but", "after", "when", "while"}
            or (w.islower() and len(w) > 4 and w.endswith("ed"))  # "..., welcomed the ruling"
            for w in gap.split()
        ):
            break
        out.append(t)
    return out


def _clause_between(text: str, a: int, b: int) -> bool:
    """Whether punctuation or a clause word separates a cue from a would-be object."""
    gap = text[a:b]
    return any(c in gap for c in ',;:.!?"“”') or any(
        w in {"that", "which", "who", "because", "but", "and", "after", "when"}
        for w in gap.lower().split()
    )


#: The polarity signals, in the order :func:`stance_triples` may consult them.
SIGNALS = ("cue", "model", "vader")


def _decide(signals: tuple[str, ...], cue: str, model: str, vader: float) -> tuple[str, str]:
    for name in signals:
        if name == "cue" and cue:
            return cue, "cue"
        if name == "model" and model in ("positive", "negative"):
            return model, "model"
        if name == "vader" and abs(vader) >= VADER_THRESHOLD:
            return ("positive" if vader > 0 else "negative"), "vader"
    return DEFAULT_POLARITY, "default"


@fewer_collections
def stance_triples(
    corpus: Corpus,
    *,
    model: object | None = None,
    actors: Any = None,
    kinds: Iterable[str] = ("quote", "act"),
    signals: Iterable[str] = ("cue",),
    tone: bool = False,
    keep_neutral: bool = False,
) -> pd.DataFrame:
    """Who says what about whom (``quote``) and does what to whom (``act``): one row per triple.

    Parameters
    ----------
    corpus : DataFrame, Series or ParsedCorpus
        As for :func:`~newsresearch.attributions`; a parsed corpus reuses the
        attributions and actors its articles already hold.
    model : TargetSentimentClassifier, optional
        The target-sentiment model (default: the shipped one), one of the signals.
    actors : path, DataFrame, mapping, list or ActorsOfInterest, optional
        Actors and issues of interest with aliases
        (:func:`newsresearch.actors_of_interest.read_actors`): every alias is a
        mention of its canonical name, as a source or a target.
    kinds : iterable of {"quote", "act"}
        Which kinds of triple to find.
    signals : iterable of {"cue", "model", "vader"}
        The signals that set ``sentiment``, in order; a triple that none of them
        signs gets :data:`DEFAULT_POLARITY`. The default, the cue alone, is the
        most accurate on the development stance gold (the model's and VADER's
        positive calls are mostly wrong there: see ``evaluate stance``); every
        signal stays in its own column whatever is chosen.
    tone : bool
        Fill the ``vader`` column (VADER's compound of the content; acts: of
        the sentence) even when ``"vader"`` is not among *signals*; otherwise it
        is left empty (NaN), which saves a VADER pass.
    keep_neutral : bool
        Keep the ``quote`` triples that only name the target: no cue polarity
        and a target-sentiment model that calls the target neutral (or positive
        inside the quoted words, or positive in its clause and its sentence, where the
        default would guess). By default
        they are left out, as the stance gold guide leaves out neutral
        mentions (on the 56 development articles this raises triple F1 from
        0.164 to 0.188 and polarity accuracy from 0.748 to 0.778).

    Returns
    -------
    pandas.DataFrame
        Columns :data:`STANCE_TRIPLE_COLUMNS`, a default index, quotes then acts
        per document: ``attribution_id`` (the attribution; ``<doc>:v<n>`` for
        acts), ``kind``, ``speaker`` and ``speaker_type``, ``target`` and
        ``target_type`` (person, organisation or issue), ``sentiment`` (the
        polarity toward the target, see the module notes), ``score``
        (p_positive - p_negative of the target model), ``signal`` (which signal
        set ``sentiment``), ``cue_polarity``, ``model_polarity`` and ``vader``
        (each signal), ``in_quote`` (the target is inside quotation marks),
        ``cue``, ``cue_stance``, ``cue_lemma`` and the target's offsets.

    Examples
    --------
    >>> import pandas as pd
    >>> t = ("Sen. Garrick Voss accused Finance Minister Piotr Lindqvist of misleading voters. "
    ...      "The National Teachers Union endorsed Voss.")
    >>> triples = stance_triples(pd.Series([t], index=["d1"]))
    >>> triples[["kind", "speaker", "target", "sentiment", "signal"]].values.tolist()
    [['quote', 'Garrick Voss', 'Piotr Lindqvist', 'negative', 'cue'], ['act', 'National Teachers Union', 'Garrick Voss', 'positive', 'cue']]
    """
    from ..actors_of_interest import read_actors

    kinds = set(kinds)
    bad = kinds - {"quote", "act"}
    if bad:
        raise ValueError(f"kinds {sorted(bad)} are invalid; valid values are ['act', 'quote']")
    signals = tuple(signals)
    bad = set(signals) - set(SIGNALS)
    if bad:
        raise ValueError(f"signals {sorted(bad)} are invalid; valid values are {list(SIGNALS)}")
    aoi = read_actors(actors) if actors is not None else None
    parsed = parse(corpus)
    rows: list[dict] = []
    for doc_id, article in parsed.items():
        if article is None:
            continue
        mine = _attribution_rows(doc_id, article)
        ts = _Targets(article, aoi)
        start = len(rows)
        if "quote" in kinds:
            rows.extend(_quote_rows(doc_id, article, ts, mine))
        received = received_rows(doc_id, article, ts) if "quote" in kinds else []
        if "act" in kinds:
            # the cue of an attribution without a speaker stays free for the act rules
            # ("the bill supported by House Speaker Rand Hale": the agent after "by")
            used = [
                (r.cue_start, r.cue_end)
                for r in mine
                if r.cue_start is not None and isinstance(r.speaker, str) and r.speaker
            ]
            used += [r.pop("_cue_span") for r in received]  # "won praise": not an act
            acts = coordinated_sources(_act_rows(doc_id, article, ts, used), article, ts.mentions)
            rows += acts + holder_rows(doc_id, article, ts.mentions)
        for r in received:
            r.pop("_cue_span", None)
        rows.extend(received)
        rows[start:] = tidy_names(without_modifiers(rows[start:], article.text), ts.mentions)
    if not rows:
        return pd.DataFrame(columns=list(STANCE_TRIPLE_COLUMNS)).astype(STANCE_TRIPLE_COLUMNS)
    scored, guesses = _score(rows, model, signals, tone or "vader" in signals, keep_neutral)
    if keep_neutral:
        return scored
    return scored[~(unsigned_quotes(scored) | pd.Series(guesses))].reset_index(drop=True)


def _attribution_rows(doc_id: Any, article: Article) -> list[Any]:
    """The rows of :func:`~newsresearch.attribution.attributions` for one article (default
    convention, every type), as named tuples of the columns stance reads: those columns
    as the table writes them (``tables._row``), without the others (the content text)."""
    from .tables import attribution_type

    text, rows = article.text, []
    for n, att in enumerate(article.attributions):
        cue = att.cue
        rows.append(
            _AttributionRow(
                attribution_id=f"{doc_id}:a{n + 1}",
                speaker=att.speaker,
                speaker_type=att.speaker_type or ("other" if att.source else "unknown"),
                cue=text[cue[0] : cue[1]] if cue else "",
                cue_start=cue[0] if cue else None,
                cue_end=cue[1] if cue else None,
                cue_lemma=att.lemma,
                cue_stance=att.stance,
                content_spans=[list(span) for span in att.content],
                type=attribution_type(att),
            )
        )
    return rows


def _score(
    rows: list[dict], model: object | None, signals: tuple[str, ...], tone: bool, keep: bool
) -> tuple[pd.DataFrame, list[bool]]:
    """Each row's signals and polarity; the rows :func:`.stance_polarity.positive_tone` drops."""
    from ..sentiment import target_sentiment
    from ..sentiment.target import target_table
    from ..sentiment.vader import VaderScorer

    read = [r.pop("_context") for r in rows]
    contexts = target_table(*zip(*read, strict=True))
    texts = [r.pop("_tone") for r in rows]
    unsigned = [r.pop("_unsigned", None) for r in rows]
    cue_polarity = [r["cue_polarity"] for r in rows]
    frame = pd.DataFrame(rows)
    scored = target_sentiment(contexts, model=model)
    model_polarity = scored["label"].astype(str).to_numpy()
    frame["model_polarity"] = model_polarity
    frame["score"] = (scored["p_positive"] - scored["p_negative"]).to_numpy()
    negators = {t: negator_in(t) for t in set(texts)}  # one look per distinct text
    frame["negated"] = [negators[t] for t in texts]
    if tone:
        vader = VaderScorer(memo=True)
        compound = [vader.polarity_scores(t)["compound"] for t in texts]
    else:
        compound = [float("nan")] * len(texts)
    frame["vader"] = compound if tone else float("nan")
    decided = [
        _decide(signals, c, m, v)
        for c, m, v in zip(cue_polarity, model_polarity.tolist(), compound, strict=True)
    ]
    frame["sentiment"] = [d[0] for d in decided]
    frame["signal"] = [d[1] for d in decided]
    frame[["sentiment", "signal"]] = pair_polarity(frame)
    known = {} if keep else dict(zip(read, frame["score"].tolist(), strict=True))
    guesses = [] if keep else positive_tone(frame["signal"], unsigned, model, known=known)
    return frame[list(STANCE_TRIPLE_COLUMNS)].astype(STANCE_TRIPLE_COLUMNS), guesses
