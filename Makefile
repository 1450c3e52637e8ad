# newsresearch: `make help` lists the targets.
# Two commands on a fresh machine with Python 3.11+:  make report  and  make test

PYTHON ?= python3
VENV   ?= .venv
JOBS   ?= 2
BIN     = $(VENV)/bin
STAMP   = $(VENV)/.installed

.DEFAULT_GOAL := help
.PHONY: help install report test test-browser lab lint format doctor bench-load bench-throughput eval-sentences lock checksums clean

help: ## list the targets
	@grep -hE '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  make %-15s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml requirements.lock
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c requirements.lock -e ".[notebooks,dask,dev]"
	@touch $(STAMP)

install: $(STAMP) ## create .venv (if absent) and install the package with the pinned versions

report: $(STAMP) ## run every notebook on the sample corpus (CORPUS=..., RUNS=runs.yaml, JOBS=2); writes reports/index.html
	MPLBACKEND=Agg $(BIN)/newsresearch report --jobs $(JOBS) $(if $(CORPUS),--corpus "$(CORPUS)") $(if $(RUNS),--runs "$(RUNS)") $(if $(FORCE),--force)

test: $(STAMP) ## run the test suite (offline; the browser checks are `make test-browser`)
	MPLBACKEND=Agg $(BIN)/python -m pytest -q -m "not browser"

test-browser: $(STAMP) ## open the reports and JupyterLab in headless Chromium (/usr/bin/chromium)
	MPLBACKEND=Agg $(BIN)/python -m pytest -q -m browser tests/test_browser.py

lab: $(STAMP) ## start JupyterLab from the project environment on localhost, in notebooks/
	$(BIN)/jupyter lab --ServerApp.ip=127.0.0.1 --ServerApp.root_dir=notebooks \
		--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate --LabApp.news_url=None \
		$(if $(filter 0,$(shell id -u)),--allow-root)

lint: $(STAMP) ## ruff: lint and check formatting
	$(BIN)/ruff check newsresearch tests benchmarks notebooks scripts
	$(BIN)/ruff format --check newsresearch tests benchmarks

format: $(STAMP) ## ruff: fix lint and format the code
	$(BIN)/ruff check --fix newsresearch tests benchmarks
	$(BIN)/ruff format newsresearch tests benchmarks

doctor: $(STAMP) ## check the installation, offline resources and the sample checksums
	$(BIN)/newsresearch doctor

bench-load: $(STAMP) ## load benchmark on ../shared/data/abp/jsons.tar.gz
	$(BIN)/python benchmarks/load.py

bench-throughput: $(STAMP) ## whole feature pipeline on the ABP corpus vs one bare VADER pass (LIMIT=N)
	$(BIN)/python benchmarks/throughput.py $(if $(LIMIT),--limit $(LIMIT))

eval-sentences: $(STAMP) ## sentence-boundary F1 on the development and held-out gold sets
	$(BIN)/newsresearch evaluate sentences
	$(BIN)/newsresearch evaluate sentences --gold data/sample/gold/sentences_heldout.jsonl

lock: ## re-pin requirements.lock from a fresh environment (needs the network)
	rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv
	.lock-venv/bin/python -m pip install --quiet ".[notebooks,dask,dev]"
	.lock-venv/bin/python -m pip freeze --exclude-editable | grep -v '^newsresearch' > requirements.lock
	rm -rf .lock-venv

checksums: $(STAMP) ## rewrite data/sample/SHA256SUMS after a deliberate change to the sample
	$(BIN)/python -c "from newsresearch.checksums import write_sha256sums; print(write_sha256sums())"

clean: ## remove the virtual environment and caches (keeps reports/)
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis build *.egg-info .cache
