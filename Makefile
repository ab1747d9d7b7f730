# The two commands of the README: `make` builds everything, `make test` runs every test.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
KERNEL := csto-in-data

NOTEBOOKS := $(sort $(wildcard notebooks/[0-9]*.ipynb))

.PHONY: all install reports validate test test-fast test-notebooks test-browser lab benchmark clean

all: reports

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	$(BIN)/python -m ipykernel install --sys-prefix --name $(KERNEL) --display-name "CSTO in Data"
	touch $(STAMP)

install: $(STAMP)

validate: install
	$(BIN)/python -m csto validate data

# Execute every notebook in place (outputs committed) and render reports/*.html and reports/figures/*.png.
reports: install validate
	$(BIN)/python scripts/codebook.py
	$(BIN)/python scripts/build.py

test: install
	$(BIN)/python -m pytest
	$(BIN)/python -m pytest --nbval --nbval-current-env --nbval-sanitize-with tests/nbval-sanitize.cfg $(NOTEBOOKS)

test-fast: install
	$(BIN)/python -m pytest -m "not browser"

lab: install
	$(BIN)/jupyter lab --notebook-dir=. notebooks/

benchmark: install
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis test-output build src/*.egg-info
