"""Launch to first rows: ``kerben browse`` beside VisiData (``vd``) on the same DB, in a pseudo-terminal.

Each program runs in a 100x30 pty; its output goes through a terminal emulator (pyte) and the
clock stops when the screen shows data rows: three lines holding values of the DB (event
dates and places for Kerben's Events pane, table names for VisiData's first sheet). Best and
median of ``--rounds`` runs, from process start.

``python -m benchmarks.launch --db PATH [--rounds 3]`` prints JSON (needs the ``bench`` extra).
"""
from __future__ import annotations

import argparse
import fcntl
import json
import os
import pty
import select
import shutil
import sqlite3
import statistics
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

COLS, ROWS = 100, 30
BIN = Path(sys.executable).parent


def markers(db: Path) -> dict[str, set[str]]:
    """Strings that only data rows show: per program, values read from the DB."""
    c = sqlite3.connect(db)
    try:
        events = {str(v) for row in c.execute("SELECT date, place FROM events") for v in row if v}
        tables = {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%'")}
    finally:
        c.close()
    return {"kerben": {v for v in events if len(v) >= 4}, "vd": {t for t in tables if len(t) >= 6}}


def first_rows(cmd: list[str], marks: set[str], timeout: float = 30.0) -> float | None:
    """Seconds from process start until three screen lines show a marker (None: never)."""
    import pyte

    screen = pyte.Screen(COLS, ROWS)
    stream = pyte.ByteStream(screen)
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLS, 0, 0))
    env = dict(os.environ, TERM="xterm-256color", COLUMNS=str(COLS), LINES=str(ROWS))
    env.pop("NO_COLOR", None)
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True)
    os.close(slave)
    found = None
    try:
        while time.perf_counter() - t0 < timeout:
            ready, _, _ = select.select([master], [], [], 0.02)
            if ready:
                try:
                    data = os.read(master, 65536)
                except OSError:
                    break
                stream.feed(data)
                if sum(any(m in line for m in marks) for line in screen.display) >= 3:
                    found = time.perf_counter() - t0
                    break
            elif p.poll() is not None:
                break
    finally:
        p.kill()
        p.wait()
        os.close(master)
    return found


def measure(db: Path, rounds: int = 3) -> dict:
    marks = markers(db)
    progs = {"kerben": [str(BIN / "kerben"), "browse", "--db", str(db)]}
    vd = shutil.which("vd", path=str(BIN)) or shutil.which("vd")
    if vd:
        progs["vd"] = [vd, str(db)]
    out: dict = {"db": str(db), "terminal": f"{COLS}x{ROWS}", "rounds": rounds}
    if not vd:
        out["note"] = "vd (visidata) is not installed: pip install -e '.[bench]'"
    for name, cmd in progs.items():
        times = [first_rows(cmd, marks[name]) for _ in range(rounds)]
        ok = [t for t in times if t is not None]
        out[name] = {"best_s": min(ok) if ok else None, "median_s": statistics.median(ok) if ok else None,
                     "runs_s": times}
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", type=Path, required=True)
    ap.add_argument("--rounds", type=int, default=3)
    a = ap.parse_args(argv)
    print(json.dumps(measure(a.db, a.rounds), indent=1))


if __name__ == "__main__":
    main()
