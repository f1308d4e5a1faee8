"""kerben timeline / stats: how many events, when, where, by whom.

Thin commands over ``store.timeline`` and ``store.corpus.stats``; registered on the app of ``cli.py``.
"""
from __future__ import annotations

import csv
import sys
from typing import Annotated, Optional

import typer
from rich.table import Table
from rich.text import Text

from cli import CsvOpt, DbOpt, JsonOpt, _emit_json, _open, app, err, fail, handled, out

def chart(data: dict, width: int) -> list[Text]:
    """The bar chart as lines of text, one fill character (and colour) per series."""
    from store.timeline import COLOURS, FILLS, bar_texts, legend

    lines = [line for _, line in bar_texts(data, width)]
    if data["split"]:
        key = Text()
        for i, name in legend(data):
            key.append(f"{FILLS[i]} ", style=COLOURS[i]).append(f"{name}  ")
        key.truncate(width)
        lines.append(key)
    return lines


def _csv(data: dict) -> None:
    series = data["series"]
    w = csv.writer(sys.stdout)
    w.writerow(["period", *series, "total"])
    rows = [(p["period"], p["counts"], p["total"]) for p in data["periods"]]
    rows += [(key, data[key]["counts"], data[key]["total"]) for key in ("imprecise", "undated") if data[key]["total"]]
    for period, counts, total in rows:
        w.writerow([period, *(counts.get(s, 0) for s in series), total])


@app.command()
@handled
def timeline(
    db: DbOpt = None,
    by: Annotated[str, typer.Option("--by", help="week, month, quarter or year.")] = "month",
    split: Annotated[Optional[str], typer.Option("--split", help="Stack the bars by country, kind or organizer "
                                                 "(the first organizer named).")] = None,
    date_from: Annotated[Optional[str], typer.Option("--from", help="From this date (YYYY, YYYY-MM or YYYY-MM-DD).")] = None,
    date_to: Annotated[Optional[str], typer.Option("--to", help="Up to this date.")] = None,
    country: Annotated[Optional[str], typer.Option("--country", help="ISO country code, e.g. KG.")] = None,
    kind: Annotated[Optional[str], typer.Option("--kind", help="training, roundtable, conference, meeting, ...")] = None,
    org: Annotated[Optional[str], typer.Option("--org", help="Organizer or funder contains this.")] = None,
    lang: Annotated[Optional[str], typer.Option("--lang", help="Reported in a document holding this language.")] = None,
    as_json: JsonOpt = False,
    as_csv: CsvOpt = False,
) -> None:
    """Events per month (or week, quarter, year) as a bar chart; the same filters as `kerben events`."""
    from store.timeline import PERIODS, SPLITS, counts

    if by not in PERIODS:
        fail(f"Unknown period '{by}': use {', '.join(PERIODS)}.")
    if split is not None and split not in SPLITS:
        fail(f"Cannot split by '{split}': use {', '.join(SPLITS)}.")
    data = counts(_open(db, readonly=True), by=by, split=split, date_from=date_from, date_to=date_to,
                  country=country, kind=kind, org=org, lang=lang)
    if as_json:
        _emit_json(data)
        return
    if as_csv:
        _csv(data)
        return
    if not data["total"]:
        err.print("No events match these filters.")
        raise typer.Exit(1)
    span = f", {data['periods'][0]['period']} to {data['periods'][-1]['period']}" if data["periods"] else ""
    out.print(Text(f"Events per {by}{' by ' + split if split else ''}{span}: {data['total']}", style="bold"))
    for line in chart(data, min(out.width, 120)):
        out.print(line, overflow="crop", no_wrap=True)


@app.command()
@handled
def stats(db: DbOpt = None, as_json: JsonOpt = False) -> None:
    """What the store holds, with events by country, kind and year."""
    from store import corpus

    data = corpus.stats(_open(db, readonly=True))
    if as_json:
        _emit_json(data)
        return
    table = Table(show_header=False, show_edge=False)
    table.add_column(style="bold", no_wrap=True)
    table.add_column()
    for k, v in data.items():
        if isinstance(v, dict):
            v = ", ".join(f"{a}: {b}" for a, b in v.items()) or "-"
        table.add_row(k.replace("_", " "), Text(str(v)))
    out.print(table)
