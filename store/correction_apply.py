"""How a stored correction finds its record again and changes it (``store/corrections.py`` makes them).

A record is keyed by its document, its first evidence paragraph (index and a hash of the text)
and an extracted value: the corrected field's value as extracted, or for a merge or a rejection
the record's signature (an event's kind and date, a person's name, a quote's text). Row ids are
not part of the key: ``kerben reprocess`` and newer extraction rules renumber them. The key's
value must match; among the records that match, the one whose paragraph has the same text wins,
then the one with the same signature, then the one at the same index, then the nearest.

Corrections are written into the rows themselves (the extracted record stays in ``data``), so
every reader (lists, filters, search, the TUI, the export) sees corrected values without knowing
about corrections; each corrected row names its changed fields in ``corrected``.
"""
from __future__ import annotations

import hashlib
import json

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils

from . import fold

TABLES = {"event": "events", "person": "people", "quote": "quotes"}
LIST_FIELDS = ("titles", "organizers", "funders")


def text_hash(text: str) -> str:
    """A short hash of a paragraph's text.

    >>> text_hash("Some words.") == text_hash("Some words.") != text_hash("Other words.")
    True
    """
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def signature(kind: str, data: dict):
    """What names a record when no single field is corrected (merge, reject).

    >>> signature("event", {"kind": "training", "date": "2024-03"})
    ['training', '2024-03']
    >>> signature("person", {"name": "Ada Lane"})
    'Ada Lane'
    """
    if kind == "event":
        return [data.get("kind"), data.get("date")]
    return data.get("name") if kind == "person" else data.get("text")


def key_value(kind: str, data: dict, field: str | None):
    """The extracted value a key holds: the field's, else the record's signature."""
    return data.get(field) if field else signature(kind, data)


def _paragraph_ids(row: dict) -> list[str]:
    if "paragraph_ids" in row:
        return json.loads(row["paragraph_ids"] or "[]")
    return [row["paragraph_id"]] if row.get("paragraph_id") else []


def _paragraphs(db: sqlite_utils.Database, doc_id: str) -> dict[str, tuple[int, str]]:
    """``{paragraph id: (index, text hash)}`` of one document."""
    return {r["id"]: (r["idx"], text_hash(r["text"]))
            for r in db.query("SELECT id, idx, text FROM paragraphs WHERE document_id = ?", [doc_id])}


def record_key(db: sqlite_utils.Database, kind: str, row: dict, field: str | None = None) -> dict:
    """The key of a stored row (a dict of its table's columns)."""
    paras = _paragraphs(db, row["document_id"])
    first = next((paras[p] for p in _paragraph_ids(row) if p in paras), (None, None))
    data = json.loads(row["data"] or "{}")
    return {"document": row["document_id"], "paragraph": first[0], "hash": first[1],
            "value": key_value(kind, data, field), "signature": signature(kind, data)}


def rank(key: dict, places: list[tuple[int, str]], sig=None) -> tuple[int, int, int, int]:
    """How well a record (its evidence paragraphs ``[(index, hash)]`` and signature) fits a key:
    lower is better.

    >>> key = {"paragraph": 4, "hash": "abc", "signature": "Ada Lane"}
    >>> sorted([rank(key, [(9, "abc")]), rank(key, [(4, "zzz")]), rank(key, [(6, "yyy")], "Ada Lane")])
    [(0, 1, 1, 5), (1, 0, 1, 2), (1, 1, 0, 0)]
    """
    idx = key.get("paragraph")
    same_sig = 0 if "signature" in key and sig == key["signature"] else 1
    if not places:
        return (1, same_sig, 1, 1 << 20)
    same_text = any(h == key.get("hash") for _, h in places)
    same_index = any(i == idx for i, _ in places)
    distance = min(abs(i - idx) for i, _ in places) if idx is not None else 1 << 20
    return (0 if same_text else 1, same_sig, 0 if same_index else 1, distance)


def find(db: sqlite_utils.Database, kind: str, key: dict, field: str | None = None) -> dict | None:
    """The row a key names now, or None when no record of its document has the key's value."""
    table = TABLES[kind]
    paras = _paragraphs(db, key["document"])
    best, best_rank = None, None
    for row in db.query(f"SELECT * FROM {table} WHERE document_id = ? ORDER BY rowid", [key["document"]]):
        data = json.loads(row["data"] or "{}")
        if key_value(kind, data, field) != key["value"]:
            continue
        r = rank(key, [paras[p] for p in _paragraph_ids(row) if p in paras], signature(kind, data))
        if best_rank is None or r < best_rank:
            best, best_rank = row, r
    return best


def _column(field: str, value):
    return json.dumps(value or [], ensure_ascii=False) if field in LIST_FIELDS else value


