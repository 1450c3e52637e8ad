"""Frame lexicons: :class:`Frame`, :class:`Lexicon` and :func:`load_lexicon`.

Two schemes ship with the package (:data:`SCHEMES`): ``"generic"``
(``data/frames_generic.yaml``, the five generic news frames of Semetko &
Valkenburg 2000) and ``"policy"`` (``data/frames_policy.yaml``, the Media
Frames Corpus policy dimensions). Users bring their own frames as our YAML
format, a quanteda YAML dictionary, a LIWC ``.dic``, a Lexicoder ``.cat`` or a
CSV file, read by :func:`newsresearch.lexicons.dictionary.read_wordlists` (the
reader sentiment dictionaries use too); the compiled matcher is a
:class:`newsresearch.lexicons.matcher.TermMatcher` kept on the Lexicon.
"""

from __future__ import annotations

import copy
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any

import pandas as pd
import yaml

from ..lexicons.dictionary import (
    WordLists,
    read_mapping,
    read_text,
    read_wordlists,
    to_lexicon_parts,
)
from ..lexicons.matcher import TermMatcher

__all__ = ["DEFAULT_THRESHOLD", "SCHEMES", "Frame", "Lexicon", "load_lexicon"]

# Guards building a lexicon's matcher (two threads asking at once get one).
_MATCHER_LOCK = threading.Lock()

#: Built-in schemes: name -> data file in the package.
SCHEMES: dict[str, str] = {"generic": "frames_generic.yaml", "policy": "frames_policy.yaml"}
#: Presence threshold (weighted hits per 1,000 word tokens) when a lexicon sets none.
DEFAULT_THRESHOLD = 2.0


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
    _matcher: TermMatcher | None = field(default=None, init=False, repr=False, compare=False)
    _matcher_key: tuple | None = field(default=None, init=False, repr=False, compare=False)

    def __getstate__(self) -> dict[str, Any]:
        # Copies and pickles leave the compiled matcher (and its caches) behind.
        return {**self.__dict__, "_matcher": None, "_matcher_key": None}

    def matcher(self) -> TermMatcher:
        """The compiled matcher of this lexicon: built on first use, kept while the terms stay.

        Its token caches stay warm between calls given the same Lexicon object
        (a notebook calling :func:`~newsresearch.framing.frames` several times,
        a classifier's transform on each fold). Changing the terms builds a new one.

        Examples
        --------
        >>> lex = Lexicon("mine", {"cost": Frame("cost", {"price*": 1.0})})
        >>> lex.matcher() is lex.matcher()
        True
        """
        key = tuple((k, tuple(f.terms.items())) for k, f in self.frames.items())
        with _MATCHER_LOCK:
            if self._matcher is None or self._matcher_key != key:
                terms = {k: f.terms for k, f in self.frames.items()}
                self._matcher, self._matcher_key = TermMatcher(terms), key
            return self._matcher

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


def _lexicon(wl: WordLists) -> Lexicon:
    parts = to_lexicon_parts(wl, default_threshold=DEFAULT_THRESHOLD)
    frames = {k: Frame(**f) for k, f in parts.pop("frames").items()}
    return Lexicon(frames=frames, **parts)


@lru_cache(maxsize=len(SCHEMES))
def _builtin(name: str) -> Lexicon:
    raw = files("newsresearch").joinpath(f"data/{SCHEMES[name]}")
    return _lexicon(read_text(raw.read_text(encoding="utf-8"), source=name, format="yaml"))


def load_lexicon(source: str | Path | Lexicon | Mapping[str, Any]) -> Lexicon:
    """Read a frame lexicon: a built-in scheme, our YAML, quanteda YAML, LIWC, Lexicoder or CSV.

    Parameters
    ----------
    source : str, Path, Lexicon or mapping
        ``"generic"`` or ``"policy"`` (our lexicons), a path to a ``.yaml``/``.yml``
        file (our format when it has a ``frames`` key, else a quanteda dictionary
        such as ``economy: [econom*, tax*]``, nested keys joined with ``.``), a path
        to a LIWC ``.dic`` file (categories become frames; conditional entries are
        read without their condition), a Lexicoder ``.cat`` file, a ``.csv`` file
        (``word,weight`` or ``term,category[,weight]``), an already-parsed
        mapping, or a Lexicon.

    Raises
    ------
    LexiconError
        (:class:`newsresearch.lexicons.LexiconError`, a ValueError) on a malformed
        file, naming the file, line or frame and what is wrong.
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
        return _lexicon(read_mapping(source))
    text_source = str(source)
    if text_source in SCHEMES:
        return copy.deepcopy(_builtin(text_source))
    path = Path(source)
    if not path.exists():
        raise FileNotFoundError(
            f"lexicon {text_source!r} not found: give a path to a .yaml, .yml, .dic, .cat or "
            f".csv file, or a built-in scheme: {sorted(SCHEMES)}"
        )
    return _lexicon(read_wordlists(path))
