#!/usr/bin/env bash
# Install the local Label Studio server into its own virtualenv (.venv-studio/).
#
# Why a separate venv: label-studio 1.23.2 is an application that pins
# label-studio-sdk==2.1.2, pyarrow<25, Django 5.2 and ~60 other packages
# (~1 GB); the sikap package only needs the SDK and a newer pyarrow.
# Idempotent: does nothing when the right version is already installed.
#
# Usage: scripts/install-label-studio.sh        (PYTHON=python3.11 to choose the interpreter)
set -euo pipefail

LS_VERSION="1.23.2"
SDK_VERSION="2.1.2"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${SIKAP_STUDIO_VENV:-$ROOT/.venv-studio}"
PYTHON="${PYTHON:-python3}"
BIN="$VENV/bin/label-studio"

installed_version() {
    # `label-studio --version` prints a banner; the package metadata is quicker and exact.
    "$VENV/bin/python" - <<'PY' 2>/dev/null || true
from importlib.metadata import version
print(version("label-studio"))
PY
}

if [[ -x "$BIN" && "$(installed_version)" == "$LS_VERSION" ]]; then
    echo "label-studio $LS_VERSION already installed in ${VENV#"$ROOT"/}"
    exit 0
fi

# pip through the local mirror config prints one harmless warning per
# ignored location; keep errors, drop that noise.
quiet_pip() {
    local log rc=0
    log="$(mktemp)"
    "$VENV/bin/python" -m pip "$@" --quiet --disable-pip-version-check >"$log" 2>&1 || rc=$?
    grep -v -E "^(WARNING: )?Location '.*' is ignored" "$log" >&2 || true
    rm -f "$log"
    return "$rc"
}

echo "installing label-studio $LS_VERSION into ${VENV#"$ROOT"/} (~1 GB, a few minutes)"
start=$(date +%s)
if [[ ! -x "$VENV/bin/python" ]]; then
    "$PYTHON" -m venv "$VENV"
fi
quiet_pip install --upgrade pip
quiet_pip install "label-studio==$LS_VERSION" "label-studio-sdk==$SDK_VERSION"

got="$(installed_version)"
if [[ "$got" != "$LS_VERSION" ]]; then
    echo "error: expected label-studio $LS_VERSION in $VENV, found '${got:-nothing}'" >&2
    exit 1
fi
echo "label-studio $LS_VERSION installed in ${VENV#"$ROOT"/} in $(( $(date +%s) - start )) s"
