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

# Run on a schedule: a local Prefect server, the process pool, the deployments of deploy.yaml, a worker.
# State (the server's SQLite database, its logs) lives under data/prefect; the server listens on 127.0.0.1 only.
PREFECT_PORT ?= 4200
PREFECT_ENV := PREFECT_HOME=$(CURDIR)/data/prefect PREFECT_API_URL=http://127.0.0.1:$(PREFECT_PORT)/api \
	PREFECT_SERVER_ANALYTICS_ENABLED=false
.PHONY: server pool deploy worker report report-screenshot

server: setup ## start the Prefect server and UI on http://127.0.0.1:4200 (state in data/prefect)
	mkdir -p data/prefect
	$(PREFECT_ENV) $(BIN)/prefect server start --host 127.0.0.1 --port $(PREFECT_PORT)

pool: setup ## create the process work pool tracker-pool, one run at a time (needs `make server`)
	$(PREFECT_ENV) $(BIN)/prefect work-pool create tracker-pool --type process --overwrite
	$(PREFECT_ENV) $(BIN)/prefect work-pool set-concurrency-limit tracker-pool 1

deploy: pool ## register the deployments and schedules of deploy.yaml (needs `make server`)
	$(PREFECT_ENV) PWD=$(CURDIR) $(BIN)/prefect --no-prompt deploy --all --prefect-file deploy.yaml

worker: setup ## run the deployments' runs as they come due (a process worker on tracker-pool)
	$(PREFECT_ENV) $(BIN)/prefect worker start --pool tracker-pool

report: setup ## write report.html from the published warehouse (chart, latest figures, source health)
	$(BIN)/tracker report --out report.html

report-screenshot: report ## render report.html in headless chromium to report.png
	chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
		--disable-component-update --disable-sync --user-data-dir=$$(mktemp -d) --screenshot=$(CURDIR)/report.png \
		--window-size=1200,1600 file://$(CURDIR)/report.html
