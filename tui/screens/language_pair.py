"""Pick which two languages the side-by-side view shows (documents with more than two)."""
from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from .. import keymap


class PairList(OptionList):
    """Options moved with arrows or j/k."""

    BINDINGS = keymap.bindings("list")


class LanguagePairScreen(ModalScreen[tuple[str, str] | None]):
    """A short list of language pairs; enter picks, esc keeps the current one."""

    BINDINGS = [Binding("escape", "dismiss(None)", "Cancel")]

    def __init__(self, pairs: list[tuple[str, str]], current: tuple[str, str] | None) -> None:
        super().__init__()
        self.pairs = pairs
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical(id="pair-dialog", classes="dialog"):
            yield Static(Text("Languages side by side", style="bold"))
            yield PairList(*(Option(Text(f"{a} │ {b}" + ("   (current)" if (a, b) == self.current else "")),
                                      id=f"{a}:{b}") for a, b in self.pairs), id="pair-list")

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        a, b = (event.option.id or ":").split(":")
        self.dismiss((a, b))
