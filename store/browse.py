"""Paged reads for the browser: one page of a pane, its count, filter choices, reader data.

The TUI calls these (from thread workers) and never builds SQL itself. Every list is read a
page at a time (``LIMIT``/``OFFSET``); nothing here returns a whole table.

Panes are ``events``, ``people``, ``quotes`` and ``documents``. ``Filters`` apply to every pane:
language, country, kind, year and organization mean "of the record" where the record has the
field (an event's country) and "of its document" otherwise (a quote from a document reporting
an event in KG).
"""
from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator
from dataclasses import asdict, dataclass, replace
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:  # the browser reads through a plain sqlite3 handle (store.db.Reader) as well
    import sqlite_utils

from . import fold, stem
from .stem import highlight_spans
from .errors import NotFound, QueryError

PANES = ("events", "people", "quotes", "documents")

COLUMNS: dict[str, list[str]] = {
    "events": ["date", "kind", "place", "title", "organizers"],
    "people": ["name", "role", "organization", "documents"],
    "quotes": ["speaker", "text", "published", "lang"],
    "documents": ["source", "title", "languages", "published"],
}

EXPORT_COLUMNS: dict[str, list[str]] = {
    "events": ["id", "document_id", "source", "date", "kind", "place", "country", "title", "organizers", "funders",
               "participants_total", "participants_women", "participants_men"],
    "people": ["id", "name", "aliases", "role", "organization", "documents"],
    "quotes": ["id", "document_id", "source", "published", "lang", "speaker", "text", "paragraph_id"],
    "documents": ["id", "source", "title", "published", "languages", "paragraphs"],
}


@dataclass(frozen=True)
class Filters:
    """What the filter bar holds; empty fields do not filter.

    >>> Filters(lang="ky", year="2024").describe()
    'language ky · year 2024'
    """

    lang: str | None = None
    country: str | None = None
    kind: str | None = None
    year: str | None = None
    org: str | None = None

    def active(self) -> bool:
        return any(asdict(self).values())

    def describe(self) -> str:
        names = {"lang": "language", "country": "country", "kind": "kind", "year": "year", "org": "organization"}
        return " · ".join(f"{names[k]} {v}" for k, v in asdict(self).items() if v)

    def with_(self, **changes) -> "Filters":
        return replace(self, **{k: (v or None) for k, v in changes.items()})


def _load(text: str | None, default=None):
    try:
        return json.loads(text) if text is not None else default
    except (TypeError, ValueError):
        return default


def _match(query: str | None, *, people: bool = False) -> str | None:
    """The MATCH expression for the paragraphs index (word forms included), or for ``people_fts``."""
    if not query or not query.strip():
        return None
    m = fold.fts_query(query) if people else stem.fts_match(query)
    if m is None:
        raise QueryError("The query has no letters or digits to search for.")
    return m


_FTS_DOCS = ("SELECT p.document_id FROM paragraphs_fts JOIN paragraphs p ON p.rowid = paragraphs_fts.rowid "
             "WHERE paragraphs_fts MATCH ?")
_FTS_PARAS = ("SELECT p.id FROM paragraphs_fts JOIN paragraphs p ON p.rowid = paragraphs_fts.rowid "
              "WHERE paragraphs_fts MATCH ?")
# A search matching a large share of the corpus: walk the list in its own order and test each row
# against the matching paragraph rowids (read once from the index), instead of listing every
# matching document first; the first page then costs a few hundred probes, not tens of thousands.
BROAD = {"events": 3000, "documents": 3000, "quotes": 12000}  # matching paragraphs; quote hits are sparser
_ROWIDS = "SELECT rowid FROM paragraphs_fts WHERE paragraphs_fts MATCH ?"
_DOC_HIT = f"EXISTS (SELECT 1 FROM paragraphs hp WHERE hp.document_id = {{doc}} AND hp.rowid IN ({_ROWIDS}))"
_HAS_ORG = "EXISTS (SELECT 1 FROM json_each({col}) WHERE kerben_fold(json_each.value) LIKE ?)"


