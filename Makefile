# Reunification Tracker. `make help` lists the targets.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.DEFAULT_GOAL := help
.PHONY: help setup run test demo eval lint format bench clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $(STAMP)

setup: $(STAMP) ## create .venv and install the project with its dev tools

run: setup ## set up, then fetch the real sources once into data/warehouse.duckdb
	$(BIN)/tracker run --sources sources.toml

test: setup ## run the test suite (real HTTP on 127.0.0.1, real Prefect flows, real DuckDB files)
	$(BIN)/pytest -q

demo: setup ## serve the bundled fixture site on 127.0.0.1, run the flow on it, print the figures
	$(BIN)/tracker demo

eval: setup ## score the extractor on ../shared/eval/dev.jsonl (when it exists)
	@if [ -f ../shared/eval/dev.jsonl ]; then $(BIN)/tracker eval ../shared/eval/dev.jsonl; \
	else echo "no ../shared/eval/dev.jsonl here: nothing to score"; fi

lint: setup ## ruff check and format check
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: setup ## ruff format and autofix
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: setup ## run the benchmarks under bench/ (speed is measured there, never in tests)
	@for b in bench/bench_*.py; do echo "== $$b"; $(BIN)/python $$b; done

clean: ## remove the virtualenv and local data
	rm -rf $(VENV) data .pytest_cache .ruff_cache
