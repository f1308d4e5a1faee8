"""Every key of the app, read from the one keymap table."""
from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from ..keymap import help_rows


def help_table() -> Table:
    """A table of (keys, what they do), one section per scope."""
    table = Table(show_header=False, box=None, padding=(0, 1), expand=True)
    table.add_column(no_wrap=True, style="bold")
    table.add_column(ratio=1)
    last = None
    for scope, keys, description in help_rows():
        if scope != last:
            if last is not None:
                table.add_row("", "")
            table.add_row(Text(scope, style="bold underline"), "")
            last = scope
        table.add_row(Text(keys), Text(description))
    return table


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
