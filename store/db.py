"""Where the database lives and how it is opened: WAL, a busy timeout, foreign keys, migrations.

Every failure a user can cause (a missing or read-only directory, a locked or corrupt file)
becomes a ``StoreError`` with one sentence.
"""
from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported where used: a cold `kerben search` does without it
    import sqlite_utils

from .errors import StoreError

BUSY_TIMEOUT_MS = int(os.environ.get("KERBEN_BUSY_TIMEOUT_MS", "5000"))
LATEST_MIGRATION = "0008_word_forms"  # the last one in store/schema.py (a test keeps the two equal)


def default_path() -> Path:
    """``$KERBEN_DB``, else ``$XDG_DATA_HOME/kerben/kerben.db`` (``~/.local/share/kerben/kerben.db``)."""
    env = os.environ.get("KERBEN_DB")
    if env:
        return Path(env).expanduser()
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base).expanduser() / "kerben" / "kerben.db"


def resolve(path: str | Path | None) -> Path:
    """The DB path to use: the explicit one, else the default."""
    return Path(path).expanduser() if path else default_path()


def open_db(path: str | Path | None = None, *, create: bool = True, readonly: bool = False,
            migrate: bool = True, timeout_ms: int | None = None) -> sqlite_utils.Database:
    """Open (and if asked, create and migrate) the store.

    ``create=False`` refuses a missing file; ``readonly=True`` opens it without writing
    anything (queries only; pending migrations then raise).
    """
    p = resolve(path)
    timeout_ms = timeout_ms or BUSY_TIMEOUT_MS
    if p.exists() and p.is_dir():
        raise StoreError(f"The database path {p} is a directory, not a file.")
    if not p.exists():
        if not create or readonly:
            raise StoreError(f"No database at {p}: import documents first (kerben import PATH) or pass --db.")
        parent = p.parent
        if not parent.exists():
            if path is None:
                try:
                    parent.mkdir(parents=True, exist_ok=True)
                except OSError as exc:
                    raise StoreError(f"Cannot create the data directory {parent}: {exc.strerror or exc}.") from None
            else:
                raise StoreError(f"Cannot create the database: the directory {parent} does not exist.")
        if not os.access(parent, os.W_OK):
            raise StoreError(f"Cannot create the database: the directory {parent} is not writable.")
    elif not readonly and not os.access(p, os.W_OK):
        raise StoreError(f"The database {p} is read-only; use a writable copy or run read-only commands.")
    try:
        if readonly:
            conn = sqlite3.connect(f"file:{p}?mode=ro", uri=True, timeout=timeout_ms / 1000,
                                   check_same_thread=False)
        else:
            conn = sqlite3.connect(str(p), timeout=timeout_ms / 1000, check_same_thread=False)
        import sqlite_utils

        db = sqlite_utils.Database(conn)
        db.execute(f"PRAGMA busy_timeout = {int(timeout_ms)}")
        db.execute("PRAGMA foreign_keys = ON")
        if not readonly:
            _wal(db, timeout_ms)
            db.execute("PRAGMA synchronous = NORMAL")
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        raise translate(exc, p) from None
    if migrate:
        from .schema import migrate as apply_migrations, pending

        try:
            if readonly:
                if pending(db) and os.access(p, os.W_OK) and os.access(p.parent, os.W_OK):
                    db.close()  # made by an older Kerben and writable: upgrade it once, then read
                    open_db(p, create=False, timeout_ms=timeout_ms).close()
                    return open_db(p, readonly=True, timeout_ms=timeout_ms)
                if pending(db):
                    raise StoreError(f"The database {p} was made by an older Kerben and is read-only here; "
                                     "upgrade a writable copy once (any kerben command on it does).")
            else:
                apply_migrations(db)
        except sqlite3.DatabaseError as exc:
            raise translate(exc, p) from None
    return db


def open_browsable(path: str | Path | None = None) -> tuple[sqlite_utils.Database, bool]:
    """The store for the browser and whether it is read-only: an existing database, opened for
    writing when its file and directory allow it, else read-only (a corpus shared read-only).

    A missing file is an error, never created here: browsing an empty new store says nothing.
    """
    p = resolve(path)
    if not p.exists():
        raise StoreError(f"No database at {p}: import documents first (kerben import PATH), "
                         "try `kerben demo`, or pass --db.")
    readonly = not (os.access(p, os.W_OK) and os.access(p.parent, os.W_OK))
    return open_db(p, create=False, readonly=readonly), readonly


