"""The framing package's docstring examples and its notebook's parameters."""

from __future__ import annotations

import doctest
import importlib

import pytest

from newsresearch import config
from newsresearch.reporting import notebook_parameters

MODULES = [
    "newsresearch.framing.lexicon",
    "newsresearch.framing.measures",
    "newsresearch.framing.summaries",
    "newsresearch.framing.classifier",
    "newsresearch.framing.induction",
    "newsresearch.datasets.frames",
    "newsresearch.evaluation.framing",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_run(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0 and result.attempted >= 1


def test_framing_notebook_parameters():
    # Clean storage and parameter help of every notebook: tests/test_project.py.
    params = notebook_parameters(config.NOTEBOOKS_DIR / "03_framing.ipynb")
    assert list(params) == ["corpus", "scheme", "start", "end", "outlets", "seed"]
    assert params["scheme"]["default"] == "generic"
