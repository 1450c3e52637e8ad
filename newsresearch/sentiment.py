"""Sentiment of documents and sentences, user dictionaries, and sentiment toward a target.

Three tools, one module:

* :func:`sentiment` scores the tone of sentences and documents, with VADER
  (``method="vader"``: the reference ``vaderSentiment`` 3.3.2 implementation,
  exactly; ``method="vader-nltk"``: nltk's port, for studies that used it) or
  with a user's dictionary (``method=load_dictionary(path)``).
* :func:`load_dictionary` reads LIWC-style ``.dic``, quanteda YAML (for example
  a user's own export of the Lexicoder Sentiment Dictionary, which we may not
  ship), Lexicoder ``.cat`` and ``word,weight`` CSV files.
* :func:`target_sentiment` gives the sentiment of a sentence *toward a mention*
  (a person or organisation, given by its character span), with the shipped
  :class:`TargetSentimentClassifier` trained on NewsMTSC (Hamborg & Donnay,
  EACL 2021) or with one the user trained; :func:`evaluate_sentiment` scores it
  against gold annotations in NewsMTSC JSONL.

Thresholds and aggregation
--------------------------
VADER sentence labels use the thresholds of its authors: ``compound >= 0.05``
is positive, ``compound <= -0.05`` negative, anything between neutral.
Dictionary tone is ``(positive - negative) / tokens`` and its label is the sign
of the tone. A *document* gets the number of sentences, the mean sentence score
(``mean_score``), the shares of negative and positive sentences, a label from
``mean_score`` with the same thresholds, and the score of the whole text in one
piece (VADER's ``neg``, ``neu``, ``pos``, ``compound``; a dictionary's counts and
``tone``).
"""

from __future__ import annotations

import bisect
import csv
import fnmatch
import gzip
import io
import json
import math
import re
import sys
import warnings
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from itertools import chain, pairwise, repeat
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import scipy.sparse as sp
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.utils.validation import check_is_fitted

from . import config
from .text import corpus_texts as _texts
from .text import reporting_verb_forms, split_sentences, tokenize

__all__ = [
    "VaderScorer",
    "LABELS",
    "METHODS",
    "Dictionary",
    "DictionaryError",
    "SentimentEvaluation",
    "TargetSentimentClassifier",
    "cli_evaluate",
    "evaluate_sentiment",
    "load_dictionary",
    "load_model",
    "read_newsmtsc",
    "sentiment",
    "target_sentiment",
    "tone_intervals",
    "vader_lexicon_dir",
]

#: Sentiment labels, in the order of the probability columns.
LABELS: tuple[str, str, str] = ("negative", "neutral", "positive")
#: Built-in methods of :func:`sentiment` (a :class:`Dictionary` is also accepted).
METHODS: tuple[str, str] = ("vader", "vader-nltk")
#: VADER's own thresholds on ``compound``.
VADER_THRESHOLD = 0.05
LEVELS = ("document", "sentence")
POLARITY_LABELS = {2.0: "negative", 4.0: "neutral", 6.0: "positive"}


# ---------------------------------------------------------------------------
# VADER
# ---------------------------------------------------------------------------


def vader_lexicon_dir() -> Path:
    """The folder of the installed ``vaderSentiment`` package, which holds ``vader_lexicon.txt``.

    Both VADER methods read the lexicon shipped in that wheel (MIT licence), so
    nothing is downloaded.

    Examples
    --------
    >>> (vader_lexicon_dir() / "vader_lexicon.txt").exists()
    True
    """
    import vaderSentiment

    return Path(vaderSentiment.__file__).resolve().parent


@lru_cache(maxsize=1)
def _vader() -> Any:
    """The one ``vaderSentiment`` analyzer of the process (loading the lexicon takes ~50 ms)."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


@lru_cache(maxsize=1)
def _nltk_vader() -> Any:
    """nltk's VADER port with the lexicon of the vaderSentiment wheel, loaded offline.

    nltk refuses absolute lexicon paths; a folder on ``nltk.data.path`` works.
    """
    import nltk
    from nltk.sentiment.vader import SentimentIntensityAnalyzer

    folder = str(vader_lexicon_dir())
    if folder not in nltk.data.path:
        nltk.data.path.append(folder)
    return SentimentIntensityAnalyzer(lexicon_file="vader_lexicon.txt")


class VaderScorer:
    """A VADER scorer object: ``polarity_scores(text)`` as VADER, optionally remembering texts.

    Parameters
    ----------
    variant : {"vader", "vader-nltk"}
        The reference ``vaderSentiment`` implementation or nltk's port.
    memo : bool
        Remember each text's scores on this object, so that a text scored twice
        (a sentence scored for the sentence table and again for the document
        table, or boilerplate repeated across articles) is computed once. The
        memo lives as long as the object: make one per batch of work.

    Examples
    --------
    >>> s = VaderScorer(memo=True)
    >>> s.polarity_scores("Great news!")["compound"] > 0
    True
    """

    def __init__(self, variant: str = "vader", *, memo: bool = False) -> None:
        if variant not in METHODS:
            raise ValueError(f"variant {variant!r} is invalid; valid values are {list(METHODS)}")
        self.variant = variant
        analyzer = _vader() if variant == "vader" else _nltk_vader()
        self._score = analyzer.polarity_scores
        self._memo: dict[str, dict[str, float]] | None = {} if memo else None

    def polarity_scores(self, text: str) -> dict[str, float]:
        """VADER's ``neg``, ``neu``, ``pos`` and ``compound`` for *text*."""
        if self._memo is None:
            return self._score(text)
        got = self._memo.get(text)
        if got is None:
            got = self._memo[text] = self._score(text)
        return dict(got)


def _label(score: float, threshold: float) -> str:
    if score != score:  # NaN
        return pd.NA
    if threshold > 0:
        return (
            "positive" if score >= threshold else "negative" if score <= -threshold else "neutral"
        )
    return "positive" if score > 0 else "negative" if score < 0 else "neutral"


# ---------------------------------------------------------------------------
# User dictionaries
# ---------------------------------------------------------------------------

DICTIONARY_FORMATS = ("liwc", "yaml", "lexicoder", "csv")
_SUFFIX_FORMATS = {
    ".dic": "liwc",
    ".yml": "yaml",
    ".yaml": "yaml",
    ".cat": "lexicoder",
    ".csv": "csv",
    ".tsv": "csv",
}
# Category names that play each role, after lower-casing and turning spaces and
# hyphens into underscores. ``positive=`` / ``negative=`` override them.
_ROLE_NAMES = {
    "positive": {"positive", "pos", "posemo", "positive_emotion", "positive_tone", "tone_pos"},
    "negative": {"negative", "neg", "negemo", "negative_emotion", "negative_tone", "tone_neg"},
    "neg_positive": {"neg_positive", "negated_positive", "neg_pos"},
    "neg_negative": {"neg_negative", "negated_negative", "neg_neg"},
}
#: Words that negate a following dictionary word (within ``negation_window`` tokens).
NEGATORS = frozenset(
    "not no never nor neither none nobody nothing nowhere without cannot hardly barely "
    "scarcely n't".split()
)
_SENTENCE_PUNCT = frozenset(".!?;:")


class DictionaryError(ValueError):
    """A dictionary file is malformed; the message names the file and line."""


def _norm_name(name: str) -> str:
    return re.sub(r"[\s\-]+", "_", str(name).strip().lower())


