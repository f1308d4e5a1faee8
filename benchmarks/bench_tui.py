"""TUI benchmark on a 100k-document store: first paint, keystroke-to-results, RSS.

Not a timed test: run it and record the figures (``benchmarks/results-tui.md``)::

    .venv/bin/python -m benchmarks.bench_tui            # 100,000 documents
    .venv/bin/python -m benchmarks.bench_tui --docs 20000

The store is built by writing rows directly (the import pipeline is benchmarked elsewhere):
documents from ``benchmarks.generate`` texts (split into paragraphs, languages from the
generator), one event, one person and one quote per document. It is cached in
``benchmarks/data/db/``.

- first paint: from constructing the app to the first page of the Events pane on screen;
- keystroke-to-results: from the last key of a search to the filtered rows in the table
  (debounce included), per pane, median and worst of several queries;
- RSS: peak resident memory of the process (the DB build runs in a child process).
"""
from __future__ import annotations

import argparse
import asyncio
import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DB_DIR = ROOT / "benchmarks" / "data" / "db"
KINDS = ["training", "roundtable", "conference", "meeting", "campaign", "forum"]
COUNTRIES = ["KG", "KZ", "UZ", "TJ", "AZ"]


def build(path: Path, n: int) -> None:
    """Write *n* synthetic documents with their records straight into a new store."""
    import hashlib
    import random

    from benchmarks.generate import make_document
    from store import fold
    from store.db import open_db

    db = open_db(path)
    rng = random.Random(7)
    now = "2025-01-01T00:00:00+00:00"
    batch = 2000
    for start in range(0, n, batch):
        docs, paras, events, persons, people, quotes = [], [], [], [], [], []
        for i in range(start, min(n, start + batch)):
            d = make_document(i, seed=0)
            sha = hashlib.sha256(d.text.encode()).hexdigest()
            doc_id = f"d-{sha[:16]}"
            blocks = [b.strip() for b in d.text.split("\n\n") if len(b.strip()) > 60][:6]
            year = 2015 + i % 11
            date = f"{year}-{1 + i % 12:02d}-{1 + i % 28:02d}"
            docs.append({"id": doc_id, "source": d.name, "path": None, "sha256": sha, "raw_text": "",
                         "raw_format": "txt", "encoding": "utf-8", "title": blocks[0][:120] if blocks else d.name,
                         "published": date, "byline": None, "languages": json.dumps(list(d.langs)),
                         "removed": "[]", "size": len(d.text), "imported_at": now, "pipeline_version": "bench"})
            pids = []
            for k, text in enumerate(blocks):
                lang = d.langs[0] if k < len(blocks) // len(d.langs) + 1 else d.langs[-1]
                pid = f"p-{doc_id[2:]}-{k}"
                pids.append(pid)
                paras.append({"id": pid, "document_id": doc_id, "idx": k, "lang": lang, "text": text,
                              "loose": fold.loose(text)})
            events.append({"id": f"e-{doc_id[2:]}", "document_id": doc_id, "kind": rng.choice(KINDS), "date": date,
                           "place": f"City {i % 300}", "country": rng.choice(COUNTRIES),
                           "titles": json.dumps([docs[-1]["title"][:60]]), "organizers": json.dumps([f"Org {i % 500}"]),
                           "funders": json.dumps([f"Fund {i % 50}"]), "participants_total": 10 + i % 90,
                           "participants_women": None, "participants_men": None,
                           "paragraph_ids": json.dumps(pids[:1]), "data": "{}"})
            sid = f"s-{i % 20000}"
            if i < 20000:
                persons.append({"id": sid, "name": f"Person {i:05d}", "key": f"person {i:05d}", "aliases": "[]"})
            people.append({"id": f"m-{doc_id[2:]}", "document_id": doc_id, "person_id": sid, "name": f"Person {i % 20000:05d}",
                           "aliases": "[]", "role": "director", "organization": f"Org {i % 500}",
                           "paragraph_ids": json.dumps(pids[1:2]), "data": "{}",
                           "loose": fold.person_text(f"Person {i % 20000:05d}", [], "director", f"Org {i % 500}")})
            quotes.append({"id": f"q-{doc_id[2:]}", "document_id": doc_id, "text": (blocks[-1] if blocks else "")[:160],
                           "lang": d.langs[0], "speaker": f"Person {i % 20000:05d}", "person_id": f"m-{doc_id[2:]}",
                           "paragraph_id": pids[-1] if pids else None, "data": "{}"})
        with db.atomic():
            db["documents"].insert_all(docs)
            db["paragraphs"].insert_all(paras)
            db["events"].insert_all(events)
            db["persons"].insert_all(persons)
            db["people"].insert_all(people)
            db["quotes"].insert_all(quotes)
        print(f"  built {min(n, start + batch):,} documents", file=sys.stderr, end="\r")
    db.execute("ANALYZE")
    db.close()
    print(file=sys.stderr)


