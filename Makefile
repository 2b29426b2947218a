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

.PHONY: help setup migrate run test lint format chromium screenshot icons clean

help:
	@echo "make run      install what is missing, migrate, serve on http://localhost:$(PORT)"
	@echo "make test     install what is missing (Chromium too), then ruff and the whole suite"
	@echo "make lint     ruff check and ruff format --check"
	@echo "make format   ruff format and ruff check --fix"
	@echo "make icons    render assets/icons/*.png from assets/icons/icon.svg"
	@echo "make screenshot  refresh the README's phone screenshot from the real app"

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

format: setup
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

# pytest exits 5 when it collects nothing; that is a failure here too.
test: setup chromium lint
	$(VENV)/bin/pytest

icons: setup chromium
	$(PY) -m twitch_app.devtools.icons

screenshot: setup chromium
	$(PY) -m twitch_app.devtools.screenshot

clean:
	rm -rf .web .web-* $(TOOLS) $(VENV)
