"""Launch to first rows: ``kerben browse`` beside VisiData (``vd``) on the same DB, in a pseudo-terminal.

Each program runs in a 100x30 pty; its output goes through a terminal emulator (pyte) and the
clock stops when the screen shows data rows: three lines holding values of the DB (event
dates and places for Kerben's Events pane, table names for VisiData's first sheet). Best and
median of ``--rounds`` runs, from process start; beside the wall clock, the CPU time the
process had used by then (``cpu_s``, from /proc), which other work on a shared machine
disturbs less.

Kerben's own modules are compiled to bytecode first, as ``pip install`` does for an installed
package (VisiData's are): an editable install run with ``PYTHONDONTWRITEBYTECODE`` would
otherwise compile them from source at every start.

``python -m benchmarks.launch --db PATH [--rounds 3]`` prints JSON (needs the ``bench`` extra).
"""
from __future__ import annotations

import argparse
import compileall
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
ROOT = Path(__file__).resolve().parents[1]


def compile_kerben() -> bool:
    """Write the bytecode of Kerben's modules (cli*.py, store/, tui/) where it is missing or stale."""
    ok = all(compileall.compile_file(f, quiet=1) for f in sorted(ROOT.glob("cli*.py")))
    return all([ok] + [compileall.compile_dir(ROOT / d, quiet=1) for d in ("store", "tui")])


def markers(db: Path) -> dict[str, set[str]]:
    """Strings that only data rows show: per program, values read from the DB."""
    c = sqlite3.connect(db)
    try:
        events = {str(v) for row in c.execute("SELECT date, place FROM events") for v in row if v}
        tables = {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%'")}
    finally:
        c.close()
    return {"kerben": {v for v in events if len(v) >= 4}, "vd": {t for t in tables if len(t) >= 6}}


def cpu_seconds(pid: int) -> float | None:
    """User and system CPU seconds process *pid* has used so far (None where /proc has no answer)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def first_rows(cmd: list[str], marks: set[str], timeout: float = 30.0) -> tuple[float, float | None] | None:
    """Seconds from process start until three screen lines show a marker, and the CPU seconds
    the process had used then (None: never)."""
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
                    found = time.perf_counter() - t0, cpu_seconds(p.pid)
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
    out: dict = {"db": str(db), "terminal": f"{COLS}x{ROWS}", "rounds": rounds, "bytecode": compile_kerben(),
                 "load": [os.getloadavg()[0]]}
    if not vd:
        out["note"] = "vd (visidata) is not installed: pip install -e '.[bench]'"
    for name, cmd in progs.items():
        runs = [first_rows(cmd, marks[name]) for _ in range(rounds)]
        ok = [r[0] for r in runs if r is not None]
        cpu = [r[1] for r in runs if r is not None and r[1] is not None]
        out[name] = {"best_s": min(ok) if ok else None, "median_s": statistics.median(ok) if ok else None,
                     "runs_s": [r and r[0] for r in runs], "cpu_best_s": min(cpu) if cpu else None,
                     "cpu_runs_s": [r and r[1] for r in runs]}
    out["load"].append(os.getloadavg()[0])
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", type=Path, required=True)
    ap.add_argument("--rounds", type=int, default=3)
    a = ap.parse_args(argv)
    print(json.dumps(measure(a.db, a.rounds), indent=1))


if __name__ == "__main__":
    main()
