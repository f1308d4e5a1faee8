"""A list of records shown one page at a time: the DataTable only ever holds ``PAGE`` rows.

Moving past either end of the loaded page asks for the neighbouring page (``NeedPage``); the
screen loads it in a worker and calls ``show_page``. ``g``/``G`` jump to the first/last page.
Cells are rich ``Text`` (never markup), cut to fixed column widths that follow the table's width.
"""
from __future__ import annotations

from rich.text import Text
from textual.message import Message
from textual.widgets import DataTable

from store.stem import highlight_spans
from store.clip import clip
from store.fold import terms

from .. import keymap
from ..data import PAGE
from ..safe import visible

STEP = PAGE // 2

HEADERS = {
    "events": ["Date", "Kind", "Place", "Title", "Organizers", "Part."],
    "people": ["Name", "Role", "Organization", "Docs"],
    "quotes": ["Speaker", "Quote", "Date", "Lang"],
    "documents": ["Source", "Title", "Languages", "Date"],
}
# (minimum width, share of the flexible space) per column; share 0 = fixed.
WIDTHS = {
    "events": [(10, 0), (10, 0), (10, 1), (16, 4), (10, 2), (5, 0)],
    "people": [(18, 3), (12, 3), (12, 3), (4, 0)],
    "quotes": [(14, 2), (20, 6), (10, 0), (4, 0)],
    "documents": [(14, 2), (20, 5), (9, 0), (10, 0)],
}


def _join(v) -> str:
    return "; ".join(map(str, v)) if isinstance(v, list) else ("" if v is None else str(v))


def cells(pane: str, row: dict) -> list[str]:
    """The texts of one row's cells, in column order.

    >>> cells("people", {"name": "Aygün Məmmədova", "role": None, "organization": "Nazirlik", "documents": 2})
    ['Aygün Məmmədova', '', 'Nazirlik', '2']
    """
    if pane == "events":
        n = row.get("sources") or 1  # one event reported by several documents: "(3 sources)"
        title = (row.get("title") or "") + (f" ({n} sources)" if n > 1 else "")
        total = row.get("participants_total")
        return [row.get("date") or "-", row.get("kind") or "", row.get("place") or "", title,
                _join(row.get("organizers")), "" if total is None else str(total)]
    if pane == "people":
        return [row.get("name") or "", row.get("role") or "", row.get("organization") or "",
                str(row.get("documents") or "")]
    if pane == "quotes":
        return [row.get("speaker") or "-", " ".join((row.get("text") or "").split()), row.get("published") or "-",
                row.get("lang") or ""]
    return [row.get("source") or "", row.get("title") or "", " ".join(row.get("languages") or []),
            row.get("published") or "-"]


def column_widths(pane: str, width: int) -> list[int]:
    """Column widths that fill *width* (each column also takes 2 cells of padding)."""
    spec = WIDTHS[pane]
    free = width - sum(w for w, _ in spec) - 2 * len(spec) - 1
    shares = sum(s for _, s in spec) or 1
    out = [w + (max(0, free) * s // shares if s else 0) for w, s in spec]
    return out


def cell_text(value: str, width: int, words: list[str]) -> Text:
    """One cell: plain text (never markup), query words highlighted, cut after a word with an ellipsis.

    >>> cell_text("Нарынский центр миграции", 14, []).plain
    'Нарынский…'
    """
    value = clip(visible(value.replace("\n", " ")), width)
    t = Text(value, no_wrap=True, overflow="ellipsis")
    for s, e in highlight_spans(value, words) if words else []:
        t.stylize("reverse bold", s, e)
    t.truncate(width, overflow="ellipsis")
    return t


class RecordTable(DataTable):
    """The current pane's rows, a page at a time."""

    BINDINGS = keymap.bindings("table") + keymap.bindings("list")

    class NeedPage(Message):
        """Load the page starting at ``offset`` and put the cursor on absolute row ``cursor``."""

        def __init__(self, offset: int, cursor: int) -> None:
            super().__init__()
            self.offset = offset
            self.cursor = cursor

    class Highlighted(Message):
        """The cursor is on ``row`` (absolute position ``index``)."""

        def __init__(self, row: dict | None, index: int) -> None:
            super().__init__()
            self.row = row
            self.index = index

    def __init__(self, **kwargs) -> None:
        super().__init__(cursor_type="row", zebra_stripes=False, **kwargs)
        self.pane = "events"
        self.records: list[dict] = []
        self.page_offset = 0
        self.total = 0
        self.query_words: list[str] = []
        self._width = 0

    # -------------------------------------------------------------- filling

    def show_page(self, pane: str, offset: int, rows: list[dict], total: int, cursor: int = 0,
                  query: str | None = None) -> None:
        """Replace the loaded rows; ``cursor`` is relative to the page."""
        self.pane, self.page_offset, self.records, self.total = pane, offset, rows, total
        self.query_words = terms(query) if query else []
        self._rebuild(max(0, min(cursor, len(rows) - 1)))

    def _rebuild(self, cursor: int) -> None:
        self._width = self.size.width or 80
        widths = column_widths(self.pane, self._width)
        self.clear(columns=True)
        for label, w in zip(HEADERS[self.pane], widths):
            self.add_column(Text(label, style="bold"), width=w)
        for i, row in enumerate(self.records):
            self.add_row(*(cell_text(v, w, self.query_words) for v, w in zip(cells(self.pane, row), widths)),
                         key=str(i))
        if self.records:
            self.move_cursor(row=cursor, animate=False)
        else:
            self.post_message(self.Highlighted(None, 0))

    def on_resize(self) -> None:
        if self.size.width != self._width and self.columns:
            self._rebuild(self.cursor_row)

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        event.stop()
        i = event.cursor_row
        if 0 <= i < len(self.records):
            self.post_message(self.Highlighted(self.records[i], self.page_offset + i))

    @property
    def current(self) -> dict | None:
        i = self.cursor_row
        return self.records[i] if 0 <= i < len(self.records) else None

    @property
    def position(self) -> int:
        return self.page_offset + self.cursor_row

    # -------------------------------------------------------------- moving

    def _goto(self, index: int) -> None:
        """Put the cursor on absolute row *index*, asking for another page when needed."""
        if not self.total:
            return
        index = max(0, min(index, self.total - 1))
        if self.page_offset <= index < self.page_offset + len(self.records):
            self.move_cursor(row=index - self.page_offset)
            return
        if index >= self.page_offset + len(self.records):
            offset = max(0, min(index - STEP, self.total - PAGE))
        else:
            offset = max(0, index - STEP)
        self.post_message(self.NeedPage(offset, index))

    def action_cursor_down(self) -> None:
        self._goto(self.position + 1)

    def action_cursor_up(self) -> None:
        self._goto(self.position - 1)

    def action_page_down(self) -> None:
        self._goto(self.position + max(1, self.size.height - 2))

    def action_page_up(self) -> None:
        self._goto(self.position - max(1, self.size.height - 2))

    def action_first(self) -> None:
        self._goto(0)

    def action_last(self) -> None:
        self._goto(self.total - 1)
