"""Writing the corpus out: JSON Lines (the public contract, ``../shared/spec/export.md``) and CSV.

CSV has one row per paragraph with its document's fields, for spreadsheets; JSON Lines has
everything, one document per line.
"""
from __future__ import annotations

import csv
import json
from typing import IO, TYPE_CHECKING, Any, Iterable

if TYPE_CHECKING:  # imported where used: a cold `kerben search` does without it
    import sqlite_utils

from .corpus import export_rows

CSV_COLUMNS = ["document_id", "source", "title", "published", "document_languages", "paragraph_id", "index",
               "lang", "text"]


def _write_lines(rows: Iterable[dict[str, Any]], out: IO[str]) -> int:
    """*rows* as JSON Lines; returns the number written."""
    n = 0
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        n += 1
    return n


def write_jsonl(db: sqlite_utils.Database, out: IO[str]) -> int:
    """Write every document as one JSON object per line; returns the number written."""
    return _write_lines(export_rows(db), out)


def write_corrections(db: sqlite_utils.Database, out: IO[str]) -> int:
    """Every active correction as one JSON object per line (``kerben import-corrections`` reads them)."""
    from .corrections import export_rows as correction_rows

    return _write_lines(correction_rows(db), out)


def write_csv(db: sqlite_utils.Database, out: IO[str]) -> int:
    """One CSV row per paragraph; returns the number of documents written."""
    w = csv.writer(out)
    w.writerow(CSV_COLUMNS)
    n = 0
    for row in export_rows(db):
        d = row["document"]
        for p in row["paragraphs"]:
            w.writerow([d["id"], d["source"], d["title"] or "", d["published"] or "", " ".join(d["languages"]),
                        p["id"], p["index"], p["lang"], p["text"]])
        n += 1
    return n


def write_records(records: list[dict[str, Any]], out: IO[str], fmt: str) -> None:
    """A list of flat records (events, people, quotes...) as ``json``, ``jsonl`` or ``csv``."""
    if fmt == "json":
        json.dump(records, out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif fmt == "jsonl":
        for r in records:
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
    else:
        cols: list[str] = []
        for r in records:
            cols.extend(k for k in r if k not in cols)
        w = csv.writer(out)
        w.writerow(cols)
        for r in records:
            w.writerow(["; ".join(map(str, v)) if isinstance(v, list) else json.dumps(v, ensure_ascii=False)
                        if isinstance(v, dict) else ("" if v is None else v) for v in (r.get(c) for c in cols)])
