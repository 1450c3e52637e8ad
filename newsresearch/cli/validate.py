"""``validate sample``, ``validate agreement`` and ``export``: a validation study from the shell.

::

    newsresearch extract sample --out features/
    newsresearch validate sample features/frames.parquet --corpus sample \\
        --answer present_conflict --coders ana,ben --out study/
    # ... the coders fill study/sheet-ana.xlsx and study/sheet-ben.xlsx ...
    newsresearch validate agreement study/sheet-*.xlsx --sample study/sample.csv \\
        --features features/frames.parquet --corpus sample --out study/results/
    newsresearch export features/frames.parquet --table frames --out frames.dta
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from .status import EXIT_OK, bad_input

__all__ = ["add_parsers"]


def add_parsers(sub: Any) -> None:
    """Add ``validate`` (``sample``, ``agreement``) and ``export``."""
    p = sub.add_parser(
        "validate",
        help="validation studies: coding sheets, agreement, corrected estimates",
        description="Draw a validation sample and write coding sheets; read filled sheets back "
        "and report agreement, accuracy and corrected prevalence.",
    )
    steps = p.add_subparsers(dest="step", required=True)
    s = steps.add_parser("sample", help="draw a stratified sample and write coding sheets")
    s.add_argument("features", help="a feature table (.parquet from `extract`, or .csv)")
    s.add_argument(
        "--corpus", required=True, help='the corpus: "sample", a file, folder or archive'
    )
    s.add_argument("--answer", required=True, help="the column holding the machine's answer")
    s.add_argument("--out", required=True, help="folder for sample.csv, the sheets, instructions")
    s.add_argument("--codebook", default=None, help="codebook YAML (default: the answers seen)")
    s.add_argument("--n", type=int, default=100, help="units to draw (default: %(default)s)")
    s.add_argument("--by", default="outlet", help='stratum column, or "none" (default: outlet)')
    s.add_argument("--allocation", choices=["proportional", "equal"], default="proportional")
    s.add_argument("--coders", default="coder", help="comma-separated coder names, one sheet each")
    s.add_argument("--format", choices=["xlsx", "csv"], default="xlsx", help="sheet format")
    s.add_argument("--show-machine", action="store_true", help="show the machine's answer")
    s.add_argument("--seed", type=int, default=42)
    s.set_defaults(func=sample)
    a = steps.add_parser("agreement", help="read filled sheets: alpha, P/R/F1, corrected shares")
    a.add_argument("sheets", nargs="+", help="filled coding sheets, one per coder")
    a.add_argument("--sample", required=True, help="sample.csv written by `validate sample`")
    a.add_argument("--codebook", default=None, help="codebook YAML (default: as for the sheets)")
    a.add_argument("--reference", default="majority", help='"majority" or a coder name')
    a.add_argument("--allow-blank", action="store_true", help="accept uncoded units")
    a.add_argument("--features", default=None, help="the full feature table, for corrected shares")
    a.add_argument("--corpus", default=None, help="its corpus (for the group column)")
    a.add_argument("--by", default="outlet", help="group column for the shares")
    a.add_argument("--positive", default="yes", help="the category whose share is estimated")
    a.add_argument("--out", default=None, help="folder for Markdown and LaTeX tables")
    a.add_argument("--seed", type=int, default=42)
    a.set_defaults(func=agreement)
    e = sub.add_parser(
        "export",
        help="write a feature table as CSV, Parquet or Stata .dta, with a codebook",
        description="Write a feature table as CSV, Parquet or Stata (.dta, by the suffix of "
        "--out) and a codebook (<out>.codebook.md and .csv) describing every column.",
    )
    e.add_argument("features", help="a feature table (.parquet from `extract`)")
    e.add_argument("--table", required=True, help="which table it is (frames, attributions, ...)")
    e.add_argument("--out", required=True, help="the file to write: .csv, .parquet or .dta")
    e.add_argument("--corpus", default=None, help="join corpus columns (see --join)")
    e.add_argument("--join", default="outlet,leaning,published", help="corpus columns to join")
    e.add_argument("--scheme", default=None, help="frame scheme the table was made with")
    e.set_defaults(func=export)


def _read_table(path: str) -> Any:
    import pandas as pd

    p = Path(path)
    if not p.exists():
        raise FileNotFoundError(f"feature table {p} does not exist; write it with `extract`")
    if p.suffix == ".parquet":
        return pd.read_parquet(p)
    if p.suffix == ".csv":
        return pd.read_csv(p)
    raise ValueError(
        f"feature table suffix {p.suffix!r} is invalid; valid values are ['.csv', '.parquet']"
    )


def _codebook(path: str | None, sample_table: Any) -> Any:
    from ..validation import Codebook

    return Codebook.from_yaml(path) if path else Codebook.for_sample(sample_table)


def sample(args: argparse.Namespace) -> int:
    """Draw the sample, write sample.csv, one sheet per coder and the instructions."""
    from ..loaders import load_corpus
    from ..validation import draw_sample, save_sample, write_instructions, write_sheet

    try:
        table = _read_table(args.features)
        corpus = load_corpus(args.corpus, progress=False)
        drawn = draw_sample(
            table,
            corpus=corpus,
            answer=args.answer,
            n=args.n,
            by=None if args.by == "none" else args.by,
            allocation=args.allocation,
            random_state=args.seed,
        )
        book = _codebook(args.codebook, drawn)
    except (FileNotFoundError, ValueError, KeyError) as exc:
        return bad_input(exc)
    out = Path(args.out)
    save_sample(drawn, out / "sample.csv")
    for coder in [c.strip() for c in args.coders.split(",") if c.strip()]:
        path = write_sheet(
            drawn,
            out / f"sheet-{coder}.{args.format}",
            codebook=book,
            coder=coder,
            show_machine=args.show_machine,
        )
        print(f"  sheet for {coder}: {path}")
    write_instructions(book, out / "instructions.html")
    write_instructions(book, out / "instructions.md")
    strata = ", ".join(f"{k} {v}" for k, v in drawn["stratum"].value_counts().sort_index().items())
    print(
        f"{len(drawn)} units drawn ({strata}); key with the machine's answers: {out / 'sample.csv'}"
    )
    print(f"  instructions: {out / 'instructions.html'}; categories: {list(book.categories)}")
    return EXIT_OK


def agreement(args: argparse.Namespace) -> int:
    """Read the sheets; print alpha, accuracy and (with --features) corrected shares."""
    from ..validation import (
        SheetError,
        accuracy,
        corrected_prevalence,
        load_sample,
        methods_tables,
        read_sheets,
        validation_pairs,
    )
    from ..validation import agreement as alpha_table

    try:
        drawn = load_sample(args.sample)
        book = _codebook(args.codebook, drawn)
        codes = read_sheets(args.sheets, sample=drawn, codebook=book, allow_blank=args.allow_blank)
        pairs = validation_pairs(codes, drawn, reference=args.reference)
    except (FileNotFoundError, ValueError, SheetError) as exc:
        return bad_input(exc)
    alpha = alpha_table(
        codes, machine=drawn.set_index("unit_id")["machine"], categories=list(book.categories)
    )
    ev = accuracy(pairs, categories=list(book.categories), random_state=args.seed)
    print(f"Krippendorff's alpha ({len(codes)} units, {codes.shape[1]} coders):")
    print(alpha.to_string(index=False, float_format=lambda v: f"{v:.3f}"))
    print()
    print(ev)
    tables = {"agreement": alpha, "accuracy": ev.table, "confusion": ev.details["confusion"]}
    if args.features:
        try:
            table = _read_table(args.features)
            if args.by not in table.columns:
                if not args.corpus:
                    raise ValueError(
                        f"--by {args.by} is not a column of the features: pass --corpus"
                    )
                from ..loaders import load_corpus

                corpus = load_corpus(args.corpus, progress=False)
                groups = corpus.drop_duplicates("doc_id").set_index("doc_id")[args.by]
                table = table.assign(**{args.by: table["doc_id"].map(groups).to_numpy()})
            shares = corrected_prevalence(
                table,
                pairs,
                column=drawn.attrs.get("answer", ""),
                by=args.by,
                positive=args.positive,
                random_state=args.seed,
            )
        except (FileNotFoundError, ValueError, KeyError) as exc:
            return bad_input(exc)
        print()
        print(
            f"share {args.positive!r} by {args.by}, raw and corrected (Rogan-Gladen, 95 % bootstrap):"
        )
        print(shares.to_string(index=False, float_format=lambda v: f"{v:.3f}"))
        tables["prevalence"] = shares
    if args.out:
        for path in methods_tables(tables, args.out):
            print(f"  wrote {path}")
    return EXIT_OK


def export(args: argparse.Namespace) -> int:
    """Write the table in the format of --out, and its codebook."""
    from ..validation import export_table

    try:
        table = _read_table(args.features)
        if args.corpus:
            from ..loaders import load_corpus

            corpus = load_corpus(args.corpus, progress=False).drop_duplicates("doc_id")
            cols = [
                c.strip()
                for c in args.join.split(",")
                if c.strip() and c.strip() not in table.columns
            ]
            table = table.merge(corpus[["doc_id", *cols]], on="doc_id", how="left")
        options = {"scheme": args.scheme} if args.scheme else {}
        paths = export_table(table, args.out, name=args.table, options=options)
    except (FileNotFoundError, ValueError, KeyError) as exc:
        return bad_input(exc)
    for kind, path in paths.items():
        print(f"  {kind:<13} {path}")
    return EXIT_OK
