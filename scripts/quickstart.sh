#!/usr/bin/env bash
# Install mailtriage into .venv and run the main job on the embedded defaults: SQLite and a
# local Maildir seeded with sample support mails in German, French, Italian and English.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap-venv.sh
.venv/bin/mailtriage --log-level WARNING demo "$@"
