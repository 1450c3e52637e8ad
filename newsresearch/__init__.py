"""newsresearch: a Jupyter-first toolkit for studying political news coverage.

The notebook-facing API is re-exported here::

    import newsresearch as nr
    corpus = nr.load_corpus("sample")
    print(corpus.attrs["load_report"])
    nr.sentences(corpus).head()
"""

from __future__ import annotations

import logging

from . import actors, attribution, evaluate, framing
from .actors import actor_sentiment, find_actors, mentions
from .attribution import attributions, stance_triples
from .clean import clean_corpus, clean_text
from .corpus import (
    COLUMNS,
    SCHEMA,
    LoadError,
    LoadReport,
    describe_corpus,
    filter_corpus,
    validate_corpus,
)
from .framing import (
    FrameClassifier,
    Lexicon,
    coverage,
    evaluate_framing,
    frames,
    learn_lexicon,
    load_lexicon,
)
from .loaders import FORMATS, canonical_outlets, load_corpus, outlet_table
from .pipeline import extract, features
from .sentiment import (
    TargetSentimentClassifier,
    evaluate_sentiment,
    load_dictionary,
    read_newsmtsc,
    sentiment,
    target_sentiment,
)
from .text import sentences, split_sentences, tokenize, tokens

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = [
    "__version__",
    "extract",
    "features",
    "TargetSentimentClassifier",
    "evaluate_sentiment",
    "load_dictionary",
    "read_newsmtsc",
    "sentiment",
    "target_sentiment",
    "framing",
    "FrameClassifier",
    "Lexicon",
    "coverage",
    "evaluate_framing",
    "frames",
    "learn_lexicon",
    "load_lexicon",
    "actors",
    "attribution",
    "evaluate",
    "filter_corpus",
    "actor_sentiment",
    "attributions",
    "find_actors",
    "mentions",
    "stance_triples",
    "COLUMNS",
    "SCHEMA",
    "FORMATS",
    "LoadError",
    "LoadReport",
    "canonical_outlets",
    "clean_corpus",
    "clean_text",
    "describe_corpus",
    "load_corpus",
    "outlet_table",
    "sentences",
    "split_sentences",
    "tokenize",
    "tokens",
    "validate_corpus",
]
