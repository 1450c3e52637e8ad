"""SHA-256 checksums: the sample corpus's ``SHA256SUMS`` and downloaded archives."""

from __future__ import annotations

import hashlib
from pathlib import Path

from . import config

__all__ = ["sha256_file", "write_sha256sums", "verify_sha256sums"]


def sha256_file(path: str | Path) -> str:
    """Hex SHA-256 of a file, read in 1 MB blocks."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _files(folder: Path) -> list[Path]:
    return sorted(
        p
        for p in folder.rglob("*")
        if p.is_file()
        and p.name != "SHA256SUMS"
        and not any(part.startswith(".") for part in p.relative_to(folder).parts)
    )


def write_sha256sums(folder: str | Path | None = None) -> Path:
    """Write ``SHA256SUMS`` (``sha256sum`` format) for every file under *folder*."""
    folder = Path(folder) if folder else config.SAMPLE_DIR
    lines = [f"{sha256_file(p)}  {p.relative_to(folder).as_posix()}" for p in _files(folder)]
    out = folder / "SHA256SUMS"
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out


def verify_sha256sums(folder: str | Path | None = None) -> list[str]:
    """Problems found when checking *folder* against its ``SHA256SUMS`` (empty list: all good).

    Examples
    --------
    >>> verify_sha256sums()
    []
    """
    folder = Path(folder) if folder else config.SAMPLE_DIR
    sums = folder / "SHA256SUMS"
    if not sums.exists():
        return [f"{sums} is missing"]
    problems = []
    listed = set()
    for line in sums.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        digest, name = line.split(maxsplit=1)
        name = name.lstrip("*")
        listed.add(name)
        path = folder / name
        if not path.exists():
            problems.append(f"{name}: listed in SHA256SUMS but missing")
        elif sha256_file(path) != digest:
            problems.append(f"{name}: checksum differs from SHA256SUMS (the file was changed)")
    for path in _files(folder):
        rel = path.relative_to(folder).as_posix()
        if rel not in listed:
            problems.append(f"{rel}: not listed in SHA256SUMS")
    return problems
