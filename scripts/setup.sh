#!/usr/bin/env bash
# Create .venv with the sikap package (editable) and its test dependencies. Idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
stamp=.venv/.sikap-installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  # The local package mirrors print one harmless "Location ... is ignored" line per package: drop them.
  .venv/bin/python -m pip install -q -e '.[test]' 2> >(grep -v 'is ignored' >&2)
  touch "$stamp"
fi
