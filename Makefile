# CIMIS hub platform. `make help` lists the targets.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
STAMP := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)

# Debian's Chromium drives the browser tests (apt-get install chromium); never a downloaded one.
CHROMIUM ?= /usr/bin/chromium

.DEFAULT_GOAL := help
.PHONY: help install run migrate demo test e2e lint format messages clean bench cluster backup restore

help: ## List the targets
	@grep -E '^[a-z0-9-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	rm -f $(VENV)/.installed-* && touch $(STAMP)

install: $(STAMP) ## Create .venv and install the pinned dependencies

migrate: install ## Apply database migrations
	$(BIN)/python manage.py migrate --noinput

demo: migrate ## Load the demo content and accounts (idempotent)
	CIMIS_SITE_PORT=$(PORT) $(BIN)/python manage.py load_demo

run: demo ## Install, migrate, load the demo and serve on http://127.0.0.1:$(PORT)
	@echo "Sites: http://lernplattform.localhost:$(PORT)/  http://meissen.localhost:$(PORT)/  http://lausitz.localhost:$(PORT)/  http://erzgebirge.localhost:$(PORT)/"
	CIMIS_SITE_PORT=$(PORT) $(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

# The suite runs on every core (pytest-xdist: each worker has its own test database and demo).
# E2E=no leaves the browser tests out (.ci/run runs them once, on PostgreSQL).
E2E ?= yes
test: install ## Run the whole test suite, then the browser tests if Chromium is installed (DATABASE_URL selects the database; E2E=no skips them)
	$(BIN)/python -m pytest -n auto
	@if [ "$(E2E)" = "no" ]; then \
		echo "== Browser tests left out (E2E=no): make e2e runs them"; \
	elif [ -x "$(CHROMIUM)" ]; then \
		$(MAKE) --no-print-directory e2e; \
	else \
		echo "== Browser tests SKIPPED: Chromium is not installed at $(CHROMIUM) (apt-get install chromium; .ci/run does)"; \
	fi

e2e: install ## Run only the browser tests: journeys, keyboard, axe on every page type (screenshots in artifacts/)
	@[ -x "$(CHROMIUM)" ] || { echo "make e2e: Chromium is not installed at $(CHROMIUM) (apt-get install chromium)"; exit 1; }
	@echo "== Browser tests (Playwright, $(CHROMIUM))"
	CIMIS_CHROMIUM=$(CHROMIUM) $(BIN)/python -m pytest tests/e2e --screenshot only-on-failure --output artifacts/failures

# Needs wrk (apt-get install wrk), PostgreSQL and Redis on 127.0.0.1; makes the database cimis_bench.
bench: install ## Load benchmark: wrk against gunicorn (production settings, PostgreSQL, Redis); prints figures
	$(BIN)/python benchmarks/pages.py

# PostgreSQL only; needs haproxy and redis-server (apt-get install haproxy redis-server).
cluster: install ## Two app nodes behind HAProxy on loopback (PostgreSQL, Redis, S3 server): proves and prints the multi-node behaviour
	$(BIN)/python deploy/cluster.py

backup: install ## Back up the database and the media into BACKUP=<new directory> (default backups/<UTC time>)
	$(BIN)/python manage.py backup $(or $(BACKUP),backups/$(shell date -u +%Y%m%d-%H%M%S))

restore: install ## Restore BACKUP=<directory> into the configured, empty database and the media storage
	@[ -n "$(BACKUP)" ] || { echo "make restore BACKUP=<directory written by make backup>"; exit 2; }
	$(BIN)/python manage.py restore $(BACKUP)

lint: install ## ruff: lint and format check
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install ## ruff: fix what can be fixed and format
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

messages: install ## Update and compile the de/en interface catalogues
	$(BIN)/python manage.py makemessages --locale de --locale en --no-obsolete --ignore '.venv/*' --ignore 'tests/*' --ignore 'benchmarks/*' --ignore 'static/*' --ignore 'media/*' --ignore 'artifacts/*'
	$(BIN)/python manage.py compilemessages --ignore '.venv/*'

clean: ## Remove the virtual environment, the SQLite database, media and test artefacts
	rm -rf $(VENV) db.sqlite3 media static artifacts
