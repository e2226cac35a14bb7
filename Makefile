# Two commands on a fresh machine with python3 and make: `make run` and `make test`.
# Both set up .venv from uv.lock first; nothing else needs installing by hand.

UV_VERSION := 0.13.9
TOOLS      := .tools
UV         := $(TOOLS)/bin/uv
VENV       := .venv
OPENDATA   := $(VENV)/bin/opendata
# Labelled as what it is: a demo key for the sample agency. Real runs set their own secret.
DEMO_KEY   := demo-key-for-the-sample-agency-only-not-secret

.PHONY: run test lint dev sample publish serve benchmark evaluate clean

$(UV):
	python3 -m venv $(TOOLS)
	$(TOOLS)/bin/pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

# --compile-bytecode: every process (each Dagster run, each test worker) then starts from
# .pyc files, also where PYTHONDONTWRITEBYTECODE keeps Python from writing them itself.
$(VENV)/.synced: $(UV) uv.lock pyproject.toml
	$(UV) sync --frozen --quiet --compile-bytecode
	touch $@

## run: build the sample agency and publish every approved dataset
run: $(VENV)/.synced
	$(OPENDATA) sample build
	OPENDATA_PSEUDONYM_KEY=$${OPENDATA_PSEUDONYM_KEY:-$(DEMO_KEY)} $(OPENDATA) publish

## test: the whole test suite
test: $(VENV)/.synced
	$(VENV)/bin/pytest -n 2 --dist loadfile -q

lint: $(VENV)/.synced
	$(VENV)/bin/ruff check pipelines catalog tests scripts
	$(VENV)/bin/ruff format --check pipelines catalog tests scripts

## dev: the Dagster UI on http://127.0.0.1:3000 over the sample project
dev: $(VENV)/.synced
	mkdir -p .dagster
	test -f .dagster/dagster.yaml || printf 'telemetry:\n  enabled: false\n' > .dagster/dagster.yaml
	DAGSTER_HOME=$(CURDIR)/.dagster OPENDATA_PSEUDONYM_KEY=$${OPENDATA_PSEUDONYM_KEY:-$(DEMO_KEY)} \
		$(VENV)/bin/dagster dev -w workspace.yaml

serve: $(VENV)/.synced
	$(OPENDATA) serve

benchmark: $(VENV)/.synced
	$(VENV)/bin/python scripts/benchmark_deid.py

evaluate: $(VENV)/.synced
	$(VENV)/bin/python scripts/evaluate_deid.py --set all

clean:
	rm -rf data public .dagster
