"""Project paths, so that notebooks and scripts never hard-code ``../data``.

Every path can be overridden with an environment variable of the same name
(for example ``NEWSRESEARCH_REPORTS_DIR``), which is how scheduled runs point
the toolkit at a different output folder.
"""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_ROOT = Path(os.environ.get("NEWSRESEARCH_PROJECT_ROOT", PACKAGE_DIR.parent))
DATA_DIR = Path(os.environ.get("NEWSRESEARCH_DATA_DIR", PROJECT_ROOT / "data"))
SAMPLE_DIR = Path(os.environ.get("NEWSRESEARCH_SAMPLE_DIR", DATA_DIR / "sample"))
#: Real-news gold (ABP articles coded by hand): frames, attribution, stance.
GOLD_DIR = Path(os.environ.get("NEWSRESEARCH_GOLD_DIR", DATA_DIR / "gold"))
REPORTS_DIR = Path(os.environ.get("NEWSRESEARCH_REPORTS_DIR", PROJECT_ROOT / "reports"))
NOTEBOOKS_DIR = Path(os.environ.get("NEWSRESEARCH_NOTEBOOKS_DIR", PROJECT_ROOT / "notebooks"))
#: The feature cache that notebooks read through (see newsresearch.pipeline.features).
CACHE_DIR = Path(os.environ.get("NEWSRESEARCH_CACHE_DIR", PROJECT_ROOT / ".cache" / "features"))
SHARED_DIR = Path(os.environ.get("NEWSRESEARCH_SHARED_DIR", PROJECT_ROOT.parent / "shared"))

#: Distributions the analyses need: ``newsresearch doctor`` checks them and every report's
#: ``run.json`` records their versions.
REQUIRED_PACKAGES: tuple[str, ...] = (
    "pandas",
    "numpy",
    "scikit-learn",
    "scipy",
    "nltk",
    "matplotlib",
    "vaderSentiment",
    "pyarrow",
    "tqdm",
    "trafilatura",
    "krippendorff",
    "openpyxl",
)
#: Distributions the reports need (the ``notebooks`` extra); the doctor only warns without them.
REPORT_PACKAGES: tuple[str, ...] = ("papermill", "nbconvert", "ipykernel", "nh3")

__all__ = [
    "PACKAGE_DIR",
    "PROJECT_ROOT",
    "DATA_DIR",
    "SAMPLE_DIR",
    "GOLD_DIR",
    "REPORTS_DIR",
    "NOTEBOOKS_DIR",
    "SHARED_DIR",
    "CACHE_DIR",
    "REQUIRED_PACKAGES",
    "REPORT_PACKAGES",
]
