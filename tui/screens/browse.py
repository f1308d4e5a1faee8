"""The main screen: panes (events, people, quotes, documents, timeline), a detail panel, search, filters.

Every read runs in a thread worker and comes back as a message carrying a generation number;
a reply for an older pane, query or filter set is dropped. The list holds one page of rows.
"""
from __future__ import annotations

import datetime as _dt
import os
from pathlib import Path

from rich.markup import escape
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.message import Message
from textual.screen import Screen
from textual.timer import Timer

from store import browse
from store.browse import PANES, Filters
from store.clip import plural
from store.errors import KerbenError

from .. import keymap
from ..data import list_key
from ..widgets.detail_panel import DetailPanel, render_detail
from ..widgets.filter_bar import FilterBar
from ..widgets.key_hints import KeyHints
from ..widgets.pane_tabs import TITLES, PaneTabs
from ..widgets.record_table import PAGE, STEP, RecordTable
from ..widgets.search_box import SearchBox
from ..widgets.status_line import StatusLine, status_text
from .corrections import CorrectionActions
from .timeline_pane import TimelinePane

SINGULAR = {"events": "event", "people": "person", "quotes": "quote", "documents": "document"}
DEBOUNCE = 0.025  # searches take 10-20 ms at 100k documents: a short pause is enough to coalesce a burst


ALL_PANES = tuple(TITLES)  # the four lists, then the timeline


