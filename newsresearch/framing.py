"""Frames: our frame lexicons, user dictionaries, a trainable classifier, lexicon induction.

Two schemes ship with the package, both written by us from the codebook
definitions (``newsresearch/data/frames_*.yaml``):

* ``"generic"``: the five generic news frames of Semetko & Valkenburg (2000):
  conflict, human interest, economic consequences, morality and attribution of
  responsibility;
* ``"policy"``: the Media Frames Corpus policy dimensions (Boydstun et al.;
  Card et al. 2015). The residual 15th dimension, *other*, has no lexicon.

Users bring their own (issue-specific) frames as our YAML format, a quanteda
YAML dictionary or a LIWC ``.dic`` file (:func:`load_lexicon`).

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
  or digit). A frame is **present** when its density reaches the lexicon's
  threshold (2 weighted hits per 1,000 words for ours: at least one hit in a
  short piece, several in a long article); at sentence level any hit counts.
  The **dominant** frame is the present frame with the highest density (ties:
  lexicon order), missing when no frame is present.
* **Speed.** Matching is vectorised: each whitespace-separated chunk of text is
  looked up once in a cache of token codes, each token type is matched against
  the lexicon once, and documents are scored 256 at a time in one numpy pass
  (about 1,000 ABP articles per second on one core once the caches are warm;
  ``benchmarks/framing.py``).

Learning frames from coded examples
-----------------------------------
:class:`FrameClassifier` is a scikit-learn estimator (TF-IDF of words, word
pairs and character n-grams plus lexicon densities into logistic regression
with balanced class weights and sigmoid-calibrated probabilities), multi-label
or single-label. :func:`learn_lexicon` induces a readable lexicon per frame by
PMI (Field et al. 2018). :func:`evaluate_framing` scores either against coded
data (a CSV or the GVFC fold layout).
"""

from __future__ import annotations

import copy
import logging
import math
import re
import sys
import threading
import warnings
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from itertools import chain
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import regex
import yaml
from sklearn.base import BaseEstimator, ClassifierMixin, TransformerMixin, clone
from sklearn.calibration import CalibratedClassifierCV
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.multiclass import OneVsRestClassifier
from sklearn.pipeline import FeatureUnion, Pipeline
from sklearn.preprocessing import MaxAbsScaler
from threadpoolctl import threadpool_limits

from . import config
from .text import TOKEN_PATTERN as _TOKEN_PATTERN
from .text import corpus_texts as _texts
from .text import quote_spans, split_sentences

__all__ = [
    "SCHEMES",
    "DEFAULT_THRESHOLD",
    "Frame",
    "Lexicon",
    "load_lexicon",
    "quote_spans",
    "frames",
    "coverage",
    "frame_matrix",
    "frame_terms",
    "frame_examples",
    "prevalence",
    "over_time",
    "cooccurrence",
    "LexiconDensities",
    "FrameClassifier",
    "learn_lexicon",
    "FrameGold",
    "read_frame_gold",
    "FramingEvaluation",
    "evaluate_framing",
    "cli_evaluate",
    "GVFC_FRAMES",
]

log = logging.getLogger(__name__)

#: Built-in schemes: name -> data file in the package.
SCHEMES: dict[str, str] = {"generic": "frames_generic.yaml", "policy": "frames_policy.yaml"}
#: Presence threshold (weighted hits per 1,000 word tokens) when a lexicon sets none.
DEFAULT_THRESHOLD = 2.0
LEVELS = ("document", "sentence")
MEASURES = ("density", "present", "hits", "quoted")


# ---------------------------------------------------------------------------
# Lexicons
# ---------------------------------------------------------------------------


@dataclass
class Frame:
    """One frame of a lexicon: its terms (entry -> weight) and a short definition."""

    name: str
    terms: dict[str, float]
    definition: str = ""
    label: str = ""
    threshold: float | None = None


@dataclass
class Lexicon:
    """A frame lexicon: frames in order, each with weighted terms.

    Read one with :func:`load_lexicon`, induce one with :func:`learn_lexicon`,
    write it with :meth:`to_yaml`.

    Examples
    --------
    >>> lex = Lexicon("mine", {"cost": Frame("cost", {"price*": 1.0, "tax bill": 2.0})})
    >>> lex.frame_names
    ['cost']
    >>> lex.to_frame().values.tolist()
    [['cost', 'price*', 1.0], ['cost', 'tax bill', 2.0]]
    """

    name: str
    frames: dict[str, Frame]
    threshold: float = DEFAULT_THRESHOLD
    title: str = ""
    description: str = ""
    source: str = ""

    @property
    def frame_names(self) -> list[str]:
        """Frame keys in lexicon order."""
        return list(self.frames)

    def thresholds(self) -> dict[str, float]:
        """Presence threshold per frame (the frame's own, else the lexicon's)."""
        return {
            k: (f.threshold if f.threshold is not None else self.threshold)
            for k, f in self.frames.items()
        }

    def to_frame(self) -> pd.DataFrame:
        """One row per entry: ``frame``, ``term``, ``weight``."""
        rows = [(k, t, w) for k, f in self.frames.items() for t, w in f.terms.items()]
        return pd.DataFrame(rows, columns=["frame", "term", "weight"])

    def to_dict(self) -> dict[str, Any]:
        """The lexicon as our YAML structure (see ``data/frames_generic.yaml``)."""
        out: dict[str, Any] = {"name": self.name}
        if self.title:
            out["title"] = self.title
        out["version"] = 1
        out["threshold"] = float(self.threshold)
        if self.description:
            out["description"] = self.description
        frames_out: dict[str, Any] = {}
        for key, f in self.frames.items():
            entry: dict[str, Any] = {}
            if f.label:
                entry["label"] = f.label
            entry["definition"] = f.definition or ""
            if f.threshold is not None:
                entry["threshold"] = float(f.threshold)
            entry["terms"] = [t if w == 1 else {t: _plain_number(w)} for t, w in f.terms.items()]
            frames_out[key] = entry
        out["frames"] = frames_out
        return out

    def to_yaml(self, path: str | Path | None = None) -> str:
        """Write the lexicon in our YAML format (to *path* when given); returns the text.

        Examples
        --------
        >>> lex = Lexicon("mine", {"cost": Frame("cost", {"no": 1.0, "price*": 2.0})})
        >>> text = lex.to_yaml()
        >>> load_lexicon(yaml.safe_load(text)).frames["cost"].terms
        {'no': 1.0, 'price*': 2.0}
        """
        header = (
            f"# Frame lexicon {self.name!r} in the newsresearch format "
            "(read it with newsresearch.load_lexicon).\n"
            "# Entries: words, wildcard stems (econom*), phrases; 'term: weight' sets a weight.\n"
        )
        text = header + yaml.safe_dump(
            self.to_dict(), sort_keys=False, allow_unicode=True, width=100
        )
        if path is not None:
            Path(path).write_text(text, encoding="utf-8")
        return text

    def __repr__(self) -> str:
        sizes = ", ".join(f"{k} ({len(f.terms)})" for k, f in self.frames.items())
        return f"Lexicon({self.name!r}: {sizes})"


def _plain_number(w: float) -> float | int:
    return int(w) if float(w).is_integer() else round(float(w), 4)


class _YamlLoader(yaml.SafeLoader):
    """Safe YAML loader that reads yes/no/on/off as words (they are dictionary terms)."""


_YamlLoader.yaml_implicit_resolvers = {
    ch: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
    for ch, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_YamlLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)

_GLOB_CHARS = re.compile(r"[*?]")


def _norm_term(term: Any, where: str) -> str:
    if isinstance(term, bool) or not isinstance(term, str | int | float):
        raise ValueError(f"{where}: term {term!r} is not a word, stem or phrase")
    text = " ".join(str(term).replace("’", "'").lower().split())
    if not text or not any(_GLOB_CHARS.sub("", el) for el in text.split()):
        raise ValueError(f"{where}: term {term!r} is empty or only wildcards")
    return text


def _parse_terms(entries: Any, where: str) -> dict[str, float]:
    if entries is None:
        entries = []
    if isinstance(entries, str | int | float):
        entries = [entries]
    if not isinstance(entries, list):
        raise ValueError(f"{where}: 'terms' must be a list of words, stems and phrases")
    terms: dict[str, float] = {}
    for n, entry in enumerate(entries, start=1):
        pairs = entry.items() if isinstance(entry, dict) else [(entry, 1.0)]
        for term, weight in pairs:
            key = _norm_term(term, f"{where}, entry {n}")
            if isinstance(weight, bool) or not isinstance(weight, int | float):
                raise ValueError(
                    f"{where}, entry {n}: weight of {term!r} must be a number, not {weight!r}"
                )
            if not weight > 0 or not math.isfinite(weight):
                raise ValueError(f"{where}, entry {n}: weight of {term!r} must be > 0")
            terms[key] = max(float(weight), terms.get(key, 0.0))
    return terms


def _our_format(data: Mapping[str, Any], source: str) -> Lexicon:
    frames_in = data.get("frames")
    if not isinstance(frames_in, Mapping) or not frames_in:
        raise ValueError(f"{source}: 'frames' must map frame names to {{definition, terms}}")
    threshold = data.get("threshold", DEFAULT_THRESHOLD)
    if isinstance(threshold, bool) or not isinstance(threshold, int | float) or threshold < 0:
        raise ValueError(f"{source}: threshold must be a number >= 0, not {threshold!r}")
    out: dict[str, Frame] = {}
    for key, spec in frames_in.items():
        where = f"{source}, frame {key!r}"
        if not isinstance(spec, Mapping):
            raise ValueError(f"{where}: expected a mapping with 'definition' and 'terms'")
        unknown = sorted(set(spec) - {"label", "definition", "terms", "threshold"})
        if unknown:
            raise ValueError(
                f"{where}: keys {unknown} are invalid; valid keys are "
                "['definition', 'label', 'terms', 'threshold']"
            )
        terms = _parse_terms(spec.get("terms"), where)
        if not terms:
            raise ValueError(f"{where}: no terms")
        ft = spec.get("threshold")
        if ft is not None and (isinstance(ft, bool) or not isinstance(ft, int | float) or ft < 0):
            raise ValueError(f"{where}: threshold must be a number >= 0, not {ft!r}")
        out[str(key)] = Frame(
            str(key),
            terms,
            str(spec.get("definition") or "").strip(),
            str(spec.get("label") or ""),
            None if ft is None else float(ft),
        )
    return Lexicon(
        str(data.get("name") or Path(source).stem),
        out,
        float(threshold),
        str(data.get("title") or ""),
        str(data.get("description") or "").strip(),
        source,
    )


def _quanteda(data: Mapping[str, Any], source: str) -> Lexicon:
    """A quanteda YAML dictionary: ``key: [terms]``, nested keys joined with '.'."""
    out: dict[str, Frame] = {}

    def walk(node: Any, prefix: str) -> None:
        if isinstance(node, Mapping):
            for k, v in node.items():
                walk(v, f"{prefix}.{k}" if prefix else str(k))
            return
        items = node if isinstance(node, list) else [node]
        words = [x for x in items if not isinstance(x, Mapping)]
        if not prefix:
            raise ValueError(f"{source}: a quanteda dictionary maps keys to lists of terms")
        if words:
            terms = _parse_terms(words, f"{source}, key {prefix!r}")
            out[prefix] = Frame(prefix, terms)
        for x in items:
            if isinstance(x, Mapping):
                walk(x, prefix)

    if not isinstance(data, Mapping) or not data:
        raise ValueError(f"{source}: expected a mapping of keys to term lists (quanteda YAML)")
    walk(data, "")
    if not out:
        raise ValueError(f"{source}: no terms found")
    return Lexicon(Path(source).stem, out, DEFAULT_THRESHOLD, source=source)


