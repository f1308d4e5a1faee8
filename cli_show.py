"""What ``kerben show`` prints: a document, its translations side by side, an event, a person.

Plain functions over the store's records that print to a rich ``Console``; document text is
always ``Text`` (never markup). ``cli.py`` calls them and stays a list of commands.
"""
from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from store.clip import clip, event_facts, event_title, role_and_body


def document(out: Console, row: dict) -> None:
    """A document's facts, its linked translations and its cleaned paragraphs."""
    d = row["document"]
    out.print(Text(d["title"] or d["source"], style="bold"))
    out.print(Text(f"{d['id']}  {d['source']}  languages: {' '.join(d['languages'])}  "
                   f"published: {d['published'] or '-'}  encoding: {d.get('encoding') or '-'}", style="dim"))
    for t in row.get("twins") or []:
        out.print(Text(f"translation: {t['source']} ({' '.join(t['languages'])}, {t['document']}, "
                       f"score {t['score']:.2f})", style="cyan"))
    out.print()
    for p in row["paragraphs"]:
        line = Text(f"[{p['lang']}] ", style="bold cyan")
        line.append(p["text"])
        out.print(line)
        out.print()


def side_by_side(out: Console, row: dict, dbh=None) -> None:
    """Aligned paragraphs in two columns (a monolingual document beside its linked translation)."""
    from store.twins_store import document_pairs, twin_pairs

    rows = document_pairs(row)
    d = row["document"]
    if not rows and row.get("twins"):
        twin = row["twins"][0]
        out.print(Text(f"{d['source']} is monolingual; showing its linked translation {twin['source']}.",
                       style="yellow"))
        rows = twin_pairs(dbh, twin)
    if not rows:
        msg = ("is monolingual" if len(d["languages"]) < 2 else "has no aligned paragraph pairs")
        out.print(Text(f"{d['source']} {msg} (languages: {' '.join(d['languages']) or '-'}).", style="yellow"))
        return
    la = rows[0].get("lang_a") or "A"
    lb = rows[0].get("lang_b") or "B"
    table = Table(show_lines=True, expand=True, title=Text(d["title"] or d["source"]))
    table.add_column(la, ratio=1)
    table.add_column(lb, ratio=1)
    table.add_column("score", justify="right", width=6)
    for x in rows:
        table.add_row(Text(x["text_a"]), Text(x["text_b"]), f"{x['score']:.2f}" if x["score"] is not None else "")
    out.print(table)


def _line(out: Console, label: str, value) -> None:
    """``label: value`` when there is a value; lists joined with "; "."""
    if value in (None, "", []):
        return
    t = Text(f"{label}: ", style="bold")
    t.append("; ".join(map(str, value)) if isinstance(value, list) else str(value))
    out.print(t)


def _heading(out: Console, title: str) -> None:
    out.print()
    out.print(Text(title, style="bold underline"))


def event(out: Console, e: dict) -> None:
    """An event in words: what, when, where, who; its evidence; the people, quotes and figures of its report."""
    out.print(Text(event_title(e), style="bold"))
    _line(out, "event id", e["id"])
    for label, value in event_facts(e):
        _line(out, label, value)
    _line(out, "reported in", [f"{s['source']} ({s['document_id']})" for s in e.get("sources") or []]
          or f"{e.get('source')} ({e.get('document_id')})")
    if e.get("paragraphs"):
        _heading(out, "Evidence")
        for p in e["paragraphs"]:
            t = Text(f"¶{p['idx']} [{p['lang']}] ", style="dim")
            t.append(p["text"])
            out.print(t)
    if e.get("people"):
        _heading(out, "People in the report")
        for p in e["people"]:
            t = Text(f"  {p['name']}")
            role = role_and_body(p.get("role"), p.get("organization"))
            t.append(f" — {role}" if role else "", style="dim")
            out.print(t)
    if e.get("quotes"):
        _heading(out, "Quotes in the report")
        for q in e["quotes"]:
            t = Text(f"  {q.get('speaker') or 'unknown speaker'}: ", style="bold")
            t.append(f"“{q['text']}”")
            out.print(t)
    if e.get("figures"):
        _heading(out, "Figures in the report")
        for f in e["figures"]:
            t = Text(f"  {f['value']}: ", style="bold")
            t.append(f.get("text") or "")
            out.print(t)


def person(out: Console, p: dict) -> None:
    """A person in words: spellings, roles over time with their sources, events, quotes."""
    out.print(Text(p["name"], style="bold"))
    _line(out, "person id", f"{p['id']} (kerben show person {p['id']})")
    _line(out, "also written", p.get("aliases"))
    if p.get("roles"):
        _heading(out, "Roles, by date of the report")
        for r in p["roles"]:
            t = Text(f"  {r.get('published') or '----------'}  ", style="dim")
            t.append(role_and_body(r.get("role"), r.get("organization")) or "-")
            t.append(f"  ({r.get('source')})", style="dim")
            out.print(t)
    if p.get("events"):
        _heading(out, "Events of its reports")
        for e in p["events"]:
            t = Text(f"  {e.get('date') or '----------'}  {e.get('kind') or 'event'}  ", style="dim")
            t.append(clip((e.get("titles") or [""])[0], 100))
            t.append(f"  ({e['id']})", style="dim")
            out.print(t)
    if p.get("quotes"):
        _heading(out, "Quotes")
        for q in p["quotes"]:
            t = Text(f"  [{q.get('lang') or '?'}] ", style="dim")
            t.append(f"“{q['text']}”")
            out.print(t)


def quote(out: Console, q: dict) -> None:
    """A quote in words: its text, speaker, language and source paragraph."""
    out.print(Text(f"“{q['text']}”", style="bold"))
    _line(out, "quote id", q["id"])
    _line(out, "speaker", q.get("speaker"))
    _line(out, "person id", q.get("person_id"))
    _line(out, "language", q.get("lang"))
    _line(out, "source", q.get("source"))
    if q.get("paragraph"):
        _heading(out, "Paragraph")
        out.print(Text(q["paragraph"]))


def why(out: Console, data: dict) -> None:
    """Field, value, rule (with what it means) and evidence sentence, for a record or a person's mentions."""
    from store.ingest.rules import why_lines

    for line, part in why_lines(data):
        out.print(Text(line, style={"heading": "bold underline", "field": "bold", "evidence": "dim"}.get(part, "")))
