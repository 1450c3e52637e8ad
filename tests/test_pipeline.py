"""The feature pipeline: sharing, caching, determinism and the Dask engine (sample corpus)."""

from __future__ import annotations

import dataclasses
import hashlib
import multiprocessing
import shutil
from pathlib import Path

import pandas as pd
import pytest

import newsresearch as nr
from newsresearch import pipeline
from newsresearch.framing import frames

# Every default analysis that imports here (sentiment, actors and stance join when their
# modules land); attributions and frames always.
ANALYSES = [a for a in pipeline.DEFAULT_ANALYSES if pipeline.available_analyses()[a] is None]
FAST = ["frames", "attributions"]


def digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


@pytest.fixture(scope="module")
def reference(sample, tmp_path_factory) -> dict[str, str]:
    """Parquet digests of one plain run: one process, one chunk, no cache."""
    out = tmp_path_factory.mktemp("reference")
    pipeline.extract(sample, analyses=ANALYSES, jobs=1, chunk_size=len(sample), out=out)
    return digests(out)


def test_tables_equal_the_analyses_run_directly(sample):
    feats = pipeline.extract(sample, analyses=FAST, jobs=1)
    assert feats.names == ["frames", "attributions"]
    pd.testing.assert_frame_equal(feats["attributions"], nr.attributions(sample))
    pd.testing.assert_frame_equal(feats["frames"], frames(sample))
    assert feats.stats["computed"] == {"frames": len(sample), "attributions": len(sample)}
    assert feats.stats["sentences"] > len(sample)


@pytest.mark.skipif("sentiment" not in ANALYSES, reason="newsresearch.sentiment is not available")
def test_sentiment_tables_equal_sentiment_run_directly(sample):
    from newsresearch.sentiment import sentiment

    feats = pipeline.extract(sample, analyses=["sentiment"], jobs=1)
    documents = sentiment(sample, level="document", whole_text=False)
    pd.testing.assert_frame_equal(feats["documents"], documents)
    whole = pipeline.extract(
        sample.head(8), analyses=["sentiment"], jobs=1, options={"sentiment": {"whole_text": True}}
    )
    pd.testing.assert_frame_equal(whole["documents"], sentiment(sample.head(8)))
    by_sentence = sentiment(sample, level="sentence").reset_index(drop=True)
    pd.testing.assert_frame_equal(feats["sentences"], by_sentence)
    # The sentence spans are those of the shared splitter.
    assert len(feats["sentences"]) == feats.stats["sentences"]


@pytest.mark.skipif("sentiment" not in ANALYSES, reason="newsresearch.sentiment is not available")
def test_document_sentiment_reuses_the_sentence_scores(sample):
    docs = sample.head(5)
    every = list(range(len(docs)))
    task = pipeline._Task(
        0,
        list(docs.index),
        list(docs["text"]),
        [f"k{i}" for i in every],
        {"sentiment": ({"whole_text": False}, every)},
    )
    stats = pipeline._run_chunk(task).stats
    # Both levels ask for the score of every distinct sentence; VADER runs once for each.
    assert stats.computed["polarity_scores"] <= stats.sentences
    assert stats.calls["polarity_scores"] == 2 * stats.computed["polarity_scores"]


def test_written_tables_read_back_as_in_memory(sample, tmp_path):
    on_disk = pipeline.extract(sample, analyses=FAST, jobs=1, out=tmp_path)
    in_memory = pipeline.extract(sample, analyses=FAST, jobs=1)
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "attributions.parquet",
        "frames.parquet",
        "manifest.json",
    ]
    for name in FAST:
        pd.testing.assert_frame_equal(on_disk[name], in_memory[name])
    assert on_disk.stats["rows"]["attributions"] == len(in_memory["attributions"])


def test_parquet_bytes_do_not_depend_on_jobs_or_chunks(sample, tmp_path, reference):
    # Other chunk sizes (16 in one process, 9 in two) are checked below with part of the
    # rows coming from the cache.
    pipeline.extract(sample, analyses=ANALYSES, jobs=2, chunk_size=7, out=tmp_path)
    assert digests(tmp_path) == reference


