"""A list of records shown one page at a time: the table only ever holds ``PAGE`` rows.

Moving past either end of the loaded page asks for the neighbouring page (``NeedPage``); the
screen loads it in a worker and calls ``show_page``. ``g``/``G`` jump to the first/last page.
Cells are rich ``Text`` (never markup), cut to fixed column widths that follow the table's width.

The table draws its own lines (Textual's line API, as Toolong does): a line is one ``Text`` of
the row's cells, built when it first comes into view and kept until the rows, the width or the
styles change. Textual's ``DataTable`` renders every cell through rich's console on each style
or size change and measured every cell of a new page, which made it most of the time to the
first screen.
"""
from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual import events
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

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


class RecordTable(ScrollView, can_focus=True):
    """The current pane's rows, a page at a time: a header line, then one line per record."""

    BINDINGS = keymap.bindings("table") + keymap.bindings("list")
    COMPONENT_CLASSES = {"record-table--header", "record-table--cursor"}
    # the colours of Textual's DataTable, which this table replaces
    DEFAULT_CSS = """
    RecordTable {
        background: $surface;
        color: $foreground;
        overflow-x: hidden;
        &:focus {
            background-tint: $foreground 5%;
            & > .record-table--cursor {
                background: $block-cursor-background;
                color: $block-cursor-foreground;
                text-style: $block-cursor-text-style;
            }
            & > .record-table--header {
                background-tint: $foreground 5%;
            }
        }
        & > .record-table--header {
            text-style: bold;
            background: $panel;
            color: $foreground;
        }
        & > .record-table--cursor {
            background: $block-cursor-blurred-background;
            color: $block-cursor-blurred-foreground;
            text-style: $block-cursor-blurred-text-style;
        }
    }
    """

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

    class Selected(Message):
        """Enter (or a click) on the row under the cursor: open it."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.pane = "events"
        self.records: list[dict] = []
        self.page_offset = 0
        self.total = 0
        self.cursor_row = 0
        self.query_words: list[str] = []
        self._lines: dict[tuple, Strip] = {}  # (row or -1 for the header, width, under the cursor) -> line

    # -------------------------------------------------------------- filling

    def show_page(self, pane: str, offset: int, rows: list[dict], total: int, cursor: int = 0,
                  query: str | None = None) -> None:
        """Replace the loaded rows; ``cursor`` is relative to the page."""
        self.pane, self.page_offset, self.records, self.total = pane, offset, rows, total
        self.query_words = terms(query) if query else []
        self._lines.clear()
        self.virtual_size = Size(self.virtual_size.width, len(rows) + 1)
        self.cursor_row = max(0, min(cursor, len(rows) - 1))
        self.refresh()
        if rows:
            self.move_cursor(self.cursor_row)
        else:
            self.post_message(self.Highlighted(None, 0))

    def cell(self, row: int, column: int) -> Text:
        """The text of a cell of the loaded page as the table shows it at its current width."""
        width = column_widths(self.pane, self._width())[column]
        return cell_text(cells(self.pane, self.records[row])[column], width, self.query_words)

    # -------------------------------------------------------------- drawing

    def _width(self) -> int:
        return self.scrollable_content_region.width or 80

    def render_line(self, y: int) -> Strip:
        """Line *y* of the widget: the header, then the rows from the scroll position."""
        width = self._width()
        row = -1 if y == 0 else self.scroll_offset.y + y - 1
        if row >= len(self.records):
            return Strip.blank(width, self.rich_style)
        key = (row, width, row == self.cursor_row)
        line = self._lines.get(key)
        if line is None:
            line = self._lines[key] = self._render_row(row, width)
        return line

    def _render_row(self, row: int, width: int) -> Strip:
        """The header (row -1) or a record as one line of *width* cells, padded like DataTable's."""
        widths = column_widths(self.pane, width)
        if row < 0:
            texts = [Text(label) for label in HEADERS[self.pane]]
            style = self.get_component_rich_style("record-table--header")
        else:
            texts = [cell_text(v, w, self.query_words) for v, w in zip(cells(self.pane, self.records[row]), widths)]
            style = self.get_component_rich_style("record-table--cursor") if row == self.cursor_row else Style()
        line = Text(no_wrap=True, end="")
        for text, w in zip(texts, widths):
            text.truncate(w, overflow="ellipsis", pad=True)
            line.append(" ")
            line.append_text(text)
            line.append(" ")
        base = self.rich_style + style
        line.stylize_before(base)
        return Strip(line.render(self.app.console)).crop_extend(0, width, base)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._lines.clear()

    def on_resize(self) -> None:
        self.call_after_refresh(self._scroll_to_cursor)

    # -------------------------------------------------------------- the cursor

    def move_cursor(self, row: int) -> None:
        """Put the cursor on row *row* of the page, scroll it into view and say so (``Highlighted``)."""
        if not self.records:
            return
        self.cursor_row = max(0, min(row, len(self.records) - 1))
        self.refresh()
        self._scroll_to_cursor()
        if self.size.height == 0:  # not laid out yet: scroll once it is
            self.call_after_refresh(self._scroll_to_cursor)
        self.post_message(self.Highlighted(self.records[self.cursor_row], self.page_offset + self.cursor_row))

    def _scroll_to_cursor(self) -> None:
        shown = max(1, self.scrollable_content_region.height - 1)  # rows below the header
        top = self.scroll_offset.y
        if self.cursor_row < top:
            self.scroll_to(y=self.cursor_row, animate=False, immediate=True)
        elif self.cursor_row >= top + shown:
            self.scroll_to(y=self.cursor_row - shown + 1, animate=False, immediate=True)

    def on_click(self, event: events.Click) -> None:
        """A click puts the cursor on a row; a click on the row under the cursor opens it."""
        row = self.scroll_offset.y + event.y - 1
        if event.y < 1 or not 0 <= row < len(self.records):
            return
        event.stop()
        if row == self.cursor_row:
            self.post_message(self.Selected())
        else:
            self.move_cursor(row)

    def action_select_cursor(self) -> None:
        if self.records:
            self.post_message(self.Selected())

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
            self.move_cursor(index - self.page_offset)
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
