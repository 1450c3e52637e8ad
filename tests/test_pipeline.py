"""The feature pipeline: one parse per chunk, determinism, engines and the CLI-free API (sample)."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import multiprocessing
from pathlib import Path

import pandas as pd
import pytest

import newsresearch as nr
from newsresearch import pipeline
from newsresearch.framing import frames
from newsresearch.pipeline.chunk import Task, run_chunk

ANALYSES = list(pipeline.DEFAULT_ANALYSES)
FAST = ["frames", "attributions"]
FIXTURES = Path(__file__).parent / "fixtures"


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
    assert feats["frames"].index.name == "doc_id"
    assert feats.stats["computed"] == {"frames": len(sample), "attributions": len(sample)}
    assert feats.stats["sentences"] > len(sample)


def test_sentiment_tables_equal_sentiment_run_directly(sample):
    from newsresearch.sentiment import sentiment

    feats = pipeline.extract(sample, analyses=["sentiment"], jobs=1)
    documents = sentiment(sample, level="document", whole_text=False)
    pd.testing.assert_frame_equal(feats["documents"], documents)
    whole = pipeline.extract(
        sample.head(8), analyses=["sentiment"], jobs=1, options={"sentiment": {"whole_text": True}}
    )
    pd.testing.assert_frame_equal(whole["documents"], sentiment(sample.head(8), whole_text=True))
    by_sentence = sentiment(sample, level="sentence").reset_index(drop=True)
    pd.testing.assert_frame_equal(feats["sentences"], by_sentence)
    assert isinstance(feats["sentences"].index, pd.RangeIndex)
    # The sentence count comes from the chunk's parsed articles.
    assert len(feats["sentences"]) == feats.stats["sentences"]


def _recording(monkeypatch, seen: dict[str, object]) -> None:
    """Replace every analysis' run function by one that records what it was given."""
    for name, analysis in list(pipeline.ANALYSES.items()):

        def run(parsed, options, name=name, original=analysis.run):
            seen[name] = parsed
            return original(parsed, options)

        monkeypatch.setitem(pipeline.ANALYSES, name, dataclasses.replace(analysis, run=run))


def test_every_analysis_of_a_chunk_gets_the_same_parsed_articles(sample, monkeypatch):
    seen: dict[str, object] = {}
    _recording(monkeypatch, seen)
    docs = sample.head(6)
    every = list(range(len(docs)))
    work = {name: ({}, every) for name in ANALYSES}
    # One analysis computes only part of the chunk (the rest is cached for it).
    work["frames"] = ({}, [1, 4])
    task = Task(0, list(docs.index), list(docs["text"]), [f"k{i}" for i in every], work)
    result = run_chunk(task)
    parsed = seen["sentiment"]
    for name in ANALYSES:
        if name != "frames":
            assert seen[name] is parsed, name
    subset = seen["frames"]
    assert list(subset.index) == [docs.index[1], docs.index[4]]
    assert subset[0] is parsed[1] and subset[1] is parsed[4]  # the same Article objects
    assert result.sentences == sum(len(a.sentences) for a in parsed)


def test_sentiment_gets_one_memoising_scorer_per_chunk(sample, monkeypatch):
    import newsresearch.sentiment as sentiment_module

    calls = []
    original = sentiment_module.sentiment

    def spy(corpus, **options):
        calls.append(options)
        return original(corpus, **options)

    monkeypatch.setattr(sentiment_module, "sentiment", spy)
    docs = sample.head(3)
    every = list(range(len(docs)))
    task = Task(
        0, list(docs.index), list(docs["text"]), ["a", "b", "c"], {"sentiment": ({}, every)}
    )
    run_chunk(task)
    run_chunk(task)
    assert [c["level"] for c in calls] == ["document", "sentence"] * 2
    scorers = [c["method"] for c in calls]
    assert isinstance(scorers[0], sentiment_module.VaderScorer)
    assert scorers[0] is scorers[1] and scorers[2] is scorers[3]  # both levels of a chunk
    assert scorers[0] is not scorers[2]  # nothing kept from one chunk to the next


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
    assert on_disk["frames"].attrs["frames"] == frames(sample.head(1)).attrs["frames"]
    assert on_disk.stats["rows"]["attributions"] == len(in_memory["attributions"])


def test_parquet_bytes_do_not_depend_on_jobs_or_chunks(sample, tmp_path, reference):
    # Other chunk sizes (16 in one process, 9 in two) are checked below with part of the
    # rows coming from the cache.
    pipeline.extract(sample, analyses=ANALYSES, jobs=2, chunk_size=7, out=tmp_path)
    assert digests(tmp_path) == reference


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


def test_features_reads_through_the_cache(sample, tmp_path):
    full = pipeline.features(sample, "attributions", cache=tmp_path, jobs=1)
    part = pipeline.features(sample.head(10), "attributions", cache=tmp_path, jobs=1)
    expected = full[full["doc_id"].isin(sample.index[:10])].reset_index(drop=True)
    pd.testing.assert_frame_equal(part, expected)
    doc_level = pipeline.features(sample, "frames", cache=tmp_path, jobs=1)
    assert doc_level.index.equals(sample.index) and doc_level.index.name == "doc_id"