class BrowseScreen(TimelinePane, CorrectionActions, Screen):
    """Lists of what the corpus holds; enter opens the evidence in the reader."""

    BINDINGS = keymap.bindings("browse")
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (120, "-wide")]

    class ListLoaded(Message):
        def __init__(self, gen: int, pane: str, offset: int, rows: list[dict], total: int, cursor: int,
                     error: str | None = None) -> None:
            super().__init__()
            self.gen, self.pane, self.offset, self.rows = gen, pane, offset, rows
            self.total, self.cursor, self.error = total, cursor, error

    class TotalLoaded(Message):
        """The length of the list shown by ``ListLoaded`` with ``total=None``, once counted."""

        def __init__(self, gen: int, pane: str, total: int) -> None:
            super().__init__()
            self.gen, self.pane, self.total = gen, pane, total

    class CountsLoaded(Message):
        def __init__(self, gen: int, counts: dict[str, int | None]) -> None:
            super().__init__()
            self.gen, self.counts = gen, counts

    class DetailLoaded(Message):
        def __init__(self, key: tuple, text: Text) -> None:
            super().__init__()
            self.key, self.text = key, text

    class OptionsLoaded(Message):
        def __init__(self, options: dict[str, list[str]]) -> None:
            super().__init__()
            self.options = options

    def __init__(self, pane: str = "events") -> None:
        super().__init__()
        self.pane = pane
        self.query_text = ""
        self.gen = 0
        self.totals: dict[str, int | None] = {}
        self.count_gen = 0
        self.counts_pending = False
        self.positions: dict[str, int] = {}
        self.busy = True
        self._debounce: Timer | None = None
        self._detail_key: tuple | None = None
        self.show_why = False  # the detail panel leads with each field's rule and evidence (key w)

    @property
    def filters(self) -> Filters:
        return self.app.filters

    def compose(self) -> ComposeResult:
        # Textual adds the breakpoint class after the first layout; set it now so the screen is
        # laid out (and its rows rendered) once, at its real shape.
        width = self.app.size.width
        self.add_class(next(name for edge, name in sorted(self.HORIZONTAL_BREAKPOINTS, reverse=True) if width >= edge))
        yield PaneTabs(id="tabs")
        yield SearchBox(placeholder="Search (prefixes; plain-keyboard spelling works)…", id="search", compact=True)
        yield FilterBar(id="filters")
        with Horizontal(id="main"):
            yield RecordTable(id="list")
            yield DetailPanel(id="detail")
        yield StatusLine(id="status")
        yield KeyHints()

    def on_mount(self) -> None:
        search = self.query_one(SearchBox)
        search.cursor_blink = self.app.blink
        search.display = False
        self.query_one(FilterBar).display = False
        self.query_one(PaneTabs).set(self.pane, {})
        self.show_timeline(self.pane == "timeline")
        self.reload()
        self.load_options()

    # -------------------------------------------------------------- loading

    def reload(self, *, keep_position: bool = False) -> None:
        """Reload the list (from the top unless asked) and the pane counts."""
        self.gen += 1
        self.busy = True
        self.totals = {}
        self.count_gen += 1
        self.counts_pending = True
        first = self.app.store.take_first_page(list_key(self.pane, self.filters, self.query_text))
        if self.pane == "timeline":
            self.reload_timeline()
            self._count_panes()
            return
        index = self.positions.get(self.pane, 0) if keep_position else 0
        if first is not None and not keep_position:  # read while the app was starting (tui.launch):
            # shown at once, so the first frame drawn has the rows
            self.on_browse_screen_list_loaded(self.ListLoaded(self.gen, self.pane, 0, first[0], first[1], 0))
        else:
            self.load_list(self.gen, self.pane, self.filters, self.query_text, max(0, index - STEP), index)
        self._status()  # pane counts follow once the list is on screen

    @work(thread=True, exclusive=True, group="list")
    def load_list(self, gen: int, pane: str, filters: Filters, query: str, offset: int, cursor: int) -> None:
        """One page of the list; a list not yet counted is shown first and counted after.

        Counting a search that matches a large part of the corpus takes as long as finding the
        page, so the page goes on screen at once (``total=None``) and ``TotalLoaded`` follows.
        """
        try:
            with self.app.store.reading() as db:
                total = self.totals.get(pane)
                rows = None
                if total is None:
                    rows = browse.page(db, pane, filters, query, limit=PAGE, offset=offset)
                    if offset == 0 and len(rows) < PAGE:  # the whole list is on this page
                        total = len(rows)
                    elif rows:
                        self.post_message(self.ListLoaded(gen, pane, offset, rows, None, cursor - offset))
                        self.post_message(self.TotalLoaded(gen, pane, browse.count(db, pane, filters, query)))
                        return
                    else:  # past the end (the list shrank under a kept position): count, then the last page
                        total, rows = browse.count(db, pane, filters, query), None
                if offset and offset >= total:
                    offset, rows = max(0, total - PAGE), None
                if rows is None:
                    rows = browse.page(db, pane, filters, query, limit=PAGE, offset=offset)
        except KerbenError as exc:
            self.post_message(self.ListLoaded(gen, pane, 0, [], 0, 0, str(exc)))
            return
        self.post_message(self.ListLoaded(gen, pane, offset, rows, total, cursor - offset))

    @work(thread=True, exclusive=True, group="counts")
    def load_counts(self, gen: int, filters: Filters, query: str, known: dict[str, int | None]) -> None:
        counts: dict[str, int | None] = {p: n for p, n in known.items() if n is not None}
        with self.app.store.reading() as db:
            for pane in PANES:
                if pane in counts:
                    continue
                try:
                    counts[pane] = browse.count(db, pane, filters, query)
                except KerbenError:
                    counts[pane] = 0
        self.post_message(self.CountsLoaded(gen, counts))

    @work(thread=True, exclusive=True, group="options")
    def load_options(self) -> None:
        with self.app.store.reading() as db:
            options = browse.filter_options(db)
        self.post_message(self.OptionsLoaded(options))

    @work(thread=True, exclusive=True, group="detail")
    def load_detail(self, key: tuple, pane: str, row: dict, query: str, why: bool = False) -> None:
        from store import corpus  # in the worker: not on the way to the first screen

        try:
            with self.app.store.reading() as db:
                if pane == "events":
                    data = dict(corpus.event(db, row["id"]), source=row.get("source"))
                elif pane == "people":
                    data = corpus.person(db, row["id"])
                elif pane == "quotes":
                    data = browse.quote_detail(db, row["id"])
                else:
                    data = browse.document_detail(db, row["id"])
                hits = browse.document_hits(db, row["document_id"], query) if query and row.get("document_id") else []
        except KerbenError as exc:
            self.post_message(self.DetailLoaded(key, Text(str(exc))))
            return
        self.post_message(self.DetailLoaded(key, render_detail(pane, data, hits, why)))

    def on_browse_screen_list_loaded(self, msg: ListLoaded) -> None:
        if msg.gen != self.gen or msg.pane != self.pane:
            return
        self.busy = False
        if msg.total is not None:
            self.totals[msg.pane] = msg.total
            self._count_panes()
        table = self.query_one(RecordTable)
        known = msg.total if msg.total is not None else msg.offset + len(msg.rows)  # until TotalLoaded
        table.show_page(msg.pane, msg.offset, msg.rows, known, msg.cursor, self.query_text)
        if msg.error:
            self.query_one(DetailPanel).show(Text(msg.error))
        elif not msg.rows:
            self.query_one(DetailPanel).show(self._empty_text())
        self._status()

    def on_browse_screen_total_loaded(self, msg: TotalLoaded) -> None:
        if msg.gen != self.gen or msg.pane != self.pane:
            return
        self.totals[msg.pane] = msg.total
        self.query_one(RecordTable).total = msg.total
        self._count_panes()
        self._status()

    def _count_panes(self) -> None:
        """Once the list shown is counted, count the other panes for the tabs (once per reload)."""
        if self.counts_pending:
            self.counts_pending = False
            self.load_counts(self.count_gen, self.filters, self.query_text, dict(self.totals))

    def on_browse_screen_counts_loaded(self, msg: CountsLoaded) -> None:
        if msg.gen != self.count_gen:
            return
        self.totals.update(msg.counts)
        self.query_one(PaneTabs).set(counts=msg.counts)

    def on_browse_screen_options_loaded(self, msg: OptionsLoaded) -> None:
        self.query_one(FilterBar).set_options(msg.options)

    def on_browse_screen_detail_loaded(self, msg: DetailLoaded) -> None:
        if msg.key == self._detail_key:
            self.query_one(DetailPanel).show(msg.text)

    def on_record_table_need_page(self, msg: RecordTable.NeedPage) -> None:
        self.load_list(self.gen, self.pane, self.filters, self.query_text, msg.offset, msg.cursor)

    def on_record_table_highlighted(self, msg: RecordTable.Highlighted) -> None:
        self.positions[self.pane] = msg.index
        self._status()
        if msg.row is None:
            return
        key = (self.gen, self.pane, msg.row["id"], self.show_why)
        if key != self._detail_key:
            self._detail_key = key
            self.load_detail(key, self.pane, msg.row, self.query_text, self.show_why)

    def on_record_table_selected(self, event: RecordTable.Selected) -> None:
        event.stop()
        self.action_open()

    def _empty_text(self) -> Text:
        title = TITLES[self.pane].lower()
        if self.query_text or self.filters.active():
            return Text(f"No {title} match the search and filters.", style="bold")
        return Text(f"No {title} yet: they appear here once documents are imported and extracted "
                    f"(kerben import PATH).", style="bold")

    def _status(self) -> None:
        if self.pane == "timeline":
            return
        table = self.query_one(RecordTable)
        total = None if self.busy else self.totals.get(self.pane)
        at_least = None if self.busy else table.page_offset + len(table.records)
        self.query_one(StatusLine).update(status_text(table.position, total, self.query_text, self.filters,
                                                      at_least=at_least))

    # -------------------------------------------------------------- panes

    def action_pane(self, pane: str) -> None:
        if pane == self.pane:
            return
        self.pane = pane
        self._detail_key = None
        self.query_one(PaneTabs).set(pane)
        self.show_timeline(pane == "timeline")
        self.gen += 1
        self.busy = True
        if pane == "timeline":
            self.reload_timeline()
            return
        index = self.positions.get(pane, 0)
        self.load_list(self.gen, pane, self.filters, self.query_text, max(0, index - STEP), index)
        self._status()

    def action_detail_scroll(self, direction: int) -> None:
        """Scroll the detail panel half its height (it cannot take the focus from the list)."""
        panel = self.query_one(DetailPanel)
        panel.scroll_relative(y=direction * max(1, panel.size.height // 2), animate=False)

    def action_next_pane(self) -> None:
        self.action_pane(ALL_PANES[(ALL_PANES.index(self.pane) + 1) % len(ALL_PANES)])

    def action_previous_pane(self) -> None:
        self.action_pane(ALL_PANES[(ALL_PANES.index(self.pane) - 1) % len(ALL_PANES)])

    def _focus_pane(self) -> None:
        (self.timeline_view() if self.pane == "timeline" else self.query_one(RecordTable)).focus()

    # -------------------------------------------------------------- search

    def action_search(self) -> None:
        box = self.query_one(SearchBox)
        box.display = True
        box.focus()

    def on_input_changed(self, event: SearchBox.Changed) -> None:
        if event.input.id != "search":
            return
        event.stop()
        if self._debounce is not None:
            self._debounce.stop()
        self._debounce = self.set_timer(DEBOUNCE, self._apply_search)

    def _apply_search(self) -> None:
        value = self.query_one(SearchBox).value.strip()
        if value != self.query_text:
            self.query_text = value
            self.positions.clear()
            self._detail_key = None
            self.reload()

    def on_search_box_done(self, msg: SearchBox.Done) -> None:
        box = self.query_one(SearchBox)
        if msg.cleared:
            self.action_clear_search()
        else:
            self._apply_search()
            box.display = bool(self.query_text)
        self._focus_pane()

    def action_clear_search(self) -> None:
        box = self.query_one(SearchBox)
        if self._debounce is not None:
            self._debounce.stop()
        box.value = ""
        box.display = False
        self._focus_pane()
        if self.query_text:
            self.query_text = ""
            self.positions.clear()
            self._detail_key = None
            self.reload()

    # -------------------------------------------------------------- filters

    async def action_filters(self) -> None:
        bar = self.query_one(FilterBar)
        await bar.build()
        bar.set_filters(self.filters)
        bar.display = True
        bar.query_one("#filter-lang").focus()

    def on_filter_bar_changed(self, msg: FilterBar.Changed) -> None:
        self.app.filters = msg.filters
        self.positions.clear()
        self._detail_key = None
        self.reload()

    def on_filter_bar_closed(self, msg: FilterBar.Closed) -> None:
        self.query_one(FilterBar).display = False
        self._focus_pane()

    def action_clear_filters(self) -> None:
        if self.filters.active():
            self.app.filters = Filters()
            self.query_one(FilterBar).set_filters(Filters())
            self.positions.clear()
            self._detail_key = None
            self.reload()
            self.notify("Filters cleared.")

    def set_filters(self, filters: Filters) -> None:
        """Apply filters from outside the bar (the command palette, tests)."""
        self.app.filters = filters
        self.query_one(FilterBar).set_filters(filters)
        self.positions.clear()
        self._detail_key = None
        self.reload()

    # -------------------------------------------------------------- open, copy, export

    def action_open(self) -> None:
        row = self.query_one(RecordTable).current if self.pane != "timeline" else None
        if not row or not row.get("document_id"):
            self.notify("Nothing to open here.", severity="warning")
            return
        from .reader import ReaderScreen

        self.app.push_screen(ReaderScreen(row["document_id"], row.get("paragraph_id"), self.query_text or None))

    def action_why(self) -> None:
        """Show or hide, in the detail panel, the rule and evidence sentence of each field."""
        self.show_why = not self.show_why
        row = self.query_one(RecordTable).current
        if row is not None:
            key = (self.gen, self.pane, row["id"], self.show_why)
            self._detail_key = key
            self.load_detail(key, self.pane, row, self.query_text, self.show_why)

    def action_copy(self) -> None:
        row = self.query_one(RecordTable).current if self.pane != "timeline" else None
        if not row:
            self.notify("Nothing selected to copy.", severity="warning")
            return
        self.app.copy_to_clipboard(copy_text(self.pane, row))
        self.notify(f"Copied the selected {TITLES[self.pane].lower().rstrip('s')} with its source.", title="Copy")

    def action_export(self, fmt: str | None = None) -> None:
        if self.pane == "timeline":
            self.notify("The timeline's counts are exported by `kerben timeline --csv`.", severity="warning")
            return
        if fmt:
            self.export_list(self.pane, self.filters, self.query_text, fmt, Path(os.getcwd()))
            return
        from .export import ExportScreen

        def chosen(fmt: str | None) -> None:
            if fmt:
                self.export_list(self.pane, self.filters, self.query_text, fmt, Path(os.getcwd()))

        self.app.push_screen(ExportScreen(TITLES[self.pane].lower()), chosen)

    @work(thread=True, exclusive=False, group="export")
    def export_list(self, pane: str, filters: Filters, query: str, fmt: str, where: Path) -> None:
        stamp = _dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        path = where / f"kerben-{pane}-{stamp}.{fmt}"
        tmp = path.with_name(path.name + ".part")
        try:
            with self.app.store.reading() as db, open(tmp, "w", encoding="utf-8", newline="") as fh:
                n = browse.export(db, pane, filters, query or None, fh, fmt)
            os.replace(tmp, path)
        except (OSError, KerbenError) as exc:
            tmp.unlink(missing_ok=True)
            self.app.call_from_thread(self.notify, f"Cannot export: {escape(str(exc))}", severity="error", title="Export")
            return
        self.app.call_from_thread(self.notify, f"Exported {plural(n, SINGULAR[pane], pane)} to {escape(str(path))}", title="Export", timeout=8)


def copy_text(pane: str, row: dict) -> str:
    """What ``y`` copies: the record in words, with its source.

    >>> copy_text("quotes", {"text": "Biz birga", "speaker": "Aziz Karimov", "source": "a.txt", "published": None})
    '“Biz birga” — Aziz Karimov (a.txt)'
    """
    if pane == "quotes":
        when = f", {row['published']}" if row.get("published") else ""
        return f"“{row['text']}” — {row.get('speaker') or 'unknown speaker'} ({row.get('source')}{when})"
    if pane == "events":
        bits = [row.get("date") or "undated", row.get("kind") or "event", row.get("place") or ""]
        orgs = "; ".join(row.get("organizers") or [])
        return (f"{row.get('title') or '(no title)'} — {', '.join(b for b in bits if b)}"
                + (f"; organizers: {orgs}" if orgs else "") + f" ({row.get('source')})")
    if pane == "people":
        role = ", ".join(x for x in (row.get("role"), row.get("organization")) if x)
        return f"{row['name']}" + (f" — {role}" if role else "") + f" ({row.get('documents')} documents)"
    return f"{row.get('title') or '(no title)'} ({row['source']}, {row.get('published') or 'no date'})"
