"""Events per period (month, week, quarter, year), optionally split by country, kind or organizer.

``counts`` reads the events that ``corpus.events`` lists under the same filters (each reported
event once) and buckets them by date, so its totals add up to that list. Events without a date,
or dated more coarsely than the period (a year alone in a monthly chart), are counted apart.
``bars`` lays the counts out as rows of block characters for the CLI and the TUI.
"""
from __future__ import annotations

import datetime as _dt
import json

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.text import Text
    import sqlite_utils

from .corpus import checked_event_filters, event_filters

PERIODS = ("week", "month", "quarter", "year")
SPLITS = ("country", "kind", "organizer")
FILLS = "█▓▒░#=+:"  # one per series: stacked bars stay readable without colour (NO_COLOR)
COLOURS = ("cyan", "magenta", "green", "yellow", "blue", "red", "bright_black", "white")  # and one colour each
MAX_SERIES = len(FILLS) - 1  # the rest is "other"


def period_of(date: str | None, by: str) -> str | None:
    """The period a date falls in, or None when the date says too little for it.

    >>> [period_of("2024-03-07", b) for b in PERIODS]
    ['2024-W10', '2024-03', '2024-Q1', '2024']
    >>> period_of("2024-03", "week"), period_of("2024", "year"), period_of(None, "year")
    (None, '2024', None)
    """
    if not date:
        return None
    parts = date.split("-")
    if by == "year":
        return parts[0]
    if by in ("month", "quarter") and len(parts) >= 2:
        return f"{parts[0]}-{parts[1]}" if by == "month" else f"{parts[0]}-Q{(int(parts[1]) - 1) // 3 + 1}"
    if by == "week" and len(parts) == 3:
        year, week, _ = _dt.date(*map(int, parts)).isocalendar()
        return f"{year}-W{week:02d}"
    return None


def next_period(period: str) -> str:
    """The period after this one.

    >>> next_period("2024-12"), next_period("2024-Q4"), next_period("2020-W53"), next_period("2024")
    ('2025-01', '2025-Q1', '2021-W01', '2025')
    """
    if "-W" in period:
        year, week = map(int, period.split("-W"))
        monday = _dt.date.fromisocalendar(year, week, 1) + _dt.timedelta(days=7)
        y, w, _ = monday.isocalendar()
        return f"{y}-W{w:02d}"
    if "-Q" in period:
        year, q = map(int, period.split("-Q"))
        return f"{year + q // 4}-Q{q % 4 + 1}"
    if "-" in period:
        year, month = map(int, period.split("-"))
        return f"{year + month // 12}-{month % 12 + 1:02d}"
    return str(int(period) + 1)


SERIES_SQL = {None: "NULL", "country": "upper(e.country)", "kind": "e.kind",
              "organizer": "json_extract(e.organizers, '$[0]')"}  # the first organizer named


def tally(rows: list[dict], by: str, split: str | None) -> dict:
    """Counts per period (gaps filled with zeros) and series from rows of ``date``, ``series`` (the
    country, kind or organizer; None: unknown) and ``n`` (how many events; 1 when absent).

    >>> t = tally([{"date": "2024-01-05", "series": "forum"}, {"date": "2024-03", "series": "forum"},
    ...            {"date": None, "series": "training", "n": 2}], "month", "kind")
    >>> [(p["period"], p["total"]) for p in t["periods"]], t["undated"], t["total"]
    ([('2024-01', 1), ('2024-02', 0), ('2024-03', 1)], {'total': 2, 'counts': {'training': 2}}, 4)
    """
    placed: dict[str, dict[str, int]] = {}
    undated: dict[str, int] = {}
    coarse: dict[str, int] = {}
    totals: dict[str, int] = {}
    for r in rows:
        s = "events" if split is None else str(r.get("series") or "-")
        n = r.get("n", 1)
        totals[s] = totals.get(s, 0) + n
        p = period_of(r["date"], by)
        bucket = placed.setdefault(p, {}) if p else (coarse if r["date"] else undated)
        bucket[s] = bucket.get(s, 0) + n
    series = sorted(totals, key=lambda s: (-totals[s], s))
    periods = []
    if placed:
        p, last = min(placed), max(placed)
        while True:
            counts = placed.get(p, {})
            periods.append({"period": p, "total": sum(counts.values()), "counts": counts})
            if p == last:
                break
            p = next_period(p)
    return {"by": by, "split": split, "series": series, "periods": periods,
            "undated": {"total": sum(undated.values()), "counts": undated},
            "imprecise": {"total": sum(coarse.values()), "counts": coarse},
            "total": sum(totals.values())}


PREFIX_SQL = {"week": "e.date", "month": "substr(e.date, 1, 7)", "quarter": "substr(e.date, 1, 7)",
              "year": "substr(e.date, 1, 4)"}  # as much of a date as its period needs


def _grouped(db: sqlite_utils.Database, body: str, params: list, by: str, split: str | None) -> list[dict]:
    """Events counted per date (cut to what the period needs) and series in SQL, not one row per event."""
    return list(db.query(f"SELECT {PREFIX_SQL[by]} AS date, {SERIES_SQL[split]} AS series, count(*) AS n {body} "
                         "GROUP BY 1, 2", params))


def counts(db: sqlite_utils.Database, *, by: str = "month", split: str | None = None, **filters) -> dict:
    """Events per period under the ``corpus.events`` filters (``date_from``, ``country``, ``kind``...)."""
    where, params = event_filters(**checked_event_filters(db, filters))
    body = f"FROM events e JOIN documents d ON d.id = e.document_id WHERE {' AND '.join(where)}"
    return tally(_grouped(db, body, params, by, split), by, split)


