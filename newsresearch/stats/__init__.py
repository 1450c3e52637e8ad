"""Effect sizes, bootstrap intervals and permutation tests for comparing outlets.

Resampling is scipy's (:func:`scipy.stats.bootstrap`,
:func:`scipy.stats.permutation_test`) and the multiple-testing correction is
statsmodels' (``multipletests``), both imported when first used, under a pandas
interface: values in as a Series
(or anything array-like), results out as a Series or DataFrame. Missing values
are dropped. Every function that draws random numbers takes ``random_state``
(an int seed, a :class:`numpy.random.Generator` or None), so a report run with
``seed=42`` gives the same intervals every time.

* :func:`cohens_d` and :func:`cliffs_delta`: effect sizes of a difference
  between two groups (standardised mean difference; probability of
  superiority minus inferiority, robust to skew and outliers).
* :func:`bootstrap_ci`: percentile bootstrap interval of a statistic of one
  sample, or of the difference between two samples (each resampled within
  itself).
* :func:`permutation_test`: two-sided (or one-sided) p-value of a difference
  between two samples under random relabelling.
* :func:`holm`: Holm's step-down adjustment of a family of p-values.
* :func:`group_intervals`: a statistic with its bootstrap interval for every
  group of units (frame prevalence per outlet, tone per leaning, ...).
* :func:`compare_groups`: all of the above for every metric and every group of
  a table (one group against the rest, or against a reference group), with a
  verdict column saying which differences hold up;
  :func:`summarize_comparisons` says them in plain language.

Written here because no library we use has them: Cohen's d and Cliff's delta
(scipy and statsmodels offer neither as a function; Cliff's delta from sorted
positions is three lines and exact with ties), the group comparison table and
its sentences.
"""

from . import compare, resampling
from .compare import *  # noqa: F403  (the public names of each module, listed in its __all__)
from .resampling import *  # noqa: F403

__all__ = sorted([*resampling.__all__, *compare.__all__])
