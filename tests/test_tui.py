"""Pilot tests of the browser: every key path of the TUI issue, with assertions on what is shown.

The corpus is built from rows written here (invented names and places), so these tests do not
depend on extraction quality.
"""
from __future__ import annotations

import asyncio
import functools
import hashlib
import html
import json
import re
from pathlib import Path

import pytest

pytest.importorskip("textual")

from store import corpus  # noqa: E402
from store.browse import Filters  # noqa: E402
from store.db import open_db  # noqa: E402

PIPELINE = "test"


def sync(fn):
    """Run an async test with asyncio (no async pytest plugin is installed)."""
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        asyncio.run(fn(*args, **kwargs))

    return wrapper


def _doc(source: str, title: str, published: str | None, paras: list[tuple[str, str]], **extra) -> dict:
    sha = hashlib.sha256(source.encode()).hexdigest()
    doc_id = f"d-{sha[:16]}"
    pid = [f"p-{doc_id[2:10]}-{i}" for i in range(len(paras))]
    langs = []
    for lang, _ in paras:
        if lang not in langs:
            langs.append(lang)
    row = {
        "document": {"id": doc_id, "source": source, "sha256": sha, "raw_text": "\n\n".join(t for _, t in paras),
                     "title": title, "published": published, "languages": langs, "pipeline_version": PIPELINE},
        "paragraphs": [{"id": pid[i], "index": i, "lang": lang, "text": t} for i, (lang, t) in enumerate(paras)],
        "events": [], "people": [], "quotes": [], "parallel": [], "figures": [],
    }
    for key, make in extra.items():
        row[key] = make(doc_id, pid)
    return row


def corpus_rows() -> list[dict]:
    """Five invented documents: bilingual ky/ru, monolingual az, trilingual, and a linked pair."""
    bilingual = _doc(
        "naryn_training.txt", "Нарында тренинг [bold red] өттү", "2024-03-06",
        [("ky", "2024-жылдын 6-мартында Нарын шаарында миграция боюнча тренинг өттү."),
         ("ky", "Тренингге 40 адам катышты, алардын 25и аялдар."),
         ("ky", "Нурлан Абдыкадыров: «Биз чогуу иштейбиз» деди."),
         ("ky", "Кошумча маалымат [link=x]шилтеме[/link] \x1b[31mкызыл\x1b[0m."),
         ("ru", "6 марта 2024 года в Нарыне прошёл тренинг по миграции."),
         ("ru", "В тренинге участвовали 40 человек."),
         ("ru", "Из них 25 женщин."),
         ("ru", "Нурлан Абдыкадыров: «Мы работаем вместе», сказал он.")],
        events=lambda d, p: [{"id": f"e-{d[2:8]}-1", "kind": "training", "titles": ["Тренинг по миграции"],
                              "date": "2024-03-06", "place": "Нарын", "country": "KG",
                              "organizers": ["Нарынский центр миграции"], "funders": ["Фонд Тянь-Шань"],
                              "participants_total": 40, "participants_women": 25, "participants_men": None,
                              "paragraph_ids": [p[1]]}],
        people=lambda d, p: [{"id": f"person-{d[2:8]}-1", "name": "Нурлан Абдыкадыров",
                              "aliases": ["Nurlan Abdykadyrov"], "role": "директор",
                              "organization": "Нарынский центр миграции", "paragraph_ids": [p[2], p[7]]}],
        quotes=lambda d, p: [{"id": f"q-{d[2:8]}-1", "text": "Мы работаем вместе", "lang": "ru",
                              "speaker": "Нурлан Абдыкадыров", "person_id": f"person-{d[2:8]}-1",
                              "paragraph_id": p[7]}],
        parallel=lambda d, p: [{"a": [p[0]], "b": [p[4]], "score": 0.9, "lang_a": "ky", "lang_b": "ru"},
                               {"a": [p[1]], "b": [p[5], p[6]], "score": 0.8, "lang_a": "ky", "lang_b": "ru"},
                               {"a": [p[2]], "b": [p[7]], "score": 0.9, "lang_a": "ky", "lang_b": "ru"}],
    )
    azeri = _doc(
        "baku_roundtable.txt", "Bakıda dəyirmi masa", "2023-07-28",
        [("az", "Beynəlxalq Miqrasiya Təşkilatının Bakı ofisi dəyirmi masa keçirdi."),
         ("az", "Aygün Məmmədova bildirib ki, insan alverinə qarşı mübarizə davam edir.")],
        events=lambda d, p: [{"id": f"e-{d[2:8]}-1", "kind": "roundtable", "titles": ["Dəyirmi masa"],
                              "date": "2023-07-28", "place": "Bakı", "country": "AZ",
                              "organizers": ["Miqrasiya Təşkilatı"], "funders": [], "participants_total": None,
                              "participants_women": None, "participants_men": None, "paragraph_ids": [p[0]]}],
        people=lambda d, p: [{"id": f"person-{d[2:8]}-1", "name": "Aygün Məmmədova", "aliases": [],
                              "role": "müdir", "organization": "Miqrasiya Təşkilatı", "paragraph_ids": [p[1]]}],
        quotes=lambda d, p: [{"id": f"q-{d[2:8]}-1", "text": "insan alverinə qarşı mübarizə davam edir",
                              "lang": "az", "speaker": "Aygün Məmmədova", "person_id": f"person-{d[2:8]}-1",
                              "paragraph_id": p[1]}],
    )
    trilingual = _doc(
        "osh_forum.txt", "Ош форуму", "2022-05-10",
        [("ky", "Ош шаарында форум болду."), ("ru", "В Оше прошёл форум."), ("en", "A forum was held in Osh.")],
        parallel=lambda d, p: [{"a": [p[0]], "b": [p[1]], "score": 0.9, "lang_a": "ky", "lang_b": "ru"},
                               {"a": [p[2]], "b": [p[1]], "score": 0.9, "lang_a": "en", "lang_b": "ru"}],
    )
    linked_ky = _doc("talas_report_ky.txt", "Таласта жыйын", "2021-09-01",
                     [("ky", "Таласта 120 мигрант жана 35 үй-бүлө жардам алды.")])
    linked_ru = _doc("talas_report_ru.txt", "Собрание в Таласе", "2021-09-01",
                     [("ru", "В Таласе помощь получили 120 мигрантов и 35 семей.")])
    return [bilingual, azeri, trilingual, linked_ky, linked_ru]


