"""Article-level stance from the triples: :func:`stance_pairs` and :func:`entity_stance`.

* :func:`stance_pairs`: one row per article x source x target, the polarity
  its triples agree on (the article-level stance network);
* :func:`entity_stance`: one row per article x entity, the polarity toward the
  entity in the article: from the stance triples toward it when there are
  any, else (``fallback=True``) from the tone of the sentences that mention it
  (:func:`newsresearch.actor_sentiment`, the target-sentiment model), so that
  every entity the article names gets a score (the stance cues that take a stand on
  the entity outweigh that tone: :func:`~newsresearch.attribution.stance_objects.stance_objects`);
  without an actors-of-interest
  table, also the phrases its stance cues take a stand on that neither scores
  (:func:`~newsresearch.attribution.stance_objects.stance_objects`: ``opposed to
  the legalization of gambling``), by the cues' polarity.

A cue-signed triple (``signal == "cue"``: the stance verb or cue carries the
polarity) outweighs the others: the polarity is the majority of the
cue-signed triples when there are any, else of all of them; a tie is
:data:`~newsresearch.attribution.stance.DEFAULT_POLARITY`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

import pandas as pd

from .stance import DEFAULT_POLARITY

if TYPE_CHECKING:
    from ..text import Article, ParsedCorpus

__all__ = [
    "ENTITY_STANCE_COLUMNS",
    "LONE_ACRONYM_MIN",
    "LONE_NAME_MIN",
    "STANCE_PAIR_COLUMNS",
    "entity_stance",
    "lone_names",
    "stance_pairs",
]

#: Columns and dtypes of :func:`stance_pairs`.
STANCE_PAIR_COLUMNS: dict[str, str] = {
    "doc_id": "str",
    "speaker": "str",
    "target": "str",
    "target_type": "str",
    "sentiment": "str",
    "triples": "int64",
    "positive": "int64",
    "negative": "int64",
    "kinds": "str",
}
#: Columns and dtypes of :func:`entity_stance`.
ENTITY_STANCE_COLUMNS: dict[str, str] = {
    "doc_id": "str",
    "entity": "str",
    "entity_type": "str",
    "sentiment": "str",
    "score": "float64",
    "source": "str",
    "triples": "int64",
    "mentions": "int64",
}


def _vote(sentiments: pd.Series, signals: pd.Series) -> str:
    """The polarity of a group of triples (see the module notes)."""
    signed = sentiments[signals == "cue"]
    votes = signed if len(signed) else sentiments
    pos, neg = int((votes == "positive").sum()), int((votes == "negative").sum())
    if pos == neg:
        return DEFAULT_POLARITY
    return "positive" if pos > neg else "negative"


def _grouped(triples: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    rows = []
    for key, group in triples.groupby(keys, sort=False):
        pos = int((group["sentiment"] == "positive").sum())
        neg = int((group["sentiment"] == "negative").sum())
        rows.append(
            {
                **dict(zip(keys, key, strict=True)),
                "target_type": group["target_type"].iloc[0],
                "sentiment": _vote(group["sentiment"], group["signal"]),
                "triples": len(group),
                "positive": pos,
                "negative": neg,
                "kinds": ";".join(sorted(set(group["kind"]))),
            }
        )
    return pd.DataFrame(rows)


def stance_pairs(triples: pd.DataFrame) -> pd.DataFrame:
    """One row per article x source x target: the polarity its triples agree on.

    Parameters
    ----------
    triples : DataFrame
        The output of :func:`~newsresearch.attribution.stance.stance_triples`.
        Triples without a speaker are left out.

    Returns
    -------
    pandas.DataFrame
        Columns :data:`STANCE_PAIR_COLUMNS`: ``sentiment`` (see the module
        notes), ``triples`` (how many), ``positive`` and ``negative`` (how many
        of each) and ``kinds`` (``act``, ``quote`` or ``act;quote``), in order of
        first appearance.

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.DataFrame({"doc_id": ["d"] * 3, "speaker": ["Ada Voss"] * 3,
    ...                   "target": ["Lin"] * 3, "target_type": ["person"] * 3,
    ...                   "kind": ["quote", "quote", "act"],
    ...                   "sentiment": ["positive", "positive", "negative"],
    ...                   "signal": ["default", "default", "cue"]})
    >>> stance_pairs(t)[["speaker", "target", "sentiment", "triples"]].values.tolist()
    [['Ada Voss', 'Lin', 'negative', 3]]
    """
    found = triples[triples["speaker"].fillna("") != ""]
    if found.empty:
        return pd.DataFrame(columns=list(STANCE_PAIR_COLUMNS)).astype(STANCE_PAIR_COLUMNS)
    out = _grouped(found, ["doc_id", "speaker", "target"])
    return out[list(STANCE_PAIR_COLUMNS)].astype(STANCE_PAIR_COLUMNS)


#: A capitalised word or an acronym, with an optional possessive, not inside a longer word.
_LONE_RE = re.compile(r"(?<![\w.’'-])([A-Z][a-z]+|[A-Z]{2,6})(?:’s|'s)?(?![\w-])")
#: What a sentence-initial word follows (a capital there says nothing).
_SENTENCE_START_RE = re.compile(r"(?:^|[.!?\"“”:\n])\s*$")
#: Endings of demonyms and adjectives ("Iranian", "Islamic", "Spanish"): no names.
_ADJECTIVE_ENDINGS = ("ian", "ean", "ican", "ians", "eans", "icans", "ic", "ish", "ese")
#: A speech verb after a word: its subject is a person ("Voss said").
_SPEECH_AFTER_RE = re.compile(r"\s+(?:said|says|told|tweeted|wrote)\b")
_CAPITAL_AFTER_RE = re.compile(r"\s+[A-Z]")
#: How often a lone name must recur in an article to count.
LONE_NAME_MIN = 3
#: How often a lone acronym must (``ATF``, ``CDC``): an acronym is a name more surely.
LONE_ACRONYM_MIN = 2


def lone_names(text: str, taken: set[str]) -> list[tuple[str, str]]:
    """Names that recur alone in *text* and that no name finder saw: ``(name, type)``.

    A person the article names only by surname (``Trump's stance``, ``Kavanaugh``),
    a company or group by one word or an acronym (``NRA``, ``Shaw's``): a
    capitalised word that recurs at least :data:`LONE_NAME_MIN` times or an acronym that
    recurs at least :data:`LONE_ACRONYM_MIN` times
    inside sentences (an acronym anywhere: ``“CNBC already ...``) and apart from
    other capitalised words, never in lower case,
    no title, not a weekday or month, not a
    demonym or adjective (``Iranian``, ``Islamic``), and not a word of *taken*
    (the words of the names already found). Acronyms are organisations; a word
    after ``Mr.``, ``Ms.``, ``Mrs.`` or a title of ``data/titles.csv`` somewhere,
    or the subject of a speech verb (``said``, ``told``), a person; any other,
    an organisation.

    Examples
    --------
    >>> text = "Critics attacked Harlan. Harlan's plan and the NRA. Harlan said no."
    >>> lone_names(text, set())
    []
    >>> lone_names("Critics attacked the ATF. Ada Voss said the ATF erred.", set())
    [('ATF', 'organisation')]
    >>> text = "Voters met Harlan. Then Harlan's plan. Aides of Harlan said no. The NRA and the NRA cheer the NRA."
    >>> lone_names(text, set())
    [('Harlan', 'person'), ('NRA', 'organisation')]
    """
    from ..actor_names import _NOT_NAMES, titles

    counts: dict[str, int] = {}
    person: set[str] = set()
    title_words = {t.rstrip(".") for t in titles()}
    for m in _LONE_RE.finditer(text):
        word = m.group(1)
        before = text[max(0, m.start() - 40) : m.start()]
        if not word.isupper() and _SENTENCE_START_RE.search(before):
            continue  # an acronym is a name wherever it stands ("“CNBC already makes ...")
        prev = before.split()[-1] if before.split() else ""
        after = text[m.end() : m.end() + 12]
        if prev.rstrip(".") in title_words or _SPEECH_AFTER_RE.match(after):
            person.add(word)
        if (prev[:1].isupper() and prev not in _NOT_NAMES) or _CAPITAL_AFTER_RE.match(after):
            continue  # a word of a longer name ("Middle East", "Justice Department")
        counts[word] = counts.get(word, 0) + 1
    out = []
    for word, n in counts.items():
        least = LONE_ACRONYM_MIN if word.isupper() else LONE_NAME_MIN
        if n < least or word in taken or word in _NOT_NAMES or word in title_words:
            continue
        if not word.isupper() and word.lower().endswith(_ADJECTIVE_ENDINGS):
            continue
        if re.search(rf"\b{word.lower()}\b", text):
            continue
        kind = "person" if word in person and not word.isupper() else "organisation"
        out.append((word, kind))
    return out


#: A place's police (``Minneapolis police``), which the entity table names as its
#: department (``Minneapolis Police Department``), the name the stance gold gives it.
_POLICE_RE = re.compile(r"^((?:[A-Z][\w.’'-]*\s)+)police$")


def _as_department(name: str) -> str:
    """*name*, a place's police named as its department (:data:`_POLICE_RE`)."""
    return _POLICE_RE.sub(r"\1Police Department", name)


def _found_entities(article: Article, issues: list[Any] | None = None) -> Any:
    """Places (``data/places.txt``), the issue and group phrases *article* names (a
    place's police as its department: :data:`_POLICE_RE`; issues also by a term of
    :func:`~newsresearch.attribution.issue_terms.issue_terms`; events, plural groups,
    named operations, organisations named ``Xs for Y``, persons named by a role (``the
    whistleblower``) and relatives named by a kinship noun and a given name:
    :mod:`~newsresearch.attribution.entity_heads`; groups named by a plural agent noun and
    terms set in quotation marks, companies by their name without a legal form:
    :mod:`~newsresearch.attribution.entity_shapes`) and their
    :func:`lone_names`, as a table of its own: what one article names is never an
    entity of another, so an article's rows do not depend on the batch it is in. Its
    issue phrases and events are added to *issues* when given."""
    from ..actors_of_interest import read_actors
    from .entity_heads import (
        find_event_phrases,
        find_for_organisations,
        find_group_plurals,
        find_operations,
        find_roles,
        kin_names,
    )
    from .entity_shapes import company_short_names, find_agent_plurals, find_quoted_terms
    from .issue_terms import find_issue_terms
    from .stance import place_actors
    from .stance_cues import find_groups, find_issues

    rows = [
        tuple(r) for r in place_actors().table[["name", "type", "alias"]].itertuples(index=False)
    ]
    taken = {w for alias in place_actors().table["alias"] for w in alias.split()}
    phrases = set()
    own = [
        *find_issues(article.text),
        *find_issue_terms(article.text),
        *find_event_phrases(article.text),
    ]
    if issues is not None:
        issues.extend(own)
    for p in [
        *own,
        *find_groups(article.text, bare=True),
        *find_group_plurals(article.text),
        *find_operations(article.text),
        *find_for_organisations(article.text),
        *find_roles(article.text),
        *find_agent_plurals(article.text),
        *find_quoted_terms(article.text),
    ]:
        phrases.add((_as_department(p.name), p.type, p.name))
    persons = [(m.start, m.actor) for m in article.actors.mentions if m.type == "person"]
    phrases.update((n, "person", a) for n, a in kin_names(article.text, persons))
    organisations = [m.actor for m in article.actors.mentions if m.type == "organisation"]
    phrases.update(company_short_names(organisations))
    words = {w for m in article.actors.mentions for w in re.findall(r"\w+", m.text)}
    phrases.update((n, t, n) for n, t in lone_names(article.text, taken | words))
    rows += sorted(phrases)
    return read_actors(pd.DataFrame(rows, columns=["name", "type", "alias"]), issue_words=False)


def _then(tone: pd.DataFrame, extra: pd.DataFrame | None, pooled: dict) -> Any:
    """The rows of *tone*, then those of *extra* whose entity no row of *tone* named (as
    :func:`_same_name` reads names, in *pooled* once *tone* is read; a name without a
    complement also as :func:`_covered` reads them: ``budget plan`` after ``Voss's budget
    plan``, but ``aid to Norland`` after ``Norland``)."""
    from .issue_complements import COMPLEMENT_OPENERS

    yield from tone.itertuples(index=False)
    if extra is None:
        return
    seen = set(pooled)
    words: dict[Any, list[tuple[str, ...]]] = {}
    for entity, _, _, _, doc_id in pooled.values():
        words.setdefault(doc_id, []).append(_name_words(entity))
    for rec in extra.itertuples(index=False):
        name = _as_department(rec.actor)  # as _found_entities
        if (rec.doc_id, _same_name(name)) in seen:
            continue
        if not set(_name_words(name)) & set(COMPLEMENT_OPENERS) and _covered(
            name, words.get(rec.doc_id, [])
        ):
            continue
        yield rec


def _name_words(name: str) -> tuple[str, ...]:
    words = re.sub(r"['’]s\b", "", name).casefold().split()
    return tuple(w for w in words if w not in ("the", "a", "an"))


def _same_name(name: str) -> tuple[str, ...]:
    """*name*'s words as :func:`_name_words` reads them, without a plural possessive's
    apostrophe (``Hotshots'``): two names of one article with the same words name one
    entity (``Mueller’s report``, ``Mueller report``)."""
    return tuple(w.rstrip("'’") for w in _name_words(name.replace("’", "'")))


def _covered(name: str, others: list[tuple[str, ...]]) -> bool:
    """Whether an entity already named (same words, or one's words all in the other's
    and the same last word) is *name*."""
    words = _name_words(name)
    for other in others:
        short, long_ = sorted((words, other), key=len)
        if short and short[-1] == long_[-1] and set(short) <= set(long_):
            return True
    return False


def _object_votes(parsed: ParsedCorpus) -> dict[Any, dict[str, list[str]]]:
    """Per article, the polarities of the stance cues that take a stand on each phrase
    (:func:`~newsresearch.attribution.stance_objects.stance_objects`)."""
    from .stance_objects import stance_objects

    out: dict[Any, dict[str, list[str]]] = {}
    for doc_id, article in parsed.items():
        if article is None:
            continue
        votes = out.setdefault(doc_id, {})
        for name, polarity in stance_objects(article.text):
            votes.setdefault(name, []).append(polarity)
    return out


def _cue_vote(entity: str, votes: dict[str, list[str]]) -> tuple[str, float] | None:
    """The polarity and score of the stance cues whose objects name *entity* (as
    :func:`_covered` reads names), or None when none does or they tie."""
    words = [_name_words(entity)]
    polarities = [p for name, ps in votes.items() if _covered(name, words) for p in ps]
    pos, neg = polarities.count("positive"), polarities.count("negative")
    if pos == neg:
        return None
    return ("positive" if pos > neg else "negative"), (pos - neg) / len(polarities)


def _object_rows(
    votes_by_doc: dict[Any, dict[str, list[str]]], rows: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Rows for the objects of each article's stance cues that no row of *rows* names
    (:func:`~newsresearch.attribution.stance_objects.stance_objects`): the majority of
    the cues' polarity (a tie: :data:`~newsresearch.attribution.stance.DEFAULT_POLARITY`)."""
    named: dict[str, list[tuple[str, ...]]] = {}
    for r in rows:
        named.setdefault(r["doc_id"], []).append(_name_words(r["entity"]))
    out = []
    for doc_id, votes in votes_by_doc.items():
        others = named.get(doc_id, [])
        for name, polarities in votes.items():
            if _covered(name, others):
                continue
            pos, neg = polarities.count("positive"), polarities.count("negative")
            out.append(
                {
                    "doc_id": doc_id,
                    "entity": name,
                    "entity_type": "issue",
                    "sentiment": DEFAULT_POLARITY
                    if pos == neg
                    else ("positive" if pos > neg else "negative"),
                    "score": (pos - neg) / len(polarities),
                    "source": "object",
                    "triples": 0,
                    "mentions": 0,
                }
            )
    return out


def entity_stance(
    corpus: pd.DataFrame | pd.Series | ParsedCorpus,
    *,
    triples: pd.DataFrame | None = None,
    actors: Any = None,
    model: object | None = None,
    fallback: bool = True,
) -> pd.DataFrame:
    """Article-level sentiment toward each entity, from the stance triples toward it.

    Parameters
    ----------
    corpus : DataFrame, Series or ParsedCorpus
        As for :func:`~newsresearch.attribution.stance.stance_triples`.
    triples : DataFrame, optional
        Stance triples of *corpus* already found (default: found here with
        *actors* and *model*).
    actors : path, DataFrame, mapping, list or ActorsOfInterest, optional
        Actors and issues of interest (:func:`newsresearch.actors_of_interest.read_actors`).
    model : TargetSentimentClassifier, optional
        The target-sentiment model (default: the shipped one).
    fallback : bool
        Give every entity that no triple targets the tone of the sentences that
        mention it: the sign of :func:`newsresearch.actor_sentiment`'s
        ``mean_score`` (positive above 0), for the article's actors and,
        without *actors*, the places and groups it names
        (:func:`~newsresearch.attribution.stance.place_actors`), its issue
        phrases, its group phrases (``the Obama administration``,
        ``politicians``), its events (``the trial``, ``Operation Desert Storm``),
        the groups, terms and companies it names in shapes any article uses
        (:mod:`~newsresearch.attribution.entity_shapes`: ``drug dealers``, a
        ``“space force”``, ``Moderna`` after ``Moderna Inc.``)
        and the names it repeats alone (:func:`lone_names`: ``Trump``, ``NRA``);
        an entity that stance cues take a stand on
        (:func:`~newsresearch.attribution.stance_objects.stance_objects`, named as
        :func:`_covered` reads names) takes the cues' majority instead of the
        tone (source ``object``). Without it, only targets of triples are scored.

    Returns
    -------
    pandas.DataFrame
        Columns :data:`ENTITY_STANCE_COLUMNS`: ``entity`` and ``entity_type``,
        ``sentiment`` (positive or negative), ``score`` (stance: (positive -
        negative) / triples; tone: the mean target-sentiment score),
        ``source`` (``stance``, ``tone`` or ``object``: the cues' polarity toward a
        cue object or a mentioned entity they name, ``score`` (positive - negative) /
        cues), ``triples`` (toward
        the entity) and ``mentions`` (tone rows: mentions scored; else 0).

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.Series(["Sen. Ada Voss praised Gov. Helena Strand. Strand spoke later."],
    ...               index=["d1"])
    >>> entity_stance(t)[["entity", "sentiment", "source"]].values.tolist()
    [['Helena Strand', 'positive', 'stance'], ['Ada Voss', 'positive', 'tone']]
    """
    from ..hover_cards import strip_card_start
    from ..sentiment import actor_sentiment
    from ..sentiment.actors import actor_sentiment_each
    from ..text import parse
    from .issue_complements import complement_tone
    from .stance import stance_triples
    from .stance_names import without_weekday
    from .stance_rules import unsigned_quotes

    parsed = parse(corpus)
    if triples is None:  # the quotes whose model tone conflicts with the default: kept here
        triples = stance_triples(parsed, actors=actors, model=model, keep_neutral=True)
        triples = triples[~unsigned_quotes(triples, conflicting=False)]
    rows = []
    if not triples.empty:
        named = triples["target"].map(_as_department)
        found = _grouped(triples.assign(target=named), ["doc_id", "target"])
        for rec in found.itertuples(index=False):
            rows.append(
                {
                    "doc_id": rec.doc_id,
                    "entity": rec.target,
                    "entity_type": rec.target_type,
                    "sentiment": rec.sentiment,
                    "score": (rec.positive - rec.negative) / rec.triples,
                    "source": "stance",
                    "triples": rec.triples,
                    "mentions": 0,
                }
            )
    if fallback:
        # one row per entity: names with the same words (``Mueller’s report``, ``Mueller
        # report``) are one, and their tone rows pool their mentions
        done = {(r["doc_id"], _same_name(r["entity"])) for r in rows}
        bases: dict[Any, list[Any]] = {}  # each article's issue phrases, found once
        if actors is not None:
            tone = actor_sentiment(parsed, actors=actors, model=model)
        else:
            tone = actor_sentiment_each(
                parsed,
                lambda doc_id, article: _found_entities(article, bases.setdefault(doc_id, [])),
                model=model,
            )
        votes = _object_votes(parsed)
        pooled: dict[tuple[Any, tuple[str, ...]], list[Any]] = {}
        extra = None
        if actors is None:  # issue phrases with their complement, scored on their own
            extra = complement_tone(parsed, model=model, bases=bases)
        for rec in _then(tone, extra, pooled):
            # "Jeff Sessions Thursday", "Mike Pompeo Michael" (a hover card): Jeff Sessions,
            # Mike Pompeo
            entity = strip_card_start(without_weekday(rec.actor))
            key = (rec.doc_id, _same_name(entity))
            if key in done:
                continue
            n = int(rec.mentions)
            if key in pooled:
                pooled[key][2] += n
                pooled[key][3] += n * float(rec.mean_score)
            else:
                pooled[key] = [entity, rec.actor_type, n, n * float(rec.mean_score), rec.doc_id]
        for entity, type_, n, total, doc_id in pooled.values():
            score = total / n if n else 0.0
            # the stance cues that take a stand on the entity outweigh its mentions' tone
            cue = _cue_vote(entity, votes.get(doc_id, {}))
            rows.append(
                {
                    "doc_id": doc_id,
                    "entity": entity,
                    "entity_type": type_,
                    "sentiment": cue[0] if cue else ("positive" if score > 0 else "negative"),
                    "score": cue[1] if cue else score,
                    "source": "object" if cue else "tone",
                    "triples": 0,
                    "mentions": n,
                }
            )
        if actors is None:
            rows += _object_rows(votes, rows)
    if not rows:
        return pd.DataFrame(columns=list(ENTITY_STANCE_COLUMNS)).astype(ENTITY_STANCE_COLUMNS)
    out = pd.DataFrame(rows)
    return out[list(ENTITY_STANCE_COLUMNS)].astype(ENTITY_STANCE_COLUMNS)
