"""The panel beside the list: everything known about the selected record, as plain rich Text.

``render_detail(kind, data, hits)`` is pure (dicts in, ``Text`` out) so it can be tested
without an app; document text is appended as data and never parsed as markup.
"""
from __future__ import annotations

from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import Static

from store.clip import event_facts, event_title, role_and_body

from ..safe import visible

LABEL = "bold"
DIM = "dim"


def _field(t: Text, label: str, value) -> None:
    if value in (None, "", []):
        return
    if isinstance(value, list):
        value = "; ".join(map(str, value))
    t.append(f"{label}: ", style=LABEL)
    t.append(str(value))
    t.append("\n")


def _section(t: Text, title: str) -> None:
    t.append(f"\n{title}\n", style="bold underline")


def _para(t: Text, p: dict, spans=(), *, mark: bool = False) -> None:
    t.append(("▶ " if mark else "  ") + f"¶{p.get('idx', '?')} [{p.get('lang', '')}] ", style=DIM)
    body = Text(visible(p.get("text") or ""))
    for s, e in spans:
        body.stylize("reverse bold", s, e)
    t.append_text(body)
    t.append("\n")


def event_text(e: dict) -> Text:
    """An event: what, when, where, who organized and paid, who took part, what was said."""
    t = Text()
    t.append(event_title(e) + "\n", style="bold")
    for label, value in event_facts(e):
        _field(t, label.capitalize(), value)
    _field(t, "Source", e.get("source"))
    others = [x["source"] for x in e.get("sources") or [] if x.get("document_id") != e.get("document_id")]
    _field(t, "Also reported in", others)
    if e.get("people"):
        _section(t, "People")
        for p in e["people"]:
            t.append("  " + p["name"])
            role = role_and_body(p.get("role"), p.get("organization"))
            t.append(f" ({role})\n" if role else "\n", style=DIM)
    if e.get("figures"):
        _section(t, "Figures")
        for f in e["figures"]:
            t.append(f"  {f['value']}: ", style=LABEL)
            t.append(f"{f.get('text') or ''}\n")
    if e.get("quotes"):
        _section(t, "Quotes")
        for q in e["quotes"]:
            t.append(f"  {q.get('speaker') or '-'}: ", style=LABEL)
            t.append(f"“{q['text']}”\n")
    if e.get("paragraphs"):
        _section(t, "Source paragraphs")
        for p in e["paragraphs"]:
            _para(t, p)
    return t


def person_text(p: dict) -> Text:
    """A person: aliases, roles over time, events and quotes."""
    t = Text()
    t.append(p["name"] + "\n", style="bold")
    _field(t, "Also written", p.get("aliases"))
    if p.get("roles"):
        _section(t, "Roles")
        for r in p["roles"]:
            t.append(f"  {r.get('published') or '----'}  ", style=DIM)
            t.append(role_and_body(r.get("role"), r.get("organization")) or "-")
            t.append(f"  ({r.get('source')})\n", style=DIM)
    if p.get("events"):
        _section(t, "Events")
        for e in p["events"]:
            t.append(f"  {e.get('date') or '-'}  {e.get('kind') or ''}  ", style=DIM)
            t.append(((e.get("titles") or [""])[0] or "") + "\n")
    if p.get("quotes"):
        _section(t, "Quotes")
        for q in p["quotes"]:
            t.append(f"  [{q.get('lang') or ''}] ", style=DIM)
            t.append(f"“{q['text']}”\n")
    return t


def quote_text(q: dict) -> Text:
    """A quote: its words, speaker (with role) and the paragraphs around it."""
    t = Text()
    t.append(f"“{q['text']}”\n", style="italic")
    _field(t, "Speaker", q.get("speaker") or "unknown")
    _field(t, "Role", ", ".join(x for x in (q.get("speaker_role"), q.get("speaker_organization")) if x))
    _field(t, "Language", q.get("lang"))
    _field(t, "Date", q.get("published"))
    _field(t, "Source", q.get("source"))
    if q.get("paragraphs"):
        _section(t, "In context")
        for p in q["paragraphs"]:
            _para(t, p, mark=p["id"] == q.get("paragraph_id"))
    return t


def document_text(d: dict) -> Text:
    """A document: its facts, what was extracted, how it begins."""
    t = Text()
    t.append((d.get("title") or d["source"]) + "\n", style="bold")
    _field(t, "Source", d.get("source"))
    _field(t, "Published", d.get("published"))
    _field(t, "Languages", " ".join(d.get("languages") or []))
    _field(t, "Byline", d.get("byline"))
    counts = ", ".join(f"{d.get('n_' + k, 0)} {k}" for k in ("paragraphs", "events", "people", "quotes"))
    _field(t, "Holds", counts + f", {d.get('n_parallel', 0)} translation pairs")
    if d.get("first"):
        _section(t, "Begins")
        for p in d["first"]:
            _para(t, p)
    return t


def why_text(kind: str, data: dict) -> Text:
    """Each extracted field with the rule that set it and its evidence (a person: per document).

    >>> e = {"date": "2024-05-03", "why": {"date": {"rule": "relative-word", "evidence": "Сегодня в Оше …"}}}
    >>> "date: 2024-05-03" in why_text("events", e).plain
    True
    """
    t = Text()
    t.append("Why: the rule behind each field, and its evidence (w hides)\n", style="bold underline")
    if kind == "documents":
        t.append("  A document has no extracted fields: its events, people and quotes do.\n", style=DIM)
        return t
    from store.ingest.rules import why_lines  # with the sentence splitter: not on the way to the first screen

    styles = {"heading": "bold", "field": LABEL, "rule": "cyan", "evidence": "italic"}
    for line, part in why_lines(data):
        t.append(("" if part == "heading" else "  ") + line + "\n", style=styles[part])
    return t


RENDER = {"events": event_text, "people": person_text, "quotes": quote_text, "documents": document_text}


def render_detail(kind: str, data: dict | None, hits: list[dict] | None = None, why: bool = False) -> Text:
    """The detail of one record, plus the paragraphs that match the search, if any (``why``: the
    rule and evidence of each field first)."""
    if data is None:
        return Text("Nothing selected.", style=DIM)
    t = RENDER[kind](data)
    if why:
        t = Text.assemble(why_text(kind, data), "\n", t)
    if hits:
        _section(t, "Matching paragraphs")
        for h in hits:
            _para(t, h, h.get("spans") or ())
    t.plain = visible(t.plain)  # same length: styles stay where they were
    return t


class DetailPanel(VerticalScroll):
    """Shows ``render_detail`` output; scrolls when it is long."""

    can_focus = False

    def compose(self):
        yield Static(Text("Loading…", style=DIM), id="detail-body")

    def show(self, text: Text) -> None:
        self.query_one("#detail-body", Static).update(text)
        self.scroll_home(animate=False)

    @property
    def text(self) -> str:
        body = self.query_one("#detail-body", Static)
        return str(body.content) if hasattr(body, "content") else str(body.renderable)
