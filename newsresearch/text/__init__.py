"""Text: segmentation with offsets, quotation marks and the parsed-article object.

==========================  ===========================================================
module                      what it holds
==========================  ===========================================================
:mod:`.segment`             :func:`split_sentences` (Punkt + news repairs), :func:`tokenize`
:mod:`.quotes`              :func:`find_quotes` (attribution), :func:`quote_spans` (framing)
:mod:`.article`             :class:`Article`, :class:`ParsedCorpus`, :func:`parse`
:mod:`.tables`              :func:`sentences` and :func:`tokens` tables of a corpus
==========================  ===========================================================
"""

from __future__ import annotations

from .article import Article, ParsedCorpus, corpus_texts, parse
from .quotes import Quote, find_quotes, quote_spans
from .segment import ABBREVIATIONS, TOKEN_PATTERN, reporting_verb_forms, split_sentences, tokenize
from .tables import sentences, tokens

__all__ = [
    "ABBREVIATIONS",
    "TOKEN_PATTERN",
    "Article",
    "ParsedCorpus",
    "Quote",
    "corpus_texts",
    "find_quotes",
    "parse",
    "quote_spans",
    "reporting_verb_forms",
    "sentences",
    "split_sentences",
    "tokenize",
    "tokens",
]
