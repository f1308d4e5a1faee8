"""Importing many files: read, skip what is already stored, process (optionally in worker
processes), and write the documents from this one process, a few to a transaction.

The terminal is not touched here: progress goes through a callback, the result is a summary.
"""
from __future__ import annotations

import hashlib
import os
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

import sqlite_utils

from . import corpus, workers
from .db import immediate, translate
from .errors import IngestError, KerbenError
from .ingest.pipeline import PIPELINE_VERSION, process_bytes, process_text, warm
from .ingest.read import DEFAULT_MAX_SIZE, Source, discover, read_bytes


@dataclass
class Outcome:
    source: str
    status: str  # added | replaced | unchanged | failed
    document_id: str | None = None
    reason: str | None = None
    paragraphs: int = 0
    languages: list[str] = field(default_factory=list)


@dataclass
class Summary:
    outcomes: list[Outcome] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def failed(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.status == "failed"]

    def as_dict(self) -> dict:
        return {
            "added": self.count("added"), "replaced": self.count("replaced"),
            "unchanged": self.count("unchanged"), "failed": self.count("failed"),
            "files": [o.__dict__ for o in self.outcomes],
        }


BATCH_DOCS = 16  # documents written in one transaction at most
BATCH_SECONDS = 1.0  # and what is held is written at least this often
BATCH_BYTES = 8 * 2**20  # or as soon as the raw texts held weigh this much


class _Writer:
    """The import's writes: held until ``BATCH_DOCS`` documents, ``BATCH_BYTES`` or ``BATCH_SECONDS``,
    then written in one transaction (and what is left at the end).

    In WAL mode a commit appends to the log every page its transaction changed, those of the
    full-text index among them. One document per transaction wrote the same index pages again for
    each document; a group writes them once (on the real-text corpus a third of the bytes that
    reach the disk, and a third of the flushes). The write lock is taken only to write a group,
    never while a document is processed, so another writer waits milliseconds, as before. A
    document is still stored whole or not at all: a crash or a kill loses at most the documents
    held, which the next import of the same files adds again, as it adds the last documents a power
    cut loses (``synchronous=NORMAL``).
    """

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db, self.since, self.size = db, 0.0, 0
        self.held: list[tuple[dict, Outcome, bool]] = []

    def __enter__(self) -> _Writer:
        return self

    def add(self, row: dict, outcome: Outcome, *, twins: bool) -> None:
        """Store one processed document (``corpus.add``) with the next group; *outcome* gets its status then."""
        if not self.held:
            self.since, self.size = time.monotonic(), 0
        self.held.append((row, outcome, twins))
        self.size += len(row["document"]["raw_text"])
        if (len(self.held) >= BATCH_DOCS or self.size >= BATCH_BYTES
                or time.monotonic() - self.since >= BATCH_SECONDS):
            self.flush()

    def existing(self, sha256: str) -> dict | None:
        """A held document with these bytes, as ``corpus.existing`` describes a stored one."""
        for row, _outcome, _twins in self.held:
            doc = row["document"]
            if doc["sha256"] == sha256:
                return {"id": doc["id"], "pipeline_version": doc["pipeline_version"],
                        "paragraphs": len(row["paragraphs"]), "languages": doc["languages"]}
        return None

    def flush(self) -> None:
        """Write the held documents in one transaction."""
        if not self.held:
            return
        try:
            with immediate(self.db):
                for row, outcome, twins in self.held:
                    outcome.status = corpus.add(self.db, row, force=True, twins=twins)
        except sqlite3.DatabaseError as exc:
            raise translate(exc) from None
        self.held.clear()

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.flush()


def default_jobs() -> int:
    return max(1, os.cpu_count() or 1)


def _work(item: tuple[str, str | None, bytes, bool]) -> tuple[str, dict | None, str | None]:
    name, path, data, extract = item
    try:
        return name, corpus.index_text(process_bytes(data, name, path=path, extract=extract)), None
    except KerbenError as exc:
        return name, None, str(exc)
    except Exception as exc:  # a bug in a rule must cost one file, not the import
        return name, None, f"{name}: processing failed ({type(exc).__name__}: {exc})."


