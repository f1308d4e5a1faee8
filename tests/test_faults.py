"""Faults a user meets: killed imports, concurrent writers and readers, unusable DB files, hostile text.

Each test runs ``kerben`` as a real subprocess (``python -m cli``) on a small synthetic corpus
written into ``tmp_path`` by ``benchmarks.generate`` (invented documents), so a crash, a
traceback or a half-written document shows exactly as a user would see it.
"""
from __future__ import annotations

import hashlib
import os
import random
import re
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.generate import make_document  # noqa: E402

# KERBEN_TEST_CLI lets a patched entry point be tried against these tests (e.g. "python /tmp/patched.py").
CLI = os.environ.get("KERBEN_TEST_CLI", f"{sys.executable} -m cli").split()
ENV = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "NO_COLOR", "KERBEN_DB")}
ENV.update(COLUMNS="200", PYTHONDONTWRITEBYTECODE="1")


# ---------------------------------------------------------------- helpers

def write_corpus(d: Path, n: int, seed: int = 3) -> Path:
    d.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        doc = make_document(i, seed)
        (d / doc.name).write_text(doc.text, encoding="utf-8")
    return d


def kerben(*args, timeout: float = 120, env: dict | None = None, preexec_fn=None) -> subprocess.CompletedProcess:
    return subprocess.run([*CLI, *map(str, args)], cwd=ROOT, capture_output=True, text=True, timeout=timeout,
                          env=env or ENV, preexec_fn=preexec_fn)


