#!/usr/bin/env bash
# Install everything the tests need (Debian packages for Dovecot and PostgreSQL, Python
# packages into .venv), then run ruff, mypy and the whole test suite. The suite starts and
# stops its own private servers on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-test-deps.sh
scripts/bootstrap-venv.sh test
echo "== ruff"
.venv/bin/ruff check src tests benchmarks
echo "== mypy"
.venv/bin/mypy
echo "== pytest"
.venv/bin/pytest "$@"
