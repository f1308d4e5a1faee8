"""What the database looks like: tables, indexes, FTS, views, as migrations recorded in the DB.

Migrations are applied in order and recorded in ``_sqlite_migrations`` (sqlite-utils
``Migrations``); later work adds functions below, never edits an applied one.
The DB stays usable as-is by Datasette and the ``sqlite-utils`` CLI.
"""
from __future__ import annotations

import sqlite_utils
from sqlite_utils.migrations import Migrations

FTS_TOKENIZE = "unicode61 remove_diacritics 2"

migrations = Migrations("kerben")


@migrations(name="0001_initial")
def m0001_initial(db: sqlite_utils.Database) -> None:
    db.executescript("""
    CREATE TABLE documents (
        id TEXT PRIMARY KEY,           -- 'd-' + first 16 hex of sha256(raw bytes)
        source TEXT NOT NULL,          -- the imported file's name
        path TEXT,                     -- where it was imported from (NULL for stdin)
        sha256 TEXT NOT NULL UNIQUE,
        raw_text TEXT NOT NULL,        -- decoded text as imported, kept for reprocessing
        raw_format TEXT NOT NULL DEFAULT 'txt',  -- txt | md | html
        encoding TEXT,
        title TEXT,
        published TEXT,                -- YYYY-MM-DD | YYYY-MM | YYYY
        byline TEXT,
        languages TEXT NOT NULL DEFAULT '[]',    -- JSON list of ISO 639-1 codes
        removed TEXT NOT NULL DEFAULT '[]',      -- JSON list of [text, reason] taken out as furniture
        size INTEGER,
        imported_at TEXT NOT NULL,
        pipeline_version TEXT NOT NULL
    );
    CREATE TABLE paragraphs (
        id TEXT PRIMARY KEY,
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        lang TEXT NOT NULL,
        text TEXT NOT NULL,
        loose TEXT NOT NULL            -- text folded for plain-keyboard search (store/fold.py)
    );
    CREATE INDEX paragraphs_document ON paragraphs(document_id, idx);
    CREATE INDEX paragraphs_lang ON paragraphs(lang);
    CREATE TABLE events (
        id TEXT PRIMARY KEY,
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        kind TEXT, date TEXT, place TEXT, country TEXT,
        titles TEXT NOT NULL DEFAULT '[]', organizers TEXT NOT NULL DEFAULT '[]',
        funders TEXT NOT NULL DEFAULT '[]',
        participants_total INTEGER, participants_women INTEGER, participants_men INTEGER,
        paragraph_ids TEXT NOT NULL DEFAULT '[]',
        data TEXT NOT NULL DEFAULT '{}'   -- the whole record as extracted
    );
    CREATE INDEX events_date ON events(date);
    CREATE INDEX events_document ON events(document_id);
    CREATE TABLE persons (                -- one identity across documents and scripts
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        key TEXT,                         -- transliteration key used for merging
        aliases TEXT NOT NULL DEFAULT '[]'
    );
    CREATE INDEX persons_key ON persons(key);
    CREATE TABLE people (                 -- a person as one document names them (the evidence)
        id TEXT PRIMARY KEY,
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        person_id TEXT REFERENCES persons(id) ON DELETE SET NULL,
        name TEXT NOT NULL, aliases TEXT NOT NULL DEFAULT '[]',
        role TEXT, organization TEXT,
        paragraph_ids TEXT NOT NULL DEFAULT '[]',
        data TEXT NOT NULL DEFAULT '{}'
    );
    CREATE INDEX people_document ON people(document_id);
    CREATE INDEX people_person ON people(person_id);
    CREATE TABLE quotes (
        id TEXT PRIMARY KEY,
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        text TEXT NOT NULL, lang TEXT, speaker TEXT,
        person_id TEXT,                   -- the document-level people.id
        paragraph_id TEXT,
        data TEXT NOT NULL DEFAULT '{}'
    );
    CREATE INDEX quotes_document ON quotes(document_id);
    CREATE TABLE figures (
        id INTEGER PRIMARY KEY,
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        value REAL NOT NULL, text TEXT, paragraph_id TEXT,
        data TEXT NOT NULL DEFAULT '{}'
    );
    CREATE INDEX figures_document ON figures(document_id);
    CREATE TABLE parallel (
        id INTEGER PRIMARY KEY,
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        a TEXT NOT NULL, b TEXT NOT NULL,   -- JSON lists of paragraph ids
        score REAL, lang_a TEXT, lang_b TEXT
    );
    CREATE INDEX parallel_document ON parallel(document_id);
    """)
    db.table("paragraphs").enable_fts(["text", "loose"], create_triggers=True, tokenize=FTS_TOKENIZE)
    db.table("quotes").enable_fts(["text", "speaker"], create_triggers=True, tokenize=FTS_TOKENIZE)


def migrate(db: sqlite_utils.Database) -> None:
    """Apply pending migrations, all under the write lock.

    Two processes opening a new DB at once must not both create its tables: the lock is taken
    first and the pending list read again inside it (``Migrations.apply`` does), so the second
    process waits, then finds nothing left to do.
    """
    if not migrations.pending(db):
        return
    from .db import immediate

    with immediate(db):
        migrations.apply(db)