def _mark(db: sqlite_utils.Database, table: str, row_id: str, field: str) -> None:
    marked = json.loads(db.execute(f"SELECT corrected FROM {table} WHERE id = ?", [row_id]).fetchone()[0] or "[]")
    if field not in marked:
        db.execute(f"UPDATE {table} SET corrected = ? WHERE id = ?", [json.dumps(marked + [field]), row_id])


def _set(db: sqlite_utils.Database, kind: str, row: dict, field: str, value) -> None:
    table = TABLES[kind]
    db.execute(f"UPDATE {table} SET {field} = ? WHERE id = ?", [_column(field, value), row["id"]])
    if kind == "person":
        p = next(db.query("SELECT * FROM people WHERE id = ?", [row["id"]]))
        db.execute("UPDATE people SET loose = ? WHERE id = ?",
                   [fold.person_text(p["name"], json.loads(p["aliases"] or "[]"), p["role"], p["organization"]),
                    row["id"]])
        if field == "name" and p["person_id"]:
            db.execute("UPDATE persons SET name = ? WHERE id = ?", [value, p["person_id"]])
    _mark(db, table, row["id"], field)


def _reject(db: sqlite_utils.Database, kind: str, rows: list[dict]) -> None:
    table = TABLES[kind]
    for row in rows:
        db.execute(f"DELETE FROM {table} WHERE id = ?", [row["id"]])
    if kind == "event":
        from .event_merge import release

        release(db)
    elif kind == "person":
        forget_lonely_persons(db)


def forget_lonely_persons(db: sqlite_utils.Database) -> None:
    """Identities no mention points at any more are dropped (as when a document is replaced)."""
    db.execute("DELETE FROM persons WHERE id NOT IN (SELECT person_id FROM people WHERE person_id IS NOT NULL)")


def _merge(db: sqlite_utils.Database, kind: str, rows: list[dict], into: dict) -> None:
    if kind == "event":
        head = into["same_as"] or into["id"]
        ids = [r["id"] for r in rows if r["id"] != head]
        for i in ids:
            db.execute("UPDATE events SET same_as = ? WHERE id = ? OR same_as = ?", [head, i, i])
        return
    person_id = into["person_id"]
    aliases = json.loads(db.execute("SELECT aliases FROM persons WHERE id = ?", [person_id]).fetchone()[0] or "[]")
    name = db.execute("SELECT name FROM persons WHERE id = ?", [person_id]).fetchone()[0]
    for r in rows:
        db.execute("UPDATE people SET person_id = ? WHERE id = ?", [person_id, r["id"]])
        if r["name"] != name and r["name"] not in aliases:
            aliases.append(r["name"])
    db.execute("UPDATE persons SET aliases = ? WHERE id = ?", [json.dumps(aliases, ensure_ascii=False), person_id])
    forget_lonely_persons(db)


def apply_one(db: sqlite_utils.Database, c: dict) -> str:
    """Apply one stored correction (a ``corrections`` row) to the rows it finds; its new status."""
    kind, field = c["kind"], c["field"]
    rows = [r for r in (find(db, kind, k, field) for k in json.loads(c["targets"])) if r]
    into = None
    if c["action"] == "merge":
        into = next((r for r in (find(db, kind, k) for k in json.loads(c["merge_into"] or "[]")) if r), None)
    if not rows or (c["action"] == "merge" and into is None):
        return "orphaned"
    if c["action"] == "set":
        value = json.loads(c["after"])
        for r in rows:
            _set(db, kind, r, field, value)
    elif c["action"] == "reject":
        _reject(db, kind, rows)
    else:
        assert into is not None  # a merge always names its target
        _merge(db, kind, rows, into)
    return "applied"


def restore(db: sqlite_utils.Database, c: dict) -> None:
    """Put back the extracted value of the field a ``set`` correction changed (its records' ``data``)."""
    table = TABLES[c["kind"]]
    for key in json.loads(c["targets"]):
        row = find(db, c["kind"], key, c["field"])
        if row is None:
            continue
        _set(db, c["kind"], row, c["field"], json.loads(row["data"] or "{}").get(c["field"]))
        marked = json.loads(db.execute(f"SELECT corrected FROM {table} WHERE id = ?", [row["id"]]).fetchone()[0])
        db.execute(f"UPDATE {table} SET corrected = ? WHERE id = ?",
                   [json.dumps([f for f in marked if f != c["field"]]), row["id"]])


def apply(db: sqlite_utils.Database, doc_id: str) -> None:
    """Apply, in the order made, every active correction involving this document (after it is
    written or rewritten); each records whether it found its records (``applied``/``orphaned``)."""
    for c in list(db.query("SELECT * FROM corrections WHERE undone_at IS NULL AND EXISTS "
                           "(SELECT 1 FROM json_each(corrections.documents) WHERE value = ?) ORDER BY id", [doc_id])):
        status = apply_one(db, c)
        if status != c["status"]:
            db.execute("UPDATE corrections SET status = ? WHERE id = ?", [status, c["id"]])
