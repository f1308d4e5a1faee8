"""The document reader: cleaned paragraphs with highlights, and the side-by-side language view.

Everything is read in thread workers that post ``Loaded`` / ``PairsLoaded`` back; the screen
only arranges what arrives.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from rich.markup import escape
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Static

from store import browse, corpus
from store.fold import terms
from store.stem import highlight_spans

from .. import keymap
from ..safe import visible
from ..widgets.key_hints import KeyHints
from ..widgets.paragraph_view import ParagraphView, legend
from ..widgets.search_box import SearchBox


@dataclass
class Side:
    """What the side-by-side view shows: rows, the two languages, and where they come from."""

    rows: list = field(default_factory=list)
    lang_a: str = ""
    lang_b: str = ""
    note: str = ""
    other_doc: str | None = None


class ReaderScreen(Screen):
    """One document, opened at a paragraph."""

    BINDINGS = keymap.bindings("reader")

    class Loaded(Message):
        def __init__(self, row: dict, spans: dict, pairs: list[tuple[str, str]]) -> None:
            super().__init__()
            self.row, self.spans, self.pairs = row, spans, pairs

    class PairsLoaded(Message):
        def __init__(self, side: Side | None, note: str) -> None:
            super().__init__()
            self.side, self.note = side, note

    def __init__(self, doc_id: str, paragraph_id: str | None = None, query: str | None = None,
                 side_by_side: bool = False) -> None:
        super().__init__()
        self.doc_id = doc_id
        self.paragraph_id = paragraph_id
        self.search_query = query
        self.want_side = side_by_side
        self.row: dict | None = None
        self.paras: list[dict] = []
        self.spans: dict = {}
        self.lang_pairs: list[tuple[str, str]] = []
        self.pair: tuple[str, str] | None = None
        self.side: Side | None = None
        self.mode = "single"
        self.pairs_only = False

    def compose(self) -> ComposeResult:
        yield Static(Text("Loading…", style="dim"), id="reader-title")
        yield Static(legend(), id="reader-legend")
        yield ParagraphView(id="reader-body")
        yield SearchBox(placeholder="Find in this document (enter: find, n/N: next/previous, esc: close)…",
                        id="reader-find", compact=True)
        yield KeyHints()

    def on_mount(self) -> None:
        self.query_one("#reader-find", SearchBox).display = False
        self.query_one(ParagraphView).focus()
        self.load()

    # -------------------------------------------------------------- loading

    @work(thread=True, exclusive=True, group="reader")
    def load(self) -> None:
        with self.app.store.reading() as db:
            row = corpus.export_row(db, self.doc_id, full=True)
            pairs = browse.language_pairs(db, self.doc_id)
        spans = browse.reader_spans(row, self.search_query)
        self.post_message(self.Loaded(row, spans, pairs))

    def on_reader_screen_loaded(self, msg: Loaded) -> None:
        self.row, self.spans, self.lang_pairs = msg.row, msg.spans, msg.pairs
        if not self.pair and self.lang_pairs:
            self.pair = self.lang_pairs[0]
        self.paras = [dict(p, idx=p["index"]) for p in self.row["paragraphs"]]
        self._title()
        paras = self.paras
        at = opening_index(paras, self.spans, self.paragraph_id)
        self.query_one(ParagraphView).show_paragraphs(paras, self.spans, at)
        if self.want_side:
            self.want_side = False
            self.action_side_by_side()

    def _title(self, note: str = "") -> None:
        d = self.row["document"]
        t = Text(no_wrap=True, overflow="ellipsis")
        t.append(visible(d.get("title") or d["source"]), style="bold")
        t.append("\n")
        t.append(f"{visible(d['source'])} · {d.get('published') or 'no date'} · languages: "
                 f"{' '.join(d.get('languages') or []) or '-'} · ", style="dim")
        if self.mode == "side" and self.side:
            t.append(f"side by side: {self.side.lang_a} │ {self.side.lang_b}", style="bold")
        else:
            t.append(f"{len(self.row['paragraphs'])} paragraphs", style="dim")
        if note:
            t.append(f" · {visible(note)}", style="italic")
        self.query_one("#reader-title", Static).update(t)

    @work(thread=True, exclusive=True, group="pairs")
    def load_pairs(self, pair: tuple[str, str] | None) -> None:
        row = self.row
        paras = self.paras
        langs = row["document"].get("languages") or []
        with self.app.store.reading() as db:
            if pair:
                side = Side(browse.side_by_side(paras, browse.pairs_of(db, self.doc_id, *pair), *pair), *pair)
                self.post_message(self.PairsLoaded(side, ""))
                return
            if len(langs) >= 2:
                la, lb = langs[0], langs[1]
                side = Side(browse.side_by_side(paras, [], la, lb), la, lb, note="no aligned pairs stored")
                self.post_message(self.PairsLoaded(side, "no aligned pairs are stored for this document"))
                return
            other = browse.linked_translation(db, self.doc_id)
            lang = langs[0] if langs else "und"
            if not other:
                self.post_message(self.PairsLoaded(None, f"This document is monolingual ({lang}): there is "
                                                         "no translation to show side by side."))
                return
            all_paras, pairs, la, lb = browse.align_documents(db, self.doc_id, other)
            source = db.execute("SELECT source FROM documents WHERE id = ?", [other]).fetchone()[0]
            extra = corpus.export_row(db, other)
        self.spans.update(browse.reader_spans(extra, self.search_query))
        side = Side(browse.side_by_side(all_paras, pairs, la, lb), la, lb, other_doc=other,
                    note=f"beside its translation {source}")
        self.post_message(self.PairsLoaded(side, f"This document is monolingual ({lang}); showing it beside "
                                                 f"its translation {source}."))

    def on_reader_screen_pairs_loaded(self, msg: PairsLoaded) -> None:
        if msg.side is None:
            self.notify(escape(msg.note), title="Side by side")
            self.mode = "single"
            return
        if msg.note:
            self.notify(escape(msg.note), title="Side by side")
        current = self._current_paragraph_id()
        self.side = msg.side
        self.mode = "side"
        self._show_side(current)
        self._title(msg.side.note)

    def _side_rows(self) -> list:
        rows = self.side.rows if self.side else []
        return [r for r in rows if r[0] and r[1]] if self.pairs_only else rows

    def _show_side(self, current: str | None) -> None:
        """The side-by-side rows (every paragraph, or aligned pairs only) at the row holding *current*."""
        rows = self._side_rows()
        at = next((i for i, (l, r) in enumerate(rows) if any(p["id"] == current for p in l + r)), 0)
        self.query_one(ParagraphView).show_pairs(rows, self.spans, at)

    # -------------------------------------------------------------- actions

    def _current_paragraph_id(self) -> str | None:
        view = self.query_one(ParagraphView)
        i = view.highlighted
        if i is None or self.row is None:
            return None
        if self.mode == "side" and self.side:
            left, right = self._side_rows()[i]
            return (left or right)[0]["id"]
        return self.paras[i]["id"]

    def action_side_by_side(self) -> None:
        if self.row is None:
            return
        if self.mode == "side":
            current = self._current_paragraph_id()
            self.mode = "single"
            paras = self.paras
            at = next((i for i, p in enumerate(paras) if p["id"] == current), 0)
            self.query_one(ParagraphView).show_paragraphs(paras, self.spans, at)
            self._title()
            return
        self.load_pairs(self.pair)

    def candidate_pairs(self) -> list[tuple[str, str]]:
        """Aligned pairs first, then every other pair of the document's languages."""
        langs = (self.row or {}).get("document", {}).get("languages") or []
        out = list(self.lang_pairs)
        for i, a in enumerate(langs):
            for b in langs[i + 1:]:
                if (a, b) not in out and (b, a) not in out:
                    out.append((a, b))
        return out

    def action_language_pair(self) -> None:
        pairs = self.candidate_pairs()
        if not pairs:
            self.notify("This document has one language: nothing to show side by side.", title="Languages")
            return
        if len(pairs) == 1:  # one pair: l swaps its sides
            a, b = self.pair or pairs[0]
            self.pair = (b, a)
            self.load_pairs(self.pair)
            return
        pairs += [(b, a) for a, b in pairs]
        from .language_pair import LanguagePairScreen

        def chosen(pair: tuple[str, str] | None) -> None:
            if pair:
                self.pair = pair
                self.load_pairs(pair)

        self.app.push_screen(LanguagePairScreen(pairs, self.pair), chosen)

    def action_copy(self) -> None:
        view = self.query_one(ParagraphView)
        i = view.highlighted
        if i is None or self.row is None:
            return
        d = self.row["document"]
        if self.mode == "side" and self.side:
            left, right = self._side_rows()[i]
            text = "\n\n".join(x for x in ("\n".join(p["text"] for p in left), "\n".join(p["text"] for p in right)) if x)
            where = ", ".join(f"¶{p['idx']}" for p in left + right)
        else:
            p = self.paras[i]
            text, where = p["text"], f"¶{p['idx']}"
        self.app.copy_to_clipboard(f"{text}\n— {d.get('title') or d['source']} ({d['source']}, {where})")
        self.notify("Copied the paragraph with its source.", title="Copy")

    def action_pairs_only(self) -> None:
        if self.mode != "side" or not self.side:
            self.notify("Pairs only applies to the side-by-side view (key s).", title="Side by side")
            return
        current = self._current_paragraph_id()
        self.pairs_only = not self.pairs_only
        self._show_side(current)
        self.notify("Aligned pairs only." if self.pairs_only else "Every paragraph.", title="Side by side")

    # -------------------------------------------------------------- find

    def action_find(self) -> None:
        box = self.query_one("#reader-find", SearchBox)
        box.display = True
        box.focus()

    def on_search_box_done(self, msg: SearchBox.Done) -> None:
        msg.stop()
        box = self.query_one("#reader-find", SearchBox)
        self.search_query = None if msg.cleared else (box.value.strip() or None)
        box.display = bool(self.search_query)
        self.query_one(ParagraphView).focus()
        if self.row is None:
            return
        words = terms(self.search_query or "")
        for p in self.paras + [q for row in (self.side.rows if self.side else []) for q in row[0] + row[1]]:
            spans = [x for x in self.spans.get(p["id"], []) if x[2] != "match"]
            spans += [(s, e, "match") for s, e in highlight_spans(p["text"], words, p["lang"])] if words else []
            self.spans[p["id"]] = sorted(spans)
        current = self._current_paragraph_id()
        if self.mode == "side" and self.side:
            self._show_side(current)
        else:
            at = next((i for i, p in enumerate(self.paras) if p["id"] == current), 0)
            self.query_one(ParagraphView).show_paragraphs(self.paras, self.spans, at)
        if words and not self._matches():
            self.notify(f"No match for {escape(self.search_query)!r} in this document.", title="Find")
        elif words:
            self.call_after_refresh(self.action_find_next, True)

    def _matches(self) -> list[int]:
        """Rows of the view (paragraphs, or side-by-side rows) holding a match."""
        def hit(ps) -> bool:
            return any(x[2] == "match" for p in ps for x in self.spans.get(p["id"], []))

        if self.mode == "side" and self.side:
            return [i for i, (l, r) in enumerate(self._side_rows()) if hit(l + r)]
        return [i for i, p in enumerate(self.paras) if hit([p])]

    def action_find_next(self, here: bool = False) -> None:
        self._jump(1, here)

    def action_find_previous(self) -> None:
        self._jump(-1)

    def _jump(self, step: int, here: bool = False) -> None:
        matches = self._matches()
        if not matches:
            self.notify("No match to go to: / finds words in this document.", title="Find")
            return
        view = self.query_one(ParagraphView)
        i = view.highlighted or 0
        ahead = [m for m in matches if (m >= i if here else m > i)] if step > 0 else [m for m in matches if m < i]
        target = (ahead[0] if step > 0 else ahead[-1]) if ahead else (matches[0] if step > 0 else matches[-1])
        view.highlighted = target
        view.scroll_to_highlight(top=True)
        self._title(f"match {matches.index(target) + 1} of {len(matches)}")

    def action_back(self) -> None:
        self.app.pop_screen()


def opening_index(paras: list[dict], spans: dict, evidence: str | None) -> int:
    """Where the reader opens: at the evidence paragraph when it holds the search's match, else at the
    first paragraph that does, else at the evidence paragraph (the first one without any).

    >>> ps = [{"id": "a"}, {"id": "b"}, {"id": "c"}]
    >>> opening_index(ps, {"c": [(0, 3, "match")]}, "a"), opening_index(ps, {}, "b")
    (2, 1)
    """
    hits = [i for i, p in enumerate(paras) if any(x[2] == "match" for x in spans.get(p["id"], []))]
    at = next((i for i, p in enumerate(paras) if p["id"] == evidence), 0)
    return at if not hits or at in hits else hits[0]
