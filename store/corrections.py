"""Human corrections of extracted records: set a field, merge two records, reject one, undo.

Corrections are rows of their own (``corrections``), keyed by document, evidence paragraph and
extracted value (``store/correction_apply.py``), so they find their record again after
``kerben reprocess``, a re-import by a newer pipeline, or new extraction rules; one whose record
is gone is kept as ``orphaned``. Undoing a field's correction puts back the extracted value (kept
in the record's ``data``); undoing a merge or a rejection extracts its documents again. Either way
the corrections left are applied again.
"""
from __future__ import annotations

from typing import Any

import datetime as _dt
import json
import re
from collections.abc import Iterable, Iterator

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils

from .correction_apply import TABLES, apply, apply_one, record_key, restore
from .db import immediate
from .errors import BadValue, NotFound

FIELDS = {
    "event": ("date", "place", "country", "kind", "titles", "organizers", "funders", "participants_total",
              "participants_women", "participants_men"),
    "person": ("name", "role", "organization"),
    "quote": ("speaker",),
}
KINDS = ("training", "roundtable", "conference", "meeting", "campaign", "forum", "other")
EXPORT_KEYS = ("id", "created_at", "author", "action", "kind", "field", "before", "after", "targets", "into",
               "documents", "status")


def clean_value(field: str, value):
    """The value a field will hold, from what the user typed; ``""`` empties a field.

    >>> clean_value("date", "2024-03-07"), clean_value("country", "kg"), clean_value("place", "")
    ('2024-03-07', 'KG', None)
    >>> clean_value("organizers", ["Fund A", " "]), clean_value("participants_total", "12")
    (['Fund A'], 12)
    >>> clean_value("date", "7 March")
    Traceback (most recent call last):
    store.errors.BadValue: The date '7 March' is not YYYY, YYYY-MM or YYYY-MM-DD.
    """
    if field in ("titles", "organizers", "funders"):
        return [v.strip() for v in value if v and v.strip()]
    value = value.strip() if isinstance(value, str) else value
    if value in ("", None):
        if field == "name":
            raise BadValue("A person's name cannot be empty.")
        return None
    if field == "date":
        if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value) or not _real_date(value):
            raise BadValue(f"The date '{value}' is not YYYY, YYYY-MM or YYYY-MM-DD.")
    elif field == "country":
        if not re.fullmatch(r"[A-Za-z]{2}", value):
            raise BadValue(f"The country '{value}' is not a two-letter ISO code (KG, KZ, UZ...).")
        value = value.upper()
    elif field == "kind" and value not in KINDS:
        raise BadValue(f"Unknown event kind '{value}': use one of {', '.join(KINDS)}.")
    elif field.startswith("participants_"):
        if not str(value).isdigit():
            raise BadValue(f"A participant count must be a whole number, not '{value}'.")
        value = int(value)
    return value


def _real_date(value: str) -> bool:
    parts = [int(x) for x in value.split("-")] + [1, 1]
    try:
        _dt.date(*parts[:3])
    except ValueError:
        return False
    return True


def _now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")


def _one(db: sqlite_utils.Database, table: str, ref: str, what: str) -> dict | None:
    """The row whose id is *ref* or starts with it (None when none; an error when several)."""
    rows = list(db.query(f"SELECT * FROM {table} WHERE id = ? LIMIT 1", [ref]))
    rows = rows or list(db.query(f"SELECT * FROM {table} WHERE id LIKE ? LIMIT 2", [ref.replace("%", "") + "%"]))
    if len(rows) > 1:
        raise NotFound(f"'{ref}' matches more than one {what}; give more of the id.")
    return rows[0] if rows else None


def records(db: sqlite_utils.Database, kind: str, ref: str, *, group: bool = False) -> list[dict]:
    """The rows a user's reference names: an event (``group``: with the reports merged into it), a
    quote, or a person (a corpus identity: all its mentions; or one mention; or an exact name)."""
    if kind == "person":
        s = _one(db, "persons", ref, "person") or next(iter(db.query(
            "SELECT * FROM persons WHERE lower(name) = lower(?) LIMIT 1", [ref])), None)
        if s:
            return list(db.query("SELECT * FROM people WHERE person_id = ? ORDER BY rowid", [s["id"]]))
        row = _one(db, "people", ref, "person")
        if row:
            return [row]
        raise NotFound(f"No person matches '{ref}': see `kerben people --json` for ids.")
    row = _one(db, TABLES[kind], ref, kind)
    if row is None:
        raise NotFound(f"No {kind} matches '{ref}': see `kerben {TABLES[kind]} --json` for ids.")
    if kind == "event" and group:
        head = row["same_as"] or row["id"]
        return list(db.query("SELECT * FROM events WHERE id = ? OR same_as = ? ORDER BY rowid", [head, head]))
    return [row]