@dataclass
class Dictionary:
    """A sentiment dictionary: categories of word patterns, optionally weighted.

    Build one with :func:`load_dictionary`, or directly from a mapping of
    category name to entries. Entries are lower-cased; ``*`` matches any run of
    characters and ``?`` one character (``econom*``); entries of several words
    (``tax cut*``) match consecutive tokens, longest entry first, and a token
    matched by a longer entry is not counted again.

    Parameters
    ----------
    categories : dict
        Category name -> list of entries (patterns).
    weights : dict, optional
        Entry -> weight (default 1.0 for every entry). Weighted CSV files set
        these.
    name : str
        A name shown in reports.
    positive, negative : str, optional
        Category names that count as positive and negative, when they are not
        named in the usual way (``positive``, ``posemo``, ...).
    negation_window : int
        For dictionaries without ``neg_positive``/``neg_negative`` categories,
        a positive entry preceded within this many tokens (same sentence) by a
        negator (``not``, ``never``, ``n't``, ...) counts as negative.

    Examples
    --------
    >>> d = Dictionary({"positive": ["good", "win*"], "negative": ["bad", "tax hike*"]})
    >>> d.score("A good win, not a bad tax hike.")
    {'positive': 2.0, 'negative': 2.0, 'tokens': 8, 'tone': 0.0}
    >>> d.score("This is not good.")["tone"]
    -0.25
    """

    categories: dict[str, list[str]]
    weights: dict[str, float] = field(default_factory=dict)
    name: str = "dictionary"
    positive: str | None = None
    negative: str | None = None
    negation_window: int = 3
    source: str | None = None

    def __post_init__(self) -> None:
        self.categories = {
            str(k): [_norm_entry(e) for e in v if _norm_entry(e)]
            for k, v in self.categories.items()
        }
        self.weights = {_norm_entry(k): float(v) for k, v in self.weights.items()}
        self._roles = self._assign_roles()
        self._compile()

    def __repr__(self) -> str:
        sizes = {k: len(v) for k, v in self.categories.items()}
        return f"Dictionary({self.name!r}, categories={sizes})"

    @property
    def has_negation_keys(self) -> bool:
        """True when the dictionary carries Lexicoder's ``neg_positive``/``neg_negative``."""
        return any(r in ("neg_positive", "neg_negative") for r in self._roles.values())

    def _assign_roles(self) -> dict[str, str]:
        roles: dict[str, str] = {}
        explicit = {"positive": self.positive, "negative": self.negative}
        for role, wanted in explicit.items():
            if wanted is not None and wanted not in self.categories:
                raise ValueError(
                    f"{role}={wanted!r} is invalid; valid values are {sorted(self.categories)}"
                )
        for cat in self.categories:
            if cat == self.positive:
                roles[cat] = "positive"
            elif cat == self.negative:
                roles[cat] = "negative"
            else:
                norm = _norm_name(cat).rsplit(".", 1)[-1]
                for role, names in _ROLE_NAMES.items():
                    if norm in names and (role not in explicit or explicit[role] is None):
                        roles[cat] = role
        if "positive" not in roles.values() and "negative" not in roles.values():
            raise ValueError(
                f"dictionary {self.name!r} has no positive or negative category; its "
                f"categories are {sorted(self.categories)}: name them with "
                "positive=... and negative=..."
            )
        return roles

    def _compile(self) -> None:
        # pattern -> list of (role, weight); one entry can sit in several categories
        self._single: dict[str, list[tuple[str, float]]] = {}
        self._prefix: dict[str, list[tuple[str, float]]] = {}
        self._globs: list[tuple[re.Pattern[str], list[tuple[str, float]]]] = []
        self._multi: dict[str, list[tuple[tuple[str, ...], list[tuple[str, float]]]]] = {}
        self._multi_glob: list[tuple[tuple[str, ...], list[tuple[str, float]]]] = []
        targets: dict[str, list[tuple[str, float]]] = {}
        for cat, entries in self.categories.items():
            role = self._roles.get(cat)
            if role is None:
                continue
            for entry in entries:
                targets.setdefault(entry, []).append((role, self.weights.get(entry, 1.0)))
        glob_cache: dict[str, re.Pattern[str]] = {}
        for entry, hits in targets.items():
            words = tuple(entry.split())
            if len(words) > 1:
                if _is_glob(words[0]):
                    self._multi_glob.append((words, hits))
                else:
                    self._multi.setdefault(words[0], []).append((words, hits))
            elif not _is_glob(entry):
                self._single[entry] = hits
            elif entry.endswith("*") and not _is_glob(entry[:-1]):
                self._prefix[entry[:-1]] = hits
            else:
                glob_cache[entry] = re.compile(fnmatch.translate(entry))
                self._globs.append((glob_cache[entry], hits))
        for entries in self._multi.values():
            entries.sort(key=lambda e: -len(e[0]))
        self._multi_glob.sort(key=lambda e: -len(e[0]))
        self._prefix_lengths = sorted({len(p) for p in self._prefix}, reverse=True)

    def _word_hits(self, word: str) -> list[tuple[str, float]] | None:
        hits = self._single.get(word)
        if hits is not None:
            return hits
        for n in self._prefix_lengths:
            if n <= len(word):
                hits = self._prefix.get(word[:n])
                if hits is not None:
                    return hits
        for pattern, hits in self._globs:
            if pattern.match(word):
                return hits
        return None

    def _matches_at(self, words: list[str], i: int) -> tuple[int, list[tuple[str, float]]] | None:
        for entry, hits in self._multi.get(words[i], ()):
            n = len(entry)
            if i + n <= len(words) and all(
                w == p or (_is_glob(p) and fnmatch.fnmatchcase(w, p))
                for w, p in zip(words[i + 1 : i + n], entry[1:], strict=True)
            ):
                return n, hits
        for entry, hits in self._multi_glob:
            n = len(entry)
            if i + n <= len(words) and all(
                fnmatch.fnmatchcase(w, p) for w, p in zip(words[i : i + n], entry, strict=True)
            ):
                return n, hits
        hits = self._word_hits(words[i])
        return (1, hits) if hits is not None else None

    def matches(self, text: str) -> list[tuple[int, int, str, str]]:
        """Every match in *text*: ``(start, end, role, matched text)``, roles after negation.

        Examples
        --------
        >>> d = Dictionary({"positive": ["good"], "negative": ["bad"]})
        >>> d.matches("Not good, bad.")
        [(4, 8, 'negative', 'good'), (10, 13, 'negative', 'bad')]
        """
        out: list[tuple[int, int, str, str]] = []
        for start, end, role, _ in self._scan(text)[0]:
            out.append((start, end, role, text[start:end]))
        return out

    def _scan(self, text: str) -> tuple[list[tuple[int, int, str, float]], int]:
        spans = tokenize(text)
        words: list[str] = []
        word_spans: list[tuple[int, int]] = []
        sentence: list[int] = []
        s = 0
        for a, b in spans:
            tok = text[a:b]
            if any(ch.isalnum() for ch in tok):
                words.append(tok.lower().replace("’", "'"))
                word_spans.append((a, b))
                sentence.append(s)
            elif tok in _SENTENCE_PUNCT:
                s += 1
        found: list[tuple[int, int, str, float]] = []
        auto_negation = not self.has_negation_keys
        i = 0
        while i < len(words):
            hit = self._matches_at(words, i)
            if hit is None:
                i += 1
                continue
            n, hits = hit
            negated = auto_negation and any(
                (w in NEGATORS or w.endswith("n't")) and sentence[j] == sentence[i]
                for j, w in enumerate(
                    words[max(0, i - self.negation_window) : i],
                    start=max(0, i - self.negation_window),
                )
            )
            for role, weight in hits:
                if role == "positive" and negated:
                    role = "negative"
                elif role == "neg_positive":
                    role = "negative"
                elif role == "neg_negative":
                    role = "positive"
                found.append((word_spans[i][0], word_spans[i + n - 1][1], role, weight))
            i += n
        return found, len(words)

    def score(self, text: str) -> dict[str, float]:
        """Positive and negative weight, word tokens, and tone = (positive - negative) / tokens."""
        found, n = self._scan(text)
        pos = float(sum(abs(w) for _, _, role, w in found if role == "positive"))
        neg = float(sum(abs(w) for _, _, role, w in found if role == "negative"))
        tone = (pos - neg) / n if n else math.nan
        return {"positive": pos, "negative": neg, "tokens": n, "tone": tone}


def _norm_entry(entry: Any) -> str:
    return " ".join(str(entry).lower().replace("’", "'").split())


def _is_glob(pattern: str) -> bool:
    return "*" in pattern or "?" in pattern