def test_sentences_and_actors_computed_once_per_document(sample):
    docs = sample.head(6)
    every = list(range(len(docs)))
    work = {name: ({}, every) for name in ANALYSES if name != "frames"}
    keys = [f"k{i}" for i in every]
    task = pipeline._Task(0, list(docs.index), list(docs["text"]), keys, work)
    result = pipeline._run_chunk(task)
    stats = result.stats
    assert stats.computed["split_sentences"] == len(docs)
    assert stats.computed["find_actors"] == len(docs)
    assert stats.calls["find_actors"] >= stats.computed["find_actors"]
    # The memo is gone afterwards: the modules hold the original functions again.
    assert nr.text.article.split_sentences is nr.text.segment.split_sentences
    assert not hasattr(nr.actors.find_actors, "__wrapped_original__")


def test_grown_corpus_computes_only_new_and_changed_documents(sample, tmp_path, reference):
    cache = tmp_path / "cache"
    first = pipeline.extract(sample.head(40), analyses=ANALYSES, jobs=1, chunk_size=16, cache=cache)
    assert set(first.stats["computed"].values()) == {40}

    out = tmp_path / "out"
    grown = pipeline.extract(sample, analyses=ANALYSES, jobs=2, chunk_size=9, cache=cache, out=out)
    assert set(grown.stats["computed"].values()) == {len(sample) - 40}
    assert set(grown.stats["cached"].values()) == {40}
    assert digests(out) == reference  # cached rows merge back in corpus order

    changed = sample.copy()
    changed.loc[changed.index[3], "text"] = changed["text"].iloc[3] + "\nA closing line."
    again = pipeline.extract(changed, analyses=ANALYSES, jobs=1, cache=cache)
    assert set(again.stats["computed"].values()) == {1}


def test_a_lexicon_change_invalidates_only_the_analyses_that_read_it(sample, tmp_path, monkeypatch):
    data = tmp_path / "data"
    shutil.copytree(pipeline._data_dir(), data)
    monkeypatch.setattr(pipeline, "_data_dir", lambda: data)
    cache = tmp_path / "cache"
    docs = sample.head(12)
    run = lambda: pipeline.extract(docs, analyses=FAST, jobs=1, cache=cache).stats["computed"]  # noqa: E731
    assert run() == {"frames": 12, "attributions": 12}
    assert run() == {"frames": 0, "attributions": 0}

    with (data / "reporting_verbs.csv").open("a", encoding="utf-8") as f:
        f.write("# a comment changes the file, so the key\n")
    assert run() == {"frames": 0, "attributions": 12}

    with (data / "frames_policy.yaml").open("a", encoding="utf-8") as f:
        f.write("# the policy scheme is not the generic one\n")
    assert run() == {"frames": 0, "attributions": 0}

    with (data / "frames_generic.yaml").open("a", encoding="utf-8") as f:
        f.write("# edited\n")
    assert run() == {"frames": 12, "attributions": 0}


def test_cache_keys_name_the_data_each_analysis_reads():
    keys = pipeline.analysis_keys(FAST)
    assert {"reporting_verbs.csv", "titles.csv", "abbreviations.txt"} <= set(
        keys["attributions"]["data"]
    )
    assert "frames_generic.yaml" not in keys["attributions"]["data"]
    assert "frames_generic.yaml" in keys["frames"]["data"]
    assert "titles.csv" not in keys["frames"]["data"]
    if {"sentiment", "actors"} <= set(ANALYSES):
        more = pipeline.analysis_keys(["sentiment", "actors"])
        # Retraining the target-sentiment model invalidates actor sentiment, not tone.
        assert "target_sentiment.npz" in more["actors"]["data"]
        assert not any(name.startswith("target_") for name in more["sentiment"]["data"])
    policy = pipeline.analysis_keys(["frames"], options={"frames": {"scheme": "policy"}})
    assert policy["frames"]["key"] != keys["frames"]["key"]
    assert "frames_policy.yaml" in policy["frames"]["data"]