_LIWC_CONDITIONAL = re.compile(r"[()/<>]")


def _liwc(text: str, source: str) -> Lexicon:
    """A LIWC ``.dic`` file: a ``%``-delimited category header, then ``term<TAB>ids``."""
    lines = text.lstrip("\ufeff").splitlines()
    numbered = [(n, ln.strip()) for n, ln in enumerate(lines, start=1) if ln.strip()]
    if not numbered or numbered[0][1] != "%":
        raise ValueError(
            f"{source}: not a LIWC .dic file: it must start with a '%' line, then "
            "'<id><TAB><category>' lines, a second '%', then '<term><TAB><id> ...' lines"
        )
    categories: dict[str, str] = {}
    i = 1
    while i < len(numbered) and numbered[i][1] != "%":
        n, line = numbered[i]
        parts = line.split(None, 1)
        if len(parts) != 2 or not parts[0].isdigit():
            raise ValueError(f"{source}, line {n}: expected '<id><TAB><category>', got {line!r}")
        categories[parts[0].lstrip("0") or "0"] = parts[1].strip()
        i += 1
    if i == len(numbered):
        raise ValueError(f"{source}: the category header has no closing '%' line")
    terms: dict[str, dict[str, float]] = {name: {} for name in categories.values()}
    skipped = 0
    for n, _ in numbered[i + 1 :]:
        line = lines[n - 1].rstrip()
        if "\t" in line:
            fields = line.split("\t")
            term, ids = fields[0], " ".join(fields[1:]).split()
        else:
            parts = line.split()
            k = len(parts)
            while k > 1 and parts[k - 1].isdigit():
                k -= 1
            term, ids = " ".join(parts[:k]), parts[k:]
        conditional = [x for x in ids if _LIWC_CONDITIONAL.search(x)]
        if conditional:
            skipped += 1
            ids = [x for x in ids if not _LIWC_CONDITIONAL.search(x)]
        if not ids and not conditional:
            raise ValueError(f"{source}, line {n}: term {term.strip()!r} has no category id")
        for cid in ids:
            key = cid.lstrip("0") or "0"
            if not cid.isdigit() or key not in categories:
                raise ValueError(
                    f"{source}, line {n}: category id {cid!r} is invalid; valid ids are "
                    f"{sorted(categories, key=int)}"
                )
            terms[categories[key]][_norm_term(term.strip(), f"{source}, line {n}")] = 1.0
    if skipped:
        log.warning(
            "%s: %d conditional LIWC entries read without their conditions", source, skipped
        )
    frames_ = {k: Frame(k, v) for k, v in terms.items() if v}
    if not frames_:
        raise ValueError(f"{source}: no terms found")
    return Lexicon(Path(source).stem, frames_, DEFAULT_THRESHOLD, source=source)


@lru_cache(maxsize=len(SCHEMES))
def _builtin(name: str) -> Lexicon:
    raw = files("newsresearch").joinpath(f"data/{SCHEMES[name]}")
    data = yaml.load(raw.read_text(encoding="utf-8"), Loader=_YamlLoader)  # noqa: S506
    return _our_format(data, name)


def load_lexicon(source: str | Path | Lexicon | Mapping[str, Any]) -> Lexicon:
    """Read a frame lexicon: a built-in scheme, our YAML, a quanteda YAML or a LIWC ``.dic``.

    Parameters
    ----------
    source : str, Path, Lexicon or mapping
        ``"generic"`` or ``"policy"`` (our lexicons), a path to a ``.yaml``/``.yml``
        file (our format when it has a ``frames`` key, else a quanteda dictionary
        such as ``economy: [econom*, tax*]``, nested keys joined with ``.``), a path
        to a LIWC ``.dic`` file (categories become frames; conditional entries are
        read without their condition), an already-parsed mapping, or a Lexicon.

    Raises
    ------
    ValueError
        On a malformed file, naming the file, line or frame and what is wrong.
    FileNotFoundError
        When the path does not exist.

    Examples
    --------
    >>> lex = load_lexicon("generic")
    >>> lex.frame_names
    ['conflict', 'human_interest', 'economic', 'morality', 'responsibility']
    >>> load_lexicon({"tax": ["tax*", "levy"], "war": "battle*"}).frames["war"].terms
    {'battle*': 1.0}
    """
    if isinstance(source, Lexicon):
        return source
    if isinstance(source, Mapping):
        if "frames" in source:
            return _our_format(source, "<mapping>")
        return _quanteda(source, "<mapping>")
    text_source = str(source)
    if text_source in SCHEMES:
        return copy.deepcopy(_builtin(text_source))
    path = Path(source)
    if not path.exists():
        raise FileNotFoundError(
            f"lexicon {text_source!r} not found: give a path to a .yaml, .yml or .dic file, "
            f"or a built-in scheme: {sorted(SCHEMES)}"
        )
    suffix = path.suffix.lower()
    text = path.read_text(encoding="utf-8-sig")
    if suffix == ".dic":
        return _liwc(text, str(path))
    if suffix in (".yaml", ".yml"):
        try:
            data = yaml.load(text, Loader=_YamlLoader)  # noqa: S506
        except yaml.YAMLError as exc:
            raise ValueError(f"{path}: not valid YAML ({exc})") from exc
        if isinstance(data, Mapping) and "frames" in data:
            return _our_format(data, str(path))
        return _quanteda(data, str(path))
    raise ValueError(
        f"lexicon format {suffix or '(none)'!r} of {path.name} is invalid; valid formats are "
        "['.dic' (LIWC), '.yaml'/'.yml' (ours or quanteda)]"
    )


# ---------------------------------------------------------------------------
# Matching
# ---------------------------------------------------------------------------

_WORD, _PUNCT, _NEG = 0, 1, 2
_NEGATORS = frozenset({"not", "no", "never", "without", "nor", "neither", "cannot"})
_NOT_NEGATING_NEXT = frozenset({"only", "just"})
_NEG_WINDOW = 3
_NO_CODES = np.zeros(0, dtype=np.int64)
# Documents scored together in one vectorised pass.
_BATCH = 256
# Chunk cache entries kept per matcher before it is emptied (bounds memory on huge corpora).
_CACHE_LIMIT = 2_000_000
_QUOTE_CHARS = re.compile(r"[\"“”«»„]")
_QUOTE_OR_NEWLINE = re.compile(r"[\"“”«»„\n]")
_ALNUM = re.compile(r"\w")
# The pattern and regular-expression engine (``regex``, as nltk uses) of
# newsresearch.text.tokenize, applied directly for speed.
_TOKEN_RX = regex.compile(_TOKEN_PATTERN, regex.UNICODE | regex.MULTILINE | regex.DOTALL)
_WORD_CHAR = regex.compile(r"\w")
# str.split() treats these as whitespace, the tokenizer does not.
_SPLIT_ONLY_SPACE = re.compile("[\x1c-\x1f]")


def _token_strings(text: str) -> list[str]:
    """The token strings :func:`newsresearch.text.tokenize` finds in *text*, faster.

    No token spans whitespace, so the text is split on whitespace first; a chunk
    of letters is one token, letters plus one trailing non-word character are
    two, and any other chunk goes through the tokenizer's pattern (a test checks
    that the result equals ``tokenize``).
    """
    if _SPLIT_ONLY_SPACE.search(text):
        return _TOKEN_RX.findall(text)
    out: list[str] = []
    add, extend, findall, word = out.append, out.extend, _TOKEN_RX.findall, _WORD_CHAR.match
    for chunk in text.split():
        if chunk.isalpha():
            add(chunk)
        elif chunk[:-1].isalpha() and not word(chunk[-1]):
            add(chunk[:-1])
            add(chunk[-1])
        else:
            extend(findall(chunk))
    return out


def _glob_regex(pattern: str) -> re.Pattern[str]:
    body = "".join(".*" if ch == "*" else "." if ch == "?" else re.escape(ch) for ch in pattern)
    return re.compile(body, re.DOTALL)


@dataclass
class _Scored:
    n_words: np.ndarray  # per unit
    hits: np.ndarray  # units x frames, non-negated hit counts
    quoted: np.ndarray  # units x frames, of which in quotes
    score: np.ndarray  # units x frames, weighted (quote_weight applied)