def _doc_clauses(f: Filters, doc: str, *, skip: tuple[str, ...] = ()) -> tuple[list[str], list]:
    """Document-level conditions on the document id expression *doc*."""
    where, params = [], []
    if f.lang and "lang" not in skip:
        where.append(f"EXISTS (SELECT 1 FROM documents dd, json_each(dd.languages) j WHERE dd.id = {doc} "
                     "AND j.value = ?)")
        params.append(f.lang)
    if f.country:
        where.append(f"EXISTS (SELECT 1 FROM events ee WHERE ee.document_id = {doc} AND upper(ee.country) = upper(?))")
        params.append(f.country)
    if f.kind:
        where.append(f"EXISTS (SELECT 1 FROM events ee WHERE ee.document_id = {doc} AND ee.kind = ?)")
        params.append(f.kind)
    if f.year and "year" not in skip:
        where.append(f"EXISTS (SELECT 1 FROM documents dd WHERE dd.id = {doc} AND dd.published LIKE ?)")
        params.append(f"{f.year}%")
    if f.org and "org" not in skip:
        where.append(f"(EXISTS (SELECT 1 FROM events ee WHERE ee.document_id = {doc} AND "
                     f"({_HAS_ORG.format(col='ee.organizers')} OR {_HAS_ORG.format(col='ee.funders')})) OR "
                     f"EXISTS (SELECT 1 FROM people pp WHERE pp.document_id = {doc} AND "
                     "kerben_fold(pp.organization) LIKE ?))")
        params += [fold.like(f.org)] * 3
    return where, params


def _events_sql(f: Filters, query: str | None, broad: bool = False) -> tuple[str, list]:
    where, params = ["e.same_as IS NULL"], []  # one row per event: later reports of it are its sources
    if f.lang:
        where.append("EXISTS (SELECT 1 FROM json_each(d.languages) WHERE value = ?)")
        params.append(f.lang)
    if f.country:
        where.append("upper(e.country) = upper(?)")
        params.append(f.country)
    if f.kind:
        where.append("e.kind = ?")
        params.append(f.kind)
    if f.year:
        where.append("e.date LIKE ?")
        params.append(f"{f.year}%")
    if f.org:
        where.append(f"({_HAS_ORG.format(col='e.organizers')} OR {_HAS_ORG.format(col='e.funders')})")
        params += [fold.like(f.org)] * 2
    m = _match(query)
    if m:
        where.append(_DOC_HIT.format(doc="e.document_id") if broad else f"e.document_id IN ({_FTS_DOCS})")
        params.append(m)
    return (f"FROM events e {'INDEXED BY events_date ' if broad else ''}JOIN documents d ON d.id = e.document_id "
            f"{'WHERE ' + ' AND '.join(where) if where else ''}"), params


def events_from(f: Filters, query: str | None = None) -> tuple[str, list]:
    """The Events pane's ``FROM ... WHERE`` and parameters (the timeline counts the same rows)."""
    return _events_sql(f, query)


def _people_sql(f: Filters, query: str | None, broad: bool = False) -> tuple[str, list]:
    where, params = _doc_clauses(f, "m.document_id", skip=("org",))
    if f.org:
        where.append("kerben_fold(m.organization) LIKE ?")
        params.append(fold.like(f.org))
    m = _match(query, people=True)
    if m:  # names, spellings (also in Latin letters), role, organization: see fold.person_text
        where.append("s.id IN (SELECT x.person_id FROM people_fts JOIN people x ON x.rowid = people_fts.rowid "
                     "WHERE people_fts MATCH ?)")
        params.append(m)
    return ("FROM persons s JOIN people m ON m.person_id = s.id "
            f"{'WHERE ' + ' AND '.join(where) if where else ''}"), params


