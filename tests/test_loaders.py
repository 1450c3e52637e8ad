"""Loaders: every format from a small fixture, the messy cases, and the load report."""

from __future__ import annotations

import io
import json
import tarfile
import zipfile
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsresearch as nr
from newsresearch.corpus import COLUMNS, SCHEMA, LoadError
from newsresearch.loaders.readers import decode


def load(path, **kw) -> pd.DataFrame:
    corpus = nr.load_corpus(path, progress=False, **kw)
    report = corpus.attrs["load_report"]
    assert report.balanced, str(report)
    nr.validate_corpus(corpus)
    return corpus


def reasons(corpus) -> list[str]:
    return [p.reason for p in corpus.attrs["load_report"].problems]


def test_schema_columns_and_dtypes(formats_dir):
    corpus = load(formats_dir / "generic.csv")
    assert list(corpus.columns) == COLUMNS
    for col, (dtype, _) in SCHEMA.items():
        assert str(corpus[col].dtype) == dtype, col
    assert list(corpus.index) == list(corpus["doc_id"])


def test_abp_json_with_messy_date_and_authors(formats_dir):
    corpus = load(formats_dir / "abp_messy.json")
    row = corpus.loc["abp0001"]
    assert row["format"] == "abp"
    assert row["outlet"] == "Fox Online News"  # kept as given
    assert row["leaning"] == "right"
    assert row["published"] == pd.Timestamp("2018-03-07", tz="UTC")  # M/D/YY
    assert row["authors"] == "Jo Reyes; Sam Park"
    assert row["topic"] == "elections"
    assert row["text"].startswith("The mayor of Eastbrook")
    assert "content" not in corpus.columns


def _abp_record(i: int, date: str, text: str | None = None, url: str | None = None) -> bytes:
    rec = {
        "topic": "t",
        "source": "Outlet",
        "bias": 1,
        "url": url or f"http://example.org/{i}",
        "title": f"T{i}",
        "date": date,
        "authors": "",
        "content_original": text if text is not None else f"Article number {i} says something new.",
        "content": "x",
        "source_url": "example.org",
        "bias_text": "center",
        "ID": f"id{i}",
    }
    return json.dumps(rec).encode()


def _tar(tmp_path: Path, members: dict[str, bytes]) -> Path:
    path = tmp_path / "jsons.tar.gz"
    with tarfile.open(path, "w:gz") as tf:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    return path


def test_abp_archive_read_in_place_with_report(tmp_path):
    members = {
        "data/jsons/id1.json": _abp_record(1, "2016-09-20"),
        "data/jsons/id2.json": _abp_record(2, ""),
        "data/jsons/id3.json": _abp_record(3, "0001-11-30"),
        "data/jsons/id4.json": _abp_record(4, "2050-09-30"),
        "data/jsons/id5.json": _abp_record(5, "1/5/18"),
        "data/jsons/id6.json": _abp_record(6, "2017-01-01", text=""),
        "data/jsons/id7.json": _abp_record(7, "2017-01-01", url="http://example.org/1"),
        "data/jsons/id8.json": b'{"ID": "broken", ',
        "data/README.md": b"not an article",
    }
    path = _tar(tmp_path, members)
    corpus = load(path)
    report = corpus.attrs["load_report"]
    assert (report.inputs, report.loaded, report.rejected) == (8, 5, 3)
    assert report.skipped_files == [f"{path}::data/README.md"]
    assert corpus.loc["id2", "published"] is pd.NaT
    assert pd.isna(corpus.loc["id3", "published"]) and pd.isna(corpus.loc["id4", "published"])
    assert corpus.loc["id5", "published"] == pd.Timestamp("2018-01-05", tz="UTC")
    frame = report.to_frame()
    assert sorted(frame.loc[frame.action == "rejected", "reason"]) == [
        "duplicate_url",
        "empty_text",
        "unparseable",
    ]
    assert (frame.reason == "implausible_date").sum() == 2
    assert corpus.loc["id1", "source_file"] == f"{path}::data/jsons/id1.json"
    assert not list(tmp_path.glob("data"))  # nothing was extracted to disk


