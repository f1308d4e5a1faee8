"""The filter bar: language, country, kind, year and organization; applies to every pane.

Its fields are built the first time it opens (``build``): four Selects cost a noticeable part of
the browser's first paint, and many sessions never filter.
"""
from __future__ import annotations

from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Input, Select

from store.browse import Filters

from .. import keymap

FIELDS = [("lang", "Lang"), ("country", "Country"), ("kind", "Kind"), ("year", "Year")]  # short: 80 columns


class FilterBar(Horizontal):
    """Selects for the values the store holds, and a text box for the organization."""

    BINDINGS = keymap.bindings("filters")  # tab moves between fields here; elsewhere it switches panes

    class Changed(Message):
        def __init__(self, filters: Filters) -> None:
            super().__init__()
            self.filters = filters

    class Closed(Message):
        """The user left the bar."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.filters = Filters()
        self.options: dict[str, list[str]] = {}
        self.built = False
        self._quiet = False

    async def build(self) -> None:
        """Mount the fields (once), showing the options and filters set so far."""
        if self.built:
            return
        self.built = True
        await self.mount_all([Select([], prompt=f"{label}: any", id=f"filter-{key}", compact=True)
                              for key, label in FIELDS]
                             + [Input(placeholder="Organization…", id="filter-org", compact=True)])
        self.set_options(self.options)
        self.set_filters(self.filters)

    def set_options(self, options: dict[str, list[str]]) -> None:
        """Offer the values present in the store (keeping what is chosen)."""
        self.options = options
        if not self.built:
            return
        self._quiet = True
        try:
            for key, label in FIELDS:
                sel = self.query_one(f"#filter-{key}", Select)
                values = list(options.get(key) or [])
                current = getattr(self.filters, key)
                if current and current not in values:
                    values.append(current)
                sel.set_options([(f"{label} {v}", v) for v in values])  # the field's name stays in sight
                if current:
                    sel.value = current
        finally:
            self.call_after_refresh(self._unquiet)

    def _unquiet(self) -> None:
        self._quiet = False

    def set_filters(self, filters: Filters) -> None:
        """Show *filters* in the fields (without announcing a change)."""
        self.filters = filters
        if not self.built:
            return
        self._quiet = True
        for key, _ in FIELDS:
            sel = self.query_one(f"#filter-{key}", Select)
            value = getattr(filters, key)
            if value is None:
                sel.clear()
            else:
                sel.value = value
        self.query_one("#filter-org", Input).value = filters.org or ""
        self.call_after_refresh(self._unquiet)

    def on_select_changed(self, event: Select.Changed) -> None:
        event.stop()
        if self._quiet:
            return
        key = (event.select.id or "").removeprefix("filter-")
        value = None if event.value is Select.NULL else str(event.value)
        self._change(**{key: value})

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        if not self._quiet and event.input.id == "filter-org":
            self._change(org=event.value.strip() or None)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.post_message(self.Closed())

    def _change(self, **changes) -> None:
        new = self.filters.with_(**changes)
        if new != self.filters:
            self.filters = new
            self.post_message(self.Changed(new))

    def action_close(self) -> None:
        self.post_message(self.Closed())

    def action_clear(self) -> None:
        self.set_filters(Filters())
        self.post_message(self.Changed(Filters()))
