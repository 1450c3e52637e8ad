"""Frames: our frame lexicons, user dictionaries, a trainable classifier, lexicon induction.

Two schemes ship with the package, both written by us from the codebook
definitions (``newsresearch/data/frames_*.yaml``):

* ``"generic"``: the five generic news frames of Semetko & Valkenburg (2000):
  conflict, human interest, economic consequences, morality and attribution of
  responsibility;
* ``"policy"``: the Media Frames Corpus policy dimensions (Boydstun et al.;
  Card et al. 2015). The residual 15th dimension, *other*, has no lexicon.

Users bring their own (issue-specific) frames as our YAML format, a quanteda
YAML dictionary, a LIWC ``.dic``, a Lexicoder ``.cat`` or a CSV file
(:func:`load_lexicon`).

How a lexicon is counted (:func:`frames`)
-----------------------------------------
* Text is tokenised with :func:`newsresearch.text.tokenize` and compared in
  lower case (curly apostrophes read as straight ones). An entry is a word
  (``budget``), a wildcard stem (``econom*``; ``*`` is any run of characters,
  ``?`` one character) or a phrase of such words (``call* for``). A phrase wins
  over the single words inside it (its tokens are not counted again), longer
  phrases first. When several entries of one frame match the same token, the
  largest weight counts, once.
* **Negation.** A hit is dropped when ``not``, ``no``, ``never``, ``without``,
  ``nor``, ``neither``, ``cannot`` or a word ending in ``n't`` stands within the
  three tokens before it with no punctuation in between (``did not blame``,
  ``no sign of conflict``); ``not only`` and ``not just`` do not negate. Pass
  ``negation=False`` to count negated hits too.
* **Quoted speech.** Text inside double quotation marks (straight, curly or
  guillemets; a quote left open at the end of a paragraph runs to the end of it,
  as multi-paragraph quotes do) is the sources' words rather than the
  reporter's. Quoted hits count in full by default (journalists choose the
  quotes, and Semetko & Valkenburg code the story as a whole) and are also
  reported separately (``quoted_<frame>``); ``quote_weight=0`` measures the
  reporter's own voice only, ``0.5`` halves quoted hits.
* **Density** is the weighted hits per 1,000 word tokens (tokens with a letter
  or digit). A frame is **present** when its density reaches its threshold
  (generic lexicon: conflict 2, human interest 3, economic 7, morality 1.5,
  responsibility 1 weighted hits per 1,000 words, chosen on the development
  part of the real-news gold ``data/gold/frames``); at sentence level any hit
  counts. The **dominant** frame is the present frame whose density is the
  largest multiple of its own threshold (ties: lexicon order), missing when no
  frame is present; see :func:`frames` for its agreement with human coders.
* **Speed.** Matching is vectorised: each whitespace-separated chunk of text is
  looked up once in a cache of token codes, each token type is matched against
  the lexicon once, and documents are scored 256 at a time in one numpy pass
  (about 1,000 ABP articles per second on one core once the caches are warm;
  ``benchmarks/framing.py``). The caches belong to the lexicon's matcher
  (:meth:`Lexicon.matcher`, a :class:`newsresearch.lexicons.matcher.TermMatcher`,
  the matcher sentiment dictionaries use too, here with the frame rules): pass
  one :class:`Lexicon` object to repeated calls to keep them warm.

Learning frames from coded examples
-----------------------------------
:class:`FrameClassifier` is a scikit-learn estimator (TF-IDF of words, word
pairs and character n-grams, word vectors learnt on news and optionally
lexicon densities into a linear SVM with balanced class weights and
sigmoid-calibrated probabilities; GVFC first-frame macro-F1 0.715 fitted
multi-label, ``benchmarks/gvfc.py``), multi-label or single-label.
:func:`learn_lexicon` induces a readable lexicon per frame by PMI (Field et
al. 2018). :func:`newsresearch.evaluate_framing` scores either
against coded data (a CSV or the GVFC fold layout).

Where things are
----------------
====================  ==================================================================
module                what it holds
====================  ==================================================================
:mod:`.lexicon`       :class:`Frame`, :class:`Lexicon`, :func:`load_lexicon`, the schemes
                      (``data/frames_generic.yaml``, ``data/frames_policy.yaml``); files
                      are read and matched by :mod:`newsresearch.lexicons`
:mod:`.measures`      :func:`frames` and its declared columns
:mod:`.summaries`     :func:`frame_matrix`, :func:`coverage`, :func:`frame_terms`,
                      :func:`frame_examples`, :func:`prevalence`, :func:`over_time`,
                      :func:`cooccurrence`
:mod:`.classifier`    :class:`FrameClassifier`, :class:`LexiconDensities` (scikit-learn)
:mod:`.induction`     :func:`learn_lexicon`
:mod:`.vectors`       :class:`WordVectors`, :func:`load_word_vectors`,
                      :func:`train_word_vectors` (LSA on your corpus; packaged ``"news"``)
====================  ==================================================================

Gold readers are in :mod:`newsresearch.datasets.frames` and
:mod:`newsresearch.datasets.gvfc`, the evaluation in
:mod:`newsresearch.evaluation.framing`. scikit-learn is imported only when the
classifier, the induction or the evaluation is first used.
"""

from __future__ import annotations

from .._lazy import lazy_exports
from ..text import quote_spans
from .lexicon import DEFAULT_THRESHOLD, SCHEMES, Frame, Lexicon, load_lexicon
from .measures import (
    DOCUMENT_COLUMNS,
    LEVELS,
    MEASURE_DTYPES,
    MEASURES,
    SENTENCE_COLUMNS,
    frame_columns,
    frames,
)
from .summaries import (
    cooccurrence,
    coverage,
    frame_examples,
    frame_matrix,
    frame_terms,
    over_time,
    prevalence,
)

# Names whose modules import scikit-learn: loaded on first use.
_LAZY = {
    "FrameClassifier": ".classifier",
    "LexiconDensities": ".classifier",
    "learn_lexicon": ".induction",
    "WordVectors": ".vectors",
    "load_word_vectors": ".vectors",
    "train_word_vectors": ".vectors",
    "evaluate_framing": "newsresearch.evaluation.framing",
    "FrameGold": "newsresearch.datasets.frames",
    "read_frame_gold": "newsresearch.datasets.frames",
    "GVFC_FRAMES": "newsresearch.datasets.gvfc",
}

__all__ = [
    "DEFAULT_THRESHOLD",
    "DOCUMENT_COLUMNS",
    "GVFC_FRAMES",
    "LEVELS",
    "MEASURES",
    "MEASURE_DTYPES",
    "SCHEMES",
    "SENTENCE_COLUMNS",
    "Frame",
    "FrameClassifier",
    "FrameGold",
    "Lexicon",
    "LexiconDensities",
    "WordVectors",
    "cooccurrence",
    "coverage",
    "evaluate_framing",
    "frame_columns",
    "frame_examples",
    "frame_matrix",
    "frame_terms",
    "frames",
    "learn_lexicon",
    "load_lexicon",
    "load_word_vectors",
    "over_time",
    "prevalence",
    "quote_spans",
    "read_frame_gold",
    "train_word_vectors",
]


__getattr__, __dir__ = lazy_exports(__name__, _LAZY)
