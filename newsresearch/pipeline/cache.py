"""The content-addressed feature cache: analysis keys, document keys and cached segments.

An analysis' key hashes the package version, the source of every ``.py`` file
of the packages it runs, the versions of the libraries it relies on, its
options (a user's file by content) and the content of the package data files
it reads. A document's key hashes its ``doc_id`` and text. Rows are cached per
(analysis key, segment of documents) as LZ4-compressed Arrow IPC files.

Examples
--------
>>> info = analysis_keys(["attributions"])["attributions"]
>>> "reporting_verbs.csv" in info["data"], "frames_generic.yaml" in info["data"]
(True, False)
>>> len(info["key"])
64
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from importlib.metadata import PackageNotFoundError, version
from importlib.resources import files
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from .registry import Analysis, options_for, resolve_analyses

__all__ = ["AnalysisCache", "analysis_keys", "doc_keys", "key_material"]

#: The cache folder layout version (part of every cached path).
CACHE_LAYOUT = "v1"
#: The column holding each row's document key in cached and in-flight tables.
KEY_COLUMN = "_key"
#: Cached segments of one analysis kept in memory while merging (per table).
SEGMENTS_IN_MEMORY = 4
_DOC_KEY_BATCH = 5_000


def sha256(data: bytes) -> str:
    """The SHA-256 hex digest of *data*."""
    return hashlib.sha256(data).hexdigest()


def _package_dir() -> Path:
    return Path(str(files("newsresearch")))


def _data_dir() -> Path:
    """The package data folder (``newsresearch/data``); tests point it elsewhere."""
    return _package_dir() / "data"


def source_digest(package: str) -> str:
    """SHA-256 of the source of a ``newsresearch`` package (every ``.py`` file, by path) or module.

    Examples
    --------
    >>> len(source_digest("text")) == len(source_digest("actors")) == 64
    True
    """
    root = _package_dir()
    folder = root / package
    paths = sorted(folder.rglob("*.py")) if folder.is_dir() else [root / f"{package}.py"]
    if not paths or not paths[0].is_file():
        raise FileNotFoundError(f"newsresearch has no package or module {package!r}")
    h = hashlib.sha256()
    for path in paths:
        h.update(path.relative_to(root).as_posix().encode("utf-8") + b"\x00")
        h.update(path.read_bytes() + b"\x00")
    return h.hexdigest()


def _data_digests(analysis: Analysis, options: Mapping[str, Any]) -> dict[str, str]:
    """Package data files the analysis reads -> SHA-256 of their content."""
    folder = _data_dir()
    out = {}
    for name in analysis.data_files(options):
        path = folder / name
        if not path.is_file():
            raise FileNotFoundError(
                f"analysis {analysis.name!r} declares the data file {path}, which does not "
                "exist; update its data list in newsresearch/pipeline/registry.py"
            )
        out[name] = sha256(path.read_bytes())
    return out


def _library_version(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        return "not installed"


def _canonical_options(analysis: Analysis, options: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in sorted(options.items()):
        if isinstance(value, Path) or (
            key in ("scheme", "method", "actors")
            and isinstance(value, str)
            and Path(value).is_file()
        ):
            out[key] = {"file": Path(value).name, "sha256": sha256(Path(value).read_bytes())}
        elif isinstance(value, str | int | float | bool) or value is None:
            out[key] = value
        else:
            raise TypeError(
                f"option {key}={value!r} of analysis {analysis.name!r} cannot be part of a cache "
                "key; pass a name, a number or a file path"
            )
    return out


def key_material(analysis: Analysis, options: Mapping[str, Any]) -> dict[str, Any]:
    """What the cache key of *analysis* with *options* hashes, and the key itself."""
    from .. import __version__

    material = {
        "analysis": analysis.name,
        "package": __version__,
        "code": {p: source_digest(p) for p in analysis.packages},
        "libraries": {lib: _library_version(lib) for lib in analysis.libraries},
        "options": _canonical_options(analysis, options),
        "data": _data_digests(analysis, options),
    }
    key = sha256(json.dumps(material, sort_keys=True).encode("utf-8"))
    return {"key": key, **material}


def analysis_keys(
    analyses: Sequence[str] | str | None = None, *, options: Mapping[str, Mapping] | None = None
) -> dict[str, dict[str, Any]]:
    """What goes into each analysis' cache key, and the key itself.

    Parameters
    ----------
    analyses : sequence of str, optional
        Analysis names (default: :data:`~newsresearch.pipeline.DEFAULT_ANALYSES`).
    options : mapping, optional
        Per-analysis options, as for :func:`~newsresearch.pipeline.extract`.

    Returns
    -------
    dict
        Analysis name -> ``{"key": hex digest, "analysis", "package", "code",
        "libraries", "options", "data"}``: ``code`` maps each package to the
        digest of its source, ``data`` each package data file the analysis
        reads to its SHA-256.

    Examples
    --------
    >>> keys = analysis_keys(["frames"], options={"frames": {"scheme": "policy"}})
    >>> list(keys["frames"]["data"])
    ['frames_policy.yaml']
    """
    return {a.name: key_material(a, options_for(a, options)) for a in resolve_analyses(analyses)}


def doc_keys(doc_ids: Sequence[str], texts: Any) -> list[str]:
    """Content hash of each document: BLAKE2b of its doc_id and text.

    *texts* is sliced (``texts[lo:hi]``) a batch at a time.
    """
    out = []
    for lo in range(0, len(doc_ids), _DOC_KEY_BATCH):
        batch = texts[lo : lo + _DOC_KEY_BATCH]
        for doc_id, text in zip(doc_ids[lo : lo + _DOC_KEY_BATCH], batch, strict=True):
            h = hashlib.blake2b(doc_id.encode("utf-8"), digest_size=16)
            h.update(b"\x00")
            h.update(b"\x01" if text is None else text.encode("utf-8", "surrogatepass"))
            out.append(h.hexdigest())
    return out


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write *data* to *path* through a temporary file, so readers never see half of it."""
    tmp = path.with_name(f"{path.name}.tmp-{os.getpid()}")
    tmp.write_bytes(data)
    os.replace(tmp, path)