def _quotes_sql(f: Filters, query: str | None, broad: bool = False) -> tuple[str, list]:
    where, params = _doc_clauses(f, "q.document_id", skip=("lang", "org"))
    if f.lang:
        where.append("q.lang = ?")
        params.append(f.lang)
    if f.org:
        where.append("(q.person_id IN (SELECT id FROM people WHERE kerben_fold(organization) LIKE ?) "
                     "OR kerben_fold(q.speaker) LIKE ?)")
        params += [fold.like(f.org)] * 2
    m = _match(query)
    if m:
        where.append(f"(SELECT hp.rowid FROM paragraphs hp WHERE hp.id = q.paragraph_id) IN ({_ROWIDS})" if broad
                     else f"q.paragraph_id IN ({_FTS_PARAS})")
        params.append(m)
    return ("FROM quotes q JOIN documents d ON d.id = q.document_id "
            f"{'WHERE ' + ' AND '.join(where) if where else ''}"), params


def _documents_sql(f: Filters, query: str | None, broad: bool = False) -> tuple[str, list]:
    where, params = _doc_clauses(f, "d.id")
    m = _match(query)
    if m:
        where.append(_DOC_HIT.format(doc="d.id") if broad else f"d.id IN ({_FTS_DOCS})")
        params.append(m)
    index = "INDEXED BY documents_published " if broad else ""
    return f"FROM documents d {index}{'WHERE ' + ' AND '.join(where) if where else ''}", params


_SQL = {"events": _events_sql, "people": _people_sql, "quotes": _quotes_sql, "documents": _documents_sql}
_SELECT = {
    "events": ("SELECT e.id, e.document_id, e.date, e.kind, e.place, e.country, e.titles, e.organizers, e.funders, "
               "e.participants_total, e.participants_women, e.participants_men, e.paragraph_ids, d.source, "
               "(SELECT count(*) FROM events x WHERE x.same_as = e.id) + 1 AS sources "),
    "people": ("SELECT s.id, s.name, s.aliases, max(m.role) AS role, max(m.organization) AS organization, "
               "count(DISTINCT m.document_id) AS documents, "
               "(SELECT document_id FROM people f WHERE f.person_id = s.id ORDER BY f.rowid LIMIT 1) AS document_id, "
               "(SELECT paragraph_ids FROM people f WHERE f.person_id = s.id ORDER BY f.rowid LIMIT 1) AS paragraph_ids "),
    "quotes": "SELECT q.id, q.document_id, q.text, q.lang, q.speaker, q.paragraph_id, d.source, d.published ",
    "documents": ("SELECT d.id, d.id AS document_id, d.source, d.title, d.languages, d.published, "
                  "(SELECT count(*) FROM paragraphs p WHERE p.document_id = d.id) AS paragraphs "),
}
_TAIL = {
    "events": " ORDER BY e.date DESC, e.rowid DESC",  # SQLite sorts NULL last in DESC: undated last
    "people": " GROUP BY s.id ORDER BY documents DESC, s.name",
    "quotes": " ORDER BY q.rowid DESC",  # latest imported first: a date sort over a join is too slow at 100k
    "documents": " ORDER BY d.published DESC, d.rowid DESC",
}


def _shape(pane: str, r: dict) -> dict:
    """A list row: JSON columns decoded, ``paragraph_id`` set to the evidence to open."""
    r = dict(r)
    if pane == "events":
        r["titles"] = _load(r["titles"], [])
        r["title"] = r["titles"][0] if r["titles"] else None
        r["organizers"] = _load(r["organizers"], [])
        r["funders"] = _load(r["funders"], [])
        ids = _load(r.pop("paragraph_ids"), [])
        r["paragraph_id"] = ids[0] if ids else None
    elif pane == "people":
        r["aliases"] = _load(r["aliases"], [])
        ids = _load(r.pop("paragraph_ids"), [])
        r["paragraph_id"] = ids[0] if ids else None
    elif pane == "documents":
        r["languages"] = _load(r["languages"], [])
        r["paragraph_id"] = None
    return r


def _broad(db: sqlite_utils.Database, pane: str, filters: Filters, query: str | None) -> bool:
    """Whether a page of this search is found faster by walking the pane's list (see ``BROAD``).

    Only without filters: a narrow filter could make the walk pass most of the list.
    """
    m = _match(query)
    if not m or filters.active() or pane not in BROAD:
        return False
    n = db.execute("SELECT count(*) FROM (SELECT 1 FROM paragraphs_fts WHERE paragraphs_fts MATCH ? LIMIT ?)",
                   [m, BROAD[pane]]).fetchone()[0]
    return n >= BROAD[pane]


