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
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import Any

CHUNK = 4  # files per task sent to a worker
WINDOW = 32  # tasks read ahead per worker: the heaviest go first, so a costly file late in the input starts early
AHEAD = 64 * 2**20  # and at most this weight read ahead (bytes, for files): a few hundred small files or a few big ones
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


def process_all(items: Iterable, jobs: int, work: Callable, lost: Callable,
                weight: Callable[[Any], int] | None = None,
                related: Callable[[Any, Any], bool] | None = None) -> Iterator:
    """``work(item)`` for each item, in *jobs* worker processes (in this one for 1).

    Items are taken from the iterator only as the workers need them, so a 100,000-file import
    holds a few hundred files in memory, not all of them; results come in the items' order,
    except for the items retried after a worker died, which come last. An item whose worker
    died twice gives ``lost(item)`` instead of a result. Of the items read ahead, the heaviest
    (by *weight*, such as a file's size) are sent to the workers first. Items next to each other
    that are *related* (such as copies of one report) go to one worker, whose caches then serve them.
    """
    if jobs <= 1:
        for item in items:
            yield work(item)
        return
    retry: list = []
    yield from _pooled(_chunked(items, CHUNK, related), jobs, WINDOW, work, retry, weight or (lambda item: 0))
    if not retry:
        return
    failed: list = []
    yield from _pooled(([item] for item in retry), 1, 1, work, failed, lambda item: 0)  # alone: a death names its file
    for item in failed:
        yield lost(item)


class _Task:
    """A chunk of items in the window: read, then sent to a worker (``future``), then yielded."""

    __slots__ = ("chunk", "weight", "future")

    def __init__(self, chunk: list, weight: int) -> None:
        self.chunk, self.weight = chunk, weight
        self.future: Future[list] | None = None


def _pooled(chunks: Iterator[list], jobs: int, window_size: int, work: Callable, died: list,
            weight: Callable[[Any], int]) -> Iterator:
    """Run *chunks* in a pool of *jobs* workers; the items of tasks lost with a worker go to *died*.

    Up to ``jobs * window_size`` chunks (and ``AHEAD`` of weight) are read ahead, and only
    ``jobs + 1`` of them are in the workers' hands at a time: a worker that frees up gets the
    heaviest chunk read so far, so one costly document near the end of the input starts early
    instead of keeping one worker busy alone after the others have finished. Results still come
    in the chunks' order. A broken pool is replaced by a new one and the chunks not yet sent go on
    in it.
    """
    ahead, sent_at_once = jobs * window_size, min(jobs + 1, jobs * window_size)
    window: deque[_Task] = deque()
    pending: Iterator[list] | None = iter(chunks)
    pool = _pool(jobs)
    try:
        while window or pending is not None:
            room = len(window) < ahead and sum(t.weight for t in window) < AHEAD
            if pending is not None and room:
                chunk = next(pending, None)
                if chunk is None:
                    pending = None
                else:
                    window.append(_Task(chunk, sum(weight(item) for item in chunk)))
            try:
                _send(pool, window, sent_at_once, work)
                while window and window[0].future is not None and window[0].future.done():
                    results = window[0].future.result()
                    window.popleft()
                    yield from results
            except BrokenProcessPool:
                yield from _drain(window, died)
                pool = _renew(pool, jobs)
                continue
            if pending is None or not room:  # nothing more to read now: wait for a worker
                running = [t.future for t in window if t.future is not None and not t.future.done()]
                if running:
                    wait(running, return_when=FIRST_COMPLETED)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _send(pool: ProcessPoolExecutor, window: deque[_Task], at_once: int, work: Callable) -> None:
    """Send the heaviest unsent chunks of *window* while fewer than *at_once* are unfinished."""
    busy = sum(1 for t in window if t.future is not None and not t.future.done())
    unsent = sorted((t for t in window if t.future is None), key=lambda t: -t.weight)  # ties keep their order
    for task in unsent[:max(0, at_once - busy)]:
        task.future = pool.submit(_work_all, work, task.chunk)


def _drain(window: deque[_Task], died: list) -> Iterator:
    """The pool broke: yield what finished before it did, put the items of every other chunk sent in
    *died*; the chunks not yet sent stay in *window* for the next pool."""
    kept = []
    for task in window:
        future = task.future
        if future is None:
            kept.append(task)
        elif future.done() and not future.cancelled() and future.exception() is None:
            yield from future.result()
        else:
            died.extend(task.chunk)
    window.clear()
    window.extend(kept)


def _renew(pool: ProcessPoolExecutor, jobs: int) -> ProcessPoolExecutor:
    pool.shutdown(wait=True, cancel_futures=True)
    return _pool(jobs)


def _pool(jobs: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=jobs, initializer=die_with_parent)


def _work_all(work: Callable, chunk: list) -> list:
    return [work(item) for item in chunk]


def _chunked(items: Iterable, n: int, related: Callable[[Any, Any], bool] | None = None) -> Iterator[list]:
    """*items* in lists of *n*; a full list still takes the next item while it is *related* to the
    list's last item, up to ``2 * n`` items.

    >>> list(_chunked(range(7), 3))
    [[0, 1, 2], [3, 4, 5], [6]]
    >>> list(_chunked([1, 2, 3, 13, 14, 25], 2, lambda a, b: a // 10 == b // 10))
    [[1, 2, 3], [13, 14], [25]]
    """
    chunk: list = []
    for item in items:
        if len(chunk) >= n and not (related and len(chunk) < 2 * n and related(chunk[-1], item)):
            yield chunk
            chunk = []
        chunk.append(item)
    if chunk:
        yield chunk
