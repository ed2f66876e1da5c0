"""`sikap build --engine dask`: the same steps on a Dask cluster give the local engine's bytes."""

from __future__ import annotations

import shutil

import pytest
from typer.testing import CliRunner

from sikap.build import BuildConfig
from sikap.cli import app
from sikap.stream import build_dataset
from tests.conftest import tree_bytes

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def cluster():
    """A real LocalCluster: two worker processes talking TCP on 127.0.0.1."""
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, protocol="tcp", host="127.0.0.1",
                      dashboard_address=None) as c:
        yield c


@pytest.fixture
def many_files(raw_root):
    """Seeds plus near-copies, so that several partitions and shards exist."""
    seed = raw_root / "seeds" / "001_3e2786e0e816b5c4.txt"
    text = seed.read_text(encoding="utf-8")
    extra = raw_root / "more"
    extra.mkdir()
    for i in range(6):
        (extra / f"copy-{i}.txt").write_text(text.replace("Rubio", f"Rubio{i}", 1), encoding="utf-8")
    shutil.copy(seed, extra / "zz-byte-copy.txt")
    return raw_root


def test_cli_dask_scheduler_gives_the_local_bytes(cluster, many_files, tmp_path):
    assert cluster.scheduler_address.startswith("tcp://127.0.0.1:")
    config = BuildConfig(partition_files=3, shard_rows=4)
    build_dataset(many_files, tmp_path / "local", config, engine="local")
    build_dataset(many_files, tmp_path / "dask", config, engine="dask", scheduler=cluster.scheduler_address)
    assert tree_bytes(tmp_path / "dask") == tree_bytes(tmp_path / "local")
    assert len(list((tmp_path / "local").glob("data/articles-*-of-00003.parquet"))) == 3  # 12 articles

    # The CLI with default partitioning: the same bytes as a local CLI build.
    runner = CliRunner()
    for engine, out in (("local", "cli-local"), ("dask", "cli-dask")):
        args = ["build", "--raw", str(many_files), "--out", str(tmp_path / out), "-q", "--engine", engine]
        if engine == "dask":
            args += ["--scheduler", cluster.scheduler_address]
        res = runner.invoke(app, args)
        assert res.exit_code == 0, res.output
    assert tree_bytes(tmp_path / "cli-dask") == tree_bytes(tmp_path / "cli-local")
    assert len(cluster.workers) == 2


def test_dask_without_address_starts_a_local_cluster(many_files, tmp_path):
    config = BuildConfig(partition_files=4, workers=2)
    result = build_dataset(many_files, tmp_path / "dask", config, engine="dask")
    assert result.info["engine"] == "dask" and result.info["workers"] == 2
    build_dataset(many_files, tmp_path / "local", config)
    assert tree_bytes(tmp_path / "dask") == tree_bytes(tmp_path / "local")
