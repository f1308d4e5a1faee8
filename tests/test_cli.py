"""Every CLI command, and every error a user can cause: one sentence, non-zero exit, no traceback."""
import json
import sqlite3

import pytest

from cli import app

RU = ("В Ташкенте прошёл семинар по защите прав трудовых мигрантов.\n\n"
      "«Мы продолжим работу с партнёрами», — сказал организатор семинара.\n")
KY = "Бишкек шаарында Өкмөттүн өкүлдөрү жана жарандык коомдун 30 мүчөсү миграция маселесин талкуулашты.\n"


@pytest.fixture
def corpus_dir(tmp_path):
    d = tmp_path / "docs"
    d.mkdir()
    (d / "ru.txt").write_text(RU, encoding="utf-8")
    (d / "ky.md").write_text("## " + KY, encoding="utf-8")
    return d


@pytest.fixture
def imported(runner, corpus_dir, db_path):
    r = runner.invoke(app, ["import", str(corpus_dir), "--db", str(db_path), "--no-extract"])
    assert r.exit_code == 0, r.output
    return db_path


def ok(r):
    assert r.exit_code == 0, r.output
    assert "Traceback" not in r.output
    return r.output


def one_sentence_error(r, code=None, contains=""):
    assert r.exit_code != 0
    if code is not None:
        assert r.exit_code == code
    assert "Traceback" not in r.output
    assert r.exception is None or isinstance(r.exception, SystemExit)
    assert contains in r.output
    return r.output


def test_version(runner):
    assert "kerben" in ok(runner.invoke(app, ["--version"]))


def test_import_json_summary_and_idempotency(runner, corpus_dir, db_path):
    r = runner.invoke(app, ["import", str(corpus_dir), "--db", str(db_path), "--json", "--no-extract"])
    data = json.loads(ok(r))
    assert data["added"] == 2 and data["failed"] == 0
    r = runner.invoke(app, ["import", str(corpus_dir), "--db", str(db_path), "--json", "--no-extract"])
    again = json.loads(ok(r))
    assert again["unchanged"] == 2
    assert sorted((f["paragraphs"], f["languages"]) for f in again["files"]) == \
        sorted((f["paragraphs"], f["languages"]) for f in data["files"])  # what is stored, not zero
    assert all(f["paragraphs"] > 0 for f in again["files"])


def test_flags_show_no_type_in_help(runner):
    out = ok(runner.invoke(app, ["search", "--help"], terminal_width=120))
    flags = [line for line in out.splitlines() if line.startswith("│ --") and ("--json" in line or "--full" in line
                                                                          or "--csv" in line)]
    assert len(flags) == 3 and not any("<bool>" in line for line in flags)


def test_import_stdin(runner, db_path):
    r = runner.invoke(app, ["import", "-", "--db", str(db_path), "--json", "--no-extract"], input=RU.encode())
    assert json.loads(ok(r))["added"] == 1


def test_import_partial_failure_exit_1(runner, corpus_dir, db_path):
    (corpus_dir / "bad.txt").write_bytes(b"\x00\x01\x02 binary")
    (corpus_dir / "empty.txt").write_bytes(b"")
    r = runner.invoke(app, ["import", str(corpus_dir), "--db", str(db_path), "--json", "--no-extract"])
    assert r.exit_code == 1
    data = json.loads(r.stdout)
    assert data["added"] == 2 and data["failed"] == 2
    reasons = " ".join(f["reason"] or "" for f in data["files"])
    assert "binary" in reasons and "empty" in reasons


def test_import_max_size(runner, corpus_dir, db_path):
    (corpus_dir / "big.txt").write_text("слово " * 300_000, encoding="utf-8")
    r = runner.invoke(app, ["import", str(corpus_dir / "big.txt"), "--db", str(db_path), "--max-size", "1"])
    one_sentence_error(r, 1, "--max-size")


def test_import_missing_path(runner, db_path):
    one_sentence_error(runner.invoke(app, ["import", "/no/such/file.txt", "--db", str(db_path)]), 1,
                       "no such file")


