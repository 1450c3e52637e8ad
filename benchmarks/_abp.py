"""The ABP corpus argument shared by the benchmarks that read ``../shared/data/abp``.

Benchmarks run as scripts (``python benchmarks/NAME.py``), so this module is
imported from the script's own folder.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from newsresearch import config

DEFAULT_CORPUS = config.SHARED_DIR / "data/abp/jsons.tar.gz"


def add_corpus_argument(parser: argparse.ArgumentParser) -> None:
    """Add ``--corpus``: the ABP archive, by default the shared copy."""
    parser.add_argument(
        "--corpus", default=str(DEFAULT_CORPUS), help=f"ABP archive (default: {DEFAULT_CORPUS})"
    )


def corpus_or_skip(value: str | Path) -> Path | None:
    """Return the corpus path, or print a SKIP line and return ``None`` when it is absent.

    Benchmarks exit with status 0 after a skip, so that a machine without
    ``../shared`` runs them without failing.
    """
    path = Path(value)
    if not path.exists():
        print(f"SKIP: {path} not found (the shared ABP corpus is needed for this benchmark)")
        return None
    return path