class _Matcher:
    """Compiled lexicon: token type -> frame weights, phrase starts; cached per token type."""

    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon
        self.frames = lexicon.frame_names
        nf = len(self.frames)
        patterns: dict[str, int] = {}
        single: dict[int, np.ndarray] = {}
        phrases: list[tuple[tuple[int, ...], np.ndarray, str]] = []
        phrase_index: dict[tuple[int, ...], int] = {}
        for fi, name in enumerate(self.frames):
            for term, weight in lexicon.frames[name].terms.items():
                pids = tuple(patterns.setdefault(el, len(patterns)) for el in term.split())
                if len(pids) == 1:
                    vec = single.setdefault(pids[0], np.zeros(nf))
                    vec[fi] = max(vec[fi], weight)
                else:
                    k = phrase_index.get(pids)
                    if k is None:
                        phrase_index[pids] = k = len(phrases)
                        phrases.append((pids, np.zeros(nf), term))
                    phrases[k][1][fi] = max(phrases[k][1][fi], weight)
        self.exact: dict[str, int] = {}
        self.globs_by_prefix: dict[str, list[tuple[re.Pattern[str], int]]] = {}
        for pat, pid in patterns.items():
            m = _GLOB_CHARS.search(pat)
            if m is None:
                self.exact[pat] = pid
            else:
                self.globs_by_prefix.setdefault(pat[: m.start()], []).append(
                    (_glob_regex(pat), pid)
                )
        self.prefix_lengths = sorted({len(p) for p in self.globs_by_prefix})

        self.single = single
        # Longest phrases first so that they win over shorter ones at the same start.
        order = sorted(range(len(phrases)), key=lambda k: -len(phrases[k][0]))
        self.phrases = [phrases[k] for k in order]
        self.phrases_by_first: dict[int, list[int]] = {}
        for k, (pids, _, _) in enumerate(self.phrases):
            self.phrases_by_first.setdefault(pids[0], []).append(k)
        # Per token type (raw string) an integer code; arrays indexed by code.
        self.cache: dict[str, int] = {}
        self.chunks: dict[str, tuple[int, ...]] = {}
        self.vectors: dict[tuple[float, ...], int] = {(0.0,) * nf: 0}
        self.weights = [np.zeros(nf)]
        self.W = np.zeros((1, nf))
        self.row = np.zeros(1024, dtype=np.int32)
        self.kind = np.zeros(1024, dtype=np.int8)
        self.starts = np.zeros(1024, dtype=bool)
        self.seconds = np.zeros(1024, dtype=bool)
        self.second_pids = {pids[1] for pids, _, _ in self.phrases}
        self.pids_of: list[frozenset[int]] = []
        self.norm_of: list[str] = []
        self.phrase_starts: dict[int, list[int]] = {}

    def _patterns_of(self, tok: str) -> frozenset[int]:
        found = set()
        pid = self.exact.get(tok)
        if pid is not None:
            found.add(pid)
        for n in self.prefix_lengths:
            if n > len(tok):
                break
            for rx, gid in self.globs_by_prefix.get(tok[:n], ()):
                if rx.fullmatch(tok):
                    found.add(gid)
        return frozenset(found)

    def _add(self, raw: str) -> int:
        code = len(self.pids_of)
        if code >= len(self.row):
            grow = len(self.row)
            self.row = np.concatenate([self.row, np.zeros(grow, dtype=np.int32)])
            self.kind = np.concatenate([self.kind, np.zeros(grow, dtype=np.int8)])
            self.starts = np.concatenate([self.starts, np.zeros(grow, dtype=bool)])
            self.seconds = np.concatenate([self.seconds, np.zeros(grow, dtype=bool)])
        tok = raw.replace("’", "'").lower()
        pids = self._patterns_of(tok)
        rid = 0
        vecs = [self.single[pid] for pid in pids if pid in self.single]
        if vecs:
            vec = np.max(vecs, axis=0)
            key = tuple(vec.tolist())
            rid = self.vectors.get(key)
            if rid is None:
                rid = self.vectors[key] = len(self.weights)
                self.weights.append(vec)
                self.W = np.vstack(self.weights)
        starts = [k for pid in pids for k in self.phrases_by_first.get(pid, ())]
        if starts:
            starts.sort(key=lambda k: -len(self.phrases[k][0]))
            self.phrase_starts[code] = starts
        self.row[code] = rid
        if not _ALNUM.search(tok):
            self.kind[code] = _PUNCT
        elif tok in _NEGATORS or tok.endswith("n't"):
            self.kind[code] = _NEG
        self.starts[code] = bool(starts)
        self.seconds[code] = not self.second_pids.isdisjoint(pids)
        self.pids_of.append(pids)
        self.norm_of.append(tok)
        self.cache[raw] = code
        return code

    def _code(self, token: str) -> int:
        code = self.cache.get(token)
        return code if code is not None else self._add(token)

    def _chunk(self, chunk: str) -> tuple[int, ...]:
        code = self.cache.get(chunk) if chunk.isalpha() else None
        if code is not None:
            codes: tuple[int, ...] = (code,)
        else:
            codes = tuple(self._code(t) for t in _token_strings(chunk))
        if len(self.chunks) > _CACHE_LIMIT:
            self.chunks.clear()
        self.chunks[chunk] = codes
        return codes

    def codes(self, text: str) -> tuple[np.ndarray, np.ndarray | None]:
        """Token codes of *text* and, when it has quotation marks, which tokens are quoted.

        Tokens are those of :func:`newsresearch.text.tokenize`, lower-cased
        (curly apostrophes straightened). The text is split on whitespace (no
        token spans it) and each chunk's token codes are cached, so a chunk seen
        before costs one dictionary lookup. Quotation marks are tokens of their
        own, so cutting the text at quotation spans first keeps the same tokens.
        """
        text = text.lower().replace("’", "'")
        if _SPLIT_ONLY_SPACE.search(text):
            # str.split() would drop these separators; the tokenizer keeps each as a
            # symbol token. Stand an (equally inert) object-replacement symbol in.
            text = _SPLIT_ONLY_SPACE.sub(" \ufffc ", text)
        if _QUOTE_CHARS.search(text):
            spans = quote_spans(text)
            pieces, pos = [], 0
            for a, b in spans:
                pieces.append((text[pos:a], False))
                pieces.append((text[a:b], True))
                pos = b
            pieces.append((text[pos:], False))
        else:
            pieces = [(text, False)]
        get, chunk_codes = self.chunks.get, self._chunk
        entries: list[tuple[int, ...]] = []
        sizes: list[int] = []
        for piece, _ in pieces:
            chunks = piece.split()
            found = list(map(get, chunks))
            if None in found:
                found = [
                    f if f is not None else chunk_codes(c)
                    for f, c in zip(found, chunks, strict=True)
                ]
            entries.extend(found)
            sizes.append(sum(map(len, found)))
        codes = np.fromiter(chain.from_iterable(entries), dtype=np.int64)
        if len(pieces) == 1:
            return codes, None
        flags = np.asarray([q for _, q in pieces], dtype=bool)
        return codes, np.repeat(flags, sizes)

    def score(
        self,
        codes: np.ndarray,
        *,
        in_quote: np.ndarray | None = None,
        unit_of_tok: np.ndarray | None = None,
        n_units: int = 1,
        negation: bool = True,
        quote_weight: float = 1.0,
        collect: Counter | None = None,
    ) -> _Scored:
        """Score a token sequence: one unit, or units given per token (sentences)."""
        nf = len(self.frames)
        hits = np.zeros((n_units, nf), dtype=np.int64)
        quoted = np.zeros((n_units, nf), dtype=np.int64)
        score = np.zeros((n_units, nf))
        if not len(codes):
            return _Scored(np.zeros(n_units, dtype=np.int64), hits, quoted, score)
        rows = self.row[codes]
        kinds = self.kind[codes]
        word = kinds != _PUNCT
        if unit_of_tok is None:
            n_words = np.asarray([np.count_nonzero(word)], dtype=np.int64)
        else:
            n_words = np.bincount(unit_of_tok[word], minlength=n_units)
        hit_pos: list[np.ndarray] = []
        hit_w: list[np.ndarray] = []
        hit_terms: list[str] = []
        # Phrases first: they consume their tokens.
        cand = np.flatnonzero(self.starts[codes[:-1]] & self.seconds[codes[1:]])
        codes_list: list[int] = codes.tolist() if len(cand) or collect is not None else []
        if len(cand):
            ppos, pw = [], []
            taken_until = -1
            n = len(codes_list)
            pids_of = self.pids_of
            for p in cand.tolist():
                if p <= taken_until:
                    continue
                second = pids_of[codes_list[p + 1]]
                for k in self.phrase_starts[codes_list[p]]:
                    pids, vec, _ = self.phrases[k]
                    end = p + len(pids)
                    if end > n or pids[1] not in second:
                        continue
                    if all(pids[j] in pids_of[codes_list[p + j]] for j in range(2, len(pids))):
                        ppos.append(p)
                        pw.append(vec)
                        if collect is not None:
                            hit_terms.append(" ".join(self.norm_of[c] for c in codes_list[p:end]))
                        rows[p:end] = 0  # a fancy-indexed copy: the cache is untouched
                        taken_until = end - 1
                        break
            if ppos:
                hit_pos.append(np.asarray(ppos, dtype=np.int64))
                hit_w.append(np.vstack(pw))
        single = np.flatnonzero(rows)
        if len(single):
            hit_pos.append(single)
            hit_w.append(self.W[rows[single]])
            if collect is not None:
                hit_terms.extend(self.norm_of[codes_list[p]] for p in single.tolist())
        if not hit_pos:
            return _Scored(n_words, hits, quoted, score)
        pos = np.concatenate(hit_pos)
        weights = np.vstack(hit_w)
        keep = np.ones(len(pos), dtype=bool)
        if negation:
            neg = np.flatnonzero(kinds == _NEG)
            if len(neg):
                last, norm = len(codes) - 1, self.norm_of
                neg = np.asarray(
                    [
                        q
                        for q in neg.tolist()
                        if q == last or norm[int(codes[q + 1])] not in _NOT_NEGATING_NEXT
                    ],
                    dtype=np.int64,
                )
            if len(neg):
                bnd = np.flatnonzero(kinds == _PUNCT)
                i = np.searchsorted(neg, pos) - 1
                last_neg = np.where(i >= 0, neg[np.clip(i, 0, None)], -(10**9))
                if len(bnd):
                    j = np.searchsorted(bnd, pos) - 1
                    last_bnd = np.where(j >= 0, bnd[np.clip(j, 0, None)], -(10**9))
                else:
                    last_bnd = np.full(len(pos), -(10**9))
                keep &= ~((last_neg >= pos - _NEG_WINDOW) & (last_neg > last_bnd))
        quoted_hit = in_quote[pos] if in_quote is not None else np.zeros(len(pos), dtype=bool)
        present = (weights > 0) & keep[:, None]
        factor = np.where(quoted_hit, quote_weight, 1.0) * keep
        if unit_of_tok is None:
            hits[0] = present.sum(axis=0)
            quoted[0] = (present & quoted_hit[:, None]).sum(axis=0)
            score[0] = (weights * factor[:, None]).sum(axis=0)
        else:
            units = unit_of_tok[pos]
            in_q = present & quoted_hit[:, None]
            weighted = weights * factor[:, None]
            for f in np.flatnonzero(present.any(axis=0)).tolist():
                hits[:, f] = np.bincount(units, weights=present[:, f], minlength=n_units)
                quoted[:, f] = np.bincount(units, weights=in_q[:, f], minlength=n_units)
                score[:, f] = np.bincount(units, weights=weighted[:, f], minlength=n_units)
        if collect is not None:
            for term, w, k in zip(hit_terms, weights, keep.tolist(), strict=True):
                if k:
                    for fi in np.flatnonzero(w).tolist():
                        collect[(self.frames[fi], term)] += 1
        return _Scored(n_words, hits, quoted, score)

    def score_documents(self, texts: Sequence[Any], **options: Any) -> _Scored:
        """Score many documents at once: one vectorised pass over their concatenated tokens.

        A separator token that can match nothing and ends any negation scope
        stands between documents, so no phrase or negation crosses from one
        document into the next.
        """
        sep = np.asarray([self._code("\x00")], dtype=np.int64)
        parts: list[np.ndarray] = []
        quotes: list[np.ndarray] = []
        lengths = np.zeros(len(texts), dtype=np.int64)
        any_quote = False
        for i, text in enumerate(texts):
            if isinstance(text, str) and text:
                codes, in_quote = self.codes(text)
            else:
                codes, in_quote = _NO_CODES, None
            parts.append(codes)
            parts.append(sep)
            if in_quote is None:
                in_quote = np.zeros(len(codes), dtype=bool)
            else:
                any_quote = True
            quotes.append(in_quote)
            quotes.append(np.zeros(1, dtype=bool))
            lengths[i] = len(codes) + 1
        if not len(texts):
            return self.score(_NO_CODES, n_units=0, **options)
        units = np.repeat(np.arange(len(texts)), lengths)
        return self.score(
            np.concatenate(parts),
            in_quote=np.concatenate(quotes) if any_quote else None,
            unit_of_tok=units,
            n_units=len(texts),
            **options,
        )

    def score_text(self, text: Any, **options: Any) -> _Scored:
        """Score a whole document."""
        if not isinstance(text, str) or not text:
            return self.score(_NO_CODES, **options)
        codes, in_quote = self.codes(text)
        return self.score(codes, in_quote=in_quote, **options)

    def score_sentences(self, text: str, sents: list[tuple[int, int]], **options: Any) -> _Scored:
        """Score each sentence span of *text*."""
        spans = [m.span() for m in _TOKEN_RX.finditer(text)]
        if not spans or not sents:
            return self.score(_NO_CODES, n_units=len(sents), **options)
        starts = np.fromiter((a for a, _ in spans), dtype=np.int64, count=len(spans))
        sent_starts = np.fromiter((a for a, _ in sents), dtype=np.int64, count=len(sents))
        unit = np.clip(np.searchsorted(sent_starts, starts, "right") - 1, 0, None)
        qspans = quote_spans(text) if _QUOTE_CHARS.search(text) else []
        in_quote = None
        if qspans:
            qs = np.asarray(qspans, dtype=np.int64)
            k = np.searchsorted(qs[:, 0], starts, "right") - 1
            in_quote = (k >= 0) & (starts < qs[np.clip(k, 0, None), 1])
        code = self._code
        codes = np.fromiter(
            (code(text[a:b].lower().replace("’", "'")) for a, b in spans),
            dtype=np.int64,
            count=len(spans),
        )
        return self.score(codes, in_quote=in_quote, unit_of_tok=unit, n_units=len(sents), **options)