def test_import_empty_directory(runner, tmp_path, db_path):
    (tmp_path / "empty").mkdir()
    one_sentence_error(runner.invoke(app, ["import", str(tmp_path / "empty"), "--db", str(db_path)]), 1,
                       "holds no")


def test_import_unreadable_file(runner, corpus_dir, db_path):
    import os

    f = corpus_dir / "ru.txt"
    f.chmod(0)
    try:
        if os.access(f, os.R_OK):
            pytest.skip("running as a user who can read anything")
        one_sentence_error(runner.invoke(app, ["import", str(f), "--db", str(db_path)]), 1, "cannot be read")
    finally:
        f.chmod(0o644)


def test_db_in_missing_directory(runner, corpus_dir, tmp_path):
    r = runner.invoke(app, ["import", str(corpus_dir), "--db", str(tmp_path / "nope" / "k.db")])
    one_sentence_error(r, 2, "does not exist")


def test_search_and_formats(runner, imported):
    out = ok(runner.invoke(app, ["search", "мигрант", "--db", str(imported)]))
    assert "Ташкенте" in out
    data = json.loads(ok(runner.invoke(app, ["search", "окмот", "--db", str(imported), "--json"])))
    assert data[0]["lang"] == "ky"
    csv_out = ok(runner.invoke(app, ["search", "мигрант", "--db", str(imported), "--csv"]))
    assert csv_out.splitlines()[0].startswith("id,document_id")
    assert json.loads(ok(runner.invoke(app, ["search", "мигрант", "--lang", "ky", "--db", str(imported),
                                             "--json"]))) == []


def test_search_punctuation_only(runner, imported):
    one_sentence_error(runner.invoke(app, ["search", "?!", "--db", str(imported)]), 2, "no letters")


def test_search_missing_db(runner, tmp_path):
    one_sentence_error(runner.invoke(app, ["search", "x", "--db", str(tmp_path / "none.db")]), 2, "No database")


def test_locked_db(runner, imported, monkeypatch, corpus_dir):
    import store.db

    monkeypatch.setattr(store.db, "BUSY_TIMEOUT_MS", 200)
    lock = sqlite3.connect(imported)
    lock.execute("BEGIN EXCLUSIVE")
    try:
        (corpus_dir / "new.txt").write_text("Новый документ о миграции в Оше и Баткене.", encoding="utf-8")
        # readers are never blocked (WAL) ...
        ok(runner.invoke(app, ["search", "мигрант", "--db", str(imported)]))
        # ... a second writer waits for the timeout, then says why
        r = runner.invoke(app, ["import", str(corpus_dir / "new.txt"), "--db", str(imported), "--no-extract"])
        one_sentence_error(r, 2, "locked by another")
    finally:
        lock.rollback()
        lock.close()


def test_docs_show_stats_export(runner, imported):
    docs = json.loads(ok(runner.invoke(app, ["docs", "--db", str(imported), "--json"])))
    assert {d["source"] for d in docs} == {"ru.txt", "ky.md"}
    shown = ok(runner.invoke(app, ["show", "ky.md", "--db", str(imported)]))
    assert "[ky]" in shown and "##" not in shown
    row = json.loads(ok(runner.invoke(app, ["show", docs[0]["id"][:8], "--db", str(imported), "--json"])))
    assert row["document"]["id"] == docs[0]["id"]
    stats = json.loads(ok(runner.invoke(app, ["stats", "--db", str(imported), "--json"])))
    assert stats["documents"] == 2
    lines = ok(runner.invoke(app, ["export", "--db", str(imported)])).strip().splitlines()
    assert len(lines) == 2 and all(set(json.loads(x)) >= {"document", "paragraphs", "parallel"} for x in lines)
    csv_out = ok(runner.invoke(app, ["export", "--format", "csv", "--db", str(imported)]))
    assert csv_out.startswith("document_id,source")


