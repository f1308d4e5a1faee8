"""The browser's start (issue 12): `kerben` / `kerben browse` open on a plain sqlite3 handle, with
the first page read while Textual loads; corrections still write, sqlite-utils comes with them."""
from __future__ import annotations

import shutil
import sqlite3

import pytest

pytest.importorskip("textual")

from store.db import LATEST_MIGRATION, Reader, open_current, open_db  # noqa: E402
from store.errors import StoreError  # noqa: E402
from test_faults import _make_readonly  # noqa: E402
from test_tui import corpus_template, make_app, settle, sync, table  # noqa: E402,F401


@pytest.fixture
def db_path(tmp_path, corpus_template):
    path = tmp_path / "tui.db"
    shutil.copy(corpus_template, path)
    return path


def test_the_last_migration_is_the_one_the_browser_checks():
    from store.schema import migrations

    assert [m.name for m in migrations._migrations][-1] == LATEST_MIGRATION


def test_open_current_reads_a_current_store_and_refuses_an_older_one(db_path):
    reader, readonly = open_current(db_path)
    assert isinstance(reader, Reader) and readonly is False
    assert reader.execute("SELECT count(*) FROM events").fetchone()[0] == 2
    reader.close()
    with sqlite3.connect(db_path) as c:  # as a store made before the last migration records it
        c.execute("DELETE FROM _sqlite_migrations WHERE name = ?", [LATEST_MIGRATION])
    with pytest.raises(StoreError):
        open_current(db_path)
    with pytest.raises(StoreError):
        open_current(db_path.with_name("missing.db"))


@sync
async def test_the_first_page_read_while_loading_is_shown_and_later_lists_are_read_again(db_path, tmp_path):
    from tui.data import read_first_page

    reader, _ = open_current(db_path)
    first = read_first_page(reader)
    with sqlite3.connect(db_path) as c:  # the store changes after the first page was read
        c.execute("DELETE FROM events WHERE date = '2024-03-06'")
    app = make_app(reader, tmp_path, first_page=first)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert [r["date"] for r in table(app).records] == ["2024-03-06", "2023-07-28"]
        app.screen.reload()
        await settle(pilot)
        assert [r["date"] for r in table(app).records] == ["2023-07-28"]


@sync
async def test_the_first_frame_drawn_already_shows_the_first_page(db_path, tmp_path, monkeypatch):
    """No empty table first: the page read while Textual loaded is in the list before it is drawn."""
    from tui.data import read_first_page
    from tui.widgets.record_table import RecordTable

    drawn: list[int] = []  # rows the list held each time it drew a line
    render_line = RecordTable.render_line
    monkeypatch.setattr(RecordTable, "render_line", lambda self, y: drawn.append(len(self.records)) or render_line(self, y))
    reader, _ = open_current(db_path)
    app = make_app(reader, tmp_path, first_page=read_first_page(reader))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
    assert drawn and drawn[0] == 2


@sync
async def test_a_browser_started_on_a_plain_handle_still_writes_corrections(db_path, tmp_path):
    reader, _ = open_current(db_path)
    app = make_app(reader, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert len(table(app).records) == 2
        await pilot.press("D")
        await settle(pilot)
        assert [r["date"] for r in table(app).records] == ["2023-07-28"]
    db = open_db(db_path)
    assert db.execute("SELECT action FROM corrections").fetchall() == [("reject",)]
    db.close()


@sync
async def test_a_read_only_store_refuses_a_correction_in_one_sentence(db_path, tmp_path):
    undo = _make_readonly(db_path)
    try:
        reader, readonly = open_current(db_path)
        assert readonly
        app = make_app(reader, tmp_path, readonly=True)
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(pilot)
            await pilot.press("D")
            await settle(pilot)
            said = [str(n.message) for n in app._notifications]
            assert any("read-only" in m and m.endswith(".") for m in said[1:]), said
            assert len(table(app).records) == 2
    finally:
        undo()