_MATCHERS: dict[tuple[Any, ...], _Matcher] = {}


def _matcher_for(lex: Lexicon) -> _Matcher:
    """A compiled matcher for *lex*, reused across calls while the lexicon is unchanged.

    Its token and chunk caches then stay warm between calls (a notebook calling
    :func:`frames` several times, a classifier's transform on each fold).
    """
    # Per thread: a matcher's caches are not safe to grow from two threads at once.
    key = (threading.get_ident(), *((k, tuple(f.terms.items())) for k, f in lex.frames.items()))
    matcher = _MATCHERS.get(key)
    if matcher is None:
        if len(_MATCHERS) >= 4:
            _MATCHERS.pop(next(iter(_MATCHERS)))
        matcher = _MATCHERS[key] = _Matcher(lex)
    return matcher


def _check_level(level: str) -> None:
    if level not in LEVELS:
        raise ValueError(f"level {level!r} is invalid; valid values are {list(LEVELS)}")


def _resolve_thresholds(
    lex: Lexicon, threshold: float | Mapping[str, float] | None, level: str
) -> np.ndarray:
    names = lex.frame_names
    if threshold is None:
        if level == "sentence":
            return np.zeros(len(names))
        per = lex.thresholds()
        return np.asarray([per[k] for k in names], dtype=float)
    if isinstance(threshold, Mapping):
        unknown = sorted(set(threshold) - set(names))
        if unknown:
            raise ValueError(f"threshold frames {unknown} are invalid; valid values are {names}")
        base = _resolve_thresholds(lex, None, level)
        return np.asarray(
            [float(threshold.get(k, b)) for k, b in zip(names, base, strict=True)], dtype=float
        )
    return np.full(len(names), float(threshold))


def frames(
    data: pd.DataFrame | pd.Series,
    *,
    scheme: str | Path | Lexicon = "generic",
    level: str = "document",
    threshold: float | Mapping[str, float] | None = None,
    negation: bool = True,
    quote_weight: float = 1.0,
) -> pd.DataFrame:
    """Frame densities, presence and the dominant frame per document or sentence.

    Parameters
    ----------
    data : DataFrame or Series
        A corpus table (``doc_id`` and ``text`` are used) or a Series of texts
        whose index serves as ``doc_id``.
    scheme : str, Path or Lexicon
        ``"generic"``, ``"policy"``, a lexicon file (see :func:`load_lexicon`)
        or a :class:`Lexicon`.
    level : {"document", "sentence"}
        One row per document (index preserved) or per sentence (indexed by
        ``(doc_id, sent_id)`` as :func:`newsresearch.sentences`).
    threshold : float or mapping, optional
        Presence threshold in weighted hits per 1,000 words, for all frames or
        per frame. Default: the lexicon's (2.0 for ours) for documents; any hit
        for sentences.
    negation : bool
        Drop hits negated within the three preceding tokens (module notes).
    quote_weight : float
        Weight of hits inside quotation marks (1 counts them fully, 0 ignores them).

    Returns
    -------
    pandas.DataFrame
        ``n_tokens`` (word tokens), then per frame ``density_<frame>`` (weighted
        hits per 1,000 words), ``present_<frame>`` (bool), then ``dominant``
        (string, missing when no frame is present), ``hits_<frame>`` (hits after
        negation, unweighted) and ``quoted_<frame>`` (of which inside quotes).
        ``attrs["frames"]`` lists the frames, ``attrs["lexicon"]`` names the lexicon.

    Examples
    --------
    >>> import pandas as pd
    >>> texts = pd.Series(["The rivals clashed over the budget.", "He did not blame them."],
    ...                   index=["a", "b"])
    >>> ft = frames(texts)
    >>> int(ft.loc["a", "hits_conflict"]), int(ft.loc["a", "hits_economic"]), ft.loc["a", "dominant"]
    (2, 1, 'conflict')
    >>> int(ft.loc["b", "hits_responsibility"]), ft.loc["b", "dominant"] is pd.NA
    (0, True)
    >>> round(float(ft.loc["a", "density_economic"]), 1)  # 1 hit in 6 words
    166.7
    """
    _check_level(level)
    if not (isinstance(quote_weight, int | float) and quote_weight >= 0):
        raise ValueError(f"quote_weight must be a number >= 0, not {quote_weight!r}")
    lex = load_lexicon(scheme)
    matcher = _matcher_for(lex)
    names = lex.frame_names
    thresholds = _resolve_thresholds(lex, threshold, level)
    texts = _texts(data)
    n_words, hits, quoted, score, index_rows = [], [], [], [], []
    if level == "document":
        values = texts.tolist()
        for start in range(0, len(values), _BATCH):
            s = matcher.score_documents(
                values[start : start + _BATCH], negation=negation, quote_weight=quote_weight
            )
            n_words.append(s.n_words)
            hits.append(s.hits)
            quoted.append(s.quoted)
            score.append(s.score)
    else:
        for doc_id, text in texts.items():
            if not isinstance(text, str):
                continue
            sents = split_sentences(text)
            s = matcher.score_sentences(text, sents, negation=negation, quote_weight=quote_weight)
            index_rows.extend((doc_id, i, a, b, text[a:b]) for i, (a, b) in enumerate(sents))
            n_words.append(s.n_words)
            hits.append(s.hits)
            quoted.append(s.quoted)
            score.append(s.score)
    nf = len(names)
    nw = np.concatenate(n_words) if n_words else np.zeros(0, dtype=np.int64)
    H = np.vstack(hits) if hits else np.zeros((0, nf), dtype=np.int64)
    Q = np.vstack(quoted) if quoted else np.zeros((0, nf), dtype=np.int64)
    S = np.vstack(score) if score else np.zeros((0, nf))
    with np.errstate(divide="ignore", invalid="ignore"):
        D = np.where(nw[:, None] > 0, 1000.0 * S / nw[:, None], 0.0)
    P = (D > 0) & (D >= thresholds[None, :])
    masked = np.where(P, D, -1.0)
    best = masked.argmax(axis=1) if nf else np.zeros(len(D), dtype=int)
    dominant = pd.array(
        [names[b] if P[i, b] else pd.NA for i, b in enumerate(best)] if nf else [pd.NA] * len(D),
        dtype="string",
    )
    if level == "document":
        index = texts.index
        out = pd.DataFrame(index=index)
    else:
        meta = pd.DataFrame(index_rows, columns=["doc_id", "sent_id", "start", "end", "text"])
        meta = meta.astype({"doc_id": "string", "text": "string"})
        index = pd.MultiIndex.from_frame(meta[["doc_id", "sent_id"]], names=[None, None])
        out = meta.set_index(index)
    cols: dict[str, Any] = {"n_tokens": nw}
    cols.update({f"density_{k}": D[:, i] for i, k in enumerate(names)})
    cols.update({f"present_{k}": P[:, i] for i, k in enumerate(names)})
    cols["dominant"] = dominant
    cols.update({f"hits_{k}": H[:, i] for i, k in enumerate(names)})
    cols.update({f"quoted_{k}": Q[:, i] for i, k in enumerate(names)})
    out = pd.concat([out, pd.DataFrame(cols, index=out.index)], axis=1)
    out.attrs["frames"] = names
    out.attrs["lexicon"] = lex.name
    out.attrs["level"] = level
    return out


def _frames_of(table: pd.DataFrame) -> list[str]:
    names = table.attrs.get("frames")
    if names:
        return list(names)
    names = [c[len("density_") :] for c in table.columns if str(c).startswith("density_")]
    if not names:
        raise ValueError(
            "expected a frames table (columns density_<frame>, present_<frame>, ...) "
            f"from newsresearch.frames(); got columns {list(table.columns)[:8]}"
        )
    return names


def frame_matrix(table: pd.DataFrame, measure: str = "present") -> pd.DataFrame:
    """One measure of a frames table with frame names as columns (index preserved).

    Examples
    --------
    >>> import pandas as pd
    >>> ft = frames(pd.Series(["A bitter feud over taxes."], index=["d1"]))
    >>> frame_matrix(ft, "hits").loc["d1", ["conflict", "economic"]].tolist()
    [2, 1]
    """
    if measure not in MEASURES:
        raise ValueError(f"measure {measure!r} is invalid; valid values are {list(MEASURES)}")
    names = _frames_of(table)
    out = table[[f"{measure}_{k}" for k in names]].copy()
    out.columns = names
    return out


def coverage(table: pd.DataFrame) -> pd.Series:
    """Share of documents (or sentences) with at least one hit, per frame.

    Examples
    --------
    >>> import pandas as pd
    >>> ft = frames(pd.Series(["They clashed.", "Nothing here."], index=["a", "b"]))
    >>> float(coverage(ft)["conflict"])
    0.5
    """
    hits = frame_matrix(table, "hits")
    if not len(hits):
        return pd.Series(np.nan, index=hits.columns, name="coverage")
    return (hits > 0).mean().rename("coverage")


def frame_terms(
    data: pd.DataFrame | pd.Series,
    *,
    scheme: str | Path | Lexicon = "generic",
    n: int | None = 10,
    negation: bool = True,
) -> pd.DataFrame:
    """The words and phrases that carry each frame: hits and documents per matched form.

    Returns one row per (frame, matched form as written, lower-cased), the
    ``n`` most frequent per frame (all when ``n`` is None), sorted by frame in
    lexicon order then hits.

    Examples
    --------
    >>> import pandas as pd
    >>> t = frame_terms(pd.Series(["Rivals clashed. Rivals feuded.", "The rivals met."]), n=1)
    >>> t[["frame", "term", "hits", "documents"]].values.tolist()
    [['conflict', 'rivals', 3, 2]]
    """
    lex = load_lexicon(scheme)
    matcher = _matcher_for(lex)
    hits: Counter = Counter()
    docs: Counter = Counter()
    for text in _texts(data):
        if not isinstance(text, str) or not text:
            continue
        codes, in_quote = matcher.codes(text)
        seen: Counter = Counter()
        matcher.score(codes, in_quote=in_quote, negation=negation, collect=seen)
        hits.update(seen)
        docs.update(seen.keys())
    rows = [(f, t, c, docs[(f, t)]) for (f, t), c in hits.items()]
    out = pd.DataFrame(rows, columns=["frame", "term", "hits", "documents"])
    order = {k: i for i, k in enumerate(lex.frame_names)}
    out = out.assign(_o=out["frame"].map(order)).sort_values(
        ["_o", "hits", "term"], ascending=[True, False, True]
    )
    if n is not None:
        out = out.groupby("_o", sort=False).head(n)
    return out.drop(columns="_o").reset_index(drop=True)