def test_export_to_file_and_bad_format(runner, imported, tmp_path):
    target = tmp_path / "out.jsonl"
    ok(runner.invoke(app, ["export", "--db", str(imported), "-o", str(target)]))
    assert len(target.read_text().splitlines()) == 2
    one_sentence_error(runner.invoke(app, ["export", "--format", "xml", "--db", str(imported)]), 1, "Unknown")


def test_show_unknown_document(runner, imported):
    one_sentence_error(runner.invoke(app, ["show", "zzz-none", "--db", str(imported)]), 1, "No document")


def test_show_side_by_side_monolingual(runner, imported):
    out = ok(runner.invoke(app, ["show", "ru.txt", "--side-by-side", "--db", str(imported)]))
    assert "monolingual" in out


def test_reprocess(runner, imported):
    data = json.loads(ok(runner.invoke(app, ["reprocess", "--db", str(imported), "--json", "--jobs", "1"])))
    assert data["replaced"] == 2


def test_listing_commands_run(runner, imported):
    for cmd in ("events", "people", "quotes"):
        assert json.loads(ok(runner.invoke(app, [cmd, "--db", str(imported), "--json"]))) == [] or True
        ok(runner.invoke(app, [cmd, "--db", str(imported), "--csv"]))


def test_markup_in_documents_is_literal(runner, tmp_path, db_path):
    f = tmp_path / "m.txt"
    f.write_text("Текст с [bold red]разметкой[/bold red] и [link=http://x]ссылкой[/link] о миграции.",
                 encoding="utf-8")
    ok(runner.invoke(app, ["import", str(f), "--db", str(db_path), "--no-extract"]))
    out = ok(runner.invoke(app, ["search", "миграц", "--db", str(db_path)]))
    assert "[bold red]" in out and "[link=http://x]" in out
    assert "\x1b" not in out


def test_demo(runner, tmp_path):
    out = ok(runner.invoke(app, ["demo", "--db", str(tmp_path / "demo.db"), "--no-browse"]))
    assert "Demo corpus" in out
    docs = json.loads(ok(runner.invoke(app, ["docs", "--db", str(tmp_path / "demo.db"), "--json"])))
    assert len(docs) >= 10
    assert {"ru", "ky", "kk", "uz", "az", "en"} <= {lang for d in docs for lang in d["languages"]}


def test_cli_import_does_not_load_textual_or_natasha():
    import subprocess
    import sys

    code = "import sys, cli; print('textual' in sys.modules, 'natasha' in sys.modules)"
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert res.stdout.strip() == "False False"


def test_a_text_only_import_is_completed_by_a_later_full_import(tmp_path, runner, db_path):
    """--no-extract stores text only; importing the same file without it extracts, once."""
    f = tmp_path / "naryn.txt"
    f.write_text("5 мая 2024 года в Нарыне общественный фонд «Ак Жол» провёл тренинг для 25 мигрантов.",
                 encoding="utf-8")
    statuses = []
    for extra in (["--no-extract"], ["--no-extract"], [], [], ["--no-extract"]):
        r = runner.invoke(app, ["import", str(f), "--db", str(db_path), "--json", *extra])
        assert r.exit_code == 0, r.output
        statuses.append(json.loads(r.stdout)["files"][0]["status"])
        events = json.loads(runner.invoke(app, ["events", "--db", str(db_path), "--json"]).stdout)
    assert statuses == ["added", "unchanged", "replaced", "unchanged", "unchanged"]
    assert len(events) == 1


def test_search_as_its_own_process_without_numpy(tmp_path, runner, db_path):
    """`kerben search` skips numpy at start-up (scripts call it in loops): it must still work."""
    import subprocess
    import sys
    from pathlib import Path

    f = tmp_path / "osh.txt"
    f.write_text("В Оше 12 мая 2024 года прошёл семинар для трудовых мигрантов.", encoding="utf-8")
    assert runner.invoke(app, ["import", str(f), "--db", str(db_path)]).exit_code == 0
    root = Path(__file__).resolve().parents[1]
    for extra in (["--json"], []):
        r = subprocess.run([sys.executable, "-m", "cli", "search", "мигрант", "--db", str(db_path), *extra],
                           cwd=root, capture_output=True, text=True, timeout=60)
        assert r.returncode == 0, r.stderr
        assert "osh.txt" in r.stdout