def page(db: sqlite_utils.Database, pane: str, filters: Filters = Filters(), query: str | None = None, *,
         limit: int = 100, offset: int = 0) -> list[dict]:
    """One page of a pane's rows, in the pane's order (events and documents newest first)."""
    fold.prepare(db)
    body, params = _SQL[pane](filters, query, broad=_broad(db, pane, filters, query))
    sql = _SELECT[pane] + body + _TAIL[pane] + " LIMIT ? OFFSET ?"
    return [_shape(pane, r) for r in db.query(sql, params + [limit, max(0, offset)])]


def count(db: sqlite_utils.Database, pane: str, filters: Filters = Filters(), query: str | None = None) -> int:
    """How many rows the pane holds under these filters and query."""
    fold.prepare(db)
    body, params = _SQL[pane](filters, query)
    what = "count(DISTINCT s.id)" if pane == "people" else "count(*)"
    if pane in ("events", "quotes") and not filters.lang:  # the join only serves the page's columns
        body = body.replace("JOIN documents d ON d.id = e.document_id ", "").replace(
            "JOIN documents d ON d.id = q.document_id ", "")
    return db.execute(f"SELECT {what} {body}", params).fetchone()[0]


def filter_options(db: sqlite_utils.Database) -> dict[str, list[str]]:
    """The values the filter bar offers: languages, countries, kinds and years present in the store."""
    def col(sql: str) -> list[str]:
        return [r[0] for r in db.execute(sql).fetchall() if r[0]]

    years = set(col("SELECT DISTINCT substr(date, 1, 4) FROM events WHERE date IS NOT NULL"))
    years |= set(col("SELECT DISTINCT substr(published, 1, 4) FROM documents WHERE published IS NOT NULL"))
    return {
        "lang": col("SELECT DISTINCT lang FROM paragraphs WHERE lang != 'und' ORDER BY lang"),
        "country": col("SELECT DISTINCT upper(country) FROM events WHERE country IS NOT NULL ORDER BY 1"),
        "kind": col("SELECT DISTINCT kind FROM events WHERE kind IS NOT NULL ORDER BY kind"),
        "year": sorted((y for y in years if y.isdigit()), reverse=True),
    }


def export(db: sqlite_utils.Database, pane: str, filters: Filters, query: str | None, out: IO[str], fmt: str,
           *, batch: int = 1000) -> int:
    """Write every row of the pane (with filters and query) as ``csv`` or ``json``; returns the count."""
    cols = EXPORT_COLUMNS[pane]

    def rows() -> Iterator[dict]:
        offset = 0
        while True:
            chunk = page(db, pane, filters, query, limit=batch, offset=offset)
            yield from ({c: r.get(c) for c in cols} for r in chunk)
            if len(chunk) < batch:
                return
            offset += batch

    n = 0
    if fmt == "csv":
        w = csv.writer(out)
        w.writerow(cols)
        for r in rows():
            w.writerow(["; ".join(map(str, v)) if isinstance(v, list) else ("" if v is None else v) for v in r.values()])
            n += 1
        return n
    out.write("[")
    for r in rows():
        out.write(("," if n else "") + "\n  " + json.dumps(r, ensure_ascii=False))
        n += 1
    out.write("\n]\n" if n else "]\n")
    return n


# ---------------------------------------------------------------- details

