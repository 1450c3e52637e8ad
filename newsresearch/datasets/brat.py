"""brat standoff attribution annotations (PolNeAR layout): :func:`read_brat`, :func:`read_brat_folder`.

``T`` lines are spans (``Type start end[;start end]<TAB>text``); ``E`` lines tie
an ``Attribution`` trigger to ``Source``, ``Cue`` and ``Content`` roles; ``A``
lines are attributes (``Kind E1 Direct`` or binary ``Anonymous E1``); ``#``
AnnotatorNotes on the Source give the speaker's canonical name.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "BratAttribution",
    "BratSpan",
    "annotation_files",
    "read_brat",
    "read_brat_folder",
]

#: Folders beside a folder of texts where their ``.ann`` files may be.
ANNOTATION_FOLDERS = ("attributions", "ann", "annotations")


@dataclass(frozen=True)
class BratSpan:
    """A text-bound annotation: its type, character spans (several when discontinuous) and text."""

    id: str
    type: str
    spans: tuple[tuple[int, int], ...]
    text: str


@dataclass(frozen=True)
class BratAttribution:
    """One attribution event with its roles, attributes and the speaker note."""

    id: str
    cue: BratSpan | None
    source: BratSpan | None
    content: BratSpan | None
    attributes: dict[str, str]
    speaker: str | None


class _Standoff:
    """The spans, events, attributes and notes of one ``.ann`` file, by identifier."""

    def __init__(self) -> None:
        self.spans: dict[str, BratSpan] = {}
        self.events: dict[str, dict[str, str]] = {}
        self.attributes: dict[str, dict[str, str]] = {}
        self.notes: dict[str, str] = {}

    def add(self, fields: list[str]) -> None:
        ident = fields[0]
        if ident.startswith("T"):
            kind, _, offsets = fields[1].partition(" ")
            pieces = tuple(
                (int(a), int(b)) for a, b in (part.split() for part in offsets.split(";"))
            )
            self.spans[ident] = BratSpan(ident, kind, pieces, fields[2] if len(fields) > 2 else "")
        elif ident.startswith("E"):
            self.events[ident] = dict(arg.split(":", 1) for arg in fields[1].split())
        elif ident.startswith("A"):
            parts = fields[1].split()
            value = parts[2] if len(parts) > 2 else "true"
            self.attributes.setdefault(parts[1], {})[parts[0]] = value
        elif ident.startswith("#"):
            self.notes[fields[1].split()[1]] = fields[2] if len(fields) > 2 else ""


def read_brat(path: str | Path) -> list[BratAttribution]:
    """Read attributions from a brat standoff ``.ann`` file (PolNeAR layout).

    Raises
    ------
    ValueError
        On a malformed line or an event that refers to an unknown span.

    Examples
    --------
    >>> from newsresearch import config
    >>> ann = next((config.SAMPLE_DIR / "gold" / "attribution").glob("*.ann"))
    >>> all(a.cue is not None for a in read_brat(ann))
    True
    """
    path = Path(path)
    ann = _Standoff()
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            ann.add(line.split("\t"))
        except (IndexError, ValueError) as exc:
            raise ValueError(f"{path}, line {n}: malformed brat line {line!r} ({exc})") from exc

    def role(event: str, name: str) -> BratSpan | None:
        key = ann.events[event].get(name)
        if key is not None and key not in ann.spans:
            raise ValueError(f"{path}: event {event} refers to unknown span {key}")
        return ann.spans.get(key) if key else None

    out = []
    for ident in ann.events:
        source = role(ident, "Source")
        out.append(
            BratAttribution(
                ident,
                role(ident, "Cue"),
                source,
                role(ident, "Content"),
                ann.attributes.get(ident, {}),
                ann.notes.get(source.id) if source else None,
            )
        )
    return out


def annotation_files(folder: str | Path) -> dict[str, tuple[Path, dict[str, Path]]]:
    """Every annotated text of a folder: ``{name: (text_path, {annotator: ann_path})}``.

    Files are ``<name>.txt`` with ``<name>.ann`` (annotator ``""``) or
    ``<name>_<annotator>.ann`` beside it, or in a parallel ``attributions/``
    (``ann/``, ``annotations/``) folder. Texts without annotations are left out.

    Raises
    ------
    FileNotFoundError
        When *folder* is not a folder.

    Examples
    --------
    >>> from newsresearch import config
    >>> files = annotation_files(config.SAMPLE_DIR / "gold" / "attribution")
    >>> len(files) >= 25
    True
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise FileNotFoundError(f"{folder} is not a folder of brat .txt/.ann files")
    out = {}
    for txt in sorted(folder.rglob("*.txt")):
        name = txt.stem
        candidates = sorted(txt.parent.glob(f"{name}*.ann"))
        for extra in ANNOTATION_FOLDERS:
            candidates += sorted((txt.parent.parent / extra).glob(f"{name}*.ann"))
        found: dict[str, Path] = {}
        for c in candidates:
            if c.stem == name or c.stem.startswith(name + "_"):
                found.setdefault(c.stem[len(name) + 1 :], c)
        if found:
            out[name] = (txt, found)
    return out


def read_brat_folder(
    folder: str | Path, *, annotator: str | None = None
) -> dict[str, tuple[str, list[BratAttribution]]]:
    """Read a folder of brat standoff attribution annotations: ``{name: (text, attributions)}``.

    Accepts ``<name>.txt`` with one or more ``<name>.ann`` / ``<name>_<annotator>.ann``
    files beside it or in a parallel ``attributions/`` (or ``ann/``, ``annotations/``)
    folder (see :func:`annotation_files`). When several annotators' files exist
    for one text, the annotator first in sorted order is used, unless *annotator*
    is given: then only the texts that annotator annotated are read.

    Raises
    ------
    FileNotFoundError
        When *folder* is not a folder.
    ValueError
        When it holds no text with annotations (by *annotator*), or an ``.ann``
        file is malformed.

    Examples
    --------
    >>> from newsresearch import config
    >>> gold = read_brat_folder(config.SAMPLE_DIR / "gold" / "attribution")
    >>> len(gold) >= 25
    True
    """
    files = annotation_files(folder)
    wanted = [a.strip() for a in annotator.split(",") if a.strip()] if annotator else []
    out = {}
    for name, (txt, by_annotator) in files.items():
        chosen = next((a for a in wanted if a in by_annotator), None)
        if wanted and chosen is None:
            continue
        path = by_annotator[chosen if chosen is not None else min(by_annotator)]
        out[name] = (txt.read_text(encoding="utf-8"), read_brat(path))
    if not out:
        if annotator is not None:
            known = sorted({a for _, found in files.values() for a in found})
            raise ValueError(
                f"no <name>_<annotator>.ann for {wanted} found under {folder}; "
                f"annotators there: {known}"
            )
        raise ValueError(f"no <name>.txt with a matching <name>*.ann found under {folder}")
    return out
