"""Small lexicons, one-text scoring and coded texts shared by the framing tests."""

from __future__ import annotations

import pandas as pd

from newsresearch.framing import Frame, Lexicon, frames


def lexicon(**frames_: dict[str, float]) -> Lexicon:
    return Lexicon("t", {k: Frame(k, dict(v)) for k, v in frames_.items()})


def one(text: str, lex: Lexicon | str = "generic", **options) -> pd.Series:
    return frames(pd.Series([text], index=["d"]), scheme=lex, **options).loc["d"]


TEXTS = [
    "Rivals clash bitterly over the bill",
    "Opponents attack the senator in a fierce row",
    "Party leaders trade insults in heated debate",
    "Critics slam the governor as feud deepens",
    "Taxes rise and jobs are lost at the plant",
    "The budget deficit grows as spending climbs",
    "Prices and wages squeeze family budgets",
    "Investors fear the cost of new tariffs",
    "A mother tells of her son's long illness",
    "Grieving family remembers a beloved grandfather",
    "Neighbours rally around a widow after the fire",
    "A teenager's dream of college, told in her words",
] * 2

LABELS = ["conflict"] * 4 + ["economic"] * 4 + ["human"] * 4

LABELS = LABELS * 2

Y = pd.DataFrame(
    {
        "conflict": [int(y == "conflict") for y in LABELS],
        "economic": [int(y == "economic" or i % 12 == 7) for i, y in enumerate(LABELS)],
        "human": [int(y == "human") for y in LABELS],
    }
)
