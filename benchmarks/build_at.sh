#!/bin/sh
# One build of RAW into OUT by the sikap source tree TREE (a checkout or `git worktree add --detach` of any
# revision), with this checkout's virtualenv: the side-by-side comparison of two revisions on one machine
# (SIDE_BY_SIDE.md). Usage: sh benchmarks/build_at.sh TREE RAW OUT
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
tree=$1 raw=$2 out=$3
cd "$tree" && rm -rf "$out"
PYTHONPATH="$tree/src" exec "$here/.venv/bin/python" -c "from sikap.cli import app; app()" build --raw "$raw" --out "$out" -q
