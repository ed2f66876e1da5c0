"""Every python block of README.md, dataset/README.md, DATASHEET.md and RELEASING.md runs, in a fresh
interpreter from the project root, offline, with its own caches. A block that needs a server or the network
is marked just above it with `<!-- snippet: skip REASON -->` and skipped with that reason (keep them few)."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from tests.conftest import REPO

DOCUMENTS = ["README.md", "dataset/README.md", "DATASHEET.md", "RELEASING.md"]
_BLOCK = re.compile(r"(?:<!-- snippet: skip (?P<skip>[^>]*?) -->\s*\n)?```python\n(?P<code>.*?)```", re.S)


def python_blocks(text: str) -> list[tuple[str, str | None]]:
    """(code, skip reason or None) for every ```python block of a markdown text."""
    return [(m.group("code"), m.group("skip")) for m in _BLOCK.finditer(text)]


BLOCKS = [(doc, i, code, skip) for doc in DOCUMENTS
          for i, (code, skip) in enumerate(python_blocks((REPO / doc).read_text(encoding="utf-8")))]


def test_the_documents_have_python_blocks():
    docs = {doc for doc, *_ in BLOCKS}
    assert {"README.md", "dataset/README.md", "RELEASING.md"} <= docs
    assert sum(1 for *_, skip in BLOCKS if skip) <= 2  # blocks that cannot run here stay few


def run_block(code: str, cwd, tmp_path) -> subprocess.CompletedProcess:
    from tests.conftest import offline_env

    env = offline_env(tmp_path / "hf")
    env.update(SIKAP_CACHE=str(tmp_path / "sikap"), MPLBACKEND="Agg", MPLCONFIGDIR=str(tmp_path / "mpl"))
    env.pop("SIKAP_ROOT", None)  # the project is found from the current folder, as a reader's would be
    return subprocess.run([sys.executable, "-c", code], cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


@pytest.mark.parametrize("doc,index,code,skip", BLOCKS, ids=[f"{d}#{i}" for d, i, *_ in BLOCKS])
def test_python_block_runs(doc, index, code, skip, tmp_path):
    if skip:
        pytest.skip(skip)
    proc = run_block(code, REPO, tmp_path)
    assert proc.returncode == 0, f"{doc} block {index} failed:\n{code}\n{proc.stderr[-3000:]}"


LINKED = ["README.md", "dataset/README.md", "DATASHEET.md", "RELEASING.md", "dataset/LICENSE.md"]


@pytest.mark.parametrize("doc", LINKED)
def test_relative_links_resolve(doc):
    """Every relative link of the documents points at a file or folder that exists (the public card's links,
    which must also resolve on the Hub, stay inside its folder: tests/release/test_export.py)."""
    path = REPO / doc
    links = re.findall(r"\]\(([^)\s#]+)(?:#[^)]*)?\)", path.read_text(encoding="utf-8"))
    broken = [link for link in links if "://" not in link and not (path.parent / link).exists()]
    assert broken == []
