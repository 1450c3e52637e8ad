"""Sentiment: the tone of sentences and documents, user dictionaries, and sentiment toward a target.

Where things are:

* :mod:`~newsresearch.sentiment.tone` -- :func:`sentiment`, the tone of each
  sentence or document, with VADER (``method="vader"``: the reference
  ``vaderSentiment`` 3.3.2 implementation, exactly; ``"vader-nltk"``: nltk's
  port) or a user's dictionary. (Mean tone per group with bootstrap
  intervals: :func:`newsresearch.stats.group_intervals`.)
* :mod:`~newsresearch.sentiment.vader` -- :class:`VaderScorer`, an explicit
  scorer object (``VaderScorer(memo=True)`` remembers the texts it scored),
  and :class:`ExactVader`, vaderSentiment's rules arranged for throughput
  (bit-identical scores, 3-4 times the reference's speed; ``benchmarks/vader.py``).
* :mod:`~newsresearch.sentiment.dictionary` -- :func:`load_dictionary` reads
  LIWC ``.dic``, quanteda YAML, Lexicoder ``.cat`` and ``word,weight`` CSV
  files into a :class:`Dictionary`.
* :mod:`~newsresearch.sentiment.target` -- :func:`target_sentiment`, the
  sentiment of a sentence toward a mention given by its span, with the
  :class:`TargetSentimentClassifier` (:mod:`~newsresearch.sentiment.estimator`,
  features in :mod:`~newsresearch.sentiment.features`, counted in batch by
  :mod:`~newsresearch.sentiment.counts`) trained on NewsMTSC
  (Hamborg & Donnay, EACL 2021) and shipped as a model file
  (:mod:`~newsresearch.sentiment.model_io`: :func:`load_model`).
* :mod:`~newsresearch.sentiment.actors` -- :func:`actor_sentiment`, sentiment
  toward each actor of each article.

NewsMTSC files are read by :func:`newsresearch.datasets.newsmtsc.read_newsmtsc`
and the target model is scored by
:func:`newsresearch.evaluation.sentiment.evaluate_target_sentiment`.

Names are imported from their modules on first use, so that
``from newsresearch.sentiment import sentiment`` loads neither scikit-learn
nor scipy.

``nr.sentiment`` names both the function and this package: once the package
is imported, Python binds ``newsresearch.sentiment`` to it, so the package is
callable and calling it calls :func:`sentiment`. ``nr.sentiment(corpus)``
therefore works whatever was imported first.
"""

from __future__ import annotations

import sys
import types
from typing import Any

from .._lazy import lazy_exports

#: Public name -> the submodule that defines it.
_EXPORTS: dict[str, str] = {
    "METHODS": "vader",
    "VADER_THRESHOLD": "vader",
    "VaderScorer": "vader",
    "ExactVader": "vader",
    "vader_lexicon_dir": "vader",
    "DICTIONARY_FORMATS": "dictionary",
    "Dictionary": "dictionary",
    "DictionaryError": "dictionary",
    "load_dictionary": "dictionary",
    "LEVELS": "tone",
    "document_columns": "tone",
    "sentence_columns": "tone",
    "sentiment": "tone",
    "LABELS": "target",
    "TARGET_COLUMNS": "target",
    "target_sentiment": "target",
    "TargetSentimentClassifier": "estimator",
    "MODEL_NAME": "model_io",
    "load_model": "model_io",
    "ACTOR_SENTIMENT_COLUMNS": "actors",
    "actor_sentiment": "actors",
}
_SUBMODULES = frozenset(
    "actors counts dictionary estimator features model_io target tone vader".split()
)

__all__ = sorted(_EXPORTS)


__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS, _SUBMODULES)


class _CallablePackage(types.ModuleType):
    """This package, callable as :func:`~newsresearch.sentiment.tone.sentiment`."""

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        from .tone import sentiment

        return sentiment(*args, **kwargs)


sys.modules[__name__].__class__ = _CallablePackage
