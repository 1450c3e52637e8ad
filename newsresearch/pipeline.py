"""Feature extraction at scale: every analysis over a corpus, in chunks, on all cores, cached.

:func:`extract` runs the analyses of the toolkit over a corpus table and returns
(or writes as Parquet) one feature table per kind of result:

=====================  ==================  ====================================================
table                  analysis            one row per
=====================  ==================  ====================================================
``documents``          ``sentiment``       document: document-level tone
``sentences``          ``sentiment``       sentence: span, text and tone
``frames``             ``frames``          document: frame densities, presence, dominant frame
``sentence_frames``    ``sentence_frames`` sentence: frame densities (opt-in, not in the default)
``attributions``       ``attributions``    attribution: source, cue and content spans, speaker
``actor_sentiment``    ``actors``          document x actor: mentions and mean sentiment
``stance_triples``     ``stance``          attribution x actor mentioned in its content
=====================  ==================  ====================================================

How the work is shared and spread
---------------------------------
* The corpus is cut into chunks of ``chunk_size`` documents. Each chunk is one
  task for a worker process (``engine="local"``, ``jobs`` processes) or for a
  Dask cluster (``engine="dask"``); both run the same function, so both give
  the same tables.
* Inside a chunk every document is split into sentences **once**, its actors
  are found once and its attributions extracted once: while the analyses of a
  chunk run, calls to :func:`newsresearch.text.split_sentences`,
  :func:`newsresearch.actors.find_actors` and the per-text extractor of
  :mod:`newsresearch.attribution` are answered from a per-chunk memo keyed by
  the text (:data:`SHARED_FUNCTIONS`), and VADER scores each distinct sentence
  once for both sentiment levels. So attribution, actor sentiment, stance,
  sentence and document sentiment and sentence frames all reuse the same spans,
  mentions and scores. The analysis modules are not changed for this: the memo
  is installed for the duration of a chunk and removed afterwards, and it only
  ever returns what the original function returns for that text. On 300 ABP
  articles the five default analyses take 6.4 CPU seconds in one chunk, against
  17.3 for calling their five functions one after another (both sentiment
  levels, frames, attributions, actor sentiment, stance triples).
* Results stream out in corpus order: each finished chunk is appended to one
  Parquet file per table (``out/<table>.parquet``) and dropped, so memory
  stays bounded by a few chunks whatever the corpus size.

The cache
---------
With ``cache=DIR`` every chunk's results are also stored under *DIR*, keyed by
each document's content hash (``doc_id`` and ``text``) and, per analysis, by a
hash of the package version, the source of the modules the analysis runs, the
versions of the libraries it relies on (nltk, vaderSentiment, ...), its
options, and the content of every data file it reads
(``newsresearch/data/*``; a user's lexicon file counts too). Re-running over a
grown corpus computes only the new or changed documents; editing one lexicon
invalidates only the analyses that read it. :func:`features` reads one table
through the cache, computing what is missing: notebooks use it so that a
report re-run is fast. :func:`analysis_keys` shows what went into each key.

Determinism
-----------
The same corpus gives byte-identical Parquet files whatever ``jobs``,
``engine``, ``chunk_size`` and cache state: rows follow the corpus order (and
each analysis' own order within a document), columns and Arrow types are fixed
per table before any chunk runs, row groups have a fixed size, and nothing
time-dependent is written (``manifest.json`` records versions and keys, not
dates).

Running on a cluster
--------------------
``engine="dask"`` starts a :class:`dask.distributed.LocalCluster` with ``jobs``
single-threaded worker processes, or connects to an existing scheduler with
``scheduler="tcp://host:8786"`` (or a :class:`dask.distributed.Client`). The
workers need the same versions of ``newsresearch`` and its dependencies
installed; they receive chunk texts from the client and send feature tables
back, so they need no access to the corpus files or the output folder. See
:func:`extract` for a worked example.
"""

from __future__ import annotations

import argparse
import ctypes
import gc
import hashlib
import json
import logging
import multiprocessing as mp
import os
import sys
import time
from collections import OrderedDict, deque
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from fnmatch import fnmatch
from importlib import import_module
from importlib.metadata import PackageNotFoundError, version
from importlib.resources import files
from pathlib import Path
from typing import Any, Literal

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from . import config

__all__ = [
    "ANALYSES",
    "Analysis",
    "DEFAULT_ANALYSES",
    "TABLES",
    "DEFAULT_CACHE_DIR",
    "Extraction",
    "extract",
    "features",
    "analysis_keys",
    "available_analyses",
    "add_extract_parser",
    "cli_extract",
]

log = logging.getLogger(__name__)

#: Where :func:`features` caches by default (``NEWSRESEARCH_CACHE_DIR`` overrides it).
DEFAULT_CACHE_DIR = config.CACHE_DIR
#: Rows per Parquet row group in the output files (fixed, so files do not depend on chunking).
ROW_GROUP_SIZE = 65_536
_CACHE_LAYOUT = "v1"
_KEY_COLUMN = "_key"
_Engine = Literal["local", "dask"]


# ---------------------------------------------------------------------------
# The analyses
# ---------------------------------------------------------------------------


_PARSED: dict[tuple[str, str, str], Any] = {}


def _parsed_file(kind: str, path: Path, load: Callable[[Path], Any]) -> Any:
    """A user's dictionary or lexicon file, parsed once per process and content.

    Built-in names need no such cache: ``framing`` keeps its parsed schemes.
    """
    slot = (kind, str(path), _sha256(path.read_bytes()))
    if slot not in _PARSED:
        for old in [k for k in _PARSED if k[0] == kind]:  # one file per kind is plenty
            del _PARSED[old]
        _PARSED[slot] = load(path)
    return _PARSED[slot]


def _sentiment_method(method: str | Path) -> Any:
    """A method name, or the dictionary in a file."""
    from .sentiment import load_dictionary

    path = Path(method)
    return _parsed_file("dictionary", path, load_dictionary) if path.is_file() else str(method)


def _run_sentiment(texts: pd.Series, options: Mapping[str, Any]) -> dict[str, pd.DataFrame]:
    from .sentiment import sentiment

    method = _sentiment_method(options.get("method", "vader"))
    whole_text = bool(options.get("whole_text", False))
    # Both levels score the same sentences; inside a chunk VADER answers the second
    # time from the memo (see _shared_text_work).
    return {
        "documents": sentiment(texts, level="document", method=method, whole_text=whole_text),
        "sentences": sentiment(texts, level="sentence", method=method),
    }


def _lexicon(scheme: str | Path) -> Any:
    """The frame lexicon of *scheme* (a built-in name or a file; parsing YAML is slow)."""
    from .framing import load_lexicon

    path = Path(scheme)
    return _parsed_file("lexicon", path, load_lexicon) if path.is_file() else load_lexicon(scheme)


def _run_frames(texts: pd.Series, options: Mapping[str, Any]) -> dict[str, pd.DataFrame]:
    from .framing import frames

    return {"frames": frames(texts, scheme=_lexicon(options.get("scheme", "generic")))}


def _run_sentence_frames(texts: pd.Series, options: Mapping[str, Any]) -> dict[str, pd.DataFrame]:
    from .framing import frames

    lexicon = _lexicon(options.get("scheme", "generic"))
    return {"sentence_frames": frames(texts, scheme=lexicon, level="sentence")}


def _run_attributions(texts: pd.Series, options: Mapping[str, Any]) -> dict[str, pd.DataFrame]:
    from .attribution import attributions

    return {"attributions": attributions(texts)}


def _run_actors(texts: pd.Series, options: Mapping[str, Any]) -> dict[str, pd.DataFrame]:
    from .sentiment import actor_sentiment

    return {"actor_sentiment": actor_sentiment(texts)}