def label(kind: str, row: dict) -> str:
    """A short name for a record in listings.

    >>> label("event", {"titles": "[]", "kind": "forum", "date": "2024-05"})
    'forum 2024-05'
    >>> label("quote", {"text": "We will go on."})
    'We will go on.'
    """
    if kind == "event":
        titles = json.loads(row.get("titles") or "[]")
        return titles[0] if titles else f"{row.get('kind') or 'event'} {row.get('date') or ''}".strip()
    return row["name"] if kind == "person" else row["text"][:60]


def _shown(field: str, row: dict):
    value = row[field]
    return json.loads(value or "[]") if field in ("titles", "organizers", "funders") else value


def _insert(db: sqlite_utils.Database, kind: str, action: str, rows: list[dict], *, field: str | None = None,
            after=None, into: list[dict] | None = None, author: str | None = None, before=None) -> int:
    targets = [dict(record_key(db, kind, r, field), label=label(kind, r)) for r in rows]
    into_keys = [dict(record_key(db, kind, r), label=label(kind, r)) for r in into or []]
    docs = sorted({k["document"] for k in targets + into_keys})
    c: dict[str, Any] = {"created_at": _now(), "author": author, "action": action, "kind": kind, "field": field,
         "before": json.dumps(before, ensure_ascii=False), "after": json.dumps(after, ensure_ascii=False),
         "targets": json.dumps(targets, ensure_ascii=False),
         "merge_into": json.dumps(into_keys, ensure_ascii=False) if into is not None else None,
         "documents": json.dumps(docs), "status": "applied"}
    cid = int(db.table("corrections").insert(c).last_pk or 0)
    c["id"] = cid
    status = apply_one(db, c)
    if status != "applied":
        db.execute("UPDATE corrections SET status = ? WHERE id = ?", [status, cid])
    return cid


def correct(db: sqlite_utils.Database, kind: str, ref: str, changes: dict, *, author: str | None = None) -> list[int]:
    """Set fields of a record (one correction per field); returns the new corrections' numbers."""
    if not changes:
        raise BadValue(f"Say what to correct: {', '.join('--' + f.replace('_', '-') for f in FIELDS[kind])}.")
    unknown = [f for f in changes if f not in FIELDS[kind]]
    if unknown:
        raise BadValue(f"A {kind} has no field '{unknown[0]}': use {', '.join(FIELDS[kind])}.")
    values = {f: clean_value(f, v) for f, v in changes.items()}
    with immediate(db):
        rows = records(db, kind, ref, group=True)  # an event: every report of it, whichever is listed
        return [_insert(db, kind, "set", rows, field=f, after=v, author=author, before=_shown(f, rows[0]))
                for f, v in values.items()]


def merge(db: sqlite_utils.Database, kind: str, ref: str, into_ref: str, *, author: str | None = None) -> int:
    """Make record *ref* one with *into_ref* (two people one identity; two events one event)."""
    if kind not in ("event", "person"):
        raise BadValue("Only people and events can be merged.")
    with immediate(db):
        rows = records(db, kind, ref, group=True)
        into = records(db, kind, into_ref, group=True)
        if {r["id"] for r in rows} & {r["id"] for r in into} or (
                kind == "person" and rows[0]["person_id"] == into[0]["person_id"]):
            raise BadValue(f"'{ref}' and '{into_ref}' are already one {kind}.")
        return _insert(db, kind, "merge", rows, into=into[:1], author=author,
                       before=label(kind, rows[0]), after=label(kind, into[0]))


def reject(db: sqlite_utils.Database, kind: str, ref: str, *, author: str | None = None) -> int:
    """Mark a record as wrong: it disappears from every list, view and export."""
    with immediate(db):
        rows = records(db, kind, ref, group=True)
        return _insert(db, kind, "reject", rows, author=author, before=label(kind, rows[0]))


