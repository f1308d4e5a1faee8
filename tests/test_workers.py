"""Worker processes live and die with their import: no orphans after a kill, no hang when one dies.

The subprocess tests run ``kerben import`` (``python -m cli``) with 2 jobs on invented documents
from ``benchmarks.generate`` and look at the import's child processes in ``/proc`` (Linux).
"""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from store import workers

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.generate import make_document  # noqa: E402

ENV = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "NO_COLOR", "KERBEN_DB")}
linux_only = pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="reads child processes from /proc")


def poisoned(item: str) -> str:
    """Work that kills its own worker process on the item ``"poison"`` (a file that crashes a worker)."""
    if item == "poison":
        os.kill(os.getpid(), signal.SIGKILL)
    return item.upper()


def test_a_file_that_kills_its_worker_costs_only_itself():
    items = [f"f{i}" for i in range(30)]
    items.insert(13, "poison")
    results = list(workers.process_all(iter(items), 2, poisoned, lambda item: f"lost {item}"))
    assert sorted(results) == sorted([i.upper() for i in items if i != "poison"] + ["lost poison"])


def test_results_keep_file_order_when_no_worker_dies():
    items = [f"f{i}" for i in range(50)]
    assert list(workers.process_all(iter(items), 2, poisoned, str)) == [i.upper() for i in items]


def where(item: int) -> tuple[int, int]:
    """Work that takes a moment and says which process did it."""
    time.sleep(0.01)
    return item, os.getpid()


def test_copies_next_to_each_other_go_to_one_worker():
    """A report republished by several sites, its copies next to each other in the input, is processed
    by one worker (whose caches then serve the copies), even where a task of CHUNK files would end
    among the copies; results keep their order."""
    items = list(range(30))
    results = list(workers.process_all(iter(items), 2, where, str, related=lambda a, b: a // 3 == b // 3))
    assert [item for item, _ in results] == items
    workers_of: dict[int, set[int]] = {}
    for item, pid in results:
        workers_of.setdefault(item // 3, set()).add(pid)
    assert all(len(pids) == 1 for pids in workers_of.values())


def started(item: tuple[str, int]) -> tuple[str, float]:
    """Work that takes a moment and says when it started."""
    t = time.monotonic()
    time.sleep(0.02)
    return item[0], t


def test_a_heavy_file_read_ahead_is_started_before_lighter_ones_before_it():
    """A big file late in the input (a long page, a costly report) goes to the first free worker
    instead of waiting its turn, so it does not end the import alone; results keep their order."""
    items = [(f"f{i}", 50_000 if i == 17 else 1_000) for i in range(30)]
    results = list(workers.process_all(iter(items), 2, started, str, weight=lambda item: item[1]))
    assert [name for name, _ in results] == [name for name, _ in items]
    start = dict(results)
    assert start["f17"] < min(start[f"f{i}"] for i in range(12, 16))  # the chunk before its own waited


def test_a_heavy_file_far_down_a_small_input_starts_among_the_first():
    """An input of a few hundred files is read ahead whole, so its costliest file starts among the
    first tasks instead of in the last stretch, where it would end the import alone."""
    items = [(f"f{i}", 50_000 if i == 100 else 1_000) for i in range(120)]
    results = list(workers.process_all(iter(items), 2, started, str, weight=lambda item: item[1]))
    assert [name for name, _ in results] == [name for name, _ in items]
    start = dict(results)
    assert start["f100"] < min(start[f"f{i}"] for i in range(12, 16))


# ---------------------------------------------------------------- real imports, real signals

@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("corpus")
    for i in range(60):
        doc = make_document(i, 11)
        (d / doc.name).write_text(doc.text, encoding="utf-8")
    return d


def children(pid: int) -> list[int]:
    out = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            out += [int(x) for x in (task / "children").read_text().split()]
        except OSError:
            pass
    return out


def alive(pid: int) -> bool:
    """Running (a zombie waiting for its reaper has exited: it holds no memory)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def start_import(corpus: Path, db: Path) -> tuple[subprocess.Popen, list[int]]:
    """An import with 2 workers, returned once both workers are running."""
    p = subprocess.Popen([sys.executable, "-m", "cli", "import", str(corpus), "--db", str(db), "--jobs", "2",
                          "--json"], cwd=ROOT, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while len(kids := children(p.pid)) < 2:
        assert p.poll() is None, p.stderr.read()
        assert time.monotonic() < deadline, "the import started no workers"
        time.sleep(0.05)
    return p, kids


@linux_only
def test_killed_import_leaves_no_worker_behind(tmp_path, corpus):
    p, kids = start_import(corpus, tmp_path / "k.db")
    time.sleep(0.5)
    p.kill()
    p.communicate()
    time.sleep(3)
    assert [k for k in kids if alive(k)] == []


@linux_only
def test_worker_killed_mid_import_costs_only_its_files(tmp_path, corpus):
    db = tmp_path / "k.db"
    p, kids = start_import(corpus, db)
    time.sleep(1.0)
    assert p.poll() is None, "the import ended before a worker could be killed"
    os.kill(kids[0], signal.SIGKILL)
    out, err = p.communicate(timeout=180)  # the old pool hung here
    assert "Traceback" not in err, err
    summary = json.loads(out)
    failed = {f["source"] for f in summary["files"] if f["status"] == "failed"}
    assert all("worker process died" in f["reason"] for f in summary["files"] if f["status"] == "failed")
    stored = {r[0] for r in sqlite3.connect(db).execute("SELECT source FROM documents")}
    assert stored | failed == {f.name for f in corpus.iterdir()}
    assert len(stored) >= 60 - 3 * 2 * workers.CHUNK  # at most the 3 tasks in the workers' hands, 2 * CHUNK files each


_LOADED = {"models": False}


def _load_models() -> None:
    _LOADED["models"] = True


def _report_models(data: bytes, name: str, **kw) -> dict:
    """Processing that reports whether its worker process holds the models (as a failure reason)."""
    from store.errors import IngestError

    raise IngestError(f"models loaded: {_LOADED['models']}")


def test_workers_inherit_the_models_loaded_once_before_they_start(tmp_path, monkeypatch):
    """With several workers the models are loaded once, in the importing process, before the
    workers are forked, so each worker starts with them instead of loading its own copy."""
    from store import importer
    from store.db import open_db

    for i in range(6):
        (tmp_path / f"r{i}.txt").write_text(f"Отчёт номер {i} о семинаре для мигрантов.", encoding="utf-8")
    monkeypatch.setattr(importer, "warm", _load_models)
    monkeypatch.setattr(importer, "process_bytes", _report_models)
    summary = importer.import_paths(open_db(tmp_path / "k.db"), [str(tmp_path)], jobs=2)
    assert [o.reason for o in summary.outcomes] == ["models loaded: True"] * 6
    assert _LOADED["models"]
