"""Project hygiene: dependencies agree, notebooks are clean, the Makefile documents itself."""

from __future__ import annotations

import json
import re
import subprocess
import tomllib

import yaml

from newsresearch import config
from newsresearch.reporting import notebook_parameters

ROOT = config.PROJECT_ROOT


def _pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def _name(requirement: str) -> str:
    return re.split(r"[<>=!~\[; ]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def test_environment_yml_is_a_thin_wrapper_of_pyproject():
    env = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))
    project = _pyproject()["project"]
    deps = env["dependencies"]
    pip_section = next(d for d in deps if isinstance(d, dict))["pip"]
    extras = set(project["optional-dependencies"])
    assert extras == {"notebooks", "dask", "dev"}
    assert pip_section == [f'-e ".[{",".join(["notebooks", "dask", "dev"])}]"']
    python = next(d for d in deps if isinstance(d, str) and d.startswith("python"))
    assert python.removeprefix("python") == project["requires-python"]
    conda_only = [d for d in deps if isinstance(d, str) and not d.startswith(("python", "pip"))]
    assert conda_only == [], "dependencies belong in pyproject.toml, not environment.yml"


def test_every_dependency_has_bounds_and_is_pinned_in_the_lock():
    project = _pyproject()["project"]
    requirements = project["dependencies"] + [
        r for extra in project["optional-dependencies"].values() for r in extra
    ]
    lock = {
        _name(line): line.split("==")[1]
        for line in (ROOT / "requirements.lock").read_text(encoding="utf-8").splitlines()
        if "==" in line
    }
    for req in requirements:
        assert ">=" in req and "<" in req, f"{req} needs lower and upper bounds"
        assert _name(req) in lock, f"{req} is not pinned in requirements.lock"
    core = {_name(r) for r in project["dependencies"]}
    assert {
        "pandas",
        "numpy",
        "scikit-learn",
        "nltk",
        "matplotlib",
        "vadersentiment",
        "pyarrow",
        "tqdm",
    } <= core


def test_notebooks_are_stored_clean_with_documented_parameters():
    notebooks = sorted(config.NOTEBOOKS_DIR.glob("*.ipynb"))
    assert notebooks
    for path in notebooks:
        nb = json.loads(path.read_text(encoding="utf-8"))
        assert nb["metadata"]["kernelspec"]["name"] == "python3", path.name
        code = [c for c in nb["cells"] if c["cell_type"] == "code"]
        assert all(not c.get("outputs") and c.get("execution_count") is None for c in code), (
            path.name
        )
        assert nb["cells"][0]["cell_type"] == "markdown" and "".join(
            nb["cells"][0]["source"]
        ).startswith("# ")
        params = notebook_parameters(path)
        assert params and all(p["help"] for p in params.values()), path.name
        assert code[0]["metadata"].get("tags") == ["parameters"], "parameters come first"


def test_make_help_lists_the_targets():
    out = subprocess.run(
        ["make", "-s", "help"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    for target in ("report", "test", "lint", "doctor", "bench-load", "lock"):
        assert f"make {target}" in out


def test_readme_gives_the_two_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make report" in readme and "make test" in readme
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in ci
