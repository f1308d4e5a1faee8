"""The dialog of ``E``: pick a field of the selected record, type its right value."""
from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Select, Static

from store.corrections import FIELDS

LISTS = ("titles", "organizers", "funders")


def shown_value(row: dict, field: str) -> str:
    """A field of a list row as the edit box shows it (lists joined with ``; ``).

    >>> shown_value({"organizers": ["Fund A", "Fund B"]}, "organizers"), shown_value({"date": None}, "date")
    ('Fund A; Fund B', '')
    """
    value = row.get(field)
    if isinstance(value, list):
        return "; ".join(map(str, value))
    return "" if value is None else str(value)


def typed_value(field: str, text: str):
    """What the user typed, as ``store.corrections.correct`` takes it.

    >>> typed_value("organizers", "Fund A; Fund B"), typed_value("place", " Osh ")
    (['Fund A', 'Fund B'], 'Osh')
    """
    return [x.strip() for x in text.split(";") if x.strip()] if field in LISTS else text.strip()


class EditScreen(ModalScreen[tuple[str, str] | None]):
    """Pick a field of the record, type its right value; enter saves, esc cancels."""

    BINDINGS = [Binding("escape", "dismiss(None)", "Cancel")]

    def __init__(self, kind: str, row: dict, field: str | None = None) -> None:
        super().__init__()
        self.kind, self.row = kind, row
        self.fields = FIELDS[kind]
        self.field = field if field in self.fields else self.fields[0]

    def compose(self) -> ComposeResult:
        with Vertical(id="edit-dialog", classes="dialog"):
            yield Static(Text(f"Correct this {self.kind} (kept across re-extraction; u undoes)", style="bold"))
            yield Select([(f.replace("_", " "), f) for f in self.fields], value=self.field, allow_blank=False,
                         id="edit-field", compact=True)
            yield Input(shown_value(self.row, self.field), id="edit-value", compact=True,
                        placeholder="empty clears the field; lists are separated by ;")
            yield Static(Text("enter saves · esc cancels · tab: field", style="dim"))

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    def on_select_changed(self, event: Select.Changed) -> None:
        self.field = str(event.value)
        self.query_one(Input).value = shown_value(self.row, self.field)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.dismiss((self.field, event.value))
