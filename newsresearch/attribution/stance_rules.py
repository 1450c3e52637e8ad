"""Rules of :func:`~newsresearch.attribution.stance.stance_triples` for stances whose taker
or target the text leaves implicit.

* :func:`agentless_passive`: a passive act cue with no agent (``Voss was sued``):
  the source is :data:`ANONYMOUS`, as the stance gold writes an unnamed source;
* :func:`received_rows`: a stance the target receives (``Voss drew criticism``,
  ``won praise from Keller``);
* :func:`issue_antecedent`: a bare legislation noun (``the measure``) named by the
  nearest earlier bill, law or act phrase;
* :func:`full_given_names`: a person named by a short given name somewhere
  (``Mike Tarrow``) takes the full form the article also uses (``Michael Tarrow``);
* :func:`members_of`: the group whose members act is the source (``Members of the
  Liberty Caucus stood with Berg``: the Liberty Caucus);
* :func:`place_of_motion`: a target after ``from``, ``beyond``, ``into`` ... that no cue
  signs is where something goes or comes from, not what the speaker judges;
* :func:`content_cue`: the stance cue in a speaker's content whose object a target is
  (``"We will fight the bill"``), unless its subject is another actor
  (:func:`other_subject`: ``Voss said Keller would back Strand``: Keller's stance);
* :func:`demand_polarity`: a call for the target to end, quit or answer for something
  (``called for the inquiry to end``, ``calling for Barr to come before his committee``)
  is against the target, whatever the positive cue;
* :func:`unsigned_quotes`: the quote triples left out as unsigned (no cue, and a
  target-sentiment model that finds the target neutral, or positive inside the
  speaker's quoted words, where the default negative would be a guess against it).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from .letter_runs import letter_runs
from .stance_cues import Issue, flip, negated

if TYPE_CHECKING:
    import pandas as pd

    from ..text import Article

__all__ = [
    "ANONYMOUS",
    "ISSUE_SYNONYMS",
    "RECEPTION_NOUNS",
    "RECEPTION_VERBS",
    "VAGUE_ISSUES",
    "agentless_passive",
    "demand_polarity",
    "content_cue",
    "full_given_names",
    "issue_antecedent",
    "members_of",
    "other_subject",
    "place_of_motion",
    "received_rows",
    "refers_back",
    "unsigned_quotes",
]

_WORD_RE = re.compile(r"[A-Za-z]+")
#: Issue heads that, bare ("the decision", "the meeting", "the record"), name no issue: a
#: reference the text resolves elsewhere; not a target.
VAGUE_ISSUES = frozenset(
    """record records decision decisions meeting meetings war campaign order orders
    relationship relations story stories rule rules response rhetoric agenda care change
    rights control""".split()
)

#: The source of a stance whose taker the text does not name (as the stance gold writes it).
ANONYMOUS = "anonymous"
#: A passive auxiliary with an optional adverb right before a cue ("was sued", "is widely
#: criticized"): the end of the text before the cue.
_AGENTLESS_RE = re.compile(
    r"\b(?:was|were|been|being|is|are|be|get|gets|got|gotten)\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE
)
#: A participle that takes ``to`` as an adjective of position, not a passive: ``Voss is
#: opposed to the bill`` (Voss against the bill, not someone against Voss).
_ADJECTIVE_BEFORE_TO_RE = re.compile(r"opposed\s+to\b", re.IGNORECASE)


#: The most targets that no cue signs which one attribution gives: a content naming more
#: ("... the memory of Ada Birch, Colm Dray, Efa Holt and ...") lists names
#: rather than taking a stance toward each.
MAX_UNSIGNED_TARGETS = 3

#: Cue lemmas that attribute information rather than a position (``..., according to X``,
#: ``the Ledger reported that ...``, ``Voss noted that ...``): their content's targets are
#: triples only when a stance cue signs them.
INFORMATION_CUES = frozenset(
    {"according to", "report", "note", "cite", "recall", "remember", "know", "reveal", "disclose"}
)


def content_cue(
    text: str, cues: Sequence[Any], target: int, floor: int, ts: Any, speaker: str
) -> str:
    """The polarity of the stance cue in a content (from *floor*) whose object *target* is.

    ``"We will fight the bill"``: the last cue ending before the target, at most
    :data:`~.stance.OBJECT_CHARS` before it with no clause between; a negated cue flips
    (``"I do not support X"``); a cue whose subject is another actor than the speaker
    (:func:`other_subject`) signs nothing. Empty when there is none.
    """
    from .stance import OBJECT_CHARS, _clause_between

    for cue in reversed(cues):
        if cue.end > target:
            continue
        if target - cue.end > OBJECT_CHARS or _clause_between(text, cue.end, target):
            return ""
        if other_subject(ts, cue.start, floor, speaker):
            return ""  # "Voss said Keller would back X": Keller's stance, not the speaker's
        return flip(cue.polarity) if negated(text, cue.start, floor=floor) else cue.polarity
    return ""


def other_subject(ts: Any, cue_start: int, floor: int, speaker: str) -> bool:
    """Whether the content (from *floor*) names another actor than *speaker* as the subject
    of the cue at *cue_start*: the nearest subject mention before it (``ts.subject_before``)
    whose last word is not the speaker's (the speaker's pronoun, name or surname, ``Mike
    Voss`` for ``Michael Voss``, is the speaker).
    """
    subj = ts.subject_before(cue_start, floor)
    return subj is not None and bool(speaker) and subj.actor.split()[-1] != speaker.split()[-1]


def agentless_passive(text: str, cue_start: int, floor: int) -> bool:
    """Whether a cue (with no "by" after it) is a passive participle ("Voss was sued",
    "is widely criticized"): a participle in -ed right after a passive auxiliary.

    Examples
    --------
    >>> agentless_passive("Voss was sued.", 9, 0), agentless_passive("Voss sued.", 5, 0)
    (True, False)

    ``opposed to`` after a form of ``be`` is the subject's position, no passive:

    >>> agentless_passive("Voss is opposed to the bill.", 8, 0)
    False
    """
    m = _WORD_RE.match(text, cue_start)
    if m is None or not m.group().lower().endswith("ed"):
        return False
    if _ADJECTIVE_BEFORE_TO_RE.match(text, cue_start):
        return False
    return _AGENTLESS_RE.search(text[max(floor, cue_start - 30) : cue_start]) is not None


#: Head nouns that refer back to an issue of another head ("the measure" after "the
#: immigration bill", "the legislation" after "the Clean Water Act"); other classes
#: (deal / agreement, plan / proposal) lowered triple F1 on the development gold.
ISSUE_SYNONYMS: tuple[frozenset[str], ...] = (
    frozenset("bill bills law laws act legislation measure measures".split()),
)
#: Characters before a bare issue head in which its antecedent must start.
ANTECEDENT_CHARS = 3000


def refers_back(phrase: Issue) -> bool:
    """Whether *phrase* is a bare head that :func:`issue_antecedent` may name by an earlier
    issue (``"the measure"``), so that the article's issues are needed.

    Examples
    --------
    >>> refers_back(Issue(4, 11, "measure", "measure")), refers_back(Issue(0, 8, "tax bill", "tax bill"))
    (True, False)
    """
    return _synonyms(phrase) is not None


def _synonyms(phrase: Issue) -> frozenset[str] | None:
    """The :data:`ISSUE_SYNONYMS` class of a one-word phrase's head, else None."""
    head = phrase.name.lower()
    if " " in head:
        return None
    return next((g for g in ISSUE_SYNONYMS if head in g), None)


