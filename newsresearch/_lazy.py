"""Names imported on first use: the one lazy-export mechanism of the package's facades.

``import newsresearch`` (and ``newsresearch.sentiment``, ``newsresearch.framing``)
must stay fast and must not load nltk, scikit-learn or scipy before an analysis
needs them, yet their public names should be reachable as attributes. A package
declares ``{name: module}`` and gets a module-level ``__getattr__`` and
``__dir__`` (PEP 562) that import the module when the name is first read and
keep the value on the package.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Iterable, Mapping
from typing import Any

__all__ = ["lazy_exports"]


def lazy_exports(
    package: str, exports: Mapping[str, str], submodules: Iterable[str] = ()
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """``__getattr__`` and ``__dir__`` for *package* that import each export on first use.

    Parameters
    ----------
    package : str
        The package's ``__name__``.
    exports : mapping of str to str
        Public name -> the module that defines it, relative to *package*
        (``"tone"``) or absolute (``"newsresearch.evaluation.framing"``).
    submodules : iterable of str
        Submodules reachable as attributes (``nr.stats``).

    Examples
    --------
    >>> getattr_, dir_ = lazy_exports("newsresearch", {"tokenize": "text"})
    >>> getattr_("tokenize")("Hi there.")
    [(0, 2), (3, 8), (8, 9)]
    >>> "tokenize" in dir_()
    True
    """
    subs = frozenset(submodules)

    def __getattr__(name: str) -> Any:
        where = exports.get(name)
        if where is not None:
            path = where if where.startswith(("newsresearch", ".")) else f".{where}"
            value = getattr(importlib.import_module(path, package), name)
            setattr(sys.modules[package], name, value)  # later look-ups skip this function
            return value
        if name in subs:
            return importlib.import_module(f"{package}.{name}")
        raise AttributeError(f"module {package!r} has no attribute {name!r}")

    def __dir__() -> list[str]:
        return sorted({*vars(sys.modules[package]), *exports, *subs})

    return __getattr__, __dir__
