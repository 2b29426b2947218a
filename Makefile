# Twitch Relief: `make run` serves the app, `make test` runs every check.
# Both install whatever is missing first; a second run reuses it all.

SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
TOOLS := .tools
BUN := $(TOOLS)/node_modules/.bin/bun
BUN_VERSION := 1.4.4
PORT ?= 3000
HOST ?= 127.0.0.1
DATA_DIR := data

# Reflex must reach nothing but the package registries (see ../shared/STACK-NOTES.md):
# bun comes from the npm registry into .tools/, never from Reflex's download.
export PATH := $(CURDIR)/$(TOOLS)/node_modules/.bin:$(PATH)
export REFLEX_USE_SYSTEM_BUN := 1
export REFLEX_CHECK_LATEST_VERSION := 0
export REFLEX_TELEMETRY_ENABLED := false
export REFLEX_HTTP_CLIENT_BIND_ADDRESS := 0.0.0.0
export BUN_INSTALL_CACHE_DIR := $(CURDIR)/$(TOOLS)/bun-cache
export BUN_RUNTIME_TRANSPILER_CACHE_PATH := $(CURDIR)/$(TOOLS)/bun-transpiler-cache
export NPM_CONFIG_REGISTRY := $(shell npm config get registry 2>/dev/null)
export PORT HOST

.PHONY: help setup migrate run test lint format chromium screenshot icons clean \
	test-scale nginx backup restore bench audit

help:
	@echo "make run      install what is missing, migrate, serve on http://localhost:$(PORT)"
	@echo "make test     install what is missing (Chromium too), then ruff and the whole suite"
	@echo "make lint     ruff check, ruff format --check and mypy"
	@echo "make format   ruff format and ruff check --fix"
	@echo "make icons    render assets/icons/*.png from assets/icons/icon.svg"
	@echo "make screenshot  refresh the README's phone screenshot from the real app"
	@echo "make test-scale  the browser suite on PostgreSQL + Redis + workers, and the deploy layout"
	@echo "make backup [DEVICE=id] [OUT=file]   dump the database (or one device) as JSON"
	@echo "make restore FILE=file [DEVICE=1]     load a dump into DATABASE_URL"
	@echo "make audit    known-vulnerability audits of the runtime dependencies"

# The venv is rebuilt only when pyproject.toml changes.
$(VENV)/.installed: pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	@touch $@

$(BUN):
	npm install --prefix $(TOOLS) --no-audit --no-fund --no-save bun@$(BUN_VERSION)
	@$(BUN) --version >/dev/null

setup: $(VENV)/.installed $(BUN)
	@mkdir -p $(DATA_DIR)

migrate: setup
	$(VENV)/bin/reflex db migrate

run: migrate
	$(VENV)/bin/reflex run --env prod --backend-host $(HOST) --frontend-port $(PORT) --backend-port $(PORT)

chromium:
	@command -v chromium >/dev/null || { \
	  echo "Installing Debian's chromium (the only browser that can be installed here)..."; \
	  (apt-get update -qq && apt-get install -y -qq chromium chromium-driver) >/dev/null \
	  || { echo "ERROR: could not install Debian's chromium; run as root: apt-get install chromium" >&2; exit 1; }; }

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

format: setup
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

# pytest exits 5 when it collects nothing; that is a failure here too.
test: setup chromium lint
	$(VENV)/bin/pytest -m "not scale"

nginx:
	@command -v nginx >/dev/null || test -x /usr/sbin/nginx || { \
	  echo "Installing Debian's nginx-light (the deployment's web server)..."; \
	  (apt-get update -qq && apt-get install -y -qq nginx-light) >/dev/null \
	  || { echo "ERROR: could not install nginx; run as root: apt-get install nginx-light" >&2; exit 1; }; }

# The production path: PostgreSQL and Redis on loopback (installed and started when missing),
# a fresh database, then the whole browser suite against a server with Redis and several
# workers, and tests/scale (migrations, backups, the nginx + workers layout, a killed worker).
# Tests marked sqlite_only are left out: SQLite's crash test (the killed-worker test is its
# counterpart here), the refused-write tests (they hold SQLite's write lock, which PostgreSQL has
# not) and the limits test (it counts rows in SQLite; tests/scale/test_shared_limits.py checks
# the budgets across the workers instead).
# Tests marked frontend_only run once, in `make test`: what they assert (paint, layout, axe,
# the service worker, the CSP, card search, the player's clock) never reaches the database.
SCALE_WORKERS ?= 3
test-scale: setup chromium nginx
	@eval "$$($(PY) -m twitch_app.devtools.scale.services fresh twitch_scale)" && \
	TWITCH_TEST_DATABASE_URL="$$DATABASE_URL" GRANIAN_WORKERS=$(SCALE_WORKERS) \
	TWITCH_TEST_WEB_DIR=.web-scale \
	$(VENV)/bin/pytest tests/browser tests/scale -m "(browser or scale) and not sqlite_only and not frontend_only"; \
	status=$$?; $(PY) -m twitch_app.devtools.scale.services stop; exit $$status

backup: setup
	$(VENV)/bin/twitch-app backup $(if $(DEVICE),--device $(DEVICE)) \
	  --out $(or $(OUT),$(DATA_DIR)/backup-$$(date +%Y%m%d-%H%M%S).json)

restore: setup
	@test -n "$(FILE)" || { echo "usage: make restore FILE=backup.json [DEVICE=1]" >&2; exit 2; }
	$(VENV)/bin/twitch-app restore $(if $(DEVICE),--device) $(FILE)

icons: setup chromium
	$(PY) -m twitch_app.devtools.icons

screenshot: setup chromium
	$(PY) -m twitch_app.devtools.screenshot

# Not part of `make test` (~20 minutes): Lighthouse, click latency and websocket load against
# the production build and a blank Reflex app; writes twitch_app/devtools/bench/BENCHMARKS.md
# and exits non-zero when an enforced budget fails. Redis is optional (the multi-worker run).
bench: setup chromium
	@command -v redis-server >/dev/null || (apt-get install -y -qq redis-server >/dev/null 2>&1) \
	  || echo "redis-server is not installed: the multi-worker load run will be skipped"
	$(PY) -m twitch_app.devtools.bench

# Known-vulnerability audits of the runtime dependencies (pip-audit, npm audit). Not part of
# `make test`: the advisory sources are out of reach here, and the audit says so (exit 2).
audit: setup
	$(PY) -m twitch_app.devtools.audit

clean:
	rm -rf .web .web-* $(TOOLS) $(VENV)