def _run_stance(texts: pd.Series, options: Mapping[str, Any]) -> dict[str, pd.DataFrame]:
    from .attribution import stance_triples

    return {"stance_triples": stance_triples(texts)}


@dataclass(frozen=True)
class Analysis:
    """One unit of work and of caching: what it computes and what its results depend on.

    Attributes
    ----------
    name : str
        The name used in ``analyses=``.
    tables : tuple of str
        The feature tables it produces.
    modules : tuple of str
        ``newsresearch`` modules it runs: their source is part of the cache key.
    data_modules : tuple of str
        The modules among them whose data files it reads: every package data
        file (``newsresearch/data/*``) named in their source is hashed into the
        key. (Document-level frames use the tokenizer of ``text`` but not the
        sentence splitter's abbreviation list, so ``text`` is not among them.)
    extra_data : tuple of str
        Data files (glob patterns) it reads whose names its modules build at run
        time, such as the target-sentiment model (``target_sentiment.json.gz`` and
        ``.npz``).
    exclude_data : tuple of str
        Data files (glob patterns) named in its modules that it does not read
        (document sentiment does not use the target-sentiment model that
        ``sentiment.py`` also holds).
    requires : tuple of str
        ``"module:attribute"`` that must import for the analysis to be available;
        ``"module:function()"`` must also run without error (a model file that
        must load, for example).
    libraries : tuple of str
        Distributions whose version is part of the cache key.
    """

    name: str
    tables: tuple[str, ...]
    modules: tuple[str, ...]
    requires: tuple[str, ...]
    libraries: tuple[str, ...]
    run: Callable[[pd.Series, Mapping[str, Any]], dict[str, pd.DataFrame]] = field(repr=False)
    options: tuple[str, ...] = ()
    data_modules: tuple[str, ...] | None = None  # None: all of modules
    extra_data: tuple[str, ...] = ()  # data files named in no module's source (globs)
    exclude_data: tuple[str, ...] = ()  # data files its modules name but it never reads

    def reads_data_of(self) -> tuple[str, ...]:
        """The modules whose named data files are part of the key."""
        return self.modules if self.data_modules is None else self.data_modules


# The modules of the sentiment package that target sentiment runs (their source is keyed).
_TARGET_SENTIMENT_MODULES = (
    "sentiment",
    "sentiment.vader",
    "sentiment.features",
    "sentiment.estimator",
    "sentiment.model_io",
    "sentiment.target",
)

ANALYSES: dict[str, Analysis] = {
    a.name: a
    for a in (
        Analysis(
            "sentiment",
            ("documents", "sentences"),
            (
                "text",
                "lexicons",
                "sentiment",
                "sentiment.vader",
                "sentiment.dictionary",
                "sentiment.tone",
            ),
            ("sentiment:sentiment",),
            ("nltk", "vaderSentiment"),
            _run_sentiment,
            ("method", "whole_text"),
            exclude_data=("target_sentiment.*",),
        ),
        Analysis(
            "frames",
            ("frames",),
            ("text", "lexicons", "framing"),
            ("framing:frames",),
            ("numpy",),
            _run_frames,
            ("scheme",),
            ("framing",),
        ),
        Analysis(
            "sentence_frames",
            ("sentence_frames",),
            ("text", "lexicons", "framing"),
            ("framing:frames",),
            ("nltk", "numpy"),
            _run_sentence_frames,
            ("scheme",),
        ),
        Analysis(
            "attributions",
            ("attributions",),
            ("text", "lexicons", "actors", "attribution"),
            ("attribution:attributions",),
            ("nltk",),
            _run_attributions,
        ),
        Analysis(
            "actors",
            ("actor_sentiment",),
            ("text", "lexicons", "actors", *_TARGET_SENTIMENT_MODULES, "sentiment.actors"),
            ("sentiment:actor_sentiment", "sentiment:target_sentiment", "sentiment:load_model()"),
            ("nltk", "vaderSentiment", "scikit-learn", "numpy", "scipy"),
            _run_actors,
            extra_data=("target_sentiment.json.gz", "target_sentiment.npz"),
        ),
        Analysis(
            "stance",
            ("stance_triples",),
            ("text", "lexicons", "actors", "attribution", *_TARGET_SENTIMENT_MODULES),
            ("attribution:stance_triples", "sentiment:target_sentiment", "sentiment:load_model()"),
            ("nltk", "vaderSentiment", "scikit-learn", "numpy", "scipy"),
            _run_stance,
            extra_data=("target_sentiment.json.gz", "target_sentiment.npz"),
        ),
    )
}
#: The analyses run when ``analyses`` is not given (those whose modules are installed).
DEFAULT_ANALYSES: tuple[str, ...] = ("sentiment", "frames", "attributions", "actors", "stance")
#: Feature table -> the analysis that produces it.
TABLES: dict[str, str] = {t: a.name for a in ANALYSES.values() for t in a.tables}
# Tables with one row per document (indexed by doc_id in memory, like nr.frames).
_DOCUMENT_TABLES = frozenset({"documents", "frames"})


def _unavailable(analysis: Analysis) -> str | None:
    """Why *analysis* cannot run here (None when it can)."""
    for requirement in analysis.requires:
        module, attribute = requirement.split(":")
        call = attribute.endswith("()")
        attribute = attribute.removesuffix("()")
        try:
            mod = import_module(f"newsresearch.{module}")
        except Exception as exc:  # a module being written may fail to import: report why
            return f"newsresearch.{module} does not import ({type(exc).__name__}: {exc})"
        if not hasattr(mod, attribute):
            return f"newsresearch.{module} has no {attribute}()"
        if call:
            try:
                getattr(mod, attribute)()
            except Exception as exc:  # a missing model file, for example
                return f"newsresearch.{module}.{attribute}() failed ({type(exc).__name__}: {exc})"
    return None


def available_analyses() -> dict[str, str | None]:
    """Every analysis and why it is unavailable (``None`` when it is available).

    Examples
    --------
    >>> available_analyses()["attributions"] is None
    True
    """
    return {name: _unavailable(a) for name, a in ANALYSES.items()}


def _resolve_analyses(analyses: Sequence[str] | str | None) -> list[Analysis]:
    if analyses is None:
        chosen = []
        for name in DEFAULT_ANALYSES:
            reason = _unavailable(ANALYSES[name])
            if reason is None:
                chosen.append(ANALYSES[name])
            else:
                log.warning("extract: skipping analysis %r: %s", name, reason)
        return chosen
    if isinstance(analyses, str):
        analyses = [analyses]
    unknown = sorted(set(analyses) - set(ANALYSES))
    if unknown:
        raise ValueError(f"analyses {unknown} are invalid; valid values are {sorted(ANALYSES)}")
    chosen = []
    for name in dict.fromkeys(analyses):
        reason = _unavailable(ANALYSES[name])
        if reason is not None:
            raise ValueError(f"analysis {name!r} is not available: {reason}")
        chosen.append(ANALYSES[name])
    return chosen


# ---------------------------------------------------------------------------
# Cache keys
# ---------------------------------------------------------------------------


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _data_dir() -> Path:
    """The package data folder (``newsresearch/data``); tests point it elsewhere."""
    return Path(str(files("newsresearch").joinpath("data")))


def _module_source(module: str) -> str:
    mod = import_module(f"newsresearch.{module}")
    return Path(mod.__file__ or "").read_text(encoding="utf-8")


