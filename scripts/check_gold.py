"""Check hand-written gold files before they are used (reads gold only, never runs an extractor).

Usage (from the project root)::

    .venv/bin/python scripts/check_gold.py attribution data/gold/attribution/dev/X_a1.ann [...]
    .venv/bin/python scripts/check_gold.py frames data/gold/frames/coder_a.csv

Attribution (brat standoff next to ``X.txt``): every ``T`` span's text equals the slice of the
text at its offsets (newlines written as spaces), every event has a Cue and a Content, the roles
point at spans of the right type, and ``Kind``/``Type``/``Stance`` values are known.
Frames: one row per article of the manifest at most, 0/1 cells, a dominant frame that is present.
Prints one line per problem and exits 1 when there is any.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsresearch.datasets.brat import read_brat  # noqa: E402

KINDS = {"Direct", "Indirect", "Mixed", "AccordingTo"}
TYPES = {"Speech", "Thought", "Evidence", "Act"}
STANCES = {"Neutral", "Assertive", "Denial", "Accusation", "Concession", "Question", "Other"}
FRAMES = ("conflict", "human_interest", "economic", "morality", "responsibility")


def check_ann(path: Path) -> list[str]:
    name = path.name.split("_")[0].removesuffix(".ann")
    text = (path.parent / f"{name}.txt").read_text(encoding="utf-8")
    problems = []
    try:
        atts = read_brat(path)
    except ValueError as exc:
        return [str(exc)]
    for att in atts:
        for role, span in (("Cue", att.cue), ("Source", att.source), ("Content", att.content)):
            if span is None:
                if role != "Source":
                    problems.append(f"{path.name} {att.id}: no {role}")
                continue
            if span.type != role:
                problems.append(f"{path.name} {att.id}: {role} role points at a {span.type} span")
            written = " ".join(text[a:b] for a, b in span.spans).replace("\n", " ")
            if written != span.text.replace("\n", " "):
                problems.append(
                    f"{path.name} {span.id}: text {span.text!r} but offsets give {written!r}"
                )
            if any(not 0 <= a < b <= len(text) for a, b in span.spans):
                problems.append(f"{path.name} {span.id}: offsets out of range")
        for attr, allowed in (("Kind", KINDS), ("Type", TYPES), ("Stance", STANCES)):
            value = att.attributes.get(attr)
            if value is None:
                problems.append(f"{path.name} {att.id}: no {attr}")
            elif value not in allowed:
                problems.append(f"{path.name} {att.id}: {attr} {value!r} not in {sorted(allowed)}")
        if att.source is not None and not att.speaker:
            problems.append(f"{path.name} {att.id}: source without a speaker note")
    return problems


def check_frames(path: Path) -> list[str]:
    problems = []
    with open(path, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    seen = set()
    for n, row in enumerate(rows, start=2):
        doc = row.get("doc_id", "")
        if doc in seen:
            problems.append(f"{path.name}:{n}: {doc} coded twice")
        seen.add(doc)
        for frame in FRAMES:
            if row.get(frame) not in {"0", "1"}:
                problems.append(f"{path.name}:{n}: {frame} is {row.get(frame)!r}, not 0 or 1")
        dominant = row.get("dominant", "")
        if dominant not in {*FRAMES, "none"}:
            problems.append(f"{path.name}:{n}: dominant {dominant!r} unknown")
        elif dominant != "none" and row.get(dominant) != "1":
            problems.append(f"{path.name}:{n}: dominant {dominant} is not marked present")
        elif dominant == "none" and any(row.get(f) == "1" for f in FRAMES):
            problems.append(f"{path.name}:{n}: dominant 'none' but a frame is present")
    return problems


def main(argv: list[str]) -> int:
    if len(argv) < 2 or argv[0] not in {"attribution", "frames"}:
        print(__doc__)
        return 2
    check = check_ann if argv[0] == "attribution" else check_frames
    problems = [p for arg in argv[1:] for p in check(Path(arg))]
    for p in problems:
        print(p)
    print(f"{len(argv) - 1} file(s), {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
