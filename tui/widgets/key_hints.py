"""The bottom line: the keys that work where the focus is, drawn as one line of text.

It does what Textual's ``Footer`` does for this app (follows the focus, a click presses the key)
with one widget instead of one per key: the footer's per-key widgets and their styles took about
a third of the browser's first paint.
"""
from __future__ import annotations

from rich.text import Text
from textual import events
from textual.screen import Screen
from textual.widgets import Static


class KeyHints(Static):
    """``key description`` pairs of the focused widget's shown bindings, then the screen's and app's."""

    COMPONENT_CLASSES = {"key-hints--key", "key-hints--description", "key-hints--disabled"}

    def __init__(self, **kwargs) -> None:
        super().__init__("", **kwargs)
        self._spots: list[tuple[int, int, str]] = []  # (start, end, key) of each hint on the line

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)
        self.call_after_refresh(self._bindings_changed, self.screen)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen) -> None:
        if not self.is_attached or screen is not self.screen:
            return
        text, spots = hint_line(
            [(b, enabled) for (_node, b, enabled, _tip) in screen.active_bindings.values()],
            self.app.get_key_display,
            self.get_component_rich_style("key-hints--key"),
            self.get_component_rich_style("key-hints--description"),
            self.get_component_rich_style("key-hints--disabled"),
        )
        palette = screen.active_bindings.get(self.app.COMMAND_PALETTE_BINDING) if self.app.ENABLE_COMMAND_PALETTE else None
        if palette is not None:  # at the right end, as Textual's footer has it
            key, hint = self.app.get_key_display(palette[1]), f" {palette[1].description}"
            text.append(" " * max(1, self.size.width - len(text) - len(key) - len(hint) - 1))
            spots.append((len(text), len(text) + len(key) + len(hint), palette[1].key))
            text.append(key, self.get_component_rich_style("key-hints--key"))
            text.append(hint, self.get_component_rich_style("key-hints--description"))
        self._spots = spots
        self.update(text)

    def on_resize(self) -> None:
        self._bindings_changed(self.screen)

    def on_click(self, event: events.Click) -> None:
        for start, end, key in self._spots:
            if start <= event.x < end:
                event.stop()
                self.app.simulate_key(key)
                return


def hint_line(bindings, key_display, key_style, description_style, disabled_style) -> tuple[Text, list]:
    """The line of hints, and where each one is: one hint per action, shown bindings only."""
    text = Text(no_wrap=True, overflow="ellipsis", end="")
    spots: list[tuple[int, int, str]] = []
    seen: set[str] = set()
    for binding, enabled in bindings:
        if not binding.show or binding.action in seen:
            continue
        seen.add(binding.action)
        start = len(text)
        text.append(key_display(binding), key_style if enabled else disabled_style)
        text.append(f" {binding.description}", description_style if enabled else disabled_style)
        spots.append((start, len(text), binding.key.split(",")[0]))
        text.append(" ")
    return text, spots
