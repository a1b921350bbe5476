# Two commands on a fresh machine:
#   make demo   installs everything into .venv and runs the demo on examples/
#   make test   installs everything into .venv and runs the tests
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install demo test lint bench clean

$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/storyline demo --out demo-report.html

test: $(STAMP)
	$(BIN)/ruff check storyline tests bench
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check storyline tests bench

clean:
	rm -rf $(VENV) demo.db demo-report.html