def frame_examples(
    data: pd.DataFrame | pd.Series,
    *,
    scheme: str | Path | Lexicon = "generic",
    n: int = 3,
    min_tokens: int = 8,
    negation: bool = True,
    quote_weight: float = 1.0,
) -> pd.DataFrame:
    """The sentences that carry each frame most strongly (highest density, then most hits).

    Returns ``frame``, ``doc_id``, ``sent_id``, ``density``, ``hits`` and the
    sentence ``text`` (plain text: display it with pandas, which escapes it),
    plus ``outlet`` when *data* is a corpus table with outlets. Sentences
    shorter than ``min_tokens`` words are skipped.

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.Series(["Voters are angry. The rivals clashed bitterly over the plan."], index=["d"])
    >>> frame_examples(t, n=1, min_tokens=3)[["frame", "text"]].values.tolist()
    [['conflict', 'The rivals clashed bitterly over the plan.']]
    """
    table = frames(
        data, scheme=scheme, level="sentence", negation=negation, quote_weight=quote_weight
    )
    table = table[table["n_tokens"] >= min_tokens]
    rows = []
    for name in _frames_of(table) if len(table) else load_lexicon(scheme).frame_names:
        if not len(table):
            break
        col = table[table[f"hits_{name}"] > 0]
        top = col.sort_values(
            [f"density_{name}", f"hits_{name}"], ascending=False, kind="stable"
        ).head(n)
        for (doc_id, sent_id), r in top.iterrows():
            rows.append((name, doc_id, sent_id, r[f"density_{name}"], r[f"hits_{name}"], r["text"]))
    out = pd.DataFrame(rows, columns=["frame", "doc_id", "sent_id", "density", "hits", "text"])
    if isinstance(data, pd.DataFrame) and "outlet" in data.columns and len(out):
        outlets = data["outlet"]
        if "doc_id" in data.columns:
            outlets = pd.Series(data["outlet"].to_numpy(), index=data["doc_id"].to_numpy())
        out.insert(2, "outlet", outlets.reindex(out["doc_id"]).to_numpy())
    return out


def _group_key(table: pd.DataFrame, by: str | pd.Series | None) -> pd.Series:
    if by is None:
        return pd.Series("all", index=table.index)
    if isinstance(by, str):
        if by not in table.columns:
            raise ValueError(
                f"column {by!r} is not in the table; join the corpus first "
                f"(corpus[[{by!r}]].join(frames_table)) or pass a Series"
            )
        key = table[by]
    else:
        key = by.reindex(table.index)
    return key.astype("object").where(key.notna(), "unknown")


def prevalence(
    table: pd.DataFrame,
    by: str | pd.Series | None = None,
    *,
    measure: str = "present",
    n_boot: int = 1000,
    ci: float = 0.95,
    seed: int = 42,
) -> pd.DataFrame:
    """Mean of a frame measure per group, with a percentile bootstrap interval.

    Parameters
    ----------
    table : DataFrame
        A frames table from :func:`frames` (joined with corpus columns when
        grouping by one of them).
    by : str, Series or None
        Column of *table* or a Series aligned on its index (outlet, leaning,
        month, ...); None for the whole table. Missing values form "unknown".
    measure : {"present", "density", "hits", "quoted"}
        ``present`` gives the share of documents with the frame.
    n_boot, ci, seed
        Bootstrap resamples (documents resampled within each group, by
        :func:`newsresearch.stats.bootstrap_ci`), interval level, random seed.

    Returns
    -------
    pandas.DataFrame
        One row per (group, frame): ``group``, ``frame``, ``value``, ``low``,
        ``high``, ``n`` (documents in the group).

    Examples
    --------
    >>> import pandas as pd
    >>> ft = frames(pd.Series(["They clashed.", "Taxes rose.", "They clashed again."]))
    >>> p = prevalence(ft, pd.Series(["x", "x", "y"]), n_boot=200)
    >>> p[p["frame"] == "conflict"][["group", "value", "n"]].values.tolist()
    [['x', 0.5, 2], ['y', 1.0, 1]]
    """
    from .stats import bootstrap_ci

    if not 0 < ci < 1:
        raise ValueError(f"ci must be between 0 and 1, not {ci!r}")
    values = frame_matrix(table, measure).astype(float)
    key = _group_key(table, by)
    rng = np.random.default_rng(seed)
    rows = []
    for group, idx in key.groupby(key, sort=True).groups.items():
        block = values.loc[idx]
        for name in values.columns:
            est = bootstrap_ci(
                block[name].to_numpy(), n_resamples=n_boot, confidence=ci, random_state=rng
            )
            rows.append((group, name, est["estimate"], est["low"], est["high"], len(block)))
    return pd.DataFrame(rows, columns=["group", "frame", "value", "low", "high", "n"])


def over_time(
    table: pd.DataFrame,
    published: str | pd.Series = "published",
    *,
    measure: str = "present",
    freq: str = "M",
) -> pd.DataFrame:
    """Mean of a frame measure per period (share of documents with each frame, by default).

    Rows without a date are left out. Returns one row per period (a
    :class:`pandas.Period` index) with one column per frame plus ``n``.

    Examples
    --------
    >>> import pandas as pd
    >>> ft = frames(pd.Series(["They clashed.", "Taxes rose."], index=["a", "b"]))
    >>> dates = pd.Series(pd.to_datetime(["2024-01-05", "2024-02-01"]), index=["a", "b"])
    >>> over_time(ft, dates)["conflict"].tolist()
    [1.0, 0.0]
    """
    valid = ("D", "W", "M", "Q", "Y")
    if freq not in valid:
        raise ValueError(f"freq {freq!r} is invalid; valid values are {list(valid)}")
    if isinstance(published, str):
        if published not in table.columns:
            raise ValueError(
                f"column {published!r} is not in the table; join the corpus first or pass a Series"
            )
        dates = table[published]
    else:
        dates = published.reindex(table.index)
    dates = pd.to_datetime(dates)
    if getattr(dates.dt, "tz", None) is not None:
        dates = dates.dt.tz_convert(None)
    values = frame_matrix(table, measure).astype(float)
    ok = dates.notna().to_numpy()
    period = dates[ok].dt.to_period(freq)
    out = values[ok].groupby(period.to_numpy()).mean()
    out["n"] = values[ok].groupby(period.to_numpy()).size()
    out.index.name = "period"
    return out


def cooccurrence(table: pd.DataFrame, *, normalize: bool = True) -> pd.DataFrame:
    """How often frames appear together.

    With ``normalize=True`` cell (row A, column B) is the share of documents
    with frame A present that also have frame B (the diagonal is 1); otherwise
    the number of documents with both.

    Examples
    --------
    >>> import pandas as pd
    >>> ft = frames(pd.Series(["Rivals clashed over taxes.", "They clashed."]))
    >>> float(cooccurrence(ft).loc["conflict", "economic"])
    0.5
    """
    present = frame_matrix(table, "present").astype(int)
    both = present.T @ present
    if not normalize:
        return both
    diag = np.diag(both.to_numpy()).astype(float)
    with np.errstate(divide="ignore", invalid="ignore"):
        share = both.to_numpy() / diag[:, None]
    return pd.DataFrame(share, index=both.index, columns=both.columns)


# ---------------------------------------------------------------------------
# Learning frames from coded examples
# ---------------------------------------------------------------------------


def _as_texts(X: Any) -> list[str]:
    """Texts from a Series, list, 1-d array or a corpus table (its ``text`` column)."""
    if isinstance(X, pd.DataFrame):
        if "text" not in X.columns:
            raise ValueError(f"expected a 'text' column; got columns {list(X.columns)}")
        X = X["text"]
    if isinstance(X, str):
        raise TypeError("expected a sequence of texts, not a single string")
    values = X.tolist() if hasattr(X, "tolist") else list(X)
    if values and isinstance(values[0], list):
        raise ValueError("expected a 1-d sequence of texts, got a 2-d array")
    return [v if isinstance(v, str) else "" for v in values]


class LexiconDensities(TransformerMixin, BaseEstimator):
    """scikit-learn transformer: texts -> frame densities of a lexicon (one column per frame).

    Parameters
    ----------
    lexicon : str, Path or Lexicon
        As ``scheme`` in :func:`frames`.
    log : bool
        Return ``log1p(density)`` (densities of short texts are large).

    Examples
    --------
    >>> t = LexiconDensities().fit(["x"])
    >>> t.transform(["They clashed."]).shape, t.get_feature_names_out()[0]
    ((1, 5), 'conflict')
    """

    def __init__(self, lexicon: str | Path | Lexicon = "generic", log: bool = True):
        self.lexicon = lexicon
        self.log = log

    def fit(self, X: Any, y: Any = None) -> LexiconDensities:
        self.lexicon_ = load_lexicon(self.lexicon)
        self.frames_ = self.lexicon_.frame_names
        return self

    def transform(self, X: Any) -> np.ndarray:
        if not hasattr(self, "lexicon_"):
            raise ValueError("this LexiconDensities is not fitted yet; call fit first")
        table = frames(pd.Series(_as_texts(X), dtype=object), scheme=self.lexicon_)
        out = frame_matrix(table, "density").to_numpy(dtype=float)
        return np.log1p(out) if self.log else out

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        return np.asarray(self.frames_, dtype=object)


_C_GRID = (1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0)


