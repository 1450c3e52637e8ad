"""Every docstring example of the package runs and prints what it says (one home for doctests)."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import newsresearch

MODULES = sorted(
    info.name
    for info in pkgutil.walk_packages(newsresearch.__path__, prefix="newsresearch.")
    if not info.name.endswith("__main__")
)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_run(name):
    module = importlib.import_module(name)
    flags = doctest.NORMALIZE_WHITESPACE | doctest.ELLIPSIS
    result = doctest.testmod(module, optionflags=flags, verbose=False)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples failed in {name}"
