"""Ask which format to export the current list in."""
from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option


class ExportScreen(ModalScreen[str | None]):
    """CSV or JSON; the file goes into the current directory."""

    BINDINGS = [Binding("escape", "dismiss(None)", "Cancel"), Binding("c", "pick('csv')", "CSV"),
                Binding("j", "pick('json')", "JSON")]

    def __init__(self, what: str) -> None:
        super().__init__()
        self.what = what

    def compose(self) -> ComposeResult:
        with Vertical(id="export-dialog", classes="dialog"):
            yield Static(Text(f"Export {self.what} to the current directory as:", style="bold"))
            yield OptionList(Option(Text("CSV (c)"), id="csv"), Option(Text("JSON (j)"), id="json"), id="export-list")

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_pick(self, fmt: str) -> None:
        self.dismiss(fmt)
