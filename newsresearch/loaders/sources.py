"""Where input files come from: a file, a folder, a glob, or an archive read in place.

Every input becomes a :class:`RawFile` (a display name and its bytes). Archives
(``.tar.gz``, ``.tgz``, ``.tar``, ``.zip``) are streamed member by member and
never extracted to disk.
"""

from __future__ import annotations

import glob as _glob
import tarfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

#: Extensions read as articles; everything else in a folder or archive is skipped.
ARTICLE_EXTENSIONS = {
    ".json",
    ".jsonl",
    ".ndjson",
    ".csv",
    ".tsv",
    ".txt",
    ".html",
    ".htm",
    ".parquet",
}
ARCHIVE_SUFFIXES = (".tar.gz", ".tgz", ".tar", ".zip")


@dataclass(frozen=True)
class RawFile:
    """One input file: ``name`` is what the load report shows."""

    name: str
    data: bytes
    error: str | None = None

    @property
    def basename(self) -> str:
        return self.name.rsplit("::", 1)[-1].replace("\\", "/").rsplit("/", 1)[-1]

    @property
    def suffix(self) -> str:
        base = self.basename
        return base[base.rfind(".") :].lower() if "." in base.lstrip(".") else ""

    @property
    def stem(self) -> str:
        base = self.basename
        return base[: base.rfind(".")] if "." in base.lstrip(".") else base


def is_archive(path: str | Path) -> bool:
    return str(path).lower().endswith(ARCHIVE_SUFFIXES)


def _wanted(name: str) -> bool:
    parts = name.split("/")
    if any(part.startswith((".", "__MACOSX")) for part in parts):
        return False
    base = parts[-1]
    return "." in base and base[base.rfind(".") :].lower() in ARTICLE_EXTENSIONS


def expand(source: str | Path, skipped: list[str]) -> list[Path]:
    """Resolve *source* (file, folder or glob) into a sorted list of paths.

    Files in folders whose extension is not an article format are appended to
    *skipped*. A path that does not exist raises ``FileNotFoundError``.
    """
    text = str(source)
    path = Path(text).expanduser()
    if path.is_file():
        return [path]
    if path.is_dir():
        found = []
        for p in sorted(path.rglob("*")):
            if not p.is_file():
                continue
            rel = p.relative_to(path).as_posix()
            if _wanted(rel) or is_archive(p):
                found.append(p)
            else:
                skipped.append(str(p))
        return found
    if any(ch in text for ch in "*?["):
        matches = sorted(Path(m) for m in _glob.glob(text, recursive=True))
        files = [m for m in matches if m.is_file()]
        if files:
            return files
        raise FileNotFoundError(f"the pattern {text!r} matches no files")
    raise FileNotFoundError(
        f"{text!r} is not a file, folder, glob or archive; "
        "pass a path to your corpus or 'sample' for the bundled sample corpus"
    )


def iter_archive(path: Path, skipped: list[str]) -> Iterator[RawFile]:
    """Stream the members of a tar or zip archive without extracting them."""
    if str(path).lower().endswith(".zip"):
        with zipfile.ZipFile(path) as zf:
            for info in sorted(zf.infolist(), key=lambda i: i.filename):
                if info.is_dir():
                    continue
                name = f"{path}::{info.filename}"
                if not _wanted(info.filename):
                    skipped.append(name)
                    continue
                yield RawFile(name, zf.read(info))
        return
    mode = "r|gz" if str(path).lower().endswith((".gz", ".tgz")) else "r|"
    try:
        with tarfile.open(path, mode=mode) as tf:
            for member in tf:
                if not member.isfile():
                    continue
                name = f"{path}::{member.name}"
                if not _wanted(member.name):
                    skipped.append(name)
                    continue
                handle = tf.extractfile(member)
                yield RawFile(name, handle.read() if handle else b"")
    except (tarfile.TarError, OSError, EOFError) as exc:
        yield RawFile(str(path), b"", error=f"archive is damaged or truncated ({exc})")


def iter_files(paths: list[Path], skipped: list[str]) -> Iterator[RawFile]:
    """Yield every article file, descending into archives."""
    for path in paths:
        if is_archive(path):
            yield from iter_archive(path, skipped)
            continue
        try:
            yield RawFile(str(path), path.read_bytes())
        except OSError as exc:
            yield RawFile(str(path), b"", error=f"cannot read the file ({exc})")
