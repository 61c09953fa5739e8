# QSupervise — `make run` and `make test` do all the set-up on a fresh machine.
PY ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat requirements.txt requirements-dev.txt constraints.txt | cksum | cut -d' ' -f1)
QM := resources/translations/qsupervise_en.qm
TS := resources/translations/qsupervise_en.ts
DEMO_SIZE ?= 20000

.PHONY: setup run test test-pg lint typecheck bench bundle bundle-check demo clean translations

$(STAMP): requirements.txt requirements-dev.txt constraints.txt
	@test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt -c constraints.txt
	@rm -f $(VENV)/.installed-* && touch $@

$(QM): $(TS) $(STAMP)
	$(BIN)/pyside6-lrelease -silent $(TS) -qm $(QM)

translations: $(QM)

setup: $(STAMP) $(QM)
	@scripts/system_deps.sh $(if $(filter run,$(MAKECMDGOALS)),window,offscreen)

run: setup
	@$(BIN)/python -c "import sys; from qsupervise.paths import default_db_path as d; sys.exit(0 if d().exists() else 1)" \
	  || $(BIN)/python main.py demo --enterprises $(DEMO_SIZE) --seed 1
	$(BIN)/python main.py

demo: setup
	$(BIN)/python main.py demo --enterprises $(DEMO_SIZE) --seed 1

test: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest
	$(MAKE) --no-print-directory lint typecheck

# The core tests again on a throw-away PostgreSQL server (scripts/pg_test_server.sh: 127.0.0.1:55432, stopped
# and removed afterwards whatever the outcome). Tests that need the SQLite file itself are skipped, saying why.
test-pg: setup
	@QS_TEST_PG=$$(scripts/pg_test_server.sh start) || exit 1; \
	trap 'scripts/pg_test_server.sh stop' EXIT; \
	QS_TEST_ENGINE=postgresql QS_TEST_PG=$$QS_TEST_PG $(BIN)/python -m pytest -q tests/core -m "not slow"

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/lint-imports

typecheck: $(STAMP)
	$(BIN)/mypy

bench: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks

bundle: setup
	@scripts/system_deps.sh bundle
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN build.spec

bundle-check: bundle
	scripts/bundle_check.sh

clean:
	rm -rf build dist
