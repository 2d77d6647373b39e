# Two entry points for a fresh machine: `make demo` and `make test`. Both create .venv themselves.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test bench clean screenshot

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	rm -rf demo-data
	$(BIN)/vbkg build examples --store demo-data
	mkdir -p demo-output
	$(BIN)/vbkg export --store demo-data --format ttl -o demo-output/graph.ttl
	$(BIN)/vbkg export --store demo-data --format graphml -o demo-output/graph.graphml
	$(BIN)/vbkg viz --store demo-data -o demo-output/graph.html
	@echo "Demo written: demo-output/graph.ttl demo-output/graph.graphml demo-output/graph.html (store: demo-data/)"

test: $(STAMP)
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python bench/run.py

# docs/graph.png, the README's picture of the HTML view: examples/ built into a temporary store, drawn in
# headless Chromium (Debian's /usr/bin/chromium).
screenshot: $(STAMP)
	$(BIN)/python scripts/screenshot.py

clean:
	rm -rf $(VENV) demo-data demo-output *.egg-info
