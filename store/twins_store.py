"""Linking documents that are versions of one report in different languages.

On import each document's rare anchors (numbers, day-month dates, Latin tokens, name skeletons)
go into the ``anchors`` index; candidates are the few documents sharing the most of them
(an indexed lookup, never all pairs), scored by ``ingest.twins.twin_score``; a link at or above
``MIN_SCORE`` is stored with the paragraph pairs between the two documents.
"""
from __future__ import annotations

import json

import sqlite_utils

MIN_SCORE = 0.6
MAX_CANDIDATES = 5
COMMON = 200  # an anchor held by more documents than this says nothing


def index(db: sqlite_utils.Database, row: dict) -> None:
    """Record the document's anchors (inside the caller's transaction; ``row["anchor_index"]`` when
    the worker computed them)."""
    from .ingest.twins import index_anchors

    doc_id = row["document"]["id"]
    kept = row.get("anchor_index")
    kept = sorted(index_anchors(row)) if kept is None else kept
    db.conn.executemany("INSERT OR IGNORE INTO anchors (document_id, anchor) VALUES (?, ?)",
                        ((doc_id, a) for a in kept))


def candidates(db: sqlite_utils.Database, doc_id: str) -> list[str]:
    """Documents sharing the most rare anchors with *doc_id*, best first."""
    sql = """
    SELECT o.document_id, count(*) AS shared FROM anchors mine
    JOIN anchors o ON o.anchor = mine.anchor AND o.document_id != mine.document_id
    WHERE mine.document_id = ?
      AND (SELECT count(*) FROM anchors c WHERE c.anchor = mine.anchor) <= ?
    GROUP BY o.document_id HAVING shared >= 2 ORDER BY shared DESC LIMIT ?"""
    return [r["document_id"] for r in db.query(sql, [doc_id, COMMON, MAX_CANDIDATES])]


def _text_row(db: sqlite_utils.Database, doc_id: str) -> dict:
    """What twin scoring reads of a stored document: its date, languages and paragraphs."""
    d = db.execute("SELECT published, languages FROM documents WHERE id = ?", [doc_id]).fetchone()
    paras = [{"id": r[0], "index": r[1], "lang": r[2], "text": r[3]} for r in db.execute(
        "SELECT id, idx, lang, text FROM paragraphs WHERE document_id = ? ORDER BY idx", [doc_id])]
    return {"document": {"id": doc_id, "published": d[0], "languages": json.loads(d[1])}, "paragraphs": paras}


def _main_language(db: sqlite_utils.Database, doc_id: str) -> str | None:
    row = db.execute("SELECT json_extract(languages, '$[0]') FROM documents WHERE id = ?", [doc_id]).fetchone()
    return row[0] if row else None


def link(db: sqlite_utils.Database, doc_id: str, known_anchors: list[str] | None = None) -> list[dict]:
    """Find and store the twins of *doc_id*; returns the links made (``known_anchors``: its anchors, if computed)."""
    from .ingest.model import Para
    from .ingest.twins import align_pair, anchors, twin_score

    made = []
    row = None
    mine = _main_language(db, doc_id)
    for other in candidates(db, doc_id):
        if _main_language(db, other) == mine:  # same main language: a duplicate or a follow-up, not a twin
            continue
        if row is None:
            row = _text_row(db, doc_id)
            row_anchors = set(known_anchors) if known_anchors is not None else anchors(row)
        other_row = _text_row(db, other)
        score = twin_score(row, other_row, anchors_a=row_anchors, at_least=MIN_SCORE)
        if score < MIN_SCORE:
            continue
        paras = [Para(p["id"], p["index"], p["lang"], p["text"]) for p in row["paragraphs"]]
        other_paras = [Para(p["id"], p["index"], p["lang"], p["text"]) for p in other_row["paragraphs"]]
        pairs = align_pair(paras, other_paras)
        a, b = sorted((doc_id, other))
        db.table("twins").insert({"document_a": a, "document_b": b, "score": score,
                            "pairs": json.dumps([x.to_row() for x in pairs], ensure_ascii=False)}, replace=True)
        made.append({"document": other, "score": score, "pairs": len(pairs)})
    return made


def twins_of(db: sqlite_utils.Database, doc_id: str) -> list[dict]:
    """The linked translations of a document: ``document``, ``source``, ``score``, ``languages``, ``pairs``."""
    sql = """
    SELECT CASE WHEN t.document_a = ? THEN t.document_b ELSE t.document_a END AS other, t.score, t.pairs
    FROM twins t WHERE t.document_a = ? OR t.document_b = ? ORDER BY t.score DESC"""
    out = []
    for r in db.query(sql, [doc_id, doc_id, doc_id]):
        d = db.execute("SELECT source, languages FROM documents WHERE id = ?", [r["other"]]).fetchone()
        out.append({"document": r["other"], "source": d[0], "languages": json.loads(d[1]), "score": r["score"],
                    "pairs": json.loads(r["pairs"])})
    return out


def document_pairs(row: dict) -> list[dict]:
    """The aligned pairs of a document (``corpus.document`` shape) with their texts and scores."""
    texts = {p["id"]: p for p in row["paragraphs"]}
    return [{"a": x["a"], "b": x["b"], "score": x["score"], "lang_a": x.get("lang_a"), "lang_b": x.get("lang_b"),
             "text_a": "\n".join(texts[i]["text"] for i in x["a"] if i in texts),
             "text_b": "\n".join(texts[i]["text"] for i in x["b"] if i in texts)} for x in row["parallel"]]


def twin_pairs(db: sqlite_utils.Database, twin: dict) -> list[dict]:
    """Pairs between a document and its linked translation (``twins_of``), with the texts of both."""
    from .corpus import paragraph_texts

    ids = [i for x in twin["pairs"] for side in ("a", "b") for i in x[side]]
    texts = paragraph_texts(db, ids)
    return [dict(x, text_a="\n".join(texts.get(i, "") for i in x["a"]),
                 text_b="\n".join(texts.get(i, "") for i in x["b"])) for x in twin["pairs"]]
