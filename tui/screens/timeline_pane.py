"""The Timeline pane of the browse screen (key 5): events per period under the filters and search in
force; the bar under the cursor lists its events in the detail panel.

A mixin of ``BrowseScreen``: it reads the screen's ``gen``, ``filters`` and ``query_text`` and
loads everything in thread workers, like the lists. The chart widget is mounted the first time the
pane is shown, so the browser opens without it.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual import work
from textual.message import Message

from store.browse import Filters
from store.errors import KerbenError

from ..safe import visible
from ..widgets.detail_panel import DetailPanel
from ..widgets.record_table import RecordTable
from ..widgets.status_line import StatusLine

if TYPE_CHECKING:  # mounted on first use (``timeline_view``)
    from ..widgets.timeline_view import TimelineView


def period_text(period: str, rows: list[dict], data: dict | None) -> Text:
    """The detail of one bar: the series key, then the period's events (date, kind, place, title).

    >>> period_text("2024-03", [{"date": "2024-03-06", "kind": "forum", "place": "Osh", "country": "KG",
    ...                          "titles": ["Spring forum"]}], None).plain.splitlines()
    ['2024-03: 1 event', '  2024-03-06  forum  Osh, KG', '    Spring forum']
    """
    from ..widgets.timeline_view import key_text

    t = key_text(data or {})
    if t.plain:
        t.append("\n\n")
    shown = {"undated": "Without a date", "too vague": "Dated too vaguely for this chart"}.get(period, period)
    t.append(f"{shown}: {len(rows)} event{'s' if len(rows) != 1 else ''}" + ("+" if len(rows) >= 50 else ""),
             style="bold")
    for e in rows:
        where = ", ".join(x for x in (e.get("place"), e.get("country")) if x)
        t.append(f"\n  {e.get('date') or '-'}  {e.get('kind') or 'event'}  {visible(where)}", style="dim")
        if e.get("titles"):
            t.append("\n    " + visible(e["titles"][0]))
    return t


def timeline_status(data: dict | None, query: str, filters: Filters) -> Text:
    """``12 events per month │ search: … │ filters: …``."""
    t = Text("loading…", style="dim") if data is None else Text(
        f"{data['total']:,} events per {data['by']}" + (f", by {data['split']}" if data["split"] else ""))
    if query:
        t.append(" │ ", style="dim").append("search: ", style="bold").append(query)
    if filters.active():
        t.append(" │ ", style="dim").append("filters: ", style="bold").append(filters.describe())
    return t


class TimelinePane:
    """What the browse screen does on its Timeline pane."""

    class TimelineLoaded(Message):
        def __init__(self, gen: int, data: dict | None, error: str | None = None) -> None:
            super().__init__()
            self.gen, self.data, self.error = gen, data, error

    class PeriodLoaded(Message):
        def __init__(self, key: tuple, text: Text) -> None:
            super().__init__()
            self.key, self.text = key, text

    def timeline_view(self, *, create: bool = True):
        """The chart widget (mounted beside the list on first use), or None when not asked to create it.

        Found by its id, so the first screen (a list) does without the chart's modules.
        """
        found = self.query("#timeline")
        if found or not create:
            return found.first() if found else None
        from ..widgets.timeline_view import TimelineView

        view = TimelineView(id="timeline")
        self.query_one("#main").mount(view, before=self.query_one(DetailPanel))
        return view

    def show_timeline(self, on: bool) -> None:
        """Put the chart (or the list) in the pane's place and focus it."""
        table, view = self.query_one(RecordTable), self.timeline_view(create=on)
        table.display = not on
        if view is not None:
            view.display = on
        (view if on else table).focus()

    def reload_timeline(self) -> None:
        view = self.timeline_view()
        view.data = None
        self.query_one(StatusLine).update(timeline_status(None, self.query_text, self.filters))
        self.load_timeline(self.gen, self.filters, self.query_text, view.by, view.split)

    @work(thread=True, exclusive=True, group="list")
    def load_timeline(self, gen: int, filters: Filters, query: str, by: str, split: str | None) -> None:
        from store.timeline import browse_counts

        try:
            with self.app.store.reading() as db:
                data = browse_counts(db, filters, query or None, by=by, split=split)
        except KerbenError as exc:
            self.post_message(self.TimelineLoaded(gen, None, str(exc)))
            return
        self.post_message(self.TimelineLoaded(gen, data))

    @work(thread=True, exclusive=True, group="detail")
    def load_period(self, key: tuple, period: str, filters: Filters, query: str, data: dict | None) -> None:
        from store.timeline import period_events

        try:
            with self.app.store.reading() as db:
                rows = [] if period == "too vague" else period_events(db, period, filters, query or None)
        except KerbenError as exc:
            self.post_message(self.PeriodLoaded(key, Text(str(exc))))
            return
        self.post_message(self.PeriodLoaded(key, period_text(period, rows, data)))

    def on_timeline_pane_timeline_loaded(self, msg: TimelineLoaded) -> None:
        if msg.gen != self.gen or self.pane != "timeline":
            return
        self.busy = False
        view = self.timeline_view()
        if msg.error:
            self.query_one(DetailPanel).show(Text(msg.error))
            return
        view.show(msg.data)
        if not msg.data["total"]:
            self.query_one(DetailPanel).show(Text("No events match the search and filters.", style="bold"))
        self.query_one(StatusLine).update(timeline_status(msg.data, self.query_text, self.filters))

    def on_timeline_view_period_highlighted(self, msg: TimelineView.PeriodHighlighted) -> None:
        if msg.period is None:
            return
        key = (self.gen, "timeline", msg.period)
        self._detail_key = key
        self.load_period(key, msg.period, self.filters, self.query_text, self.timeline_view().data)

    def on_timeline_view_changed(self, msg: TimelineView.Changed) -> None:
        self.gen += 1
        self.reload_timeline()

    def on_timeline_pane_period_loaded(self, msg: PeriodLoaded) -> None:
        if msg.key == self._detail_key:
            self.query_one(DetailPanel).show(msg.text)

