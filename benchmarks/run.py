"""The measurements behind ``benchmarks/RESULTS.md``, each beside its baseline from the same run.

Every figure comes from a subprocess (``kerben``, ``rg``, ``sqlite-utils``) timed by wall clock,
with the peak RSS of its whole process tree sampled from ``/proc``; warm search runs in this
process on ``corpus.search``. Nothing here is a test: ``python -m benchmarks`` drives it.
"""
from __future__ import annotations

import datetime as _dt
import json
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
KERBEN = str(BIN / "kerben")
SQLITE_UTILS = str(BIN / "sqlite-utils")
WORK = Path(__file__).resolve().parent / "data"

# Queries in the corpus's languages: common words, names, a folded plain-keyboard spelling,
# two-word queries, a rare word and one with no hit.
QUERIES = ["мигрант", "торговле людьми", "Бишкек", "Абдыкадыров", "горячей линии", "insan alveri",
           "tehlukesiz", "odam savdosi", "жумушка", "көші-қон", "hotline", "Ostrowski", "каржылык колдоо",
           "zzyzxq"]


# ---------------------------------------------------------------- running and sampling

@dataclass
class Run:
    wall: float
    rc: int
    out: str
    err: str
    peak_tree_mb: float = 0.0   # sum of RSS over the process and its children, sampled every 250 ms
    peak_one_mb: float = 0.0    # largest single process (kernel ru_maxrss)
    cpu_s: float = 0.0          # user + system CPU of the process and the children it waited for


def _rss_tree_kb(root: int) -> int:
    """Sum of VmRSS (kB) of *root* and all its descendants."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for d in os.listdir("/proc"):
        if not d.isdigit() or int(d) < root:  # descendants have later pids (no wrap-around in a run)
            continue
        try:
            with open(f"/proc/{d}/stat") as fh:
                stat = fh.read()
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            children.setdefault(ppid, []).append(int(d))
            with open(f"/proc/{d}/statm") as fh:
                rss[int(d)] = int(fh.read().split()[1]) * (os.sysconf("SC_PAGE_SIZE") // 1024)
        except (OSError, ValueError, IndexError):
            continue
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += rss.get(pid, 0)
        todo.extend(children.get(pid, []))
    return total


def run(cmd: list[str], *, timeout: float = 7200, env: dict | None = None, sample: bool = True,
        stdout_to_null: bool = False) -> Run:
    """Run *cmd*, return wall time, exit code, output and peak memory."""
    import tempfile

    out_f = tempfile.TemporaryFile() if not stdout_to_null else subprocess.DEVNULL
    err_f = tempfile.TemporaryFile()
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=out_f, stderr=err_f, env=env, cwd=ROOT)
    peak = [0]
    stop = threading.Event()

    def sampler() -> None:
        while not stop.is_set():
            peak[0] = max(peak[0], _rss_tree_kb(p.pid))
            stop.wait(0.25)

    th = threading.Thread(target=sampler, daemon=True)
    if sample:
        th.start()
    killer = threading.Timer(timeout, p.kill)  # a blocking wait costs no CPU, unlike polling
    killer.start()
    _pid, status, usage = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    killer.cancel()
    p.returncode = os.waitstatus_to_exitcode(status)
    stop.set()
    if sample:
        th.join()

    def text(f) -> str:
        if f is subprocess.DEVNULL:
            return ""
        f.seek(0)
        return f.read().decode("utf-8", "replace")

    return Run(wall, p.returncode, text(out_f), text(err_f), peak[0] / 1024, usage.ru_maxrss / 1024,
               usage.ru_utime + usage.ru_stime)


def pct(xs: list[float], q: float) -> float:
    """The *q*-th percentile (nearest rank) of *xs*."""
    s = sorted(xs)
    k = max(0, min(len(s) - 1, int(round(q / 100 * len(s) + 0.5)) - 1))
    return s[k]


def fresh_db(name: str) -> Path:
    p = WORK / "db" / f"{name}.db"
    p.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(str(p) + suffix).unlink(missing_ok=True)
    return p


def db_bytes(p: Path) -> int:
    """Size of the DB once its WAL is checkpointed into the main file."""
    with sqlite3.connect(p) as c:
        c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return sum(Path(str(p) + s).stat().st_size for s in ("", "-wal") if Path(str(p) + s).exists())


def corpus_bytes(d: Path) -> int:
    return sum(f.stat().st_size for f in d.rglob("*.txt"))


# ---------------------------------------------------------------- measurements

def machine() -> dict:
    """CPU, cores, RAM, OS, Python, SQLite and tool versions, date."""
    cpu = "?"
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = "?"
    try:
        for line in open("/proc/meminfo"):
            if line.startswith("MemTotal"):
                mem = f"{int(line.split()[1]) / 1024 / 1024:.1f} GB"
    except OSError:
        pass

    def version(cmd: list[str]) -> str:
        try:
            return subprocess.run(cmd, capture_output=True, text=True, timeout=20).stdout.splitlines()[0].strip()
        except (OSError, IndexError, subprocess.SubprocessError):
            return "not installed"

    commit = version(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"])
    return {
        "date": _dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "cpu": cpu, "cores": os.cpu_count(), "usable_cores": len(os.sched_getaffinity(0)), "ram": mem,
        "os": f"{platform.system()} {platform.release()}", "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version, "ripgrep": version(["rg", "--version"]),
        "sqlite_utils": version([SQLITE_UTILS, "--version"]), "commit": commit,
        "disk": _disk_of(WORK),
    }


def _disk_of(p: Path) -> str:
    try:
        st = shutil.disk_usage(p if p.exists() else p.parent)
        return f"{st.free / 1e9:.0f} GB free"
    except OSError:
        return "?"


def ensure_ripgrep() -> tuple[bool, str]:
    """``rg`` on PATH, installing Debian's package when missing and we are root."""
    if shutil.which("rg"):
        return True, "present"
    if os.geteuid() == 0 and shutil.which("apt-get"):
        r = subprocess.run(["apt-get", "install", "-y", "ripgrep"], capture_output=True, text=True)
        if shutil.which("rg"):
            return True, "installed now with apt-get install -y ripgrep"
        return False, f"apt-get could not install ripgrep: {r.stderr.strip()[-200:]}"
    return False, "rg is missing (apt-get install ripgrep)"


