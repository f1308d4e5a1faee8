"""Every key of the app in one table: the bindings, the footer hints and the help screen read it.

A row is ``Key(scope, keys, action, description)``; ``bindings(scope)`` turns a scope's rows into
Textual ``Binding`` objects. Scopes: ``app`` (everywhere), ``browse`` (the panes),
``list`` (moving in a list or a document), ``reader`` (a document), ``search`` (the search box),
``filters`` (the filter bar) and ``timeline`` (the Timeline pane's chart).
"""
from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding


@dataclass(frozen=True)
class Key:
    """One binding: ``keys`` is Textual's comma-separated key list, ``label`` what help shows."""

    scope: str
    keys: str
    action: str
    description: str
    show: bool = True
    label: str | None = None
    priority: bool = False
    short: str | None = None

    def display(self) -> str:
        """The keys as people read them: ``Key("x", "j,down", "a", "b").display() == "j / ↓"``."""
        if self.label:
            return self.label
        names = {"down": "↓", "up": "↑", "left": "←", "right": "→", "enter": "enter", "escape": "esc",
                 "question_mark": "?", "slash": "/", "pagedown": "pgdn", "pageup": "pgup", "home": "home",
                 "end": "end", "tab": "tab", "shift+tab": "shift+tab", "ctrl+p": "ctrl+p"}
        return " / ".join(names.get(k, k) for k in self.keys.split(","))


SCOPES = {
    "app": "Everywhere",
    "browse": "Panes",
    "table": "Panes",
    "list": "Moving in a list or a document",
    "search": "Search box",
    "filters": "Filter bar",
    "reader": "Reader and side-by-side view",
    "timeline": "Timeline pane",
}

KEYMAP: list[Key] = [
    Key("app", "q", "quit", "Quit"),
    Key("app", "question_mark", "help", "Help: every key", label="?", short="Help"),
    Key("app", "ctrl+p", "command_palette", "Command palette (themes, panes, export...)", show=False, short="Palette"),
    Key("browse", "1", "pane('events')", "Events pane", show=False),
    Key("browse", "2", "pane('people')", "People pane", show=False),
    Key("browse", "3", "pane('quotes')", "Quotes pane", show=False),
    Key("browse", "4", "pane('documents')", "Documents pane", show=False),
    Key("browse", "5", "pane('timeline')", "Timeline pane: events per period", show=False),
    Key("browse", "tab", "next_pane", "Next pane", label="tab", short="Pane"),
    Key("browse", "shift+tab", "previous_pane", "Previous pane", show=False),
    Key("browse", "slash", "search", "Search as you type", label="/", short="Search"),
    Key("browse", "f", "filters", "Filter bar (language, country, kind, year, organization)", short="Filter"),
    Key("browse", "x", "clear_filters", "Clear all filters", show=False),
    Key("browse", "y", "copy", "Copy the selected record with its source", short="Copy"),
    Key("browse", "e", "export", "Export the current list (with filters) to CSV or JSON", short="Export"),
    Key("browse", "w", "why", "Why: the rule and evidence sentence of each field in the detail (on / off)",
        show=False),
    Key("browse", "escape", "clear_search", "Clear the search", show=False),
    Key("browse", "E", "edit", "Correct a field of the selected event, person or quote", short="Edit"),
    Key("browse", "M", "merge", "Mark the selected person or event; on a second one, merge the two", show=False),
    Key("browse", "D", "reject", "Reject the selected record as wrong (hidden everywhere)", show=False),
    Key("browse", "u", "undo", "Undo the last correction", show=False),
    Key("browse", "J,shift+down", "detail_scroll(1)", "Scroll the detail panel down", show=False,
        label="J / shift+↓"),
    Key("browse", "K,shift+up", "detail_scroll(-1)", "Scroll the detail panel up", show=False, label="K / shift+↑"),
    Key("table", "enter", "select_cursor", "Open the document at the evidence paragraph", label="enter",
        short="Open"),
    Key("list", "j,down", "cursor_down", "Next row", show=False),
    Key("list", "k,up", "cursor_up", "Previous row", show=False),
    Key("list", "g,home", "first", "First row", show=False),
    Key("list", "G,end", "last", "Last row", show=False),
    Key("list", "pagedown", "page_down", "Page down", show=False),
    Key("list", "pageup", "page_up", "Page up", show=False),
    Key("search", "escape", "clear", "Clear the search and return to the list", label="esc", short="Clear"),
    Key("search", "enter,down", "done", "Keep the search and return to the list", label="enter / ↓", short="To list"),
    Key("filters", "escape", "close", "Close the filter bar (filters stay in force)", label="esc", short="Close"),
    Key("filters", "ctrl+x", "clear", "Clear all filters", label="ctrl+x", short="Clear"),
    Key("filters", "tab", "app.focus_next", "Next field", show=False),
    Key("filters", "shift+tab", "app.focus_previous", "Previous field", show=False),
    Key("timeline", "b", "cycle_by", "Bars per week, month, quarter or year", short="Period"),
    Key("timeline", "v", "cycle_split", "Stack the bars by country, kind, organizer or nothing", short="Split"),
    Key("timeline", "j", "cursor_down", "Next bar", show=False),
    Key("timeline", "k", "cursor_up", "Previous bar", show=False),
    Key("timeline", "g", "first", "First bar", show=False),
    Key("timeline", "G", "last", "Last bar", show=False),
    Key("reader", "s", "side_by_side", "Side-by-side languages on / off", short="Side by side"),
    Key("reader", "l", "language_pair", "Pick or swap the languages side by side", short="Languages"),
    Key("reader", "p", "pairs_only", "Side by side: aligned pairs only, or every paragraph", show=False),
    Key("reader", "slash", "find", "Find in this document", label="/", short="Find"),
    Key("reader", "n", "find_next", "Next match of the find or the search", show=False),
    Key("reader", "N", "find_previous", "Previous match", show=False),
    Key("reader", "y", "copy", "Copy the paragraph with its source", short="Copy"),
    Key("reader", "escape,backspace", "back", "Back to the list", label="esc", short="Back"),
]


def bindings(scope: str) -> list[Binding]:
    """Textual bindings of one scope, in table order."""
    return [Binding(k.keys, k.action, k.short or k.description, show=k.show,
                    key_display=k.label, priority=k.priority) for k in KEYMAP if k.scope == scope]


def help_rows() -> list[tuple[str, str, str]]:
    """``(scope title, keys, description)`` for the help screen, grouped by scope."""
    return [(SCOPES[s], k.display(), k.description) for s in SCOPES for k in KEYMAP if k.scope == s]
