# Two entry points for a fresh machine: `make demo` and `make test`. Both create .venv themselves.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test bench accuracy clean screenshot

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

# Extraction accuracy: ../shared/tools/score.py on the seed, the published dev set and bench/gold/extra-*.
SCORE := python3 ../shared/tools/score.py --run "$(BIN)/vbkg extract --format json"
accuracy: $(STAMP)
	@echo "seed:";    $(SCORE) --gold ../shared/seed | tail -n 1
	@echo "dev:";     $(SCORE) --gold ../shared/gold/dev --text-dir ../shared/corpus | tail -n 1
	@for set in bench/gold/extra-*/; do echo "$$set:"; $(SCORE) --gold $$set --text-dir ../shared/corpus | tail -n 1; done

# docs/graph.png, the README's picture of the HTML view: examples/ built into a temporary store, drawn in
# headless Chromium (Debian's /usr/bin/chromium).
screenshot: $(STAMP)
	$(BIN)/python scripts/screenshot.py

clean:
	rm -rf $(VENV) demo-data demo-output *.egg-info