class AnalysisCache:
    """Cached rows of one analysis under one key: segments of documents.

    Layout: ``<root>/v1/<analysis>/<key[:24]>/`` holds ``key.json`` (what the key
    hashes), and per segment ``<segment>.keys`` (the document hashes it covers,
    written last, so it marks a complete segment) and ``<segment>.<table>.arrow``
    (rows, with a ``_key`` column, as an LZ4-compressed Arrow IPC file, which
    reads several times faster than Parquet; absent when the segment has no rows).
    """

    def __init__(self, root: Path, analysis: Analysis, material: Mapping[str, Any]):
        self.analysis = analysis
        self.dir = root / CACHE_LAYOUT / analysis.name / material["key"][:24]
        self.dir.mkdir(parents=True, exist_ok=True)
        info = self.dir / "key.json"
        if not info.exists():
            atomic_write_bytes(info, json.dumps(dict(material), indent=2, sort_keys=True).encode())
        self.index: dict[str, str] = {}
        self.sizes: dict[str, int] = {}  # segment -> documents it covers
        for path in sorted(self.dir.glob("*.keys")):
            segment = path.name[: -len(".keys")]
            members = path.read_text(encoding="ascii").split()
            self.sizes[segment] = len(members)
            for doc_key in members:
                self.index.setdefault(doc_key, segment)
        self._loaded: OrderedDict[tuple[str, str], pa.Table | None] = OrderedDict()

    def __contains__(self, doc_key: str) -> bool:
        return doc_key in self.index

    def write(self, doc_keys: list[str], tables: Mapping[str, pa.Table]) -> None:
        """Store the rows computed for *doc_keys* (one new segment)."""
        segment = sha256("\n".join(doc_keys).encode("ascii"))[:24]
        for name in self.analysis.tables:
            table = tables.get(name)
            if table is not None and table.num_rows:
                target = self.dir / f"{segment}.{name}.arrow"
                tmp = target.with_name(f"{target.name}.tmp-{os.getpid()}")
                options = pa.ipc.IpcWriteOptions(compression="lz4")
                with pa.ipc.new_file(tmp, table.schema, options=options) as writer:
                    writer.write_table(table)
                os.replace(tmp, target)
        atomic_write_bytes(self.dir / f"{segment}.keys", "\n".join(doc_keys).encode("ascii"))
        self.sizes[segment] = len(doc_keys)
        for doc_key in doc_keys:
            self.index.setdefault(doc_key, segment)

    def _segment(self, segment: str, name: str) -> pa.Table | None:
        slot = (segment, name)
        if slot in self._loaded:
            self._loaded.move_to_end(slot)
            return self._loaded[slot]
        path = self.dir / f"{segment}.{name}.arrow"
        table = None
        if path.exists():
            try:
                with pa.OSFile(str(path), "rb") as source:
                    table = pa.ipc.open_file(source).read_all()
            except (OSError, pa.ArrowException) as exc:  # truncated by a full disk, say
                raise RuntimeError(
                    f"the feature cache file {path} is unreadable ({exc}); delete the folder "
                    f"{self.dir} (or the whole cache) and run again to recompute it"
                ) from exc
        self._loaded[slot] = table
        while len(self._loaded) > SEGMENTS_IN_MEMORY * len(self.analysis.tables):
            self._loaded.popitem(last=False)
        return table

    def read(self, name: str, doc_keys: Sequence[str]) -> list[pa.Table]:
        """Rows of table *name* for these documents (in segment order)."""
        by_segment: dict[str, list[str]] = {}
        for doc_key in doc_keys:
            by_segment.setdefault(self.index[doc_key], []).append(doc_key)
        out = []
        for segment, wanted in by_segment.items():
            table = self._segment(segment, name)
            if table is None:
                continue
            if len(set(wanted)) == self.sizes[segment]:  # the whole segment
                out.append(table)
                continue
            mask = pc.is_in(table.column(KEY_COLUMN), value_set=pa.array(wanted, pa.string()))
            rows = table.filter(mask)
            if rows.num_rows:
                out.append(rows)
        return out
