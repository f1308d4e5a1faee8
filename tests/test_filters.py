"""CLI filters and the browser's filters give the same rows (folded, non-ASCII capitals included);
bad filter values are one sentence and exit 1; `show person` finds a person as search does;
`show event` / `show person` print words, not Python structures; long values are cut at a word."""
import json

import pytest

from cli import app
from store import browse, corpus
from store.browse import Filters

# Invented records: organizations and names with non-ASCII capitals (Ж, Ө, Ş, Ə) and folded letters.
ROW = {
    "document": {"id": "d-f1", "source": "f1.txt", "sha256": "f1" * 32, "raw_text": "", "pipeline_version": "test",
                 "languages": ["ky"], "published": "2024-05-02"},
    "paragraphs": [{"id": "p-f1-0", "index": 0, "lang": "ky", "text": "Жаңы Өмүр борбору тренинг өткөрдү."}],
    "events": [{"id": "e-f1", "kind": "training", "date": "2024-05-02", "country": "KG", "titles": ["Тренинг"],
                "organizers": ["Жаңы Өмүр борбору"], "funders": ["Şəfqət Fondu"], "paragraph_ids": ["p-f1-0"]}],
    "people": [{"id": "m-f1", "name": "Айгүл Токтобаева", "aliases": ["Aigul Toktobaeva"],
                "role": "директор", "organization": "Жаңы Өмүр борбору", "paragraph_ids": ["p-f1-0"]},
               {"id": "m-f2", "name": "Нурлан Токтобаев", "aliases": [], "role": "эксперт",
                "organization": "Şəfqət Fondu", "paragraph_ids": ["p-f1-0"]}],
    "quotes": [{"id": "q-f1", "text": "Биз бирге иштейбиз.", "lang": "ky", "speaker": "Айгүл Токтобаева",
                "person_id": "m-f1", "paragraph_id": "p-f1-0"}],
}


@pytest.fixture
def store(db, db_path):
    corpus.add(db, ROW)
    return db_path


def cli_json(runner, *args):
    r = runner.invoke(app, [*args, "--json"])
    assert r.exit_code == 0, r.output
    return json.loads(r.stdout)


@pytest.mark.parametrize("cmd,option,value,pane,field", [
    ("people", "--org", "жаңы", "people", "org"),
    ("people", "--org", "ЖАҢЫ ӨМҮР", "people", "org"),
    ("events", "--org", "şəfqət", "events", "org"),
    ("quotes", "--org", "жаны омур", "quotes", "org"),
    ("quotes", "--speaker", "АЙГҮЛ", None, None),
])
def test_cli_and_browser_filters_fold_alike(runner, db, store, cmd, option, value, pane, field):
    rows = cli_json(runner, cmd, "--db", str(store), option, value)
    assert len(rows) == 1
    if pane:
        assert [r["id"] for r in browse.page(db, pane, Filters(**{field: value}))] == [r["id"] for r in rows]


@pytest.mark.parametrize("args,words", [
    (["events", "--from", "garbage"], "not a date"),
    (["events", "--from", "2024-13"], "not a date"),
    (["events", "--to", "2024-02-30"], "not a date"),
    (["events", "--kind", "trainings"], "Unknown event kind"),
    (["events", "--country", "Kyrgyzstan"], "country code"),
    (["search", "Жаңы", "--lang", "russian"], "Unknown language"),
    (["people", "--lang", "xx"], "Unknown language"),
])
def test_bad_filter_values_are_one_sentence_and_exit_1(runner, store, args, words):
    r = runner.invoke(app, [*args, "--db", str(store)])
    assert r.exit_code == 1, r.output
    assert words in r.output and "Traceback" not in r.output
    assert len([x for x in r.output.splitlines() if x.strip()]) == 1


def test_filter_values_as_users_spell_them(runner, store):
    assert len(cli_json(runner, "search", "жаңы", "--lang", "KY", "--db", str(store))) == 1
    assert len(cli_json(runner, "events", "--from", "2024-5", "--kind", "Training", "--country", "kg",
                        "--db", str(store))) == 1


@pytest.mark.parametrize("ref", ["айгүл токтобаева", "АЙГУЛ", "aigul toktobaeva", "Токтобаева"])
def test_show_person_matches_like_search(runner, store, ref):
    data = cli_json(runner, "show", "person", ref, "--db", str(store))
    assert data["name"] == "Айгүл Токтобаева"


def test_show_person_lists_candidates_when_several_match(runner, store):
    r = runner.invoke(app, ["show", "person", "токтобаев", "--db", str(store)])
    assert r.exit_code == 1
    assert "Айгүл Токтобаева" in r.output and "Нурлан Токтобаев" in r.output and "2 people" in r.output


def test_show_event_prints_words_not_structures(runner, store):
    r = runner.invoke(app, ["show", "event", "e-f1", "--db", str(store)])
    assert r.exit_code == 0, r.output
    assert "[" not in r.output.replace("[ky]", "") and "'" not in r.output and "{" not in r.output
    assert "organizers: Жаңы Өмүр борбору" in r.output and "participants" not in r.output
    assert "¶0 [ky] Жаңы Өмүр борбору тренинг өткөрдү." in r.output
    assert "Айгүл Токтобаева — директор, Жаңы Өмүр борбору" in r.output


def test_show_person_says_which_id_is_which(runner, db, store):
    person_id = db.execute("SELECT person_id FROM people WHERE id = 'm-f1'").fetchone()[0]
    r = runner.invoke(app, ["show", "person", "Айгүл Токтобаева", "--db", str(store)])
    assert r.exit_code == 0, r.output
    assert f"person id: {person_id}" in r.output
    assert "m-f1" not in r.output  # the mention's id is for scripts (--json), not a second unlabelled id
    assert "директор, Жаңы Өмүр борбору  (f1.txt)" in r.output


def test_event_list_cuts_organizers_at_a_word(runner, db, store, monkeypatch):
    import cli

    monkeypatch.setattr(cli.out, "width", 250)
    organizers = ["Кыргыз Республикасынын Эмгек жана социалдык өнүгүү министрлигинин алдындагы Миграция "
                  "кызматы", "Коомдук бирикме"]
    db.execute("UPDATE events SET organizers = ? WHERE id = 'e-f1'", [json.dumps(organizers, ensure_ascii=False)])
    db.conn.commit()
    r = runner.invoke(app, ["events", "--db", str(store)])
    assert r.exit_code == 0, r.output
    shown = next(line for line in r.output.splitlines() if "e-f1" in line)
    assert "…" in shown
    cut = shown[shown.index("Кыргыз"):shown.index("…")]
    assert (organizers[0] + "; " + organizers[1]).startswith(cut) and cut.split()[-1] in organizers[0].split()


def test_show_takes_the_start_of_a_file_name(runner, store):
    r = runner.invoke(app, ["show", "f1.t", "--db", str(store), "--json"])  # not an id prefix
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["document"]["source"] == "f1.txt"