def _data_files_of(analysis: Analysis, options: Mapping[str, Any]) -> dict[str, str]:
    """Package data files the analysis reads -> SHA-256 of their content.

    A data file counts when its name appears in the source of one of the
    analysis' modules (that is how every module names its lexicons), except the
    frame lexicons of schemes other than the one selected.
    """
    folder = _data_dir()
    sources = "\n".join(_module_source(m) for m in analysis.reads_data_of())
    names = sorted(
        p.name
        for p in folder.iterdir()
        if p.is_file()
        and p.suffix != ".md"  # model cards and notes document the data; code never reads them
        and (p.name in sources or any(fnmatch(p.name, g) for g in analysis.extra_data))
        and not any(fnmatch(p.name, g) for g in analysis.exclude_data)
    )
    if "scheme" in analysis.options:
        from .framing import SCHEMES

        scheme = options.get("scheme", "generic")
        names = [n for n in names if n not in SCHEMES.values() or SCHEMES.get(scheme) == n]
    return {name: _sha256((folder / name).read_bytes()) for name in names}


def _library_version(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        return "not installed"


def _canonical_options(analysis: Analysis, options: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in sorted(options.items()):
        if isinstance(value, Path) or (
            key == "scheme" and isinstance(value, str) and Path(value).is_file()
        ):
            out[key] = {"file": Path(value).name, "sha256": _sha256(Path(value).read_bytes())}
        elif isinstance(value, str | int | float | bool) or value is None:
            out[key] = value
        else:
            raise TypeError(
                f"option {key}={value!r} of analysis {analysis.name!r} cannot be part of a cache "
                "key; pass a name, a number or a file path"
            )
    return out


def _key_material(analysis: Analysis, options: Mapping[str, Any]) -> dict[str, Any]:
    from . import __version__

    return {
        "analysis": analysis.name,
        "package": __version__,
        "code": {m: _sha256(_module_source(m).encode("utf-8")) for m in analysis.modules},
        "libraries": {lib: _library_version(lib) for lib in analysis.libraries},
        "options": _canonical_options(analysis, options),
        "data": _data_files_of(analysis, options),
    }


def analysis_keys(
    analyses: Sequence[str] | str | None = None, *, options: Mapping[str, Mapping] | None = None
) -> dict[str, dict[str, Any]]:
    """What goes into each analysis' cache key, and the key itself.

    Parameters
    ----------
    analyses : sequence of str, optional
        Analysis names (default: every available one of :data:`DEFAULT_ANALYSES`).
    options : mapping, optional
        Per-analysis options, as for :func:`extract`.

    Returns
    -------
    dict
        Analysis name -> ``{"key": hex digest, "analysis", "package", "code",
        "libraries", "options", "data"}`` where ``data`` maps each package data
        file the analysis reads to its SHA-256.

    Examples
    --------
    >>> info = analysis_keys(["attributions"])["attributions"]
    >>> "reporting_verbs.csv" in info["data"], "frames_generic.yaml" in info["data"]
    (True, False)
    >>> len(info["key"])
    64
    """
    out = {}
    for analysis in _resolve_analyses(analyses):
        material = _key_material(analysis, _options_for(analysis, options))
        key = _sha256(json.dumps(material, sort_keys=True).encode("utf-8"))
        out[analysis.name] = {"key": key, **material}
    return out


def _options_for(analysis: Analysis, options: Mapping[str, Mapping] | None) -> dict[str, Any]:
    given = dict((options or {}).get(analysis.name, {}))
    unknown = sorted(set(given) - set(analysis.options))
    if unknown:
        raise ValueError(
            f"options {unknown} of analysis {analysis.name!r} are invalid; valid values are "
            f"{list(analysis.options)}"
        )
    return given


def _validate_options(options: Mapping[str, Mapping] | None) -> None:
    unknown = sorted(set(options or {}) - set(ANALYSES))
    if unknown:
        raise ValueError(
            f"options for analyses {unknown} are invalid; valid values are {sorted(ANALYSES)}"
        )


def _doc_keys(doc_ids: Sequence[str], texts: Sequence[str | None] | _Texts) -> list[str]:
    """Content hash of each document: BLAKE2b of its doc_id and text."""
    out = []
    step = 5_000
    for lo in range(0, len(doc_ids), step):
        chunk = texts[lo : lo + step]
        for doc_id, text in zip(doc_ids[lo : lo + step], chunk, strict=True):
            h = hashlib.blake2b(doc_id.encode("utf-8"), digest_size=16)
            h.update(b"\x00")
            h.update(b"\x01" if text is None else text.encode("utf-8", "surrogatepass"))
            out.append(h.hexdigest())
    return out


# ---------------------------------------------------------------------------
# Sharing sentences and actors inside a chunk
# ---------------------------------------------------------------------------


#: Per-text functions that several analyses call on the same document: while a chunk
#: runs, each is answered from a memo keyed by the text (``module``, ``function``).
SHARED_FUNCTIONS: tuple[tuple[str, str], ...] = (
    ("newsresearch.text", "split_sentences"),  # every sentence-level analysis
    ("newsresearch.actors", "find_actors"),  # attribution, actor sentiment, stance
    ("newsresearch.attribution", "extract"),  # attributions, stance triples
)


#: Functions returning the process' VADER analyzer: while a chunk runs they return one
#: whose ``polarity_scores`` remembers each text, so document-level sentiment reuses
#: the sentence scores of sentence-level sentiment.
SHARED_ANALYZERS: tuple[tuple[str, str], ...] = (("newsresearch.sentiment.vader", "_vader"),)


class _MemoAnalyzer:
    """A VADER analyzer whose ``polarity_scores`` remembers each text (one chunk's worth)."""

    def __init__(self, analyzer: Any, stats: _SharedStats):
        self._analyzer = analyzer
        self._stats = stats
        self._memo: dict[str, dict[str, float]] = {}

    def polarity_scores(self, text: str) -> dict[str, float]:
        self._stats.calls["polarity_scores"] = self._stats.calls.get("polarity_scores", 0) + 1
        got = self._memo.get(text)
        if got is None:
            got = self._memo[text] = self._analyzer.polarity_scores(text)
            self._stats.computed["polarity_scores"] = (
                self._stats.computed.get("polarity_scores", 0) + 1
            )
        return dict(got)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._analyzer, name)


@dataclass
class _SharedStats:
    calls: dict[str, int] = field(default_factory=dict)
    computed: dict[str, int] = field(default_factory=dict)
    sentences: int = 0  # sentences of the chunk's documents (not of quotes or snippets)
    split_memo: dict[str, Any] | None = field(default=None, repr=False)


def _originals() -> dict[Any, str]:
    """The original shared functions (function -> name), importing their modules."""
    out = {}
    for module, name in SHARED_FUNCTIONS:
        func = getattr(import_module(module), name, None)
        func = getattr(func, "__wrapped_original__", func)
        if func is not None:
            out[func] = name
    return out


def _memoised(original: Callable[[str], Any], name: str, stats: _SharedStats) -> Callable:
    memo: dict[str, Any] = {}
    copy = list if name == "split_sentences" else None  # spans: a fresh list per caller

    def shared(text: str, *args: Any, **kwargs: Any) -> Any:
        stats.calls[name] = stats.calls.get(name, 0) + 1
        if args or kwargs or not isinstance(text, str):
            return original(text, *args, **kwargs)
        got = memo.get(text)
        if got is None:
            got = memo[text] = original(text)
            stats.computed[name] = stats.computed.get(name, 0) + 1
        return copy(got) if copy is not None else got

    if name == "split_sentences":
        stats.split_memo = memo

    shared.__doc__ = original.__doc__
    shared.__wrapped_original__ = original  # type: ignore[attr-defined]
    return shared


@contextmanager
def _shared_text_work(stats: _SharedStats) -> Iterator[None]:
    """Answer the :data:`SHARED_FUNCTIONS` from per-text memos while the block runs.

    Every loaded ``newsresearch`` module that bound an original function (as
    ``from .text import split_sentences`` does) gets the memoised one for the
    duration; the originals are put back afterwards, and the memos (one chunk's
    worth) are dropped. Sentence spans are returned as a fresh list each time so
    that no caller can change another's; actors and attributions are only read
    by their callers.
    """
    originals = _originals()
    swaps = {func: _memoised(func, name, stats) for func, name in originals.items()}
    patched: list[tuple[Any, str, Any]] = []
    for module_name, mod in list(sys.modules.items()):
        if not module_name.startswith("newsresearch.") or module_name == __name__ or mod is None:
            continue
        for attr in {name for _, name in SHARED_FUNCTIONS}:
            current = getattr(mod, attr, None)
            if current is not None and current in swaps:
                setattr(mod, attr, swaps[current])
                patched.append((mod, attr, current))
    for module_name, attr in SHARED_ANALYZERS:
        mod = sys.modules.get(module_name)
        factory = getattr(mod, attr, None)
        if factory is None or hasattr(factory, "__wrapped_original__"):
            continue
        proxy = _MemoAnalyzer(factory(), stats)

        def memo_factory(proxy: _MemoAnalyzer = proxy) -> _MemoAnalyzer:
            return proxy

        memo_factory.__wrapped_original__ = factory  # type: ignore[attr-defined]
        setattr(mod, attr, memo_factory)
        patched.append((mod, attr, factory))
    try:
        yield
    finally:
        for mod, attr, original in patched:
            setattr(mod, attr, original)


# ---------------------------------------------------------------------------
# The chunk function (runs in worker processes, local or Dask)
# ---------------------------------------------------------------------------


@dataclass
class _Task:
    """One chunk: its documents and, per analysis, which of them to compute."""

    number: int
    doc_ids: list[str]
    texts: list[str | None]
    keys: list[str]
    work: dict[str, tuple[dict[str, Any], list[int]]]  # analysis -> (options, doc positions)


@dataclass
class _Result:
    number: int
    tables: dict[str, pa.Table]  # table name -> rows (with the _key column)
    stats: _SharedStats
    seconds: dict[str, float]  # wall time per analysis in the worker
    cpu: dict[str, float]  # CPU time per analysis in the worker


def _run_chunk(task: _Task) -> _Result:
    """Run the analyses of one chunk, sharing sentences and actors between them."""
    analyses = [ANALYSES[name] for name in task.work]
    for analysis in analyses:  # import before the memo is installed (see _shared_text_work)
        for module in analysis.modules:
            import_module(f"newsresearch.{module}")
    stats = _SharedStats()
    tables: dict[str, pa.Table] = {}
    seconds: dict[str, float] = {}
    cpu: dict[str, float] = {}
    with _shared_text_work(stats):
        for analysis in analyses:
            options, positions = task.work[analysis.name]
            if not positions:
                continue
            t0, c0 = time.perf_counter(), time.process_time()
            texts = pd.Series(
                [task.texts[i] for i in positions],
                index=pd.Index([task.doc_ids[i] for i in positions], dtype=object),
                dtype=object,
                name="text",
            )
            frames = analysis.run(texts, options)
            keys = pa.array([task.keys[i] for i in positions], type=pa.string())
            ids = pa.array(texts.index.tolist(), type=pa.string())
            for name in analysis.tables:
                table = _to_arrow(frames[name], name)
                where = pc.index_in(table.column("doc_id").cast(pa.string()), value_set=ids)
                if table.num_rows and where.null_count:
                    raise RuntimeError(f"analysis {analysis.name!r} returned unknown doc_ids")
                tables[name] = table.append_column(_KEY_COLUMN, pc.take(keys, where))
            seconds[analysis.name] = time.perf_counter() - t0
            cpu[analysis.name] = time.process_time() - c0
    memo = stats.split_memo or {}
    docs = dict.fromkeys(i for _, positions in task.work.values() for i in positions)
    stats.sentences = sum(len(memo.get(task.texts[i] or "", ())) for i in docs)
    stats.split_memo = None  # not sent back
    return _Result(task.number, tables, stats, seconds, cpu)


def _to_arrow(frame: pd.DataFrame, name: str) -> pa.Table:
    """A feature table as Arrow, with ``doc_id`` as the first column and no index."""
    if "doc_id" not in frame.columns:
        if name not in _DOCUMENT_TABLES:
            raise RuntimeError(f"table {name!r} has no doc_id column")
        frame = frame.rename_axis("doc_id").reset_index()
    else:
        frame = frame.reset_index(drop=True)
    return pa.Table.from_pandas(frame, preserve_index=False)


# ---------------------------------------------------------------------------
# Table schemas: fixed before any chunk runs
# ---------------------------------------------------------------------------

# A short article that gives every analysis something to find, so that every column of
# every table gets its real type (an empty result would not say whether a column holds
# numbers or text).
_PROBE = pd.Series(
    [
        "Sen. Garrick Voss on Monday accused Finance Minister Piotr Lindqvist of misleading "
        'voters about the budget crisis. "We will not change course," Lindqvist said. '
        '"This is a good, fair plan for working families."\n'
        "Critics said the dispute could cost taxpayers millions, according to a report by "
        "the Transport Workers' Union. The minister denied that he had hidden the figures, "
        "and Voss said the government was to blame for the conflict.",
        "No one was quoted here.",
    ],
    index=pd.Index(["probe-1", "probe-2"], dtype=object),
    dtype=object,
    name="text",
)


#: Table schemas found by probing, per analysis key (a notebook asks for several tables).
_PROBED: dict[str, dict[str, pa.Schema]] = {}


def _probe_schemas(analysis: Analysis, options: Mapping[str, Any]) -> dict[str, pa.Schema]:
    task = _Task(
        0,
        list(_PROBE.index),
        list(_PROBE),
        ["probe"] * len(_PROBE),
        {analysis.name: (dict(options), list(range(len(_PROBE))))},
    )
    result = _run_chunk(task)
    out = {}
    for name in analysis.tables:
        schema = result.tables[name].schema
        fields = [
            pa.field(f.name, pa.large_string()) if pa.types.is_null(f.type) else f
            for f in schema
            if f.name != _KEY_COLUMN
        ]
        out[name] = pa.schema(fields, metadata=schema.metadata)
    return out


def _conform(table: pa.Table, schema: pa.Schema, name: str) -> pa.Table:
    """Cast *table* to the table's fixed schema (the _key column, when present, is kept)."""
    names = [f.name for f in schema]
    have = [c for c in table.column_names if c != _KEY_COLUMN]
    if have != names:
        raise RuntimeError(
            f"table {name!r} changed its columns: expected {names}, got {have}; an analysis "
            "returned columns that depend on the data"
        )
    if all(table.field(f.name).type == f.type for f in schema):
        return table.replace_schema_metadata(schema.metadata)  # read from the cache
    columns = [table.column(f.name).cast(f.type) for f in schema]
    fields = list(schema)
    if _KEY_COLUMN in table.column_names:
        columns.append(table.column(_KEY_COLUMN))
        fields.append(pa.field(_KEY_COLUMN, pa.string()))
    return pa.Table.from_arrays(columns, schema=pa.schema(fields, metadata=schema.metadata))


# ---------------------------------------------------------------------------
# The cache
# ---------------------------------------------------------------------------


class _AnalysisCache:
    """Cached rows of one analysis under one key: segments of documents.

    Layout: ``<root>/v1/<analysis>/<key[:24]>/`` holds ``key.json`` (what the key
    hashes), and per segment ``<segment>.keys`` (the document hashes it covers,
    written last, so it marks a complete segment) and ``<segment>.<table>.arrow``
    (rows, with a ``_key`` column, as an LZ4-compressed Arrow IPC file, which
    reads several times faster than Parquet; absent when the segment has no rows).
    """

    def __init__(self, root: Path, analysis: Analysis, key: str, material: Mapping[str, Any]):
        self.analysis = analysis
        self.dir = root / _CACHE_LAYOUT / analysis.name / key[:24]
        self.dir.mkdir(parents=True, exist_ok=True)
        info = self.dir / "key.json"
        if not info.exists():
            _atomic_write_bytes(
                info, json.dumps({"key": key, **material}, indent=2, sort_keys=True).encode()
            )
        self.index: dict[str, str] = {}
        self.sizes: dict[str, int] = {}  # segment -> documents it covers
        for path in sorted(self.dir.glob("*.keys")):
            segment = path.name[: -len(".keys")]
            members = path.read_text(encoding="ascii").split()
            self.sizes[segment] = len(members)
            for doc_key in members:
                self.index.setdefault(doc_key, segment)
        self._loaded: OrderedDict[tuple[str, str], pa.Table | None] = OrderedDict()

    def __contains__(self, doc_key: str) -> bool:
        return doc_key in self.index

    def write(self, doc_keys: list[str], tables: Mapping[str, pa.Table]) -> None:
        segment = _sha256("\n".join(doc_keys).encode("ascii"))[:24]
        for name in self.analysis.tables:
            table = tables.get(name)
            if table is not None and table.num_rows:
                target = self.dir / f"{segment}.{name}.arrow"
                tmp = target.with_name(f"{target.name}.tmp-{os.getpid()}")
                options = pa.ipc.IpcWriteOptions(compression="lz4")
                with pa.ipc.new_file(tmp, table.schema, options=options) as writer:
                    writer.write_table(table)
                os.replace(tmp, target)
        _atomic_write_bytes(self.dir / f"{segment}.keys", "\n".join(doc_keys).encode("ascii"))
        self.sizes[segment] = len(doc_keys)
        for doc_key in doc_keys:
            self.index.setdefault(doc_key, segment)

    def _segment(self, segment: str, name: str) -> pa.Table | None:
        slot = (segment, name)
        if slot in self._loaded:
            self._loaded.move_to_end(slot)
            return self._loaded[slot]
        path = self.dir / f"{segment}.{name}.arrow"
        table = None
        if path.exists():
            try:
                with pa.OSFile(str(path), "rb") as source:
                    table = pa.ipc.open_file(source).read_all()
            except (OSError, pa.ArrowException) as exc:  # truncated by a full disk, say
                raise RuntimeError(
                    f"the feature cache file {path} is unreadable ({exc}); delete the folder "
                    f"{self.dir} (or the whole cache) and run again to recompute it"
                ) from exc
        self._loaded[slot] = table
        while len(self._loaded) > 4 * len(self.analysis.tables):
            self._loaded.popitem(last=False)
        return table

    def read(self, name: str, doc_keys: Sequence[str]) -> list[pa.Table]:
        """Rows of table *name* for these documents (in segment order)."""
        by_segment: dict[str, list[str]] = {}
        for doc_key in doc_keys:
            by_segment.setdefault(self.index[doc_key], []).append(doc_key)
        out = []
        for segment, wanted in by_segment.items():
            table = self._segment(segment, name)
            if table is None:
                continue
            if len(set(wanted)) == self.sizes[segment]:  # the whole segment
                out.append(table)
                continue
            mask = pc.is_in(table.column(_KEY_COLUMN), value_set=pa.array(wanted, pa.string()))
            rows = table.filter(mask)
            if rows.num_rows:
                out.append(rows)
        return out


def _atomic_write_bytes(path: Path, data: bytes) -> None:
    tmp = path.with_name(f"{path.name}.tmp-{os.getpid()}")
    tmp.write_bytes(data)
    os.replace(tmp, path)


# ---------------------------------------------------------------------------
# Output: one Parquet file per table, fixed row groups, corpus order
# ---------------------------------------------------------------------------


class _TableSink:
    """Collect a table's rows in order: in memory, or streamed to a Parquet file."""

    def __init__(self, schema: pa.Schema, path: Path | None, row_group_size: int):
        self.schema = schema
        self.path = path
        self.row_group_size = row_group_size
        self.pending: list[pa.Table] = []
        self.pending_rows = 0
        self.rows = 0
        self.writer: pq.ParquetWriter | None = None
        self.tmp: Path | None = None
        if path is not None:
            self.tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
            self.writer = pq.ParquetWriter(
                self.tmp, schema, compression="zstd", use_dictionary=True, write_statistics=True
            )

    def add(self, table: pa.Table) -> None:
        if not table.num_rows:
            return
        self.rows += table.num_rows
        self.pending.append(table)
        self.pending_rows += table.num_rows
        if self.writer is not None:
            while self.pending_rows >= self.row_group_size:
                self._flush(self.row_group_size)

    def _flush(self, n: int) -> None:
        assert self.writer is not None
        whole = pa.concat_tables(self.pending)
        head, rest = whole.slice(0, n), whole.slice(n)
        self.writer.write_table(head.combine_chunks(), row_group_size=n)
        self.pending = [rest] if rest.num_rows else []
        self.pending_rows = rest.num_rows

    def close(self) -> pa.Table | None:
        """Finish the file (returns None), or return the whole table when in memory."""
        if self.writer is None:
            if not self.pending:
                return self.schema.empty_table()
            return pa.concat_tables(self.pending).combine_chunks()
        if self.pending_rows:
            self._flush(self.pending_rows)
        self.writer.close()
        assert self.tmp is not None and self.path is not None
        os.replace(self.tmp, self.path)
        return None

    def abort(self) -> None:
        if self.writer is not None:
            self.writer.close()
            if self.tmp is not None and self.tmp.exists():
                self.tmp.unlink()


# ---------------------------------------------------------------------------
# Engines
# ---------------------------------------------------------------------------


class _Done:
    """A finished result with the interface of a future."""

    def __init__(self, value: _Result):
        self.value = value

    def result(self) -> _Result:
        return self.value


class _LocalEngine:
    def __init__(self, jobs: int):
        self.jobs = jobs
        self.pool: ProcessPoolExecutor | None = None
        self.frozen = False
        if jobs > 1:
            method = "fork" if "fork" in mp.get_all_start_methods() else "spawn"
            if method == "fork":
                _prepare_fork()
                self.frozen = True
            self.pool = ProcessPoolExecutor(max_workers=jobs, mp_context=mp.get_context(method))

    def submit(self, task: _Task) -> Future | _Done:
        if self.pool is None:
            return _Done(_run_chunk(task))
        return self.pool.submit(_run_chunk, task)

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)
        if self.frozen:
            gc.unfreeze()


