"""Corrections: set, merge, reject, undo; they survive reprocessing and re-import, and are shared."""
import json
import sqlite3

import pytest

from cli import app
from store import corpus
from store.corrections import correct, listing, merge, reject
from store.db import open_db

from conftest import SEEDS
from test_cli import ok, one_sentence_error


@pytest.fixture(scope="module")
def seeds_store(tmp_path_factory):
    """The seeds imported once; each test works on its own copy."""
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is not present (outside CI)")
    from typer.testing import CliRunner

    path = tmp_path_factory.mktemp("seeds") / "seeds.db"
    r = CliRunner().invoke(app, ["import", str(SEEDS), "--db", str(path), "--jobs", "1"])
    assert r.exit_code == 0, r.output
    return path


def copy_db(src, dst):
    """A copy of a store, including what its write-ahead log holds."""
    with sqlite3.connect(src) as a, sqlite3.connect(dst) as b:
        a.backup(b)
    return dst


@pytest.fixture
def store(seeds_store, tmp_path):
    return copy_db(seeds_store, tmp_path / "k.db")


def run_json(runner, *args):
    return json.loads(ok(runner.invoke(app, [*args[:-1], "--db", str(args[-1]), "--json"])))


def exported(runner, path) -> list[dict]:
    return [json.loads(line) for line in ok(runner.invoke(app, ["export", "--db", str(path)])).splitlines()]


def dated_event(runner, path) -> dict:
    return next(e for e in run_json(runner, "events", path) if e["date"] and len(e["date"]) == 10)


def test_a_corrected_date_survives_reprocess_and_reimport_and_undo_restores_it(runner, store):
    e = dated_event(runner, store)
    new = "2019-11-02" if e["date"] != "2019-11-02" else "2019-11-03"
    ok(runner.invoke(app, ["correct", "event", e["id"], "--date", new, "--by", "Dana", "--db", str(store)]))
    made, = run_json(runner, "corrections", store)
    assert (made["author"], made["action"], made["field"], made["before"], made["after"], made["status"]) == (
        "Dana", "set", "date", e["date"], new, "applied")
    assert made["created_at"] and made["record"]
    for again in (["reprocess"], ["import", str(SEEDS), "--force", "--jobs", "1"]):
        ok(runner.invoke(app, [*again, "--db", str(store)]))
        shown = next(x for x in run_json(runner, "events", store) if x["titles"] == e["titles"])
        assert shown["date"] == new and shown["corrected"] == ["date"]
        in_export = [x for row in exported(runner, store) for x in row["events"] if x["titles"] == e["titles"]]
        assert in_export[0]["date"] == new and in_export[0]["corrected"] == ["date"]
    assert run_json(runner, "events", "--from", new, "--to", new, store), "filters see the corrected date"
    shown = next(x for x in run_json(runner, "events", store) if x["titles"] == e["titles"])
    assert run_json(runner, "show", "event", shown["id"], store)["date"] == new
    ok(runner.invoke(app, ["corrections", "--undo", "last", "--db", str(store)]))
    shown = next(x for x in run_json(runner, "events", store) if x["titles"] == e["titles"])
    assert shown["date"] == e["date"] and "corrected" not in shown
    assert run_json(runner, "corrections", store) == []
    assert run_json(runner, "corrections", "--all", store)[0]["status"] == "undone"


def test_merging_two_people_lists_one_with_both_documents_and_undo_splits(runner, store):
    people = run_json(runner, "people", store)
    docs = {p["id"]: {d["id"] for d in run_json(runner, "show", "person", p["id"], store)["documents"]}
            for p in people}
    a = people[0]
    b = next(p for p in people[1:] if not docs[p["id"]] & docs[a["id"]])
    ok(runner.invoke(app, ["merge", "people", a["id"], b["id"], "--db", str(store)]))
    for _ in range(2):
        after = run_json(runner, "people", store)
        assert len(after) == len(people) - 1
        merged = next(p for p in after if p["name"] == b["name"])
        assert merged["documents"] == a["documents"] + b["documents"]
        assert a["name"] in merged["aliases"]
        ok(runner.invoke(app, ["reprocess", "--db", str(store)]))
    ok(runner.invoke(app, ["corrections", "--undo", "last", "--db", str(store)]))
    assert sorted(p["name"] for p in run_json(runner, "people", store)) == sorted(p["name"] for p in people)


