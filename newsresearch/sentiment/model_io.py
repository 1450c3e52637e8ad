"""Saving and loading target-sentiment models: JSON + ``.npz``, never pickle.

A model is two files: ``<name>.json.gz`` (parameters, classes, vocabulary,
metadata) and ``<name>.npz`` (IDF weights, coefficients, intercepts). Neither
can run code when loaded. :func:`load_model` reads the shipped model
(:data:`MODEL_NAME` in ``newsresearch/data``) once per process.
"""

from __future__ import annotations

import gzip
import io
import json
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.utils.validation import check_is_fitted

from .estimator import TargetSentimentClassifier
from .features import BLOCKS

__all__ = ["FORMAT", "MODEL_NAME", "load_model", "read_model", "save_model"]

#: Base name of the shipped model files in ``newsresearch/data``.
MODEL_NAME = "target_sentiment"
#: The ``format`` field of a model's JSON.
FORMAT = "newsresearch.TargetSentimentClassifier"
FORMAT_VERSION = 1


def _model_base(path: str | Path) -> Path:
    """*path* without the model suffixes (``.json.gz``, ``.json``, ``.npz``)."""
    path = Path(path)
    name = path.name
    for suffix in (".gz", ".json", ".npz"):
        name = name.removesuffix(suffix)
    return path.with_name(name)


def _read_model_json(base: Path) -> dict[str, Any]:
    packed = base.with_name(base.name + ".json.gz")
    if packed.exists():
        return json.loads(gzip.decompress(packed.read_bytes()).decode("utf-8"))
    plain = base.with_name(base.name + ".json")
    if not plain.exists():
        raise FileNotFoundError(f"no model at {packed} or {plain}; train one with save()")
    return json.loads(plain.read_text(encoding="utf-8"))


def save_model(
    model: TargetSentimentClassifier, path: str | Path, *, metadata: dict[str, Any] | None = None
) -> tuple[Path, Path]:
    """Write ``<path>.json.gz`` and ``<path>.npz``; returns both paths.

    The gzip stream has no time stamp, so the same model always gives the same
    bytes. :meth:`TargetSentimentClassifier.save` calls this.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> [p.name for p in save_model(load_model(), folder / "copy")]
    ['copy.json.gz', 'copy.npz']
    """
    check_is_fitted(model, "coef_")
    base = _model_base(path)
    meta = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "params": {
            k: (list(v) if isinstance(v, tuple) else v) for k, v in model.get_params().items()
        },
        "classes": [str(c) for c in model.classes_],
        "blocks": list(BLOCKS),
        "vocabulary": {
            block: sorted(model.vocabulary_[block], key=model.vocabulary_[block].get)
            for block in BLOCKS
        },
        "metadata": metadata or {},
    }
    json_path = base.with_name(base.name + ".json.gz")
    npz_path = base.with_name(base.name + ".npz")
    data = json.dumps(meta, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    with json_path.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as fh:
        fh.write(data)
    np.savez_compressed(
        npz_path,
        idf=model.idf_.astype(np.float32),
        coef=model.coef_.astype(np.float32),
        intercept=model.intercept_.astype(np.float64),
    )
    return json_path, npz_path


def read_model(
    path: str | Path, cls: type[TargetSentimentClassifier] = TargetSentimentClassifier
) -> TargetSentimentClassifier:
    """Read a model written by :func:`save_model` (*path* with or without suffix).

    The parameters file may be ``.json.gz`` or plain ``.json``.
    :meth:`TargetSentimentClassifier.load` calls this.
    """
    base = _model_base(path)
    npz_path = base.with_name(base.name + ".npz")
    meta = _read_model_json(base)
    return _from_parts(cls, meta, np.load(npz_path, allow_pickle=False), str(base))


def _from_parts(
    cls: type[TargetSentimentClassifier], meta: dict[str, Any], arrays: Any, where: str
) -> TargetSentimentClassifier:
    if meta.get("format") != FORMAT:
        raise ValueError(f"{where}: not a TargetSentimentClassifier model file")
    if meta.get("blocks") != list(BLOCKS):
        raise ValueError(
            f"{where}: model blocks {meta.get('blocks')} do not match this version's {list(BLOCKS)}"
        )
    params = dict(meta["params"])
    if params.get("char_ngrams") is not None:
        params["char_ngrams"] = tuple(params["char_ngrams"])
    model = cls(**params)
    offset = 0
    model.vocabulary_ = {}
    for block in BLOCKS:
        words = meta["vocabulary"][block]
        model.vocabulary_[block] = {w: offset + i for i, w in enumerate(words)}
        offset += len(words)
    model.idf_ = arrays["idf"].astype(float)
    model.coef_ = arrays["coef"].astype(float)
    model.intercept_ = arrays["intercept"].astype(float)
    model.classes_ = np.asarray(meta["classes"], dtype=object)
    model.n_features_in_ = 3
    model.metadata_ = meta.get("metadata", {})
    if model.coef_.shape[1] != offset or len(model.idf_) != offset:
        raise ValueError(f"{where}: vocabulary and arrays disagree ({offset} features)")
    model._set_blocks()
    return model


@lru_cache(maxsize=1)
def load_model() -> TargetSentimentClassifier:
    """The shipped target-sentiment model (read on first use, then kept; treat it as read-only).

    Trained by ``scripts/train_target_sentiment.py`` on the NewsMTSC training
    set; see ``newsresearch/data/target_sentiment_model_card.md``.

    Examples
    --------
    >>> load_model().classes_.tolist()
    ['negative', 'neutral', 'positive']
    """
    folder = files("newsresearch").joinpath("data")
    with folder.joinpath(f"{MODEL_NAME}.json.gz").open("rb") as fh:
        meta = json.loads(gzip.decompress(fh.read()).decode("utf-8"))
    with folder.joinpath(f"{MODEL_NAME}.npz").open("rb") as fh:
        arrays = dict(np.load(io.BytesIO(fh.read()), allow_pickle=False))
    return _from_parts(TargetSentimentClassifier, meta, arrays, f"newsresearch/data/{MODEL_NAME}")
