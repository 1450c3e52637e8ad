"""Issue phrases with their complement: :func:`complement_phrases`.

An article names an issue or event by a head-noun phrase and what it is about, after a
preposition: ``the annexation of Corvania``, ``strikes on Velmoria``, ``charges against the
officers``, ``military aid to Norland``, ``a holistic view of school safety``. The phrase
alone (``annexation``, ``holistic view``) is an entity of
:func:`~newsresearch.attribution.stance_summary.entity_stance` already; the phrase with its
complement names the issue as a reader (and an annotator) names it, so
:func:`complement_phrases` gives it as an entity of its own: the issue phrase
(:func:`~newsresearch.attribution.stance_cues.find_issues`,
:func:`~newsresearch.attribution.issue_terms.find_issue_terms`, the events of
:func:`~newsresearch.attribution.entity_heads.find_event_phrases`), a preposition of
:data:`COMPLEMENT_OPENERS`, and the noun phrase after it as written: its determiner, then
up to :data:`COMPLEMENT_WORDS_MAX` words, up to punctuation, a clause word, a verb of
``be``/``have``/``do`` or a modal, another preposition, a time word or a lower-case word in
``-ed`` or ``-ing``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from .stance_objects import _DETERMINERS, _PRONOUNS, _STOP, _TIMES

if TYPE_CHECKING:
    import pandas as pd

    from ..sentiment.estimator import TargetSentimentClassifier
    from ..text import ParsedCorpus
    from .stance_cues import Issue, StanceCue

__all__ = [
    "COMPLEMENT_OPENERS",
    "COMPLEMENT_WORDS_MAX",
    "complement_phrases",
    "complement_tone",
    "cue_objects",
    "issue_phrases",
]

#: Prepositions that open an issue's complement.
COMPLEMENT_OPENERS = ("of", "against", "on", "for", "to", "into", "with")
#: The most words a complement keeps after its determiner.
COMPLEMENT_WORDS_MAX = 4
_OPENER_RE = re.compile(rf"[ \t]+({'|'.join(COMPLEMENT_OPENERS)})[ \t]+")
#: A word, or one mark of punctuation (which ends the complement).
_TOKEN_RE = re.compile(r"[A-Za-z0-9][\w’'.-]*|[^\w\s]")
#: Words a complement does not end on.
_DANGLING = frozenset({"of", "and", "the", "a", "an"})


def _complement(text: str, start: int, *, verb_free: bool = False) -> int | None:
    """Where the noun phrase at *start* ends (see the module notes), or None; with
    *verb_free* (after ``to``), a phrase that opens on a lower-case word needs a
    determiner before it (``to the rebels``, ``to Norland``, not ``to impeach``)."""
    words: list[str] = []
    end = start
    determined = False

    def first_ok(word: str) -> bool:
        return not verb_free or determined or not word[:1].islower()

    for m in _TOKEN_RE.finditer(text, start, min(len(text), start + 120)):
        if text[end : m.start()].count("\n") or not m.group()[0].isalnum():
            break
        word = m.group()
        bare = word.rstrip(".")
        low = bare.lower()
        if not words and low in _DETERMINERS and low not in _PRONOUNS:
            end = m.end()
            determined = True
            continue
        if low in _PRONOUNS and bare.islower():
            return None  # a pronoun ("against them") or a clause
        if low in _STOP or low in _TIMES or low in _DETERMINERS:
            break
        if bare.islower() and low.endswith(("ed", "ing")) and words:
            break
        if word.endswith(".") and len(bare) > 1 and not re.fullmatch(r"(?:[A-Z]\.)+", word):
            words.append(bare)
            end = m.start() + len(bare)
            break  # the sentence ends here
        if not words and not first_ok(word):
            return None  # "moves to impeach": a verb after "to", no noun phrase
        words.append(word.rstrip("'’"))
        end = m.start() + len(words[-1])
        if len(words) >= COMPLEMENT_WORDS_MAX or words[-1] != word:
            break  # a plural possessive ("officials’") ends the phrase
    while words and words[-1].lower() in _DANGLING:
        words.pop()
        end = text.rfind(" ", start, end) if words else start
    if not words:
        return None
    return end


def complement_phrases(text: str, phrases: list[Issue]) -> list[tuple[str, str]]:
    """Each issue phrase of *phrases* followed by its complement in *text*: ``(name, alias)``.

    The alias is the text as written, from the phrase's start (its determiner left
    out) to the complement's end; the name is its words with single spaces. Phrases
    with no complement, or one that is a pronoun, give nothing.

    Examples
    --------
    >>> from newsresearch.attribution.stance_cues import Issue
    >>> text = "Aides condemned the annexation of Corvania, and the aid to them."
    >>> complement_phrases(text, [Issue(20, 30, "annexation", "annexation"),
    ...                           Issue(52, 55, "aid", "aid")])
    [('annexation of Corvania', 'annexation of Corvania')]
    >>> text = "She called for criminal charges against the officers who were fired."
    >>> complement_phrases(text, [Issue(15, 31, "criminal charges", "criminal charges")])
    [('criminal charges against the officers', 'criminal charges against the officers')]
    """
    out: dict[str, str] = {}
    for p in phrases:
        opener = _OPENER_RE.match(text, p.end)
        if opener is None:
            continue
        end = _complement(text, opener.end(), verb_free=opener.group(1) == "to")
        if end is None:
            continue
        alias = text[p.start : end]
        first = alias.split(maxsplit=1)
        if len(first) == 2 and first[0].lower() in _DETERMINERS:
            alias = first[1]
        name = " ".join(alias.split())
        out.setdefault(name, alias)
    return list(out.items())


def issue_phrases(
    text: str, found: Sequence[Issue] | None = None, *, cues: Sequence[StanceCue] | None = None
) -> list[tuple[str, str]]:
    """:func:`complement_phrases` of the issue phrases and events of *text* (see the module
    notes; *found*: those already found) and of its :func:`cue_objects` (*cues*: its stance
    cues, when already found), in text order.

    Examples
    --------
    >>> issue_phrases("Senator Ada Voss opposed the tax bill for small farms.")
    [('tax bill for small farms', 'tax bill for small farms')]
    """
    from .entity_heads import find_event_phrases
    from .issue_terms import find_issue_terms
    from .stance_cues import find_issues

    if found is None:
        found = [*find_issues(text), *find_issue_terms(text), *find_event_phrases(text)]
    bases = sorted([*found, *cue_objects(text, cues=cues)], key=lambda p: (p.start, -p.end))
    return complement_phrases(text, bases)


def cue_objects(text: str, *, cues: Sequence[StanceCue] | None = None) -> list[Issue]:
    """The phrase each stance cue of *text* (*cues*, when already found) takes a stand on
    (:func:`~newsresearch.attribution.stance_objects.stance_objects`' reading, one
    lower-case word too) when it ends in a common noun, as
    :class:`~newsresearch.attribution.stance_cues.Issue` spans.

    Examples
    --------
    >>> [(i.text, i.name) for i in cue_objects("Voss condemned the backlash against Lin.")]
    [('backlash', 'backlash')]
    >>> cue_objects("Voss praised Lin for her work.")
    []
    """
    from .stance_cues import Issue, find_stance_cues
    from .stance_objects import _THANKS_TO_RE, _phrase

    out = []
    for cue in find_stance_cues(text) if cues is None else cues:
        if _THANKS_TO_RE.match(text, cue.start):
            continue
        name = _phrase(text, cue.end, lone_noun=True)
        if not name or not name.split()[-1].islower():
            continue  # a name ("praised Voss for her work"): its "for" gives a reason
        at = text.find(name, cue.end, cue.end + 200)
        if at >= 0:
            out.append(Issue(at, at + len(name), name, name))
    return out


def _where(text: str, phrases: list[tuple[str, str]]) -> list[tuple[int, int, str]]:
    """Where *text* writes each phrase's name (in any case, as whole words), longest first
    where two overlap: ``(start, end, name)`` in text order.

    Examples
    --------
    >>> _where("The tax bill and the Tax Bill vote.", [("tax bill", ""), ("tax bill vote", "")])
    [(4, 12, 'tax bill'), (21, 34, 'tax bill vote')]
    """
    low = text.lower()
    found = []
    for name in {name for name, _ in phrases}:
        key = name.lower()
        at = low.find(key)
        while at >= 0:
            end = at + len(key)
            before = low[at - 1] if at else " "
            after = low[end] if end < len(low) else " "
            if not (before.isalnum() or before in "_-") and not (after.isalnum() or after in "_-"):
                found.append((at, end, name))
            at = low.find(key, at + 1)
    found.sort(key=lambda f: (-(f[1] - f[0]), f[0]))
    kept: list[tuple[int, int, str]] = []
    for f in found:
        if not any(k[0] < f[1] and f[0] < k[1] for k in kept):
            kept.append(f)
    return sorted(kept)


def complement_tone(
    parsed: ParsedCorpus,
    *,
    model: TargetSentimentClassifier | None = None,
    bases: Mapping[Any, Sequence[Issue]] | None = None,
) -> pd.DataFrame:
    """The tone of each article's :func:`issue_phrases` and of the noun runs of its stance
    sentences (:func:`~newsresearch.attribution.noun_runs.noun_runs`: ``full audit``), a
    run with its complement too (``expansive view of obstruction``), as
    :func:`newsresearch.actor_sentiment` rows (``doc_id``, ``actor``, ``actor_type``
    ``issue``, ``mentions``, ``mean_score``, ``label``): each phrase's mentions where the
    article writes it (longest first where two phrases, or two runs, overlap) scored by
    the target-sentiment model in their sentence; the article's other actors are not
    scored again. *bases*: each article's issue phrases and events already found (by
    ``doc_id``).

    Examples
    --------
    >>> import pandas as pd
    >>> from newsresearch.text import parse
    >>> t = pd.Series(["Critics condemned the annexation of Corvania."], index=["d"])
    >>> complement_tone(parse(t))[["actor", "mentions"]].values.tolist()
    [['annexation of Corvania', 1]]
    """
    import pandas as pd

    from ..sentiment.actors import ACTOR_SENTIMENT_COLUMNS, _aggregate
    from ..sentiment.target import target_sentiment, target_table
    from .noun_runs import noun_runs
    from .stance_cues import Issue, find_stance_cues

    keys, names, texts, starts, ends = [], [], [], [], []
    for doc_id, article in parsed.items():
        if article is None:
            continue
        found = None if bases is None else bases.get(doc_id)
        said = [
            span
            for att in article.attributions
            for span in ([att.cue] if att.cue else []) + list(att.content)
        ]
        cues = find_stance_cues(article.text)  # read once, by the runs and the cue objects
        runs = [(r, r) for r in noun_runs(article.text, article.sentences, said=said, cues=cues)]
        at_runs = _where(article.text, runs)
        # a run's complement too ("an expansive view of obstruction")
        phrases = issue_phrases(article.text, found, cues=cues)
        phrases += complement_phrases(article.text, [Issue(a, b, n, n) for a, b, n in at_runs])
        where = _where(article.text, phrases)
        for start, end, name in [*where, *at_runs]:
            i = article.sentence_at(start)
            a, b = article.sentences[i] if i is not None else (0, len(article.text))
            b = max(b, end)
            keys.append(doc_id)
            names.append(name)
            texts.append(article.text[a:b])
            starts.append(start - a)
            ends.append(end - a)
    if not keys:
        return pd.DataFrame(columns=list(ACTOR_SENTIMENT_COLUMNS)).astype(ACTOR_SENTIMENT_COLUMNS)
    scored = target_sentiment(target_table(texts, starts, ends), model=model)
    scores = (scored["p_positive"] - scored["p_negative"]).to_numpy().tolist()
    labels = scored["label"].astype(object).tolist()
    rows = _aggregate(keys, names, ["issue"] * len(keys), scores, labels)
    return pd.DataFrame(rows).astype(ACTOR_SENTIMENT_COLUMNS)
