"""The search box: results follow as you type; esc clears, enter or ↓ returns to the list."""
from __future__ import annotations

from textual.message import Message
from textual.widgets import Input

from .. import keymap


class SearchBox(Input):
    """An Input that tells the screen when the user is done with it."""

    BINDINGS = keymap.bindings("search")

    class Done(Message):
        """Go back to the list; ``cleared`` when the search was cleared."""

        def __init__(self, cleared: bool) -> None:
            super().__init__()
            self.cleared = cleared

    def action_clear(self) -> None:
        self.value = ""
        self.post_message(self.Done(True))

    def action_done(self) -> None:
        self.post_message(self.Done(False))