def load_dictionary(
    path: str | Path,
    *,
    format: str | None = None,
    positive: str | None = None,
    negative: str | None = None,
    negation_window: int = 3,
) -> Dictionary:
    """Read a sentiment dictionary file.

    Formats (detected from the file name; ``format=`` overrides):

    ``liwc`` (``.dic``)
        ``%``, then ``number<TAB>category`` lines, ``%``, then one entry per
        line followed by its category numbers.
    ``yaml`` (``.yml``, ``.yaml``)
        quanteda's YAML: ``category:`` followed by a list of entries; nested
        categories are flattened to ``parent.child``.
    ``lexicoder`` (``.cat``)
        a category name at the start of a line, its entries indented below,
        optionally followed by a weight in parentheses.
    ``csv`` (``.csv``, ``.tsv``)
        ``word,weight`` rows (header optional; comma, tab or semicolon):
        positive weights are positive entries, negative weights negative ones.

    Categories named ``positive``/``negative`` (or ``posemo``/``negemo``, ...)
    are counted; Lexicoder's ``neg_positive`` and ``neg_negative`` count as
    negative and positive. Name other categories with ``positive=`` and
    ``negative=``.

    Raises
    ------
    DictionaryError
        When the file is malformed; the message names the file and line.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "tone.yml"
    >>> _ = p.write_text("positive:\\n  - good\\n  - econom*\\nnegative:\\n  - bad\\n")
    >>> d = load_dictionary(p)
    >>> d.score("Good for the economy.")["positive"]
    2.0
    """
    path = Path(path)
    if format is None:
        format = _SUFFIX_FORMATS.get(path.suffix.lower())
        if format is None:
            raise ValueError(
                f"{path}: cannot tell the dictionary format from the suffix {path.suffix!r}; "
                f"pass format=..., valid values are {list(DICTIONARY_FORMATS)}"
            )
    if format not in DICTIONARY_FORMATS:
        raise ValueError(
            f"format {format!r} is invalid; valid values are {list(DICTIONARY_FORMATS)}"
        )
    if not path.exists():
        raise FileNotFoundError(f"dictionary file not found: {path}")
    text = path.read_bytes().decode("utf-8-sig", errors="strict")
    reader = {"liwc": _read_liwc, "yaml": _read_yaml, "lexicoder": _read_cat, "csv": _read_csv}
    categories, weights = reader[format](text, path)
    if not any(categories.values()):
        raise DictionaryError(f"{path}: the dictionary has no entries")
    try:
        return Dictionary(
            categories,
            weights,
            name=path.stem,
            positive=positive,
            negative=negative,
            negation_window=negation_window,
            source=str(path),
        )
    except DictionaryError:
        raise
    except ValueError as exc:
        raise DictionaryError(f"{path}: {exc}") from exc


def _read_liwc(text: str, path: Path) -> tuple[dict[str, list[str]], dict[str, float]]:
    lines = text.splitlines()
    n = 0
    while n < len(lines) and not lines[n].strip():
        n += 1
    if n >= len(lines) or lines[n].strip() != "%":
        raise DictionaryError(
            f"{path}, line {n + 1}: a LIWC .dic file starts with a line holding only '%'"
        )
    ids: dict[str, str] = {}
    n += 1
    while n < len(lines) and lines[n].strip() != "%":
        line = lines[n].strip()
        if line:
            parts = line.split(None, 1)
            if len(parts) != 2 or not parts[0].isdigit():
                raise DictionaryError(
                    f"{path}, line {n + 1}: expected 'number<TAB>category' in the header, "
                    f"got {line!r}"
                )
            ids[parts[0].lstrip("0") or "0"] = parts[1].strip()
        n += 1
    if n >= len(lines):
        raise DictionaryError(f"{path}, line {n}: the category header is not closed by '%'")
    categories: dict[str, list[str]] = {name: [] for name in ids.values()}
    for k in range(n + 1, len(lines)):
        line = lines[k].strip()
        if not line:
            continue
        fields = line.split("\t") if "\t" in line else line.split()
        fields = [f.strip() for f in fields if f.strip()]
        # the entry is every leading field that is not a category number
        split = len(fields)
        while split > 0 and fields[split - 1].isdigit():
            split -= 1
        entry, numbers = " ".join(fields[:split]), fields[split:]
        if not entry or not numbers:
            raise DictionaryError(
                f"{path}, line {k + 1}: expected an entry followed by category numbers, "
                f"got {line!r}"
            )
        for num in numbers:
            key = num.lstrip("0") or "0"
            if key not in ids:
                declared = ", ".join(f"{i} {c}" for i, c in ids.items())
                raise DictionaryError(
                    f"{path}, line {k + 1}: category {num} of {entry!r} is not declared in "
                    f"the header (declared: {declared})"
                )
            categories[ids[key]].append(entry)
    return categories, {}


def _read_yaml(text: str, path: Path) -> tuple[dict[str, list[str]], dict[str, float]]:
    import yaml

    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f", line {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise DictionaryError(f"{path}{where}: not valid YAML ({problem})") from exc
    if root is None or not isinstance(root, yaml.MappingNode):
        line = root.start_mark.line + 1 if root is not None else 1
        raise DictionaryError(
            f"{path}, line {line}: a YAML dictionary is a mapping of category names to lists "
            "of entries"
        )
    categories: dict[str, list[str]] = {}

    def walk(node: Any, prefix: str) -> None:
        for key_node, value in node.value:
            name = f"{prefix}{key_node.value}"
            if isinstance(value, yaml.MappingNode):
                walk(value, name + ".")
            elif isinstance(value, yaml.SequenceNode):
                entries = categories.setdefault(name, [])
                for item in value.value:
                    if not isinstance(item, yaml.ScalarNode) or not str(item.value).strip():
                        raise DictionaryError(
                            f"{path}, line {item.start_mark.line + 1}: entries of {name!r} "
                            "must be non-empty strings"
                        )
                    entries.append(str(item.value))
            elif isinstance(value, yaml.ScalarNode) and value.value:
                categories.setdefault(name, []).append(str(value.value))
            else:
                raise DictionaryError(
                    f"{path}, line {value.start_mark.line + 1}: category {name!r} must hold "
                    "a list of entries"
                )

    walk(root, "")
    return categories, {}


def _read_cat(text: str, path: Path) -> tuple[dict[str, list[str]], dict[str, float]]:
    categories: dict[str, list[str]] = {}
    weights: dict[str, float] = {}
    current: str | None = None
    for n, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        if not raw[0].isspace():
            current = raw.strip()
            categories.setdefault(current, [])
            continue
        if current is None:
            raise DictionaryError(
                f"{path}, line {n}: entry {raw.strip()!r} comes before any category name "
                "(category names start at the beginning of a line, entries are indented)"
            )
        entry = raw.strip()
        m = re.fullmatch(r"(.*?)\s*\(\s*([-+]?\d+(?:\.\d+)?)\s*\)", entry)
        if m:
            entry = m.group(1)
            weights[_norm_entry(entry)] = float(m.group(2))
        elif "(" in entry or ")" in entry:
            raise DictionaryError(f"{path}, line {n}: malformed weight in {raw.strip()!r}")
        categories[current].append(entry)
    return categories, weights


def _read_csv(text: str, path: Path) -> tuple[dict[str, list[str]], dict[str, float]]:
    sample = text[:4096]
    delimiter = "\t" if "\t" in sample else ";" if sample.count(";") > sample.count(",") else ","
    categories: dict[str, list[str]] = {"positive": [], "negative": []}
    weights: dict[str, float] = {}
    for n, row in enumerate(csv.reader(io.StringIO(text), delimiter=delimiter), start=1):
        if not row or not any(cell.strip() for cell in row) or row[0].lstrip().startswith("#"):
            continue
        if len(row) != 2:
            raise DictionaryError(
                f"{path}, line {n}: expected 2 columns (word{delimiter}weight), found {len(row)}"
            )
        word, weight = row[0].strip(), row[1].strip()
        try:
            value = float(weight)
        except ValueError:
            if n == 1 or not weights:  # a header row
                continue
            raise DictionaryError(
                f"{path}, line {n}: weight {weight!r} of {word!r} is not a number"
            ) from None
        if not word:
            raise DictionaryError(f"{path}, line {n}: empty word")
        if value == 0 or value != value:
            continue
        categories["positive" if value > 0 else "negative"].append(word)
        weights[_norm_entry(word)] = abs(value)
    return categories, weights


# ---------------------------------------------------------------------------
# Document and sentence tone
# ---------------------------------------------------------------------------

_VADER_COLUMNS = ("neg", "neu", "pos", "compound")
_DICT_COLUMNS = ("positive", "negative", "tokens", "tone")


def _scorer(method: str | Dictionary) -> tuple[Callable[[str], Any], tuple[str, ...], float]:
    """(score function returning a tuple of columns, the column names, the label threshold)."""
    if isinstance(method, Dictionary):
        score = method.score
        return (lambda t: tuple(score(t).values())), _DICT_COLUMNS, 0.0
    if isinstance(method, VaderScorer):
        vader = method.polarity_scores
    elif method == "vader":
        vader = _vader().polarity_scores
    elif method == "vader-nltk":
        vader = _nltk_vader().polarity_scores
    else:
        raise ValueError(
            f"method {method!r} is invalid; valid values are {list(METHODS)} "
            "or a Dictionary from load_dictionary()"
        )

    def score_vader(text: str) -> tuple[float, ...]:
        s = vader(text)
        return (s["neg"], s["neu"], s["pos"], s["compound"])

    return score_vader, _VADER_COLUMNS, VADER_THRESHOLD


