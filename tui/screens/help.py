"""Every key of the app, read from the one keymap table."""
from __future__ import annotations

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from ..keymap import help_rows


def help_table() -> Group:
    """Every key, one section per scope: the scope's name on a line of its own, then a table of
    (keys, what they do) whose key column is only as wide as its keys, so descriptions keep the rest."""
    sections: dict[str, list[tuple[str, str]]] = {}
    for scope, keys, description in help_rows():
        sections.setdefault(scope, []).append((keys, description))
    width = min(16, max(len(k) for rows in sections.values() for k, _ in rows))
    parts = []
    for i, (scope, rows) in enumerate(sections.items()):
        parts.append(Text(("\n" if i else "") + scope, style="bold underline"))
        table = Table(show_header=False, box=None, padding=(0, 1), expand=True)
        table.add_column(no_wrap=True, style="bold", width=width)
        table.add_column(ratio=1)
        for keys, description in rows:
            table.add_row(Text(keys), Text(description))
        parts.append(table)
    return Group(*parts)


class HelpScreen(ModalScreen[None]):
    """Scrollable help; esc, q or ? closes it."""

    BINDINGS = [Binding("escape,q,question_mark", "dismiss(None)", "Close"),
                Binding("j,down", "scroll('down')", show=False), Binding("k,up", "scroll('up')", show=False)]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-dialog", classes="dialog"):
            yield Static(Text("Kerben keys  (esc closes; ctrl+p opens the command palette)", style="bold"))
            yield Static(help_table(), id="help-table")

    def action_scroll(self, where: str) -> None:
        box = self.query_one("#help-dialog", VerticalScroll)
        box.scroll_down() if where == "down" else box.scroll_up()
