"""The store: migrations, idempotent import, documents written whole (a few to a transaction), search folding."""
import json

import pytest

from store import corpus
from store.db import open_db
from store.errors import QueryError, StoreError
from store.importer import import_paths
from store.ingest.pipeline import process_bytes

KY = "Бишкек шаарында Өкмөттүн өкүлдөрү жана жарандык коомдун 30 мүчөсү миграция маселесин талкуулашты."
AZ = "Gəncədə Beynəlxalq Miqrasiya Təşkilatının nümayəndəsi insan alverinə qarşı mübarizəni vurğuladı."
RU = "В Ташкенте прошёл семинар по защите прав трудовых мигрантов, в нём участвовали 40 человек."
UZ = "Toshkent shahrida o‘tkazilgan seminarda mehnat muhojirlari huquqlari muhokama qilindi."


def _import(db, tmp_path, **files):
    for name, text in files.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    return import_paths(db, [str(tmp_path / f"{n}.txt") for n in files], extract=False)


def test_migrations_recorded(db):
    rows = list(db.query("SELECT name FROM _sqlite_migrations WHERE migration_set = 'kerben'"))
    assert [r["name"] for r in rows][0] == "0001_initial"
    assert db["paragraphs_fts"].exists()
    assert "remove_diacritics 2" in db["paragraphs_fts"].schema


def test_pragmas(db):
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_same_bytes_twice_change_nothing(db, tmp_path):
    s1 = _import(db, tmp_path, a=RU)
    before = db.execute("SELECT count(*) FROM paragraphs").fetchone()[0]
    s2 = _import(db, tmp_path, a=RU)
    assert s1.count("added") == 1 and s2.count("unchanged") == 1
    assert db.execute("SELECT count(*) FROM paragraphs").fetchone()[0] == before


def test_force_replaces_without_duplicates(db):
    row = process_bytes(RU.encode(), "a.txt", extract=False)
    assert corpus.add(db, row) == "added"
    assert corpus.add(db, row, force=True) == "replaced"
    assert db.execute("SELECT count(*) FROM documents").fetchone()[0] == 1
    assert db.execute("SELECT count(*) FROM paragraphs").fetchone()[0] == 1


def test_failed_write_leaves_nothing_half_written(db, monkeypatch):
    row = process_bytes(RU.encode(), "a.txt", extract=False)
    row["events"] = [{"id": "e-1", "kind": "training"}, {"id": "e-1", "kind": "training"}]  # duplicate key
    with pytest.raises(StoreError):
        corpus.add(db, row)
    assert db.execute("SELECT count(*) FROM documents").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM paragraphs").fetchone()[0] == 0


def _commits_of_an_import(db, tmp_path, n: int) -> int:
    """Import *n* small files without extraction; how many transactions it committed."""
    for i in range(n):
        (tmp_path / f"r{i}.txt").write_text(f"{RU} Отчёт номер {i}.", encoding="utf-8")
    statements: list[str] = []
    db.conn.set_trace_callback(statements.append)
    summary = import_paths(db, [str(tmp_path)], extract=False)
    db.conn.set_trace_callback(None)
    assert summary.count("added") == n
    assert db.execute("SELECT count(*) FROM documents").fetchone()[0] == n
    return sum(1 for s in statements if s.strip().upper() == "COMMIT")


