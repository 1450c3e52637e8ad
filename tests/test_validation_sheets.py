"""Validation samples, coding sheets and their round trip to agreement figures with known values."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import newsresearch as nr
from newsresearch.validation import (
    Codebook,
    SheetError,
    accuracy,
    agreement,
    draw_sample,
    read_sheets,
    validation_pairs,
    write_instructions,
    write_sheet,
)
from newsresearch.validation.sample import MAX_TEXT, checksum

# Krippendorff (2011), "Computing Krippendorff's alpha-reliability", the worked example:
# four observers, twelve units, values 1-5, None missing. Nominal alpha = 0.743.
KRIPPENDORFF_2011 = {
    "A": [1, 2, 3, 3, 2, 1, 4, 1, 2, None, None, None],
    "B": [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, None, 3],
    "C": [None, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, None],
    "D": [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, None],
}
FIVE = Codebook("value", "Which value?", {str(i): f"value {i}" for i in range(1, 6)})
YES_NO = Codebook(
    "conflict", "Does the article present a conflict?", {"yes": "two sides clash", "no": ""}
)


def _toy(n: int = 12) -> tuple[pd.DataFrame, pd.DataFrame]:
    """A corpus of n short articles in three outlets and a documents-style feature table."""
    ids = [f"d{i:02d}" for i in range(n)]
    corpus = pd.DataFrame(
        {
            "doc_id": ids,
            "outlet": [f"outlet {i % 3}" for i in range(n)],
            "title": [f"Title {i}" for i in range(n)],
            "text": [f"Article {i} about the council <b>vote</b>." for i in range(n)],
        }
    )
    table = pd.DataFrame(
        {"flag": [i % 2 == 0 for i in range(n)]}, index=pd.Index(ids, name="doc_id")
    )
    return corpus, table


def _fill_csv(path, codes):
    sheet = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    sheet["code"] = ["" if c is None else str(c) for c in codes]
    sheet.to_csv(path, index=False, encoding="utf-8-sig")


def _fill_xlsx(path, codes):
    from openpyxl import load_workbook

    wb = load_workbook(path)
    ws = wb["coding"]
    col = [c.value for c in ws[1]].index("code") + 1
    for row, code in enumerate(codes, start=2):
        ws.cell(row, col, None if code is None else str(code))
    wb.save(path)


def test_sample_is_stratified_seeded_and_carries_what_a_coder_needs():
    corpus, table = _toy(30)
    a = draw_sample(table, corpus=corpus, answer="flag", n=9, random_state=3)
    b = draw_sample(table, corpus=corpus, answer="flag", n=9, random_state=3)
    pd.testing.assert_frame_equal(a, b)
    assert a["stratum"].value_counts().tolist() == [3, 3, 3]
    assert set(a.index) <= set(table.index) and a["unit_id"].tolist() == list(a.index)
    assert set(a["machine"]) <= {"yes", "no"}
    assert a["weight"].tolist() == [10 / 3] * 9
    first = a.iloc[0]
    assert (
        first["text"]
        == corpus.set_index("doc_id").loc[first["doc_id"], "title"]
        + "\n\n"
        + (corpus.set_index("doc_id").loc[first["doc_id"], "text"])
    )
    assert (
        draw_sample(table, corpus=corpus, answer="flag", n=9, random_state=4)["unit_id"].tolist()
        != a["unit_id"].tolist()
    )
    with pytest.raises(ValueError, match="valid values are"):
        draw_sample(table, corpus=corpus, answer="nope")
    with pytest.raises(ValueError, match="neither the table nor the corpus"):
        draw_sample(table, corpus=corpus, answer="flag", by="leaning")


def test_sample_units_of_sentence_and_attribution_tables(sample):
    docs = sample[sample["doc_id"].isin(["cd-001", "cd-002", "hl-001"])]
    sents = nr.sentences(docs)
    s = draw_sample(sents, corpus=docs, answer="paragraph", n=5, by=None)
    text = docs.set_index("doc_id")["text"]
    for row in s.itertuples():
        assert (
            row.text
            == text[row.doc_id][sents.loc[row.Index, "start"] : sents.loc[row.Index, "end"]]
        )
        assert row.unit_id == f"{row.doc_id}:s{sents.loc[row.Index, 'sent_id']}"
    att = nr.attributions(docs)
    s = draw_sample(att, corpus=docs, answer="cue_stance", n=6, allocation="equal")
    for row in s.itertuples():
        a = att.loc[row.Index]
        assert a["cue"] in row.text and row.unit_id == a["attribution_id"]
    actors = nr.actor_sentiment(docs)
    s = draw_sample(actors, corpus=docs, answer="label", n=4)
    assert all(c.startswith("actor: ") for c in s["context"])


def test_long_texts_are_cut_to_fit_a_spreadsheet_cell():
    corpus, table = _toy(3)
    corpus["text"] = "word " * 10_000
    s = draw_sample(table, corpus=corpus, answer="flag", n=3)
    assert s["text"].str.len().max() <= MAX_TEXT and s["text"].str.endswith("[...]").all()


def test_round_trip_reproduces_krippendorffs_published_alpha(tmp_path):
    corpus, table = _toy(12)
    table["value"] = [str(v) for v in KRIPPENDORFF_2011["D"][:11]] + ["3"]  # the machine
    s = draw_sample(table, corpus=corpus, answer="value", n=12, by=None)
    order = [int(u[1:]) for u in s["unit_id"]]
    paths = []
    for coder, values in KRIPPENDORFF_2011.items():
        suffix = "xlsx" if coder in "AC" else "csv"
        path = write_sheet(s, tmp_path / f"{coder}.{suffix}", codebook=FIVE, coder=coder)
        (_fill_xlsx if suffix == "xlsx" else _fill_csv)(path, [values[i] for i in order])
        paths.append(path)
    codes = read_sheets(paths, sample=s, codebook=FIVE, allow_blank=True)
    assert list(codes.columns) == list("ABCD")
    table_ = agreement(codes, machine=s.set_index("unit_id")["machine"])
    alpha = table_.set_index("comparison")["alpha"]
    assert alpha["coders"] == pytest.approx(0.743, abs=5e-4)  # Krippendorff 2011, p. 4
    assert alpha["D vs machine"] == pytest.approx(1.0)  # the machine answers as D did
    # Interval alpha of the same data, 0.849 in the same paper.
    interval = agreement(codes.astype("Float64"), level="interval").set_index("comparison")
    assert interval.loc["coders", "alpha"] == pytest.approx(0.849, abs=5e-4)


def test_round_trip_gives_known_precision_recall_and_f1(tmp_path):
    corpus, table = _toy(10)
    s = draw_sample(table, corpus=corpus, answer="flag", n=10, by=None)
    machine = s["machine"].tolist()
    # The coder agrees with the machine except: two machine "yes" are "no", one "no" is "yes".
    human = list(machine)
    yes = [i for i, m in enumerate(machine) if m == "yes"]
    no = [i for i, m in enumerate(machine) if m == "no"]
    human[yes[0]], human[yes[1]], human[no[0]] = "no", "no", "yes"
    path = write_sheet(s, tmp_path / "ana.xlsx", codebook=YES_NO, coder="ana")
    _fill_xlsx(path, [h.upper() if i == 0 else h for i, h in enumerate(human)])  # case ignored
    codes = read_sheets([path], sample=s, codebook=YES_NO)
    ev = accuracy(validation_pairs(codes, s, reference="ana"), random_state=0)
    # yes: machine 5, human 4, both 3 -> P 3/5, R 3/4, F1 2/3; no: machine 5, human 6, both 4.
    assert ev.table.loc["yes", ["precision", "recall", "f1"]].tolist() == pytest.approx(
        [0.6, 0.75, 2 / 3]
    )
    assert ev.table.loc["no", ["precision", "recall", "f1"]].tolist() == pytest.approx(
        [0.8, 4 / 6, 8 / 11]
    )
    assert ev["accuracy"] == pytest.approx(0.7)
    assert (
        ev.details["confusion"].loc["yes", "no"] == 1
        and ev.details["confusion"].loc["no", "yes"] == 2
    )
    for m in ("precision", "recall", "f1"):
        t = ev.table
        assert (t[f"{m}_low"] <= t[m]).all() and (t[m] <= t[f"{m}_high"]).all()
    assert agreement(codes, machine=s.set_index("unit_id")["machine"])["comparison"].tolist() == [
        "ana vs machine"
    ]


def test_bootstrap_intervals_shrink_with_more_units():
    rng = np.random.default_rng(0)

    def width(n):
        human = rng.random(n) < 0.5
        machine = np.where(rng.random(n) < 0.8, human, ~human)
        pairs = pd.DataFrame({"human": human, "machine": machine}).replace(
            {True: "yes", False: "no"}
        )
        t = accuracy(pairs, random_state=1).table
        return float((t["f1_high"] - t["f1_low"]).mean())

    assert width(1000) < width(50) / 2


def test_xlsx_sheet_reads_back_with_a_second_reader(tmp_path):
    from python_calamine import CalamineWorkbook

    corpus, table = _toy(6)
    corpus.loc[0, "text"] = "Ünïcode — “quotes” and <script>alert(1)</script>"
    s = draw_sample(table, corpus=corpus, answer="flag", n=6, by=None)
    path = write_sheet(s, tmp_path / "sheet.xlsx", codebook=YES_NO, coder="ana")
    wb = CalamineWorkbook.from_path(str(path))
    assert wb.sheet_names == ["coding", "categories", "instructions"]
    rows = wb.get_sheet_by_name("coding").to_python()
    header = rows[0]
    assert header == ["unit_id", "coder", "context", "text", "code", "note", "checksum", "machine"]
    body = {r[0]: dict(zip(header, r, strict=True)) for r in rows[1:]}
    assert len(body) == 6 and body["d00"]["text"] == s.set_index("unit_id").loc["d00", "text"]
    assert [r[0] for r in wb.get_sheet_by_name("categories").to_python()] == [
        "category",
        "yes",
        "no",
    ]
    guide = " ".join(r[0] for r in wb.get_sheet_by_name("instructions").to_python() if r and r[0])
    assert YES_NO.question in guide
    # The drop-down list and the hidden machine answer, as the writer's format stores them.
    from openpyxl import load_workbook

    ws = load_workbook(path)["coding"]
    (dv,) = ws.data_validations.dataValidation
    assert dv.type == "list" and dv.formula1 == "categories!$A$2:$A$3" and str(dv.sqref) == "E2:E7"
    assert ws.column_dimensions["H"].hidden and ws.column_dimensions["G"].hidden
    shown = write_sheet(s, tmp_path / "shown.xlsx", codebook=YES_NO, show_machine=True)
    assert not load_workbook(shown)["coding"].column_dimensions["H"].hidden


def test_csv_sheet_hides_the_machine_answer_unless_asked(tmp_path):
    corpus, table = _toy(4)
    s = draw_sample(table, corpus=corpus, answer="flag", n=4, by=None)
    hidden = pd.read_csv(write_sheet(s, tmp_path / "a.csv", codebook=YES_NO), encoding="utf-8-sig")
    assert "machine" not in hidden.columns
    shown = pd.read_csv(
        write_sheet(s, tmp_path / "b.csv", codebook=YES_NO, show_machine=True), encoding="utf-8-sig"
    )
    assert shown["machine"].tolist() == s["machine"].tolist()
    with pytest.raises(ValueError, match="valid values are"):
        write_sheet(s, tmp_path / "c.ods", codebook=YES_NO)


def test_bad_sheets_are_refused_with_every_problem_listed(tmp_path):
    corpus, table = _toy(8)
    s = draw_sample(table, corpus=corpus, answer="flag", n=8, by=None)
    path = write_sheet(s, tmp_path / "bad.csv", codebook=YES_NO, coder="ben")
    sheet = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    sheet["code"] = ["yes", "maybe", "no", "", "yes", "no", "yes", "no"]
    sheet.loc[2, "text"] = "Something else entirely."
    sheet.loc[7, "unit_id"] = "d99"
    sheet = sheet.drop(index=6)
    sheet.to_csv(path, index=False, encoding="utf-8-sig")
    with pytest.raises(SheetError) as err:
        read_sheets([path], sample=s, codebook=YES_NO)
    message = str(err.value)
    assert "2 units of the sample are missing: d06, d07" in message
    assert "not in the sample (rows 8): d99" in message
    assert "codes maybe (rows 3) are not categories; valid values are ['yes', 'no']" in message
    assert "1 units are not coded (rows 5)" in message
    assert "text of 1 units was changed (rows 4): d02" in message
    # Whitespace changes made by spreadsheet programs are not changes of the text.
    good = write_sheet(s, tmp_path / "good.csv", codebook=YES_NO)
    sheet = pd.read_csv(good, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    sheet["text"] = sheet["text"].str.replace(" ", "  ") + "\r\n"
    sheet["code"] = "no"
    sheet.to_csv(good, index=False, encoding="utf-8-sig")
    assert read_sheets([good], sample=s, codebook=YES_NO).iloc[:, 0].eq("no").all()
    with pytest.raises(SheetError, match="coder 'good' has two sheets"):
        read_sheets([good, good], sample=s, codebook=YES_NO)
    with pytest.raises(FileNotFoundError):
        read_sheets([tmp_path / "missing.csv"], sample=s, codebook=YES_NO)


def test_codebook_files_and_instructions(tmp_path):
    path = tmp_path / "book.yaml"
    path.write_text(
        "variable: anonymous source\nquestion: Is the source <named>?\n"
        "categories: {yes: named, no: anonymous}\nunit: attribution\n",
        encoding="utf-8",
    )
    book = Codebook.from_yaml(path)
    assert list(book.categories) == ["yes", "no"] and book.unit == "attribution"
    page = write_instructions(book, tmp_path / "coders.html").read_text(encoding="utf-8")
    assert "&lt;named&gt;" in page and "<named>" not in page and "http" not in page
    md = write_instructions(book, tmp_path / "coders.md").read_text(encoding="utf-8")
    assert "`yes`: named" in md and "attribution" in md
    with pytest.raises(ValueError, match="invalid; valid values are"):
        Codebook.from_dict({"variable": "x", "question": "q", "categories": ["a"], "colour": 1})
    with pytest.raises(ValueError, match="repeat"):
        Codebook("x", "q", {"Yes": "", "yes": ""})
    assert checksum("a\n b") == checksum("a b")
