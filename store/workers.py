"""Worker processes for the import: fed a bounded window at a time, tied to the life of their import.

A worker dies with its import: on Linux the kernel sends it SIGKILL when its parent dies
(``PR_SET_PDEATHSIG``); elsewhere, and as a fallback, a watchdog thread in the worker exits as
soon as its parent process changes. A worker that dies under a live import (killed, out of
memory) breaks the pool: the files that were in flight are retried once, one at a time in a
pool of their own, so a file that kills its worker again is the only one reported failed.
"""
from __future__ import annotations

import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice

CHUNK = 4  # files per task sent to a worker
WINDOW = 8  # tasks in flight per worker: enough to keep them busy, few enough to bound memory
WATCH_EVERY = 0.5  # seconds between the watchdog's looks at the parent
PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


def die_with_parent() -> None:
    """Worker initializer: exit when the process that started this one goes away."""
    parent = os.getppid()
    if sys.platform.startswith("linux"):
        import ctypes

        try:
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
        except (OSError, AttributeError):
            pass  # no prctl in this libc: the watchdog below still works
    threading.Thread(target=_watch, args=(parent,), name="kerben-watchdog", daemon=True).start()


def _watch(parent: int) -> None:
    """Exit this process once it has been handed to another parent (its own parent died)."""
    while os.getppid() == parent:
        time.sleep(WATCH_EVERY)
    os._exit(1)


def process_all(items: Iterable, jobs: int, work: Callable, lost: Callable) -> Iterator:
    """``work(item)`` for each item, in *jobs* worker processes (in this one for 1).

    Items are taken from the iterator only as the workers need them, so a 100,000-file import
    holds a few hundred files in memory, not all of them; results come in the items' order,
    except for the items retried after a worker died, which come last. An item whose worker
    died twice gives ``lost(item)`` instead of a result.
    """
    if jobs <= 1:
        for item in items:
            yield work(item)
        return
    retry: list = []
    yield from _pooled(_chunked(items, CHUNK), jobs, WINDOW, work, retry)
    if not retry:
        return
    failed: list = []
    yield from _pooled(([item] for item in retry), 1, 1, work, failed)  # alone: a death names its file
    for item in failed:
        yield lost(item)


def _pooled(chunks: Iterator[list], jobs: int, window_size: int, work: Callable, died: list) -> Iterator:
    """Run *chunks* in a pool of *jobs* workers; the items of tasks lost with a worker go to *died*.

    A broken pool is replaced by a new one and the chunks not yet sent go on in it.
    """
    window: deque = deque()
    pool = _pool(jobs)
    try:
        for chunk in chunks:
            try:
                window.append((pool.submit(_work_all, work, chunk), chunk))
            except BrokenProcessPool:
                yield from _drain(window, died)
                pool = _renew(pool, jobs)
                window.append((pool.submit(_work_all, work, chunk), chunk))
            while window and (len(window) >= jobs * window_size or window[0][0].done()):
                try:
                    results = window[0][0].result()
                except BrokenProcessPool:
                    yield from _drain(window, died)
                    pool = _renew(pool, jobs)
                    continue
                window.popleft()
                yield from results
        while window:
            try:
                results = window[0][0].result()
            except BrokenProcessPool:
                yield from _drain(window, died)
                continue
            window.popleft()
            yield from results
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _drain(window: deque, died: list) -> Iterator:
    """The pool broke: yield what finished before it did, put the items of every other task in *died*."""
    for future, chunk in window:
        if future.done() and not future.cancelled() and future.exception() is None:
            yield from future.result()
        else:
            died.extend(chunk)
    window.clear()


def _renew(pool: ProcessPoolExecutor, jobs: int) -> ProcessPoolExecutor:
    pool.shutdown(wait=True, cancel_futures=True)
    return _pool(jobs)


def _pool(jobs: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=jobs, initializer=die_with_parent)


def _work_all(work: Callable, chunk: list) -> list:
    return [work(item) for item in chunk]


def _chunked(items: Iterable, n: int) -> Iterator[list]:
    it = iter(items)
    while chunk := list(islice(it, n)):
        yield chunk