def listing(db: sqlite_utils.Database, *, include_undone: bool = False) -> list[dict]:
    """Corrections, oldest first: who, when, what, before, after, and whether each finds its record."""
    where = "" if include_undone else "WHERE undone_at IS NULL"
    out = []
    for c in db.query(f"SELECT * FROM corrections {where} ORDER BY id"):
        targets = json.loads(c["targets"])
        out.append({"id": c["id"], "created_at": c["created_at"], "author": c["author"], "action": c["action"],
                    "kind": c["kind"], "field": c["field"], "record": targets[0].get("label") if targets else None,
                    "documents": json.loads(c["documents"]), "before": json.loads(c["before"] or "null"),
                    "after": json.loads(c["after"] or "null"),
                    "status": "undone" if c["undone_at"] else c["status"]})
    return out


def undo(db: sqlite_utils.Database, ref: str) -> dict:
    """Take back correction *ref* (its number, or ``last``): its documents are extracted again and
    the corrections left are applied. Returns the correction as ``listing`` shows it."""
    if ref == "last":
        row = db.execute("SELECT max(id) FROM corrections WHERE undone_at IS NULL").fetchone()
        if row[0] is None:
            raise NotFound("There is no correction to undo.")
        cid = row[0]
    elif ref.isdigit():
        cid = int(ref)
    else:
        raise BadValue(f"'{ref}' is not a correction number (see `kerben corrections`) or 'last'.")
    rows = list(db.query("SELECT * FROM corrections WHERE id = ? AND undone_at IS NULL", [cid]))
    if not rows:
        raise NotFound(f"No active correction number {cid}: see `kerben corrections`.")
    c = rows[0]
    with immediate(db):
        db.execute("UPDATE corrections SET undone_at = ? WHERE id = ?", [_now(), cid])
        docs = [d for d in json.loads(c["documents"])
                if db.execute("SELECT 1 FROM documents WHERE id = ?", [d]).fetchone()]
        if c["action"] == "set":  # the extracted value is at hand: put it back, then the corrections left
            restore(db, c)
            for d in docs:
                apply(db, d)
    if c["action"] != "set" and docs:  # a merged or rejected record comes back by extracting it again
        from .importer import reprocess

        reprocess(db, documents=docs)
    return next(x for x in listing(db, include_undone=True) if x["id"] == cid)


def export_rows(db: sqlite_utils.Database) -> Iterator[dict]:
    """Active corrections as self-contained records (JSON Lines for ``import_rows`` elsewhere)."""
    for c in db.query("SELECT *, merge_into AS 'into' FROM corrections WHERE undone_at IS NULL ORDER BY id"):
        yield {k: (json.loads(c[k]) if k in ("before", "after", "targets", "into", "documents") and c[k] is not None
                   else c[k]) for k in EXPORT_KEYS}


def import_rows(db: sqlite_utils.Database, rows: Iterable[dict]) -> dict:
    """Add corrections exported from another store and apply them here; corrections already held are
    skipped. Returns ``{"added", "skipped", "orphaned"}`` counts."""
    counts = {"added": 0, "skipped": 0, "orphaned": 0}
    with immediate(db):
        for n, r in enumerate(rows, 1):
            if not isinstance(r, dict) or r.get("action") not in ("set", "merge", "reject") or r.get("kind") not in FIELDS \
                    or not isinstance(r.get("targets"), list) or (r["action"] == "set" and r.get("field")
                                                                   not in FIELDS[r["kind"]]):
                raise BadValue(f"Line {n} is not a correction exported by `kerben export --corrections`.")
            c = {"created_at": r.get("created_at") or _now(), "author": r.get("author"), "action": r["action"],
                 "kind": r["kind"], "field": r.get("field"),
                 "before": json.dumps(r.get("before"), ensure_ascii=False),
                 "after": json.dumps(r.get("after"), ensure_ascii=False),
                 "targets": json.dumps(r["targets"], ensure_ascii=False),
                 "merge_into": json.dumps(r["into"], ensure_ascii=False) if r.get("into") is not None else None,
                 "documents": json.dumps(sorted({k["document"] for k in r["targets"] + (r.get("into") or [])}))}
            if db.execute("SELECT 1 FROM corrections WHERE undone_at IS NULL AND action = ? AND kind = ? AND "
                          "field IS ? AND after = ? AND targets = ? AND merge_into IS ?",
                          [c[k] for k in ("action", "kind", "field", "after", "targets", "merge_into")]).fetchone():
                counts["skipped"] += 1
                continue
            c["id"] = db.table("corrections").insert(dict(c, status="applied")).last_pk
            c["status"] = apply_one(db, c)
            db.execute("UPDATE corrections SET status = ? WHERE id = ?", [c["status"], c["id"]])
            counts["added"] += 1
            counts["orphaned"] += c["status"] == "orphaned"
    return counts
