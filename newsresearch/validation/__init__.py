"""Validation studies: close reading, coding sheets, agreement, corrected estimates, export.

Reviewers ask two things of every automated measure: show me examples, and show
me that it agrees with human coders on my data. This package takes a researcher
from feature tables to both:

* :mod:`.view`: :func:`show` one article with its attributions, frame terms
  and sentence tone marked (:func:`show_examples`: a few per outlet);
* :mod:`.sample`: :func:`draw_sample`, a stratified, seeded sample of units
  (articles, sentences, attributions, actor mentions) from any feature table;
* :mod:`.sheets`: a :class:`Codebook`, coding sheets (:func:`write_sheet`,
  CSV or .xlsx), the coder instructions (:func:`write_instructions`) and
  reading filled sheets back with checks (:func:`read_sheets`);
* :mod:`.reliability`: Krippendorff's alpha (:func:`agreement`), precision,
  recall and F1 per category with bootstrap intervals and a confusion table
  (:func:`accuracy`);
* :mod:`.correction`: outlet prevalence raw and corrected for the measured
  misclassification (:func:`corrected_prevalence`, Rogan-Gladen with a
  bootstrap over the validation sample);
* :mod:`.export`: feature tables to CSV, Parquet or Stata with a codebook
  generated from the declared schemas (:func:`export_table`, :func:`codebook`);
  :func:`methods_tables` writes result tables as Markdown and LaTeX.

Nothing heavy is imported here: each module imports what it needs.
"""

from __future__ import annotations

from .._lazy import lazy_exports

_EXPORTS = {
    "ArticleView": "view",
    "ArticleViews": "view",
    "show": "view",
    "show_examples": "view",
    "view_css": "style",
    "draw_sample": "sample",
    "load_sample": "sample",
    "save_sample": "sample",
    "Codebook": "sheets",
    "SheetError": "sheets",
    "fill_sheet": "sheets",
    "read_sheets": "sheets",
    "write_instructions": "sheets",
    "write_sheet": "sheets",
    "agreement": "reliability",
    "accuracy": "reliability",
    "validation_pairs": "reliability",
    "corrected_prevalence": "correction",
    "rogan_gladen": "correction",
    "codebook": "export",
    "export_table": "export",
    "methods_tables": "export",
}

__all__ = sorted(_EXPORTS)

__getattr__, __dir__ = lazy_exports(
    __name__, _EXPORTS, "correction export reliability sample sheets style view".split()
)