def _prepare_fork() -> None:
    """Keep the pages that forked workers inherit shared (undo with ``gc.unfreeze()``).

    A forked worker shares the parent's memory until either of them writes to a
    page. Two things would write to nearly all of it: the worker's garbage
    collector (it updates a header in every object it scans) and the worker's
    allocations landing in memory the parent has freed but not returned to the
    system (a corpus loader leaves plenty). So the parent collects, freezes its
    objects (``gc.freeze``: the children's collector skips them) and hands
    freed heap back to the system (glibc ``malloc_trim``) before forking.
    """
    gc.collect()
    gc.freeze()
    try:
        ctypes.CDLL(None).malloc_trim(0)
    except (AttributeError, OSError):  # not glibc
        pass


class _DaskEngine:
    def __init__(self, jobs: int, scheduler: Any):
        try:
            from distributed import Client, LocalCluster
        except ImportError as exc:  # pragma: no cover - depends on the installation
            raise ImportError(
                "engine='dask' needs dask.distributed: pip install 'newsresearch[dask]'"
            ) from exc
        self.cluster = None
        self.own_client = True
        if scheduler is None:
            self.cluster = LocalCluster(
                n_workers=jobs,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                silence_logs=logging.ERROR,
            )
            self.client = Client(self.cluster)
        elif isinstance(scheduler, Client):
            self.client = scheduler
            self.own_client = False
        else:
            self.client = Client(scheduler)
        self.jobs = max(1, len(self.client.scheduler_info().get("workers", {})) or jobs)

    def submit(self, task: _Task) -> Any:
        return self.client.submit(_run_chunk, task, pure=False)

    def close(self) -> None:
        if self.own_client:
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()