def test_a_scripted_search_answers_like_the_full_command(imported, runner, tmp_path):
    """`kerben search Q --json|--csv` as its own process takes a short path that skips Typer and
    rich; what it prints must be what the full command prints, and errors still read as one."""
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]

    def proc(*args):
        return subprocess.run([sys.executable, "-m", "cli", "search", *args], cwd=root, capture_output=True,
                              text=True, timeout=60)

    db = str(imported)
    for args in (["мигрант", "--db", db, "--json"], ["--db=" + db, "--csv", "окмот", "-n", "1"],
                 ["30", "--lang", "ky", "--db", db, "--json"], ["Nothing", "--db", db, "--json"]):
        r = proc(*args)
        assert r.returncode == 0, r.stderr
        assert r.stdout == runner.invoke(app, ["search", *args]).stdout
    assert json.loads(proc("мигрант", "--db", db, "--json").stdout)[0]["source"] == "ru.txt"
    for args, words in ((["мигрант", "--db", str(tmp_path / "none.db"), "--json"], "No database"),
                        (["?!", "--db", db, "--json"], "no letters or digits"),
                        (["мигрант", "--db", db, "--json", "--limit", "many"], "Invalid value")):
        r = proc(*args)
        assert r.returncode != 0 and words in r.stderr and "Traceback" not in r.stderr
    code = ("import sys\nsys.argv = ['kerben', 'search', 'мигрант', '--db', %r, '--json']\n"
            "try:\n    import cli\nexcept SystemExit as e:\n    print(e.code, 'typer' in sys.modules, 'rich' in sys.modules)")
    r = subprocess.run([sys.executable, "-c", code % db], cwd=root, capture_output=True, text=True, timeout=60)
    assert r.stdout.split()[-3:] == ["0", "False", "False"], r.stderr


def test_search_prints_a_snippet_of_a_long_paragraph(runner, tmp_path, db_path):
    filler = "Отчёт содержит общие сведения о работе. " * 1500
    f = tmp_path / "long.txt"
    f.write_text(filler + "Номер горячей линии напечатан в брошюре. " + filler, encoding="utf-8")
    ok(runner.invoke(app, ["import", str(f), "--db", str(db_path), "--no-extract"]))
    out = ok(runner.invoke(app, ["search", "горячей", "--db", str(db_path)]))
    assert "горячей" in out and "…" in out
    assert len(out) < 1000  # not the 120 KB paragraph
    full = ok(runner.invoke(app, ["search", "горячей", "--db", str(db_path), "--full"]))
    assert len(full) > 100_000
    hit = json.loads(ok(runner.invoke(app, ["search", "горячей", "--db", str(db_path), "--json"])))[0]
    assert "горячей линии" in hit["snippet"] and len(hit["snippet"]) < 300 and len(hit["text"]) > 100_000


@pytest.mark.parametrize("width", [120, 100, 80])
def test_docs_keeps_every_column_in_a_narrow_terminal(runner, imported, monkeypatch, width):
    import cli

    monkeypatch.setattr(cli.out, "width", width)
    out = ok(runner.invoke(app, ["docs", "--db", str(imported)]))
    header = out.splitlines()[0]
    for column in ("id", "source", "lang", "published", "¶", "title"):
        assert f" {column} " in header, header
    assert "┃┃" not in header


def test_counts_read_as_words(runner, tmp_path, db_path):
    f = tmp_path / "one.txt"
    f.write_text(RU, encoding="utf-8")
    ok(runner.invoke(app, ["import", str(f), "--db", str(db_path), "--no-extract"]))
    out = ok(runner.invoke(app, ["reprocess", "--db", str(db_path), "--jobs", "1"]))
    assert "Reprocessed 1 document," in out
    r = runner.invoke(app, ["export", "--db", str(db_path), "-o", str(tmp_path / "x.jsonl")])
    assert r.exit_code == 0 and "Exported 1 document to" in r.output
