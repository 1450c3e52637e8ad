"""Helpers that notebooks call, and where the notebooks are.

Notebooks import :func:`record` (key figures of a report run) and
:func:`md_escape` (corpus text made safe for ``Markdown(...)``); the runner
finds notebooks with :func:`default_notebooks` and :func:`notebook_path`.
"""

from __future__ import annotations

import html
import json
import os
import re
from pathlib import Path
from typing import Any

from .. import config

__all__ = [
    "RECORD_ENV",
    "default_notebooks",
    "md_escape",
    "notebook_path",
    "notebook_title",
    "record",
]

#: Environment variable naming the file where :func:`record` writes key figures during a run.
RECORD_ENV = "NEWSRESEARCH_RECORD_PATH"
_NOTEBOOK_NAME = re.compile(r"^\d\d_[\w-]+$")


def default_notebooks() -> list[str]:
    """The notebooks run when none are named: every ``NN_name.ipynb`` in the notebooks folder.

    Examples
    --------
    >>> default_notebooks()[0]
    '01_corpus_overview'
    """
    return sorted(
        p.stem for p in config.NOTEBOOKS_DIR.glob("*.ipynb") if _NOTEBOOK_NAME.match(p.stem)
    )


def record(name: str, value: Any) -> None:
    """Record a key figure of a report run (shown on the index page and in run.json).

    Outside a report run this does nothing, so notebooks can call it freely.

    Examples
    --------
    >>> record("articles", 64)  # no-op outside a run
    """
    path = os.environ.get(RECORD_ENV)
    if not path:
        return
    p = Path(path)
    figures = json.loads(p.read_text(encoding="utf-8")) if p.exists() else {}
    if hasattr(value, "item") and callable(value.item):  # numpy and pandas scalars
        value = value.item()
    figures[name] = value if isinstance(value, int | float | str | bool) else str(value)
    p.write_text(json.dumps(figures, indent=2), encoding="utf-8")


_MD_SPECIAL = re.compile(r"([\\`*_\[\]()#|~])")


def md_escape(value: Any) -> str:
    r"""Text from the data, made safe to put into Markdown: HTML escaped, markup characters quoted.

    Use it for anything a corpus supplies (titles, outlet names, speakers)
    before putting it into ``Markdown(...)`` output.

    Examples
    --------
    >>> print(md_escape("<script>x()</script> *Daily*"))
    &lt;script&gt;x\(\)&lt;/script&gt; \*Daily\*
    """
    return _MD_SPECIAL.sub(r"\\\1", html.escape(str(value), quote=True))


def notebook_path(name: str) -> Path:
    """Resolve a notebook name (``01_corpus_overview``, a unique prefix, or a path) to its file.

    Examples
    --------
    >>> notebook_path("01").name
    '01_corpus_overview.ipynb'
    """
    p = Path(name)
    if p.suffix == ".ipynb" and p.exists():
        return p.resolve()
    exact = config.NOTEBOOKS_DIR / f"{p.stem}.ipynb"
    if exact.exists():
        return exact
    candidates = sorted(config.NOTEBOOKS_DIR.glob(f"{p.stem}*.ipynb")) if p.stem else []
    if len(candidates) == 1:
        return candidates[0]
    valid = sorted(q.stem for q in config.NOTEBOOKS_DIR.glob("*.ipynb"))
    raise ValueError(f"notebook {name!r} is invalid; valid values are {valid}")


def notebook_title(nb: Any, fallback: str) -> str:
    """The first level-one Markdown heading of a notebook, else *fallback*."""
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("# "):
                    return line[2:].strip()
    return fallback
