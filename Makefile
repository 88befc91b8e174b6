# minutier — French local-assembly minutes into a DuckDB warehouse.
# `make help` lists every target.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
RAW    ?= data/raw
DB     ?= data/warehouse/minutes.duckdb
OUT    ?= reports
JOBS   ?=
SHARED ?= ../shared
SCOREDB ?= /tmp/minutier-score.duckdb

.DEFAULT_GOAL := help
.PHONY: help install ingest audit test lint bench score quality clean docs export

help: ## List every target with what it does
	@grep -E '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  make %-8s %s\n", $$1, $$2}'
	@echo "  Variables: RAW=$(RAW) DB=$(DB) OUT=$(OUT) JOBS=<n>"

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	@touch $@

install: $(BIN)/.installed ## Create the virtual environment and install the pinned dependencies

ingest: $(BIN)/.installed ## Ingest every file of RAW into the warehouse DB (default data/raw -> data/warehouse/minutes.duckdb)
	$(BIN)/minutier ingest $(RAW) --db $(DB) $(if $(JOBS),--jobs $(JOBS))

audit: $(BIN)/.installed ## Run the consistency checks and write the audit report (HTML, CSV, JSON) to OUT
	$(BIN)/minutier audit --db $(DB) --out $(OUT)

test: $(BIN)/.installed ## Run the linter and the test suite
	$(BIN)/ruff check pipeline extractors tests
	$(BIN)/pytest

lint: $(BIN)/.installed ## Run the linter only
	$(BIN)/ruff check pipeline extractors tests

score: $(BIN)/.installed ## Ingest every annotated corpus (dev, real, the project's gold) into SCOREDB; print F1 per document, corpus and in total
	$(BIN)/python -m pipeline.quality --shared $(SHARED) --db $(SCOREDB)

quality: $(BIN)/.installed ## Like score, and rewrite docs/quality.md (first-sight and current F1 of every annotated document)
	$(BIN)/python -m pipeline.quality --shared $(SHARED) --db $(SCOREDB) --ledger docs/quality.md

docs: $(BIN)/.installed ## Regenerate docs/schema.md from the warehouse's COMMENTs (a test fails when it drifts)
	$(BIN)/python -m pipeline.schema_doc docs/schema.md

export: $(BIN)/.installed ## Export DB as open data (SCDL CSV, Parquet) to OUT/export; MAPPING=<file> for SIRET etc.
	$(BIN)/minutier export --db $(DB) --out $(OUT)/export $(if $(MAPPING),--mapping $(MAPPING))

bench: $(BIN)/.installed ## Measure text-layer pages/s against the naive baseline and raw PDFium, and OCR s/page/core of scans
	$(BIN)/python -m pipeline.bench

clean: ## Remove the virtual environment, caches and the warehouse
	rm -rf $(VENV) .pytest_cache .ruff_cache data/warehouse/*.duckdb* $(OUT)