def kerben_import(corpus: Path, db: Path, *, jobs: int, extract: bool, timeout: float = 7200) -> dict:
    """One ``kerben import`` into a fresh DB: docs/s, peak RSS, DB size per document."""
    cmd = [KERBEN, "import", str(corpus), "--db", str(db), "--jobs", str(jobs), "--json"]
    if not extract:
        cmd.append("--no-extract")
    r = run(cmd, timeout=timeout)
    try:
        summary = json.loads(r.out)
        added, failed = summary["added"], summary["failed"]
    except (ValueError, KeyError):
        added, failed = 0, -1
    n = added + max(failed, 0)
    size = db_bytes(db) if db.exists() else 0
    return {"jobs": jobs, "extract": extract, "docs": n, "added": added, "failed": failed, "wall_s": r.wall,
            "cpu_s": r.cpu_s,
            "docs_per_s": n / r.wall if r.wall else 0, "peak_rss_tree_mb": r.peak_tree_mb,
            "peak_rss_one_mb": r.peak_one_mb, "db_bytes": size, "db_kb_per_doc": size / 1024 / max(n, 1),
            "rc": r.rc, "stderr_tail": r.err.strip()[-300:] if r.rc else ""}


def sqlite_utils_baseline(corpus: Path, n: int) -> dict:
    """``sqlite-utils insert-files --text`` of the raw files, then the same plus an FTS5 index."""
    db = fresh_db(f"baseline-{n}")
    r = run([SQLITE_UTILS, "insert-files", str(db), "docs", str(corpus), "--text", "-s"])
    wall_insert = r.wall
    r2 = run([SQLITE_UTILS, "enable-fts", str(db), "docs", "content", "--fts5", "--tokenize",
              "unicode61 remove_diacritics 2"])
    return {"docs": n, "insert_s": wall_insert, "insert_docs_per_s": n / wall_insert,
            "insert_fts_s": wall_insert + r2.wall, "insert_fts_docs_per_s": n / (wall_insert + r2.wall),
            "peak_rss_mb": r.peak_tree_mb, "db_kb_per_doc": db_bytes(db) / 1024 / n, "rc": r.rc or r2.rc}


def natasha_baseline(db: Path, n_docs: int) -> dict:
    """natasha alone (segment + NER + morph) over the Russian paragraphs the import stored, in a subprocess."""
    r = run([sys.executable, "-m", "benchmarks.run", "natasha", str(db)], timeout=3600)
    try:
        data = json.loads(r.out)
    except ValueError:
        return {"error": r.err.strip()[-300:]}
    data["docs"] = n_docs
    data["docs_per_s_ner"] = n_docs / data["ner_s"] if data["ner_s"] else 0
    data["docs_per_s_ner_morph"] = n_docs / data["ner_morph_s"] if data["ner_morph_s"] else 0
    data["docs_per_s_with_load"] = n_docs / (data["load_s"] + data["ner_morph_s"])
    data["peak_rss_mb"] = r.peak_tree_mb
    return data


def _natasha_main(db_path: str) -> None:
    from natasha import Doc, NewsEmbedding, NewsMorphTagger, NewsNERTagger, Segmenter

    with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True) as c:
        paras = [r[0] for r in c.execute("SELECT text FROM paragraphs WHERE lang = 'ru'")]
    t0 = time.perf_counter()
    seg = Segmenter()
    emb = NewsEmbedding()
    ner, morph = NewsNERTagger(emb), NewsMorphTagger(emb)
    load = time.perf_counter() - t0
    t0 = time.perf_counter()
    for text in paras:
        d = Doc(text)
        d.segment(seg)
        d.tag_ner(ner)
    ner_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    for text in paras:
        d = Doc(text)
        d.segment(seg)
        d.tag_ner(ner)
        d.tag_morph(morph)
    ner_morph_s = time.perf_counter() - t0
    print(json.dumps({"paragraphs": len(paras), "chars": sum(map(len, paras)), "load_s": load, "ner_s": ner_s,
                      "ner_morph_s": ner_morph_s}))


