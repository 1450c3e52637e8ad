"""Coverage of the corrected-prevalence intervals in seeded simulations (issue 14).

Usage::

    python benchmarks/validation_coverage.py [--simulations 1000] [--validation 300]

Simulates outlets with known true shares, a classifier with known sensitivity and
specificity, and a validation sample coded without error, then counts how often the
95 % interval of :func:`newsresearch.validation.corrected_prevalence` holds the true
share (target: close to 95 %), beside the raw share's interval.
"""

from __future__ import annotations

import argparse
import time

from newsresearch.validation.correction import simulate_coverage


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--simulations", type=int, default=1000)
    parser.add_argument(
        "--validation", type=int, default=300, help="units in the validation sample"
    )
    parser.add_argument("--per-group", type=int, default=800)
    parser.add_argument("--sensitivity", type=float, default=0.80)
    parser.add_argument("--specificity", type=float, default=0.90)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    start = time.perf_counter()
    sims = simulate_coverage(
        n_per_group=args.per_group,
        sensitivity=args.sensitivity,
        specificity=args.specificity,
        n_validation=args.validation,
        n_simulations=args.simulations,
        random_state=args.seed,
    )
    print(
        f"{args.simulations} simulations, {args.validation} validation units, "
        f"Se {args.sensitivity}, Sp {args.specificity}, {args.per_group} units per group "
        f"({time.perf_counter() - start:.1f} s)"
    )
    by = sims.groupby("truth").agg(
        coverage=("covered", "mean"),
        raw_coverage=("raw_covered", "mean"),
        mean_corrected=("corrected", "mean"),
        mean_raw=("raw", "mean"),
        mean_width=("high", "mean"),
    )
    by["mean_width"] = sims.assign(w=sims["high"] - sims["low"]).groupby("truth")["w"].mean()
    print(by.round(3).to_string())
    print(
        f"overall: corrected interval coverage {sims['covered'].mean():.1%}, "
        f"raw interval coverage {sims['raw_covered'].mean():.1%}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
