"""One result type for every evaluation: :class:`Evaluation`.

Sentence boundaries, attribution, target sentiment and framing are scored by
different measures, but each evaluation returns the same object: what was
scored, on what, the headline figures (:attr:`Evaluation.scores`), one summary
table (:attr:`Evaluation.table`, one row per role, class or frame) and named
detail tables (a confusion matrix, for example). ``str()`` gives the text
report that the command line prints; :func:`summary` stacks the headline
figures of several evaluations into one table (notebook 06).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import pandas as pd

__all__ = ["Evaluation", "EvaluationError", "prf", "summary"]


class EvaluationError(ValueError):
    """Gold data that cannot be scored: missing, unreadable or inconsistent."""


def prf(tp: float, predicted: float, gold: float) -> tuple[float, float, float]:
    """Precision, recall and F1 from a true-positive count and the two totals (0 when empty).

    Examples
    --------
    >>> prf(3, 4, 6)
    (0.75, 0.5, 0.6)
    """
    p = tp / predicted if predicted else 0.0
    r = tp / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


@dataclass(frozen=True)
class Evaluation:
    """The result of scoring one method against gold data.

    Attributes
    ----------
    task : str
        What was scored (``"sentence boundaries"``, ``"attribution"``,
        ``"target sentiment"``, ``"framing"``).
    gold : str
        The gold data (a path or a short description).
    n : int
        How many gold units were scored.
    unit : str
        What the units are (``"documents"``, ``"sentences"``, ``"targets"``).
    scores : mapping of str to float
        The headline figures (``f1``, ``macro_f1``, ``accuracy``, ...).
    table : DataFrame
        One row per role, class or frame, columns such as ``precision``,
        ``recall``, ``f1``, ``support``.
    details : mapping of str to DataFrame
        Further tables by name (``"confusion"``, ...).
    method : str
        How the predictions were made, for the report's first line.
    notes : tuple of str
        Caveats printed under the report.

    Examples
    --------
    >>> import pandas as pd
    >>> e = Evaluation("demo", "toy gold", 2, "documents", {"f1": 0.5},
    ...                pd.DataFrame({"f1": [0.5]}, index=["a"]))
    >>> e["f1"], float(e.to_frame().loc["a", "f1"])
    (0.5, 0.5)
    """

    task: str
    gold: str
    n: int
    unit: str
    scores: Mapping[str, float]
    table: pd.DataFrame
    details: Mapping[str, pd.DataFrame] = field(default_factory=dict)
    method: str = ""
    notes: tuple[str, ...] = ()

    def __getitem__(self, name: str) -> float:
        try:
            return self.scores[name]
        except KeyError:
            raise KeyError(
                f"score {name!r} is not among this evaluation's scores {sorted(self.scores)}"
            ) from None

    def to_frame(self) -> pd.DataFrame:
        """The summary table (a copy)."""
        return self.table.copy()

    @property
    def headline(self) -> tuple[str, float]:
        """The one figure to quote: ``macro_f1``, else ``f1``, else the first score.

        Examples
        --------
        >>> import pandas as pd
        >>> Evaluation("demo", "toy", 2, "documents", {"precision": 1.0, "f1": 0.5},
        ...            pd.DataFrame()).headline
        ('f1', 0.5)
        """
        for name in ("macro_f1", "f1", *self.scores):
            if name in self.scores:
                return name, self.scores[name]
        return "", float("nan")

    def _repr_html_(self) -> str:
        """What a notebook shows: the first line, the scores and the table (text escaped)."""
        import html

        how = f" ({self.method})" if self.method else ""
        parts = [
            f"<p><b>{html.escape(self.task + how)}</b> on {html.escape(self.gold)}: "
            f"{self.n} {html.escape(self.unit)}</p>"
        ]
        if self.scores:
            scores = pd.DataFrame([self.scores], index=["score"]).round(4)
            parts.append(scores.to_html(escape=True))
        if not self.table.empty:
            parts.append(self.table.round(4).to_html(escape=True))
        for name, detail in self.details.items():
            parts.append(f"<p>{html.escape(name)}:</p>" + detail.to_html(escape=True))
        parts += [f"<p><i>note: {html.escape(note)}</i></p>" for note in self.notes]
        return "\n".join(parts)

    def __str__(self) -> str:
        how = f" ({self.method})" if self.method else ""
        lines = [f"{self.task}{how} on {self.gold}: {self.n} {self.unit}"]
        if self.scores:
            lines.append("   ".join(f"{k} {_fmt(v)}" for k, v in self.scores.items()))
        if not self.table.empty:
            lines += ["", self.table.to_string(float_format=lambda x: f"{x:.4f}")]
        for name, detail in self.details.items():
            lines += ["", f"{name}:", detail.to_string()]
        lines += [f"note: {note}" for note in self.notes]
        return "\n".join(lines)


def _fmt(value: float) -> str:
    return f"{value:.4f}" if isinstance(value, float) else str(value)


def summary(evaluations: Iterable[Evaluation]) -> pd.DataFrame:
    """The figures of several evaluations, one row each: what, on what, the headline, all scores.

    Examples
    --------
    >>> import pandas as pd
    >>> e = Evaluation("demo", "toy", 2, "documents", {"f1": 0.5}, pd.DataFrame())
    >>> summary([e]).columns.tolist()
    ['task', 'method', 'gold', 'n', 'unit', 'measure', 'value', 'f1']
    """
    rows = [
        {
            "task": e.task,
            "method": e.method,
            "gold": e.gold,
            "n": e.n,
            "unit": e.unit,
            "measure": e.headline[0],
            "value": e.headline[1],
            **e.scores,
        }
        for e in evaluations
    ]
    columns = ["task", "method", "gold", "n", "unit", "measure", "value"]
    return pd.DataFrame(
        rows, columns=list(dict.fromkeys([*columns, *(k for r in rows for k in r)]))
    )