def sentiment(
    data: pd.DataFrame | pd.Series,
    *,
    level: str = "document",
    method: str | Dictionary = "vader",
    threshold: float | None = None,
    whole_text: bool = True,
) -> pd.DataFrame:
    """Tone of each sentence or each document.

    Parameters
    ----------
    data : DataFrame or Series
        A corpus table (its ``doc_id`` and ``text`` are used) or a Series of
        texts whose index serves as ``doc_id``.
    level : {"document", "sentence"}
        One row per document, or one per sentence (sentences from
        :func:`newsresearch.text.split_sentences`, offsets into the text).
    method : {"vader", "vader-nltk"} or Dictionary
        ``"vader"``: ``vaderSentiment`` 3.3.2, identical to its
        ``polarity_scores`` on each sentence. ``"vader-nltk"``: nltk's port
        (older algorithm, differs on quoted and negated text). A
        :class:`Dictionary`: tone = (positive - negative) / tokens.
    threshold : float, optional
        Label threshold: ``score >= threshold`` is positive and
        ``score <= -threshold`` negative. Default 0.05 for VADER; for
        dictionaries the label is the sign of the tone.
    whole_text : bool
        At document level, also score each text in one piece (VADER's
        ``neg``, ``neu``, ``pos``, ``compound`` or a dictionary's counts and
        ``tone`` over the whole text). On long articles this costs several
        times more than the sentences (vaderSentiment's "but" rule is
        quadratic in the number of words); ``whole_text=False`` skips it.

    Returns
    -------
    pandas.DataFrame
        ``level="sentence"``: indexed by ``(doc_id, sent_id)``, columns
        ``doc_id``, ``sent_id``, ``start``, ``end``, the method's columns
        (``neg neu pos compound`` or ``positive negative tokens tone``),
        ``score`` (compound or tone) and ``label``.
        ``level="document"``: indexed like *data* (by ``doc_id``), columns
        ``n_sentences``, ``mean_score`` (mean sentence score),
        ``share_negative``, ``share_positive`` (shares of sentences so
        labelled), ``label`` (from ``mean_score``), then the whole-text
        columns. Texts without sentences get ``n_sentences == 0`` and NaN.

    Examples
    --------
    >>> import pandas as pd
    >>> texts = pd.Series(["What a great win! Sadly, the bill failed."], index=["d1"])
    >>> sentiment(texts, level="sentence")[["start", "end", "compound", "label"]]
          start  end  compound     label
    d1 0      0   17    0.8478  positive
       1     18   41   -0.7269  negative
    >>> doc = sentiment(texts)
    >>> doc[["n_sentences", "mean_score", "share_negative", "label"]]
        n_sentences  mean_score  share_negative     label
    d1            2     0.06045             0.5  positive
    """
    if level not in LEVELS:
        raise ValueError(f"level {level!r} is invalid; valid values are {list(LEVELS)}")
    score, columns, default_threshold = _scorer(method)
    threshold = default_threshold if threshold is None else float(threshold)
    texts = _texts(data)
    cache: dict[str, tuple] = {}
    score_col = columns.index("compound" if "compound" in columns else "tone")
    width = len(columns)
    if level == "sentence":
        doc_ids: list[Any] = []
        sent_ids: list[int] = []
        starts: list[int] = []
        ends: list[int] = []
        values: list[tuple] = []
        for doc_id, text in texts.items():
            if not isinstance(text, str):
                continue
            for i, (a, b) in enumerate(split_sentences(text)):
                piece = text[a:b]
                result = cache.get(piece)
                if result is None:
                    result = cache[piece] = score(piece)
                doc_ids.append(doc_id)
                sent_ids.append(i)
                starts.append(a)
                ends.append(b)
                values.append(result)
        table = np.array(values, dtype=float).reshape(-1, width)
        frame = pd.DataFrame(
            {
                "doc_id": pd.array(doc_ids, dtype="string"),
                "sent_id": sent_ids,
                "start": starts,
                "end": ends,
            }
        )
        for j, col in enumerate(columns):
            frame[col] = table[:, j]
        if "tokens" in frame:
            frame["tokens"] = frame["tokens"].astype(int)
        frame["score"] = table[:, score_col]
        frame["label"] = pd.array([_label(s, threshold) for s in frame["score"]], dtype="string")
        frame.index = pd.MultiIndex.from_arrays([doc_ids, sent_ids], names=[None, None])
        return frame

    rows = []
    for text in texts.to_numpy(dtype=object):
        if not isinstance(text, str):
            rows.append((0, math.nan, math.nan, math.nan) + (math.nan,) * width)
            continue
        scores = []
        for a, b in split_sentences(text):
            piece = text[a:b]
            result = cache.get(piece)
            if result is None:
                result = cache[piece] = score(piece)
            scores.append(result[score_col])
        n = len(scores)
        whole = score(text) if whole_text and n else (math.nan,) * width
        if n:
            arr = np.asarray(scores, dtype=float)
            if threshold > 0:
                neg, pos = (arr <= -threshold).mean(), (arr >= threshold).mean()
            else:
                neg, pos = (arr < 0).mean(), (arr > 0).mean()
            rows.append((n, float(np.nanmean(arr)), float(neg), float(pos)) + tuple(whole))
        else:
            rows.append((0, math.nan, math.nan, math.nan) + (math.nan,) * width)
    names = ["n_sentences", "mean_score", "share_negative", "share_positive", *columns]
    frame = pd.DataFrame(rows, columns=names, index=texts.index)
    frame.insert(
        4, "label", pd.array([_label(s, threshold) for s in frame["mean_score"]], dtype="string")
    )
    if not whole_text:
        frame = frame.drop(columns=list(columns))
    return frame


def tone_intervals(
    scores: pd.Series,
    by: pd.Series,
    *,
    n_resamples: int = 2000,
    confidence: float = 0.95,
    random_state: int | None = 42,
) -> pd.DataFrame:
    """Mean score per group with a percentile bootstrap interval (documents resampled).

    A thin layer over :func:`newsresearch.stats.bootstrap_ci`, one call per
    group, for the tone-by-outlet and tone-by-leaning figures.

    Returns
    -------
    pandas.DataFrame
        Indexed by group, columns ``n``, ``estimate``, ``low``, ``high``;
        sorted by ``estimate``.

    Examples
    --------
    >>> import pandas as pd
    >>> s = pd.Series([0.5, 0.4, 0.6, -0.2, -0.3, -0.1])
    >>> t = tone_intervals(s, pd.Series(list("aaabbb")))
    >>> t["n"].tolist(), t["estimate"].round(2).tolist()
    ([3, 3], [-0.2, 0.5])
    """
    from .stats import bootstrap_ci

    rows = []
    frame = pd.DataFrame({"score": pd.to_numeric(scores, errors="coerce"), "group": by})
    frame = frame.dropna()
    for i, (key, group) in enumerate(frame.groupby("group", sort=True, observed=True)):
        seed = None if random_state is None else random_state + i
        ci = bootstrap_ci(
            group["score"], n_resamples=n_resamples, confidence=confidence, random_state=seed
        )
        rows.append((key, len(group), ci["estimate"], ci["low"], ci["high"]))
    out = pd.DataFrame(rows, columns=["group", "n", "estimate", "low", "high"]).set_index("group")
    out.index.name = getattr(by, "name", None)
    return out.sort_values("estimate")


# ---------------------------------------------------------------------------
# Target-dependent sentiment: features
# ---------------------------------------------------------------------------

#: Texts longer than this are cut to the sentence(s) holding the mention.
MAX_CONTEXT = 600
_TOKEN = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]")
_TARGET_NEGATORS = frozenset(
    "not no never nor neither none nobody nothing without cannot hardly barely lack lacks "
    "lacked isn't wasn't aren't weren't don't doesn't didn't won't wouldn't can't couldn't "
    "shouldn't hasn't haven't hadn't ain't n't".split()
)
_TARGET_NEGATORS = _TARGET_NEGATORS | {w.replace("'", "’") for w in _TARGET_NEGATORS}
_PRONOUNS = frozenset(
    "he she him her his hers they them their i me my we us our you your himself herself".split()
)
_CLAUSE_BREAKS = frozenset(
    ", ; : ( ) — – - but while although though whereas because however yet".split()
)
_QUOTE_OPEN, _QUOTE_CLOSE, _QUOTE_BOTH = "“", "”", '"'
_QUOTE_MARKS = frozenset((_QUOTE_OPEN, _QUOTE_CLOSE, _QUOTE_BOTH))
_AUXILIARIES = frozenset(("has", "had", "was", "is", "also", "have", "will", "would"))
#: Feature blocks of :class:`TargetSentimentClassifier`, in column order.
BLOCKS = ("sentence", "window", "mention", "clause", "role", "lexicon", "stems", "chars")
#: Blocks whose rare features (seen in fewer than ``min_df`` training targets) are dropped.
_PRUNED_BLOCKS = frozenset(("sentence", "chars"))
_STEM = 5
_NEGATION_SCALE = -0.74  # VADER's own factor for a negated word


