"""Shared fixtures. Everything here is small, written by us, and offline."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("MPLBACKEND", "Agg")
# Notebooks and nr.features() cache features; tests (and the notebooks they run) never
# write into the project's own cache.
_CACHE = tempfile.TemporaryDirectory(prefix="nr-test-cache-")
os.environ["NEWSRESEARCH_CACHE_DIR"] = _CACHE.name

FIXTURES = Path(__file__).parent / "fixtures"
FORMATS = FIXTURES / "formats"


@pytest.fixture
def formats_dir() -> Path:
    return FORMATS


@pytest.fixture(scope="session")
def sample():
    import newsresearch as nr

    return nr.load_corpus("sample", progress=False)