def search_warm(db: Path, queries: list[str], repeat: int = 20) -> dict:
    """In-process ``corpus.search`` (limit 20) on an open read-only connection; one warm-up per query."""
    from store import corpus
    from store.db import open_db
    from store.errors import QueryError

    dbh = open_db(db, readonly=True)
    times: list[float] = []
    hits: dict[str, int] = {}
    for q in queries:
        try:
            hits[q] = len(corpus.search(dbh, q, limit=20))
        except QueryError:
            continue
        for _ in range(repeat):
            t0 = time.perf_counter()
            corpus.search(dbh, q, limit=20)
            times.append(time.perf_counter() - t0)
    dbh.conn.close()
    per_query = {}
    return {"n": len(times), "p50_ms": pct(times, 50) * 1000, "p95_ms": pct(times, 95) * 1000,
            "max_ms": max(times) * 1000, "hits": hits, **per_query}


def search_cold(db: Path, queries: list[str], rounds: int = 2) -> dict:
    """``kerben search Q --db DB --json`` as a new process each time (what a script pays)."""
    times = []
    for _ in range(rounds):
        for q in queries:
            r = run([KERBEN, "search", q, "--db", str(db), "--json", "--limit", "20"], sample=False,
                    stdout_to_null=True)
            times.append(r.wall)
    return {"n": len(times), "p50_ms": pct(times, 50) * 1000, "p95_ms": pct(times, 95) * 1000}


def python_startup(rounds: int = 5) -> dict:
    """Floor for any cold command: ``python -c pass`` and ``kerben --version``."""
    bare = [run([sys.executable, "-c", "pass"], sample=False).wall for _ in range(rounds)]
    ver = [run([KERBEN, "--version"], sample=False).wall for _ in range(rounds)]
    return {"python_ms": statistics.median(bare) * 1000, "kerben_version_ms": statistics.median(ver) * 1000}


def ripgrep(corpus: Path, queries: list[str], rounds: int = 2) -> dict:
    """``rg -i -F -l WORD DIR`` (files holding the query's longest word), page cache warm."""
    times = []
    run(["rg", "-i", "-F", "-l", "мигрант", str(corpus)], sample=False, stdout_to_null=True)  # warm the cache
    for _ in range(rounds):
        for q in queries:
            word = max(q.split(), key=len)
            r = run(["rg", "-i", "-F", "-l", word, str(corpus)], sample=False, stdout_to_null=True)
            times.append(r.wall)
    return {"n": len(times), "p50_ms": pct(times, 50) * 1000, "p95_ms": pct(times, 95) * 1000}


def cold_import_profile(db: Path, top: int = 12) -> list[tuple[str, float]]:
    """The top-level modules that ``kerben search Q --db DB --json`` imports, slowest first (``-X importtime``, ms)."""
    env = dict(os.environ, PYTHONPROFILEIMPORTTIME="1")
    r = subprocess.run([KERBEN, "search", "мигрант", "--db", str(db), "--json"], capture_output=True,
                       text=True, env=env, cwd=ROOT)
    rows = []
    for line in r.stderr.splitlines():
        parts = line.split("|")
        if not line.startswith("import time:") or len(parts) != 3 or "cumulative" in line:
            continue
        name = parts[2].rstrip()
        if len(name) - len(name.lstrip()) != 1:  # nested import: counted in its parent
            continue
        try:
            rows.append((name.strip(), int(parts[1]) / 1000))
        except ValueError:
            continue
    rows.sort(key=lambda x: -x[1])
    return rows[:top]


def profile(cmd: list[str], out: Path) -> str:
    """A flat pyinstrument profile (self time) of *cmd*, top lines; empty when pyinstrument is absent."""
    try:
        import pyinstrument  # noqa: F401
    except ImportError:
        return ""
    r = run([sys.executable, "-m", "pyinstrument", "-r", "text", "-p", "flat=true", "-p", "flat_time=self",
             "-o", str(out), *cmd], sample=False, stdout_to_null=True, timeout=3600)
    if not out.exists():
        return r.err[-300:]
    lines = [x.rstrip() for x in out.read_text().splitlines() if x.strip()]
    body = [x for x in lines if x[:1].isdigit()]
    head = [x for x in lines if "Duration" in x or "Program:" in x]
    return "\n".join(head + body[:22])


if __name__ == "__main__" and len(sys.argv) >= 3 and sys.argv[1] == "natasha":
    _natasha_main(sys.argv[2])
