"""newsresearch: a Jupyter-first toolkit for studying political news coverage.

The notebook-facing API is re-exported here::

    import newsresearch as nr
    corpus = nr.load_corpus("sample")
    print(corpus.attrs["load_report"])
    nr.sentences(corpus).head()

Names are imported on first use (:data:`_EXPORTS` maps each to its module), so
``import newsresearch`` is fast and loads neither nltk, scikit-learn nor scipy:
a notebook pays only for the analyses it calls.
"""

from __future__ import annotations

import logging

from ._lazy import lazy_exports

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())

#: Public name -> the module that defines it.
_EXPORTS: dict[str, str] = {
    # corpus and loading
    "COLUMNS": "corpus",
    "SCHEMA": "corpus",
    "LoadError": "corpus",
    "LoadReport": "corpus",
    "describe_corpus": "corpus",
    "filter_corpus": "corpus",
    "validate_corpus": "corpus",
    "FORMATS": "loaders",
    "canonical_outlets": "loaders",
    "load_corpus": "loaders",
    "outlet_table": "loaders",
    "clean_corpus": "clean",
    "clean_text": "clean",
    # text
    "Article": "text",
    "ParsedCorpus": "text",
    "parse": "text",
    "sentences": "text",
    "split_sentences": "text",
    "tokenize": "text",
    "tokens": "text",
    # actors
    "find_actors": "actors",
    "mentions": "actors",
    "read_actors": "actors_of_interest",
    # sentiment
    "TargetSentimentClassifier": "sentiment",
    "VaderScorer": "sentiment",
    "actor_sentiment": "sentiment",
    "evaluate_target_sentiment": "evaluation.sentiment",
    "load_dictionary": "sentiment",
    "read_newsmtsc": "datasets.newsmtsc",
    "sentiment": "sentiment",
    "target_sentiment": "sentiment",
    # framing
    "FrameClassifier": "framing",
    "Lexicon": "framing",
    "coverage": "framing",
    "evaluate_framing": "framing",
    "frames": "framing",
    "learn_lexicon": "framing",
    "load_lexicon": "framing",
    "train_word_vectors": "framing",
    # attribution
    "attribution_agreement": "evaluation.attribution",
    "attributions": "attribution",
    "score_attributions": "evaluation.attribution",
    "stance_triples": "attribution",
    "stance_pairs": "attribution",
    "entity_stance": "attribution",
    # pipeline
    "extract": "pipeline",
    "features": "pipeline",
    # validation studies
    "Codebook": "validation.sheets",
    "accuracy": "validation.reliability",
    "agreement": "validation.reliability",
    "corrected_prevalence": "validation.correction",
    "draw_sample": "validation.sample",
    "export_table": "validation.export",
    "read_sheets": "validation.sheets",
    "show": "validation.view",
    "show_examples": "validation.view",
    "validation_pairs": "validation.reliability",
    "write_instructions": "validation.sheets",
    "write_sheet": "validation.sheets",
}
_SUBMODULES = frozenset(
    "actors actors_of_interest attribution clean config corpus datasets evaluation framing lexicons "
    "loaders pipeline plots reporting sentiment stats text validation".split()
)

__all__ = ["__version__", *sorted(_EXPORTS)]


__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS, _SUBMODULES)
