# `make run` opens the editor on the bundled sample plan; `make test` runs every test.
# Both create .venv on first use (and again when pyproject.toml changes).

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
SAMPLE_XLSX := resources/rpd-kota-mojokerto.xlsx
SAMPLE_PLAN := work/rpd-kota-mojokerto.pokin

.PHONY: run test bench lint clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $(STAMP)

# Made once: later runs open the same plan file with every edit kept
# (delete it to start again from the workbook).
$(SAMPLE_PLAN): | $(STAMP)
	mkdir -p work
	$(VENV)/bin/pokin import $(SAMPLE_XLSX) -o $(SAMPLE_PLAN)

# Byte-compiled once, so that the editor starts without compiling its own sources
# (even where PYTHONDONTWRITEBYTECODE is set); a no-op when nothing changed, and
# never in the way when the folder cannot be written.
run: $(STAMP) $(SAMPLE_PLAN)
	-$(PY) -m compileall -q app
	$(VENV)/bin/pokin $(SAMPLE_PLAN)

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/pytest

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/run_all.py

# The checks that keep the house standing: style, the import contracts in
# pyproject.toml (the model imports no Qt, no package circles), and types.
lint: $(STAMP)
	$(VENV)/bin/ruff check app tests benchmarks resources
	$(VENV)/bin/lint-imports
	$(VENV)/bin/mypy

clean:
	rm -rf $(VENV) work
