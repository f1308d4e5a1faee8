"""Pilot tests of the browser's daily-use fixes: the detail panel scrolls from the keyboard, the Events
list shows participants, enter after a search opens the reader at the match, the reader finds words,
the filter bar and the help fit 80 columns, the palette lists each command once, and the side-by-side
view swaps its languages and can show aligned pairs only. The corpus is test_tui's invented one."""
from __future__ import annotations

import pytest

pytest.importorskip("textual")

from test_tui import _open_document, browser, corpus_db, corpus_template, make_app, screen_text, settle, sync, table  # noqa: E402,F401


@sync
async def test_detail_panel_scrolls_from_the_keyboard(corpus_db, tmp_path):
    from tui.widgets.detail_panel import DetailPanel

    app = make_app(corpus_db, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        panel = app.screen.query_one(DetailPanel)
        assert panel.max_scroll_y > 0  # the event's detail does not fit at 80x24
        await pilot.press("J")
        await pilot.pause(0.05)
        assert panel.scroll_y > 0 and table(app).cursor_row == 0  # the list cursor did not move
        await pilot.press("K", "K")
        await pilot.pause(0.05)
        assert panel.scroll_y == 0


@sync
async def test_events_list_shows_the_participant_count(corpus_db, tmp_path):
    app = make_app(corpus_db, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        shown = screen_text(app)
        assert "Part." in shown
        line = next(x for x in shown.splitlines() if "Тренинг по миграции" in x)
        assert line.rstrip().endswith("40")


@sync
async def test_enter_after_a_search_opens_the_reader_at_the_match(corpus_db, tmp_path):
    from tui.widgets.paragraph_view import ParagraphView

    app = make_app(corpus_db, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"женщин", "enter")
        await settle(pilot)
        assert table(app).current["title"] == "Тренинг по миграции"  # its evidence is ¶1
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen.query_one(ParagraphView).highlighted == 6  # «Из них 25 женщин.»


@sync
async def test_reader_finds_words_with_slash_n_and_shift_n(corpus_db, tmp_path):
    from tui.widgets.paragraph_view import ParagraphView

    app = make_app(corpus_db, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await _open_document(pilot, app, "naryn_training.txt")
        view = app.screen.query_one(ParagraphView)
        await pilot.press("slash", *"тренинг", "enter")
        await settle(pilot)
        assert view.highlighted == 0 and "match 1 of 4" in screen_text(app)
        await pilot.press("n")
        assert view.highlighted == 1
        await pilot.press("n")
        assert view.highlighted == 4
        await pilot.press("N")
        assert view.highlighted == 1
        await pilot.press("slash", "escape")  # esc closes the find box, not the reader
        await settle(pilot)
        assert app.screen.query_one(ParagraphView) is view


@sync
async def test_side_by_side_swaps_with_l_and_shows_pairs_only_with_p(corpus_db, tmp_path):
    from tui.widgets.paragraph_view import ParagraphView

    app = make_app(corpus_db, tmp_path)
    async with app.run_test(size=(120, 35)) as pilot:
        await settle(pilot)
        await _open_document(pilot, app, "naryn_training.txt")
        await pilot.press("s")
        await settle(pilot)
        reader = app.screen
        view = reader.query_one(ParagraphView)
        assert (reader.side.lang_a, reader.side.lang_b) == ("ky", "ru") and view.option_count == 4
        await pilot.press("p")
        await settle(pilot)
        assert view.option_count == 3  # the ky paragraph without a translation is left out
        await pilot.press("l")
        await settle(pilot)
        assert (reader.side.lang_a, reader.side.lang_b) == ("ru", "ky")
        left, right = reader.side.rows[0]
        assert left[0]["lang"] == "ru" and right[0]["lang"] == "ky"


@sync
async def test_filter_bar_keeps_field_names_at_80_columns(corpus_db, tmp_path):
    app = make_app(corpus_db, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f")
        await settle(pilot)
        shown = screen_text(app)
        assert "Country: any" in shown and "Year: any" in shown
        await pilot.press("enter", "down", "enter")  # pick the first language
        await settle(pilot)
        assert browser(app).filters.lang
        assert f"Lang {browser(app).filters.lang}" in screen_text(app)


def test_help_keeps_the_key_column_narrow():
    from rich.console import Console

    from tui.screens.help import help_table

    console = Console(width=56, record=True)  # the help dialog at 80 columns
    console.print(help_table())
    quit_line = next(x for x in console.export_text().splitlines() if "Quit" in x)
    assert quit_line.index("Quit") <= 18


@sync
async def test_palette_lists_keys_once(corpus_db, tmp_path):
    app = make_app(corpus_db, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert titles.count("Keys") == 1


def test_list_cells_are_cut_after_a_word():
    from tui.widgets.record_table import cell_text

    assert cell_text("Жаңы Өмүр коомдук бирикмеси", 16, []).plain == "Жаңы Өмүр…"
    assert cell_text("Жаңы Өмүр", 16, ["омур"]).spans  # the match is still highlighted
