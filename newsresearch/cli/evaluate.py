"""``evaluate``: score an analysis against gold annotations.

Each task is one entry of :data:`TASKS`: a function of the parsed arguments
that returns the evaluation result; the command prints ``str(result)``. Bad
gold input (:class:`~newsresearch.evaluation.EvaluationError`, a missing file,
any other ``ValueError``) exits with status 2 and says what was wrong.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .status import EXIT_OK, bad_input, command

__all__ = ["TASKS", "add_parsers"]


def _sentences(args: argparse.Namespace) -> object:
    from ..evaluation.sentences import score_sentences

    return score_sentences(args.gold)


def _attribution(args: argparse.Namespace) -> object:
    from ..evaluation.attribution import score_attributions

    kinds = [k.strip() for k in args.kinds.split(",")] if args.kinds != "all" else "all"
    return score_attributions(
        args.gold,
        convention=args.convention,
        annotator=args.annotator,
        kinds=kinds,
        predictions_out=args.predictions_out,
    )


def _attribution_agreement(args: argparse.Namespace) -> object:
    from ..evaluation.attribution import attribution_agreement

    if args.gold is None:
        raise ValueError("attribution-agreement needs --gold FOLDER (texts annotated twice)")
    annotators = None
    if args.annotators:
        annotators = tuple(a.strip() for a in args.annotators.split(","))
        if len(annotators) != 2:
            raise ValueError(f"--annotators {args.annotators!r}: give two names, e.g. a1,a3")
    return attribution_agreement(args.gold, annotators=annotators)


def _sentiment(args: argparse.Namespace) -> object:
    from .. import config
    from ..evaluation.sentiment import evaluate_target_sentiment

    gold = args.gold or config.SAMPLE_DIR / "gold" / "target_sentiment.jsonl"
    return evaluate_target_sentiment(gold, predictions_out=args.predictions_out)


def _framing(args: argparse.Namespace) -> object:
    from ..evaluation.framing import evaluate_framing

    return evaluate_framing(
        args.gold,
        method=args.method,
        scheme=args.scheme,
        subset=args.set,
        coder=args.coder,
        combine=args.combine,
    )


def _require_gold(args: argparse.Namespace, task: str, what: str) -> None:
    """Refuse a task that has no default gold when ``--gold`` is missing."""
    if not args.gold:
        raise ValueError(f"evaluate {task} needs --gold, {what} such as data/gold/stance/dev")


def _stance(args: argparse.Namespace) -> object:
    from ..evaluation.stance import score_stance

    _require_gold(args, "stance", "a folder")
    return score_stance(
        args.gold,
        annotator=args.annotator,
        actors=args.actors,
        predictions_out=args.predictions_out,
        heldout=args.heldout,
    )


def _actor_sentiment(args: argparse.Namespace) -> object:
    from ..evaluation.stance import score_actor_sentiment

    _require_gold(args, "actor-sentiment", "a stance gold folder")
    return score_actor_sentiment(
        args.gold,
        annotator=args.annotator,
        actors=args.actors,
        method=args.entity_method,
        heldout=args.heldout,
    )


#: Task name -> the function that evaluates it (its result is printed).
TASKS: dict[str, Callable[[argparse.Namespace], object]] = {
    "sentences": _sentences,
    "attribution": _attribution,
    "attribution-agreement": _attribution_agreement,
    "sentiment": _sentiment,
    "framing": _framing,
    "stance": _stance,
    "actor-sentiment": _actor_sentiment,
}


def add_parsers(sub: Any) -> None:
    """Add ``evaluate``."""
    p = command(
        sub,
        "evaluate",
        "score an analysis against gold annotations",
        "Default gold: the sample gold. Exit status 2 when the gold input is missing or malformed.",
    )
    p.add_argument("task", choices=list(TASKS))
    p.add_argument(
        "--method",
        default="lexicon",
        choices=["lexicon", "classifier", "learned"],
        help="framing: lexicon (zero-shot), classifier or learned (PMI lexicon)",
    )
    p.add_argument("--scheme", default="generic", help="framing: generic, policy or a lexicon file")
    p.add_argument(
        "--set",
        default=None,
        help="framing, coder files (data/gold/frames): the part to score, e.g. dev",
    )
    p.add_argument(
        "--coder", default=None, help="framing, coder files: one coder (fa, fb); default all"
    )
    p.add_argument(
        "--combine",
        default="union",
        choices=["union", "consensus"],
        help="framing, coder files: a frame is present if any (union) or every coder marks it",
    )
    p.add_argument(
        "--convention",
        default="default",
        choices=["default", "parc"],
        help="attribution: span convention of the predictions; use the gold's own "
        "(the sample gold: default; data/gold/attribution: parc)",
    )
    p.add_argument(
        "--annotator",
        default=None,
        help="attribution: score against this annotator's <name>_<annotator>.ann files "
        "(default: per text, the annotator first in sorted order; 'a3,a4': per text, the first "
        "of these with a file, e.g. a reference pass shared by two annotators); stance: the same for "
        "<ID>_<annotator>.jsonl (s1, s2)",
    )
    p.add_argument(
        "--kinds",
        default="all",
        help="attribution: attribution types scored, 'all' or comma-separated from "
        "speech, thought, evidence, act (gold by its Type)",
    )
    p.add_argument(
        "--annotators",
        default=None,
        help="attribution-agreement: the two annotators compared, e.g. a1,a3 "
        "(default: per text, the first two in sorted order)",
    )
    p.add_argument(
        "--actors",
        default=None,
        help="stance, actor-sentiment: an actors-of-interest CSV/YAML, or 'gold' for each "
        "article's gold entities",
    )
    p.add_argument(
        "--entity-method",
        default="entity_stance",
        choices=["entity_stance", "actor_sentiment"],
        help="actor-sentiment: entity_stance (stance triples toward the entity, else the tone "
        "of its mentions) or actor_sentiment (the tone of its mentions)",
    )
    p.add_argument(
        "--heldout",
        action="store_true",
        help="stance, actor-sentiment: allow a blind held-out gold folder (the final scoring only)",
    )
    p.add_argument("--gold", default=None, help="gold file or folder (default: the sample gold)")
    p.add_argument("--predictions-out", default=None, help="write one prediction per line (JSONL)")
    p.set_defaults(func=evaluate)


def evaluate(args: argparse.Namespace) -> int:
    """Run one evaluation task and print its result."""
    from ..evaluation import EvaluationError

    try:
        result = TASKS[args.task](args)
    except FileNotFoundError as exc:
        if exc.filename is None:  # raised with a message of its own
            return bad_input(exc)
        return bad_input(f"gold file not found: {exc.filename}; pass --gold with an existing path")
    except (EvaluationError, ValueError) as exc:
        return bad_input(exc)
    print(result)
    if args.predictions_out and Path(args.predictions_out).exists():
        print(f"wrote predictions to {args.predictions_out}")
    return EXIT_OK