def test_reject_hides_the_record_everywhere_even_after_reprocess(runner, store):
    e = run_json(runner, "events", store)[0]
    q = run_json(runner, "quotes", store)[0]
    ok(runner.invoke(app, ["reject", "event", e["id"], "--db", str(store)]))
    ok(runner.invoke(app, ["reject", "quote", q["id"], "--db", str(store)]))
    ok(runner.invoke(app, ["reprocess", "--db", str(store)]))
    assert e["titles"] not in [x["titles"] for x in run_json(runner, "events", store)]
    assert q["text"] not in [x["text"] for x in run_json(runner, "quotes", store)]
    rows = exported(runner, store)
    assert e["titles"] not in [x["titles"] for row in rows for x in row["events"]]
    assert q["text"] not in [x["text"] for row in rows for x in row["quotes"]]
    doc = run_json(runner, "show", e["document_id"], store)
    assert e["titles"] not in [x["titles"] for x in doc["events"]]


def test_merging_two_events_lists_one_with_both_sources_after_reprocess(runner, store):
    events = run_json(runner, "events", store)
    a, b = events[0], next(x for x in events[1:] if x["document_id"] != events[0]["document_id"])
    ok(runner.invoke(app, ["merge", "events", a["id"], b["id"], "--db", str(store)]))
    ok(runner.invoke(app, ["reprocess", "--db", str(store)]))
    after = run_json(runner, "events", store)
    assert len(after) == len(events) - 1
    merged = next(x for x in after if x["titles"] == b["titles"])
    assert merged["sources"] == 2
    sources = run_json(runner, "show", "event", merged["id"], store)["sources"]
    assert {x["document_id"] for x in sources} == {a["document_id"], b["document_id"]}


def test_corrected_names_are_found_by_people_search(runner, store):
    p = run_json(runner, "people", store)[0]
    ok(runner.invoke(app, ["correct", "person", p["id"], "--name", "Zarina Qudratova", "--role", "adviser",
                           "--db", str(store)]))
    found = corpus.people(open_db(store), query="qudratova")
    assert [x["name"] for x in found] == ["Zarina Qudratova"] and found[0]["role"] == "adviser"
    assert run_json(runner, "show", "person", "Zarina Qudratova", store)["roles"][0]["role"] == "adviser"


def test_corrections_travel_to_another_store_of_the_same_documents(runner, store, seeds_store, tmp_path):
    e = dated_event(runner, store)
    ok(runner.invoke(app, ["correct", "event", e["id"], "--place", "Karakol", "--country", "kg", "--db", str(store)]))
    shared = tmp_path / "fixes.jsonl"
    ok(runner.invoke(app, ["export", "--corrections", "-o", str(shared), "--db", str(store)]))
    other = copy_db(seeds_store, tmp_path / "other.db")
    assert run_json(runner, "import-corrections", str(shared), other) == {"added": 2, "skipped": 0, "orphaned": 0}
    shown = next(x for x in run_json(runner, "events", other) if x["titles"] == e["titles"])
    assert (shown["place"], shown["country"], shown["corrected"]) == ("Karakol", "KG", ["place", "country"])
    assert run_json(runner, "import-corrections", str(shared), other)["skipped"] == 2


