"""The package's shape: small modules, a light import, one facade whose names all resolve."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import newsresearch as nr

PACKAGE = Path(nr.__file__).parent
MAX_LINES = 800


def test_no_module_is_longer_than_the_limit():
    long = {
        str(p.relative_to(PACKAGE)): n
        for p in PACKAGE.rglob("*.py")
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert not long, f"modules over {MAX_LINES} lines: {long}"


def test_import_loads_no_heavy_library():
    code = (
        "import sys, newsresearch, newsresearch.text; "
        "print(sorted(m for m in ('nltk', 'sklearn', 'scipy', 'matplotlib', 'nbconvert') "
        "if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize("name", sorted(nr._EXPORTS))
def test_every_public_name_resolves(name):
    assert getattr(nr, name) is not None


def test_unknown_names_raise_attribute_error():
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        nr.nope  # noqa: B018
