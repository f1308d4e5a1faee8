"""Provenance: every event, person and quote says which named rule set each field, and from which sentence."""
from __future__ import annotations

import ast
import io
import json
import re
from pathlib import Path

import pytest

from cli import app
from store.ingest.doc import Doc
from store.ingest.model import DocContext, Para
from store.ingest.rules import RULES, describe, explain

ROOT = Path(__file__).resolve().parents[1]
KEBAB = re.compile(r"^[a-z]+(?:-[a-z]+)+$")

DOC = ("В Караколе 12 апреля 2024 года общественный фонд «Светлый Путь» провёл тренинг для социальных работников "
       "при поддержке Фонда «Зелёная Долина».\n\n"
       "Директор фонда Айгерим Токтосунова рассказала о работе с семьями мигрантов.\n\n"
       "«Мы будем проводить такие встречи в каждом районе области», — сказала Айгерим Токтосунова.\n")


def _entries(why: dict):
    for field, v in why.items():
        for e in (v if isinstance(v, list) else [v]):
            yield field, e


def _rules_in_code() -> set[tuple[str | None, str]]:
    """Every rule name the extractors write: kebab-case strings in the statements that record a rule."""
    found = set()
    for name in ("events", "orgs", "org_roles", "people", "quotes"):
        tree = ast.parse((ROOT / "store" / "ingest" / f"{name}.py").read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            records = (isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", ""))
                       in ("note", "note_once", "note_item", "_why", "replace")) or (
                isinstance(node, (ast.Assign, ast.Return)) and "rule" in ast.unparse(node))
            if records:
                for c in ast.walk(node):
                    if isinstance(c, ast.Constant) and isinstance(c.value, str) and KEBAB.match(c.value):
                        found.add(c.value)
    return found


def test_every_rule_the_extractors_write_is_declared_with_a_description():
    declared = {rule for rules in RULES.values() for rule in rules}
    written = _rules_in_code()
    assert len(written) > 30  # the scan sees the rules (it would pass vacuously on an empty set)
    assert written <= declared, written - declared
    assert all(desc.strip() for rules in RULES.values() for desc in rules.values())


def test_an_event_says_which_rule_set_each_field():
    from store.ingest.events import extract_events

    paras = [Para(f"p-{i}", i, "ru", t) for i, t in enumerate(DOC.strip().split("\n\n"))]
    ev = extract_events(Doc.build(paras, DocContext("d-1", published="2024-04-13")))[0].to_row()
    why = ev["why"]
    assert why["date"]["rule"] == "lead-sentence-date" and "12 апреля" in why["date"]["evidence"]
    assert why["place"]["rule"] == "lead-locative"
    assert why["kind"]["rule"] == "lead-event-word"
    assert why["country"]["rule"] in RULES["country"]
    funders = {e["value"]: e["rule"] for e in why.get("funders", [])}
    assert funders and set(funders) == set(ev["funders"]) and set(funders.values()) == {"funder-cue-before"}
    assert [e["value"] for e in why["organizers"]] == ev["organizers"]
    assert all(e["evidence"].startswith("В Караколе") for e in why["organizers"] + why["funders"])


def test_a_relative_date_and_a_later_date_are_told_apart():
    from store.ingest.events import extract_events

    today = extract_events(Doc.build([Para("p-0", 0, "ru", "Сегодня в Бишкеке прошёл семинар для журналистов.")],
                                     DocContext("d-1", published="2024-06-03")))[0].to_row()
    assert (today["date"], today["why"]["date"]["rule"]) == ("2024-06-03", "relative-word")
    later = extract_events(Doc.build([Para("p-0", 0, "ru", "В Бишкеке прошёл семинар для журналистов."),
                                     Para("p-1", 1, "ru", "Участники собрались 5 июня 2024 года.")],
                                    DocContext("d-1")))[0].to_row()
    assert later["why"]["date"]["rule"] == "later-sentence-date"
    assert "5 июня" in later["why"]["date"]["evidence"]


@pytest.mark.parametrize("lang,texts,rules", [
    ("ru", ["В Оше 3 мая 2024 года прошёл семинар для социальных работников.",
            "В семинаре приняли участие 30 человек, из них 18 женщин."],
     {"participants_total": "participants-figure", "participants_women": "women-or-men-count"}),
    ("en", ["A training for social workers was held in Osh on 3 May 2024.",
            "Thirty social workers took part in the training. 12 of the participants were women."],
     {"participants_total": "participants-figure", "participants_women": "share-in-next-paragraphs"}),
    ("ru", ["Семинар прошёл в Оше 3 мая 2024 года.", "Участники: 25 человек."],
     {"participants_total": "labelled-count"}),
])
def test_participant_counts_say_which_figure_rule_read_them(lang, texts, rules):
    from store.ingest.events import extract_events

    ev = extract_events(Doc.build([Para(f"p-{i}", i, lang, t) for i, t in enumerate(texts)], DocContext("d-1")))[0].to_row()
    assert {k: v["rule"] for k, v in ev["why"].items() if k.startswith("participants")} == rules
    assert all(ev["why"][k]["evidence"] in texts[1] for k in rules)  # the sentence the count was read in


def test_people_and_quotes_say_which_rule_named_them():
    from store.ingest.people import extract_people
    from store.ingest.quotes import extract_quotes

    paras = [Para(f"p-{i}", i, "ru", t) for i, t in enumerate(DOC.strip().split("\n\n"))]
    doc = Doc.build(paras, DocContext("d-1"))
    people = extract_people(doc)
    person = next(p for p in people if p.name == "Айгерим Токтосунова")
    assert person.why["role"]["rule"] == "role-before-name"
    assert person.why["name"]["rule"] in RULES["name"]
    assert "Директор фонда" in person.why["role"]["evidence"]
    quote = extract_quotes(doc, people)[0]
    assert quote.why["speaker"]["rule"] == "named-in-attribution"
    assert quote.why["text"]["rule"] == "speech-after"
    assert "сказала" in quote.why["speaker"]["evidence"]


def test_long_evidence_is_cut_near_300_characters():
    from store.ingest.events import extract_events

    long = "В Оше 3 мая 2024 года прошёл семинар, " + "и участники обсуждали вопросы миграции, " * 20 + "итоги."
    ev = extract_events(Doc.build([Para("p-0", 0, "ru", long)], DocContext("d-1")))[0].to_row()
    assert 250 < len(ev["why"]["date"]["evidence"]) <= 300


@pytest.fixture
def seed_db(seeds_dir, tmp_path):
    from store.db import open_db
    from store.importer import import_paths

    db = open_db(tmp_path / "seeds.db")
    assert not import_paths(db, [str(seeds_dir)]).failed
    yield tmp_path / "seeds.db", db
    db.close()


def test_the_export_of_the_seeds_carries_why_on_every_event_person_and_quote(seed_db):
    from store.export import write_jsonl

    buf = io.StringIO()
    write_jsonl(seed_db[1], buf)
    docs = [json.loads(line) for line in buf.getvalue().splitlines()]
    records = [(kind, r) for d in docs for kind in ("events", "people", "quotes") for r in d[kind]]
    assert {k for k, _ in records} == {"events", "people", "quotes"}
    for kind, r in records:
        assert r["why"], (kind, r["id"])
        for field, e in _entries(r["why"]):
            assert e["rule"] in RULES[field] and e["evidence"], (kind, field, e)
    for ev in (r for k, r in records if k == "events"):
        for field in ("date", "place", "country", "kind"):
            assert (ev[field] is not None) == (field in ev["why"]), (ev["id"], field)
        for field in ("organizers", "funders"):
            assert [e["value"] for e in ev["why"].get(field, [])] == ev[field]
    stored = [json.loads(r["data"]) for t in ("events", "people", "quotes") for r in seed_db[1].query(f"SELECT data FROM {t}")]
    assert stored and not any("why" in d for d in stored)  # kept once, in the why column


def test_show_event_person_and_quote_why_print_rule_description_and_evidence(runner, seed_db):
    path = str(seed_db[0])
    db = seed_db[1]
    ev = next(r for r in db.query("SELECT id, why FROM events WHERE date IS NOT NULL"))
    why = json.loads(ev["why"])
    shown = runner.invoke(app, ["show", "event", ev["id"], "--why", "--db", path])
    assert shown.exit_code == 0, shown.output
    flat = " ".join(shown.output.split())
    assert f"rule: {why['date']['rule']} ({describe('date', why['date']['rule'])})" in flat
    assert " ".join(why["date"]["evidence"].split())[:60] in flat
    plain = runner.invoke(app, ["show", "event", ev["id"], "--db", path])
    assert "rule:" not in plain.output
    q = next(r for r in db.query("SELECT id, speaker, why FROM quotes"))
    shown = " ".join(runner.invoke(app, ["show", "quote", q["id"][:10], "--why", "--db", path]).output.split())
    assert f"rule: {json.loads(q['why'])['speaker']['rule']}" in shown and "evidence:" in shown
    p = next(r for r in db.query("SELECT person_id, name, why FROM people WHERE role IS NOT NULL"))
    shown = " ".join(runner.invoke(app, ["show", "person", p["person_id"], "--why", "--db", path]).output.split())
    assert f"rule: {json.loads(p['why'])['role']['rule']}" in shown


def test_show_quote_unknown_is_one_sentence(runner, db_path, db):
    r = runner.invoke(app, ["show", "quote", "q-nothing", "--db", str(db_path)])
    assert r.exit_code == 1 and "Traceback" not in r.output and "No quote matches" in r.output


def test_explain_lists_a_list_field_once_per_value():
    rec = {"organizers": ["A", "B"], "why": {"organizers": [
        {"value": "A", "rule": "organizer-cue", "evidence": "x"}, {"value": "B", "rule": "shares-role", "evidence": "x"}]}}
    assert [(r.value, r.rule) for r in explain(rec)] == [("A", "organizer-cue"), ("B", "shares-role")]


def test_an_older_database_gains_an_empty_why(tmp_path):
    import sqlite_utils

    from store.db import open_db
    from store.schema import migrations

    old = sqlite_utils.Database(tmp_path / "old.db")
    migrations.apply(old, stop_before="0006_why")
    assert "why" not in old["events"].columns_dict
    old.close()
    db = open_db(tmp_path / "old.db")
    assert all("why" in db[t].columns_dict for t in ("events", "people", "quotes"))


def test_the_tui_detail_panel_shows_rule_and_evidence_on_w(tmp_path):
    import asyncio
    import hashlib

    from store import corpus
    from store.db import open_db
    from tui.app import KerbenApp
    from tui.widgets.detail_panel import DetailPanel

    evidence = "В Караколе 12 апреля 2024 года прошёл тренинг для социальных работников."
    sha = hashlib.sha256(b"why-tui").hexdigest()
    doc_id = f"d-{sha[:16]}"
    db = open_db(tmp_path / "k.db")
    corpus.add(db, {
        "document": {"id": doc_id, "source": "karakol.txt", "sha256": sha, "raw_text": evidence, "title": "Тренинг",
                     "published": "2024-04-13", "languages": ["ru"], "pipeline_version": "test"},
        "paragraphs": [{"id": "p-1", "index": 0, "lang": "ru", "text": evidence}],
        "events": [{"id": "e-1", "kind": "training", "titles": [], "date": "2024-04-12", "place": "Каракол",
                    "country": "KG", "organizers": [], "funders": [], "paragraph_ids": ["p-1"],
                    "why": {"date": {"rule": "lead-sentence-date", "evidence": evidence},
                            "place": {"rule": "lead-locative", "evidence": evidence}}}],
        "people": [], "quotes": [], "parallel": [], "figures": [],
    })

    async def run() -> None:
        app = KerbenApp(db, blink=False, config_file=tmp_path / "tui.json")
        async with app.run_test(size=(120, 40)) as pilot:
            for _ in range(3):
                await pilot.pause(0.05)
                await app.workers.wait_for_complete()
            panel = app.screen.query_one(DetailPanel)
            assert "Date: 2024-04-12" in panel.text and "lead-sentence-date" not in panel.text
            await pilot.press("w")
            await app.workers.wait_for_complete()
            await pilot.pause(0.05)
            shown = " ".join(panel.text.split())
            assert f"date: 2024-04-12 rule: lead-sentence-date ({describe('date', 'lead-sentence-date')})" in shown
            assert "place: Каракол rule: lead-locative" in shown and f"evidence: {evidence}" in shown
            await pilot.press("w")
            await app.workers.wait_for_complete()
            await pilot.pause(0.05)
            assert "lead-sentence-date" not in panel.text

    asyncio.run(run())
    db.close()