def sha(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


def expected_paragraphs(corpus: Path) -> dict[str, int]:
    """sha256 of each file -> how many paragraphs the pipeline makes of it (no extraction)."""
    from store.ingest.pipeline import process_bytes

    out = {}
    for f in sorted(corpus.glob("*.txt")):
        data = f.read_bytes()
        out[hashlib.sha256(data).hexdigest()] = len(process_bytes(data, f.name, extract=False)["paragraphs"])
    return out


def check_consistent(db: Path, expected: dict[str, int]) -> int:
    """Integrity ok, FTS in step, every stored document whole; returns the number of documents."""
    c = sqlite3.connect(db)
    try:
        assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        tables = {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "documents" not in tables:  # killed before the first migration committed: an empty DB
            assert "paragraphs" not in tables
            return 0
        c.execute("INSERT INTO paragraphs_fts(paragraphs_fts) VALUES('integrity-check')")
        rows = c.execute("SELECT d.sha256, (SELECT count(*) FROM paragraphs p WHERE p.document_id = d.id) "
                         "FROM documents d").fetchall()
        for digest, n in rows:
            assert digest in expected, "a document that is not in the corpus"
            assert n == expected[digest], f"half-written document: {n} of {expected[digest]} paragraphs"
        orphans = c.execute("SELECT count(*) FROM paragraphs WHERE document_id NOT IN (SELECT id FROM documents)")
        assert orphans.fetchone()[0] == 0
        fts = c.execute("SELECT count(*) FROM paragraphs_fts").fetchone()[0]
        assert fts == c.execute("SELECT count(*) FROM paragraphs").fetchone()[0]
        return len(rows)
    finally:
        c.close()


def one_clear_sentence(r: subprocess.CompletedProcess) -> str:
    """A failed command: non-zero exit, no traceback, one short line on stderr."""
    assert r.returncode != 0, r.stdout
    assert "Traceback" not in r.stderr and "Traceback" not in r.stdout, r.stderr
    lines = [x for x in r.stderr.splitlines() if x.strip()]
    assert len(lines) == 1, r.stderr
    assert lines[0].startswith("Error: ") and lines[0].rstrip().endswith("."), lines[0]
    assert len(lines[0]) < 300
    return lines[0]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("corpus"), 40)


@pytest.fixture(scope="module")
def expected(corpus) -> dict[str, int]:
    return expected_paragraphs(corpus)


# ---------------------------------------------------------------- kill -9

def test_kill_9_at_random_points_never_half_writes(tmp_path, corpus, expected):
    db = tmp_path / "k.db"
    t0 = time.perf_counter()
    r = kerben("import", corpus, "--db", db, "--no-extract", "--jobs", "1", "--json")
    full = time.perf_counter() - t0
    assert r.returncode == 0, r.stderr
    assert check_consistent(db, expected) == len(expected)
    rng = random.Random(7)
    killed_mid_import = 0
    for i in range(22):
        if i % 4 == 0 or check_consistent(db, expected) == len(expected):
            for suffix in ("", "-wal", "-shm"):
                Path(f"{db}{suffix}").unlink(missing_ok=True)
        jobs = "2" if i % 3 == 2 else "1"
        p = subprocess.Popen([*CLI, "import", str(corpus), "--db", str(db), "--no-extract", "--jobs", jobs],
                             cwd=ROOT, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                             start_new_session=True)
        # a point in the first 80% of an import's time: a re-import over a kept store skips what is stored,
        # so it can run shorter than the first full one
        time.sleep(rng.uniform(0.05, full * 0.8))
        if p.poll() is None:
            killed_mid_import += 1
        try:
            os.killpg(p.pid, signal.SIGKILL)  # the import and its workers, like an OOM kill or a power cut
        except ProcessLookupError:
            pass
        p.wait()
        if db.exists():
            check_consistent(db, expected)
    assert killed_mid_import >= 15
    r = kerben("import", corpus, "--db", db, "--no-extract", "--json")
    assert r.returncode == 0, r.stderr
    assert check_consistent(db, expected) == len(expected)


# ---------------------------------------------------------------- concurrency

def test_reader_open_while_import_writes(tmp_path, corpus, expected):
    db = tmp_path / "r.db"
    first = write_corpus(tmp_path / "first", 2, seed=11)
    assert kerben("import", first, "--db", db, "--no-extract").returncode == 0
    from store import corpus as store_corpus
    from store.db import open_db

    reader = open_db(db, readonly=True)
    before = store_corpus.count_documents(reader)
    p = subprocess.Popen([*CLI, "import", str(corpus), "--db", str(db), "--no-extract", "--jobs", "1"],
                         cwd=ROOT, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    seen = [before]
    while p.poll() is None:
        seen.append(store_corpus.count_documents(reader))
        store_corpus.search(reader, "мигрант", limit=5)
        time.sleep(0.02)
    out, err = p.communicate()
    assert p.returncode == 0, err
    seen.append(store_corpus.count_documents(reader))
    assert seen == sorted(seen), "a reader saw documents disappear"
    assert seen[-1] == before + len(expected)
    assert len(set(seen)) > 2, "the reader never saw the import's rows arrive while it ran"
    assert store_corpus.search(reader, "мигрант", limit=5)
    reader.close()


def _both(cmds: list[list[str]]) -> list[subprocess.CompletedProcess]:
    procs = [subprocess.Popen([*CLI, *c], cwd=ROOT, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True) for c in cmds]
    res = []
    for p, c in zip(procs, cmds):
        out, err = p.communicate(timeout=180)
        res.append(subprocess.CompletedProcess(c, p.returncode, out, err))
    return res


def _waited_or_finished(r: subprocess.CompletedProcess) -> bool:
    if r.returncode == 0:
        return True
    line = one_clear_sentence(r)
    return "locked" in line or "busy" in line


def test_two_imports_of_different_files_at_once(tmp_path, corpus, expected):
    db = tmp_path / "two.db"
    other = write_corpus(tmp_path / "other", 30, seed=5)
    exp = {**expected, **expected_paragraphs(other)}
    runs = _both([["import", str(corpus), "--db", str(db), "--no-extract", "--jobs", "1"],
                  ["import", str(other), "--db", str(db), "--no-extract", "--jobs", "1"]])
    for r in runs:
        assert _waited_or_finished(r), r.stderr
    for r, src in zip(runs, (corpus, other)):
        if r.returncode:
            assert kerben("import", src, "--db", db, "--no-extract").returncode == 0
    assert check_consistent(db, exp) == len(exp)


def test_two_imports_of_the_same_files_at_once(tmp_path, corpus, expected):
    """Both see a file as new, both process it: the second write must not fail the import."""
    db = tmp_path / "same.db"
    assert kerben("import", write_corpus(tmp_path / "seed", 1, seed=9), "--db", db, "--no-extract").returncode == 0
    runs = _both([["import", str(corpus), "--db", str(db), "--no-extract", "--jobs", "1", "--json"]] * 2)
    for r in runs:
        assert r.returncode == 0, r.stderr
    n = check_consistent(db, {**expected, **expected_paragraphs(tmp_path / "seed")})
    assert n == len(expected) + 1


def test_two_imports_creating_a_new_db_at_once(tmp_path, corpus, expected):
    db = tmp_path / "new.db"
    small = write_corpus(tmp_path / "small", 4, seed=13)
    runs = _both([["import", str(small), "--db", str(db), "--no-extract", "--jobs", "1"]] * 2)
    for r in runs:
        assert r.returncode == 0, r.stderr
    assert check_consistent(db, expected_paragraphs(small)) == 4


# ---------------------------------------------------------------- unusable DB files

@pytest.fixture
def small_db(tmp_path) -> tuple[Path, Path]:
    docs = write_corpus(tmp_path / "docs", 3, seed=21)
    db = tmp_path / "s.db"
    assert kerben("import", docs, "--db", db, "--no-extract").returncode == 0
    with sqlite3.connect(db) as c:
        c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return db, docs


def _make_readonly(p: Path):
    """chmod 444; as root (who may write anyway) the immutable attribute instead."""
    if os.geteuid() != 0:
        p.chmod(0o444)
        return lambda: p.chmod(0o644)
    if not shutil.which("chattr") or subprocess.run(["chattr", "+i", str(p)], capture_output=True).returncode:
        pytest.skip("running as root without chattr +i: a read-only file cannot be simulated")
    return lambda: subprocess.run(["chattr", "-i", str(p)], check=False)


def test_readonly_db(tmp_path, small_db):
    db, docs = small_db
    more = write_corpus(tmp_path / "more", 3, seed=22)
    before = sha(db)
    undo = _make_readonly(db)
    try:
        line = one_clear_sentence(kerben("import", more, "--db", db, "--no-extract"))
        assert "read-only" in line
        r = kerben("search", "мигрант", "--db", db, "--json")  # reading still works
        assert r.returncode in (0, 1) and "Traceback" not in r.stderr, r.stderr
    finally:
        undo()
    assert sha(db) == before


@pytest.mark.parametrize("args", [[], ["browse"]])
def test_browser_without_a_terminal_exits_2_and_creates_no_database(tmp_path, args):
    target = tmp_path / "new.db"
    env = dict(ENV, KERBEN_DB=str(target))
    r = subprocess.run([*CLI, *args], cwd=ROOT, stdin=subprocess.DEVNULL, capture_output=True, text=True,
                       timeout=10, env=env)  # the old code spun in the pipe until killed
    assert r.returncode == 2
    line = one_clear_sentence(r)
    assert "terminal" in line and "kerben --help" in line
    assert r.stdout == ""  # no escape codes in the pipe
    assert not target.exists()


def test_bare_kerben_in_a_terminal_does_not_create_a_database(tmp_path):
    target = tmp_path / "new.db"
    code, screen = _in_terminal([*CLI, "--db", str(target)], keys=b"")
    assert code == 2 and "No database at" in screen
    assert not target.exists()


def _in_terminal(cmd: list[str], keys: bytes, *, until: str | None = None, timeout: float = 30) -> tuple[int, str]:
    """Run *cmd* on a pseudo-terminal of 100x30; once *until* shows (or at once), type *keys*.

    Returns the exit code and what was written, escape sequences removed.
    """
    import fcntl
    import pty
    import select
    import struct
    import termios

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    p = subprocess.Popen(cmd, cwd=ROOT, stdin=slave, stdout=slave, stderr=slave, close_fds=True,
                         env=dict(ENV, TERM="xterm-256color"), start_new_session=True)
    os.close(slave)
    raw, sent, deadline = b"", until is None, time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            if not sent and until in re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", raw.decode("utf-8", "replace")):
                os.write(master, keys)
                sent = True
            if sent and p.poll() is not None:
                break
            if select.select([master], [], [], 0.1)[0]:
                try:
                    raw += os.read(master, 65536)
                except OSError:  # the child closed its side
                    if p.poll() is not None:
                        break
        code = p.wait(timeout=max(1.0, deadline - time.monotonic()))
    finally:
        if p.poll() is None:
            os.killpg(p.pid, signal.SIGKILL)
        os.close(master)
    return code, re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", raw.decode("utf-8", "replace"))


def test_readonly_db_browses(small_db):
    db, _docs = small_db
    before = sha(db)
    undo = _make_readonly(db)
    try:
        # the browser opens on the events, says the database is read-only, and quits on q
        code, screen = _in_terminal([*CLI, "browse", "--db", str(db)], keys=b"q", until="Read-only")
    finally:
        undo()
    assert code == 0, screen[-2000:]
    assert "Documents" in screen
    assert sha(db) == before


def test_db_in_missing_directory(tmp_path, small_db):
    _db, docs = small_db
    target = tmp_path / "nowhere" / "deeper" / "k.db"
    line = one_clear_sentence(kerben("import", docs, "--db", target, "--no-extract"))
    assert "does not exist" in line or "directory" in line
    assert not target.parent.exists()
    for cmd in (["search", "x"], ["stats"]):
        one_clear_sentence(kerben(*cmd, "--db", target))
    assert not target.parent.exists()


def _fsize_limit(n_bytes: int):
    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG instead
        resource.setrlimit(resource.RLIMIT_FSIZE, (n_bytes, n_bytes))
    return apply


def test_full_disk_before_anything_fits(tmp_path, small_db):
    db, _docs = small_db
    more = write_corpus(tmp_path / "more", 6, seed=23)
    before = sha(db)
    r = kerben("import", more, "--db", db, "--no-extract", "--jobs", "1", preexec_fn=_fsize_limit(12 * 1024))
    line = one_clear_sentence(r)
    assert "full" in line or "disk" in line
    assert sha(db) == before
    assert check_consistent(db, expected_paragraphs(_docs)) == 3


def test_full_disk_midway_keeps_whole_documents(tmp_path, small_db):
    db, docs = small_db
    more = write_corpus(tmp_path / "more", 40, seed=24)
    r = kerben("import", more, "--db", db, "--no-extract", "--jobs", "1",
               preexec_fn=_fsize_limit(db.stat().st_size + 400_000))
    line = one_clear_sentence(r)
    assert "full" in line or "disk" in line
    exp = {**expected_paragraphs(docs), **expected_paragraphs(more)}
    n = check_consistent(db, exp)
    assert 3 <= n < 43
    assert kerben("import", more, "--db", db, "--no-extract").returncode == 0
    assert check_consistent(db, exp) == 43


@pytest.mark.parametrize("kind", ["random", "truncated"])
def test_corrupt_db(tmp_path, small_db, kind):
    db, docs = small_db
    rng = random.Random(5)
    if kind == "random":
        db.write_bytes(bytes(rng.randrange(256) for _ in range(16384)))
    else:
        data = db.read_bytes()
        db.write_bytes(data[:4096] + bytes(rng.randrange(256) for _ in range(len(data) - 4096)))
    before = sha(db)
    cmds = [["import", str(docs), "--no-extract"], ["search", "мигрант"], ["docs"]]
    for cmd in cmds if kind == "random" else cmds[:2]:
        line = one_clear_sentence(kerben(*cmd, "--db", db))
        assert "corrupt" in line or "not a Kerben database" in line, (cmd, line)
        assert sha(db) == before, cmd


def test_db_path_is_a_directory(tmp_path, small_db):
    _db, docs = small_db
    (tmp_path / "dir.db").mkdir()
    line = one_clear_sentence(kerben("import", docs, "--db", tmp_path / "dir.db", "--no-extract"))
    assert "directory" in line


# ---------------------------------------------------------------- hostile text

HOSTILE = ("Отчёт о тренинге в Оше\n\n"
           "В тренинге приняли участие мигранты из Баткена. Красный \x1b[31mRED текст и \x1b]0;pwned\x07 заголовок.\n\n"
           "Разметка [bold red]x[/] и ссылка [link=http://x]y[/link] остаются текстом, как и \x9b31mCSI.\n\n"
           "Организаторы тренинга напомнили мигрантам о горячей линии для пострадавших.\n")
_SGR = re.compile(r"\x1b\[[0-9;]*m")


EVIL = "[blink]evil[reverse].txt"


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("hostile")
    (d / "docs").mkdir()
    (d / "docs" / EVIL).write_text(HOSTILE, encoding="utf-8")
    r = kerben("import", d / "docs", "--db", d / "h.db", "--no-extract")
    assert r.returncode == 0, r.stderr
    return d / "h.db"


@pytest.mark.parametrize("cmd", [["show", EVIL], ["search", "разметка"], ["search", "RED"], ["docs"],
                                 ["show", EVIL, "--json"]])
def test_document_text_never_drives_the_terminal(hostile_db, cmd):
    env = dict(ENV, FORCE_COLOR="1", TERM="xterm-256color")  # Rich styles as on a real terminal
    r = kerben(*cmd, "--db", hostile_db, env=env)
    assert r.returncode == 0, r.stderr
    out = r.stdout
    for bad in ("\x1b[31mRED", "\x1b]", "\x07", "\x9b"):
        assert bad not in out, (bad, out)
    plain = _SGR.sub("", out)
    assert "\x1b" not in plain, "an escape sequence other than Rich's own colours"
    if "--json" in cmd:
        import json

        text = "\n".join(p["text"] for p in json.loads(out)["paragraphs"])
        assert "[bold red]x[/]" in text and "[link=http://x]y[/link]" in text
        assert "\x1b" not in text
        return
    assert "[blink]evil[reverse]" in plain
    if cmd[0] == "show" or cmd == ["search", "разметка"]:
        assert "[bold red]x[/]" in plain and "[link=http://x]y[/link]" in plain
