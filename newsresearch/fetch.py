"""Download public corpora, verifying their SHA-256 before they are used.

Downloads go to ``<dest>/<name>.part`` and are renamed only when complete and
verified, so an interrupted or corrupted download never looks like a corpus.
"""

from __future__ import annotations

import hashlib
import urllib.request
from dataclasses import dataclass
from pathlib import Path

__all__ = ["DATASETS", "Dataset", "fetch"]


@dataclass(frozen=True)
class Dataset:
    name: str
    url: str
    filename: str
    sha256: str | None
    licence: str
    citation: str
    how_to_load: str


DATASETS: dict[str, Dataset] = {
    "abp": Dataset(
        name="abp",
        url=(
            "https://github.com/ramybaly/Article-Bias-Prediction/archive/"
            "ced8111a720948e6a410e52031ace99c4e53f096.tar.gz"
        ),
        filename="article-bias-prediction.tar.gz",
        # GitHub builds source archives on request and does not promise stable bytes,
        # so no digest is pinned for this URL: pass --sha256 when you have one.
        sha256=None,
        licence="Apache-2.0",
        citation=(
            "Baly et al. (2020), We Can Detect Your Bias: Predicting the Political "
            "Ideology of News Articles, EMNLP"
        ),
        how_to_load='nr.load_corpus("{path}")  # reads the JSON articles inside the archive in place',
    )
}


class FetchError(RuntimeError):
    """The download failed or did not match its checksum."""


def fetch(
    name: str,
    dest: str | Path,
    *,
    url: str | None = None,
    sha256: str | None = None,
    timeout: float = 60.0,
) -> Path:
    """Download dataset *name* into *dest* and verify it.

    Parameters
    ----------
    name : str
        A key of :data:`DATASETS`.
    dest : path
        Folder to write to (created if needed).
    url : str, optional
        Override the download address (a mirror, or a local server in tests).
    sha256 : str, optional
        Expected hex digest; overrides the registry's. When neither is known the
        digest is computed, printed and written beside the file, unverified.

    Returns
    -------
    pathlib.Path
        The verified file.

    Raises
    ------
    FetchError
        On a network error or a checksum mismatch (the partial file is removed).
    """
    if name not in DATASETS:
        raise ValueError(f"dataset {name!r} is invalid; valid values are {sorted(DATASETS)}")
    ds = DATASETS[name]
    folder = Path(dest)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / ds.filename
    part = target.with_name(target.name + ".part")
    expected = (sha256 or ds.sha256 or "").lower() or None
    digest = hashlib.sha256()
    try:
        with (
            urllib.request.urlopen(url or ds.url, timeout=timeout) as response,
            open(part, "wb") as out,
        ):
            for block in iter(lambda: response.read(1 << 20), b""):
                digest.update(block)
                out.write(block)
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise FetchError(
            f"downloading {url or ds.url} failed: {exc}; check the address and your connection"
        ) from exc
    got = digest.hexdigest()
    if expected and got != expected:
        part.unlink(missing_ok=True)
        raise FetchError(
            f"checksum mismatch for {ds.filename}: expected {expected}, got {got}; "
            "the download is corrupt or the file changed upstream, so it was deleted"
        )
    part.replace(target)
    target.with_name(target.name + ".sha256").write_text(
        f"{got}  {target.name}\n", encoding="utf-8"
    )
    return target
