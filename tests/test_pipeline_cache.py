"""The feature cache: keys from package sources, declared data files and options."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from newsresearch import pipeline
from newsresearch.pipeline import cache as cache_module
from newsresearch.pipeline.registry import ANALYSES

FAST = ["frames", "attributions"]


def test_a_lexicon_change_invalidates_only_the_analyses_that_read_it(sample, tmp_path, monkeypatch):
    data = tmp_path / "data"
    shutil.copytree(cache_module._data_dir(), data)
    monkeypatch.setattr(cache_module, "_data_dir", lambda: data)
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
    more = pipeline.analysis_keys(["sentiment", "actors"])
    # Retraining the target-sentiment model invalidates actor sentiment, not tone.
    assert "target_sentiment.npz" in more["actors"]["data"]
    assert not any(name.startswith("target_") for name in more["sentiment"]["data"])
    policy = pipeline.analysis_keys(["frames"], options={"frames": {"scheme": "policy"}})
    assert policy["frames"]["key"] != keys["frames"]["key"]
    assert "frames_policy.yaml" in policy["frames"]["data"]


def test_every_declared_data_file_exists():
    folder = cache_module._data_dir()
    for analysis in ANALYSES.values():
        for name in analysis.data_files({}):
            assert (folder / name).is_file(), (analysis.name, name)


def test_a_missing_declared_data_file_is_named(tmp_path, monkeypatch):
    monkeypatch.setattr(cache_module, "_data_dir", lambda: tmp_path)
    with pytest.raises(FileNotFoundError, match="registry.py"):
        pipeline.analysis_keys(["attributions"])


def test_the_code_digest_covers_every_file_of_a_package(tmp_path, monkeypatch):
    package = tmp_path / "newsresearch"
    (package / "tool" / "inner").mkdir(parents=True)
    (package / "tool" / "__init__.py").write_text("A = 1\n")
    (package / "tool" / "inner" / "deep.py").write_text("B = 2\n")
    (package / "single.py").write_text("C = 3\n")
    monkeypatch.setattr(cache_module, "_package_dir", lambda: package)
    before = cache_module.source_digest("tool"), cache_module.source_digest("single")
    (package / "tool" / "inner" / "deep.py").write_text("B = 3\n")
    after = cache_module.source_digest("tool"), cache_module.source_digest("single")
    assert after[0] != before[0] and after[1] == before[1]
    with pytest.raises(FileNotFoundError, match="no package or module"):
        cache_module.source_digest("nothing")


def test_a_user_file_counts_by_content(tmp_path):
    dictionary = tmp_path / "tone.dic"
    shutil.copy(Path(__file__).parent / "fixtures" / "dictionaries" / "tone.dic", dictionary)
    options = {"sentiment": {"method": str(dictionary)}}
    key = lambda: pipeline.analysis_keys(["sentiment"], options=options)["sentiment"]["key"]  # noqa: E731
    before = key()
    with dictionary.open("a", encoding="utf-8") as f:
        f.write("\n")
    assert key() != before


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
