#!/usr/bin/env bash
# cffconvert (validates CITATION.cff) in its own venv: it pins jsonschema<4, which label-studio-sdk cannot share.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=.venv-cff
if [ -x "$VENV/bin/cffconvert" ]; then
  exit 0
fi
"${PYTHON:-python3}" -m venv "$VENV"
"$VENV/bin/python" -m pip install -q "cffconvert==2.0.0" 2> >(grep -v 'is ignored' >&2)