def bars(data: dict, width: int = 80) -> list[tuple[str, list[tuple[int, int]], int]]:
    """One row per period (and ``undated``/``imprecise`` when any): ``(label, [(series index,
    cells)], count)``; the longest bar fills what *width* leaves after the label and the count.
    Series past ``MAX_SERIES`` share the last index ("other").

    >>> data = tally([{"date": "2024-01-05", "n": 4}, {"date": "2024-02-01"}], "month", None)
    >>> bars(data, width=20)
    [('2024-01', [(0, 9)], 4), ('2024-02', [(0, 2)], 1)]
    """
    rows = [(p["period"], p["counts"]) for p in data["periods"]]
    rows += [(name, data[key]["counts"]) for key, name in (("imprecise", "too vague"), ("undated", "undated"))
             if data[key]["total"]]
    label_w = max((len(label) for label, _ in rows), default=0)
    top = max((sum(c.values()) for _, c in rows), default=0)
    room = max(width - label_w - 2 - len(str(top)) - 1, 1)
    index = {s: min(i, MAX_SERIES) for i, s in enumerate(data["series"])}
    out = []
    for label, c in rows:
        total = sum(c.values())
        cells = round(total * room / top) if top else 0
        segs: dict[int, int] = {}
        for s in data["series"]:
            if c.get(s):
                segs[index[s]] = segs.get(index[s], 0) + c[s]
        parts, used, acc = [], 0, 0
        for i, n in segs.items():  # cumulative rounding: the segments add up to the bar
            acc += n
            end = round(acc * cells / total)
            parts.append((i, end - used))
            used = end
        out.append((label, [p for p in parts if p[1]], total))
    return out


def legend(data: dict) -> list[tuple[int, str]]:
    """``(series index, name)`` for the chart's key (``other`` for those past ``MAX_SERIES``)."""
    names = data["series"][:MAX_SERIES]
    return list(enumerate(names)) + ([(MAX_SERIES, "other")] if len(data["series"]) > MAX_SERIES else [])


def period_range(period: str) -> tuple[str, str]:
    """The first and last date (as stored: a prefix) a period covers.

    >>> period_range("2024-03"), period_range("2024-Q2"), period_range("2024-W10"), period_range("2024")
    (('2024-03', '2024-03'), ('2024-04', '2024-06'), ('2024-03-04', '2024-03-10'), ('2024', '2024'))
    """
    if "-W" in period:
        year, week = map(int, period.split("-W"))
        monday = _dt.date.fromisocalendar(year, week, 1)
        return monday.isoformat(), (monday + _dt.timedelta(days=6)).isoformat()
    if "-Q" in period:
        year_text, quarter = period.split("-Q")
        return f"{year_text}-{3 * int(quarter) - 2:02d}", f"{year_text}-{3 * int(quarter):02d}"
    return period, period


def browse_counts(db: sqlite_utils.Database, filters, query: str | None = None, *, by: str = "month",
                  split: str | None = None) -> dict:
    """``counts`` of the events the browser's Events pane lists under its filters and search."""
    from .browse import events_from
    from .fold import prepare

    prepare(db)
    body, params = events_from(filters, query)
    if not filters.lang:  # the join serves the language filter only (as in ``browse.count``)
        body = body.replace("JOIN documents d ON d.id = e.document_id ", "")
    return tally(_grouped(db, body, params, by, split), by, split)


def period_events(db: sqlite_utils.Database, period: str, filters, query: str | None = None, *,
                  limit: int = 50) -> list[dict]:
    """The events of one period (or ``undated``) as the browser's Events pane filters them, oldest
    first; as in ``tally``, a date vaguer than the period (a month alone in a weekly chart) is not in it."""
    from .browse import events_from
    from .fold import prepare

    prepare(db)
    body, params = events_from(filters, query)
    if period == "undated":
        cond, extra = "AND e.date IS NULL", []
    else:
        first, last = period_range(period)
        cond, extra = "AND e.date >= ? AND e.date <= ? || '~' AND length(e.date) >= ?", [first, last, len(first)]
    rows = db.query(f"SELECT e.id, e.date, e.kind, e.place, e.country, e.titles, e.organizers {body} {cond} "
                    "ORDER BY e.date, e.rowid LIMIT ?", params + extra + [limit])
    return [dict(r, titles=json.loads(r["titles"] or "[]"), organizers=json.loads(r["organizers"] or "[]"))
            for r in rows]


def bar_texts(data: dict, width: int) -> list[tuple[str, "Text"]]:
    """``(period, line)`` for each bar of the chart (periods, then ``too vague`` and ``undated``): one
    fill character and colour per series. The CLI prints these lines and the browser lists them.

    >>> [(p, t.plain) for p, t in bar_texts(tally([{"date": "2024-01-02"}], "month", None), 20)]
    [('2024-01', '2024-01 █████████ 1')]
    """
    from rich.text import Text

    rows = bars(data, width)
    label_w = max((len(label) for label, _, _ in rows), default=0)
    out = []
    for label, segs, total in rows:
        line = Text(label.ljust(label_w) + " ", style="dim" if label in ("undated", "too vague") else "")
        for i, n in segs:
            line.append(FILLS[i] * n, style=COLOURS[i])
        line.append(f" {total}" if total else "")
        out.append((label, line))
    return out