@pytest.mark.parametrize("args,code,says", [
    (["correct", "event", "e-nope", "--date", "2024-01-01"], 1, "No event matches"),
    (["correct", "event", "{event}", "--date", "6 March"], 1, "is not YYYY"),
    (["correct", "event", "{event}", "--date", "2024-02-30"], 1, "is not YYYY"),
    (["correct", "event", "{event}", "--kind", "party"], 1, "Unknown event kind"),
    (["correct", "event", "{event}", "--participants", "many"], 1, "whole number"),
    (["correct", "event", "{event}"], 1, "Say what to correct"),
    (["correct", "event", "{event}", "--name", "X"], 1, "no field 'name'"),
    (["correct", "thing", "x", "--date", "2024"], 1, "Unknown record kind"),
    (["merge", "quotes", "a", "b"], 1, "Unknown record kind"),
    (["corrections", "--undo", "99"], 1, "No active correction"),
    (["corrections", "--undo", "many"], 1, "not a correction number"),
])
def test_bad_corrections_are_one_sentence(runner, store, args, code, says):
    e = run_json(runner, "events", store)[0]
    args = [a.replace("{event}", e["id"]) for a in args]
    one_sentence_error(runner.invoke(app, [*args, "--db", str(store)]), code, says)


def test_import_corrections_refuses_a_file_that_is_not_corrections(runner, store, tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"document": {}}\n', encoding="utf-8")
    one_sentence_error(runner.invoke(app, ["import-corrections", str(bad), "--db", str(store)]), 1, "Line 1")
    bad.write_text("not json\n", encoding="utf-8")
    one_sentence_error(runner.invoke(app, ["import-corrections", str(bad), "--db", str(store)]), 1, "not JSON")


# ------------------------------------------------------- new extraction rules (no pipeline: rows by hand)

TEXT = ["Migrant workers met in Osh on 6 March 2024.", "A training for twenty social workers was held in Osh.",
        "The fund thanked its partners."]


def _row(paragraphs: list[str], events: list[dict], people: list[dict] | None = None, doc: str = "aa") -> dict:
    """A processed document as the pipeline hands it to ``corpus.add`` (same bytes: same id)."""
    doc = {"id": f"d-00000000000000{doc}", "source": f"{doc}.txt", "sha256": doc * 32,
           "raw_text": "\n\n".join(TEXT), "pipeline_version": "test", "languages": ["en"]}
    paras = [{"id": f"p-0000000000{doc}-{i:03d}", "index": i, "lang": "en", "text": t}
             for i, t in enumerate(paragraphs)]
    for e in events:
        e["paragraph_ids"] = [paras[e.pop("at")]["id"]]
    return {"document": doc, "paragraphs": paras, "events": events, "people": people or [], "quotes": []}


def _events(db) -> list[dict]:
    return corpus.events(db)


def test_a_correction_finds_its_record_after_the_paragraph_and_the_ids_changed(db):
    corpus.add(db, _row(TEXT, [{"id": "e-1", "kind": "meeting", "date": "2024-03-06", "at": 0},
                               {"id": "e-2", "kind": "training", "date": "2024-03-06", "at": 1}]), twins=False)
    correct(db, "event", "e-2", {"date": "2024-03-07"})
    # new rules: a paragraph found before it, its text cleaned differently, other ids, one more event
    changed = ["Bishkek, 2024.", TEXT[0], "A training for twenty social workers was held in Osh city.", TEXT[2]]
    corpus.add(db, _row(changed, [{"id": "e-9", "kind": "other", "date": None, "at": 0},
                                  {"id": "e-7", "kind": "meeting", "date": "2024-03-06", "at": 1},
                                  {"id": "e-8", "kind": "training", "date": "2024-03-06", "at": 2}]),
               force=True, twins=False)
    by_kind = {e["kind"]: e for e in _events(db)}
    assert by_kind["training"]["date"] == "2024-03-07" and by_kind["training"]["id"] == "e-8"
    assert by_kind["meeting"]["date"] == "2024-03-06" and "corrected" not in by_kind["meeting"]
    assert listing(db)[0]["status"] == "applied"


