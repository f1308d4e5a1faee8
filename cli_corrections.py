"""kerben correct / merge / reject / corrections / import-corrections: human fixes of extracted records.

Thin commands over ``store.corrections``; registered on the app of ``cli.py``.
"""
from __future__ import annotations

import getpass
import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.table import Table
from rich.text import Text

from cli import DbOpt, JsonOpt, _emit_json, _open, app, err, fail, handled, out

KIND_WORDS = {"event": "event", "events": "event", "person": "person", "people": "person", "persons": "person",
              "quote": "quote", "quotes": "quote"}
ByOpt = Annotated[Optional[str], typer.Option("--by", help="Who makes the correction (default: your login name).",
                                              show_default=False)]
Text_ = Annotated[Optional[str], typer.Option(show_default=False)]


def _kind(word: str, allowed=("event", "person", "quote")) -> str:
    kind = KIND_WORDS.get(word.lower())
    if kind not in allowed:
        fail(f"Unknown record kind '{word}': use {' or '.join(allowed)}.")
    return kind


def _author(by: str | None) -> str | None:
    if by:
        return by
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (a container without /etc/passwd entry)
        return None


def _report(db, ids: list[int], as_json: bool) -> None:
    from store.corrections import listing

    rows = [c for c in listing(db) if c["id"] in ids]
    if as_json:
        _emit_json(rows)
        return
    for c in rows:
        out.print(Text(f"Correction {c['id']}: {_describe(c)}" + (" (record not found)" if c["status"] == "orphaned"
                                                                   else "")))


def _show(value) -> str:
    if isinstance(value, list):
        return "; ".join(map(str, value)) or "-"
    return "-" if value is None else str(value)


def _describe(c: dict) -> str:
    """``event 'Forum' date: 2024-03-06 → 2024-03-07`` and the like."""
    what = f"{c['kind']} '{c['record']}'"
    if c["action"] == "set":
        return f"{what} {c['field']}: {_show(c['before'])} → {_show(c['after'])}"
    if c["action"] == "merge":
        return f"{what} merged into '{c['after']}'"
    return f"{what} rejected"


@app.command()
@handled
def correct(
    kind: Annotated[str, typer.Argument(help="event, person or quote.")],
    ref: Annotated[str, typer.Argument(help="Its id (or id prefix; a person also by exact name).")],
    db: DbOpt = None,
    date: Annotated[Optional[str], typer.Option("--date", help="Event date: YYYY, YYYY-MM or YYYY-MM-DD.")] = None,
    place: Annotated[Optional[str], typer.Option("--place", help="Event place.")] = None,
    country: Annotated[Optional[str], typer.Option("--country", help="Event country (ISO code, e.g. KG).")] = None,
    event_kind: Annotated[Optional[str], typer.Option("--kind", help="Event kind (training, forum, ...).")] = None,
    title: Annotated[Optional[list[str]], typer.Option("--title", help="Event title (repeat for several).")] = None,
    organizer: Annotated[Optional[list[str]], typer.Option("--organizer", help="Organizer (repeat).")] = None,
    funder: Annotated[Optional[list[str]], typer.Option("--funder", help="Funder (repeat).")] = None,
    participants: Annotated[Optional[str], typer.Option("--participants", help="Number of participants.")] = None,
    women: Annotated[Optional[str], typer.Option("--women", help="Number of women taking part.")] = None,
    men: Annotated[Optional[str], typer.Option("--men", help="Number of men taking part.")] = None,
    name: Annotated[Optional[str], typer.Option("--name", help="Person's name.")] = None,
    role: Annotated[Optional[str], typer.Option("--role", help="Person's role.")] = None,
    organization: Annotated[Optional[str], typer.Option("--organization", help="Person's organization.")] = None,
    speaker: Annotated[Optional[str], typer.Option("--speaker", help="Quote's speaker.")] = None,
    by: ByOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Correct fields of an event, a person or a quote; kept across `kerben reprocess` ('' empties one)."""
    from store.corrections import correct as run

    given = {"date": date, "place": place, "country": country, "kind": event_kind, "titles": title,
             "organizers": organizer, "funders": funder, "participants_total": participants,
             "participants_women": women, "participants_men": men, "name": name, "role": role,
             "organization": organization, "speaker": speaker}
    dbh = _open(db)
    ids = run(dbh, _kind(kind), ref, {k: v for k, v in given.items() if v is not None}, author=_author(by))
    _report(dbh, ids, as_json)


@app.command()
@handled
def merge(
    kind: Annotated[str, typer.Argument(help="people or events.")],
    ref: Annotated[str, typer.Argument(help="The record to merge (id; a person also by exact name).")],
    into: Annotated[str, typer.Argument(help="The record it is the same as.")],
    db: DbOpt = None,
    by: ByOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Merge two people into one identity, or two events into one (undo splits them again)."""
    from store.corrections import merge as run

    dbh = _open(db)
    _report(dbh, [run(dbh, _kind(kind, ("event", "person")), ref, into, author=_author(by))], as_json)


@app.command()
@handled
def reject(
    kind: Annotated[str, typer.Argument(help="event, person or quote.")],
    ref: Annotated[str, typer.Argument(help="Its id (a person also by exact name).")],
    db: DbOpt = None,
    by: ByOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Reject a record as wrong: it is hidden from every list, view and export."""
    from store.corrections import reject as run

    dbh = _open(db)
    _report(dbh, [run(dbh, _kind(kind), ref, author=_author(by))], as_json)


@app.command()
@handled
def corrections(
    db: DbOpt = None,
    undo: Annotated[Optional[str], typer.Option("--undo", help="Take back correction N (or 'last').",
                                                show_default=False)] = None,
    show_all: Annotated[bool, typer.Option("--all", help="Also list corrections taken back.")] = False,
    as_json: JsonOpt = False,
) -> None:
    """List corrections (who, when, what, before, after; 'orphaned' when the record is gone)."""
    from store import corrections as store

    if undo is not None:
        dbh = _open(db)
        c = store.undo(dbh, undo.strip())
        if as_json:
            _emit_json(c)
        else:
            out.print(Text(f"Undid correction {c['id']}: {_describe(c)}"))
        return
    rows = store.listing(_open(db, readonly=True), include_undone=show_all)
    if as_json:
        _emit_json(rows)
        return
    if not rows:
        err.print("No corrections yet (kerben correct, merge, reject).")
        return
    table = Table(show_edge=False)
    for col in ("#", "when", "who", "what", "status"):
        table.add_column(col, overflow="fold", no_wrap=col in ("#", "when"))
    for c in rows:
        table.add_row(str(c["id"]), c["created_at"][:16].replace("T", " "), Text(c["author"] or "-"),
                      Text(_describe(c)), c["status"])
    out.print(table)


@app.command("import-corrections")
@handled
def import_corrections(
    path: Annotated[Path, typer.Argument(help="A file written by `kerben export --corrections` (- for stdin).")],
    db: DbOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Apply corrections exported from another store of the same documents."""
    from store.corrections import import_rows
    from store.errors import BadValue

    try:
        text = sys.stdin.read() if str(path) == "-" else path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        fail(f"Cannot read {path}: {getattr(exc, 'strerror', None) or exc}.")
    rows = []
    for n, line in enumerate(text.splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except ValueError:
                raise BadValue(f"Line {n} of {path} is not JSON.") from None
    counts = import_rows(_open(db), rows)
    if as_json:
        _emit_json(counts)
    else:
        out.print(f"Corrections: {counts['added']} added ({counts['orphaned']} find no record here), "
                  f"{counts['skipped']} already held.")
