"""Score attribution on the blind held-out gold sets, each alone and pooled (final scoring only).

Usage (from the project root, once the rules are final)::

    .venv/bin/python scripts/attribution_heldout.py [--kinds speech] [--convention default]
        [--json OUT.json]

Scores :func:`newsresearch.attributions` (PARC convention, the gold's own; ``--convention
default`` scores our researcher-friendly spans against the same gold, where the token-overlap
figures are the ones to read: exact contents differ by the quote marks) against ``data/gold/attribution/heldout``
(reference passes ``a3,a4``), ``data/gold/attribution/heldout2`` (``b1,b2``, and ``b2,b1``
for the other reference), ``data/gold/attribution/heldout3`` (``c1,c2``) and
``data/gold/attribution/heldout4`` (``e1,e2``) and ``data/gold/attribution/heldout5``
(``f1``-``f4``, one pass per article; a set is skipped while it has no annotation), then
against all sets pooled and, for comparison with figures reported before the later sets, the
first two, three and four pooled: a temporary folder of links holding, per
article, the text and the reference annotation of its set, scored in one call so that every
figure (span F1, speaker accuracy) is computed over all pooled attributions. Prints exact and
overlap P/R/F1 per role and the speaker accuracies. Held-out errors are never used to change rules
(``data/gold/README.md``); run it once per release of the rules.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pandas as pd  # noqa: E402

from newsresearch.datasets.brat import annotation_files  # noqa: E402
from newsresearch.evaluation.attribution import score_attributions  # noqa: E402

GOLD = ROOT / "data" / "gold" / "attribution"
#: Each held-out set with its reference annotators, in order of preference per text.
SETS = {
    "heldout": "a3,a4",
    "heldout2": "b1,b2",
    "heldout3": "c1,c2",
    "heldout4": "e1,e2",
    "heldout5": "f1,f2,f3,f4",
}
#: Pools reported before the later sets existed, kept for comparison with earlier figures.
EARLIER = {
    "pooled (heldout, heldout2)": ("heldout", "heldout2"),
    "pooled (heldout, heldout2, heldout3)": ("heldout", "heldout2", "heldout3"),
    "pooled (heldout ... heldout4)": ("heldout", "heldout2", "heldout3", "heldout4"),
}
SPEAKER_KEYS = (
    "speaker_accuracy_direct",
    "speaker_accuracy_all",
    "speaker_accuracy_found_direct",
    "speaker_accuracy_found_all",
)


def _figures(evaluation, n_docs: int) -> dict[str, object]:
    table = evaluation.table
    spans = {
        f"{role}_{match}": {
            "precision": round(float(table.loc[(role, match), "precision"]), 4),
            "recall": round(float(table.loc[(role, match), "recall"]), 4),
            "f1": round(float(table.loc[(role, match), "f1"]), 4),
            "predicted": int(table.loc[(role, match), "predicted"]),
            "gold": int(table.loc[(role, match), "gold"]),
        }
        for role in ("source", "cue", "content")
        for match in ("exact", "overlap")
    }
    speakers = {key: round(float(evaluation.scores[key]), 4) for key in SPEAKER_KEYS}
    breakdown = {
        by: {
            str(group): {"gold": int(row["gold"])}
            | {
                key: round(float(row[key]), 4)
                for key in ("attribution_recall", "speaker_accuracy_found")
                if pd.notna(row[key])
            }
            for group, row in evaluation.details[by].iterrows()
        }
        for by in ("by_kind", "by_type")
    }
    return {"documents": n_docs, "spans": spans, "speakers": speakers} | breakdown


def _pooled_folder(tmp: Path, sets: dict[str, str]) -> int:
    """Link each article's text and reference annotation of its set into *tmp*."""
    n = 0
    for name, order in sets.items():
        wanted = order.split(",")
        for text_name, (txt, by_annotator) in annotation_files(GOLD / name).items():
            chosen = next((a for a in wanted if a in by_annotator), None)
            if chosen is None:
                continue
            (tmp / f"{name}-{text_name}.txt").symlink_to(Path(txt).resolve())
            (tmp / f"{name}-{text_name}_ref.ann").symlink_to(Path(by_annotator[chosen]).resolve())
            n += 1
    return n


def _print(label: str, figures: dict[str, object]) -> None:
    spans = figures["spans"]
    exact = " / ".join(f"{spans[f'{r}_exact']['f1']:.3f}" for r in ("source", "cue", "content"))
    overlap = " / ".join(f"{spans[f'{r}_overlap']['f1']:.3f}" for r in ("source", "cue", "content"))
    sp = figures["speakers"]
    print(
        f"{label} ({figures['documents']} articles): exact F1 source/cue/content {exact}; "
        f"overlap {overlap}; speaker direct {sp['speaker_accuracy_direct']:.3f} "
        f"all {sp['speaker_accuracy_all']:.3f}; among found direct "
        f"{sp['speaker_accuracy_found_direct']:.3f} all {sp['speaker_accuracy_found_all']:.3f}; "
        f"gold {spans['cue_exact']['gold']} predicted {spans['cue_exact']['predicted']}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kinds", default="all", help="all, speech, ... (as nr.attributions)")
    parser.add_argument(
        "--convention", choices=("parc", "default"), default="parc", help="the span convention"
    )
    parser.add_argument("--json", type=Path, default=None, help="write the figures here")
    args = parser.parse_args(argv)
    results: dict[str, dict[str, object]] = {}
    present = {name: order for name, order in SETS.items() if annotation_files(GOLD / name)}
    runs = [(name, order) for name, order in present.items()] + [("heldout2", "b2,b1")]
    for name, order in runs:
        evaluation = score_attributions(
            GOLD / name, convention=args.convention, annotator=order, kinds=args.kinds
        )
        label = f"{name} ({order})"
        results[label] = _figures(evaluation, evaluation.n)
        _print(label, results[label])
    pools = {"pooled": present}
    for label, names in EARLIER.items():
        if len(present) > len(names) and all(name in present for name in names):
            pools[label] = {name: SETS[name] for name in names}
    for label, sets in pools.items():
        with tempfile.TemporaryDirectory() as tmp:
            n = _pooled_folder(Path(tmp), sets)
            evaluation = score_attributions(
                tmp, convention=args.convention, annotator="ref", kinds=args.kinds
            )
            results[label] = _figures(evaluation, n)
            _print(label, results[label])
    if args.json is not None:
        args.json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