def test_the_paragraph_with_the_same_text_wins_over_the_same_index(db):
    events = [{"id": "e-1", "kind": "meeting", "date": "2024-03-06", "at": 0},
              {"id": "e-2", "kind": "training", "date": "2024-03-06", "at": 2}]
    corpus.add(db, _row(TEXT, events), twins=False)
    correct(db, "event", "e-1", {"place": "Osh"})
    moved = [TEXT[2], TEXT[1], TEXT[0]]  # the evidence paragraph moved to index 2; another sits at 0
    corpus.add(db, _row(moved, [{"id": "e-3", "kind": "meeting", "date": "2024-03-06", "at": 0},
                                {"id": "e-4", "kind": "meeting", "date": "2024-03-06", "at": 2}]),
               force=True, twins=False)
    assert {e["id"]: e["place"] for e in _events(db)} == {"e-3": None, "e-4": "Osh"}


def test_a_correction_whose_record_is_gone_is_kept_as_orphaned_and_comes_back(db, runner, db_path):
    corpus.add(db, _row(TEXT, [{"id": "e-1", "kind": "meeting", "date": "2024-03-06", "at": 0}]), twins=False)
    reject(db, "event", "e-1")
    assert _events(db) == []
    corpus.add(db, _row(TEXT, [{"id": "e-5", "kind": "forum", "date": "2024-03-06", "at": 0}]), force=True,
               twins=False)
    assert [e["kind"] for e in _events(db)] == ["forum"]
    assert listing(db)[0]["status"] == "orphaned"
    assert "orphaned" in ok(runner.invoke(app, ["corrections", "--db", str(db_path)]))
    corpus.add(db, _row(TEXT, [{"id": "e-6", "kind": "meeting", "date": "2024-03-06", "at": 0}]), force=True,
               twins=False)
    assert _events(db) == [] and listing(db)[0]["status"] == "applied"


def test_merging_events_lists_one_with_both_sources(db):
    corpus.add(db, _row(TEXT, [{"id": "e-1", "kind": "meeting", "date": "2024-03-06", "at": 0},
                               {"id": "e-2", "kind": "training", "date": "2024-03-07", "at": 1}]), twins=False)
    merge(db, "event", "e-2", "e-1")
    assert [(e["id"], e["sources"]) for e in _events(db)] == [("e-1", 2)]


def test_undoing_one_of_two_corrections_of_a_field_keeps_the_other(db):
    corpus.add(db, _row(TEXT, [{"id": "e-1", "kind": "meeting", "date": "2024-03-06", "place": None, "at": 0}]),
               twins=False)
    first, = correct(db, "event", "e-1", {"date": "2024-03-07"})
    correct(db, "event", "e-1", {"place": "Osh"})
    second, = correct(db, "event", "e-1", {"date": "2024-03-08"})
    from store.corrections import undo

    undo(db, str(second))
    e, = _events(db)
    assert (e["date"], e["place"], sorted(e["corrected"])) == ("2024-03-07", "Osh", ["date", "place"])
    undo(db, str(first))
    e, = _events(db)
    assert (e["date"], e["corrected"]) == ("2024-03-06", ["place"])


def test_an_event_reported_twice_keeps_its_correction_whichever_report_is_listed(db):
    def report(doc):
        return _row(TEXT, [{"id": f"e-{doc}", "kind": "training", "date": "2024-03-06", "place": "Osh",
                            "country": "KG", "at": 1}], doc=doc)

    corpus.add(db, report("aa"), twins=False)
    corpus.add(db, report("bb"), twins=False)
    listed, = _events(db)
    assert listed["sources"] == 2
    correct(db, "event", listed["id"], {"date": "2024-03-07"})
    corpus.add(db, report(listed["id"][2:]), force=True, twins=False)  # rewritten: the other report is listed now
    again, = _events(db)
    assert again["id"] != listed["id"] and (again["date"], again["corrected"]) == ("2024-03-07", ["date"])
