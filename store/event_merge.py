"""The same event reported by two documents (two languages, two sites) becomes one event.

A later report's event points at the first one (``events.same_as``); lists show the first with
the number of its sources, and ``kerben show event`` lists every source. Matching needs the same
full date, the same country, and the same place or overlapping organizers or titles
(fuzzy, across scripts through anyascii).
"""
from __future__ import annotations

import json
from typing import Any

import sqlite_utils
from anyascii import anyascii
from rapidfuzz import fuzz


def _key(text: str) -> str:
    return " ".join(anyascii(text).lower().split())


def _any_close(xs: list[Any], ys: list[Any], threshold: float) -> bool:
    flat_x = [_key(x if isinstance(x, str) else " ".join(x)) for x in xs if x]
    flat_y = [_key(y if isinstance(y, str) else " ".join(y)) for y in ys if y]
    return any(fuzz.token_set_ratio(a, b) >= threshold for a in flat_x for b in flat_y)


def same_event(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two event records (export shape) describe one event.

    >>> e = {"date": "2024-05-02", "country": "KG", "place": "Нарын", "titles": [], "organizers": ["Фонд Ак Жол"]}
    >>> same_event(e, dict(e, place="Naryn", organizers=["Ak Zhol Foundation"]))
    True
    >>> same_event(e, dict(e, date="2024-05-03"))
    False
    """
    if not a.get("date") or a.get("date") != b.get("date") or len(a["date"]) < 10:
        return False
    if (a.get("country") or "") != (b.get("country") or ""):
        return False
    if a.get("place") and b.get("place") and fuzz.ratio(_key(a["place"]), _key(b["place"])) >= 80:
        return True
    return (_any_close(a.get("organizers") or [], b.get("organizers") or [], 80)
            or _any_close(a.get("titles") or [], b.get("titles") or [], 75))


def link_events(db: sqlite_utils.Database, doc_id: str) -> int:
    """Point this document's events at an earlier report of the same event; returns how many.
    Events a correction already merged into another (``same_as`` set) keep that."""
    linked = 0
    for e in list(db.query("SELECT * FROM events WHERE document_id = ? AND date IS NOT NULL AND same_as IS NULL",
                           [doc_id])):
        mine = {k: (json.loads(e[k]) if k in ("titles", "organizers") else e[k])
                for k in ("date", "country", "place", "titles", "organizers")}
        for other in db.query("SELECT * FROM events WHERE date = ? AND document_id != ? AND same_as IS NULL "
                              "ORDER BY rowid LIMIT 50", [e["date"], doc_id]):
            theirs = {k: (json.loads(other[k]) if k in ("titles", "organizers") else other[k])
                      for k in ("date", "country", "place", "titles", "organizers")}
            if same_event(mine, theirs):
                db.execute("UPDATE events SET same_as = ? WHERE id = ?", [other["id"], e["id"]])
                linked += 1
                break
    return linked


def release(db: sqlite_utils.Database) -> None:
    """After a document is deleted: events that pointed at its events stand alone again."""
    db.execute("UPDATE events SET same_as = NULL WHERE same_as IS NOT NULL "
               "AND same_as NOT IN (SELECT id FROM events)")
