"""The line naming the four panes with their counts; the current one is marked, not only coloured."""
from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

TITLES = {"events": "Events", "people": "People", "quotes": "Quotes", "documents": "Documents", "timeline": "Timeline"}


def tabs_text(current: str, counts: dict[str, int | None]) -> Text:
    """``▸1 Events 12◂  2 People 3 ...``: arrows mark the current pane (the timeline has no count).

    >>> tabs_text("people", {"events": 2, "people": 1}).plain
    ' 1 Events 2  ▸2 People 1◂  3 Quotes …   4 Documents …   5 Timeline  '
    """
    t = Text()
    for i, (pane, title) in enumerate(TITLES.items(), 1):
        n = counts.get(pane)
        label = f"{i} {title}" if pane == "timeline" else f"{i} {title} {'…' if n is None else f'{n:,}'}"
        if pane == current:
            t.append(f"▸{label}◂", style="bold reverse")
        else:
            t.append(f" {label} ")
        t.append(" ")
    return t


class PaneTabs(Static):
    """Which pane is shown; press 1-5 or tab to change."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.current = "events"
        self.counts: dict[str, int | None] = {}

    def set(self, current: str | None = None, counts: dict[str, int | None] | None = None) -> None:
        if current:
            self.current = current
        if counts is not None:
            self.counts = dict(counts)
        self.update(tabs_text(self.current, self.counts))
