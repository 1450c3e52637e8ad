"""The framing package's docstring examples and its notebook."""

from __future__ import annotations

import ast
import doctest
import importlib
import json

import pytest

from newsresearch import config

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


def test_framing_notebook_is_stored_clean():
    path = config.NOTEBOOKS_DIR / "03_framing.ipynb"
    nb = json.loads(path.read_text(encoding="utf-8"))
    assert nb["metadata"]["kernelspec"]["name"] == "python3"
    cells = nb["cells"]
    assert cells[0]["cell_type"] == "markdown" and "".join(cells[0]["source"]).startswith("# ")
    code = [c for c in cells if c["cell_type"] == "code"]
    assert all(not c["outputs"] and c["execution_count"] is None for c in code)
    params = [c for c in code if "parameters" in c["metadata"].get("tags", [])]
    assert len(params) == 1
    source = "".join(params[0]["source"])
    names = []
    for node, line in zip(ast.parse(source).body, source.splitlines(), strict=True):
        assert isinstance(node, ast.AnnAssign), line  # annotated literals only
        ast.literal_eval(node.value)
        help_text = line.split("#", 1)[1] if "#" in line else ""
        assert help_text.strip() and "=" not in help_text, line
        names.append(node.target.id)
    assert names == ["corpus", "scheme", "start", "end", "outlets", "seed"]
