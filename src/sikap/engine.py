"""Where partitions run: in this process, in a local process pool, or on a Dask distributed cluster.

An engine maps a picklable top-level function over picklable tasks and yields results as they finish, in
any order; callers put results back in task order, so the output never depends on the engine, the worker
count or the timing. Workers read the raw root and write into the build's staging folder, so a remote
Dask cluster needs both on a shared file system at the same paths (as dask-jobqueue clusters have).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager

ENGINES = ("local", "dask")


def cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover
        return os.cpu_count() or 1


class InProcess:
    name = "in-process"
    workers = 1

    def map(self, fn: Callable, tasks: Iterable) -> Iterator:
        for task in tasks:
            yield fn(task)


class LocalPool:
    """A process pool; workers start from a fork server that has the pipeline imported once."""

    name = "local"

    def __init__(self, workers: int):
        import multiprocessing as mp
        from concurrent.futures import ProcessPoolExecutor

        self.workers = workers
        # One thread per worker process: BLAS and polars thread pools in every worker would oversubscribe the
        # cores (py3langid's small matmuls got 10x slower). The fork server starts from this environment.
        for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "POLARS_MAX_THREADS"):
            os.environ.setdefault(var, "1")
        ctx = mp.get_context("forkserver")
        ctx.set_forkserver_preload(["sikap.build", "sikap.partition", "sikap.stream", "pyarrow", "numpy"])
        self._pool = ProcessPoolExecutor(max_workers=workers, mp_context=ctx)

    def map(self, fn: Callable, tasks: Iterable) -> Iterator:
        from concurrent.futures import as_completed

        futures = [self._pool.submit(fn, t) for t in tasks]
        try:
            for fut in as_completed(futures):
                yield fut.result()
        except BaseException:
            for fut in futures:
                fut.cancel()
            raise

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


class DaskEngine:
    """A dask.distributed Client: to `scheduler` if given, else to a LocalCluster on 127.0.0.1."""

    name = "dask"

    def __init__(self, scheduler: str | None, workers: int):
        from distributed import Client, LocalCluster

        self._cluster = None
        if scheduler:
            self._client = Client(scheduler, set_as_default=False)
        else:
            self._cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                         host="127.0.0.1", dashboard_address="127.0.0.1:0")
            self._client = Client(self._cluster, set_as_default=False)
        self.workers = len(self._client.scheduler_info()["workers"]) or workers
        self.address = self._client.scheduler.address

    def map(self, fn: Callable, tasks: Iterable) -> Iterator:
        from distributed import as_completed

        futures = self._client.map(fn, list(tasks), pure=False)
        try:
            for fut in as_completed(futures, loop=self._client.loop):
                yield fut.result()
        finally:
            for fut in futures:
                fut.release()

    def close(self) -> None:
        self._client.close()
        if self._cluster is not None:
            self._cluster.close()


@contextmanager
def open_engine(engine: str = "local", scheduler: str | None = None, workers: int = 0, tasks: int = 2):
    """The engine for a build with `tasks` partitions; a local build of one partition runs in-process."""
    workers = workers or cores()
    if engine not in ENGINES:
        raise ValueError(f"engine {engine!r} is not one of {ENGINES}")
    if engine == "local" and (workers == 1 or tasks <= 1):
        yield InProcess()
        return
    eng = LocalPool(min(workers, tasks)) if engine == "local" else DaskEngine(scheduler, workers)
    try:
        yield eng
    finally:
        eng.close()
