"""YAML dictionaries into :class:`WordLists`: quanteda's layout and our frame-lexicon format.

Scalars keep their line and are read as written for terms and names (``no``,
``1.50``, ``null`` are words), typed for weights and thresholds.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from .wordlists import CategoryInfo, LexiconError, WordLists, norm_term

__all__ = ["from_mapping", "read_yaml"]

_FRAME_KEYS = ("definition", "label", "terms", "threshold")


def from_mapping(data: Any, source: str) -> WordLists:
    """Our format when *data* has a ``frames`` key, else a quanteda dictionary."""
    if isinstance(data, Mapping) and "frames" in data:
        return _our_format(data, source)
    return _quanteda(data, source)


class _Scalar(str):
    """A YAML scalar as written, with its line and its typed value (number, bool, None)."""

    line: int
    typed: Any


class _Seq(list):
    line: int


class _Map(dict):
    line: int


def _yaml_loader() -> type:
    import yaml

    class Loader(yaml.SafeLoader):
        """Safe loader that reads yes/no/on/off as words (they are dictionary terms)."""

    Loader.yaml_implicit_resolvers = {
        ch: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
        for ch, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    Loader.add_implicit_resolver(
        "tag:yaml.org,2002:bool",
        re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
        list("tTfF"),
    )
    return Loader


def _tree(node: Any, loader: Any, source: str) -> Any:
    import yaml

    line = node.start_mark.line + 1
    if isinstance(node, yaml.ScalarNode):
        out: Any = _Scalar(node.value)
        out.typed = loader.construct_object(node)
    elif isinstance(node, yaml.SequenceNode):
        out = _Seq(_tree(x, loader, source) for x in node.value)
    else:
        loader.flatten_mapping(node)
        out = _Map()
        for key_node, value_node in node.value:
            key = _tree(key_node, loader, source)
            if not isinstance(key, _Scalar):
                raise LexiconError(f"{source}, line {key.line}: a key must be a plain name")
            if key in out:
                raise LexiconError(
                    f"{source}, line {key.line}: key {str(key)!r} appears twice in one "
                    f"mapping (first at line {next(k for k in out if k == key).line}); "
                    "merge the two entries"
                )
            out[key] = _tree(value_node, loader, source)
    out.line = line
    return out


def read_yaml(text: str, source: str) -> WordLists:
    import yaml

    loader = _yaml_loader()(text)
    try:
        node = loader.get_single_node()
        root = None if node is None else _tree(node, loader, source)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f", line {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise LexiconError(f"{source}{where}: not valid YAML ({problem}); fix the layout") from exc
    finally:
        loader.dispose()
    if not isinstance(root, Mapping) or not root:
        raise LexiconError(
            f"{source}, line {getattr(root, 'line', 1)}: a YAML dictionary is a mapping of "
            "category names to lists of entries (quanteda layout), or a frame lexicon with "
            "a 'frames' key"
        )
    return from_mapping(root, source)


def _at(source: str, obj: Any) -> str:
    line = getattr(obj, "line", None)
    return f"{source}, line {line}" if line is not None else source


def _typed(obj: Any) -> Any:
    return obj.typed if isinstance(obj, _Scalar) else obj


def _text(obj: Any) -> str:
    value = _typed(obj)
    return "" if value is None else str(value)


def _number(value: Any, where: str, what: str) -> float:
    value = _typed(value)
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise LexiconError(f"{where}: {what} must be a number >= 0, not {value!r}")
    return float(value)


def _parse_terms(entries: Any, where: str, stated: set[str]) -> dict[str, float]:
    if entries is None or _typed(entries) is None:
        entries = []
    if isinstance(entries, str | int | float):
        entries = [entries]
    if not isinstance(entries, list):
        raise LexiconError(f"{where}: 'terms' must be a list of words, stems and phrases")
    terms: dict[str, float] = {}
    for n, entry in enumerate(entries, start=1):
        here = f"{_at(where, entry) if hasattr(entry, 'line') else where}, entry {n}"
        pairs = entry.items() if isinstance(entry, Mapping) else [(entry, None)]
        for term, weight in pairs:
            key = norm_term(term, here)
            if weight is not None:
                value = _typed(weight)
                if isinstance(value, bool) or not isinstance(value, int | float):
                    raise LexiconError(
                        f"{here}: weight of {term!r} must be a number, not {value!r}"
                    )
                if not value > 0 or not math.isfinite(value):
                    raise LexiconError(f"{here}: weight of {term!r} must be > 0, not {value}")
                stated.add(key)
            terms[key] = max(1.0 if weight is None else float(_typed(weight)), terms.get(key, 0))
    return terms


def _our_format(data: Mapping[str, Any], source: str) -> WordLists:
    frames_in = data.get("frames")
    if not isinstance(frames_in, Mapping) or not frames_in:
        raise LexiconError(
            f"{_at(source, frames_in)}: 'frames' must map frame names to {{definition, terms}}"
        )
    threshold = data.get("threshold")
    where = _at(source, threshold)
    threshold = None if threshold is None else _number(threshold, where, "threshold")
    categories: dict[str, dict[str, float]] = {}
    info: dict[str, CategoryInfo] = {}
    stated: set[str] = set()
    for key, spec in frames_in.items():
        where = f"{_at(source, key)}, frame {str(key)!r}"
        if not isinstance(spec, Mapping):
            raise LexiconError(f"{where}: expected a mapping with 'definition' and 'terms'")
        unknown = sorted(str(k) for k in set(spec) - set(_FRAME_KEYS))
        if unknown:
            raise LexiconError(
                f"{where}: keys {unknown} are invalid; valid keys are {list(_FRAME_KEYS)}"
            )
        terms = _parse_terms(spec.get("terms"), where, stated)
        if not terms:
            raise LexiconError(f"{where}: no terms; list the frame's words under 'terms'")
        ft = spec.get("threshold")
        categories[str(key)] = terms
        info[str(key)] = CategoryInfo(
            _text(spec.get("label")),
            _text(spec.get("definition")).strip(),
            None if ft is None else _number(ft, where, "threshold"),
        )
    return WordLists(
        categories,
        source,
        "frames",
        _text(data.get("name")) or Path(source).stem,
        frozenset(stated),
        threshold,
        _text(data.get("title")),
        _text(data.get("description")).strip(),
        info,
    )


def _quanteda(data: Any, source: str) -> WordLists:
    """``key: [terms]``, nested keys joined with '.'; a mapping inside a list nests too."""
    if not isinstance(data, Mapping) or not data:
        raise LexiconError(
            f"{_at(source, data)}: a YAML dictionary is a mapping of category names to lists "
            "of entries (quanteda layout), or a frame lexicon with a 'frames' key"
        )
    categories: dict[str, dict[str, float]] = {}

    def walk(node: Any, prefix: str) -> None:
        if isinstance(node, Mapping):
            for k, v in node.items():
                walk(v, f"{prefix}.{k}" if prefix else str(k))
            return
        if node is None or _typed(node) is None:
            raise LexiconError(
                f"{_at(source, node)}: category {prefix!r} must hold a list of entries"
            )
        items = node if isinstance(node, list) else [node]
        words = [x for x in items if not isinstance(x, Mapping)]
        for x in words:
            if isinstance(x, list):
                raise LexiconError(
                    f"{_at(source, x)}: entries of {prefix!r} must be words, stems or "
                    "phrases, not a list"
                )
        if words or not items:
            terms = categories.setdefault(prefix, {})
            for n, x in enumerate(words, start=1):
                terms[norm_term(x, f"{_at(source, x)}, key {prefix!r}, entry {n}")] = 1.0
        for x in items:
            if isinstance(x, Mapping):
                walk(x, prefix)

    walk(data, "")
    return WordLists(categories, source, "quanteda", Path(source).stem)