def test_features_reads_through_the_cache(sample, tmp_path):
    full = pipeline.features(sample, "attributions", cache=tmp_path, jobs=1)
    part = pipeline.features(sample.head(10), "attributions", cache=tmp_path, jobs=1)
    expected = full[full["doc_id"].isin(sample.index[:10])].reset_index(drop=True)
    pd.testing.assert_frame_equal(part, expected)
    doc_level = pipeline.features(sample, "frames", cache=tmp_path, jobs=1)
    assert doc_level.index.equals(sample.index)


def test_invalid_arguments_name_the_valid_values(sample):
    with pytest.raises(ValueError, match="valid values are"):
        pipeline.extract(sample, analyses=["tone"])
    with pytest.raises(ValueError, match="valid values are"):
        pipeline.features(sample, "quotes")
    with pytest.raises(ValueError, match="valid values are"):
        pipeline.extract(sample, engine="spark")
    with pytest.raises(ValueError, match="valid values are"):
        pipeline.extract(sample, analyses=FAST, options={"frames": {"lexicon": "x"}})
    with pytest.raises(ValueError, match="unique"):
        pipeline.extract(pd.Series(["One.", "Two."], index=["d", "d"]), analyses=FAST)


def test_cli_extract_writes_the_tables_and_reuses_the_cache(tmp_path, capsys):
    from newsresearch.cli import main

    argv = ["extract", "sample", "--out", str(tmp_path / "out"), "--analyses", "attributions"]
    argv += ["--jobs", "1", "--cache", str(tmp_path / "cache")]
    assert main(argv) == 0
    first = capsys.readouterr().out
    assert "computed {'attributions': 64}" in first
    written = pd.read_parquet(tmp_path / "out" / "attributions.parquet")
    assert len(written) > 300 and written["doc_id"].nunique() > 50
    assert main(argv) == 0
    assert "computed {'attributions': 0}, cached {'attributions': 64}" in capsys.readouterr().out
    assert main(["extract", "sample", "--out", str(tmp_path), "--analyses", "tone"]) == 2
    assert "valid values are" in capsys.readouterr().err


def test_dask_engine_gives_the_same_bytes(sample, tmp_path, reference):
    distributed = pytest.importorskip("distributed", reason="dask.distributed is not installed")
    import dask

    # Forked workers start in a second instead of importing everything afresh (spawn);
    # extract's own LocalCluster keeps dask's default.
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    try:
        with dask.config.set({"distributed.worker.multiprocessing-method": method}):
            cluster = distributed.LocalCluster(
                n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
            )
    except Exception as exc:  # no sockets or no processes allowed here
        pytest.skip(f"dask cannot start a LocalCluster here: {exc}")
    with cluster:
        # The scheduler's address, as `newsresearch extract --scheduler` passes it.
        feats = pipeline.extract(
            sample,
            analyses=ANALYSES,
            engine="dask",
            scheduler=cluster.scheduler_address,
            chunk_size=11,
            out=tmp_path,
        )
    assert feats.stats["engine"] == "dask" and feats.stats["jobs"] == 2
    assert digests(tmp_path) == reference


@pytest.mark.skipif(
    not {"actors", "stance"} <= set(ANALYSES), reason="actor sentiment is not available"
)
def test_actor_and_stance_tables_equal_the_functions_run_directly(sample):
    docs = sample.head(16)
    feats = pipeline.extract(docs, analyses=["actors", "stance"], jobs=2, chunk_size=5)
    direct = nr.actor_sentiment(docs)
    assert len(direct) > 50
    pd.testing.assert_frame_equal(feats["actor_sentiment"], direct, check_dtype=False)
    triples = nr.stance_triples(docs)
    assert len(triples) > 5
    pd.testing.assert_frame_equal(feats["stance_triples"], triples, check_dtype=False)


