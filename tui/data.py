"""The app's handle on the store: one read connection per worker thread.

Thread workers never share the UI's connection: each thread opens its own read-only
connection to the same file on first use (SQLite readers do not block each other in WAL mode).
An in-memory database cannot be reopened, so it is shared behind a lock instead.
"""
from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from pathlib import Path

import sqlite_utils


def db_file(db: sqlite_utils.Database) -> str | None:
    """The file behind *db*, or None for an in-memory database."""
    try:
        row = db.execute("PRAGMA database_list").fetchone()
    except Exception:  # a closed or odd connection: fall back to sharing it
        return None
    path = row[2] if row else ""
    return path or None


class Store:
    """Hands out a connection for the calling thread: ``with store.reading() as db: ...``."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        self.path = db_file(db)
        self._local = threading.local()
        self._lock = threading.RLock()
        self._opened: list[sqlite_utils.Database] = []

    @property
    def name(self) -> str:
        return Path(self.path).name if self.path else ":memory:"

    def _thread_db(self) -> sqlite_utils.Database | None:
        db = getattr(self._local, "db", None)
        if db is None and self.path:
            from store.db import open_db

            try:
                db = open_db(self.path, readonly=True, migrate=False)
            except Exception:  # unreadable as read-only (no -shm yet, odd FS): share the main one
                db = None
            if db is not None:
                with self._lock:
                    self._opened.append(db)
            self._local.db = db
        return db

    def reading(self) -> "_Reading":
        return _Reading(self)

    @contextlib.contextmanager
    def writing(self) -> Iterator[sqlite_utils.Database]:
        """The app's own connection (the one that may write), one thread at a time: corrections."""
        with self._lock:
            yield self.db

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

    def __enter__(self) -> sqlite_utils.Database:
        db = self.store._thread_db()
        if db is None:
            self.store._lock.acquire()
            self.shared = True
            return self.store.db
        return db

    def __exit__(self, *exc) -> None:
        if self.shared:
            self.store._lock.release()
