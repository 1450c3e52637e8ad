"""The article view's style sheet, alone so that the report page can inline it cheaply.

Read from ``newsresearch/data/article_view.css``; used by
:mod:`newsresearch.validation.view` (notebook output) and
:mod:`newsresearch.reporting.page` (report pages, whose sanitiser drops
``<style>`` elements from notebook output).

Examples
--------
>>> ".nr-view" in view_css()
True
"""

from __future__ import annotations

from functools import cache
from importlib import resources

__all__ = ["view_css"]


@cache
def view_css() -> str:
    """The style sheet of the article view."""
    return resources.files("newsresearch.data").joinpath("article_view.css").read_text("utf-8")