def test_notebooks_read_features_through_the_cache():
    # Every analysis notebook asks nr.features() for its tables instead of computing them.
    import json

    for name, tables in {
        "02_sentiment": ["documents", "sentences", "actor_sentiment"],
        "03_framing": ["frames"],
        "04_attribution": ["attributions", "stance_triples"],
        "05_outlet_comparison": ["documents", "frames", "attributions"],
    }.items():
        cells = json.loads((nr.config.NOTEBOOKS_DIR / f"{name}.ipynb").read_text())["cells"]
        code = "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "code")
        for table in tables:
            assert f'nr.features(data, "{table}"' in code, (name, table)
        for direct in ("nr.attributions(", "nr.stance_triples(", "nr.actor_sentiment("):
            assert direct not in code, (name, direct)


def test_a_failing_chunk_leaves_no_partial_files_and_keeps_finished_work(
    sample, tmp_path, monkeypatch
):
    frames_analysis = pipeline.ANALYSES["frames"]
    bad = sample.index[40]

    def failing(texts, options):
        if bad in texts.index:
            raise RuntimeError(f"cannot frame {bad}")
        return frames_analysis.run(texts, options)

    monkeypatch.setitem(
        pipeline.ANALYSES, "frames", dataclasses.replace(frames_analysis, run=failing)
    )
    out, cache = tmp_path / "out", tmp_path / "cache"
    with pytest.raises(RuntimeError, match="cannot frame"):
        pipeline.extract(sample, analyses=["frames"], jobs=1, chunk_size=8, out=out, cache=cache)
    assert list(out.iterdir()) == []  # no half-written Parquet or temporary files
    monkeypatch.undo()

    again = pipeline.extract(
        sample, analyses=["frames"], jobs=1, chunk_size=8, out=out, cache=cache
    )
    assert 8 <= again.stats["cached"]["frames"] <= 40  # the chunks finished before the failure
    assert again.stats["computed"]["frames"] == len(sample) - again.stats["cached"]["frames"]
    pd.testing.assert_frame_equal(again["frames"], frames(sample))


def test_an_unreadable_cache_file_is_named_in_the_error(sample, tmp_path):
    docs = sample.head(6)
    pipeline.extract(docs, analyses=["attributions"], jobs=1, cache=tmp_path)
    (segment,) = tmp_path.rglob("*.attributions.arrow")
    segment.write_bytes(segment.read_bytes()[:100])  # truncated
    with pytest.raises(RuntimeError, match="is unreadable") as info:
        pipeline.extract(docs, analyses=["attributions"], jobs=1, cache=tmp_path)
    assert segment.name in str(info.value) and "delete the folder" in str(info.value)
    shutil.rmtree(segment.parent)  # as the message says: then it is computed again
    again = pipeline.extract(docs, analyses=["attributions"], jobs=1, cache=tmp_path)
    assert again.stats["computed"]["attributions"] == len(docs)


def test_user_dictionary_and_lexicon_files_as_options(sample, tmp_path):
    from newsresearch.framing import load_lexicon
    from newsresearch.sentiment import load_dictionary, sentiment

    fixtures = Path(__file__).parent / "fixtures"
    dictionary = fixtures / "dictionaries" / "tone.dic"
    lexicon = next(p for p in sorted((fixtures / "lexicons").iterdir()) if p.suffix == ".dic")
    docs = sample.head(10)
    options = {"sentiment": {"method": str(dictionary)}, "frames": {"scheme": str(lexicon)}}
    for _ in range(2):  # the second run parses nothing again and reads the cache
        feats = pipeline.extract(
            docs, analyses=["sentiment", "frames"], jobs=1, cache=tmp_path, options=options
        )
    assert feats.stats["cached"] == {"sentiment": 10, "frames": 10}
    direct = sentiment(docs, method=load_dictionary(dictionary), whole_text=False)
    pd.testing.assert_frame_equal(feats["documents"], direct)
    pd.testing.assert_frame_equal(feats["frames"], frames(docs, scheme=load_lexicon(lexicon)))
