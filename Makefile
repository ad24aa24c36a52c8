# Kansrijk: two commands for a fresh machine: `make demo` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := cd src && ../$(PY) manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: setup demo serve test test-suite lint typecheck security translations messages sbom check clean

## setup: virtualenv with the pinned Python packages, npm packages, Chromium and gettext
setup: $(VENV)/.installed node_modules/.installed .system-packages compile-messages

$(VENV)/.installed: requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

# Debian packages the product and its tests need: Chromium (browser tests) and gettext
# (translation catalogues). Installed only when missing; needs root (as on CI).
.system-packages:
	@missing=""; command -v chromium >/dev/null || missing="$$missing chromium"; \
	command -v msgfmt >/dev/null || missing="$$missing gettext"; \
	fc-list 2>/dev/null | grep -qi dejavu || missing="$$missing fonts-dejavu-core"; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:$$missing"; \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	  else sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; fi; \
	fi

.PHONY: compile-messages
compile-messages: $(VENV)/.installed
	@cd src && ../$(PY) manage.py compilemessages --ignore=.venv -v0

## demo: set up, load reference and demo data into SQLite, serve on http://127.0.0.1:8000
demo: setup
	$(MANAGE) migrate --no-input -v0
	$(MANAGE) load_demo
	@echo ""
	@echo "Kansrijk runs on http://$(HOST):$(PORT)  (stop with Ctrl-C)"
	$(MANAGE) runserver $(HOST):$(PORT)

## test: lint, types, security scan, translations and the whole suite (browser tests included)
test: setup check test-suite

check: lint typecheck security migrations-check

lint:
	$(VENV)/bin/ruff check src scripts bench
	$(VENV)/bin/ruff format --check src scripts bench

typecheck:
	$(VENV)/bin/mypy src

security:
	$(VENV)/bin/bandit -q -r src -x '*/tests/*,*/migrations/*' --severity-level medium --confidence-level medium

migrations-check:
	$(MANAGE) makemigrations --check --dry-run -v1

test-suite: setup
	$(VENV)/bin/pytest -p no:randomly -q

## messages: regenerate the translation catalogues of every app
messages:
	$(PY) scripts/messages.py all

sbom:
	$(VENV)/bin/cyclonedx-py requirements requirements.txt --of JSON -o docs/sbom.cdx.json

clean:
	rm -rf $(VENV) node_modules var
