"""Snapshots of each pane (the timeline also stacked by country), the reader and the side-by-side view at 80x24 and 160x45.

Deterministic: fixed rows (``test_tui.corpus_rows``), a fixed theme, no cursor blink, and every
worker finished before the picture is taken. Update with ``pytest --snapshot-update`` and look
at the SVGs before accepting them.
"""
from __future__ import annotations

import shutil

import pytest

pytest.importorskip("pytest_textual_snapshot")

from store.db import open_db  # noqa: E402
from test_tui import build_corpus, settle  # noqa: E402

SIZES = [(80, 24), (160, 45)]


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    return build_corpus(tmp_path_factory.mktemp("snap") / "snap.db")


@pytest.fixture
def snap_db(tmp_path, template):
    path = tmp_path / "snap.db"
    shutil.copy(template, path)
    db = open_db(path)
    yield db
    db.close()


def _app(db, tmp_path, pane="events"):
    from tui.app import KerbenApp

    return KerbenApp(db, config_file=tmp_path / "cfg.json", theme="textual-dark", blink=False, pane=pane)


def _then(*keys):
    async def run_before(pilot):
        await settle(pilot)
        for key in keys:
            await pilot.press(key)
            await settle(pilot)
        pilot.app.clear_notifications()
        await pilot.pause(0.05)

    return run_before


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("pane", ["events", "people", "quotes", "documents", "timeline"])
def test_pane(snap_compare, snap_db, tmp_path, pane, size):
    assert snap_compare(_app(snap_db, tmp_path, pane), terminal_size=size, run_before=_then())


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_timeline_by_quarter_split_by_country(snap_compare, snap_db, tmp_path, size):
    assert snap_compare(_app(snap_db, tmp_path, "timeline"), terminal_size=size, run_before=_then("b", "v"))


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_reader(snap_compare, snap_db, tmp_path, size):
    # the quote's evidence paragraph (¶7) of the bilingual document, highlighted
    assert snap_compare(_app(snap_db, tmp_path, "quotes"), terminal_size=size, run_before=_then("G", "enter"))


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_side_by_side(snap_compare, snap_db, tmp_path, size):
    assert snap_compare(_app(snap_db, tmp_path, "events"), terminal_size=size, run_before=_then("enter", "s", "g"))