class FrameClassifier(ClassifierMixin, BaseEstimator):
    """Supervised frame classifier: TF-IDF words, phrases and characters plus lexicon densities.

    Features are TF-IDF of words and word n-grams, TF-IDF of character n-grams
    within words, and the log densities of a frame lexicon; the model is
    logistic regression with class weights, one per frame for multi-label data
    (one-vs-rest) or multinomial for single-label data, with probabilities
    calibrated by cross-validated sigmoid (Platt) scaling.

    Parameters
    ----------
    lexicon : str, Path, Lexicon or None
        Lexicon whose densities are added as features (None: none).
    word_ngrams : tuple of int
        Word n-gram range (``(1, 2)``: words and word pairs).
    char_ngrams : tuple of int or None
        Character n-gram range inside word boundaries (None: no character features).
    min_df : int
        Minimum number of training documents for a word or character n-gram.
    C : float
        Inverse regularisation strength of the logistic regression.
    class_weight : "balanced" or None
        ``"balanced"`` weighs examples inversely to label frequency.
    calibration : {"sigmoid", "isotonic"} or None
        How :meth:`predict_proba` is calibrated: on 3-fold cross-validated
        scores of the training data (skipped when a label has fewer than 2
        examples of each value). Calibrated probabilities follow the training
        frequencies; :meth:`predict` decides with the class-weighted scores.
    threshold : float or None
        Multi-label: None decides with the class-weighted model (score > 0); a
        number decides by calibrated probability >= threshold instead.
    at_least_one : bool
        Multi-label: give every text its most probable frame when none passes
        the threshold.
    random_state : int or None
        Seed for the solver and the calibration folds.

    Attributes
    ----------
    classes_ : ndarray
        Frame names (multi-label: the columns of ``Y``; single-label: the labels).
    multilabel_ : bool
        Whether ``fit`` got a 2-d indicator matrix.
    features_ : FeatureUnion
        The fitted feature extractor.
    estimator_ : estimator
        The class-weighted logistic regression (one-vs-rest when multi-label).
    calibrated_ : estimator or None
        The calibrated classifier behind :meth:`predict_proba`.

    Examples
    --------
    >>> texts = ["rivals clash over taxes", "taxes and jobs", "rivals clash again", "jobs and wages"]
    >>> y = ["conflict", "economic", "conflict", "economic"]
    >>> clf = FrameClassifier(calibration=None, random_state=0).fit(texts, y)
    >>> clf.predict(["a clash of rivals", "wages and taxes"]).tolist()
    ['conflict', 'economic']
    """

    def __init__(
        self,
        *,
        lexicon: str | Path | Lexicon | None = "generic",
        word_ngrams: tuple[int, int] = (1, 2),
        char_ngrams: tuple[int, int] | None = (2, 5),
        min_df: int = 1,
        C: float = 4.0,
        class_weight: str | None = "balanced",
        calibration: str | None = "sigmoid",
        threshold: float | None = None,
        at_least_one: bool = True,
        random_state: int | None = None,
    ):
        self.lexicon = lexicon
        self.word_ngrams = word_ngrams
        self.char_ngrams = char_ngrams
        self.min_df = min_df
        self.C = C
        self.class_weight = class_weight
        self.calibration = calibration
        self.threshold = threshold
        self.at_least_one = at_least_one
        self.random_state = random_state

    def __sklearn_tags__(self):  # scikit-learn >= 1.6
        tags = super().__sklearn_tags__()
        tags.input_tags.string = True
        tags.input_tags.two_d_array = False
        tags.classifier_tags.multi_label = True
        return tags

    def _more_tags(self) -> dict[str, Any]:  # scikit-learn < 1.6
        return {"X_types": ["string"], "multilabel": True}

    def _features(self) -> FeatureUnion:
        parts: list[tuple[str, Any]] = [
            (
                "word",
                TfidfVectorizer(
                    ngram_range=tuple(self.word_ngrams),
                    min_df=self.min_df,
                    sublinear_tf=True,
                    token_pattern=r"(?u)\b\w[\w'’-]*\b",
                ),
            )
        ]
        if self.char_ngrams is not None:
            parts.append(
                (
                    "char",
                    TfidfVectorizer(
                        analyzer="char_wb",
                        ngram_range=tuple(self.char_ngrams),
                        min_df=self.min_df,
                        sublinear_tf=True,
                    ),
                )
            )
        if self.lexicon is not None:
            parts.append(
                (
                    "lexicon",
                    Pipeline(
                        [("densities", LexiconDensities(self.lexicon)), ("scale", MaxAbsScaler())]
                    ),
                )
            )
        return FeatureUnion(parts)

    def _check_params(self) -> None:
        if self.class_weight not in ("balanced", None):
            raise ValueError(
                f"class_weight {self.class_weight!r} is invalid; valid values are ['balanced', None]"
            )
        if self.calibration not in ("sigmoid", "isotonic", None):
            raise ValueError(
                f"calibration {self.calibration!r} is invalid; valid values are "
                "['sigmoid', 'isotonic', None]"
            )
        if not self.C > 0:
            raise ValueError(f"C must be > 0, not {self.C!r}")

    def fit(self, X: Any, y: Any) -> FrameClassifier:
        """Fit on texts and labels: a 2-d 0/1 matrix (multi-label) or one label per text."""
        self._check_params()
        texts = _as_texts(X)
        if isinstance(y, pd.DataFrame):
            names = np.asarray([str(c) for c in y.columns], dtype=object)
            Y = y.to_numpy()
        else:
            Y = np.asarray(y)
            names = None
        if len(texts) != len(Y):
            raise ValueError(f"X has {len(texts)} texts but y has {len(Y)} rows")
        if Y.ndim == 2 and Y.shape[1] == 1:
            Y = Y[:, 0]
        self.multilabel_ = Y.ndim == 2
        base = LogisticRegression(
            C=self.C,
            class_weight=self.class_weight,
            max_iter=5000,
            random_state=self.random_state,
        )
        if self.multilabel_:
            try:
                Y = Y.astype(float)
            except ValueError as exc:
                raise ValueError("a 2-d y must hold 0/1 values, one column per frame") from exc
            if not np.isin(Y, (0, 1)).all():
                raise ValueError("a 2-d y must hold 0/1 values, one column per frame")
            Y = Y.astype(int)
            self.classes_ = names if names is not None else np.arange(Y.shape[1])
            counts = np.concatenate([Y.sum(axis=0), len(Y) - Y.sum(axis=0)])
            counts = counts[counts > 0]
        else:
            self.classes_, counts = np.unique(Y, return_counts=True)
            if len(self.classes_) < 2:
                raise ValueError(
                    f"single-label y needs at least 2 frames; got {self.classes_.tolist()}"
                )
        folds = int(min(3, counts.min())) if len(counts) else 0
        calibrated: Any = None
        if self.calibration is not None and folds >= 2:
            calibrated = CalibratedClassifierCV(
                base, method=self.calibration, cv=folds, ensemble=False
            )
        elif self.calibration is not None:
            log.info("too few examples per label to calibrate; probabilities are uncalibrated")
        estimator: Any = base
        if self.multilabel_:
            estimator = OneVsRestClassifier(base)
            calibrated = OneVsRestClassifier(calibrated) if calibrated is not None else None
        self.features_ = self._features()
        features = self.features_.fit_transform(texts)
        # One BLAS thread: these sparse problems gain nothing from more, and
        # oversubscribed BLAS threads slow the solver down several-fold.
        with warnings.catch_warnings(), threadpool_limits(1, user_api="blas"):
            warnings.filterwarnings("ignore", message="Label .* is present in all training")
            warnings.filterwarnings("ignore", message="Label not .* is present in all training")
            self.estimator_ = estimator.fit(features, Y)
            self.calibrated_ = calibrated.fit(features, Y) if calibrated is not None else None
        self.n_features_out_ = features.shape[1]
        return self

    def _check_fitted(self) -> None:
        if not hasattr(self, "estimator_"):
            raise ValueError("this FrameClassifier is not fitted yet; call fit first")

    def _transform(self, X: Any) -> Any:
        self._check_fitted()
        return self.features_.transform(_as_texts(X))

    def predict_proba(self, X: Any) -> np.ndarray:
        """Calibrated probabilities, one column per entry of ``classes_``.

        Multi-label: each frame's own probability (rows need not sum to 1);
        single-label: a distribution over frames. They are calibrated to the
        training data's frame frequencies, so their mean estimates prevalence.
        """
        model = self.calibrated_ if self.calibrated_ is not None else self.estimator_
        return np.asarray(model.predict_proba(self._transform(X)))

    def decision_function(self, X: Any) -> np.ndarray:
        """Scores of the class-weighted model, one column per frame (higher: more likely)."""
        scores = np.asarray(self.estimator_.decision_function(self._transform(X)))
        return scores[:, None] if scores.ndim == 1 else scores

    def predict(self, X: Any) -> np.ndarray:
        """Frames per text: a 0/1 matrix (multi-label) or one label per text (single-label).

        Decisions come from the class-weighted model (with ``class_weight=
        "balanced"`` rare frames are not drowned by common ones, which is what
        per-frame F1 rewards). Multi-label with a ``threshold``: frames whose
        calibrated probability reaches it. ``at_least_one`` gives a text with no
        frame its highest-scoring one.
        """
        features = self._transform(X)
        if not self.multilabel_:
            return self.estimator_.predict(features)
        if self.threshold is None:
            scores = np.asarray(self.estimator_.decision_function(features))
            out = (scores > 0).astype(int)
        else:
            model = self.calibrated_ if self.calibrated_ is not None else self.estimator_
            scores = np.asarray(model.predict_proba(features))
            out = (scores >= self.threshold).astype(int)
        if self.at_least_one and len(out):
            none = out.sum(axis=1) == 0
            out[none, scores[none].argmax(axis=1)] = 1
        return out

    def predict_first(self, X: Any) -> np.ndarray:
        """The primary frame per text: the highest-scoring frame of the class-weighted model."""
        if not self.multilabel_:
            return self.predict(X)
        return self.classes_[self.decision_function(X).argmax(axis=1)]

    def predict_frame(self, data: pd.DataFrame | pd.Series) -> pd.DataFrame:
        """Predictions as a table keyed like *data*: one probability column per frame + ``first``.

        Examples
        --------
        >>> import pandas as pd
        >>> texts = pd.Series(["rivals clash", "taxes rise", "rivals fight", "jobs and taxes"])
        >>> clf = FrameClassifier(calibration=None).fit(texts, ["c", "e", "c", "e"])
        >>> clf.predict_frame(pd.Series(["taxes"], index=["d9"])).columns.tolist()
        ['proba_c', 'proba_e', 'first']
        """
        texts = _texts(data)
        proba = self.predict_proba(texts)
        out = pd.DataFrame(proba, index=texts.index, columns=[f"proba_{c}" for c in self.classes_])
        out["first"] = pd.array(self.classes_[proba.argmax(axis=1)].astype(str), dtype="string")
        return out

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        """Feature names: ``word__<n-gram>``, ``char__<n-gram>``, ``lexicon__<frame>``."""
        self._check_fitted()
        return self.features_.get_feature_names_out()


def _stopwords() -> frozenset[str]:
    return frozenset(ENGLISH_STOP_WORDS) | {"s", "t", "said", "says", "say", "mr", "ms", "mrs"}


def _label_matrix(labels: Any, n: int, frames_: Sequence[str] | None = None) -> pd.DataFrame:
    """Labels as a 0/1 DataFrame, one column per frame (from 2-d or 1-d labels)."""
    if isinstance(labels, pd.DataFrame):
        Y = labels.reset_index(drop=True)
    else:
        arr = np.asarray(labels, dtype=object)
        if arr.ndim == 2:
            names = list(frames_) if frames_ is not None else [str(i) for i in range(arr.shape[1])]
            Y = pd.DataFrame(arr, columns=names)
        else:
            values = [str(v) for v in arr]
            names = list(frames_) if frames_ is not None else sorted(set(values))
            Y = pd.DataFrame([[int(v == k) for k in names] for v in values], columns=names)
    if len(Y) != n:
        raise ValueError(f"got {n} texts but {len(Y)} label rows")
    try:
        Y = Y.astype(int)
    except (TypeError, ValueError) as exc:
        raise ValueError("labels must be 0/1 per frame, or one frame name per text") from exc
    if not Y.isin([0, 1]).all().all():
        raise ValueError("labels must be 0/1 per frame, or one frame name per text")
    Y.columns = [str(c) for c in Y.columns]
    return Y


