"""Queries over the extracted records (events, people, quotes) for the CLI and the browser.

Part of the store's one read API: ``corpus`` re-exports every function here, so callers use
``corpus.events`` … as before. Filter values are checked (``values``) and folded (``fold``) the same
way for every command and pane.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils

from . import fold, stem, values
from .corpus import _event, _figure, _load, _person, _quote
from .errors import NotFound, QueryError


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