def quote_detail(db: sqlite_utils.Database, quote_id: str) -> dict:
    """A quote with its speaker's mention (role, organization) and the paragraph around it."""
    rows = list(db.query("SELECT q.*, d.source, d.title, d.published FROM quotes q JOIN documents d "
                         "ON d.id = q.document_id WHERE q.id = ?", [quote_id]))
    if not rows:
        raise NotFound(f"No quote {quote_id}.")
    q = rows[0]
    out = {k: q[k] for k in ("id", "document_id", "text", "lang", "speaker", "person_id", "paragraph_id", "source",
                             "title", "published")}
    out["why"] = json.loads(q["why"] or "{}")
    out["speaker_role"] = out["speaker_organization"] = None
    if q["person_id"]:
        for m in db.query("SELECT role, organization FROM people WHERE id = ?", [q["person_id"]]):
            out["speaker_role"], out["speaker_organization"] = m["role"], m["organization"]
    out["paragraphs"] = []
    if q["paragraph_id"]:
        idx = db.execute("SELECT idx FROM paragraphs WHERE id = ?", [q["paragraph_id"]]).fetchone()
        if idx:
            out["paragraphs"] = list(db.query(
                "SELECT id, idx, lang, text FROM paragraphs WHERE document_id = ? AND idx BETWEEN ? AND ? ORDER BY idx",
                [q["document_id"], idx[0] - 1, idx[0] + 1]))
    return out


def document_detail(db: sqlite_utils.Database, doc_id: str, *, paragraphs: int = 3) -> dict:
    """A document's facts, its record counts and its first few paragraphs."""
    rows = list(db.query("SELECT id, source, title, published, languages, byline, imported_at FROM documents "
                         "WHERE id = ?", [doc_id]))
    if not rows:
        raise NotFound(f"No document {doc_id}.")
    d = dict(rows[0], languages=_load(rows[0]["languages"], []))
    for table in ("paragraphs", "events", "people", "quotes", "parallel"):
        d[f"n_{table}"] = db.execute(f"SELECT count(*) FROM {table} WHERE document_id = ?", [doc_id]).fetchone()[0]
    d["first"] = list(db.query("SELECT id, idx, lang, text FROM paragraphs WHERE document_id = ? ORDER BY idx "
                               "LIMIT ?", [doc_id, paragraphs]))
    return d


def document_hits(db: sqlite_utils.Database, doc_id: str, query: str, *, limit: int = 3) -> list[dict]:
    """The paragraphs of one document matching *query*, with highlight spans."""
    words = fold.terms(query) if query else []
    if not words:
        return []
    out = []
    for p in paragraphs(db, doc_id):  # one document's paragraphs: cheaper than ranking the whole index
        spans = highlight_spans(p["text"], words, p["lang"])
        if spans:
            out.append(dict(p, spans=spans))
            if len(out) >= limit:
                break
    return out


# ---------------------------------------------------------------- reader

def paragraphs(db: sqlite_utils.Database, doc_id: str) -> list[dict]:
    """Every paragraph of one document, in order."""
    return list(db.query("SELECT id, idx, lang, text FROM paragraphs WHERE document_id = ? ORDER BY idx", [doc_id]))


def language_pairs(db: sqlite_utils.Database, doc_id: str) -> list[tuple[str, str]]:
    """The language pairs aligned in a document, most pairs first: ``[("ky", "ru")]``."""
    return [(r["lang_a"], r["lang_b"]) for r in db.query(
        "SELECT lang_a, lang_b, count(*) AS n FROM parallel WHERE document_id = ? AND lang_a IS NOT NULL "
        "GROUP BY lang_a, lang_b ORDER BY n DESC, lang_a, lang_b", [doc_id])]