def learn_lexicon(
    texts: Any,
    labels: Any,
    *,
    k: int = 100,
    min_count: int = 3,
    frames: Sequence[str] | None = None,
    weighted: bool = False,
    min_pmi: float = 0.5,
    name: str = "learned",
) -> Lexicon:
    """Induce a lexicon per frame from labelled documents by PMI (Field et al. 2018).

    For each frame F and word w (lower-cased tokens with a letter, stop words
    and words seen fewer than ``min_count`` times dropped),
    ``PMI(w, F) = log(P(w | F) / P(w))`` with token counts over the documents
    coded F against all documents; the ``k`` words with the highest PMI above
    ``min_pmi`` (ties: the more frequent word) become the frame's terms. As in
    Field et al., the lexicon is then used by counting hits (``weighted=False``);
    ``weighted=True`` stores each word's PMI as its weight instead. Frames are
    listed from the most to the least often coded, so that ties for the
    dominant frame in :func:`frames` go to the commoner frame.

    Parameters
    ----------
    texts : sequence of str, Series or corpus table
    labels : 2-d 0/1 (DataFrame columns name the frames) or one frame name per text
    k : int
        Words per frame.
    min_count : int
        Minimum corpus frequency of a word.
    frames : sequence of str, optional
        Frame names for the columns of a 2-d array (or the order for 1-d labels).
    weighted : bool
        Store PMI as each term's weight (else every weight is 1).
    min_pmi : float
        Keep only words whose PMI exceeds this (0.5: at least about 1.65 times
        as frequent in the frame's documents as overall), so that small frames
        do not fill their lists with everyday words.

    Returns
    -------
    Lexicon
        Write it with ``.to_yaml(path)``; ``frames(data, scheme=path)`` reads it back.

    Examples
    --------
    >>> texts = ["tax hikes hurt jobs", "rivals clash", "jobs and tax", "clash of rivals"]
    >>> lex = learn_lexicon(texts, ["econ", "conf", "econ", "conf"], k=2, min_count=2)
    >>> sorted(lex.frames["econ"].terms)
    ['jobs', 'tax']
    """
    if not isinstance(k, int) or k < 1:
        raise ValueError(f"k must be a positive integer, not {k!r}")
    docs = _as_texts(texts)
    Y = _label_matrix(labels, len(docs), frames)
    stop = _stopwords()
    matcher_rx = _TOKEN_RX
    tokenised = [
        [
            t
            for t in matcher_rx.findall(d.lower().replace("’", "'"))
            if t not in stop and any(ch.isalpha() for ch in t)
        ]
        for d in docs
    ]
    total: Counter = Counter()
    for toks in tokenised:
        total.update(toks)
    vocab = sorted(w for w, c in total.items() if c >= min_count)
    index = {w: i for i, w in enumerate(vocab)}
    counts = np.zeros((len(docs), len(vocab)))
    for d, toks in enumerate(tokenised):
        for t in toks:
            i = index.get(t)
            if i is not None:
                counts[d, i] += 1
    p_w = counts.sum(axis=0) / max(counts.sum(), 1.0)
    out: dict[str, Frame] = {}
    # Commonest frame first, so that ties for the dominant frame go to the commoner one.
    for fname in sorted(Y.columns, key=lambda c: -int(Y[c].sum())):
        mask = Y[fname].to_numpy().astype(bool)
        f_counts = counts[mask].sum(axis=0)
        n_f = f_counts.sum()
        if n_f == 0:
            log.warning("frame %r has no labelled documents with counted words; skipped", fname)
            continue
        with np.errstate(divide="ignore"):
            pmi = np.log((f_counts / n_f) / p_w)
        order = np.lexsort((-f_counts, -pmi))
        chosen = [i for i in order if f_counts[i] > 0 and pmi[i] > min_pmi][:k]
        terms = {vocab[i]: (round(float(pmi[i]), 3) if weighted else 1.0) for i in chosen}
        if terms:
            out[fname] = Frame(
                fname,
                terms,
                definition=(
                    f"Induced by PMI from {int(mask.sum())} of {len(docs)} labelled documents "
                    f"(top {k} words, min_count {min_count})."
                ),
            )
    if not out:
        raise ValueError("no frame got any terms: check the labels and min_count")
    return Lexicon(
        name,
        out,
        DEFAULT_THRESHOLD,
        description="Lexicon induced by newsresearch.learn_lexicon (PMI, Field et al. 2018).",
    )


# ---------------------------------------------------------------------------
# Evaluation
# ---------------------------------------------------------------------------

#: GVFC frame codes 1..9 and the names used for them here.
GVFC_FRAMES: dict[int, str] = {
    1: "gun_rights",
    2: "gun_control",
    3: "politics",
    4: "mental_health",
    5: "public_safety",
    6: "race_ethnicity",
    7: "public_opinion",
    8: "society_culture",
    9: "economic",
}
METHODS = ("lexicon", "classifier", "learned")
_NOT_FRAME_COLUMNS = frozenset(
    {"id", "doc_id", "text", "title", "headline", "fold", "label", "labels", "frame", "frames"}
    | {"primary", "first_frame", "outlet", "url", "published"}
)
_LABEL_COLUMNS = ("label", "labels", "frame", "frames")


@dataclass
class FrameGold:
    """Coded data for framing evaluation: texts, 0/1 labels, primary frames and folds."""

    name: str
    texts: pd.Series
    labels: pd.DataFrame
    primary: pd.Series | None = None
    splits: list[tuple[np.ndarray, np.ndarray]] | None = None

    def __repr__(self) -> str:
        extra = f", primary frame, {len(self.splits)} given folds" if self.splits else ""
        extra = extra or (", primary frame" if self.primary is not None else "")
        return (
            f"FrameGold({self.name!r}: {len(self.texts)} documents, "
            f"frames {list(self.labels.columns)}{extra})"
        )


def _read_gvfc(root: Path) -> FrameGold:
    fold_root = root / "folds_multilabel"
    dirs = sorted(
        (d for d in fold_root.iterdir() if d.is_dir() and d.name.isdigit()),
        key=lambda d: int(d.name),
    )
    if not dirs:
        raise ValueError(f"{fold_root}: no fold folders 0..4")
    names = list(GVFC_FRAMES.values())

    def read(path: Path, width: int) -> list[list[str]]:
        rows = []
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            fields = line.split("\t")
            if len(fields) != width:
                raise ValueError(
                    f"{path}, line {n}: expected {width} tab-separated fields, got {len(fields)}"
                )
            rows.append(fields)
        return rows

    # Records are keyed by (id, headline): one id is shared by two different headlines.
    keys: dict[tuple[str, str], str] = {}
    texts: dict[str, str] = {}
    labels: dict[str, list[int]] = {}
    primary: dict[str, str] = {}

    def key(row: list[str]) -> str:
        k = (row[0], row[1])
        if k not in keys:
            label = row[0] if row[0] not in texts else f"{row[0]}-{len(keys)}"
            keys[k] = label
            texts[label] = row[1]
        return keys[k]

    splits_keys = []
    for d in dirs:
        dev = read(d / "dev.tsv", 12)
        train = read(d / "train.tsv", 12)
        first = read(d / "test_first_frame.tsv", 3)
        for row in dev + train:
            labels.setdefault(key(row), [int(float(v)) for v in row[3:12]])
        for row in first:
            code = int(float(row[2]))
            if code not in GVFC_FRAMES:
                raise ValueError(f"{d / 'test_first_frame.tsv'}: frame code {code} is not 1-9")
            primary[key(row)] = GVFC_FRAMES[code]
        splits_keys.append(([key(r) for r in train], [key(r) for r in dev]))
    ids = list(texts)
    position = {k: i for i, k in enumerate(ids)}
    splits = [
        (np.asarray([position[i] for i in tr]), np.asarray([position[i] for i in te]))
        for tr, te in splits_keys
    ]
    prim = pd.Series([primary.get(i, pd.NA) for i in ids], index=ids, dtype="string")
    return FrameGold(
        "GVFC",
        pd.Series([texts[i] for i in ids], index=ids, name="text"),
        pd.DataFrame([labels[i] for i in ids], index=ids, columns=names),
        prim,
        splits,
    )


def read_frame_gold(
    gold: str | Path | pd.DataFrame | None = None,
    *,
    corpus: str | pd.DataFrame = "sample",
    text_column: str = "text",
) -> FrameGold:
    """Read coded frame data: our sample gold, a CSV or table, or the GVFC fold layout.

    Parameters
    ----------
    gold : path, DataFrame or None
        None reads ``data/sample/gold/frames.csv``. A folder with
        ``folds_multilabel/`` (or that folder itself) is read as GVFC (headlines,
        9 frames, the authors' 5 folds, primary frames). A CSV or DataFrame has
        a text column (or ``doc_id`` to look texts up in *corpus*) and either one
        0/1 column per frame or a ``label`` column (``a;b`` for several frames,
        the first being the primary one); optional ``primary`` and ``fold`` columns.
    corpus : str or DataFrame
        Where texts come from when the gold has ``doc_id`` but no text column.

    Examples
    --------
    >>> g = read_frame_gold()
    >>> len(g.texts), list(g.labels.columns)[:2]
    (27, ['conflict', 'human_interest'])
    """
    if gold is None:
        gold = config.SAMPLE_DIR / "gold" / "frames.csv"
    if isinstance(gold, str | Path):
        path = Path(gold)
        if not path.exists():
            raise FileNotFoundError(f"frame gold {str(path)!r} not found")
        if path.is_dir():
            root = path.parent if path.name == "folds_multilabel" else path
            if not (root / "folds_multilabel").is_dir():
                raise ValueError(
                    f"{path} is a folder without folds_multilabel/: give a CSV file or the "
                    "GVFC folder"
                )
            return _read_gvfc(root)
        table = pd.read_csv(path, dtype={"doc_id": str, "id": str})
        name = path.name
    elif isinstance(gold, pd.DataFrame):
        table = gold.copy()
        name = "table"
    else:
        raise TypeError(f"expected a path or a DataFrame, not {type(gold).__name__}")
    ids_col = "doc_id" if "doc_id" in table.columns else "id" if "id" in table.columns else None
    index = table[ids_col].astype(str).to_numpy() if ids_col else table.index.astype(str).to_numpy()
    if text_column in table.columns:
        texts = pd.Series(table[text_column].fillna("").astype(str).to_numpy(), index=index)
    elif ids_col is not None:
        from .loaders import load_corpus

        source = corpus if isinstance(corpus, pd.DataFrame) else load_corpus(corpus, progress=False)
        lookup = source["text"]
        if "doc_id" in source.columns:
            lookup = pd.Series(source["text"].to_numpy(), index=source["doc_id"].to_numpy())
        missing = [i for i in index if i not in lookup.index]
        if missing:
            raise ValueError(
                f"{name}: {len(missing)} doc_id values are not in the corpus, e.g. {missing[:3]}"
            )
        texts = pd.Series(lookup.loc[list(index)].astype(str).to_numpy(), index=index)
    else:
        raise ValueError(
            f"{name}: expected a {text_column!r} column (or doc_id with a corpus); "
            f"got columns {list(table.columns)}"
        )
    texts.name = "text"
    label_col = next((c for c in _LABEL_COLUMNS if c in table.columns), None)
    primary = None
    if label_col is not None:
        split = table[label_col].fillna("").astype(str).str.split(r"\s*[;|]\s*")
        names = sorted({x for xs in split for x in xs if x})
        labels = pd.DataFrame(
            [[int(k in xs) for k in names] for xs in split], index=index, columns=names
        )
        primary = pd.Series([xs[0] or pd.NA for xs in split], index=index, dtype="string")
    else:
        cols = [
            c
            for c in table.columns
            if c not in _NOT_FRAME_COLUMNS
            and c != text_column
            and pd.api.types.is_numeric_dtype(table[c])
            and table[c].dropna().isin([0, 1]).all()
        ]
        if not cols:
            raise ValueError(
                f"{name}: no frame columns: expected 0/1 columns, one per frame, or a "
                f"label column (one of {list(_LABEL_COLUMNS)}); got columns {list(table.columns)}"
            )
        labels = pd.DataFrame(
            table[cols].fillna(0).astype(int).to_numpy(), index=index, columns=cols
        )
    for col in ("primary", "first_frame"):
        if col in table.columns:
            primary = pd.Series(table[col].to_numpy(), index=index, dtype="string")
    splits = None
    if "fold" in table.columns:
        fold = table["fold"].to_numpy()
        splits = [(np.flatnonzero(fold != f), np.flatnonzero(fold == f)) for f in pd.unique(fold)]
    return FrameGold(name, texts, labels, primary, splits)


