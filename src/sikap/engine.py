"""Where partitions run: in this process, in a local process pool, or on a Dask distributed cluster.

An engine maps a picklable top-level function over picklable tasks and yields results as they finish, in
any order; callers put results back in task order, so the output never depends on the engine, the worker
count or the timing. Workers read the raw root and write into the build's staging folder, so a remote
Dask cluster needs both on a shared file system at the same paths (as dask-jobqueue clusters have).

A local worker that dies (the out-of-memory killer's SIGKILL, most often) breaks the whole pool; the
engine then names the task that worker was running (each task leaves a marker holding its worker's pid
while it runs) in a WorkerLost error. On any failure, Ctrl-C or SIGTERM the remaining workers are killed
at once rather than waited for; workers ignore Ctrl-C themselves (the driver ends them), so the terminal
gets one message, not one traceback per worker; and a worker whose driver was killed ends itself.
"""

from __future__ import annotations

import os
import shutil
import signal
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager

ENGINES = ("local", "dask")


def cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover
        return os.cpu_count() or 1


class WorkerLost(Exception):
    """A worker process died while running a task."""


def _init_worker(driver: int) -> None:
    """Workers ignore Ctrl-C (the driver ends them) and end themselves when the driver is gone (see
    _watch_driver): a build killed with SIGKILL leaves no worker behind."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_watch_driver, args=(driver,), name="sikap-driver-watch", daemon=True).start()


def _watch_driver(driver: int) -> None:
    """A pool worker whose driver was killed (SIGKILL) would wait forever for its next task (it holds the
    task queue's write end itself, so it never reads an end of file), and the fork server waits for its
    workers: both would live on, holding memory, the build's output streams and its staging folder. Checked
    twice a second."""
    while True:
        time.sleep(0.5)
        if _gone(driver):
            os._exit(1)


def _gone(pid: int) -> bool:
    """Whether process pid has ended (a zombie has: it waits only to be reaped)."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            return fh.read().rsplit(b")", 1)[1].split()[0] in (b"Z", b"X")
    except FileNotFoundError:
        return True
    except OSError:  # pragma: no cover - no procfs
        from sikap.locks import pid_alive

        return not pid_alive(pid)


def _run_marked(fn: Callable, task, index: int, markers: str):
    """Run fn(task) in a worker, with a marker naming this worker's pid while it runs."""
    marker = os.path.join(markers, str(index))
    try:
        with open(marker, "w") as fh:
            fh.write(str(os.getpid()))
    except OSError:  # no marker (a full disk): the task still runs; only the message loses its name
        marker = None
    try:
        return fn(task)
    finally:  # not reached when the worker is killed: the marker then names the task
        if marker:
            os.unlink(marker)


def describe(task) -> str:
    return getattr(task, "label", None) or f"task {getattr(task, 'index', '?')}"


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
        self._markers = tempfile.mkdtemp(prefix="sikap-tasks-")
        self._pool = ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_init_worker,
                                         initargs=(os.getpid(),))

    def map(self, fn: Callable, tasks: Iterable) -> Iterator:
        from concurrent.futures import as_completed
        from concurrent.futures.process import BrokenProcessPool

        tasks = list(tasks)
        futures = [self._pool.submit(_run_marked, fn, t, i, self._markers) for i, t in enumerate(tasks)]
        try:
            for fut in as_completed(futures):
                try:
                    result = fut.result()
                except BrokenProcessPool:
                    raise WorkerLost(self._lost(tasks)) from None
                yield result
        except BaseException:
            for fut in futures:
                fut.cancel()
            self.abort()
            raise

    def _lost(self, tasks: list) -> str:
        """Name the task(s) whose worker died: the pool then ends the other workers with SIGTERM, so the
        culprit is the marker's worker that ended by another signal (SIGKILL from the out-of-memory killer)."""
        from sikap.locks import pid_alive

        procs = dict(getattr(self._pool, "_processes", None) or {})
        self._pool.shutdown(wait=True, cancel_futures=True)  # the pool is broken: this only joins the workers
        codes = {pid: proc.exitcode for pid, proc in procs.items()}
        killed, dead = [], []
        for name in sorted(os.listdir(self._markers), key=int):
            try:
                with open(os.path.join(self._markers, name)) as fh:
                    pid = int(fh.read() or 0)
            except (OSError, ValueError):
                continue
            code = codes.get(pid)
            if code is not None and code < 0 and -code != signal.SIGTERM:
                killed.append(f"{describe(tasks[int(name)])} (signal {signal.Signals(-code).name})")
            elif pid and not pid_alive(pid):
                dead.append(describe(tasks[int(name)]))
        what = " and ".join(killed or dead) or "a task"
        return (f"a worker process died while running {what}: it was killed, most often by the system's "
                "out-of-memory killer; nothing was written. Retry with fewer --workers, or free memory")

    def abort(self) -> None:
        """Kill the workers now (a failure, Ctrl-C or SIGTERM): their results would be thrown away."""
        for proc in list((getattr(self._pool, "_processes", None) or {}).values()):
            try:
                proc.kill()
            except (OSError, ValueError, AttributeError):
                pass

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
        shutil.rmtree(self._markers, ignore_errors=True)


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
    except BaseException:
        getattr(eng, "abort", lambda: None)()
        raise
    finally:
        eng.close()
