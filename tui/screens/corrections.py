"""Correcting records from the browser: ``E`` edit a field, ``M`` merge with a marked record,
``D`` reject, ``u`` undo the last correction (``store.corrections`` does the work, in a worker).

``CorrectionActions`` is a mixin of ``BrowseScreen``; ``edit.EditScreen`` asks for the field and value.
Both import what they need when first used: the browser opens without them.
"""
from __future__ import annotations

from rich.markup import escape
from textual import work
from textual.message import Message

from store.errors import KerbenError

from ..widgets.record_table import RecordTable

KINDS = {"events": "event", "people": "person", "quotes": "quote"}


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
        from .edit import EditScreen, typed_value

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
        from store import corrections

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
