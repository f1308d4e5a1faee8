"""The Kerben browser: ``run(db)`` opens it on an open store.

The app owns what outlives a screen: the store handle (``Store``: one read connection per
worker thread), the filters in force, and the theme, which is remembered between runs.
"""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import App, SystemCommand
from textual.screen import Screen

from store.browse import Filters

from . import config as settings
from . import keymap
from .data import FirstPage, Store
from .screens.browse import BrowseScreen

if TYPE_CHECKING:
    import sqlite_utils

    from store.db import Reader

DEFAULT_THEME = "textual-dark"


class KerbenApp(App):
    """Browse events, people, quotes and documents; read translations side by side."""

    CSS_PATH = "app.tcss"
    TITLE = "Kerben"
    BINDINGS = keymap.bindings("app")

    def __init__(self, db: Reader | sqlite_utils.Database, *, config_file: Path | None = None,
                 theme: str | None = None, blink: bool = True, pane: str = "events", readonly: bool = False,
                 first_page: FirstPage | None = None) -> None:
        super().__init__()
        self.readonly = readonly
        self.store = Store(db, first_page)
        self.filters = Filters()
        self.blink = blink
        self.config_file = config_file
        self._start_pane = pane
        saved = theme or settings.load(config_file).theme
        self._start_theme = saved if saved in self.available_themes else DEFAULT_THEME
        self.browser: BrowseScreen | None = None

    def on_mount(self) -> None:
        self.theme = self._start_theme
        if self.readonly:
            self.notify("The database is read-only: browsing, search and export work; importing needs a "
                        "writable copy.", title="Read-only", timeout=6)
        self.theme_changed_signal.subscribe(self, self._remember_theme)

    def get_default_screen(self) -> BrowseScreen:
        """The browser is the first screen, not pushed over Textual's empty one: one screen less to
        compose, lay out and draw before the first rows."""
        self.browser = BrowseScreen(self._start_pane)
        return self.browser

    def _remember_theme(self, theme) -> None:
        settings.save(settings.Config(theme=theme.name), self.config_file)

    def on_unmount(self) -> None:
        self.store.close()

    def action_help(self) -> None:
        from .screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def _on_browser(self, action: str, *args) -> None:
        """Run a browse-screen action from anywhere (the palette): return to the lists first."""
        while self.browser is not None and self.screen is not self.browser and len(self.screen_stack) > 1:
            self.pop_screen()
        if self.browser is not None:
            getattr(self.browser, f"action_{action}")(*args)

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        # Textual's own "Keys" panel would stand beside ours in the palette under the same name
        yield from (c for c in super().get_system_commands(screen) if c.title != "Keys")
        for i, pane in enumerate(("events", "people", "quotes", "documents", "timeline"), 1):
            yield SystemCommand(f"Show {pane}", f"Switch to the {pane} pane (key {i})",
                                lambda p=pane: self._on_browser("pane", p))
        yield SystemCommand("Undo the last correction", "Take back the last edit, merge or rejection (key u)",
                            lambda: self._on_browser("undo"))
        yield SystemCommand("Search", "Search as you type (key /)", lambda: self._on_browser("search"))
        yield SystemCommand("Filters", "Open the filter bar (key f)", lambda: self._on_browser("filters"))
        yield SystemCommand("Clear filters", "Remove every filter (key x)", lambda: self._on_browser("clear_filters"))
        yield SystemCommand("Export list as CSV", "Write the current list with its filters to a CSV file",
                            lambda: self._on_browser("export", "csv"))
        yield SystemCommand("Export list as JSON", "Write the current list with its filters to a JSON file",
                            lambda: self._on_browser("export", "json"))
        yield SystemCommand("Keys", "Every key of the app (key ?)", self.action_help)
        from .screens.reader import ReaderScreen

        if isinstance(screen, ReaderScreen):
            yield SystemCommand("Side by side", "Toggle the side-by-side language view (key s)",
                                screen.action_side_by_side)
            yield SystemCommand("Language pair", "Pick the languages shown side by side (key l)",
                                screen.action_language_pair)


def run(db: Reader | sqlite_utils.Database, *, readonly: bool = False, first_page: FirstPage | None = None) -> None:
    """Open the browser on *db* (an open store) and return when the user quits.

    *first_page* (``data.read_first_page``) is shown at once instead of being read again.
    """
    KerbenApp(db, readonly=readonly, first_page=first_page).run()