def ensure_db(n: int) -> Path:
    DB_DIR.mkdir(parents=True, exist_ok=True)
    path = DB_DIR / f"tui-{n}.db"
    if not path.exists():
        tmp = path.with_name(path.name + ".part")
        for suffix in ("", "-wal", "-shm"):
            Path(str(tmp) + suffix).unlink(missing_ok=True)
        # in a child process, so that building does not count in the browser's RSS
        subprocess.run([sys.executable, "-m", "benchmarks.bench_tui", "--build", str(tmp), "--docs", str(n)],
                       cwd=ROOT, check=True)
        tmp.rename(path)
    return path


async def _measure(path: Path, queries: list[str]) -> dict:
    from store.db import open_db
    from tui.app import KerbenApp
    from tui.widgets.record_table import RecordTable

    from tui.screens.browse import BrowseScreen

    shown: list[float] = []
    original = BrowseScreen.on_browse_screen_list_loaded

    def loaded(self, msg):  # the moment the new rows are in the table
        original(self, msg)
        shown.append(time.perf_counter())

    BrowseScreen.on_browse_screen_list_loaded = loaded
    db = open_db(path)
    t0 = time.perf_counter()
    app = KerbenApp(db, config_file=ROOT / "benchmarks" / "data" / "bench-tui.json", blink=False,
                    theme="textual-dark")
    out: dict = {}
    async with app.run_test(size=(80, 24)) as pilot:
        table = app.screen.query_one(RecordTable) if app.screen.query(RecordTable) else None
        while True:
            if table is None and app.screen.query(RecordTable):
                table = app.screen.query_one(RecordTable)
            if table is not None and table.records:
                break
            await asyncio.sleep(0.001)
        await pilot.pause()  # the refresh that paints the rows
        out["first_paint_s"] = round(time.perf_counter() - t0, 3)
        out["total_events"] = table.total
        for pane_key, pane in (("1", "events"), ("3", "quotes"), ("4", "documents"), ("2", "people")):
            await pilot.press(pane_key)
            await app.workers.wait_for_complete()
            await pilot.pause()
            times = []
            for q in queries:
                await pilot.press("slash", *q[:-1])
                await pilot.pause(0.3)
                await app.workers.wait_for_complete()
                await pilot.pause(0.1)
                shown.clear()
                t1 = time.perf_counter()
                press = asyncio.ensure_future(pilot.press(q[-1]))  # pilot.press also waits for idle workers
                while not shown:
                    await asyncio.sleep(0.001)
                times.append(shown[0] - t1)
                await press
                await pilot.press("escape")
                await app.workers.wait_for_complete()
                await pilot.pause()
            out[f"keystroke_to_results_{pane}_ms"] = round(1000 * statistics.median(times), 1)
            out[f"keystroke_to_results_{pane}_max_ms"] = round(1000 * max(times), 1)
    out["rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=100_000)
    ap.add_argument("--build", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.build:
        build(args.build, args.docs)
        return
    path = ensure_db(args.docs)
    queries = ["миграц", "trening", "Person 0012", "tosh"]
    result = asyncio.run(_measure(path, queries))
    result = {"documents": args.docs, **result}
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
