# The two commands of the README: `make` builds everything, `make test` runs every test.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
KERNEL := csto-in-data

NOTEBOOKS := $(sort $(wildcard notebooks/[0-9]*.ipynb))

# Let Python cache compiled modules (__pycache__ in .venv/ and in ignored folders of the tree). A shell that sets
# PYTHONDONTWRITEBYTECODE makes every kernel and test process recompile pandas, matplotlib and the rest from
# source: about 3.5 s per process, 25 s of a fresh `make` and more of `make test`.
unexport PYTHONDONTWRITEBYTECODE

.PHONY: all install reports validate test test-fast test-notebooks test-browser lab benchmark lock clean

all: reports

# Exact versions come from requirements.lock (hashes checked). uv installs them in seconds; when uv cannot be
# installed, plain pip installs the same lock. `make lock` refreshes the lock on purpose (see README).
LOCK := requirements.lock
UV_VERSION := 0.13.9
UV := $(BIN)/uv

$(STAMP): pyproject.toml $(LOCK)
	@test -x $(BIN)/python || $(PYTHON) -m venv --without-pip $(VENV)
	@test -x $(UV) || $(PYTHON) -m pip install --quiet --disable-pip-version-check --no-compile --no-deps \
	  --prefix $(VENV) uv==$(UV_VERSION) 2>/dev/null || true
	@if test -x $(UV); then \
	  echo "installing requirements.lock with uv into $(VENV)"; \
	  $(UV) pip install --quiet --python $(BIN)/python --require-hashes -r $(LOCK) && \
	  $(UV) pip install --quiet --python $(BIN)/python --no-deps -e . ; \
	else \
	  echo "uv could not be installed; installing requirements.lock with pip (slower)"; \
	  $(BIN)/python -m ensurepip --upgrade >/dev/null && \
	  $(BIN)/python -m pip install --quiet --require-hashes -r $(LOCK) && \
	  $(BIN)/python -m pip install --quiet --no-deps -e . ; \
	fi
	$(BIN)/python -m ipykernel install --sys-prefix --name $(KERNEL) --display-name "CSTO in Data" >/dev/null
	touch $(STAMP)

install: $(STAMP)

validate: install
	$(BIN)/python -m csto validate data

# Validate the data, execute every notebook in place (outputs committed) and render reports/*.html and
# reports/figures/*.png (scripts/build.py validates first, in its own process, and stops on invalid data).
reports: install
	$(BIN)/python scripts/codebook.py
	$(BIN)/python scripts/build.py

# One run, on every core: package, data, doctests, the wheel in a fresh venv, the browser, and every notebook
# under strict nbval (--dist loadfile keeps a notebook's cells, and each test module, in one worker).
# The longest modules start first (tests/conftest.py).
test: install
	$(BIN)/python -m pytest -n auto --dist loadfile --no-loadscope-reorder tests src/csto \
	  --nbval --nbval-current-env --nbval-sanitize-with tests/nbval-sanitize.cfg $(NOTEBOOKS)

test-fast: install
	$(BIN)/python -m pytest -m "not browser"

lab: install
	$(BIN)/jupyter lab --notebook-dir=. notebooks/

benchmark: install
	$(BIN)/python benchmarks/run.py

# Re-resolve every dependency to its newest allowed version, then re-run `make && make test` and commit the
# lock, environment.yml and the re-executed notebooks together.
lock: install
	$(UV) pip compile pyproject.toml --extra test --generate-hashes --universal --fork-strategy fewest \
	  --python-version 3.11 --upgrade --quiet -o $(LOCK)
	$(BIN)/python scripts/environment_yml.py

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis test-output build src/*.egg-info
