"""Notebook parameters: declared types, coercion, relative paths, parameter files, runs.yaml."""

from __future__ import annotations

import datetime as dt

import pytest

from newsresearch import config, reporting


def test_unknown_parameter_rejected_with_valid_names(tmp_path):
    with pytest.raises(
        ValueError, match=r"\['bogus'\] are invalid.*valid parameters are \['corpus'"
    ):
        reporting.run_notebook("01_corpus_overview", parameters={"bogus": 1}, out_dir=tmp_path)
    assert not any(tmp_path.iterdir())  # nothing ran, nothing written


def test_parameters_are_coerced_to_declared_types():
    path = reporting.notebook_path("05_outlet_comparison")
    p = reporting.validate_parameters(
        path,
        {
            "min_articles": "5",
            "alpha": "0.1",
            "within_story": "yes",
            "outlets": "The Harbor Ledger, Meridian Wire",
            "start": dt.date(2026, 9, 1),  # as YAML reads 2026-09-01
            "end": "2026-10-31",
        },
    )
    assert p["min_articles"] == 5 and p["alpha"] == 0.1 and p["within_story"] is True
    assert p["outlets"] == ["The Harbor Ledger", "Meridian Wire"]
    assert p["start"] == "2026-09-01" and p["end"] == "2026-10-31"
    assert p["seed"] == 42  # defaults filled in
    assert reporting.validate_parameters(path, {"outlets": "['A, B', 'C']"})["outlets"] == [
        "A, B",
        "C",
    ]
    assert reporting.validate_parameters(path, {"outlets": ""})["outlets"] == []
    assert reporting.validate_parameters(path, {"alpha": 1})["alpha"] == 1.0
    for name, bad, what in [
        ("min_articles", "five", "int"),
        ("min_articles", True, "int"),
        ("min_articles", 2.5, "int"),
        ("alpha", "a lot", "float"),
        ("within_story", "maybe", "bool"),
        ("start", "2026-13-01", r"date \(YYYY-MM-DD\)"),
        ("start", "yesterday", r"date \(YYYY-MM-DD\)"),
        ("group_by", 3, "str"),
    ]:
        with pytest.raises(ValueError, match=rf"parameter {name}=.* is not a valid {what}"):
            reporting.validate_parameters(path, {name: bad})


def test_relative_paths_are_taken_from_the_callers_folder(tmp_path):
    corpus = tmp_path / "mine.jsonl"
    corpus.write_text("{}\n", encoding="utf-8")  # only its existence matters
    path = reporting.notebook_path("01_corpus_overview")
    p = reporting.validate_parameters(path, {"corpus": "mine.jsonl"}, base_dir=tmp_path)
    assert p["corpus"] == str(corpus)
    # The default keyword and values that are not existing paths are left alone.
    assert (
        reporting.validate_parameters(path, {"corpus": "sample"}, base_dir=tmp_path)["corpus"]
        == "sample"
    )
    kept = reporting.validate_parameters(path, {"corpus": "nothere/*.json"}, base_dir=tmp_path)
    assert kept["corpus"] == "nothere/*.json"


def test_parameters_file_and_command_line_precedence(tmp_path):
    params = tmp_path / "params.yaml"
    params.write_text("top_outlets: 3\nsample_rows: 2\n", encoding="utf-8")
    values = reporting.load_parameters_file(params)
    assert values == {"top_outlets": 3, "sample_rows": 2}
    specs = reporting.plan_runs(
        ["01_corpus_overview", "04_attribution"], parameters={**values, "top": "4"}
    )
    overview, attribution = specs
    assert overview.given == {"top_outlets": 3, "sample_rows": 2}
    assert attribution.given == {"top": 4}  # each notebook gets the names it declares
    assert overview.name.startswith("01_corpus_overview--sample-rows-2-top-outlets-3-")
    (tmp_path / "list.yaml").write_text("- 1\n- 2\n", encoding="utf-8")
    with pytest.raises(ValueError, match="must be a mapping of parameter names"):
        reporting.load_parameters_file(tmp_path / "list.yaml")
    with pytest.raises(ValueError, match="does not exist"):
        reporting.load_parameters_file(tmp_path / "missing.yaml")


