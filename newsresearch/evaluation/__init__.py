"""Scoring against gold data: one :class:`Evaluation` result type for every task.

The task modules (``sentences``, ``attribution``, ``sentiment``, ``framing``)
hold the scoring functions; gold readers live in :mod:`newsresearch.datasets`.
"""

from __future__ import annotations

from .result import Evaluation, EvaluationError, prf, summary

__all__ = ["Evaluation", "EvaluationError", "prf", "summary"]
