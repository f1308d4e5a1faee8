"""Warm search at scale, quicker to build than the full ``python -m benchmarks`` run.

``python -m benchmarks.search_scale --docs 100000 --seed-docs 20000`` imports ``--seed-docs`` of
the template generator's documents with ``kerben import --no-extract`` (what search reads: the
paragraphs, their folded text and word forms, the FTS index), copies them with new ids by SQL
until the DB holds ``--docs`` documents (the FTS triggers index every copy), then measures
``corpus.search`` as ``benchmarks.run.search_warm`` does (its queries, limit 20, 20 runs each
after a warm-up). Copies repeat the seed documents' words, so the index has the size and the word
frequencies of a corpus of that many documents; the figure is for sheer scale, not for quality.
"""
from __future__ import annotations

import argparse
import json
import os
import sqlite3
import time

from . import run as R
from .generate import corpus_dir, generate


def build(docs: int, seed_docs: int, seed: int = 0) -> tuple[str, dict]:
    """The DB path and how it was built (reused when it exists)."""
    db = R.WORK / "db" / f"search-{docs}.db"
    info: dict = {"docs": docs, "seed_docs": seed_docs}
    if db.exists():
        return str(db), info
    src = corpus_dir(seed_docs, seed)
    if not src.exists() or not any(src.rglob("*.txt")):
        generate(seed_docs, src, seed)
    db.parent.mkdir(parents=True, exist_ok=True)
    info["import"] = R.kerben_import(src, db, jobs=2, extract=False, timeout=4 * 3600)
    con = sqlite3.connect(db)
    cols = {t: [r[1] for r in con.execute(f"PRAGMA table_info({t})")] for t in ("documents", "paragraphs")}
    originals = con.execute("SELECT count(*) FROM documents").fetchone()[0]
    n, k, t0 = originals, 1, time.perf_counter()
    while n < docs:
        take = min(docs - n, originals)
        sel_d = ", ".join(f"{c} || '-{k}'" if c in ("id", "sha256") else c for c in cols["documents"])
        firsts = f"SELECT id FROM documents WHERE id NOT LIKE '%-%-%' ORDER BY id LIMIT {take}"
        con.execute(f"INSERT INTO documents ({', '.join(cols['documents'])}) SELECT {sel_d} FROM documents "
                    f"WHERE id IN ({firsts})")
        sel_p = ", ".join(f"{c} || '-{k}'" if c in ("id", "document_id") else c for c in cols["paragraphs"])
        con.execute(f"INSERT INTO paragraphs ({', '.join(cols['paragraphs'])}) SELECT {sel_p} FROM paragraphs "
                    f"WHERE document_id IN ({firsts})")
        con.commit()
        n, k = con.execute("SELECT count(*) FROM documents").fetchone()[0], k + 1
    info["copy_s"] = round(time.perf_counter() - t0, 1)
    info["paragraphs"] = con.execute("SELECT count(*) FROM paragraphs").fetchone()[0]
    con.close()
    return str(db), info


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.search_scale", description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=100_000)
    ap.add_argument("--seed-docs", type=int, default=20_000)
    args = ap.parse_args(argv)
    db, info = build(args.docs, args.seed_docs)
    load = os.getloadavg()[0]
    res = R.search_warm(R.Path(db), R.QUERIES)
    print(json.dumps({**info, "load": load, **{k: res[k] for k in ("n", "p50_ms", "p95_ms", "max_ms")}},
                     default=str))
    print(f"search at {args.docs:,} documents (warm, limit 20): p50 {res['p50_ms']:.1f} ms, "
          f"p95 {res['p95_ms']:.1f} ms, max {res['max_ms']:.1f} ms (goal p95 <= 50 ms; load {load:.1f})")


if __name__ == "__main__":
    main()
