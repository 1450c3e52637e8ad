"""Feature extraction at scale: every analysis over a corpus, in chunks, on all cores, cached.

:func:`extract` runs the analyses of the toolkit over a corpus table and returns
(or writes as Parquet) one feature table per kind of result:

=====================  ==================  ====================================================
table                  analysis            one row per
=====================  ==================  ====================================================
``documents``          ``sentiment``       document: document-level tone
``sentences``          ``sentiment``       sentence: span and tone
``frames``             ``frames``          document: frame densities, presence, dominant frame
``sentence_frames``    ``sentence_frames`` sentence: frame densities (opt-in, not in the default)
``attributions``       ``attributions``    attribution: source, cue and content spans, speaker
``actor_sentiment``    ``actors``          document x actor: mentions and mean sentiment
``stance_triples``     ``stance``          attribution x actor mentioned in its content
=====================  ==================  ====================================================

Where things are
----------------
=================  ==================================================================
module             what it holds
=================  ==================================================================
:mod:`.registry`   :class:`Analysis` records (:data:`ANALYSES`): tables, packages,
                   data files, libraries, options, run function, declared columns
:mod:`.schemas`    the declared columns of every table and their Arrow schemas
:mod:`.chunk`      :func:`~.chunk.run_chunk`: one parse of a chunk, every analysis over it
:mod:`.engines`    the local process pool and the Dask engine
:mod:`.cache`      cache keys (:func:`analysis_keys`), document keys, cached segments
:mod:`.sink`       casting to the declared schema; in-memory or streamed Parquet output
:mod:`.run`        :func:`extract`, :func:`features`, :class:`Extraction`
=================  ==================================================================

How the work is shared and spread
---------------------------------
* The corpus is cut into chunks of ``chunk_size`` documents. Each chunk is one
  task for a worker process (``engine="local"``, ``jobs`` processes) or for a
  Dask cluster (``engine="dask"``); both run the same function, so both give
  the same tables.
* Inside a chunk the texts are parsed once into
  :class:`~newsresearch.text.Article` objects and every analysis gets the same
  objects: an article's sentences, actors and attributions are computed by
  whichever analysis reads them first and kept for the others. Sentiment gets
  one memoising VADER scorer per chunk, so the documents table reuses the
  sentence scores of the sentences table. Nothing is shared through module
  state, so a Dask worker may run several chunks at once in threads.
* Results stream out in corpus order: each finished chunk is appended to one
  Parquet file per table (``out/<table>.parquet``) and dropped, so memory
  stays bounded by a few chunks whatever the corpus size.

The cache
---------
With ``cache=DIR`` every chunk's results are also stored under *DIR*, keyed by
each document's content hash (``doc_id`` and ``text``) and, per analysis, by a
hash of the package version, the source of the packages the analysis runs, the
versions of the libraries it relies on (nltk, vaderSentiment, ...), its
options, and the content of every data file it reads (declared per analysis
in :mod:`.registry`; a user's lexicon or dictionary file counts too).
Re-running over a grown corpus computes only the new or changed documents;
editing one lexicon invalidates only the analyses that read it.
:func:`features` reads one table through the cache, computing what is
missing: notebooks use it so that a report re-run is fast.
:func:`analysis_keys` shows what went into each key.

Determinism
-----------
The same corpus gives byte-identical Parquet files whatever ``jobs``,
``engine``, ``chunk_size`` and cache state: rows follow the corpus order (and
each analysis' own order within a document), columns and Arrow types are
declared per table (:mod:`.schemas`), row groups have a fixed size, and nothing
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

from .cache import analysis_keys
from .registry import ANALYSES, DEFAULT_ANALYSES, TABLES, Analysis
from .run import DEFAULT_CACHE_DIR, ROW_GROUP_SIZE, Extraction, extract, features

__all__ = [
    "ANALYSES",
    "DEFAULT_ANALYSES",
    "DEFAULT_CACHE_DIR",
    "ROW_GROUP_SIZE",
    "TABLES",
    "Analysis",
    "Extraction",
    "analysis_keys",
    "extract",
    "features",
]