def test_parallel_load_gives_identical_table(tmp_path):
    members = {f"data/jsons/id{i}.json": _abp_record(i, "2016-09-20") for i in range(60)}
    path = _tar(tmp_path, members)
    one = load(path, jobs=1)
    two = load(path, jobs=2)
    pd.testing.assert_frame_equal(one, two)


def test_newsplease(formats_dir):
    corpus = load(formats_dir / "newsplease.json")
    row = corpus.iloc[0]
    assert row["format"] == "news-please"
    assert row["doc_id"] == "newsplease"  # file stem: news-please has no id field
    assert row["outlet"] == "tollbridgepost.example"
    assert row["authors"] == "Lena Moss"
    assert row["published"] == pd.Timestamp("2026-09-01 18:30", tz="UTC")


def test_mediacloud_current_and_legacy(formats_dir):
    corpus = load(formats_dir / "mediacloud.csv")
    assert set(corpus["format"]) == {"mediacloud"}
    assert list(corpus.index) == ["mc1", "mc2"]
    assert corpus.loc["mc1", "outlet"] == "Valley Times"
    assert corpus.loc["mc1", "source_record"] == 2  # line 1 is the header
    legacy = nr.load_corpus(formats_dir / "mediacloud_legacy.csv", require_text=False)
    assert legacy.loc["9001", "title"] == "Port strike ends"
    rejected = nr.load_corpus(formats_dir / "mediacloud_legacy.csv")
    assert len(rejected) == 0 and reasons(rejected) == ["no_text_field"]


def test_trafilatura_json_and_headerless_csv(formats_dir):
    js = load(formats_dir / "trafilatura.json")
    assert js.iloc[0]["format"] == "trafilatura"
    assert js.iloc[0]["outlet"] == "North Gazette"
    assert js.iloc[0]["url"] == "https://northgazette.example/library"
    tsv = load(formats_dir / "trafilatura_headerless.csv")
    assert len(tsv) == 2
    assert tsv.iloc[0]["title"] == "Pool to reopen"
    assert tsv.iloc[0]["doc_id"] == "f00dfeed12345678"  # id is null: fingerprint
    assert tsv.iloc[0]["source_record"] == 1
    assert pd.isna(tsv.iloc[0]["authors"])


def test_generic_jsonl_aliases_and_bad_lines(formats_dir):
    corpus = load(formats_dir / "generic.jsonl")
    report = corpus.attrs["load_report"]
    assert report.inputs == 5 and report.loaded == 2
    g1 = corpus.loc["g1"]
    assert (g1["outlet"], g1["title"], g1["leaning"]) == (
        "Coastline Review",
        "Harbour fees rise",
        "lean right",
    )
    assert g1["published"] == pd.Timestamp("2026-01-05 06:00", tz="UTC")  # +02:00 -> UTC
    assert pd.isna(corpus.loc["g2", "published"])
    frame = report.to_frame().set_index("reason")
    assert frame.loc["unparseable", "record"] == 3
    assert frame.loc["empty_text", "doc_id"] == "g3"
    assert "g1" in frame.loc["duplicate_text", "detail"]
    assert frame.loc["unparseable_date", "record"] == 2


def test_generic_csv_parquet_and_leaning_variants(formats_dir, tmp_path):
    csv = load(formats_dir / "generic.csv")
    assert csv["leaning"].tolist() == ["center", "center"]
    pq = tmp_path / "corpus.parquet"
    csv.reset_index(drop=True).astype({"published": "string"}).to_parquet(pq)
    back = load(pq)
    assert back["text"].tolist() == csv["text"].tolist()
    assert back["format"].tolist() == ["generic", "generic"]