def test_invalid_arguments_name_the_valid_values(sample):
    with pytest.raises(ValueError, match="valid values are"):
        pipeline.extract(sample, analyses=["tone"])
    with pytest.raises(ValueError, match="valid values are"):
        pipeline.features(sample, "quotes")
    with pytest.raises(ValueError, match="valid values are"):
        pipeline.extract(sample, engine="spark")
    with pytest.raises(ValueError, match="valid values are"):
        pipeline.extract(sample, analyses=FAST, options={"frames": {"lexicon": "x"}})
    with pytest.raises(ValueError, match="valid values are"):
        pipeline.extract(sample, analyses=["sentiment"], options={"sentiment": {"method": "x"}})
    with pytest.raises(ValueError, match="valid values are"):
        pipeline.extract(sample, analyses=[])
    with pytest.raises(ValueError, match="unique"):
        pipeline.extract(pd.Series(["One.", "Two."], index=["d", "d"]), analyses=FAST)


def _local_cluster(**kwargs):
    # dask is part of the development install (the "dask" extra): no skip here.
    import dask
    import distributed

    # Forked workers start in a second instead of importing everything afresh (spawn);
    # extract's own LocalCluster keeps dask's default.
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    with dask.config.set({"distributed.worker.multiprocessing-method": method}):
        return distributed.LocalCluster(processes=True, dashboard_address=None, **kwargs)


def test_dask_engine_gives_the_same_bytes(sample, tmp_path, reference):
    with _local_cluster(n_workers=2, threads_per_worker=1) as cluster:
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


def test_dask_worker_with_several_threads_gives_the_local_tables(sample, tmp_path, reference):
    # One worker process running four chunks at once in threads: chunks share no state.
    import distributed

    with _local_cluster(n_workers=1, threads_per_worker=4) as cluster:
        with distributed.Client(cluster) as client:
            feats = pipeline.extract(
                sample,
                analyses=ANALYSES,
                engine="dask",
                scheduler=client,
                chunk_size=4,
                out=tmp_path,
            )
    assert feats.stats["jobs"] == 4 and feats.stats["chunks"] == 16
    assert digests(tmp_path) == reference


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

    def failing(parsed, options):
        if bad in parsed.index:
            raise RuntimeError(f"cannot frame {bad}")
        return frames_analysis.run(parsed, options)

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


def test_user_dictionary_and_lexicon_files_as_options(sample, tmp_path):
    from newsresearch.framing import load_lexicon
    from newsresearch.sentiment import load_dictionary, sentiment

    dictionary = FIXTURES / "dictionaries" / "tone.dic"
    lexicon = next(p for p in sorted((FIXTURES / "lexicons").iterdir()) if p.suffix == ".dic")
    docs = sample.head(10)
    options = {"sentiment": {"method": str(dictionary)}, "frames": {"scheme": str(lexicon)}}
    for _ in range(2):  # the second run parses nothing again and reads the cache
        feats = pipeline.extract(
            docs, analyses=["sentiment", "frames"], jobs=1, cache=tmp_path, options=options
        )
    assert feats.stats["cached"] == {"sentiment": 10, "frames": 10}
    direct = sentiment(docs, method=load_dictionary(dictionary), whole_text=False)
    pd.testing.assert_frame_equal(feats["documents"], direct)
    expected = frames(docs, scheme=load_lexicon(lexicon))
    pd.testing.assert_frame_equal(feats["frames"], expected)


def test_a_missing_text_with_whole_text_dictionary_scores(tmp_path):
    # The whole-text scores of a missing text are NaN: the tokens column is a float.
    texts = pd.Series(["A good day. A bad one.", None], index=["a", "b"])
    options = {"sentiment": {"method": str(FIXTURES / "dictionaries" / "tone.dic")}}
    options["sentiment"]["whole_text"] = True
    documents = pipeline.extract(texts, analyses=["sentiment"], jobs=1, options=options)[
        "documents"
    ]
    assert documents["tokens_whole_text"].dtype == "float64"
    assert documents.loc["a", "tokens_whole_text"] > 0
    assert pd.isna(documents.loc["b", "tokens_whole_text"])


def test_worker_processes_collect_garbage_less_often():
    import gc

    from newsresearch.pipeline import engines

    before = gc.get_threshold()
    try:
        engines._worker_gc()  # what each worker of the local engine runs first
        after = gc.get_threshold()
        assert after == (engines.WORKER_GC_THRESHOLD, *before[1:])
        assert engines.WORKER_GC_THRESHOLD > before[0]
    finally:
        gc.set_threshold(*before)


def test_a_forking_engine_prepares_the_analyses_in_the_parent(monkeypatch):
    from newsresearch.pipeline import engines
    from newsresearch.pipeline.registry import ANALYSES

    assert ANALYSES["actors"].prepare is not None and ANALYSES["stance"].prepare is not None
    calls = []
    single = engines.LocalEngine(1, prepare=lambda: calls.append("one"))
    single.close()
    assert calls == []  # in this process: nothing to share
    monkeypatch.setattr(engines, "_prepare_fork", lambda: calls.append("fork"))
    monkeypatch.setattr(engines.gc, "unfreeze", lambda: None)
    pool = engines.LocalEngine(2, prepare=lambda: calls.append("prepare"))
    pool.close()
    if "fork" in engines.mp.get_all_start_methods():
        assert calls == ["prepare", "fork"]


def test_extract_prepares_only_analyses_with_documents_to_compute():
    import dataclasses

    from newsresearch.pipeline import run

    prepared = []
    plan = run._plan(["frames", "actors", "stance"], None, ["k1", "k2"], None)
    plan.chosen = [
        dataclasses.replace(a, prepare=lambda options, name=a.name: prepared.append(name))
        for a in plan.chosen
    ]
    plan.missing["actors"] = set()  # all cached: its model is not loaded for it
    run._prepare(plan)
    assert prepared == ["frames", "stance"]