# ---------------------------------------------------------------------------
# extract
# ---------------------------------------------------------------------------


@dataclass
class Extraction:
    """The result of :func:`extract`: feature tables, where they were written, and counts.

    ``extraction["attributions"]`` gives a table as a DataFrame (read from its
    Parquet file when ``out`` was given). Tables with one row per document
    (``documents``, ``frames``) are indexed by ``doc_id`` so that
    ``corpus.join(extraction["frames"])`` works; the others have a ``doc_id``
    column and a default index.

    Attributes
    ----------
    tables : dict of str to DataFrame
        The tables held in memory (when ``out`` was not given).
    paths : dict of str to Path
        The Parquet file of each table (when ``out`` was given).
    stats : dict
        ``documents``, ``computed`` and ``cached`` (documents per analysis),
        ``sentences`` (sentences split), ``rows`` (per table), ``seconds``
        (wall time), ``analysis_seconds`` and ``analysis_cpu_seconds`` (wall and
        CPU time per analysis, summed over workers; sentence splitting and actor
        finding are charged to the first analysis that asks for them), ``jobs``,
        ``engine`` and ``chunks``.
    """

    tables: dict[str, pd.DataFrame]
    paths: dict[str, Path]
    stats: dict[str, Any]

    def __getitem__(self, name: str) -> pd.DataFrame:
        if name in self.tables:
            return self.tables[name]
        if name in self.paths:
            return _to_pandas(pq.read_table(self.paths[name]), name)
        raise KeyError(f"table {name!r} is invalid; valid values are {self.names}")

    def __contains__(self, name: object) -> bool:
        return name in self.tables or name in self.paths

    @property
    def names(self) -> list[str]:
        """The table names, in the order of :data:`TABLES`."""
        return [t for t in TABLES if t in self]

    def __repr__(self) -> str:
        s = self.stats
        where = f" in {Path(next(iter(self.paths.values()))).parent}" if self.paths else ""
        return (
            f"Extraction({s['documents']:,} documents, tables {self.names}{where}; "
            f"computed {s['computed']}, cached {s['cached']}, {s['seconds']:.1f} s)"
        )


