"""The analyses the pipeline runs: what each computes, reads, and returns.

Every :class:`Analysis` names its feature tables, the ``newsresearch``
packages whose source is part of its cache key, the package data files it
reads, the libraries whose versions count, its options, its run function and
the declared schemas of its tables (columns from :mod:`.schemas`). A run function takes the
chunk's :class:`~newsresearch.text.ParsedCorpus` (the same parsed articles
for every analysis of a chunk) and the analysis' options, and returns its
tables.

Examples
--------
>>> ANALYSES["attributions"].tables
('attributions',)
>>> TABLES["stance_triples"]
'stance'
>>> ANALYSES["frames"].schemas({"scheme": "policy"})["frames"].names[:3]
['doc_id', 'n_tokens', 'density_economic']
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import import_module
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa

from ..text import ParsedCorpus
from .schemas import (
    arrow_schema,
    document_sentiment_columns,
    frame_columns,
    sentence_sentiment_columns,
)

__all__ = ["ANALYSES", "Analysis", "DEFAULT_ANALYSES", "DOCUMENT_TABLES", "TABLES"]

Options = Mapping[str, Any]
Tables = dict[str, pd.DataFrame]
Schemas = dict[str, pa.Schema]

# Package data files (``newsresearch/data/``) read by each part of the toolkit.
#: Sentence splitting: the abbreviation list, and reporting verbs for its repairs.
TEXT_DATA = ("abbreviations.txt", "reporting_verbs.csv")
#: Actor finding: titles, first names (gender), organisation head words.
ACTOR_DATA = ("first_names.csv", "organisation_words.txt", "titles.csv")
#: Attribution: reporting verbs and other cues, noun cues, anonymous sources, document and poll
#: words, cue types.
ATTRIBUTION_DATA = (
    "anonymous_sources.txt",
    "attribution_cues.csv",
    "attribution_nouns.csv",
    "attribution_types.csv",
    "document_words.txt",
    "reporting_verbs.csv",
)
#: Stance: the stance-cue lexicon, the places and groups that are default targets, and the
#: issue terms that entity stance scores.
STANCE_DATA = ("issue_terms.txt", "places.txt", "stance_cues.csv", "stance_groups.csv")
#: The shipped target-sentiment model (actor sentiment and stance).
TARGET_MODEL_DATA = ("target_sentiment.json.gz", "target_sentiment.npz")


# ---------------------------------------------------------------------------
# User files given as options, parsed once per process
# ---------------------------------------------------------------------------

_PARSED: dict[tuple[str, str, str], Any] = {}
_PARSED_LOCK = threading.Lock()  # a Dask worker may run several chunks at once


def _parsed_file(kind: str, path: Path, load: Callable[[Path], Any]) -> Any:
    """A user's dictionary or lexicon file, parsed once per process and content.

    The parsed object is only read afterwards. Built-in names need no such
    cache: ``framing`` keeps its parsed schemes.
    """
    slot = (kind, str(path), hashlib.sha256(path.read_bytes()).hexdigest())
    with _PARSED_LOCK:
        if slot not in _PARSED:
            for old in [k for k in _PARSED if k[0] == kind]:  # one file per kind is plenty
                del _PARSED[old]
            _PARSED[slot] = load(path)
        return _PARSED[slot]


def _columns(module: str, table: str) -> dict[str, str]:
    """The declared ``<TABLE>_COLUMNS`` of an analysis module (imported when first needed)."""
    return getattr(import_module(f"newsresearch.{module}"), f"{table}_COLUMNS")


def _is_file(value: Any) -> bool:
    return isinstance(value, str | Path) and Path(value).is_file()


def _sentiment_method(method: str | Path) -> Any:
    """A method name, or the dictionary in a file."""
    from ..sentiment import load_dictionary

    if _is_file(method):
        return _parsed_file("dictionary", Path(method), load_dictionary)
    return str(method)


def _lexicon(scheme: str | Path) -> Any:
    """The frame lexicon of *scheme* (a built-in name or a file; parsing YAML is slow)."""
    from ..framing import load_lexicon

    if _is_file(scheme):
        return _parsed_file("lexicon", Path(scheme), load_lexicon)
    return _builtin_lexicon(str(scheme))


@cache
def _builtin_lexicon(name: str) -> Any:
    """One Lexicon per built-in scheme and process, so its matcher's token caches stay warm."""
    from ..framing import load_lexicon

    return load_lexicon(name)


# ---------------------------------------------------------------------------
# Run functions: (parsed articles of a chunk, options) -> tables
# ---------------------------------------------------------------------------


