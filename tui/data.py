"""The app's handle on the store: one read connection per worker thread.

Thread workers never share the UI's connection: each thread opens its own read-only
connection to the same file on first use (SQLite readers do not block each other in WAL mode).
An in-memory database cannot be reopened, so it is shared behind a lock instead.

Reading needs only ``execute`` and ``query`` (``store.db.Reader``, plain sqlite3): sqlite-utils
is imported when the first correction is written, not before the first screen.
"""
from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from store.db import Reader

if TYPE_CHECKING:
    import sqlite_utils

PAGE = 60  # rows the list reads at a time: the record table holds one page

FirstPage = tuple[tuple, list[dict], int]  # (list_key(...), the list's first page, its length)


def list_key(pane: str, filters, query: str | None) -> tuple:
    """What identifies a list: its pane, filters and search.

    >>> list_key("events", None, None) == list_key("events", None, "")
    True
    """
    return pane, filters, query or ""


def read_first_page(db: Reader) -> FirstPage:
    """The list the browser shows first (events, no filter, no search): its first page and its
    length, read before the app starts (``tui.launch``)."""
    from store import browse

    filters = browse.Filters()
    rows = browse.page(db, "events", filters, None, limit=PAGE)
    total = len(rows) if len(rows) < PAGE else browse.count(db, "events", filters, None)
    return list_key("events", filters, None), rows, total


def db_file(db: Reader | sqlite_utils.Database) -> str | None:
    """The file behind *db*, or None for an in-memory database."""
    try:
        row = db.execute("PRAGMA database_list").fetchone()
    except Exception:  # a closed or odd connection: fall back to sharing it
        return None
    path = row[2] if row else ""
    return path or None


class Store:
    """Hands out a connection for the calling thread: ``with store.reading() as db: ...``."""

    def __init__(self, db: Reader | sqlite_utils.Database, first_page: FirstPage | None = None) -> None:
        self.db = db
        self._first_page = first_page
        self.path = db_file(db)
        self._local = threading.local()
        self._lock = threading.RLock()
        self._opened: list[Reader] = []
        self._writer = None if isinstance(db, Reader) else db

    @property
    def name(self) -> str:
        return Path(self.path).name if self.path else ":memory:"

    def _thread_db(self) -> Reader | None:
        db = getattr(self._local, "db", None)
        if db is None and self.path:
            from store.db import open_reader

            try:
                db = open_reader(self.path)
            except Exception:  # unreadable as read-only (no -shm yet, odd FS): share the main one
                db = None
            if db is not None:
                with self._lock:
                    self._opened.append(db)
            self._local.db = db
        return db

    def take_first_page(self, key: tuple) -> tuple[list[dict], int] | None:
        """The rows and length of ``read_first_page`` if *key* (``list_key``) is its list; only on
        the first call, so a later reload (after a correction, say) reads the store again."""
        with self._lock:
            first, self._first_page = self._first_page, None
        return first[1:] if first is not None and first[0] == key else None

    def reading(self) -> "_Reading":
        return _Reading(self)

    @contextlib.contextmanager
    def writing(self) -> Iterator[sqlite_utils.Database]:
        """The app's own connection that may write, one thread at a time: corrections.

        Opened on first use when the app started on a ``Reader``; a read-only file then raises
        ``StoreError`` with its sentence.
        """
        with self._lock:
            if self._writer is None:
                from store.db import open_db

                self._writer = open_db(self.path, create=False)
            yield self._writer

    def close(self) -> None:
        """Stop queries still running in worker threads (at exit).

        The connections are interrupted, not closed: closing a connection while a worker thread
        is inside a query can crash the sqlite3 module; they go away with their threads.
        """
        with self._lock:
            for db in self._opened:
                try:
                    db.conn.interrupt()
                except Exception:  # at exit nothing must raise
                    pass


class _Reading:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.shared = False

    def __enter__(self) -> Reader | sqlite_utils.Database:
        db = self.store._thread_db()
        if db is None:
            self.store._lock.acquire()
            self.shared = True
            return self.store.db
        return db

    def __exit__(self, *exc) -> None:
        if self.shared:
            self.store._lock.release()
