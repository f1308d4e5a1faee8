"""Correcting records from the browser: ``E`` edit a field, ``M`` merge with a marked record,
``D`` reject, ``u`` undo the last correction (``store.corrections`` does the work, in a worker).

``CorrectionActions`` is a mixin of ``BrowseScreen``; ``EditScreen`` asks for the field and value.
"""
from __future__ import annotations

from rich.markup import escape
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Input, Select, Static

from store import corrections
from store.errors import KerbenError

from ..widgets.record_table import RecordTable

KINDS = {"events": "event", "people": "person", "quotes": "quote"}
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
        self.fields = corrections.FIELDS[kind]
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


class CorrectionActions:
    """The browse screen's correction keys."""

    marked: tuple[str, str, str] | None = None  # (pane, id, label) of the record ``M`` marked

    class CorrectionDone(Message):
        def __init__(self, message: str, error: bool = False) -> None:
            super().__init__()
            self.message, self.error = message, error

    def _record(self, panes=tuple(KINDS)) -> dict | None:
        row = self.query_one(RecordTable).current if self.pane in panes else None
        if row is None:
            what = " or ".join(KINDS[p] + "s" if p != "people" else "people" for p in panes)
            self.notify(f"Select one of the {what} first (panes 1-3).", severity="warning")
        return row

    def action_edit(self) -> None:
        row = self._record()
        if row is None:
            return
        kind, pane = KINDS[self.pane], self.pane

        def chosen(answer: tuple[str, str] | None) -> None:
            if answer:
                field, text = answer
                self.write_correction(pane, "correct", kind, row["id"], {field: typed_value(field, text)})

        self.app.push_screen(EditScreen(kind, row), chosen)

    def action_merge(self) -> None:
        row = self._record(("events", "people"))
        if row is None:
            return
        label = row.get("name") or row.get("title") or row["id"]
        if self.marked is None or self.marked[0] != self.pane or self.marked[1] == row["id"]:
            self.marked = None if self.marked and self.marked[1] == row["id"] else (self.pane, row["id"], label)
            self.notify(f"Marked {escape(label)}: press M on the same {KINDS[self.pane]} to merge it into that one."
                        if self.marked else "Mark removed.", title="Merge")
            return
        pane, ref, _ = self.marked
        self.marked = None
        self.write_correction(pane, "merge", KINDS[pane], ref, row["id"])

    def action_reject(self) -> None:
        row = self._record()
        if row is not None:
            self.write_correction(self.pane, "reject", KINDS[self.pane], row["id"])

    def action_undo(self) -> None:
        self.write_correction(self.pane, "undo", "", "last")

    @work(thread=True, exclusive=True, group="correct")
    def write_correction(self, pane: str, action: str, kind: str, ref: str, arg=None) -> None:
        """Write one correction with the app's own (writable) connection, then say what changed."""
        try:
            with self.app.store.writing() as db:
                if action == "undo":
                    c = corrections.undo(db, ref)
                    message = f"Undid correction {c['id']} ({c['action']} {c['kind']})."
                else:
                    run = {"correct": corrections.correct, "merge": corrections.merge,
                           "reject": corrections.reject}[action]
                    run(db, kind, ref, *([arg] if arg is not None else []))
                    message = {"correct": f"Corrected the {kind}.", "merge": f"Merged the two {pane}.",
                               "reject": f"Rejected the {kind}: it is hidden everywhere."}[action] + " u undoes it."
        except KerbenError as exc:
            self.post_message(self.CorrectionDone(str(exc), error=True))
            return
        self.post_message(self.CorrectionDone(message))

    def on_correction_actions_correction_done(self, msg: CorrectionDone) -> None:
        self.notify(escape(msg.message), title="Correction", severity="error" if msg.error else "information")
        if not msg.error:
            self._detail_key = None
            self.reload(keep_position=True)
            self.load_options()