def _run_sentiment(parsed: ParsedCorpus, options: Options) -> Tables:
    from ..sentiment import VaderScorer, sentiment

    method = _sentiment_method(options.get("method", "vader"))
    # One VADER scorer per chunk for both levels: the documents table aggregates the
    # sentence scores that the sentences table computed.
    scorer = VaderScorer(method, memo=True) if isinstance(method, str) else method
    whole_text = bool(options.get("whole_text", False))
    return {
        "documents": sentiment(parsed, level="document", method=scorer, whole_text=whole_text),
        "sentences": sentiment(parsed, level="sentence", method=scorer),
    }


def _sentiment_schemas(options: Options) -> Schemas:
    from ..sentiment import METHODS

    method = options.get("method", "vader")
    dictionary = _is_file(method)
    if not dictionary and method not in METHODS:
        raise ValueError(
            f"sentiment method {method!r} is invalid; valid values are {list(METHODS)} "
            "or a dictionary file"
        )
    whole_text = bool(options.get("whole_text", False))
    method = _sentiment_method(method)
    documents = document_sentiment_columns(method, whole_text=whole_text)
    return {
        "documents": arrow_schema(documents),
        "sentences": arrow_schema(sentence_sentiment_columns(method)),
    }


def _run_frames(parsed: ParsedCorpus, options: Options) -> Tables:
    from ..framing import frames

    return {"frames": frames(parsed, scheme=_lexicon(options.get("scheme", "generic")))}


def _frame_schema(options: Options, level: str) -> pa.Schema:
    """A frame table's schema: its columns and attrs follow the lexicon (as frames() does)."""
    lexicon = _lexicon(options.get("scheme", "generic"))
    names = lexicon.frame_names
    attrs = {"frames": names, "lexicon": lexicon.name, "level": level}
    return arrow_schema(frame_columns(lexicon, level=level), attrs)


def _frames_schemas(options: Options) -> Schemas:
    return {"frames": _frame_schema(options, "document")}


def _run_sentence_frames(parsed: ParsedCorpus, options: Options) -> Tables:
    from ..framing import frames

    lexicon = _lexicon(options.get("scheme", "generic"))
    return {"sentence_frames": frames(parsed, scheme=lexicon, level="sentence")}


def _sentence_frames_schemas(options: Options) -> Schemas:
    return {"sentence_frames": _frame_schema(options, "sentence")}


def _run_attributions(parsed: ParsedCorpus, options: Options) -> Tables:
    from ..attribution import attributions

    return {"attributions": attributions(parsed, convention=options.get("convention", "default"))}


def _actors_table(value: Any) -> Any:
    """An actors-of-interest file (parsed once per process and content), or None."""
    from ..actors_of_interest import read_actors

    if value in (None, ""):
        return None
    if not _is_file(value):
        raise ValueError(f"actors={value!r} is not a file; give an actors-of-interest CSV or YAML")
    return _parsed_file("actors", Path(value), read_actors)


def _run_actors(parsed: ParsedCorpus, options: Options) -> Tables:
    from ..sentiment import actor_sentiment

    return {"actor_sentiment": actor_sentiment(parsed, actors=_actors_table(options.get("actors")))}


def _prepare_target_model(options: Options) -> None:
    """Load the shipped target-sentiment model and build its vocabulary's index."""
    from ..sentiment import load_model

    load_model().prepare()


def _prepare_stance(options: Options) -> None:
    """The target-sentiment model, the stance lexicon and the default place targets."""
    from ..attribution.stance import prepare

    _prepare_target_model(options)
    prepare()


def _run_stance(parsed: ParsedCorpus, options: Options) -> Tables:
    from ..attribution import stance_triples

    return {"stance_triples": stance_triples(parsed, actors=_actors_table(options.get("actors")))}


# ---------------------------------------------------------------------------
# The registry
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Analysis:
    """One unit of work and of caching: what it computes and what its results depend on.

    Attributes
    ----------
    name : str
        The name used in ``analyses=``.
    tables : tuple of str
        The feature tables it produces.
    packages : tuple of str
        ``newsresearch`` packages (or modules) it runs: the source of every
        ``.py`` file in them is part of the cache key.
    libraries : tuple of str
        Distributions whose version is part of the cache key.
    run : callable
        ``run(parsed, options) -> {table: DataFrame}``.
    schemas : callable
        ``schemas(options) -> {table: pyarrow.Schema}``, the declared output of
        :attr:`run` (columns, Arrow types, pandas dtypes; see :mod:`.schemas`).
    options : tuple of str
        The options it takes (part of the cache key).
    data : tuple of str
        Package data files (``newsresearch/data/<name>``) it reads; a frame
        scheme's lexicon file is added for the ``scheme`` option.
    prepare : callable, optional
        ``prepare(options)`` loads what every chunk of the analysis reads (a
        model and its lookup tables); a process that forks workers calls it
        first, so that the workers inherit them instead of each loading its own.
    """

    name: str
    tables: tuple[str, ...]
    packages: tuple[str, ...]
    libraries: tuple[str, ...]
    run: Callable[[ParsedCorpus, Options], Tables] = field(repr=False)
    schemas: Callable[[Options], Schemas] = field(repr=False)
    options: tuple[str, ...] = ()
    data: tuple[str, ...] = ()
    prepare: Callable[[Options], None] | None = field(default=None, repr=False)

    def data_files(self, options: Options) -> tuple[str, ...]:
        """The package data files read with these options, sorted."""
        names = set(self.data)
        if "scheme" in self.options:
            from ..framing import SCHEMES

            scheme = options.get("scheme", "generic")
            if isinstance(scheme, str) and scheme in SCHEMES:
                names.add(SCHEMES[scheme])
        return tuple(sorted(names))