def build_corpus(path: Path, extra_docs: int = 0) -> Path:
    """A store at *path* holding ``corpus_rows()`` and *extra_docs* one-paragraph documents."""
    db = open_db(path)
    for row in corpus_rows():
        corpus.add(db, row)
    for i in range(extra_docs):
        corpus.add(db, _doc(f"bulk_{i:04d}.txt", f"Bulk {i:04d}", None, [("ru", f"Документ номер {i}.")]))
    db.close()
    return path


@pytest.fixture(scope="session")
def corpus_template(tmp_path_factory) -> Path:
    return build_corpus(tmp_path_factory.mktemp("corpus") / "tui.db")


@pytest.fixture
def corpus_db(tmp_path, corpus_template):
    import shutil

    path = tmp_path / "tui.db"
    shutil.copy(corpus_template, path)
    db = open_db(path)
    yield db
    db.close()


def make_app(db, tmp_path, **kw):
    from tui.app import KerbenApp

    kw.setdefault("config_file", tmp_path / "config" / "tui.json")
    return KerbenApp(db, blink=False, **kw)


async def settle(pilot, rounds: int = 3) -> None:
    """Let debounce timers fire, workers finish and their messages land."""
    for _ in range(rounds):
        await pilot.pause(0.05)
        await pilot.app.workers.wait_for_complete()
    await pilot.pause(0.05)


def screen_text(app) -> str:
    """What the terminal shows, as text (from Textual's SVG screenshot)."""
    svg = app.export_screenshot()
    parts = re.findall(r"<text[^>]*>(.*?)</text>", svg, re.S)
    return html.unescape("".join(parts)).replace("\xa0", " ")


def browser(app):
    from tui.screens.browse import BrowseScreen

    assert isinstance(app.screen, BrowseScreen)
    return app.screen


def table(app):
    from tui.widgets.record_table import RecordTable

    return app.screen.query_one(RecordTable)


def detail(app) -> str:
    from tui.widgets.detail_panel import DetailPanel

    return app.screen.query_one(DetailPanel).text