@dataclass
class FramingEvaluation:
    """Scores of a framing method against coded data; ``print()`` it for the report."""

    method: str
    scheme: str
    gold: str
    documents: int
    per_frame: pd.DataFrame
    macro: dict[str, float]
    first_frame: dict[str, float] | None = None
    folds: int | None = None
    notes: list[str] | None = None

    def to_frame(self) -> pd.DataFrame:
        """Per-frame precision, recall, F1, support and predicted counts, plus a macro row."""
        macro = pd.DataFrame([self.macro], index=["macro"])
        return pd.concat([self.per_frame, macro])

    def __str__(self) -> str:
        how = {
            "lexicon": f"lexicon {self.scheme!r}, zero-shot",
            "classifier": f"FrameClassifier, {self.folds}-fold cross-validation",
            "learned": f"PMI-learned lexicon, {self.folds}-fold cross-validation",
        }[self.method]
        lines = [f"framing evaluation: {how}, on {self.gold} ({self.documents} documents)"]
        lines.append(
            f"{'frame':<20} {'precision':>9} {'recall':>7} {'f1':>6} {'support':>8} {'predicted':>9}"
        )
        for name, r in self.per_frame.iterrows():
            lines.append(
                f"{name!s:<20} {r['precision']:>9.3f} {r['recall']:>7.3f} {r['f1']:>6.3f} "
                f"{int(r['support']):>8d} {int(r['predicted']):>9d}"
            )
        m = self.macro
        lines.append(f"{'macro':<20} {m['precision']:>9.3f} {m['recall']:>7.3f} {m['f1']:>6.3f}")
        if self.first_frame:
            f = self.first_frame
            lines.append(
                f"first frame: accuracy {f['accuracy']:.3f}, macro-F1 {f['macro_f1']:.3f} "
                f"(n={int(f['n'])})"
            )
        for note in self.notes or []:
            lines.append(f"note: {note}")
        return "\n".join(lines)


def _scores(Y: pd.DataFrame, P: pd.DataFrame) -> tuple[pd.DataFrame, dict[str, float]]:
    from sklearn.metrics import precision_recall_fscore_support

    rows = []
    for col in Y.columns:
        y, p = Y[col].to_numpy().astype(int), P[col].to_numpy().astype(int)
        prec, rec, f1, _ = precision_recall_fscore_support(
            y, p, average="binary", pos_label=1, zero_division=0
        )
        rows.append((float(prec), float(rec), float(f1), int(y.sum()), int(p.sum())))
    table = pd.DataFrame(
        rows, index=Y.columns, columns=["precision", "recall", "f1", "support", "predicted"]
    )
    macro = {m: float(table[m].mean()) for m in ("precision", "recall", "f1")}
    return table, macro


def _first_scores(gold: pd.Series, pred: pd.Series) -> dict[str, float]:
    from sklearn.metrics import accuracy_score, f1_score

    ok = gold.notna().to_numpy()
    g = gold[ok].astype(str).to_numpy()
    p = pred[ok].fillna("(none)").astype(str).to_numpy()
    labels = sorted(set(g))
    return {
        "accuracy": float(accuracy_score(g, p)),
        "macro_f1": float(f1_score(g, p, labels=labels, average="macro", zero_division=0)),
        "n": int(ok.sum()),
    }


def _splits(gold: FrameGold, folds: int | None, seed: int) -> list[tuple[np.ndarray, np.ndarray]]:
    from sklearn.model_selection import KFold

    if folds is None and gold.splits:
        return gold.splits
    k = 5 if folds is None else folds
    if not isinstance(k, int) or k < 2 or k > len(gold.texts):
        raise ValueError(f"folds must be an integer from 2 to {len(gold.texts)}, not {folds!r}")
    return list(KFold(k, shuffle=True, random_state=seed).split(np.arange(len(gold.texts))))


def _tuned(
    estimator: FrameClassifier,
    texts: list[str],
    y: Any,
    *,
    inner: int,
    scoring: str,
    grid: Sequence[float],
    seed: int,
) -> FrameClassifier:
    """Choose C by inner cross-validation on the training part, then refit."""
    from sklearn.model_selection import GridSearchCV, KFold, StratifiedKFold

    y_arr = np.asarray(y)
    if y_arr.ndim == 1:
        counts = np.unique(y_arr, return_counts=True)[1]
        if counts.min() < inner:
            return estimator.fit(texts, y)
        cv: Any = StratifiedKFold(inner, shuffle=True, random_state=seed)
    else:
        cv = KFold(inner, shuffle=True, random_state=seed)
    # Decisions do not depend on calibration: search without it, refit the best with it.
    search = GridSearchCV(
        clone(estimator).set_params(calibration=None),
        {"C": list(grid)},
        cv=cv,
        scoring=scoring,
        refit=False,
    )
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", category=UserWarning)
        warnings.filterwarnings("ignore", message=".*ill-defined.*")
        search.fit(texts, y)
    return clone(estimator).set_params(**search.best_params_).fit(texts, y)


def evaluate_framing(
    gold: str | Path | pd.DataFrame | FrameGold | None = None,
    *,
    method: str = "lexicon",
    scheme: str | Path | Lexicon = "generic",
    folds: int | None = None,
    corpus: str | pd.DataFrame = "sample",
    tune: bool = True,
    k: int = 100,
    seed: int = 42,
    estimator: FrameClassifier | None = None,
) -> FramingEvaluation:
    """Score a framing method against coded data: per frame and macro P/R/F1, first frame.

    Parameters
    ----------
    gold : path, DataFrame, FrameGold or None
        See :func:`read_frame_gold` (None: our sample gold, 27 articles, 5 generic frames).
    method : {"lexicon", "classifier", "learned"}
        ``lexicon``: the lexicon *scheme* zero-shot, presence flags against the
        coded frames (frames present in both), dominant frame against the
        primary frame. ``classifier``: :class:`FrameClassifier` (with *scheme*'s
        densities as features) fitted on each training fold, multi-label for
        the per-frame scores and single-label on the primary frame for the
        first-frame scores; C chosen by inner 3-fold cross-validation on the
        training part when ``tune``. ``learned``: :func:`learn_lexicon` (k words
        per frame) on each training fold, counted on the test fold; a text with
        no hit gets the training fold's most common primary frame.
    folds : int, optional
        Number of shuffled folds; default: the data's own folds (GVFC, or a
        ``fold`` column), else 5.
    tune, k, seed
        Choose C by inner cross-validation (classifier); words per frame
        (learned); seed for shuffled folds and the classifier.
    estimator : FrameClassifier, optional
        The classifier's settings (cloned in each fold); default
        ``FrameClassifier(lexicon=scheme, random_state=seed)``.

    Returns
    -------
    FramingEvaluation
        Out-of-fold predictions pooled over folds are scored; ``print()`` shows the report.

    Examples
    --------
    >>> ev = evaluate_framing()
    >>> list(ev.per_frame.index)
    ['conflict', 'human_interest', 'economic', 'morality', 'responsibility']
    >>> 0 <= ev.macro["f1"] <= 1
    True
    """
    if method not in METHODS:
        raise ValueError(f"method {method!r} is invalid; valid values are {list(METHODS)}")
    data = gold if isinstance(gold, FrameGold) else read_frame_gold(gold, corpus=corpus)
    texts, Y = data.texts, data.labels
    scheme_name = scheme.name if isinstance(scheme, Lexicon) else str(scheme)
    notes: list[str] = []
    if method == "lexicon":
        lex = load_lexicon(scheme)
        common = [f for f in Y.columns if f in lex.frames]
        if not common:
            raise ValueError(
                f"the lexicon's frames {lex.frame_names} and the gold's frames "
                f"{list(Y.columns)} have none in common: name them alike"
            )
        skipped = [f for f in Y.columns if f not in lex.frames]
        if skipped:
            notes.append(f"gold frames without a lexicon frame, not scored: {skipped}")
        table = frames(texts, scheme=lex)
        P = frame_matrix(table, "present")[common].astype(int)
        per_frame, macro = _scores(Y[common], P)
        first = None
        if data.primary is not None and data.primary.notna().any():
            if set(data.primary.dropna()) <= set(lex.frames):
                first = _first_scores(data.primary, table["dominant"])
            else:
                notes.append("first frame not scored: some primary frames have no lexicon frame")
        return FramingEvaluation(
            method, scheme_name, data.name, len(texts), per_frame, macro, first, None, notes
        )
    splits = _splits(data, folds, seed)
    text_list = texts.tolist()
    P = pd.DataFrame(0, index=Y.index, columns=Y.columns)
    first_pred = pd.Series(pd.NA, index=Y.index, dtype="string")
    has_primary = data.primary is not None and data.primary.notna().any()
    chosen: list[float] = []
    chosen_first: list[float] = []
    for train, test in splits:
        tr_texts = [text_list[i] for i in train]
        te_texts = [text_list[i] for i in test]
        Ytr = Y.iloc[train]
        if method == "classifier":
            est = (
                clone(estimator)
                if estimator is not None
                else FrameClassifier(lexicon=scheme, random_state=seed)
            )
            model = (
                _tuned(est, tr_texts, Ytr, inner=3, scoring="f1_macro", grid=_C_GRID, seed=seed)
                if tune
                else est.fit(tr_texts, Ytr)
            )
            chosen.append(model.C)
            P.iloc[test] = model.predict(te_texts)
            if has_primary:
                prim = data.primary.iloc[train]
                ok = prim.notna().to_numpy()
                est1 = clone(est)
                tr1 = [t for t, o in zip(tr_texts, ok, strict=True) if o]
                y1 = prim[ok].astype(str).to_numpy()
                m1 = (
                    _tuned(est1, tr1, y1, inner=3, scoring="f1_macro", grid=_C_GRID, seed=seed)
                    if tune
                    else est1.fit(tr1, y1)
                )
                chosen_first.append(m1.C)
                first_pred.iloc[test] = m1.predict(te_texts)
        else:
            lex = learn_lexicon(tr_texts, Ytr, k=k)
            table = frames(pd.Series(te_texts), scheme=lex)
            pres = frame_matrix(table, "present")
            P.iloc[test] = pres.reindex(columns=Y.columns, fill_value=False).astype(int).to_numpy()
            if has_primary:
                fallback = data.primary.iloc[train].mode().iloc[0]
                first_pred.iloc[test] = table["dominant"].fillna(fallback).to_numpy()
    per_frame, macro = _scores(Y, P)
    first = _first_scores(data.primary, first_pred) if has_primary else None
    if has_primary and first is not None:
        fold_f1 = [
            _first_scores(data.primary.iloc[te], first_pred.iloc[te])["macro_f1"]
            for _, te in splits
        ]
        first["macro_f1_fold_mean"] = float(np.mean(fold_f1))
        notes.append(
            f"first-frame macro-F1 per fold: {', '.join(f'{v:.3f}' for v in fold_f1)} "
            f"(mean {np.mean(fold_f1):.3f})"
        )
    if method == "classifier" and tune:
        notes.append(f"C chosen by inner 3-fold CV per fold, multi-label: {chosen}")
        if chosen_first:
            notes.append(f"C chosen by inner 3-fold CV per fold, first frame: {chosen_first}")
    if method == "learned":
        notes.append(
            f"k={k} words per frame, hits counted; no hit -> training fold's commonest frame"
        )
    return FramingEvaluation(
        method, scheme_name, data.name, len(texts), per_frame, macro, first, len(splits), notes
    )


def cli_evaluate(gold: str | None, method: str, scheme: str) -> int:
    """Print the framing evaluation for ``newsresearch evaluate framing``; return an exit code.

    ``gold`` None scores our sample gold (``data/sample/gold/frames.csv`` with
    the sample corpus texts). Exit code 0 on success, 2 on bad input.
    """
    try:
        result = evaluate_framing(gold, method=method, scheme=scheme)
    except (ValueError, FileNotFoundError, TypeError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(result)
    return 0