@dataclass
class _Sentence:
    words: list[str]
    starts: list[int]
    ends: list[int]
    quotes: list[int]  # token positions of quote marks
    states: list[bool]  # inside a quotation after each of those marks
    lexical: list[tuple[int, float]]  # (position, valence after negation) of lexicon words
    has_quote: bool


def _analyse(text: str, lexicon: dict[str, float]) -> _Sentence:
    spans = [m.span() for m in _TOKEN.finditer(text)]
    lowered = text.lower()
    if len(lowered) == len(text):
        words = [lowered[a:b] for a, b in spans]
    else:  # a character whose lower case is longer (rare): lower word by word
        words = [text[a:b].lower() for a, b in spans]
    starts = [a for a, _ in spans]
    ends = [b for _, b in spans]
    quotes: list[int] = []
    states: list[bool] = []
    state = False
    lexical: list[tuple[int, float]] = []
    get = lexicon.get
    for k, w in enumerate(words):
        v = get(w)
        if v is not None:
            if not _TARGET_NEGATORS.isdisjoint(words[max(0, k - 3) : k]):
                v *= _NEGATION_SCALE
            lexical.append((k, v))
        elif w in _QUOTE_MARKS:
            state = (not state) if w == _QUOTE_BOTH else (w == _QUOTE_OPEN)
            quotes.append(k)
            states.append(state)
    return _Sentence(words, starts, ends, quotes, states, lexical, bool(quotes))


@lru_cache(maxsize=1)
def _verbs() -> frozenset[str]:
    return reporting_verb_forms()


def _quote_state(s: _Sentence, k: int) -> bool:
    pos = bisect.bisect_right(s.quotes, k) - 1
    return s.states[pos] if pos >= 0 else False


def _grams(words: list[str], prefix: str = "") -> list[str]:
    if prefix:
        out = [prefix + w for w in words]
        out += [f"{prefix}{a} {b}" for a, b in pairwise(words)]
        return out
    return words + [f"{a} {b}" for a, b in pairwise(words)]


def _target_features(text: str, start: int, end: int, s: _Sentence, window: int) -> tuple[Any, ...]:
    """Feature strings of one target, one list per word block of :data:`BLOCKS`.

    The last item is the masked, lower-cased sentence that the ``chars`` block
    cuts into character n-grams.
    """
    li = bisect.bisect_right(s.ends, start)
    ri = max(li, bisect.bisect_left(s.starts, end))
    words = s.words
    lw, mw, rw = words[:li], words[li:ri], words[ri:]
    sentence = _grams(lw + ["<t>"] + rw)
    win = _grams(lw[-window:], "l:") + _grams(rw[:window], "r:")
    mention = list(mw)
    if len(mw) == 1 and mw[0] in _PRONOUNS:
        mention.append("<pronoun>")
    # the clause around the mention
    i = li - 1
    while i >= 0 and lw[i] not in _CLAUSE_BREAKS:
        i -= 1
    j = 0
    while j < len(rw) and rw[j] not in _CLAUSE_BREAKS:
        j += 1
    clause = _grams(lw[i + 1 :] + ["<t>"] + rw[:j])
    # roles: speaker of a quote, inside a quote, first in the sentence, agent
    tq = _quote_state(s, li) if ri > li else (_quote_state(s, li - 1) if li else False)
    verbs = _verbs()
    role = []
    if rw and rw[0] in verbs:
        role.append("speaker_after")
    if len(rw) > 1 and rw[0] in _AUXILIARIES and rw[1] in verbs:
        role.append("speaker_after_aux")
    if lw and lw[-1] in verbs:
        role.append("speaker_before")
    if lw[-2:] == ["according", "to"]:
        role.append("speaker_according")
    if tq:
        role.append("in_quote")
    if s.has_quote:
        role.append("sentence_quotes")
    if not lw or lw[-1] in _QUOTE_MARKS:
        role.append("first")
    if lw and lw[-1] == "by":
        role.append("after_by")
    speaker = bool(role) and role[0].startswith("speaker")
    # lexicon polarity by distance, side, quote state and role
    lexicon = []
    for k, v in s.lexical:
        if li <= k < ri:
            continue
        sign = "p" if v > 0 else "n"
        d = li - k if k < li else k - ri + 1
        db = "1" if d <= 3 else ("2" if d <= 8 else "3")
        side = "L" if k < li else "R"
        same = "sq" if (_quote_state(s, k) if s.has_quote else False) == tq else "dq"
        lexicon += [sign, sign + db, sign + db + side, sign + same]
        if speaker:
            lexicon.append(sign + "spk" + same)
        if v > 2 or v < -2:
            lexicon.append(sign + "strong" + db)
        if i < k < ri + j:
            lexicon.append("clause" + sign)
    stems = [w[:_STEM] for w in lw if w[0].isalnum()] + [w[:_STEM] for w in rw if w[0].isalnum()]
    chars = f" {text[:start]} \x00 {text[end:]} ".lower()
    return sentence, win, mention, clause, role, lexicon, stems, chars


def _char_grams(chars: str, lo: int, hi: int) -> Iterator[str]:
    """Character n-grams of *chars*, generated at C speed (no Python loop per gram)."""
    size = len(chars)
    return chain.from_iterable(
        map(chars.__getitem__, map(slice, range(size - n + 1), range(n, size + 1)))
        for n in range(lo, hi + 1)
    )


def _as_targets(X: Any) -> tuple[list[str], list[int], list[int]]:
    """Texts, starts and ends from a DataFrame (``text``, ``start``, ``end``) or (text, start, end) rows."""
    if isinstance(X, pd.DataFrame):
        missing = [c for c in ("text", "start", "end") if c not in X.columns]
        if missing:
            raise ValueError(
                f"target table lacks columns {missing}; it needs 'text', 'start' and 'end' "
                f"(got {list(X.columns)})"
            )
        texts = X["text"].tolist()
        starts = X["start"].tolist()
        ends = X["end"].tolist()
    else:
        rows = list(X.itertuples(index=False) if hasattr(X, "itertuples") else X)
        if any(len(r) != 3 for r in rows):
            raise ValueError(
                "targets must be (text, start, end) rows or a DataFrame with those columns"
            )
        texts = [r[0] for r in rows]
        starts = [r[1] for r in rows]
        ends = [r[2] for r in rows]
    out_s, out_e = [], []
    for n, (t, a, b) in enumerate(zip(texts, starts, ends, strict=True)):
        if not isinstance(t, str):
            raise ValueError(f"target {n}: text must be a string, not {type(t).__name__}")
        try:
            a, b = int(a), int(b)
        except (TypeError, ValueError):
            raise ValueError(
                f"target {n}: start and end must be integers, got {a!r}, {b!r}"
            ) from None
        if not 0 <= a <= b <= len(t):
            raise ValueError(f"target {n}: span ({a}, {b}) is outside the text of length {len(t)}")
        out_s.append(a)
        out_e.append(b)
    return [str(t) for t in texts], out_s, out_e


def _context(
    text: str, start: int, end: int, splits: dict[str, list[tuple[int, int]]]
) -> tuple[str, int, int]:
    if len(text) <= MAX_CONTEXT:
        return text, start, end
    spans = splits.get(text)
    if spans is None:
        spans = splits[text] = split_sentences(text) or [(0, len(text))]
    a = next((s for s, e in spans if s <= start < e), None)
    b = next((e for s, e in spans if s < end <= e), None)
    a = start if a is None else min(a, start)
    b = end if b is None else max(b, end)
    return text[a:b], start - a, end - a


def _features(X: Any, window: int) -> list[tuple]:
    texts, starts, ends = _as_targets(X)
    lexicon = _vader().lexicon
    analysed: dict[str, _Sentence] = {}
    splits: dict[str, list[tuple[int, int]]] = {}
    out = []
    for text, a, b in zip(texts, starts, ends, strict=True):
        ctx, a, b = _context(text, a, b, splits)
        s = analysed.get(ctx)
        if s is None:
            s = analysed[ctx] = _analyse(ctx, lexicon)
        out.append(_target_features(ctx, a, b, s, window))
    return out