def import_paths(db: sqlite_utils.Database, args: list[str], *, jobs: int = 1, force: bool = False,
                 max_size: int = DEFAULT_MAX_SIZE, extract: bool = True,
                 progress: Callable[[int, int, str], None] | None = None, stdin=None,
                 sources: list[Source] | None = None) -> Summary:
    """Import every file named by *args*; each failure is recorded and the others go on.

    The documents are written a few to a transaction (``_Writer``) and the commits are not flushed
    to disk one by one (``synchronous=NORMAL``, safe in WAL mode): a crash or a kill never leaves half
    a document, and a power cut can only lose the last documents written, which the next import of
    the same files adds again.
    """
    summary = Summary()
    db.execute("PRAGMA synchronous = NORMAL")
    if sources is None:
        sources, problems = discover(args)
        for arg, reason in problems:
            summary.outcomes.append(Outcome(arg, "failed", reason=reason))
    total = len(sources)
    done = 0
    pool = jobs if total >= 4 else 1
    warmed = False
    writer = _Writer(db)

    def pending() -> Iterator[tuple[str, str | None, bytes, bool]]:
        """Files to process, read as the workers need them (skipped ones are recorded here)."""
        nonlocal done, warmed
        for src in sources:
            try:
                data = read_bytes(src, max_size, stdin=stdin)
            except IngestError as exc:
                summary.outcomes.append(Outcome(src.name, "failed", reason=str(exc)))
                done += 1
                _tick(progress, done, total, src.name)
                continue
            sha = hashlib.sha256(data).hexdigest()
            prior = writer.existing(sha) or corpus.existing(db, sha)
            # up to date: made by this pipeline, fully (or text-only when this import is text-only too)
            current = {PIPELINE_VERSION} if extract else {PIPELINE_VERSION, PIPELINE_VERSION + "-text"}
            if prior and not force and prior["pipeline_version"] in current:
                summary.outcomes.append(Outcome(src.name, "unchanged", document_id=prior["id"],
                                                paragraphs=prior["paragraphs"], languages=prior["languages"]))
                done += 1
                _tick(progress, done, total, src.name)
                continue
            _tick(progress, done, total, src.name)  # being processed: a long file shows its name meanwhile
            if extract and pool > 1 and not warmed:  # before the workers are forked (at the first file sent)
                warm()
                warmed = True
            yield src.name, str(src.path) if src.path else None, data, extract

    with writer:
        for name, row, error in _process_all(pending(), pool, weight=lambda item: len(item[2]),  # the file's bytes
                                             related=_copies):
            done += 1
            if error:
                summary.outcomes.append(Outcome(name, "failed", reason=error))
            else:
                outcome = Outcome(name, "added", document_id=row["document"]["id"],
                                  paragraphs=len(row["paragraphs"]), languages=row["document"]["languages"])
                summary.outcomes.append(outcome)
                writer.add(row, outcome, twins=extract)
            _tick(progress, done, total, name)
    return summary


def _tick(progress, done, total, name) -> None:
    if progress:
        progress(done, total, name)


def _process_all(items: Iterable, jobs: int, work: Callable = _work, lost: Callable | None = None,
                 weight: Callable | None = None, related: Callable | None = None) -> Iterator:
    """``work(item)`` for each item in *jobs* worker processes (``workers.process_all``), the
    heaviest items read ahead first."""
    return workers.process_all(items, jobs, work, lost or _lost, weight, related)


LONG_LINE = 200  # bytes: a line this long found in two files is the same text, not a phrase or a site's footer


def _copies(a: tuple, b: tuple) -> bool:
    r"""Whether two files read for import share a long line: most likely one report republished,
    whose copies one worker then processes, its caches serving every text they share.

    >>> body = (b"A seminar on the rights of migrant workers was held in the city hall on Monday morning; "
    ...         b"officials, lawyers and two hundred workers back from abroad talked about their work "
    ...         b"contracts, unpaid wages and visas.")
    >>> _copies(("a", None, b"1 May\n" + body, True), ("b", None, body + b"\nShare", True))
    True
    >>> _copies(("a", None, body, True), ("b", None, body[:150], True))
    False
    """
    return not _long_lines(a[2]).isdisjoint(_long_lines(b[2]))


def _long_lines(data: bytes) -> set[bytes]:
    return {line.strip() for line in data.splitlines() if len(line.strip()) >= LONG_LINE}


def _lost(item: tuple) -> tuple[str, None, str]:
    name = item[0]
    return name, None, f"{name}: its worker process died twice while processing it; the file was not stored."


def reprocess(db: sqlite_utils.Database, *, jobs: int = 1, extract: bool = True,
              progress: Callable[[int, int, str], None] | None = None, documents: list[str] | None = None) -> Summary:
    """Run the current pipeline again over every stored raw text (no original files needed), or over
    the *documents* with these ids."""
    db.execute("PRAGMA synchronous = NORMAL")  # as in import_paths
    docs = list(corpus.raw_documents(db, documents))
    summary = Summary()
    items = [(d["source"], d["raw_text"], d["sha256"], d["raw_format"], extract) for d in docs]
    meta = {d["sha256"]: d for d in docs}
    done = 0
    pool = jobs if len(items) >= 4 else 1
    if extract and pool > 1:
        warm()  # loaded once here, shared by the forked workers
    with _Writer(db) as writer:
        for name, sha, row, error in _process_all(items, pool, _rework, _lost_rework, lambda item: len(item[1])):
            done += 1
            if error:
                summary.outcomes.append(Outcome(name, "failed", reason=error))
            else:
                d = meta[sha]
                row["document"].update(path=d["path"], encoding=d["encoding"], size=d["size"],
                                       imported_at=d["imported_at"])
                outcome = Outcome(name, "replaced", document_id=row["document"]["id"],
                                  paragraphs=len(row["paragraphs"]), languages=row["document"]["languages"])
                summary.outcomes.append(outcome)
                writer.add(row, outcome, twins=extract)
            _tick(progress, done, len(items), name)
    return summary


def _rework(item) -> tuple[str, str, dict | None, str | None]:
    name, text, sha, fmt, extract = item
    try:
        return name, sha, corpus.index_text(process_text(text, name, sha256=sha, fmt=fmt, extract=extract)), None
    except KerbenError as exc:
        return name, sha, None, str(exc)
    except Exception as exc:
        return name, sha, None, f"{name}: processing failed ({type(exc).__name__}: {exc})."


def _lost_rework(item: tuple) -> tuple[str, str, None, str]:
    name, _text, sha, _fmt, _extract = item
    return name, sha, None, _lost(item)[2]