def _to_pandas(table: pa.Table, name: str) -> pd.DataFrame:
    frame = table.to_pandas()
    if name in _DOCUMENT_TABLES:
        frame = frame.set_index("doc_id")
        frame.index.name = None
    return frame


class _Texts:
    """The corpus texts, handed out a slice at a time.

    The corpus keeps its texts in Arrow memory; turning all of them into Python
    strings at once would take several hundred MB more on a large corpus (a
    text with one curly quote takes two bytes per character as a Python
    string), so they are converted chunk by chunk.
    """

    def __init__(self, series: pd.Series):
        self._series = series

    def __len__(self) -> int:
        return len(self._series)

    def __getitem__(self, where: slice) -> list[str | None]:
        return [t if isinstance(t, str) else None for t in self._series.iloc[where].tolist()]


def _corpus_arrays(corpus: pd.DataFrame | pd.Series) -> tuple[list[str], _Texts]:
    from .text import corpus_texts as _texts

    texts = _texts(corpus)
    doc_ids = [str(i) for i in texts.index]
    if len(set(doc_ids)) != len(doc_ids):
        dupes = pd.Index(doc_ids)[pd.Index(doc_ids).duplicated()].unique()[:5].tolist()
        raise ValueError(f"doc_id values must be unique; repeated: {dupes}")
    return doc_ids, _Texts(texts)


class _Progress:
    """A tqdm bar when a person watches (terminal or notebook); log lines otherwise."""

    def __init__(self, total: int, cached: int, show: bool | None):
        if show is None:
            show = _interactive()
        self.total = total
        self.done = 0
        self.t0 = time.perf_counter()
        self.last_log = self.t0
        self.bar = None
        if show and total:
            from tqdm.auto import tqdm

            self.bar = tqdm(
                total=total,
                unit=" docs",
                desc=f"extract ({cached:,} cached)" if cached else "extract",
                smoothing=0.1,
                leave=False,
            )
        elif total:
            log.info("extract: %s documents to compute, %s cached", f"{total:,}", f"{cached:,}")

    def update(self, n: int) -> None:
        self.done += n
        if self.bar is not None:
            self.bar.update(n)
            return
        now = time.perf_counter()
        if n and (now - self.last_log >= 30 or self.done == self.total):
            self.last_log = now
            rate = self.done / max(now - self.t0, 1e-9)
            left = (self.total - self.done) / rate if rate else float("nan")
            log.info(
                "extract: %s/%s documents (%.0f/s, about %.0f s left)",
                f"{self.done:,}",
                f"{self.total:,}",
                rate,
                left,
            )

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _interactive() -> bool:
    try:
        if sys.stderr is not None and sys.stderr.isatty():
            return True
    except (AttributeError, ValueError):
        pass
    shell = sys.modules.get("IPython")
    if shell is None:
        return False
    ip = shell.get_ipython() if hasattr(shell, "get_ipython") else None
    return type(ip).__name__ == "ZMQInteractiveShell"


def _resolve_cache(cache: str | Path | bool | None) -> Path | None:
    if cache is None or cache is False:
        return None
    if cache is True:  # the variable is read at call time, so a test or a job can redirect it
        return Path(os.environ.get("NEWSRESEARCH_CACHE_DIR", DEFAULT_CACHE_DIR))
    return Path(cache)


