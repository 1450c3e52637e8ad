"""Where chunks run: a local process pool, or a Dask cluster (the same chunk function).

Both engines take a :class:`~.chunk.Task` and give back something with a
``result()`` method; nothing of a chunk is shared with another, so a Dask
worker with several threads may run chunks at once.
"""

from __future__ import annotations

import ctypes
import gc
import logging
import multiprocessing as mp
import os
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

from .._gc import GC_THRESHOLD
from .chunk import ChunkResult, Task, run_chunk

__all__ = ["DaskEngine", "LocalEngine", "available_cores"]


def available_cores() -> int:
    """The cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


class _Done:
    """A finished result with the interface of a future."""

    def __init__(self, value: ChunkResult):
        self.value = value

    def result(self) -> ChunkResult:
        return self.value


class LocalEngine:
    """``jobs`` worker processes (forked where the platform allows), or this process for 1.

    *prepare*, when given, runs in this process before forking workers (not when
    running in this process or spawning): what it loads, the workers inherit.
    """

    def __init__(self, jobs: int, *, prepare: Callable[[], None] | None = None):
        self.jobs = jobs
        self.pool: ProcessPoolExecutor | None = None
        self.frozen = False
        if jobs > 1:
            method = "fork" if "fork" in mp.get_all_start_methods() else "spawn"
            if method == "fork":
                if prepare is not None:
                    prepare()
                _prepare_fork()
                self.frozen = True
            self.pool = ProcessPoolExecutor(
                max_workers=jobs, mp_context=mp.get_context(method), initializer=_worker_gc
            )

    def submit(self, task: Task) -> Future | _Done:
        """Start *task* (or run it now with one job)."""
        if self.pool is None:
            return _Done(run_chunk(task))
        return self.pool.submit(run_chunk, task)

    def close(self) -> None:
        """Stop the workers (cancelling what has not started)."""
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)
        if self.frozen:
            gc.unfreeze()


#: Allocations between two young-generation collections in a worker process (Python's
#: default is 700). Parsing a chunk allocates millions of small, long-lived objects (spans,
#: tokens, mentions), and at the default every few hundred of them start a collection that
#: scans the chunk's growing heap: about a tenth of a worker's time. Cyclic garbage, which
#: only the collector frees, is rare here, so collecting less often costs little memory.
WORKER_GC_THRESHOLD = GC_THRESHOLD


def _worker_gc() -> None:
    """Collect garbage less often in a worker process (see :data:`WORKER_GC_THRESHOLD`)."""
    _, older, oldest = gc.get_threshold()
    gc.set_threshold(WORKER_GC_THRESHOLD, older, oldest)


def _prepare_fork() -> None:
    """Keep the pages that forked workers inherit shared (undo with ``gc.unfreeze()``).

    A forked worker shares the parent's memory until either of them writes to a
    page. Two things would write to nearly all of it: the worker's garbage
    collector (it updates a header in every object it scans) and the worker's
    allocations landing in memory the parent has freed but not returned to the
    system (a corpus loader leaves plenty). So the parent collects, freezes its
    objects (``gc.freeze``: the children's collector skips them) and hands
    freed heap back to the system (glibc ``malloc_trim``) before forking.
    """
    gc.collect()
    gc.freeze()
    try:
        ctypes.CDLL(None).malloc_trim(0)
    except (AttributeError, OSError):  # not glibc
        pass


class DaskEngine:
    """A ``dask.distributed`` client: a LocalCluster of *jobs* processes, or *scheduler*'s.

    :attr:`jobs` counts the cluster's threads, which is how many chunks run at once.
    """

    def __init__(self, jobs: int, scheduler: Any):
        try:
            from distributed import Client, LocalCluster
        except ImportError as exc:  # an optional dependency
            raise ImportError(
                "engine='dask' needs dask.distributed: pip install 'newsresearch[dask]'"
            ) from exc
        self.cluster = None
        self.own_client = True
        if scheduler is None:
            self.cluster = LocalCluster(
                n_workers=jobs,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                silence_logs=logging.ERROR,
            )
            self.client = Client(self.cluster)
        elif isinstance(scheduler, Client):
            self.client = scheduler
            self.own_client = False
        else:
            self.client = Client(scheduler)
        workers = self.client.scheduler_info().get("workers", {}).values()
        # Threads, not processes: a worker with several threads runs several chunks at once.
        self.jobs = max(1, sum(w.get("nthreads", 1) for w in workers) or jobs)

    def submit(self, task: Task) -> Any:
        """Send *task* to the cluster; returns a Dask future."""
        return self.client.submit(run_chunk, task, pure=False)

    def close(self) -> None:
        """Close the client and the cluster this engine started."""
        if self.own_client:
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()
