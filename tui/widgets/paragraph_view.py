"""The reader's body: one option per paragraph, or per aligned pair in the side-by-side view.

Moving is by paragraph (or by pair), so both columns of a pair always scroll together. Texts are
rich ``Text`` built from the store's spans; nothing from a document is parsed as markup.
"""
from __future__ import annotations

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from .. import keymap
from ..safe import visible

STYLES = {
    "person": "bold cyan",
    "place": "underline green",
    "date": "italic yellow",
    "quote": "underline2 magenta",
    "match": "reverse bold",
}
LEGEND = [("person", "bold: person"), ("place", "underlined: place"), ("date", "italic: date"),
          ("quote", "double underline: quote"), ("match", "reversed: match")]


def legend() -> Text:
    """The key to the highlights, each entry drawn in its own style (so colour is not needed)."""
    t = Text()
    for i, (kind, words) in enumerate(LEGEND):
        if i:
            t.append(" │ ", style="dim")
        t.append(words, style=STYLES[kind])
    return t


def para_text(p: dict, spans: list[tuple[int, int, str]] = (), *, label: bool = True) -> Text:
    """A paragraph as Text: a ``¶3 ky`` label, then its words with highlight styles applied.

    >>> para_text({"idx": 3, "lang": "ky", "text": "[bold red]x"}).plain
    '¶3 ky  [bold red]x'
    """
    t = Text()
    if label:
        t.append(f"¶{p['idx']} {p['lang']}  ", style="dim")
    body = Text(visible(p["text"]))
    for s, e, kind in spans:
        body.stylize(STYLES.get(kind, ""), s, e)
    t.append_text(body)
    return t


def pair_renderable(left: list[dict], right: list[dict], spans: dict[str, list], width_hint: int = 0) -> Table:
    """One row of the side-by-side view: two columns of equal width, an empty cell where untranslated."""
    grid = Table.grid(expand=True, padding=(0, 1))
    grid.add_column(ratio=1)
    grid.add_column(width=1)
    grid.add_column(ratio=1)

    def cell(ps: list[dict]) -> Text:
        t = Text()
        for i, p in enumerate(ps):
            if i:
                t.append("\n")
            t.append_text(para_text(p, spans.get(p["id"], [])))
        return t

    grid.add_row(cell(left), Text("│", style="dim"), cell(right))
    return grid


class ParagraphView(OptionList):
    """Paragraphs (or pairs) of the open document; the highlighted one is what ``y`` copies."""

    BINDINGS = keymap.bindings("list")

    def show_paragraphs(self, paras: list[dict], spans: dict[str, list], at: int = 0) -> None:
        self.clear_options()
        self.add_options(Option(Group(para_text(p, spans.get(p["id"], [])), Text("")), id=p["id"]) for p in paras)
        self._goto(at)

    def show_pairs(self, rows: list[tuple[list[dict], list[dict]]], spans: dict[str, list], at: int = 0,
                   header: tuple[str, str] | None = None) -> None:
        self.clear_options()
        opts = []
        for i, (left, right) in enumerate(rows):
            opts.append(Option(Group(pair_renderable(left, right, spans), Text("")), id=f"row-{i}"))
        self.add_options(opts)
        self._goto(at)

    def _goto(self, index: int) -> None:
        if self.option_count:
            self.highlighted = max(0, min(index, self.option_count - 1))
            self.call_after_refresh(self.scroll_to_highlight, True)
