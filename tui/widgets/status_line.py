"""One line under the list: the row position, the search and the filters in force (in words)."""
from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from store.browse import Filters


def status_text(position: int, total: int | None, query: str, filters: Filters, loading: bool = False,
                at_least: int | None = None) -> Text:
    """``row 3 of 1,234 │ search: osh │ filters: language ky (f to change, x to clear)``.

    While a long list is still being counted, ``at_least`` rows are known to be there.

    >>> status_text(2, 10, "", Filters()).plain
    'row 3 of 10'
    >>> status_text(2, None, "", Filters(), at_least=60).plain
    'row 3 of 60+ (counting…)'
    """
    t = Text()
    if total is None and at_least and not loading:
        t.append(f"row {position + 1:,} of {at_least:,}+")
        t.append(" (counting…)", style="dim")
    elif total is None or loading:
        t.append("loading…", style="dim")
    elif total == 0:
        t.append("no rows", style="bold")
    else:
        t.append(f"row {position + 1:,} of {total:,}")
    if query:
        t.append(" │ ", style="dim")
        t.append("search: ", style="bold")
        t.append(query)
    if filters.active():
        t.append(" │ ", style="dim")
        t.append("filters: ", style="bold")
        t.append(filters.describe())
        t.append(" (f change, x clear)", style="dim")
    return t


class StatusLine(Static):
    """Where you are in the list and what narrows it."""