def test_txt_folder_title_from_first_real_line(formats_dir):
    corpus = load(formats_dir / "txt", metadata={"outlet": "Town Crier"})
    row = corpus.loc["solar"]
    assert row["title"] == "City hall to get solar roof"
    assert row["text"].startswith("The city will install")
    assert row["outlet"] == "Town Crier"


def test_html_main_text_by_trafilatura(formats_dir):
    corpus = load(formats_dir / "page.html")
    row = corpus.loc["page"]
    assert row["format"] == "html"
    assert row["title"] == "Museum reopens"
    assert row["outlet"] == "Riverside Echo"
    assert row["text"].startswith("The Riverside museum reopened")
    assert "Subscribe" not in row["text"] and "Home" not in row["text"]
    assert "“We are delighted to welcome visitors back,” the director" in row["text"]


def test_scraped_aggregator_chrome_removed_headline_kept(formats_dir):
    corpus = load(formats_dir / "scraped_aggregator.txt")
    row = corpus.iloc[0]
    assert row["title"] == "Senator accused of hiding lobbying meetings"
    assert row["authors"] == "Mara Quist; Tom Ellery"
    assert row["text"].splitlines() == [
        "Senator Wendell Price was accused on Thursday of failing to disclose meetings with "
        "lobbyists, according to records seen by the Lantern.",
        'Price\'s spokesman dismissed the allegations as "not true" and said the senator had '
        "followed every rule.",
        '"These meetings were about constituents, not contracts," the spokesman said.',
        'Opposition leader Carla Deng claimed that the records showed "a pattern of '
        'concealment" and called for an inquiry.',
    ]
    (cleaned,) = [p for p in corpus.attrs["load_report"].problems if p.reason == "chrome_removed"]
    assert "Send Push" in cleaned.detail and "Download the app now" in cleaned.detail


@pytest.mark.parametrize(
    "encoding, bom",
    [("utf-8", b"\xef\xbb\xbf"), ("utf-16", b""), ("cp1252", b"")],
)
def test_encodings(tmp_path, encoding, bom):
    text = "title,text\nCafé row,“Smart quotes” and a café — in Zürich were discussed at length.\n"
    path = tmp_path / f"enc-{encoding}.csv"
    path.write_bytes(bom + text.encode(encoding))
    corpus = load(path)
    assert corpus.iloc[0]["text"].startswith("“Smart quotes” and a café — in Zürich")
    assert corpus.iloc[0]["title"] == "Café row"
    repaired = [p.reason for p in corpus.attrs["load_report"].problems]
    assert repaired == (["encoding_repaired"] if encoding == "cp1252" else [])


def test_mojibake_repaired_and_reported(tmp_path):
    bad = "It’s a “test of the café’s policy — really.".encode().decode("cp1252")
    path = tmp_path / "m.jsonl"
    path.write_text(
        json.dumps({"id": "m1", "text": bad + " More words here for the body."}) + "\n",
        encoding="utf-8",
    )
    corpus = load(path)
    assert corpus.loc["m1", "text"].startswith("It’s a “test of the café’s policy — really.")
    assert reasons(corpus) == ["mojibake_repaired"]


def test_strict_raises_naming_file_and_position(formats_dir, tmp_path):
    with pytest.raises(LoadError, match=r"generic\.jsonl, record 3: unparseable: invalid JSON"):
        nr.load_corpus(formats_dir / "generic.jsonl", strict=True)
    dated = tmp_path / "dated.jsonl"
    dated.write_text(
        json.dumps({"text": "A body that is long enough to count.", "date": "2050-01-01"}) + "\n",
        encoding="utf-8",
    )
    with pytest.raises(LoadError, match=r"dated\.jsonl, record 1: implausible_date.*what to do"):
        nr.load_corpus(dated, strict=True)