# ---------------------------------------------------------------------------
# Target-dependent sentiment: the estimator
# ---------------------------------------------------------------------------


class TargetSentimentClassifier(ClassifierMixin, BaseEstimator):
    """Sentiment toward a mention (negative, neutral, positive) from its context.

    Features, each block TF-IDF weighted (sublinear term frequency) and
    normalised on its own, then one multinomial logistic regression:

    ``sentence``
        words and word pairs of the sentence with the mention masked (``<t>``);
    ``window``
        words and pairs within *window* tokens left and right of the mention;
    ``mention``
        the words of the mention (so that the model learns how actors tend to
        be written about) and whether it is a pronoun;
    ``clause``
        words of the clause holding the mention (up to commas, semicolons,
        dashes, "but", "although", ...);
    ``role``
        whether the mention is the speaker of a quote (``X said``, ``said X``,
        ``according to X``), inside a quote, first in the sentence, or after
        "by";
    ``lexicon``
        VADER-lexicon polarity of the context words (negated within three
        words) by distance from the mention, side, whether the word shares the
        mention's quote state, and whether the mention is a speaker;
    ``stems``
        the first five letters of each context word;
    ``chars``
        character n-grams of the masked, lower-cased sentence (optional).

    Texts longer than :data:`MAX_CONTEXT` characters are cut to the
    sentence(s) holding the mention.

    Parameters
    ----------
    C : float
        Inverse regularisation strength of the logistic regression.
    window : int
        Tokens on each side of the mention in the ``window`` block.
    char_ngrams : tuple of int or None
        Smallest and largest character n-gram of the ``chars`` block; None
        (the default) leaves the block empty. Character n-grams (3, 4) add
        about 0.3 points of cross-validated macro-F1 on NewsMTSC but make
        prediction three times slower.
    min_df : int
        Words, word pairs and character n-grams of the ``sentence`` and
        ``chars`` blocks seen in fewer training targets are dropped.
    class_weight : dict, "balanced" or None
        Passed to :class:`sklearn.linear_model.LogisticRegression`.
    max_iter : int
        Iterations of the solver.
    random_state : int or None
        Passed to the solver (kept for reproducible pipelines).

    Attributes
    ----------
    classes_ : ndarray
        The labels, sorted.
    vocabulary_ : dict
        ``block -> {feature: column}``.
    idf_ : ndarray
        Inverse document frequency of each column.
    coef_, intercept_ : ndarray
        The fitted logistic regression.

    Examples
    --------
    >>> import pandas as pd
    >>> X = pd.DataFrame({
    ...     "text": ["Critics slammed Voss.", "Fans praised Voss.", "Voss met Strand."] * 4,
    ...     "start": [16, 13, 0] * 4, "end": [20, 17, 4] * 4})
    >>> y = ["negative", "positive", "neutral"] * 4
    >>> clf = TargetSentimentClassifier(min_df=1).fit(X, y)
    >>> clf.predict(X.head(3)).tolist()
    ['negative', 'positive', 'neutral']
    """

    def __init__(
        self,
        *,
        C: float = 10.0,
        window: int = 6,
        char_ngrams: tuple[int, int] | None = None,
        min_df: int = 2,
        class_weight: dict | str | None = None,
        max_iter: int = 3000,
        random_state: int | None = None,
    ) -> None:
        self.C = C
        self.window = window
        self.char_ngrams = char_ngrams
        self.min_df = min_df
        self.class_weight = class_weight
        self.max_iter = max_iter
        self.random_state = random_state

    def _check_params(self) -> tuple[int, int]:
        if self.char_ngrams is None:
            return 0, 0
        lo, hi = tuple(self.char_ngrams)
        if not 1 <= lo <= hi:
            raise ValueError(
                f"char_ngrams must be (low, high) with 1 <= low <= high, not {self.char_ngrams!r}"
            )
        if int(self.window) < 1:
            raise ValueError(f"window must be a positive integer, not {self.window!r}")
        return int(lo), int(hi)

    def fit(self, X: Any, y: Any) -> TargetSentimentClassifier:
        """Learn the vocabulary, IDF weights and the logistic regression."""
        from sklearn.linear_model import LogisticRegression

        lo, hi = self._check_params()
        y = np.asarray(y, dtype=object).astype(str)
        feats = _features(X, int(self.window))
        if len(feats) != len(y):
            raise ValueError(f"X has {len(feats)} targets but y has {len(y)} labels")
        if len(set(y)) < 2:
            raise ValueError(f"y must hold at least two classes, got {sorted(set(y))}")
        n = len(feats)
        vocabulary: dict[str, dict[str, int]] = {}
        idf: list[float] = []
        offset = 0
        for b, block in enumerate(BLOCKS):
            df: Counter[str] = Counter()
            for f in feats:
                if block != "chars":
                    df.update(set(f[b]))
                elif hi:
                    df.update(set(_char_grams(f[b], lo, hi)))
            floor = self.min_df if block in _PRUNED_BLOCKS else 1
            kept = sorted(k for k, c in df.items() if c >= floor)
            vocabulary[block] = {k: offset + i for i, k in enumerate(kept)}
            idf.extend(math.log((1 + n) / (1 + df[k])) + 1.0 for k in kept)
            offset += len(kept)
        self.vocabulary_ = vocabulary
        self.idf_ = np.asarray(idf, dtype=float)
        self._set_blocks()
        matrix = self._matrix(feats)
        model = LogisticRegression(
            C=self.C,
            max_iter=self.max_iter,
            class_weight=self.class_weight,
            random_state=self.random_state,
        ).fit(matrix, y)
        self.classes_ = model.classes_
        self.coef_ = model.coef_
        self.intercept_ = model.intercept_
        self.n_features_in_ = 3  # text, start, end
        return self

    def _set_blocks(self) -> None:
        block_of = np.empty(len(self.idf_), dtype=np.int32)
        for b, block in enumerate(BLOCKS):
            cols = list(self.vocabulary_[block].values())
            if cols:
                block_of[min(cols) : max(cols) + 1] = b
        self._block_of = block_of

    def _matrix(self, feats: list[tuple]) -> sp.csr_matrix:
        """TF-IDF rows (sublinear tf, each block L2-normalised on its own)."""
        lo, hi = self._check_params()
        n = len(feats)
        col_parts = []
        row_parts = []
        rows_index = np.arange(n, dtype=np.int64)
        for b, block in enumerate(BLOCKS):
            get = self.vocabulary_[block].get
            strings: list[str] = []
            lengths = np.empty(n, dtype=np.int64)
            if block == "chars" and not hi:
                lengths[:] = 0
            elif block == "chars":
                for r, f in enumerate(feats):
                    before = len(strings)
                    strings.extend(_char_grams(f[b], lo, hi))
                    lengths[r] = len(strings) - before
            else:
                for r, f in enumerate(feats):
                    strings.extend(f[b])
                    lengths[r] = len(f[b])
            ids = np.fromiter(
                map(get, strings, repeat(-1, len(strings))), dtype=np.int64, count=len(strings)
            )
            rows = np.repeat(rows_index, lengths)
            keep = ids >= 0
            col_parts.append(ids[keep])
            row_parts.append(rows[keep])
        cols = np.concatenate(col_parts)
        rows = np.concatenate(row_parts)
        matrix = sp.csr_matrix((np.ones(len(cols)), (rows, cols)), shape=(n, len(self.idf_)))
        matrix.sum_duplicates()
        data = (1.0 + np.log(matrix.data)) * self.idf_[matrix.indices]
        row_of = np.repeat(rows_index, np.diff(matrix.indptr))
        key = row_of * len(BLOCKS) + self._block_of[matrix.indices]
        norms = np.sqrt(np.bincount(key, weights=data * data, minlength=n * len(BLOCKS)))
        matrix.data = data / norms[key]
        return matrix

    def transform(self, X: Any) -> sp.csr_matrix:
        """The feature matrix of targets (one row each)."""
        check_is_fitted(self, "coef_")
        return self._matrix(_features(X, int(self.window)))

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        """``block:feature`` for every column of :meth:`transform`."""
        check_is_fitted(self, "vocabulary_")
        names = np.empty(len(self.idf_), dtype=object)
        for block in BLOCKS:
            for k, i in self.vocabulary_[block].items():
                names[i] = f"{block}:{k}"
        return names

    def decision_function(self, X: Any) -> np.ndarray:
        matrix = self.transform(X)
        scores = np.asarray(matrix @ self.coef_.T) + self.intercept_
        return scores.ravel() if scores.shape[1] == 1 else scores

    def predict_proba(self, X: Any) -> np.ndarray:
        """Class probabilities, columns in the order of ``classes_``."""
        scores = self.decision_function(X)
        if scores.ndim == 1:
            p = 1.0 / (1.0 + np.exp(-scores))
            return np.column_stack([1 - p, p])
        scores = scores - scores.max(axis=1, keepdims=True)
        e = np.exp(scores)
        return e / e.sum(axis=1, keepdims=True)

    def predict(self, X: Any) -> np.ndarray:
        return self.classes_[np.argmax(self.predict_proba(X), axis=1)]

    # -- safe persistence: JSON + .npz, no pickle ---------------------------

    def save(
        self, path: str | Path, *, metadata: dict[str, Any] | None = None
    ) -> tuple[Path, Path]:
        """Write ``<path>.json.gz`` (parameters, classes, vocabulary) and ``<path>.npz`` (arrays).

        Neither file can run code when loaded (no pickle). The gzip stream has no
        time stamp, so the same model always gives the same bytes.
        """
        check_is_fitted(self, "coef_")
        base = _model_base(path)
        meta = {
            "format": "newsresearch.TargetSentimentClassifier",
            "format_version": 1,
            "params": {
                k: (list(v) if isinstance(v, tuple) else v) for k, v in self.get_params().items()
            },
            "classes": [str(c) for c in self.classes_],
            "blocks": list(BLOCKS),
            "vocabulary": {
                block: sorted(self.vocabulary_[block], key=self.vocabulary_[block].get)
                for block in BLOCKS
            },
            "metadata": metadata or {},
        }
        json_path = base.with_name(base.name + ".json.gz")
        npz_path = base.with_name(base.name + ".npz")
        data = json.dumps(meta, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        with json_path.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as fh:
            fh.write(data)
        np.savez_compressed(
            npz_path,
            idf=self.idf_.astype(np.float32),
            coef=self.coef_.astype(np.float32),
            intercept=self.intercept_.astype(np.float64),
        )
        return json_path, npz_path

    @classmethod
    def load(cls, path: str | Path) -> TargetSentimentClassifier:
        """Read a model written by :meth:`save` (``path`` with or without suffix).

        The parameters file may be ``.json.gz`` or plain ``.json``.
        """
        base = _model_base(path)
        npz_path = base.with_name(base.name + ".npz")
        meta = _read_model_json(base)
        return cls._from_parts(meta, np.load(npz_path, allow_pickle=False), str(base))

    @classmethod
    def _from_parts(
        cls, meta: dict[str, Any], arrays: Any, where: str
    ) -> TargetSentimentClassifier:
        if meta.get("format") != "newsresearch.TargetSentimentClassifier":
            raise ValueError(f"{where}: not a TargetSentimentClassifier model file")
        if meta.get("blocks") != list(BLOCKS):
            raise ValueError(
                f"{where}: model blocks {meta.get('blocks')} do not match this version's {list(BLOCKS)}"
            )
        params = dict(meta["params"])
        if params.get("char_ngrams") is not None:
            params["char_ngrams"] = tuple(params["char_ngrams"])
        model = cls(**params)
        offset = 0
        model.vocabulary_ = {}
        for block in BLOCKS:
            words = meta["vocabulary"][block]
            model.vocabulary_[block] = {w: offset + i for i, w in enumerate(words)}
            offset += len(words)
        model.idf_ = arrays["idf"].astype(float)
        model.coef_ = arrays["coef"].astype(float)
        model.intercept_ = arrays["intercept"].astype(float)
        model.classes_ = np.asarray(meta["classes"], dtype=object)
        model.n_features_in_ = 3
        model.metadata_ = meta.get("metadata", {})
        if model.coef_.shape[1] != offset or len(model.idf_) != offset:
            raise ValueError(f"{where}: vocabulary and arrays disagree ({offset} features)")
        model._set_blocks()
        return model


MODEL_NAME = "target_sentiment"


def _model_base(path: str | Path) -> Path:
    """*path* without the model suffixes (``.json.gz``, ``.json``, ``.npz``)."""
    path = Path(path)
    name = path.name
    for suffix in (".gz", ".json", ".npz"):
        name = name.removesuffix(suffix)
    return path.with_name(name)


def _read_model_json(base: Path) -> dict[str, Any]:
    packed = base.with_name(base.name + ".json.gz")
    if packed.exists():
        return json.loads(gzip.decompress(packed.read_bytes()).decode("utf-8"))
    plain = base.with_name(base.name + ".json")
    if not plain.exists():
        raise FileNotFoundError(f"no model at {packed} or {plain}; train one with save()")
    return json.loads(plain.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def load_model() -> TargetSentimentClassifier:
    """The shipped target-sentiment model (read on first use, then kept).

    Trained by ``scripts/train_target_sentiment.py`` on the NewsMTSC training
    set; see ``newsresearch/data/target_sentiment_model_card.md``.

    Examples
    --------
    >>> load_model().classes_.tolist()
    ['negative', 'neutral', 'positive']
    """
    folder = files("newsresearch").joinpath("data")
    with folder.joinpath(f"{MODEL_NAME}.json.gz").open("rb") as fh:
        meta = json.loads(gzip.decompress(fh.read()).decode("utf-8"))
    with folder.joinpath(f"{MODEL_NAME}.npz").open("rb") as fh:
        arrays = dict(np.load(io.BytesIO(fh.read()), allow_pickle=False))
    return TargetSentimentClassifier._from_parts(meta, arrays, f"newsresearch/data/{MODEL_NAME}")


def target_sentiment(
    df: pd.DataFrame, *, model: TargetSentimentClassifier | None = None
) -> pd.DataFrame:
    """Sentiment toward each target (a mention given by its character span).

    Parameters
    ----------
    df : DataFrame
        Columns ``text`` (a sentence, or a longer text: then the sentence
        holding the mention is used), ``start`` and ``end`` (character offsets
        of the mention, end exclusive).
    model : TargetSentimentClassifier, optional
        A fitted classifier (for example retrained on your own labels with
        :func:`read_newsmtsc`); default the shipped model.

    Returns
    -------
    pandas.DataFrame
        Same index as *df*: ``label`` (negative, neutral, positive) and
        ``p_negative``, ``p_neutral``, ``p_positive`` (summing to 1).

    Examples
    --------
    >>> import pandas as pd
    >>> text = "Critics accused Voss of lying to voters."
    >>> out = target_sentiment(pd.DataFrame({"text": [text], "start": [16], "end": [20]}))
    >>> out["label"].tolist()
    ['negative']
    """
    model = load_model() if model is None else model
    check_is_fitted(model, "coef_")
    classes = [str(c) for c in model.classes_]
    if sorted(classes) != sorted(LABELS):
        raise ValueError(
            f"the model's classes {classes} are invalid; valid classes are {list(LABELS)}"
        )
    if len(df) == 0:
        out = pd.DataFrame(
            index=df.index, columns=["label", "p_negative", "p_neutral", "p_positive"]
        )
        return out.astype(
            {"label": "string", "p_negative": float, "p_neutral": float, "p_positive": float}
        )
    missing = [c for c in ("text", "start", "end") if c not in df.columns]
    if missing:
        raise ValueError(
            f"target table lacks columns {missing}; it needs 'text', 'start' and 'end' "
            f"(got {list(df.columns)})"
        )
    lengths = df["text"].map(lambda t: len(t) if isinstance(t, str) else -1).to_numpy()
    ends = pd.to_numeric(df["end"], errors="coerce").to_numpy()
    starts = pd.to_numeric(df["start"], errors="coerce").to_numpy()
    overrun = (ends > lengths) & (starts < lengths) & (lengths >= 0)
    if overrun.any():
        # A mention that runs past the end of its (sentence) text: score what is there
        # rather than lose the whole table, and say so.
        where = np.flatnonzero(overrun)
        warnings.warn(
            f"{len(where)} target span(s) ran past the end of their text and were cut at it "
            f"(rows {where[:5].tolist()}{' ...' if len(where) > 5 else ''}); pass the whole "
            "document as text and target_sentiment uses the sentence(s) holding each mention",
            UserWarning,
            stacklevel=2,
        )
        df = df.assign(end=np.where(overrun, lengths, df["end"].to_numpy()))
    proba = model.predict_proba(df)
    order = [classes.index(label) for label in LABELS]
    proba = proba[:, order]
    out = pd.DataFrame(
        {
            "label": pd.array(
                np.asarray(LABELS, dtype=object)[proba.argmax(axis=1)], dtype="string"
            ),
            "p_negative": proba[:, 0],
            "p_neutral": proba[:, 1],
            "p_positive": proba[:, 2],
        },
        index=df.index,
    )
    return out


# ---------------------------------------------------------------------------
# NewsMTSC data and evaluation
# ---------------------------------------------------------------------------


def read_newsmtsc(path: str | Path) -> pd.DataFrame:
    """Read NewsMTSC JSONL: one row per target.

    Each line holds ``primary_gid``, ``sentence_normalized`` and ``targets``
    (``from``, ``to``, ``mention``, ``polarity``: 2.0 negative, 4.0 neutral,
    6.0 positive). Use the table to evaluate, or to retrain
    :class:`TargetSentimentClassifier` on your own labels.

    Returns
    -------
    pandas.DataFrame
        ``primary_gid``, ``text``, ``start``, ``end``, ``mention``, ``label``
        (NA for a target without polarity), and ``target`` (the target's
        position in its line's list).

    Examples
    --------
    >>> from newsresearch import config
    >>> gold = read_newsmtsc(config.SAMPLE_DIR / "gold" / "target_sentiment.jsonl")
    >>> list(gold.columns)
    ['primary_gid', 'text', 'start', 'end', 'mention', 'label', 'target']
    >>> bool((gold.apply(lambda r: r.text[r.start:r.end], axis=1) == gold.mention).all())
    True
    """
    path = Path(path)
    rows = []
    with path.open(encoding="utf-8-sig") as fh:
        for n, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
                text = obj["sentence_normalized"]
                gid = str(obj.get("primary_gid", f"line{n}"))
                targets = obj["targets"]
                for k, t in enumerate(targets):
                    a, b = int(t["from"]), int(t["to"])
                    if not 0 <= a <= b <= len(text):
                        raise ValueError(f"target {k} span ({a}, {b}) is outside the sentence")
                    pol = t.get("polarity")
                    if pol is not None and float(pol) not in POLARITY_LABELS:
                        raise ValueError(
                            f"target {k} polarity {pol!r} is invalid; valid values are "
                            f"{sorted(POLARITY_LABELS)}"
                        )
                    label = POLARITY_LABELS[float(pol)] if pol is not None else pd.NA
                    rows.append((gid, text, a, b, t.get("mention", text[a:b]), label, k))
            except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
                detail = f"missing field {exc}" if isinstance(exc, KeyError) else str(exc)
                raise ValueError(f"{path}, line {n}: not a NewsMTSC record ({detail})") from exc
    frame = pd.DataFrame(
        rows, columns=["primary_gid", "text", "start", "end", "mention", "label", "target"]
    )
    return frame.astype(
        {
            "primary_gid": "string",
            "text": "string",
            "mention": "string",
            "label": "string",
            "start": int,
            "end": int,
            "target": int,
        }
    )


@dataclass
class SentimentEvaluation:
    """Scores of target sentiment against gold labels; ``str()`` gives the printed report."""

    gold_path: str
    n: int
    macro_f1: float
    accuracy: float
    per_class: pd.DataFrame
    confusion: pd.DataFrame

    def __str__(self) -> str:
        per = self.per_class.copy()
        lines = [
            f"target sentiment on {self.gold_path}: {self.n} targets",
            f"macro-F1 {self.macro_f1:.4f}   accuracy {self.accuracy:.4f}",
            "",
            f"{'class':<10} {'precision':>9} {'recall':>7} {'F1':>7} {'support':>8}",
        ]
        for label, row in per.iterrows():
            lines.append(
                f"{label:<10} {row['precision']:>9.4f} {row['recall']:>7.4f} {row['f1']:>7.4f} "
                f"{int(row['support']):>8}"
            )
        lines += ["", "confusion matrix (rows gold, columns predicted)"]
        width = max(10, *(len(c) + 1 for c in self.confusion.columns))
        lines.append(" " * 10 + "".join(f"{c:>{width}}" for c in self.confusion.columns))
        for label, row in self.confusion.iterrows():
            lines.append(f"{label:<10}" + "".join(f"{int(v):>{width}}" for v in row))
        return "\n".join(lines)


def evaluate_sentiment(
    gold_path: str | Path,
    *,
    predictions_out: str | Path | None = None,
    model: TargetSentimentClassifier | None = None,
) -> SentimentEvaluation:
    """Score :func:`target_sentiment` against NewsMTSC JSONL gold labels.

    Parameters
    ----------
    gold_path : path
        NewsMTSC JSONL (the sample gold ``data/sample/gold/target_sentiment.jsonl``
        uses the same form).
    predictions_out : path, optional
        Write one JSON line per target: ``primary_gid``, ``target``, ``from``,
        ``to``, ``mention``, ``gold``, ``predicted`` and the three
        probabilities.
    model : TargetSentimentClassifier, optional
        Default the shipped model.

    Returns
    -------
    SentimentEvaluation
        Macro-F1, accuracy, per-class precision/recall/F1 and the confusion
        matrix; print it for the report.

    Examples
    --------
    >>> from newsresearch import config
    >>> result = evaluate_sentiment(config.SAMPLE_DIR / "gold" / "target_sentiment.jsonl")
    >>> 0.0 <= result.macro_f1 <= 1.0
    True
    """
    from sklearn.metrics import confusion_matrix, precision_recall_fscore_support

    gold = read_newsmtsc(gold_path)
    gold = gold[gold["label"].notna()].reset_index(drop=True)
    if gold.empty:
        raise ValueError(f"{gold_path}: no labelled targets")
    pred = target_sentiment(gold, model=model)
    y_true = gold["label"].astype(str).to_numpy()
    y_pred = pred["label"].astype(str).to_numpy()
    labels = list(LABELS)
    p, r, f, s = precision_recall_fscore_support(y_true, y_pred, labels=labels, zero_division=0)
    per_class = pd.DataFrame({"precision": p, "recall": r, "f1": f, "support": s}, index=labels)
    present = [k for k, label in enumerate(labels) if s[k] > 0]
    macro = float(np.mean(f[present])) if present else 0.0
    confusion = pd.DataFrame(
        confusion_matrix(y_true, y_pred, labels=labels), index=labels, columns=labels
    )
    if predictions_out is not None:
        out = Path(predictions_out)
        out.parent.mkdir(parents=True, exist_ok=True)
        with out.open("w", encoding="utf-8") as fh:
            for (_, g), (_, q) in zip(gold.iterrows(), pred.iterrows(), strict=True):
                fh.write(
                    json.dumps(
                        {
                            "primary_gid": g["primary_gid"],
                            "target": int(g["target"]),
                            "from": int(g["start"]),
                            "to": int(g["end"]),
                            "mention": g["mention"],
                            "gold": g["label"],
                            "predicted": q["label"],
                            "p_negative": round(float(q["p_negative"]), 6),
                            "p_neutral": round(float(q["p_neutral"]), 6),
                            "p_positive": round(float(q["p_positive"]), 6),
                        },
                        ensure_ascii=False,
                    )
                    + "\n"
                )
    return SentimentEvaluation(
        gold_path=str(gold_path),
        n=len(gold),
        macro_f1=macro,
        accuracy=float((y_true == y_pred).mean()),
        per_class=per_class,
        confusion=confusion,
    )


def cli_evaluate(gold: str | None, predictions_out: str | None) -> int:
    """``newsresearch evaluate sentiment``: print the scores; 0 on success, 1 on an input error.

    *gold* defaults to the sample gold set ``data/sample/gold/target_sentiment.jsonl``.
    """
    path = Path(gold) if gold else config.SAMPLE_DIR / "gold" / "target_sentiment.jsonl"
    try:
        result = evaluate_sentiment(path, predictions_out=predictions_out)
    except FileNotFoundError as exc:
        print(f"error: gold file not found: {exc.filename or path}", file=sys.stderr)
        return 1
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(result)
    if predictions_out:
        print(f"\npredictions written to {predictions_out}")
    return 0


def actor_sentiment(corpus: Any, **options: Any) -> pd.DataFrame:
    """Sentiment toward each actor in each article (see :func:`newsresearch.actors.actor_sentiment`)."""
    from .actors import actor_sentiment as run

    return run(corpus, **options)