class Reader:
    """A read-only handle with the two methods the read queries use (``execute``, ``query``).

    It needs neither sqlite-utils nor migrations, which keeps a cold ``kerben search --json``
    and the browser's start quick: search reads only tables every Kerben database has had since
    its first migration; the browser checks that the last migration is applied (``open_current``).
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def execute(self, sql: str, params=()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    def query(self, sql: str, params=()) -> Iterator[dict]:
        cur = self.conn.execute(sql, params)
        keys = [d[0] for d in cur.description]
        for row in cur:
            yield dict(zip(keys, row))

    def close(self) -> None:
        self.conn.close()


def open_reader(path: str | Path | None = None) -> Reader:
    """A ``Reader`` on an existing database; any problem raises (callers fall back to ``open_db``).

    The connection may be handed to another thread (the browser opens it in one and reads it in
    another), never used by two at once.
    """
    p = resolve(path)
    if not p.is_file():
        raise StoreError(f"No database at {p}.")
    conn = sqlite3.connect(f"file:{p}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_MS)}")
    return Reader(conn)


def open_current(path: str | Path | None = None) -> tuple[Reader, bool]:
    """``open_browsable`` without sqlite-utils, for the browser's start: a ``Reader`` on an existing
    database whose migrations are all applied, and whether its file is read-only.

    Anything else (a missing, old, locked or corrupt file) raises; the caller then takes
    ``open_browsable``, which upgrades an old file or says in one sentence what is wrong.
    """
    p = resolve(path)
    reader = open_reader(p)
    try:
        applied = reader.execute("SELECT 1 FROM _sqlite_migrations WHERE migration_set = 'kerben' AND name = ?",
                                 [LATEST_MIGRATION]).fetchone()
    except sqlite3.DatabaseError:
        applied = None
    if applied is None:
        reader.close()
        raise StoreError(f"The database {p} needs a migration or is not a Kerben database.")
    return reader, not (os.access(p, os.W_OK) and os.access(p.parent, os.W_OK))


def _wal(db: sqlite_utils.Database, timeout_ms: int) -> None:
    """Switch to WAL; a new file being set up by another process at the same moment answers
    "locked" at once (the busy handler does not cover a journal-mode change), so wait and retry."""
    deadline = time.monotonic() + timeout_ms / 1000
    while True:
        try:
            if db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                db.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


@contextlib.contextmanager
def immediate(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """A write transaction that takes the write lock before its first read.

    A deferred transaction (``db.atomic()``) that reads first cannot be upgraded to a writer
    when another process committed in between: SQLite answers "database is locked" at once,
    without waiting. ``BEGIN IMMEDIATE`` waits (busy timeout) for the other writer instead, so
    whatever is read inside the block is what the block writes against. Nested use falls back to
    a savepoint.
    """
    if db.conn.in_transaction:
        with db.atomic():
            yield db
        return
    db.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        raise
    else:
        try:
            db.conn.execute("COMMIT")
        except BaseException:
            if db.conn.in_transaction:
                db.conn.execute("ROLLBACK")
            raise


def translate(exc: BaseException, path: Path | str | None = None) -> StoreError:
    """One clear sentence for an sqlite3 error."""
    msg = str(exc).lower()
    where = f" {path}" if path else ""
    if "locked" in msg or "busy" in msg:
        return StoreError(f"The database{where} is locked by another Kerben process; try again when it finishes.")
    if "readonly" in msg or "read-only" in msg:
        return StoreError(f"The database{where} is read-only; cannot write to it.")
    if "not a database" in msg or "malformed" in msg or "file is encrypted" in msg:
        return StoreError(f"The file{where} is not a Kerben database or is corrupt.")
    if "disk is full" in msg or "database or disk is full" in msg or "full" in msg:
        return StoreError(f"The disk holding the database{where} is full; nothing was written.")
    if "unable to open" in msg:
        return StoreError(f"Cannot open the database{where}: check that the path exists and is readable.")
    if "disk i/o" in msg:
        return StoreError(f"A disk error stopped work on the database{where}; nothing was written.")
    return StoreError(f"Database error{where}: {exc}.")