def test_report_survives_parquet_and_copies(formats_dir, tmp_path):
    corpus = load(formats_dir / "generic.jsonl")
    report = corpus.attrs["load_report"]
    assert corpus.copy().attrs["load_report"] is report
    out = tmp_path / "c.parquet"
    corpus.to_parquet(out)
    back = pd.read_parquet(out)
    assert back.attrs["load_report"]["inputs"] == 5
    assert back.attrs["load_report"]["rejected"] == 3
    assert "rejected" in str(report) and "unparseable" in str(report)


def test_directory_glob_and_zip(formats_dir, tmp_path):
    everything = load(formats_dir)
    assert set(everything["format"]) >= {
        "abp",
        "news-please",
        "mediacloud",
        "trafilatura",
        "generic",
        "txt",
        "html",
    }
    globbed = load(str(formats_dir / "trafilatura*"))
    assert len(globbed) == 3
    zpath = tmp_path / "c.zip"
    with zipfile.ZipFile(zpath, "w") as zf:
        zf.write(formats_dir / "newsplease.json", "x/newsplease.json")
    assert load(zpath).iloc[0]["source_file"] == f"{zpath}::x/newsplease.json"


def test_duplicate_ids_renamed_not_lost(tmp_path):
    path = tmp_path / "d.jsonl"
    lines = [
        {"id": "same", "text": "First text about the harbour."},
        {"id": "same", "text": "Second, different text."},
    ]
    path.write_text("\n".join(json.dumps(x) for x in lines), encoding="utf-8")
    corpus = load(path)
    assert list(corpus.index) == ["same", "same~2"]
    assert reasons(corpus) == ["duplicate_id"]


def test_doc_ids_stable_across_runs(formats_dir):
    a = nr.load_corpus(formats_dir, progress=False)
    b = nr.load_corpus(formats_dir, progress=False)
    assert list(a.index) == list(b.index)


def test_bad_arguments_have_clear_errors(tmp_path):
    with pytest.raises(ValueError, match="valid values are"):
        nr.load_corpus(tmp_path, format="nope")
    with pytest.raises(FileNotFoundError, match="is not a file, folder, glob or archive"):
        nr.load_corpus(tmp_path / "missing.json")


def test_damaged_archive_reported(tmp_path):
    good = _tar(tmp_path, {"a.json": _abp_record(1, "2016-01-01")}).read_bytes()
    broken = tmp_path / "broken.tar.gz"
    broken.write_bytes(good[: len(good) // 2])
    corpus = load(broken)
    assert reasons(corpus)[-1] == "unreadable_file"


def test_outlet_alias_table():
    names = pd.Series(["Fox Online News", "fox news (online)", "Unknown Outlet"])
    assert nr.canonical_outlets(names).tolist() == ["Fox News", "Fox News", "Unknown Outlet"]


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    data=st.binary(max_size=400),
    suffix=st.sampled_from([".json", ".jsonl", ".csv", ".txt", ".html", ".tsv"]),
)
def test_arbitrary_bytes_never_crash_or_lose_records(tmp_path, data, suffix):
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(data)
    corpus = nr.load_corpus(path, progress=False)
    report = corpus.attrs["load_report"]
    assert report.inputs == report.loaded + report.rejected
    has_content = bool(decode(data).text.strip())
    if has_content and suffix not in (".csv", ".tsv"):  # a CSV may hold only a header
        assert report.inputs >= 1


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    lines=st.lists(
        st.one_of(
            st.text(max_size=60), st.builds(lambda t: json.dumps({"text": t}), st.text(max_size=60))
        ),
        max_size=8,
    )
)
def test_jsonl_every_nonblank_line_is_accounted_for(tmp_path, lines):
    path = tmp_path / "fuzz.jsonl"
    body = "\n".join(ln.replace("\n", " ").replace("\r", " ") for ln in lines)
    path.write_text(body, encoding="utf-8")
    corpus = nr.load_corpus(path, progress=False)
    report = corpus.attrs["load_report"]
    assert report.inputs == report.loaded + report.rejected