def extract(
    corpus: pd.DataFrame | pd.Series,
    *,
    analyses: Sequence[str] | str | None = None,
    jobs: int | None = None,
    engine: _Engine = "local",
    cache: str | Path | bool | None = None,
    out: str | Path | None = None,
    chunk_size: int = 200,
    scheduler: Any = None,
    progress: bool | None = None,
    options: Mapping[str, Mapping[str, Any]] | None = None,
) -> Extraction:
    """Compute feature tables for a corpus: every analysis, all cores, cached, streamed.

    Parameters
    ----------
    corpus : DataFrame or Series
        A corpus table (its ``doc_id`` and cleaned ``text``) or a Series of texts
        whose index serves as ``doc_id``. ``doc_id`` values must be unique.
    analyses : sequence of str, optional
        Names from :data:`ANALYSES`: ``"sentiment"`` (tables ``documents`` and
        ``sentences``), ``"frames"``, ``"attributions"``, ``"actors"``
        (``actor_sentiment``), ``"stance"`` (``stance_triples``) and the opt-in
        ``"sentence_frames"``. Default: those of :data:`DEFAULT_ANALYSES` whose
        modules are installed (a warning names any that are skipped).
    jobs : int, optional
        Worker processes (default: the cores available to this process). With
        ``jobs=1`` and the local engine everything runs in this process.
    engine : {"local", "dask"}
        ``"local"``: a process pool on this machine. ``"dask"``: the same chunk
        function on a ``dask.distributed`` cluster (see *scheduler*).
    cache : str, Path or bool, optional
        A folder for the content-addressed cache (``True``: :data:`DEFAULT_CACHE_DIR`).
        Documents whose results are cached for the current key are not computed again.
    out : str or Path, optional
        A folder to write ``<table>.parquet`` files and ``manifest.json`` to,
        streaming chunk by chunk (memory stays bounded). Without it the tables
        are returned in memory.
    chunk_size : int
        Documents per task. Results do not depend on it.
    scheduler : str or distributed.Client, optional
        With ``engine="dask"``: a scheduler address (``"tcp://10.0.0.5:8786"``) or a
        client. Default: a ``LocalCluster`` of *jobs* single-threaded processes.
    progress : bool, optional
        Show a progress bar (documents, rate, time left). Default: when a person
        is watching (a terminal or a notebook); otherwise log lines at INFO level.
    options : mapping, optional
        Per-analysis options, part of the cache key:
        ``{"frames": {"scheme": "policy"}, "sentiment": {"method": "vader"}}``.
        ``sentiment``: ``method`` (``"vader"``, ``"vader-nltk"`` or a dictionary
        file) and ``whole_text`` (default ``False``: the ``documents`` table
        aggregates the sentence scores; ``True`` adds VADER over each whole text,
        which costs about five times the sentence pass on news articles because
        VADER's run time grows with the square of the text's length).
        ``frames`` and ``sentence_frames``: ``scheme`` (a name or a lexicon file).

    Returns
    -------
    Extraction
        ``result["attributions"]`` and so on; ``result.paths`` when written;
        ``result.stats`` counts computed and cached documents.

    Notes
    -----
    Memory: with ``out`` the process holds the corpus, at most ``2 * jobs``
    finished chunks and one row group per table; without it, the whole tables.

    The local engine forks its workers where the platform allows it (as
    :func:`newsresearch.load_corpus` does), so they start with the lexicons
    already loaded.

    Dask workers should run one thread each (``dask worker ADDRESS --nworkers N
    --nthreads 1``): the analyses are pure Python and hold the GIL, so extra
    threads add no speed. (They give the same results: a chunk's memo only ever
    returns what the original function returns for that text.)

    Examples
    --------
    >>> import newsresearch as nr
    >>> corpus = nr.load_corpus("sample", progress=False)
    >>> feats = extract(corpus, analyses=["attributions", "frames"], jobs=1)
    >>> feats.names
    ['frames', 'attributions']
    >>> feats["frames"].index.equals(corpus.index)
    True
    >>> feats.stats["computed"]["attributions"] == len(corpus)
    True

    With a cache, a second run computes nothing:

    >>> import tempfile
    >>> folder = tempfile.mkdtemp()
    >>> first = extract(corpus, analyses=["attributions"], cache=folder, jobs=1)
    >>> again = extract(corpus, analyses=["attributions"], cache=folder, jobs=1)
    >>> again.stats["computed"], again.stats["cached"]
    ({'attributions': 0}, {'attributions': 64})
    >>> again["attributions"].equals(first["attributions"])
    True

    On a cluster (the workers need ``newsresearch`` installed; they get the texts
    from this process and need no shared disk)::

        feats = extract(corpus, engine="dask", scheduler="tcp://scheduler:8786",
                        out="features/", cache="cache/")
    """
    if engine not in ("local", "dask"):
        raise ValueError(f"engine {engine!r} is invalid; valid values are ['dask', 'local']")
    if not isinstance(chunk_size, int) or chunk_size < 1:
        raise ValueError(f"chunk_size must be a positive integer, not {chunk_size!r}")
    if jobs is not None and (not isinstance(jobs, int) or jobs < 1):
        raise ValueError(f"jobs must be a positive integer, not {jobs!r}")
    if scheduler is not None and engine != "dask":
        raise ValueError("scheduler= is for engine='dask'")
    _validate_options(options)
    t_start = time.perf_counter()
    chosen = _resolve_analyses(analyses)
    if not chosen:
        raise ValueError("no analysis is available to run; see available_analyses()")
    per_options = {a.name: _options_for(a, options) for a in chosen}
    doc_ids, texts = _corpus_arrays(corpus)
    keys = _doc_keys(doc_ids, texts)
    n = len(doc_ids)

    # Fixed schemas, cache lookups, and the chunks' work lists.
    schemas: dict[str, pa.Schema] = {}
    root = _resolve_cache(cache)
    caches: dict[str, _AnalysisCache] = {}
    material: dict[str, dict[str, Any]] = {}
    for a in chosen:
        raw = _key_material(a, per_options[a.name])
        key = _sha256(json.dumps(raw, sort_keys=True).encode("utf-8"))
        material[a.name] = {"key": key, **raw}
        # The key covers the code, data and options, so the probe runs once per key.
        if key not in _PROBED:
            _PROBED[key] = _probe_schemas(a, per_options[a.name])
        schemas.update(_PROBED[key])
        if root is not None:
            caches[a.name] = _AnalysisCache(root, a, key, material[a.name])
    missing = {
        a.name: [i for i in range(n) if a.name not in caches or keys[i] not in caches[a.name]]
        for a in chosen
    }
    to_compute = sorted(set().union(*map(set, missing.values())))
    stats: dict[str, Any] = {
        "documents": n,
        "computed": {a.name: len(missing[a.name]) for a in chosen},
        "cached": {a.name: n - len(missing[a.name]) for a in chosen},
        "sentences": 0,
        "engine": engine,
        "chunk_size": chunk_size,
        "chunks": 0,
        "analysis_seconds": {a.name: 0.0 for a in chosen},
        "analysis_cpu_seconds": {a.name: 0.0 for a in chosen},
    }

    out_dir = Path(out) if out is not None else None
    if out_dir is not None:
        out_dir.mkdir(parents=True, exist_ok=True)
    sinks = {
        name: _TableSink(schema, out_dir / f"{name}.parquet" if out_dir else None, ROW_GROUP_SIZE)
        for name, schema in schemas.items()
    }

    missing_sets = {name: set(rows) for name, rows in missing.items()}

    def tasks() -> Iterator[_Task]:
        for number, lo in enumerate(range(0, n, chunk_size)):
            hi = min(n, lo + chunk_size)
            work = {}
            for a in chosen:
                todo = [i - lo for i in range(lo, hi) if i in missing_sets[a.name]]
                work[a.name] = (per_options[a.name], todo)
            yield _Task(number, doc_ids[lo:hi], texts[lo:hi], keys[lo:hi], work)

    workers = min(jobs or _available_cores(), max(1, -(-len(to_compute) // chunk_size)))
    engine_impl: _LocalEngine | _DaskEngine | None = None
    bar = _Progress(len(to_compute), n - len(to_compute), progress)
    try:
        if to_compute:
            engine_impl = (
                _DaskEngine(jobs or _available_cores(), scheduler)
                if engine == "dask"
                else _LocalEngine(workers)
            )
        stats["jobs"] = engine_impl.jobs if engine_impl is not None else 0
        window: deque[tuple[_Task, Any]] = deque()
        limit = 2 * max(1, stats["jobs"])
        for task in tasks():
            stats["chunks"] += 1
            if any(todo for _, todo in task.work.values()):
                assert engine_impl is not None
                window.append((task, engine_impl.submit(task)))
            else:
                window.append((task, None))
            while len(window) > limit or (window and window[0][1] is None):
                _finish(*window.popleft(), chosen, schemas, caches, sinks, bar, stats)
        while window:
            _finish(*window.popleft(), chosen, schemas, caches, sinks, bar, stats)
        tables_out = {name: sink.close() for name, sink in sinks.items()}
    except BaseException:
        for sink in sinks.values():
            sink.abort()
        raise
    finally:
        bar.close()
        if engine_impl is not None:
            engine_impl.close()

    stats["rows"] = {name: sink.rows for name, sink in sinks.items()}
    stats["seconds"] = time.perf_counter() - t_start
    paths: dict[str, Path] = {}
    tables: dict[str, pd.DataFrame] = {}
    if out_dir is not None:
        paths = {name: out_dir / f"{name}.parquet" for name in sinks}
        manifest = {
            "documents": n,
            "tables": {
                name: {"rows": stats["rows"][name], "file": paths[name].name} for name in sinks
            },
            "analyses": {
                a.name: {k: v for k, v in material[a.name].items() if k != "analysis"}
                for a in chosen
            },
            "row_group_size": ROW_GROUP_SIZE,
        }
        _atomic_write_bytes(
            out_dir / "manifest.json", json.dumps(manifest, indent=2, sort_keys=True).encode()
        )
    else:
        tables = {
            name: _to_pandas(table, name) for name, table in tables_out.items() if table is not None
        }
    return Extraction(tables, paths, stats)


def _available_cores() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _finish(
    task: _Task,
    pending: Any,
    chosen: list[Analysis],
    schemas: Mapping[str, pa.Schema],
    caches: Mapping[str, _AnalysisCache],
    sinks: Mapping[str, _TableSink],
    bar: _Progress,
    stats: dict[str, Any],
) -> None:
    """Take one chunk's results in corpus order: cache the new rows, merge cached rows, emit."""
    result: _Result | None = pending.result() if pending is not None else None
    if result is not None:
        stats["sentences"] += result.stats.sentences
        for name, seconds in result.seconds.items():
            stats["analysis_seconds"][name] += seconds
            stats["analysis_cpu_seconds"][name] += result.cpu[name]
    order = pa.array(task.keys, pa.string())
    computed_docs: set[int] = set()
    for a in chosen:
        todo = task.work[a.name][1]
        computed_docs.update(todo)
        fresh = {}
        if result is not None and todo:
            fresh = {name: _conform(result.tables[name], schemas[name], name) for name in a.tables}
            if a.name in caches:
                caches[a.name].write([task.keys[i] for i in todo], fresh)
        todo_set = set(todo)
        cached_keys = [task.keys[i] for i in range(len(task.keys)) if i not in todo_set]
        for name in a.tables:
            pieces = [fresh[name]] if name in fresh else []
            if cached_keys:
                pieces += [
                    _conform(t, schemas[name], name) for t in caches[a.name].read(name, cached_keys)
                ]
            pieces = [p for p in pieces if p.num_rows]
            if not pieces:
                continue
            rows = pa.concat_tables(pieces)
            position = pc.index_in(rows.column(_KEY_COLUMN), value_set=order).to_numpy(
                zero_copy_only=False
            )
            if len(position) > 1 and (np.diff(position) < 0).any():
                rows = rows.take(pa.array(np.argsort(position, kind="stable")))
            sinks[name].add(rows.drop_columns([_KEY_COLUMN]))
    bar.update(len(computed_docs))


# ---------------------------------------------------------------------------
# Reading features through the cache
# ---------------------------------------------------------------------------


def features(
    corpus: pd.DataFrame | pd.Series,
    table: str,
    *,
    cache: str | Path | bool | None = True,
    jobs: int | None = None,
    engine: _Engine = "local",
    scheduler: Any = None,
    progress: bool | None = None,
    options: Mapping[str, Mapping[str, Any]] | None = None,
) -> pd.DataFrame:
    """One feature table for *corpus*, read through the cache (computing what is missing).

    This is how notebooks get features: the first run computes and caches them,
    a re-run (or a run over a grown corpus) reads what is cached and computes
    only new or changed documents.

    Parameters
    ----------
    corpus : DataFrame or Series
        As for :func:`extract`.
    table : str
        One of :data:`TABLES`: ``documents``, ``sentences``, ``frames``,
        ``sentence_frames``, ``attributions``, ``actor_sentiment``, ``stance_triples``.
    cache : str, Path or bool
        The cache folder; ``True`` (default) is :data:`DEFAULT_CACHE_DIR`
        (``NEWSRESEARCH_CACHE_DIR`` overrides it); ``None`` computes without caching.
    jobs, engine, scheduler, progress, options
        As for :func:`extract`.

    Returns
    -------
    pandas.DataFrame
        The table in corpus order; per-document tables are indexed by ``doc_id``.

    Examples
    --------
    >>> import tempfile
    >>> import newsresearch as nr
    >>> corpus = nr.load_corpus("sample", progress=False)
    >>> folder = tempfile.mkdtemp()
    >>> quotes = features(corpus, "attributions", cache=folder, jobs=1)
    >>> quotes.columns[:3].tolist()
    ['doc_id', 'attribution_id', 'kind']
    >>> features(corpus.head(10), "attributions", cache=folder, jobs=1).equals(
    ...     quotes[quotes["doc_id"].isin(corpus.index[:10])].reset_index(drop=True))
    True
    """
    if table not in TABLES:
        raise ValueError(f"table {table!r} is invalid; valid values are {sorted(TABLES)}")
    result = extract(
        corpus,
        analyses=[TABLES[table]],
        jobs=jobs,
        engine=engine,
        cache=cache,
        scheduler=scheduler,
        progress=progress,
        options=options,
    )
    return result[table]


# ---------------------------------------------------------------------------
# Command line: newsresearch extract
# ---------------------------------------------------------------------------


def add_extract_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add the ``extract`` subcommand to the ``newsresearch`` command's subparsers."""
    p = subparsers.add_parser(
        "extract",
        help="compute feature tables (Parquet) for a corpus, on all cores, with a cache",
        description=(
            "Compute feature tables for a corpus and write them as Parquet files "
            "(documents, sentences, frames, attributions, actor_sentiment, stance_triples)."
        ),
    )
    p.add_argument("source", help='"sample", a file, folder, glob or archive')
    p.add_argument("--out", required=True, help="folder for <table>.parquet and manifest.json")
    p.add_argument(
        "--analyses",
        default=None,
        help=f"comma-separated, from {sorted(ANALYSES)} (default: all available)",
    )
    p.add_argument("--jobs", type=int, default=None, help="processes (default: all cores)")
    p.add_argument(
        "--engine",
        choices=["local", "dask"],
        default="local",
        help="local processes, or a dask.distributed cluster (default: local)",
    )
    p.add_argument(
        "--scheduler", default=None, help="Dask scheduler address (default: a LocalCluster)"
    )
    p.add_argument(
        "--cache",
        default=str(DEFAULT_CACHE_DIR),
        help="cache folder (default: %(default)s)",
    )
    p.add_argument("--no-cache", action="store_true", help="compute everything, cache nothing")
    p.add_argument("--chunk-size", type=int, default=200, help="documents per task")
    p.add_argument("--limit", type=int, default=None, help="read at most N input records")
    p.add_argument("--scheme", default=None, help="frame scheme or lexicon file (default: generic)")
    p.add_argument(
        "--whole-text",
        action="store_true",
        help="also score each whole text with VADER in the documents table (about 5x slower)",
    )
    p.set_defaults(func=cli_extract)
    return p


def cli_extract(args: argparse.Namespace) -> int:
    """Run ``newsresearch extract`` with parsed arguments; returns the exit status."""
    from .loaders import load_corpus

    interactive = sys.stderr.isatty()
    corpus = load_corpus(args.source, limit=args.limit, progress=interactive)
    report = corpus.attrs["load_report"]
    print(f"loaded {report.loaded:,} documents ({report.rejected:,} input records rejected)")
    analyses = [a.strip() for a in args.analyses.split(",")] if args.analyses else None
    options: dict[str, dict[str, Any]] = {}
    if args.scheme:
        options = {"frames": {"scheme": args.scheme}, "sentence_frames": {"scheme": args.scheme}}
    if args.whole_text:
        options["sentiment"] = {"whole_text": True}
    try:
        result = extract(
            corpus,
            analyses=analyses,
            jobs=args.jobs,
            engine=args.engine,
            scheduler=args.scheduler,
            cache=None if args.no_cache else args.cache,
            out=args.out,
            chunk_size=args.chunk_size,
            progress=interactive,
            options={k: v for k, v in options.items() if analyses is None or k in analyses},
        )
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    s = result.stats
    print(
        f"{s['documents']:,} documents in {s['seconds']:.1f} s "
        f"({s['documents'] / max(s['seconds'], 1e-9):,.0f}/s); "
        f"computed {s['computed']}, cached {s['cached']}"
    )
    for name, path in result.paths.items():
        print(f"  {name:<16} {s['rows'][name]:>10,} rows  {path}")
    return 0
