"""Frame lexicons: :class:`Frame`, :class:`Lexicon` and :func:`load_lexicon`.

Two schemes ship with the package (:data:`SCHEMES`): ``"generic"``
(``data/frames_generic.yaml``, the five generic news frames of Semetko &
Valkenburg 2000) and ``"policy"`` (``data/frames_policy.yaml``, the Media
Frames Corpus policy dimensions). Users bring their own frames as our YAML
format, a quanteda YAML dictionary or a LIWC ``.dic`` file; the three readers
live here together.
"""

from __future__ import annotations

import copy
import logging
import math
import re
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd
import yaml

if TYPE_CHECKING:
    from .matcher import Matcher

__all__ = ["DEFAULT_THRESHOLD", "SCHEMES", "Frame", "Lexicon", "load_lexicon"]

log = logging.getLogger(__name__)
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
    _matcher: Matcher | None = field(default=None, init=False, repr=False, compare=False)
    _matcher_key: tuple | None = field(default=None, init=False, repr=False, compare=False)

    def __getstate__(self) -> dict[str, Any]:
        # Copies and pickles leave the compiled matcher (and its caches) behind.
        return {**self.__dict__, "_matcher": None, "_matcher_key": None}

    def matcher(self) -> Matcher:
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
        from .matcher import Matcher

        key = tuple((k, tuple(f.terms.items())) for k, f in self.frames.items())
        with _MATCHER_LOCK:
            if self._matcher is None or self._matcher_key != key:
                self._matcher, self._matcher_key = Matcher(self), key
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