def side_by_side(paras: list[dict], pairs: list[dict], lang_a: str, lang_b: str) -> list[tuple[list[dict], list[dict]]]:
    """Rows of the side-by-side view: ``(left paragraphs, right paragraphs)``.

    Each aligned pair is one row (1:2 pairs keep both paragraphs in one cell); a paragraph of
    either language with no counterpart gets a row of its own with an empty other cell, placed
    where it falls in its language's order.

    >>> ps = [{"id": "a1", "idx": 0, "lang": "ky"}, {"id": "a2", "idx": 1, "lang": "ky"},
    ...       {"id": "b1", "idx": 2, "lang": "ru"}]
    >>> [([p["id"] for p in l], [p["id"] for p in r]) for l, r in
    ...  side_by_side(ps, [{"a": ["a2"], "b": ["b1"]}], "ky", "ru")]
    [(['a1'], []), (['a2'], ['b1'])]
    """
    by_id = {p["id"]: p for p in paras}
    pair_rows = []
    for x in pairs:
        left = [by_id[i] for i in x["a"] if i in by_id]
        right = [by_id[i] for i in x["b"] if i in by_id]
        if left and left[0]["lang"] != lang_a:
            left, right = right, left
        if left or right:
            pair_rows.append((left, right))
    pair_rows.sort(key=lambda r: min(p["idx"] for p in (r[0] or r[1])))
    used = {p["id"] for row in pair_rows for side in row for p in side}

    def first(side: int, row) -> int:
        return min((p["idx"] for p in row[side]), default=-1)

    lone: dict[int, list[tuple[list[dict], list[dict]]]] = {}
    for p in paras:
        if p["id"] in used or p["lang"] not in (lang_a, lang_b):
            continue
        side = 0 if p["lang"] == lang_a else 1
        pos = sum(1 for r in pair_rows if r[side] and first(side, r) < p["idx"])
        lone.setdefault(pos, []).append(([p], []) if side == 0 else ([], [p]))
    rows: list[tuple[list[dict], list[dict]]] = []
    for k in range(len(pair_rows) + 1):
        group = lone.get(k, [])
        rows.extend(r for r in group if r[0])
        rows.extend(r for r in group if r[1])
        if k < len(pair_rows):
            rows.append(pair_rows[k])
    return rows


def pairs_of(db: sqlite_utils.Database, doc_id: str, lang_a: str, lang_b: str) -> list[dict]:
    """The stored aligned pairs of one document for one language pair."""
    return [{"a": _load(r["a"], []), "b": _load(r["b"], []), "score": r["score"]} for r in db.query(
        "SELECT a, b, score FROM parallel WHERE document_id = ? AND ((lang_a = ? AND lang_b = ?) OR "
        "(lang_a = ? AND lang_b = ?)) ORDER BY id", [doc_id, lang_a, lang_b, lang_b, lang_a])]


_LANG_TAG = re.compile(r"([._\- ](ru|ky|kk|uz|tg|az|en|kg|kz|rus|kyr|kaz|uzb|taj|aze|eng))+$", re.I)
_NUMBER = re.compile(r"\d[\d\s.,]*\d|\d")


def source_stem(source: str) -> str:
    """A source name without extension and language tag: ``source_stem("report_ky.txt") == "report"``."""
    stem = re.sub(r"\.[A-Za-z0-9]{1,5}$", "", source)
    return _LANG_TAG.sub("", stem).lower()


def linked_translation(db: sqlite_utils.Database, doc_id: str) -> str | None:
    """Another document that is this one in another language, if the store holds one.

    The translation linked at import time comes first; failing that, a candidate has a language
    this document lacks, and either the same source name but for a language tag (``report_ky.txt`` / ``report_ru.txt``), or the same publication date and the
    same numbers in the text.
    """
    rows = list(db.query("SELECT id, source, published, languages FROM documents WHERE id = ?", [doc_id]))
    if not rows:
        raise NotFound(f"No document {doc_id}.")
    from .twins_store import twins_of

    twins = twins_of(db, doc_id)  # linked at import by content (anchors and alignment): the best one
    if twins:
        return twins[0]["document"]
    d = rows[0]
    langs = set(_load(d["languages"], []))
    stem = source_stem(d["source"])
    cands = list(db.query("SELECT id, source, languages FROM documents WHERE id != ? AND source LIKE ? LIMIT 50",
                          [doc_id, stem.replace("%", "").replace("_", "\\_")[:8] + "%"])) if len(stem) >= 3 else []
    for c in cands:
        if source_stem(c["source"]) == stem and set(_load(c["languages"], [])) - langs:
            return c["id"]
    if not d["published"]:
        return None
    mine = _numbers(db, doc_id)
    if len(mine) < 2:
        return None
    for c in db.query("SELECT id, languages FROM documents WHERE id != ? AND published = ? LIMIT 50",
                      [doc_id, d["published"]]):
        if set(_load(c["languages"], [])) - langs and len(mine & _numbers(db, c["id"])) >= 2:
            return c["id"]
    return None