def pending(db: sqlite_utils.Database) -> list[str]:
    """Names of migrations not yet applied."""
    return [m.name for m in migrations.pending(db)]


@migrations(name="0002_twins")
def m0002_twins(db: sqlite_utils.Database) -> None:
    """Cross-document translations: an anchor index for candidate search, and the links found."""
    db.executescript("""
    CREATE TABLE anchors (
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        anchor TEXT NOT NULL,
        PRIMARY KEY (anchor, document_id)
    ) WITHOUT ROWID;
    CREATE INDEX anchors_document ON anchors(document_id);
    CREATE TABLE twins (
        document_a TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        document_b TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        score REAL NOT NULL,
        pairs TEXT NOT NULL DEFAULT '[]',   -- JSON list of {a: [ids], b: [ids], score, lang_a, lang_b}
        PRIMARY KEY (document_a, document_b)
    );
    CREATE INDEX twins_b ON twins(document_b);
    """)


@migrations(name="0003_event_sources")
def m0003_event_sources(db: sqlite_utils.Database) -> None:
    """One event reported by several documents: later reports point at the first (``same_as``)."""
    db.execute("ALTER TABLE events ADD COLUMN same_as TEXT")
    db.execute("CREATE INDEX events_same_as ON events(same_as)")
    db.execute("CREATE INDEX events_date_place ON events(date, country)")


@migrations(name="0004_people_search")
def m0004_people_search(db: sqlite_utils.Database) -> None:
    """The People pane's search: a folded text per mention (``fold.person_text``) under FTS5."""
    import json

    from .fold import person_text

    db.execute("ALTER TABLE people ADD COLUMN loose TEXT NOT NULL DEFAULT ''")
    rows = db.execute("SELECT rowid, name, aliases, role, organization FROM people").fetchall()
    for rowid, name, aliases, role, organization in rows:
        db.execute("UPDATE people SET loose = ? WHERE rowid = ?",
                   [person_text(name, json.loads(aliases or "[]"), role, organization), rowid])
    db.table("people").enable_fts(["loose"], create_triggers=True, tokenize=FTS_TOKENIZE)


@migrations(name="0005_documents_published")
def m0005_documents_published(db: sqlite_utils.Database) -> None:
    """The Documents pane walks documents newest first (an index on the publication date), and a
    search in the Quotes pane finds quotes from their paragraphs (an index on ``paragraph_id``)."""
    db.execute("CREATE INDEX IF NOT EXISTS documents_published ON documents(published)")
    db.execute("CREATE INDEX IF NOT EXISTS quotes_paragraph ON quotes(paragraph_id)")


@migrations(name="0006_why")
def m0006_why(db: sqlite_utils.Database) -> None:
    """Which rule set each field of an event, person and quote, with its evidence (``ingest/rules.py``).

    Records extracted before this carry none (``{}``) until a newer pipeline reprocesses them.
    """
    for table in ("events", "people", "quotes"):
        db.execute(f"ALTER TABLE {table} ADD COLUMN why TEXT NOT NULL DEFAULT '{{}}'")


@migrations(name="0007_corrections")
def m0007_corrections(db: sqlite_utils.Database) -> None:
    """Human corrections as data of their own (``store/corrections.py``), and on each record the
    names of the fields a correction changed (``corrected``).

    A correction finds its record by document, evidence paragraph (index and a hash of its text)
    and the field's extracted value, never by row id: ``kerben reprocess`` renumbers rows.
    """
    db.executescript("""
    CREATE TABLE corrections (
        id INTEGER PRIMARY KEY,
        created_at TEXT NOT NULL,
        author TEXT,
        action TEXT NOT NULL,            -- set | merge | reject
        kind TEXT NOT NULL,              -- event | person | quote
        field TEXT,                      -- the field set (action 'set')
        before TEXT,                     -- JSON: what was shown before
        after TEXT,                      -- JSON: the value set, or the merge target's label
        targets TEXT NOT NULL,           -- JSON list of record keys (store/corrections.py)
        merge_into TEXT,                 -- JSON list of record keys of the merge target
        documents TEXT NOT NULL DEFAULT '[]',  -- JSON list of the document ids involved
        status TEXT NOT NULL DEFAULT 'applied',  -- applied | orphaned
        undone_at TEXT
    );
    CREATE INDEX corrections_undone ON corrections(undone_at);
    ALTER TABLE events ADD COLUMN corrected TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE people ADD COLUMN corrected TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE quotes ADD COLUMN corrected TEXT NOT NULL DEFAULT '[]';
    """)


@migrations(name="0008_word_forms")
def m0008_word_forms(db: sqlite_utils.Database) -> None:
    """Search by word form: each paragraph's stems (``stem.stems_text``) in a third FTS column."""
    from .stem import stems_text

    db.conn.create_function("kerben_stems", 2, stems_text, deterministic=True)
    db.table("paragraphs").disable_fts()
    db.execute("ALTER TABLE paragraphs ADD COLUMN stems TEXT NOT NULL DEFAULT ''")
    db.execute("UPDATE paragraphs SET stems = kerben_stems(text, lang)")
    db.table("paragraphs").enable_fts(["text", "loose", "stems"], create_triggers=True, tokenize=FTS_TOKENIZE)
