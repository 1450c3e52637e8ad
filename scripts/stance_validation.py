"""Regenerate ``newsresearch/data/stance_validation.json``, the figures the reports state.

Usage::

    python scripts/stance_validation.py            # development gold (data/gold/stance/dev)
    python scripts/stance_validation.py --heldout  # also the blind held-out gold (final scoring)

Development figures: :func:`~newsresearch.evaluation.stance.score_stance` (plain and with the
annotators' entity list) and :func:`~newsresearch.evaluation.stance.score_actor_sentiment`
(``entity_stance`` and ``actor_sentiment``, plain and with the entity list). ``--heldout``
adds the same figures on ``data/gold/stance/heldout`` under ``"heldout"``, on the second blind
set ``data/gold/stance/heldout2`` under ``"heldout2"``, on the third to fifth ``heldout3``,
``heldout4``, ``heldout5`` (each once it is annotated) under their names, and on all of them
pooled (each article scored against its first annotator by name: ``s1``, ``s5``, ``s7``,
``s14``, ``s21``-``s24``) under ``"heldout_pooled"``, with the first two, three and four pooled
under ``"heldout_pooled_first_two"``, ``"heldout_pooled_first_three"`` and
``"heldout_pooled_first_four"`` for comparison with earlier figures: run it
once, after the rules are final; held-out errors are never used to change rules
(data/gold/README.md).
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path
from typing import Any

from newsresearch import config
from newsresearch.evaluation.stance import (
    score_actor_sentiment,
    score_stance,
    validation_figures,
)

OUT = Path(__file__).resolve().parents[1] / "newsresearch/data/stance_validation.json"
NOTE = (
    "stance_triples (signals: cue, then the pair's agreeing cue sign, then negative; bare "
    "quote mentions and default-signed triples the target model reads positive left out) and "
    "the co-occurrence baseline, article-level (source, target, polarity) triples; "
    "entity_sentiment: score_actor_sentiment (majority polarity per annotated target) of "
    "entity_stance and actor_sentiment; default and gold_entities on the development stance "
    "gold (data/gold/stance/dev), heldout on the blind held-out gold (reference pass s1); "
    "regenerate with scripts/stance_validation.py"
)


#: Blind sets drawn after the first, each article scored against its first annotator by name.
LATER = ("heldout2", "heldout3", "heldout4", "heldout5")
#: Pools reported before the later sets existed, kept for comparison with earlier figures.
EARLIER = {
    "heldout_pooled_first_two": ("heldout", "heldout2"),
    "heldout_pooled_first_three": ("heldout", "heldout2", "heldout3"),
    "heldout_pooled_first_four": ("heldout", "heldout2", "heldout3", "heldout4"),
}


def figures(
    gold: Path, *, heldout: bool, annotator: str | None, texts: Path | None = None
) -> dict[str, Any]:
    """Triple and entity-level figures on one stance gold folder."""
    out: dict[str, Any] = {}
    for key, actors in (("default", None), ("gold_entities", "gold")):
        evaluation = score_stance(
            gold, texts=texts, actors=actors, annotator=annotator, heldout=heldout
        )
        out[key] = validation_figures(evaluation)
    entity: dict[str, Any] = {}
    for method in ("entity_stance", "actor_sentiment"):
        for key, actors in (("default", None), ("gold_entities", "gold")):
            evaluation = score_actor_sentiment(
                gold,
                texts=texts,
                actors=actors,
                method=method,
                annotator=annotator,
                heldout=heldout,
            )
            entity[f"{method}, {key}"] = {
                k: round(float(v), 3) if isinstance(v, float) else v
                for k, v in evaluation.scores.items()
            } | {"entities": evaluation.n}
    out["entity_sentiment"] = entity
    return out


def pooled(gold: Path, sets: tuple[str, ...]) -> dict[str, Any]:
    """The figures of several held-out sets scored as one (links to their files in a temporary folder)."""
    with tempfile.TemporaryDirectory() as tmp:
        folder, texts = Path(tmp) / "heldout", Path(tmp) / "texts"
        folder.mkdir()
        texts.mkdir()
        for name in sets:
            for path in (gold / name).glob("*.jsonl"):
                (folder / path.name).symlink_to(path)
            for path in (gold.parent / "attribution" / name).glob("*.txt"):
                (texts / path.name).symlink_to(path)
        return figures(folder, heldout=True, annotator=None, texts=texts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--heldout", action="store_true", help="also score the held-out gold")
    args = parser.parse_args(argv)
    gold = config.GOLD_DIR / "stance"
    result: dict[str, Any] = {"note": NOTE}
    result.update(figures(gold / "dev", heldout=False, annotator=None))
    previous = json.loads(OUT.read_text("utf-8")) if OUT.exists() else {}
    if args.heldout:
        result["heldout"] = figures(gold / "heldout", heldout=True, annotator="s1")
        later = [name for name in LATER if any((gold / name).glob("*.jsonl"))]
        for name in later:
            result[name] = figures(gold / name, heldout=True, annotator=None)
        if later:
            result["heldout_pooled"] = pooled(gold, ("heldout", *later))
        for key, names in EARLIER.items():
            if len(later) + 1 > len(names) and all(n == "heldout" or n in later for n in names):
                result[key] = pooled(gold, names)
    else:
        for key in ("heldout", *LATER, "heldout_pooled", *EARLIER):
            if key in previous:
                result[key] = previous[key]
    OUT.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps({k: v.get("scores", v) for k, v in result.items() if k != "note"}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