def status(app) -> str:
    return str(app.screen.query_one("#status").content)


# ---------------------------------------------------------------- panes

@sync
async def test_opens_on_events_newest_first_with_counts(corpus_db, tmp_path):
    app = make_app(corpus_db, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        t = table(app)
        assert [r["date"] for r in t.records] == ["2024-03-06", "2023-07-28"]
        tabs = str(app.screen.query_one("#tabs").content)
        assert "▸1 Events 2◂" in tabs and "2 People 2" in tabs and "4 Documents 5" in tabs
        assert "row 1 of 2" in status(app)
        shown = screen_text(app)
        assert "Тренинг по миграции" in shown and "training" in shown


@pytest.mark.parametrize("key,pane,first", [("2", "people", "Aygün Məmmədova"), ("3", "quotes", "Мы работаем вместе"),
                                            ("4", "documents", "Нарында тренинг [bold red] өттү")])
@sync
async def test_number_keys_switch_panes(corpus_db, tmp_path, key, pane, first):
    app = make_app(corpus_db, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press(key)
        await settle(pilot)
        assert browser(app).pane == pane
        values = [v for r in table(app).records for v in r.values() if isinstance(v, str)]
        assert first in values
        assert first in screen_text(app)


@sync
async def test_tab_cycles_panes_and_back(corpus_db, tmp_path):
    app = make_app(corpus_db, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        seen = []
        for _ in range(5):
            await pilot.press("tab")
            await settle(pilot)
            seen.append(browser(app).pane)
        assert seen == ["people", "quotes", "documents", "timeline", "events"]
        await pilot.press("shift+tab")
        await settle(pilot)
        assert browser(app).pane == "timeline"


@sync
async def test_detail_of_event_person_and_quote(corpus_db, tmp_path):
    app = make_app(corpus_db, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        text = detail(app)
        assert "Organizers: Нарынский центр миграции" in text
        assert "Funders: Фонд Тянь-Шань" in text
        assert "Participants: 40 (women 25)" in text
        assert "Мы работаем вместе" in text  # the event's quotes
        assert "Тренингге 40 адам катышты" in text  # its source paragraph
        await pilot.press("2")
        await settle(pilot)
        await pilot.press("j")
        await settle(pilot)
        text = detail(app)
        assert "Нурлан Абдыкадыров" in text and "Also written: Nurlan Abdykadyrov" in text
        assert "директор, Нарынский центр миграции" in text  # roles over time
        await pilot.press("3", "G")
        await settle(pilot)
        text = detail(app)
        assert "Speaker: Нурлан Абдыкадыров" in text and "Role: директор" in text
        assert "▶ ¶7 [ru]" in text  # the quote's paragraph, marked, with its neighbours
        assert "¶6 [ru]" in text


@sync
async def test_empty_store_says_what_to_do(tmp_path):
    db = open_db(tmp_path / "empty.db")
    app = make_app(db, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert "No events yet" in detail(app)
        assert "no rows" in status(app)


# ---------------------------------------------------------------- moving and paging

@sync
async def test_vim_keys_and_paging_never_load_the_whole_table(tmp_path):
    from tui.widgets.record_table import PAGE

    db = open_db(build_corpus(tmp_path / "big.db", extra_docs=230))
    app = make_app(db, tmp_path, pane="documents")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        t = table(app)
        assert t.total == 235 and len(t.records) == PAGE and t.virtual_size.height == PAGE + 1  # a header, one page
        await pilot.press("j", "j")
        await settle(pilot)
        assert t.position == 2 and "row 3 of 235" in status(app)
        await pilot.press("k")
        await settle(pilot)
        assert t.position == 1
        await pilot.press("G")
        await settle(pilot)
        assert t.position == 234 and "row 235 of 235" in status(app)
        assert len(t.records) <= PAGE and t.virtual_size.height <= PAGE + 1
        last = t.current["source"]
        await pilot.press("g")
        await settle(pilot)
        assert t.position == 0 and t.current["source"] != last
        for _ in range(40):  # walk past the loaded page
            await pilot.press("pagedown")
            await settle(pilot, 1)
            if t.position >= PAGE:
                break
        assert t.position >= PAGE and t.page_offset > 0 and t.virtual_size.height <= PAGE + 1
        before = t.position
        await pilot.press("down")
        await settle(pilot)
        assert t.position == before + 1 and f"row {before + 2} of 235" in status(app)
        await pilot.press("pageup")
        await settle(pilot)
        assert t.position < before
    db.close()


# ---------------------------------------------------------------- reader

@sync
async def test_enter_opens_reader_at_the_evidence_paragraph(corpus_db, tmp_path):
    from tui.screens.reader import ReaderScreen
    from tui.widgets.paragraph_view import ParagraphView

    app = make_app(corpus_db, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("3")
        await settle(pilot)
        await pilot.press("G")  # the oldest import: Нурлан's quote, its evidence is paragraph 7
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        view = app.screen.query_one(ParagraphView)
        assert view.highlighted == 7
        shown = screen_text(app)
        assert "Нурлан Абдыкадыров: «Мы работаем вместе»" in shown
        assert "bold: person" in shown  # the legend: highlights do not rely on colour
        await pilot.press("escape")
        await settle(pilot)
        assert browser(app).pane == "quotes"


@sync
async def test_a_click_picks_a_row_and_a_second_click_opens_it(corpus_db, tmp_path):
    from tui.screens.reader import ReaderScreen
    from tui.widgets.record_table import RecordTable

    app = make_app(corpus_db, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.click(RecordTable, offset=(5, 0))  # the header: nothing happens
        await settle(pilot)
        assert table(app).position == 0 and isinstance(app.screen, type(browser(app)))
        await pilot.click(RecordTable, offset=(5, 2))  # the second row
        await settle(pilot)
        assert table(app).position == 1 and "row 2 of 2" in status(app)
        assert table(app).current["date"] == "2023-07-28"
        await pilot.click(RecordTable, offset=(5, 2))
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)


@sync
async def test_the_cursor_row_stays_on_screen_after_a_jump(tmp_path):
    db = open_db(build_corpus(tmp_path / "big.db", extra_docs=230))
    app = make_app(db, tmp_path, pane="documents")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        t = table(app)
        await pilot.press("G")
        await settle(pilot)
        last = t.current["source"]

        def shown() -> str:  # the lines the list draws (the detail panel names the source too)
            return "\n".join(t.render_line(y).text for y in range(t.size.height))

        assert last in shown()
        await pilot.press("g")
        await settle(pilot)
        assert t.position == 0 and t.current["source"] in shown() and last not in shown()
    db.close()


@sync
async def test_reader_highlights_people_places_dates_and_quotes(corpus_db):
    from store.browse import reader_spans

    row = corpus.export_row(corpus_db, corpus.resolve_document(corpus_db, "naryn_training.txt"))
    spans = reader_spans(row, "тренинг")
    kinds = {k for v in spans.values() for _, _, k in v}
    assert {"person", "quote", "match"} <= kinds
    p7 = row["paragraphs"][7]
    assert any(p7["text"][s:e] == "Мы работаем вместе" and k == "quote" for s, e, k in spans[p7["id"]])
    assert any(p7["text"][s:e] == "Нурлан Абдыкадыров" and k == "person" for s, e, k in spans[p7["id"]])


@sync
async def test_document_text_is_never_markup(corpus_db, tmp_path):
    app = make_app(corpus_db, tmp_path, pane="documents")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert "Нарында тренинг [bold red] өттү" in screen_text(app)
        await pilot.press("enter")
        await settle(pilot)
        shown = screen_text(app)
        assert "[bold red]" in shown
        assert "[link=x]шилтеме[/link]" in shown
        assert "\x1b" not in shown  # an ANSI escape never reaches the terminal...
        assert "␛[31mкызыл␛[0m" in shown  # ...it is shown as a visible symbol


@sync
async def test_vim_keys_in_reader(corpus_db, tmp_path):
    from tui.widgets.paragraph_view import ParagraphView

    app = make_app(corpus_db, tmp_path, pane="documents")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        view = app.screen.query_one(ParagraphView)
        await pilot.press("j", "j")
        assert view.highlighted == 2
        await pilot.press("k")
        assert view.highlighted == 1
        await pilot.press("G")
        assert view.highlighted == 7
        await pilot.press("g")
        assert view.highlighted == 0


# ---------------------------------------------------------------- side by side

async def _open_document(pilot, app, source: str) -> None:
    await pilot.press("4")
    await settle(pilot)
    for _ in range(10):
        if table(app).current["source"] == source:
            break
        await pilot.press("j")
        await settle(pilot)
    assert table(app).current["source"] == source
    await pilot.press("enter")
    await settle(pilot)


@sync
async def test_side_by_side_rows_are_aligned_pairs(corpus_db, tmp_path):
    from tui.widgets.paragraph_view import ParagraphView

    app = make_app(corpus_db, tmp_path)
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(pilot)
        await _open_document(pilot, app, "naryn_training.txt")
        await pilot.press("j", "j")  # on ¶2 before switching
        await pilot.press("s")
        await settle(pilot)
        screen = app.screen
        assert screen.mode == "side" and (screen.side.lang_a, screen.side.lang_b) == ("ky", "ru")
        rows = [([p["idx"] for p in left], [p["idx"] for p in right]) for left, right in screen.side.rows]
        assert rows == [([0], [4]), ([1], [5, 6]), ([2], [7]), ([3], [])]  # 1:2 in one row, lone ¶3 empty
        view = screen.query_one(ParagraphView)
        assert view.highlighted == 2  # the pair holding the paragraph we were on
        await pilot.press("j")
        assert view.highlighted == 3  # moving is by pair: both columns together
        shown = screen_text(app)
        assert "side by side: ky │ ru" in shown
        assert "Из них 25 женщин." in shown
        await pilot.press("s")
        await settle(pilot)
        assert screen.mode == "single" and view.highlighted == 3


@sync
async def test_l_picks_the_language_pair(corpus_db, tmp_path):
    from tui.screens.language_pair import LanguagePairScreen

    app = make_app(corpus_db, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await _open_document(pilot, app, "osh_forum.txt")
        await pilot.press("s")
        await settle(pilot)
        reader = app.screen
        assert (reader.side.lang_a, reader.side.lang_b) == ("en", "ru") or (reader.side.lang_a, reader.side.lang_b) == ("ky", "ru")
        before = (reader.side.lang_a, reader.side.lang_b)
        await pilot.press("l")
        await settle(pilot)
        assert isinstance(app.screen, LanguagePairScreen)
        assert "ky │ ru" in screen_text(app) and "en │ ru" in screen_text(app)
        await pilot.press("j", "enter")
        await settle(pilot)
        assert app.screen is reader
        assert (reader.side.lang_a, reader.side.lang_b) != before


@sync
async def test_monolingual_document_says_so(corpus_db, tmp_path):
    app = make_app(corpus_db, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await _open_document(pilot, app, "baku_roundtable.txt")
        await pilot.press("s")
        await settle(pilot)
        assert app.screen.mode == "single"
        notes = [n.message for n in app._notifications]
        assert any("monolingual (az)" in n for n in notes)


@sync
async def test_monolingual_with_linked_translation_opens_the_pairing(corpus_db, tmp_path):
    app = make_app(corpus_db, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await _open_document(pilot, app, "talas_report_ky.txt")
        await pilot.press("s")
        await settle(pilot)
        reader = app.screen
        assert reader.mode == "side" and reader.side.other_doc is not None
        left, right = reader.side.rows[0]
        assert left and left[0]["lang"] == "ky" and right and right[0]["lang"] == "ru"
        assert any("beside its translation talas_report_ru.txt" in n.message for n in app._notifications)
        assert "Таласе помощь получили 120" in screen_text(app)


# ---------------------------------------------------------------- search and filters

@sync
async def test_search_as_you_type_and_escape_clears(corpus_db, tmp_path):
    app = make_app(corpus_db, tmp_path, pane="documents")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        assert app.focused.id == "search"
        await pilot.press(*"teskilat")  # plain keyboard for Təşkilat
        await pilot.pause(0.3)
        await settle(pilot)
        t = table(app)
        assert [r["source"] for r in t.records] == ["baku_roundtable.txt"]
        assert "search: teskilat" in status(app)
        assert "Matching paragraphs" in detail(app)
        await pilot.press("escape")
        await settle(pilot)
        assert t.total == 5 and browser(app).query_text == ""
        assert not app.screen.query_one("#search").display


@sync
async def test_search_highlights_hits_in_the_list(corpus_db, tmp_path):
    app = make_app(corpus_db, tmp_path, pane="people")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"нурлан", "enter")
        await pilot.pause(0.3)
        await settle(pilot)
        t = table(app)
        assert [r["name"] for r in t.records] == ["Нурлан Абдыкадыров"]
        line = t.render_line(1)  # the first row, below the header
        assert any(s.style and s.style.reverse for s in line) and "Нурлан" in line.text
        assert app.focused is t


@sync
async def test_filter_bar_persists_across_panes(corpus_db, tmp_path):
    from tui.widgets.filter_bar import FilterBar

    app = make_app(corpus_db, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("f")
        await settle(pilot)
        bar = app.screen.query_one(FilterBar)
        assert bar.display and app.focused.id == "filter-lang"
        bar.query_one("#filter-lang").value = "az"
        await settle(pilot)
        assert app.filters == Filters(lang="az")
        assert [r["place"] for r in table(app).records] == ["Bakı"]
        await pilot.press("escape")
        await settle(pilot)
        assert not bar.display
        assert "filters: language az" in status(app)
        for key, pane in (("2", "people"), ("3", "quotes"), ("4", "documents")):
            await pilot.press(key)
            await settle(pilot)
            assert len(table(app).records) == 1, pane
            assert "filters: language az" in status(app)
        await pilot.press("x")
        await settle(pilot)
        assert not app.filters.active() and table(app).total == 5
        assert "filters:" not in status(app)


@pytest.mark.parametrize("filters,events", [(Filters(country="KG"), ["2024-03-06"]), (Filters(kind="roundtable"), ["2023-07-28"]),
                                            (Filters(year="2024"), ["2024-03-06"]), (Filters(org="тянь"), ["2024-03-06"])])
@sync
async def test_each_filter_narrows_the_list(corpus_db, tmp_path, filters, events):
    app = make_app(corpus_db, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        browser(app).set_filters(filters)
        await settle(pilot)
        assert [r["date"] for r in table(app).records] == events
        assert filters.describe() in status(app)


# ---------------------------------------------------------------- keys, help, output

@sync
async def test_help_lists_every_key_of_the_keymap(corpus_db, tmp_path):
    from tui.keymap import KEYMAP
    from tui.screens.help import HelpScreen

    app = make_app(corpus_db, tmp_path)
    async with app.run_test(size=(160, 60)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        from tui.screens.help import help_table
        from rich.console import Console

        console = Console(width=160, record=True)
        console.print(help_table())
        printed = console.export_text()
        for k in KEYMAP:
            assert k.description in printed
        assert "Search as you type" in screen_text(app)
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


@sync
async def test_command_palette_runs_app_commands(corpus_db, tmp_path):
    from textual.command import CommandPalette

    app = make_app(corpus_db, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await settle(pilot)
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"Show quotes")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await settle(pilot)
        assert browser(app).pane == "quotes"


@sync
async def test_a_palette_command_from_the_reader_returns_to_the_lists(corpus_db, tmp_path):
    from tui.screens.browse import BrowseScreen
    from tui.screens.reader import ReaderScreen

    app = make_app(corpus_db, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        await pilot.press("ctrl+p")
        await settle(pilot)
        await pilot.press(*"Show people")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, BrowseScreen) and app.screen.pane == "people"


@sync
async def test_y_copies_the_selected_quote_with_its_source(corpus_db, tmp_path):
    app = make_app(corpus_db, tmp_path, pane="quotes")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("G")
        await settle(pilot)
        await pilot.press("y")
        assert app.clipboard.startswith("“Мы работаем вместе” — Нурлан Абдыкадыров (naryn_training.txt, 2024-03-06)")
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("y")
        assert app.clipboard.startswith("Нурлан Абдыкадыров: «Мы работаем вместе»")
        assert "(naryn_training.txt, ¶7)" in app.clipboard


@pytest.mark.parametrize("key,fmt", [("c", "csv"), ("j", "json")])
@sync
async def test_e_exports_the_filtered_list(corpus_db, tmp_path, monkeypatch, key, fmt):
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.chdir(out)
    app = make_app(corpus_db, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        browser(app).set_filters(Filters(country="AZ"))
        await settle(pilot)
        await pilot.press("e", key)
        await settle(pilot)
        files = list(out.glob(f"kerben-events-*.{fmt}"))
        assert len(files) == 1
        text = files[0].read_text(encoding="utf-8")
        if fmt == "json":
            data = json.loads(text)
            assert [r["place"] for r in data] == ["Bakı"]
        else:
            assert text.splitlines()[0].startswith("id,document_id,source,date")
            assert len(text.splitlines()) == 2 and "Bakı" in text
        assert any(str(files[0]) in n.message for n in app._notifications)


@sync
async def test_theme_is_remembered_between_runs(corpus_db, tmp_path):
    app = make_app(corpus_db, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.theme = "nord"
        await pilot.pause(0.1)
    saved = json.loads((tmp_path / "config" / "tui.json").read_text())
    assert saved["theme"] == "nord"
    again = make_app(corpus_db, tmp_path)
    async with again.run_test(size=(80, 24)) as pilot:
        await pilot.pause(0.05)
        assert again.theme == "nord"


@sync
async def test_no_color_is_respected(corpus_db, tmp_path, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    app = make_app(corpus_db, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.no_color
        assert "▸1 Events 2◂" in screen_text(app)  # the current pane is marked by arrows, not colour only


@sync
async def test_q_quits(corpus_db, tmp_path):
    app = make_app(corpus_db, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("q")
        await pilot.pause(0.1)
        assert app._exit or not app.is_running


@sync
async def test_works_at_80x24(corpus_db, tmp_path):
    app = make_app(corpus_db, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        shown = screen_text(app)
        assert "Тренинг по миграции" in shown and "row 1 of 2" in shown
        assert "Open" in shown and "Search" in shown  # footer hints


@sync
async def test_filter_bar_opened_late_shows_the_filters_and_values_in_force(corpus_db, tmp_path):
    """The bar's fields are built on first use: filters set before (palette, scripts) must show in them."""
    from textual.widgets import Select

    from tui.widgets.filter_bar import FilterBar

    app = make_app(corpus_db, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        browser(app).set_filters(Filters(lang="az"))
        await settle(pilot)
        await pilot.press("f")
        await settle(pilot)
        lang = app.screen.query_one(FilterBar).query_one("#filter-lang", Select)
        assert lang.value == "az"
        assert {"az", "ru"} <= {str(v) for _, v in lang._options if v is not Select.BLANK}


@sync
async def test_keys_line_follows_the_focus_and_a_click_presses_the_key(corpus_db, tmp_path):
    from tui.widgets.key_hints import KeyHints

    app = make_app(corpus_db, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        hints = app.screen.query_one(KeyHints)
        line = str(hints.render())
        assert "/ Search" in line and "f Filter" in line and "esc Clear" not in line
        await pilot.press("slash")
        await settle(pilot)
        assert "esc Clear" in str(hints.render())
        await pilot.press("escape")
        await settle(pilot)
        start = str(hints.render()).index("? Help")
        await pilot.click(KeyHints, offset=(start + 1, 0))
        await settle(pilot)
        assert type(app.screen).__name__ == "HelpScreen"


@sync
async def test_a_long_list_is_shown_before_it_is_counted(tmp_path, monkeypatch):
    """Counting a broad search takes as long as finding its first page: the page comes first."""
    import threading

    from store import browse as store_browse
    from tui.widgets.record_table import PAGE

    db = open_db(build_corpus(tmp_path / "big.db", extra_docs=230))
    release = threading.Event()
    real_count = store_browse.count

    def slow_count(*args, **kwargs):
        release.wait(10)
        return real_count(*args, **kwargs)

    monkeypatch.setattr(store_browse, "count", slow_count)
    app = make_app(db, tmp_path, pane="documents")
    async with app.run_test(size=(100, 30)) as pilot:
        for _ in range(100):
            await pilot.pause(0.02)
            if table(app).records:
                break
        assert len(table(app).records) == PAGE
        assert f"row 1 of {PAGE}+ (counting…)" in status(app)
        release.set()
        await settle(pilot)
        assert table(app).total == 235 and "row 1 of 235" in status(app)
        await pilot.press("G")
        await settle(pilot)
        assert table(app).position == 234
