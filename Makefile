# Two commands on a fresh machine:
#   make demo   installs everything into .venv and runs the demo on examples/
#   make test   installs everything into .venv and runs the tests
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install system-deps demo serve test test-fast lint bench eval clean

$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .  # setuptools: in the lock
	touch $(STAMP)

install: $(STAMP)

# Debian packages for the tests: PostgreSQL, Chromium, wrk (installed only when missing).
system-deps:
	scripts/system-deps.sh

demo: $(STAMP)
	$(BIN)/storyline demo --out demo-report.html

# The web app and JSON API over the demo database (run `make demo` first).
serve: $(STAMP)
	$(BIN)/storyline --db demo.db serve

# Tests run in one process per core plus one (pytest-xdist, at most 5): several tests wait
# on other processes (Ray's daemons, PostgreSQL, Chromium, ingests they start), and the
# extra process keeps the cores busy meanwhile. --dist loadscope hands out whole test
# modules (so a module's fixtures, one browser or one built wheel, are made once) to
# whichever process is free, in the order tests/conftest.py gives them: modules with long
# tests first, so the many short ones fill the gaps at the end.
# (--dist loadgroup would be finer, but with pytest 9.2 it silently ignores xdist_group:
# pytest-xdist issue #1386.) `make test PYTEST_WORKERS=0` runs them in one process.
PYTEST_WORKERS ?= $(shell n=$$(nproc 2>/dev/null || echo 2); [ $$n -gt 4 ] && n=4; echo $$((n + 1)))
PYTEST_PARALLEL ?= -n $(PYTEST_WORKERS) --dist loadscope --no-loadscope-reorder

test: $(STAMP) system-deps
	$(BIN)/ruff check storyline tests bench
	$(BIN)/mypy
	$(BIN)/python -m pytest -q $(PYTEST_PARALLEL)

# The quick loop while developing: everything but the tests marked slow (CI runs them all).
test-fast: $(STAMP)
	$(BIN)/ruff check storyline tests bench
	$(BIN)/mypy
	$(BIN)/python -m pytest -q $(PYTEST_PARALLEL) -m "not slow"

lint: $(STAMP)
	$(BIN)/ruff check storyline tests bench
	$(BIN)/mypy

# Speed benchmarks (by hand, not tests); figures go to docs/benchmarks.md.
bench: $(STAMP)
	$(BIN)/python bench/bench_nlp.py
	$(BIN)/python bench/bench_stories.py --n 100000
	$(BIN)/python bench/bench_backfill.py --articles 120
	$(BIN)/python bench/bench_postgres.py --articles 100000

# Quality on external labelled data (../shared/data); figures go to docs/benchmarks.md.
eval: $(STAMP)
	$(BIN)/storyline eval clustering --dataset ecbplus --split test
	$(BIN)/storyline eval clustering --dataset examples
	$(BIN)/storyline eval time --dataset tempeval3 --split platinum
	$(BIN)/storyline eval time --dataset meantime
	$(BIN)/storyline eval quotes --dataset polnear --split test
	$(BIN)/storyline eval entities --dataset meantime

clean:
	rm -rf $(VENV) demo.db demo-report.html