def test_runs_file_expands_a_grid_of_notebooks_and_parameter_sets(tmp_path):
    runs = tmp_path / "runs.yaml"
    runs.write_text(
        """
defaults:
  corpus: sample
runs:
  - notebooks: all
  - notebooks: [04_attribution]
    grid:
      outlets: [[The Harbor Ledger], [Meridian Wire]]
      top: [5, 8]
  - notebooks: [04_attribution, 05_outlet_comparison]
    parameters:
      - {start: 2026-09-01, end: 2026-09-30}
      - {start: 2026-10-01, end: 2026-10-31}
""",
        encoding="utf-8",
    )
    specs = reporting.load_runs(runs)
    names = [s.stem for s in specs]
    assert names[: len(reporting.default_notebooks())] == reporting.default_notebooks()
    grid = [s.given for s in specs if s.stem == "04_attribution" and "top" in s.given]
    assert grid == [
        {"outlets": ["The Harbor Ledger"], "top": 5},
        {"outlets": ["The Harbor Ledger"], "top": 8},
        {"outlets": ["Meridian Wire"], "top": 5},
        {"outlets": ["Meridian Wire"], "top": 8},
    ]
    months = [s for s in specs if "start" in s.given]
    assert len(months) == 4 and months[0].given == {"start": "2026-09-01", "end": "2026-09-30"}
    assert len({s.name for s in specs}) == len(specs)  # every run has its own files
    # The command line wins over the file; --notebook keeps only those runs.
    only = reporting.load_runs(runs, notebooks=["05_outlet_comparison"], overrides={"seed": "7"})
    assert {s.stem for s in only} == {"05_outlet_comparison"}
    assert all(s.parameters["seed"] == 7 for s in only) and len(only) == 3


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("runs: []\n", "lists no runs"),
        (
            "defaults: {}\nrun: []\n",
            r"keys \['run'\] .* are invalid; valid values are \['defaults', 'runs'\]",
        ),
        (
            "runs:\n  - notebook: [01]\n",
            r"keys \['notebook'\] in entry 1 .* valid values are \['notebooks'",
        ),
        (
            "runs:\n  - notebooks: [99_nothing]\n",
            r"notebook '99_nothing' is invalid; valid values are \['01_",
        ),
        (
            "runs:\n  - notebooks: [01_corpus_overview]\n    parameters: {colour: red}\n",
            r"parameters \['colour'\] are invalid for entry 1 .* valid parameters are \['corpus'",
        ),
        (
            "runs:\n  - notebooks: [01_corpus_overview]\n    grid: {top_outlets: 3}\n",
            "must be a list",
        ),
        (
            "runs:\n  - notebooks: [01_corpus_overview]\n    parameters: {top_outlets: many}\n",
            "top_outlets='many' is not a valid int",
        ),
        (
            "defaults: {colour: red}\nruns:\n  - notebooks: all\n",
            r"parameters \['colour'\] are invalid for `defaults`",
        ),
        ("runs: [\n", "not valid YAML"),
    ],
)
def test_runs_file_errors_say_what_is_wrong(tmp_path, text, message):
    runs = tmp_path / "runs.yaml"
    runs.write_text(text, encoding="utf-8")
    with pytest.raises(ValueError, match=message):
        reporting.load_runs(runs)


def test_project_runs_yaml_is_valid():
    specs = reporting.load_runs(config.PROJECT_ROOT / "runs.yaml")
    assert {s.stem for s in specs} == set(reporting.default_notebooks())
    assert len(specs) > len(reporting.default_notebooks())  # it has a grid too
