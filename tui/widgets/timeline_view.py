"""The Timeline pane: one line per period, a bar of block characters per line, stacked by series.

An ``OptionList`` of bars: moving the cursor selects a period (the screen lists its events in
the detail panel). Bars are drawn with one fill character per series as well as a colour, so
the chart reads the same with ``NO_COLOR``.
"""
from __future__ import annotations

from rich.text import Text
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from store.timeline import COLOURS, FILLS, bar_texts, legend

from .. import keymap
from ..safe import visible


def key_text(data: dict) -> Text:
    """The series' fill characters and names (empty when the chart is not split)."""
    t = Text()
    if data.get("split"):
        t.append(f"by {data['split']}: ", style="bold")
        for i, name in legend(data):
            t.append(f"{FILLS[i]} ", style=COLOURS[i]).append(f"{visible(name)}  ")
    return t


class TimelineView(OptionList):
    """Events per period as bars; ``b`` changes the period, ``v`` what the bars are split by."""

    BINDINGS = keymap.bindings("timeline")

    class PeriodHighlighted(Message):
        """The cursor is on the bar of ``period`` (None: the chart is empty)."""

        def __init__(self, period: str | None) -> None:
            super().__init__()
            self.period = period

    class Changed(Message):
        """Show the chart by ``by`` and split by ``split`` (asked with ``b`` / ``v``)."""

        def __init__(self, by: str, split: str | None) -> None:
            super().__init__()
            self.by, self.split = by, split

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.data: dict | None = None
        self.by, self.split = "month", None
        self._width = 0

    def show(self, data: dict) -> None:
        """Draw *data* (``store.timeline`` counts), keeping the cursor on the same period when it is there."""
        self.data = data
        self._draw()

    def _draw(self) -> None:
        current = self.highlighted_option.id if self.highlighted_option is not None else None
        self._width = self.size.width or 80
        lines = bar_texts(self.data, max(self._width - 3, 20)) if self.data else []
        self.clear_options()
        self.add_options([Option(line, id=period) for period, line in lines])
        if not lines:
            self.post_message(self.PeriodHighlighted(None))
            return
        ids = [p for p, _ in lines]
        self.highlighted = ids.index(current) if current in ids else ids.index(_latest(ids))

    def on_resize(self) -> None:
        if self.data is not None and self.size.width != self._width:
            self._draw()

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        self.post_message(self.PeriodHighlighted(event.option.id))

    def action_cycle_by(self) -> None:
        from store.timeline import PERIODS

        self.by = PERIODS[(PERIODS.index(self.by) + 1) % len(PERIODS)]
        self.post_message(self.Changed(self.by, self.split))

    def action_cycle_split(self) -> None:
        from store.timeline import SPLITS

        order = (None, *SPLITS)
        self.split = order[(order.index(self.split) + 1) % len(order)]
        self.post_message(self.Changed(self.by, self.split))


def _latest(periods: list[str]) -> str:
    """The bar the cursor starts on: the last period with a date (newest, as the lists start)."""
    dated = [p for p in periods if p not in ("undated", "too vague")]
    return dated[-1] if dated else periods[0]