def test_an_import_writes_its_documents_a_group_to_a_transaction(db, tmp_path):
    """Each commit writes the pages of the full-text index again: 20 documents take 2 commits, not 20."""
    from store import importer

    assert _commits_of_an_import(db, tmp_path, 20) == -(-20 // importer.BATCH_DOCS)


def test_an_import_commits_what_it_wrote_at_least_every_batch_seconds(db, tmp_path, monkeypatch):
    """A slow import (big files) still commits as it goes, so a reader sees its documents arrive."""
    from store import importer

    monkeypatch.setattr(importer, "BATCH_SECONDS", 0.0)
    assert _commits_of_an_import(db, tmp_path, 5) == 5


def test_another_writer_is_not_kept_waiting_while_an_import_processes_a_document(db_path, tmp_path, monkeypatch):
    """The documents an import holds are written in a moment; the write lock is not held while the
    next document is processed, so a correction made meanwhile (another writer) goes through."""
    import sqlite3

    from store import importer

    for i in range(4):
        (tmp_path / f"r{i}.txt").write_text(f"{RU} Отчёт номер {i}.", encoding="utf-8")
    could_write = []

    def process(data, name, **kw):
        other = sqlite3.connect(db_path, timeout=0)
        try:
            other.execute("BEGIN IMMEDIATE")
            other.execute("ROLLBACK")
            could_write.append(True)
        except sqlite3.OperationalError:  # database is locked
            could_write.append(False)
        finally:
            other.close()
        return process_bytes(data, name, **kw)

    monkeypatch.setattr(importer, "process_bytes", process)
    db = open_db(db_path)
    assert import_paths(db, [str(tmp_path)], extract=False).count("added") == 4
    assert could_write == [True] * 4


def test_the_same_bytes_twice_in_one_import_are_processed_once(db, tmp_path):
    """A file given twice (or copied to two folders) is stored once and reported unchanged the
    second time, also while the first is still held for writing."""
    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text(RU, encoding="utf-8")
    summary = import_paths(db, [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")], extract=False)
    assert [o.status for o in summary.outcomes] == ["added", "unchanged"]
    assert db.execute("SELECT count(*) FROM documents").fetchone()[0] == 1


@pytest.mark.parametrize("query,expect", [
    ("окмот", "ky"), ("Өкмөт", "ky"), ("teskilat", "az"), ("Təşkilatının", "az"), ("miqrasiya", "az"),
    ("ташкент", "ru"), ("Ташкен", "ru"), ("otkazilgan", "uz"), ("o‘tkazilgan", "uz"), ("мигрант", "ru"),
])
def test_search_folds_plain_keyboard(db, tmp_path, query, expect):
    _import(db, tmp_path, ky=KY, az=AZ, ru=RU, uz=UZ)
    hits = corpus.search(db, query)
    assert hits and hits[0]["lang"] == expect
    assert hits[0]["spans"], "the hit is highlighted"


@pytest.mark.parametrize("query", ['"', '"Ош', "AND", "OR (", "NEAR(", "*", "a:b", "-x", "((("])
def test_any_query_is_safe(db, tmp_path, query):
    _import(db, tmp_path, ru=RU)
    try:
        corpus.search(db, query)
    except QueryError:
        pass


def test_punctuation_only_query(db):
    with pytest.raises(QueryError):
        corpus.search(db, "?!…")


def test_search_lang_filter(db, tmp_path):
    _import(db, tmp_path, ky=KY, ru=RU)
    assert corpus.search(db, "30", lang="ky") and not corpus.search(db, "30", lang="ru")


def test_export_row_shape(db, tmp_path):
    _import(db, tmp_path, ru=RU)
    row = next(corpus.export_rows(db))
    assert set(row) == {"document", "paragraphs", "events", "people", "quotes", "parallel", "figures"}
    assert set(row["document"]) == {"id", "source", "sha256", "title", "published", "languages"}
    assert row["paragraphs"][0]["lang"] == "ru" and row["document"]["source"] == "ru.txt"


def test_readonly_open_of_missing_db(tmp_path):
    with pytest.raises(StoreError, match="No database"):
        open_db(tmp_path / "none.db", readonly=True)


def test_db_in_missing_directory(tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        open_db(tmp_path / "no" / "dir" / "k.db")


def test_corrupt_db(tmp_path):
    p = tmp_path / "bad.db"
    p.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError, match="not a Kerben database or is corrupt"):
        open_db(p)


def test_raw_text_kept_for_reprocess(db, tmp_path):
    from store.importer import reprocess

    _import(db, tmp_path, ru=RU)
    for f in tmp_path.glob("*.txt"):
        f.unlink()
    s = reprocess(db, extract=False)
    assert s.count("replaced") == 1
    assert json.loads(db.execute("SELECT languages FROM documents").fetchone()[0]) == ["ru"]


def test_a_db_from_before_people_search_is_upgraded_with_its_people_searchable(tmp_path):
    """Migration 0004 fills the folded search text of people stored by an older Kerben."""
    import sqlite3

    import sqlite_utils

    from store import browse
    from store.db import open_db
    from store.schema import migrations

    path = tmp_path / "old.db"
    old = sqlite_utils.Database(sqlite3.connect(path))
    migrations.apply(old, stop_before="0004_people_search")
    old.execute("INSERT INTO documents (id, source, sha256, raw_text, imported_at, pipeline_version) "
                "VALUES ('d-1', 'a.txt', 'x', 'text', '2024-01-01', '2')")
    old.execute("INSERT INTO persons (id, name) VALUES ('s-1', 'Нурлан Өмүров')")
    old.execute("INSERT INTO people (id, document_id, person_id, name, role) "
                "VALUES ('m-1', 'd-1', 's-1', 'Нурлан Өмүров', 'директор')")
    old.conn.commit()
    old.close()
    db = open_db(path)
    for query in ("омуров", "Omurov", "директ"):
        assert [r["name"] for r in browse.page(db, "people", query=query)] == ["Нурлан Өмүров"], query
    assert browse.page(db, "people", query="Асанов") == []


def test_a_very_common_word_lists_the_newest_matches_first(db, tmp_path, monkeypatch):
    monkeypatch.setattr(corpus, "RANK_WINDOW", 3)
    _import(db, tmp_path, ky=KY)  # the oldest document; its paragraph says "миграция"
    for n in range(5):
        _import(db, tmp_path, **{f"ru{n}": f"Мигранты из района {n} получили консультации юристов в Оше."})
    hits = corpus.search(db, "мигра", limit=2)
    assert [h["text"][19] for h in hits] == ["4", "3"]
    # the next pages go on backwards, past the window, without repeating a paragraph
    more = corpus.search(db, "мигра", limit=2, offset=2) + corpus.search(db, "мигра", limit=2, offset=4)
    assert [h["text"][:20] for h in more] == [f"Мигранты из района {n}" for n in (2, 1, 0)] + [KY[:20]]
    # a filter that leaves too few matches among the newest falls back to ranking them all
    ky = corpus.search(db, "мигра", lang="ky")
    assert [h["lang"] for h in ky] == ["ky"]
    # rarer words are ranked as usual
    assert corpus.search(db, "консультации", limit=2)


def test_a_very_common_word_lists_its_own_forms_first_then_pages_on_to_every_match(db, tmp_path, monkeypatch):
    monkeypatch.setattr(corpus, "RANK_WINDOW", 3)
    for n in range(4):
        _import(db, tmp_path, **{f"ru{n}": f"Мигранты из района {n} получили консультации юристов в Оше."})
    _import(db, tmp_path, newest="Мигрантская газета района вышла новым тиражом.")  # a longer word it begins
    first = corpus.search(db, "мигрант", limit=3)
    assert [h["text"][19] for h in first] == ["3", "2", "1"]  # the word's forms, though a longer word is newer
    rest = corpus.search(db, "мигрант", limit=3, offset=3)  # then every other match, none twice
    assert [h["text"][:20] for h in rest] == ["Мигранты из района 0", "Мигрантская газета р"]


def test_a_db_from_before_the_pane_indexes_lists_a_broad_search_once_upgraded(tmp_path, monkeypatch):
    """Migration 0005 adds the indexes a broad search walks; an older DB gets them when opened."""
    import sqlite3

    import sqlite_utils

    from store import browse
    from store.schema import migrations

    path = tmp_path / "old.db"
    old = sqlite_utils.Database(sqlite3.connect(path))
    migrations.apply(old, stop_before="0005_documents_published")
    old.close()
    db = open_db(path)
    for n, day in enumerate(("2024-01-05", "2023-02-01", "2024-03-01")):
        (tmp_path / f"r{n}.txt").write_text(f"Дата: {day}\n\nВ Оше {n + 10} мигрантов получили консультации.",
                                            encoding="utf-8")
        import_paths(db, [str(tmp_path / f"r{n}.txt")], extract=False)
    monkeypatch.setattr(browse, "BROAD", {"documents": 1})
    assert [r["published"] for r in browse.page(db, "documents", query="мигрант")] == \
        ["2024-03-01", "2024-01-05", "2023-02-01"]


def test_parallel_import_reads_files_as_the_workers_need_them():
    """A 100,000-file import must not hold every file in memory before the first one is written:
    the workers are fed from the iterator a bounded window at a time, and results keep file order."""
    from store import importer, workers

    pulled = 0

    def files():
        nonlocal pulled
        for i in range(100_000):
            pulled += 1
            yield f"f{i}.txt", None, b"", False  # empty: fails fast in the worker, one sentence each

    results = importer._process_all(files(), 2)
    first = [next(results) for _ in range(5)]
    assert [name for name, _, _ in first] == [f"f{i}.txt" for i in range(5)]
    assert all(error for _, _, error in first)
    assert pulled <= 2 * workers.WINDOW * workers.CHUNK + workers.CHUNK
    results.close()


def test_progress_names_a_file_while_it_is_processed(db, tmp_path):
    """One long file: the progress display names it before its processing ends, not only after."""
    from store.importer import import_paths

    f = tmp_path / "long.txt"
    f.write_text("Отчёт о семинаре в городе Бишкек прошёл в среду.\n\nУчастники обсудили планы.\n", encoding="utf-8")
    seen = []
    import_paths(db, [str(f)], progress=lambda done, total, name: seen.append((done, total, name)))
    assert seen == [(0, 1, "long.txt"), (1, 1, "long.txt")]
