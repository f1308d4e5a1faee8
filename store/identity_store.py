"""Linking a document's person to the corpus-level identity (the ``persons`` table).

The decision of who is the same person lives in ``store.identity`` (pure functions); this
module only reads candidates with the same key and records the link. Every mention keeps its
own row in ``people``, so a wrong merge can be seen and undone (``person_id`` set to a new id).
"""
from __future__ import annotations

import json
from typing import Any

import sqlite_utils

from .ingest.model import stable_id


def name_key(name: str) -> str:
    """Transliterated, order-free key of a name: ``name_key("Бакыт Токтосунов") == name_key("Toktosunov Bakyt")``."""
    try:
        from .identity import person_key

        return person_key(name)
    except ImportError:
        from anyascii import anyascii

        return " ".join(sorted(anyascii(name).lower().split()))


def _same(candidate: dict[str, Any], person: dict[str, Any]) -> bool:
    try:
        from .identity import same_person
    except ImportError:
        return True
    return same_person(candidate, person)


def link_person(db: sqlite_utils.Database, person: dict[str, Any], key: str | None = None) -> str:
    """The id of the identity *person* belongs to, creating it when none fits (*key*: its
    ``name_key``, when the caller computed it already)."""
    key = key if key is not None else name_key(person["name"])
    conn = db.conn
    for cand_id, cand_name, cand_aliases in conn.execute("SELECT id, name, aliases FROM persons WHERE key = ?",
                                                         [key]).fetchall():
        mentions = [{"name": m[0], "role": m[1], "organization": m[2], "aliases": json.loads(m[3] or "[]"),
                     "doc_id": m[4]}
                    for m in conn.execute("SELECT name, role, organization, aliases, document_id FROM people "
                                          "WHERE person_id = ? LIMIT 20", [cand_id])]
        mentions = mentions or [{"name": cand_name, "aliases": [], "role": None, "organization": None}]
        if any(_same(m, person) for m in mentions):
            aliases = json.loads(cand_aliases or "[]")
            new = [a for a in [person["name"], *(person.get("aliases") or [])] if a not in aliases and a != cand_name]
            if new:
                conn.execute("UPDATE persons SET aliases = ? WHERE id = ?",
                             [json.dumps(aliases + new, ensure_ascii=False), cand_id])
            return str(cand_id)
    pid = stable_id("person", key, person.get("organization") or "", person["id"])
    conn.execute("INSERT OR REPLACE INTO persons (id, name, key, aliases) VALUES (?, ?, ?, ?)",
                 [pid, person["name"], key, json.dumps(person.get("aliases") or [], ensure_ascii=False)])
    return pid