_VADER = ("nltk", "vaderSentiment")
_TARGET_MODEL = ("nltk", "vaderSentiment", "scikit-learn", "numpy", "scipy")

ANALYSES: dict[str, Analysis] = {
    a.name: a
    for a in (
        Analysis(
            "sentiment",
            ("documents", "sentences"),
            ("text", "lexicons", "sentiment"),
            _VADER,
            _run_sentiment,
            _sentiment_schemas,
            ("method", "whole_text"),
            TEXT_DATA,
        ),
        Analysis(
            "frames",
            ("frames",),
            ("text", "lexicons", "framing"),
            ("numpy",),
            _run_frames,
            _frames_schemas,
            ("scheme",),
        ),
        Analysis(
            "sentence_frames",
            ("sentence_frames",),
            ("text", "lexicons", "framing"),
            ("nltk", "numpy"),
            _run_sentence_frames,
            _sentence_frames_schemas,
            ("scheme",),
            TEXT_DATA,
        ),
        Analysis(
            "attributions",
            ("attributions",),
            ("text", "lexicons", "actor_names", "actors", "attribution"),
            ("nltk",),
            _run_attributions,
            lambda options: {"attributions": arrow_schema(_columns("attribution", "ATTRIBUTION"))},
            ("convention",),
            TEXT_DATA + ACTOR_DATA + ATTRIBUTION_DATA,
        ),
        Analysis(
            "actors",
            ("actor_sentiment",),
            ("text", "lexicons", "actor_names", "actors", "sentiment"),
            _TARGET_MODEL,
            _run_actors,
            lambda options: {
                "actor_sentiment": arrow_schema(_columns("sentiment.actors", "ACTOR_SENTIMENT"))
            },
            ("actors",),
            TEXT_DATA + ACTOR_DATA + TARGET_MODEL_DATA,
            _prepare_target_model,
        ),
        Analysis(
            "stance",
            ("stance_triples",),
            ("text", "lexicons", "actor_names", "actors", "attribution", "sentiment"),
            _TARGET_MODEL,
            _run_stance,
            lambda options: {
                "stance_triples": arrow_schema(_columns("attribution", "STANCE_TRIPLE"))
            },
            ("actors",),
            TEXT_DATA + ACTOR_DATA + ATTRIBUTION_DATA + STANCE_DATA + TARGET_MODEL_DATA,
            _prepare_stance,
        ),
    )
}
#: The analyses run when ``analyses`` is not given (``sentence_frames`` is opt-in).
DEFAULT_ANALYSES: tuple[str, ...] = ("sentiment", "frames", "attributions", "actors", "stance")
#: Feature table -> the analysis that produces it.
TABLES: dict[str, str] = {t: a.name for a in ANALYSES.values() for t in a.tables}
#: Tables with one row per document: indexed by a named ``doc_id`` index in memory.
DOCUMENT_TABLES = frozenset({"documents", "frames"})


def resolve_analyses(analyses: Sequence[str] | str | None) -> list[Analysis]:
    """The analyses named (default :data:`DEFAULT_ANALYSES`), each once, in the order given."""
    if analyses is None:
        analyses = DEFAULT_ANALYSES
    elif isinstance(analyses, str):
        analyses = [analyses]
    unknown = sorted(set(analyses) - set(ANALYSES))
    if unknown:
        raise ValueError(f"analyses {unknown} are invalid; valid values are {sorted(ANALYSES)}")
    return [ANALYSES[name] for name in dict.fromkeys(analyses)]


def validate_options(options: Mapping[str, Mapping] | None) -> None:
    """Raise ValueError when *options* names an analysis that does not exist."""
    unknown = sorted(set(options or {}) - set(ANALYSES))
    if unknown:
        raise ValueError(
            f"options for analyses {unknown} are invalid; valid values are {sorted(ANALYSES)}"
        )


def options_for(analysis: Analysis, options: Mapping[str, Mapping] | None) -> dict[str, Any]:
    """The options given for *analysis*, checked against the ones it takes."""
    given = dict((options or {}).get(analysis.name, {}))
    unknown = sorted(set(given) - set(analysis.options))
    if unknown:
        raise ValueError(
            f"options {unknown} of analysis {analysis.name!r} are invalid; valid values are "
            f"{list(analysis.options)}"
        )
    return given
