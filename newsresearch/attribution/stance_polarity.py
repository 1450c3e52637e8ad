"""Polarity of the stance triples that no signal signs: :func:`pair_polarity`.

A triple that none of the chosen signals signs takes
:data:`~newsresearch.attribution.stance.DEFAULT_POLARITY` (``signal ==
"default"``). When the same source is signed toward the same target elsewhere in
the article (a stance cue: ``Voss praised Lindqvist``), that polarity is the
better guess for the unsigned mention (``Voss said Lindqvist would ...``), as
:func:`~newsresearch.attribution.stance_summary.stance_pairs` already reads a
pair: its cue-signed triples outweigh the others.
"""

from __future__ import annotations

import pandas as pd

__all__ = ["PAIR_SIGNAL", "pair_polarity"]

#: The ``signal`` of a triple whose polarity comes from its pair's cue-signed triples.
PAIR_SIGNAL = "pair"


def pair_polarity(sentiment: pd.Series, signal: pd.Series, keys: pd.DataFrame) -> pd.DataFrame:
    """The polarity of each default-signed triple from its pair's cue-signed triples.

    A triple signed by the default (``signal == "default"``) whose (article,
    source, target) has cue-signed triples that all agree takes their polarity,
    with signal :data:`PAIR_SIGNAL`; pairs whose cues disagree, and the other
    triples, are unchanged. On the development stance gold this raises polarity
    accuracy on matched pairs 0.810 -> 0.838 on the 36 newer-annotator articles
    and 0.833 -> 0.842 on all 92 (triple F1 0.228 -> 0.229 and 0.249 -> 0.249).

    Parameters
    ----------
    sentiment, signal : Series
        The ``sentiment`` and ``signal`` of each triple.
    keys : DataFrame
        ``doc_id``, ``speaker`` and ``target`` of each triple, on the same index.

    Returns
    -------
    pandas.DataFrame
        ``sentiment`` and ``signal``, on the same index.

    Examples
    --------
    >>> import pandas as pd
    >>> keys = pd.DataFrame({"doc_id": ["d"] * 3, "speaker": ["Ada Voss"] * 3,
    ...                      "target": ["Piotr Lind", "Piotr Lind", "Omar Reyes"]})
    >>> out = pair_polarity(pd.Series(["positive", "negative", "negative"]),
    ...                     pd.Series(["cue", "default", "default"]), keys)
    >>> out.values.tolist()
    [['positive', 'cue'], ['positive', 'pair'], ['negative', 'default']]
    """
    out = pd.DataFrame({"sentiment": sentiment, "signal": signal})
    if out.empty:
        return out
    pair = list(zip(keys["doc_id"], keys["speaker"], keys["target"], strict=True))
    signed: dict[tuple, set[str]] = {}
    for key, pol, sig in zip(pair, out["sentiment"], out["signal"], strict=True):
        if sig == "cue":
            signed.setdefault(key, set()).add(pol)
    polarity, source = out["sentiment"].tolist(), out["signal"].tolist()
    for k, key in enumerate(pair):
        cues = signed.get(key)
        if source[k] == "default" and cues is not None and len(cues) == 1:
            polarity[k], source[k] = next(iter(cues)), PAIR_SIGNAL
    out["sentiment"], out["signal"] = polarity, source
    return out