def issue_antecedent(issues: Sequence[Issue], phrase: Issue) -> str:
    """The name of the issue that a bare head refers back to, else the phrase's own name.

    ``"the measure"`` after ``"the immigration bill"``: the nearest earlier issue
    phrase of several words among *issues* (the article's, in text order) whose head
    is another noun of the same :data:`ISSUE_SYNONYMS` class, at most
    :data:`ANTECEDENT_CHARS` before. A bare head of the same noun keeps its name
    (``"the bill"``).
    """
    group = _synonyms(phrase)
    if group is None:
        return phrase.name
    head = phrase.name.lower()
    for p in reversed(issues):
        if p.start >= phrase.start:
            continue
        if p.start < phrase.start - ANTECEDENT_CHARS:
            break
        words = p.name.split()
        if len(words) > 1 and words[-1].lower() in group and words[-1].lower() != head:
            return p.name
    return phrase.name


#: Nouns of a stance that a target receives ("drew criticism", "won praise") -> polarity.
RECEPTION_NOUNS = {
    **dict.fromkeys(
        """criticism criticisms backlash blowback scrutiny outrage condemnation condemnations
        fury ire anger rebuke rebukes protest protests opposition ridicule derision fire
        attack attacks""".split(),
        "negative",
    ),
    **dict.fromkeys("praise support applause acclaim plaudits".split(), "positive"),
}
#: Verbs by which a target receives a stance ("Voss drew criticism", "the plan won support").
RECEPTION_VERBS = (
    frozenset(
        """draw draws drew drawn drawing face faces faced facing attract attracts attracted
    attracting spark sparks sparked sparking prompt prompts prompted prompting trigger
    triggers triggered triggering provoke provokes provoked provoking receive receives
    received receiving earn earns earned earning garner garners garnered garnering win wins
    won winning""".split()
    )
    | {f"{v} {p}" for v in "come comes came coming".split() for p in ("under",)}
    | {f"{v} with" for v in "meet meets met greet greets greeted".split()}
)
#: A reception verb, up to three words, and a reception noun ("drew sharp bipartisan criticism").
_RECEPTION_RE = re.compile(
    r"\b(?P<verb>"
    + "|".join(v.replace(" ", r"\s+") for v in sorted(RECEPTION_VERBS, key=len, reverse=True))
    + r")\s+(?P<between>(?:[a-z][\w-]*\s+){0,3}?)(?P<noun>"
    + "|".join(sorted(RECEPTION_NOUNS, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)
#: Words between a reception verb and its noun that deny the stance ("faced no opposition").
_NO_RECEPTION = frozenset("no little few without".split())
#: Letters that IGNORECASE matches to ASCII ones but ``str.lower`` does not lower to them.
_ODD_CASE = frozenset("\u0130\u0131\u017f\u212a")
#: Sentences without a reception noun are skipped before the pattern is tried.
_RECEPTION_NOUNS_SORTED = tuple(sorted(RECEPTION_NOUNS))
_FROM_RE = re.compile(r"\s+from\s+")
#: The first word of each reception verb ("come" of "come under").
_RECEPTION_FIRST_WORDS = frozenset(v.split()[0] for v in RECEPTION_VERBS)


def _reception_sentences(text: str, sentences: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences in which :data:`_RECEPTION_RE` may match: those that hold the first word
    of a :data:`RECEPTION_VERBS` verb as a whole run of letters and, in their lower case, a
    :data:`RECEPTION_NOUNS` noun (or a letter of :data:`_ODD_CASE`, sentence by sentence).

    The verbs are looked up among the runs of letters of the lower-cased text, which the
    stance cues have found already (:func:`.letter_runs.letter_runs`): a match's verb starts
    at a word boundary and is followed by white space, so its first word is such a run.

    Examples
    --------
    >>> text = "Voss drew criticism. Keller smiled. The plan won Support. Fire up."
    >>> _reception_sentences(text, [(0, 20), (21, 35), (36, 57), (58, 66)])
    [(0, 20), (36, 57)]
    """
    low = text.lower()
    if len(low) != len(text) or any(c in low for c in _ODD_CASE):
        # offsets of the lower case would shift, or an odd letter may match: sentence by sentence
        out = []
        for s_a, s_b in sentences:
            piece = text[s_a:s_b].lower()
            if any(n in piece for n in _RECEPTION_NOUNS_SORTED) or not _ODD_CASE.isdisjoint(piece):
                out.append((s_a, s_b))
        return out
    verbs = [a for a, _, _ in letter_runs(low).find(_RECEPTION_FIRST_WORDS)]
    out = []
    if not verbs:
        return out
    for s_a, s_b in sentences:
        k = bisect.bisect_left(verbs, s_a)
        if k < len(verbs) and verbs[k] < s_b:
            piece = low[s_a:s_b]
            if any(n in piece for n in _RECEPTION_NOUNS_SORTED):
                out.append((s_a, s_b))
    return out


def received_rows(doc_id: Any, article: Article, ts: Any) -> list[dict]:
    """``quote`` triples of a stance that a target receives ("Voss drew criticism").

    The target is the subject of a :data:`RECEPTION_VERBS` verb whose object is a
    :data:`RECEPTION_NOUNS` noun (up to three words between); the source is the
    actor after ``from`` (``drew criticism from Keller``), else :data:`ANONYMOUS`:
    the guide's source for an unnamed critic.
    """
    from .stance import OBJECT_CHARS, _context, _own

    text, rows = article.text, []
    for s_a, s_b in _reception_sentences(text, article.sentences):
        for m in _RECEPTION_RE.finditer(text, s_a, s_b):
            between = m.group("between").lower().split()
            if any(w in _NO_RECEPTION or w in {".", ";"} for w in between):
                continue
            noun = m.group("noun").lower()
            polar = RECEPTION_NOUNS[noun]
            subj = ts.subject_before(m.start(), s_a)
            if subj is None:
                continue
            source, source_type = ANONYMOUS, "person"
            after = _FROM_RE.match(text, m.end(), s_b)
            if after is not None:
                by = ts.within(after.end(), min(s_b, after.end() + OBJECT_CHARS), issues=False)
                if by and by[0][0] <= after.end() + 25:
                    source, source_type = by[0][2], by[0][3]
            if _own(subj.actor, source):
                continue
            if negated(text, m.start("verb"), floor=s_a):
                continue  # "did not draw criticism": no stance at all
            rows.append(
                {
                    "doc_id": doc_id,
                    "attribution_id": f"{doc_id}:r{len(rows) + 1}",
                    "kind": "quote",
                    "speaker": source,
                    "speaker_type": source_type,
                    "target": subj.actor,
                    "target_type": subj.type,
                    "cue_polarity": polar,
                    "in_quote": ts.in_quote(subj.start),
                    "cue": m.group(),
                    "cue_stance": "",
                    "cue_lemma": noun,
                    "target_start": subj.start,
                    "target_end": subj.end,
                    "_tone": text[s_a:s_b],
                    "_context": _context(article, subj.start, subj.end, None),
                    "_cue_span": (m.start("noun"), m.end("noun")),
                }
            )
    return rows


def full_given_names(rows: list[dict], mentions: Sequence[Any]) -> list[dict]:
    """*rows* (stance rows of one article) with a person's short given name replaced by the
    full form the article also uses: ``Mike Tarrow`` and ``Bob Lund`` become ``Michael
    Tarrow`` and ``Robert Lund`` when the article names them so too (as speaker or actor;
    ``data/given_name_forms.csv``), the bare canonical name the stance gold writes; a row
    whose speaker and target become one person is dropped.

    Examples
    --------
    >>> rows = [{"speaker": "Ada Voss", "target": "Mike Tarrow"},
    ...         {"speaker": "Michael Tarrow", "target": "Mike Tarrow"}]
    >>> full_given_names(rows, [])
    [{'speaker': 'Ada Voss', 'target': 'Michael Tarrow'}]
    """
    from .speaker_names import _full_forms

    names = {r["speaker"] for r in rows} | {r["target"] for r in rows}
    names |= {m.actor for m in mentions if m.type == "person"}
    forms = _full_forms()
    shorts = [n for n in names if len(w := n.split()) > 1 and w[0] in forms]
    if not shorts:
        return rows
    full: dict[str, str] = {}
    for name in shorts:
        given, *rest = name.split()
        for other in names:
            words = other.split()
            if len(words) > 1 and words[1:] == rest and words[0] in forms[given]:
                full[name] = other
                break
    if not full:
        return rows
    out = []
    for r in rows:
        r["speaker"] = full.get(r["speaker"], r["speaker"])
        r["target"] = full.get(r["target"], r["target"])
        if r["speaker"] != r["target"]:
            out.append(r)
    return out


#: Words for some of a group's people before "of (the)": the group acts through them.
_MEMBERS_OF_RE = re.compile(
    r"\b(?:members|leaders|dozens|hundreds|thousands|supporters|activists|representatives)"
    r"\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def members_of(text: str, floor: int, start: int) -> bool:
    """Whether the mention at *start* follows "members of (the)", "leaders of", "hundreds
    of" (from *floor*): the subject of the verb after it is the group itself, as the stance
    gold writes it (``Members of the Liberty Caucus stood with Berg``: Liberty Caucus).

    Examples
    --------
    >>> t = "Members of the Liberty Caucus stood with Berg."
    >>> members_of(t, 0, t.index("Liberty")), members_of(t, 0, t.index("Berg"))
    (True, False)
    """
    return _MEMBERS_OF_RE.search(text, floor, start) is not None


#: Prepositions of place and motion (and ``against``, after which a target is the object of
#: someone's opposition: ``the campaign against Keller``): an unsigned target after one is
#: not judged by the speaker.
_MOTION_BEFORE_RE = re.compile(
    r"\b(?:from|beyond|into|through|across|throughout|inside|outside|near|"
    r"under|in|at|against)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def place_of_motion(text: str, start: int) -> bool:
    """Whether the target at *start* follows a preposition of place or motion (``expand
    beyond Syria``, ``money from Russia``, ``troops into the Donbas``, ``talks in Harlow``,
    ``aides at the White House``): a target that no cue signs there is where something
    happens, goes or comes from, which the stance gold does not mark; after ``against``
    (``the campaign against Keller``) it is the object of a stance the sentence gives to
    someone else (a cue would have signed the speaker's own: ``voted against``). On the
    development stance gold, ``in``, ``at`` and ``against`` raise triple F1 0.265 -> 0.266
    (precision 0.309 -> 0.313).

    Examples
    --------
    >>> t = "It wants to expand beyond Syria and confront Iraq."
    >>> place_of_motion(t, t.index("Syria")), place_of_motion(t, t.index("Iraq"))
    (True, False)
    """
    return _MOTION_BEFORE_RE.search(text, max(0, start - 20), start) is not None


def unsigned_quotes(scored: pd.DataFrame, *, conflicting: bool = True) -> pd.Series:
    """The quote triples that no cue signs and the target-sentiment model does not back.

    A quote whose target no cue signs (``cue_polarity`` empty) would take the
    default negative. It is left out (abstains) when the model calls the target
    neutral (a bare mention, as the stance gold leaves out), or positive while the
    target is inside the speaker's quoted words (``"Ada Voss has earned the right
    to run," Lin said``): there the two signals conflict and the default is a
    guess. On the development stance gold, leaving out the second kind raises
    triple precision 0.282 -> 0.299 and polarity accuracy 0.811 -> 0.828 (F1
    0.253 -> 0.254); the same outside quotes lowers F1.

    Parameters
    ----------
    scored : DataFrame
        Stance triples with ``kind``, ``cue_polarity``, ``model_polarity``, ``in_quote``
        and ``signal`` (a triple the model signs, ``signals=("cue", "model")``, stays).
    conflicting : bool
        Also the quotes whose target the model calls positive inside the quoted words
        (``False``: the neutral ones only, as :func:`~.stance_summary.entity_stance`
        keeps them: toward an entity their default negative is mostly right on the
        development gold).

    Returns
    -------
    pandas.Series
        True for each triple left out, on *scored*'s index.

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.DataFrame({"kind": ["quote", "quote", "quote", "act"],
    ...                   "cue_polarity": ["", "", "", ""],
    ...                   "model_polarity": ["neutral", "positive", "positive", "positive"],
    ...                   "in_quote": [False, True, False, True], "signal": ["default"] * 4})
    >>> unsigned_quotes(t).tolist(), unsigned_quotes(t, conflicting=False).tolist()
    ([True, True, False, False], [True, False, False, False])
    """
    unsigned = (scored["kind"] == "quote") & (scored["cue_polarity"] == "")
    model = scored["model_polarity"]
    if not conflicting:
        return unsigned & (model == "neutral")
    guess = (scored["signal"] == "default") & (model == "positive") & scored["in_quote"]
    return unsigned & ((model == "neutral") | guess)


#: Cues whose object is asked to do something (``called for X to ...``).
DEMAND_CUES = frozenset({"call for", "demand", "push for", "press for", "urge"})
#: What the target is asked to do that goes against it: end, quit (``move aside``, ``bow
#: out``, ``concede``), undo or answer for.
_STOP_RE = re.compile(
    r"\s+to\s+(?:(?:immediately|quickly|finally|publicly)\s+)?(?:end|stop|halt|cease|"
    r"resign|quit|(?:step|stand|move|back)\s+(?:down|aside)|bow\s+out|get\s+out|exit|concede|"
    r"cancel|drop|withdraw|abandon|scrap|reverse|"
    r"recuse|apologi[sz]e|explain|testify|answer|account|come\s+before|leave|"
    r"be\s+(?:fired|removed|ousted|impeached|investigated|prosecuted|punished|charged|"
    r"arrested|jailed|scrapped|repealed|dropped|withdrawn|shut|ended|halted|stopped))\b",
    re.IGNORECASE,
)


def demand_polarity(text: str, lemma: str, target_end: int, polarity: str) -> str:
    """A demand cue's polarity toward its object: negative when the object is asked to
    end, quit, undo or answer for something, else *polarity*.

    ``Nadler is calling for Barr to come before his committee``, ``the president is
    calling for the investigation to end``: the cue is positive toward the demanded
    act, which goes against the target. A demand that the target act otherwise
    (``pushed for the bill to pass``) keeps the cue's polarity.

    Examples
    --------
    >>> t = "Voss is calling for the inquiry to end, and Keller pushed for the bill to pass."
    >>> demand_polarity(t, "call for", t.index(" to end"), "positive")
    'negative'
    >>> demand_polarity(t, "push for", t.index(" to pass"), "positive")
    'positive'
    """
    if polarity == "positive" and lemma in DEMAND_CUES and _STOP_RE.match(text, target_end):
        return "negative"
    return polarity
