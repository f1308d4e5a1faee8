"""Pilot tests of the Timeline pane (key 5) and of correcting records from the browser (E, M, D, u)."""
from __future__ import annotations

import pytest

pytest.importorskip("textual")

from store.browse import Filters  # noqa: E402
from test_tui import browser, corpus_db, corpus_template, detail, make_app, screen_text, settle, sync, table  # noqa: E402,F401


def chart(app):
    from tui.widgets.timeline_view import TimelineView

    return app.screen.query_one(TimelineView)


def bars(app) -> dict[str, str]:
    """``{period: bar line}`` as the chart shows them."""
    view = chart(app)
    return {view.get_option_at_index(i).id: str(view.get_option_at_index(i).prompt)
            for i in range(view.option_count)}


@sync
async def test_5_shows_events_per_month_and_the_bar_under_the_cursor_lists_its_events(corpus_db, tmp_path):
    app = make_app(corpus_db, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("5")
        await settle(pilot)
        assert browser(app).pane == "timeline" and app.focused is chart(app)
        shown = bars(app)
        assert list(shown)[0] == "2023-07" and list(shown)[-1] == "2024-03" and len(shown) == 9
        assert shown["2024-03"].endswith(" 1") and "█" in shown["2024-03"] and "█" not in shown["2023-12"]
        assert "2024-03: 1 event" in detail(app) and "Тренинг по миграции" in detail(app)
        await pilot.press("g")
        await settle(pilot)
        assert "2023-07: 1 event" in detail(app) and "Dəyirmi masa" in detail(app)
        assert "2 events per month" in screen_text(app)
        assert max(len(line) for line in screen_text(app).splitlines()) <= 80


@sync
async def test_b_changes_the_period_and_v_stacks_the_bars_by_country(corpus_db, tmp_path):
    app = make_app(corpus_db, tmp_path, pane="timeline")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("b")
        await settle(pilot)
        assert list(bars(app)) == ["2023-Q3", "2023-Q4", "2024-Q1"]
        await pilot.press("b")
        await settle(pilot)
        assert list(bars(app)) == ["2023", "2024"]
        await pilot.press("v")
        await settle(pilot)
        shown = bars(app)
        assert "█" in shown["2023"] and "▓" in shown["2024"], "each country has its own fill"
        assert "by country: █ AZ  ▓ KG" in detail(app)
        assert "per year, by country" in screen_text(app)


@pytest.mark.parametrize("filters,periods", [(Filters(country="KG"), {"2024-03"}), (Filters(lang="az"), {"2023-07"})])
@sync
async def test_the_timeline_follows_the_filters_and_the_search(corpus_db, tmp_path, filters, periods):
    app = make_app(corpus_db, tmp_path, pane="timeline")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        browser(app).set_filters(filters)
        await settle(pilot)
        assert {p for p, line in bars(app).items() if line.endswith(" 1")} == periods
        assert filters.describe() in screen_text(app)
        await pilot.press("x", "slash", *"Нарын")
        await settle(pilot)
        assert {p for p, line in bars(app).items() if line.endswith(" 1")} == {"2024-03"}


@sync
async def test_the_timeline_is_readable_without_colour(corpus_db, tmp_path, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    app = make_app(corpus_db, tmp_path, pane="timeline")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("v")
        await settle(pilot)
        assert app.no_color
        text = screen_text(app)
        assert "▓" in text and "█" in text and "▸5 Timeline◂" in text


# ---------------------------------------------------------------- corrections from the browser

@sync
async def test_E_corrects_the_field_and_u_undoes_it(corpus_db, tmp_path):
    from tui.screens.edit import EditScreen

    app = make_app(corpus_db, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("E")
        await settle(pilot)
        assert isinstance(app.screen, EditScreen)
        box = app.screen.query_one("#edit-value")
        assert box.value == "2024-03-06"
        box.value = "2024-03-09"
        await pilot.press("enter")
        await settle(pilot)
        assert [r["date"] for r in table(app).records] == ["2024-03-09", "2023-07-28"]
        assert "Date: 2024-03-09" in detail(app)
        await pilot.press("u")
        await settle(pilot)
        assert [r["date"] for r in table(app).records] == ["2024-03-06", "2023-07-28"]


@sync
async def test_a_bad_value_is_refused_in_one_sentence(corpus_db, tmp_path):
    app = make_app(corpus_db, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("E")
        await settle(pilot)
        app.screen.query_one("#edit-value").value = "next spring"
        await pilot.press("enter")
        await settle(pilot)
        assert any("is not YYYY" in str(n.message) for n in app._notifications)
        assert [r["date"] for r in table(app).records] == ["2024-03-06", "2023-07-28"]


@sync
async def test_M_twice_merges_two_people_and_D_rejects_a_quote(corpus_db, tmp_path):
    app = make_app(corpus_db, tmp_path, pane="people")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        first, second = (r["name"] for r in table(app).records)
        await pilot.press("M", "j", "M")
        await settle(pilot)
        assert [(r["name"], r["documents"]) for r in table(app).records] == [(second, 2)]
        assert first in detail(app)  # now one of the names it is written with
        await pilot.press("3")
        await settle(pilot)
        quotes = [r["text"] for r in table(app).records]
        await pilot.press("D")
        await settle(pilot)
        assert [r["text"] for r in table(app).records] == quotes[1:]
        await pilot.press("1", "D")
        await settle(pilot)
        assert len(table(app).records) == 1


@sync
async def test_the_palette_opens_the_timeline(corpus_db, tmp_path):
    from textual.command import CommandPalette

    app = make_app(corpus_db, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await settle(pilot)
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"Show timeline")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await settle(pilot)
        assert browser(app).pane == "timeline" and len(bars(app)) == 9