def _numbers(db: sqlite_utils.Database, doc_id: str) -> set[str]:
    text = " ".join(p["text"] for p in paragraphs(db, doc_id))
    return {re.sub(r"\D", "", m.group()) for m in _NUMBER.finditer(text) if len(re.sub(r"\D", "", m.group())) >= 2}


def align_documents(db: sqlite_utils.Database, doc_a: str, doc_b: str) -> tuple[list[dict], list[dict], str, str]:
    """Paragraphs of two linked documents and their alignment (as stored at import, else computed now)."""
    from .ingest.align import align_sides
    from .ingest.model import Para

    pa, pb = paragraphs(db, doc_a), paragraphs(db, doc_b)
    la = _main_lang(pa)
    lb = _main_lang(pb)
    side_a = [Para(p["id"], p["idx"], p["lang"], p["text"]) for p in pa if p["lang"] == la]
    side_b = [Para(p["id"], p["idx"], p["lang"], p["text"]) for p in pb if p["lang"] == lb]
    from .twins_store import twins_of

    stored = next((t["pairs"] for t in twins_of(db, doc_a) if t["document"] == doc_b), None)
    if stored:  # aligned at import (with embeddings when available): reuse, do not redo
        pairs = [{"a": x["a"], "b": x["b"], "score": x.get("score")} for x in stored]
    else:
        pairs = [x.to_row() for x in align_sides(side_a, side_b)] if side_a and side_b else []
    offset = max((p["idx"] for p in pa), default=0) + 1
    paras = pa + [dict(p, idx=p["idx"] + offset) for p in pb]
    return paras, pairs, la, lb


def _main_lang(paras: list[dict]) -> str:
    share: dict[str, int] = {}
    for p in paras:
        share[p["lang"]] = share.get(p["lang"], 0) + len(p["text"])
    return max(share, key=share.__getitem__) if share else "und"


def reader_spans(row: dict, query: str | None = None) -> dict[str, list[tuple[int, int, str]]]:
    """What the reader highlights in each paragraph of an export-shaped *row*: ``{pid: [(s, e, kind)]}``.

    Kinds: ``person`` (names and aliases of the document's people), ``place`` (event places and
    gazetteer places), ``date``, ``quote`` (quoted words) and ``match`` (the search query).
    """
    names = {n for p in row.get("people") or [] for n in [p.get("name"), *(p.get("aliases") or [])] if n and len(n) > 2}
    places = {e.get("place") for e in row.get("events") or [] if e.get("place") and len(e["place"]) > 2}
    quotes: dict[str, list[str]] = {}
    for q in row.get("quotes") or []:
        if q.get("paragraph_id") and q.get("text"):
            quotes.setdefault(q["paragraph_id"], []).append(q["text"])
    words = fold.terms(query) if query else []
    out: dict[str, list[tuple[int, int, str]]] = {}
    for p in row.get("paragraphs") or []:
        text = p["text"]
        spans: list[tuple[int, int, str]] = []
        for qt in quotes.get(p["id"], []):
            i = text.find(qt)
            if i >= 0:
                spans.append((i, i + len(qt), "quote"))
        for kind, values in (("person", names), ("place", places)):
            for v in values:
                for m in re.finditer(re.escape(v), text):
                    spans.append((m.start(), m.end(), kind))
        spans += [(s, e, "place") for s, e in _gazetteer(text, p.get("lang", ""))]
        spans += [(s, e, "date") for s, e in _dates(text)]
        if words:
            spans += [(s, e, "match") for s, e in highlight_spans(text, words, p.get("lang"))]
        if spans:
            out[p["id"]] = sorted(set(spans))
    return out


def _gazetteer(text: str, lang: str) -> list[tuple[int, int]]:
    try:
        from .ingest.places import find_places

        return [(h.start, h.end) for h in find_places(text, lang)]
    except Exception:  # the gazetteer is an optional nicety here
        return []


def _dates(text: str) -> list[tuple[int, int]]:
    try:
        from .ingest.dates import date_spans

        return date_spans(text)
    except Exception:  # the date finder is an optional nicety here
        return []
