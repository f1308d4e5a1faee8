"""Search by word form: a dictionary form finds the other forms of the word, exact matches first."""
import json

import pytest
import sqlite_utils

from cli import app
from store import corpus
from store.db import open_db
from store.schema import migrations

# language, what the user types, paragraphs holding other forms only (prefix search misses them)
FORMS = [
    ("ru", "миграция", ["Совещание было посвящено вопросам трудовой миграции в регионе.",
                        "Эксперты говорили об управлении миграцией и о новых правилах."]),
    ("ky", "мектеп", ["Айылдагы мектебинде жаңы класс ачылды.",
                      "Биздин мектебибизде жайкы курстар өттү."]),
    ("kk", "кітап", ["Ол жаңа кітабын кеше оқып шықты.",
                     "Мұғалім кітабымен сабаққа келді."]),
    ("uz", "qishloq", ["Qishlog‘imizda yangi maktab ochildi.",
                       "Uning qishlog‘ida ish o‘rinlari kam."]),
    ("az", "uşaq", ["Uşağın hüquqları qorunmalıdır.",
                    "Ana uşağı məktəbə apardı."]),
    ("tg", "баргаштан", ["Онҳо соли гузашта ба ватан баргаштанд.",
                         "Мо дирӯз аз сафар баргаштем."]),
]


def _row(doc: str, paras: list[tuple[str, str]]) -> dict:
    return {"document": {"id": f"d-{doc}", "source": f"{doc}.txt", "sha256": doc * 8, "raw_text": "",
                         "pipeline_version": "test", "languages": sorted({lang for lang, _ in paras})},
            "paragraphs": [{"id": f"p-{doc}-{i}", "index": i, "lang": lang, "text": text}
                           for i, (lang, text) in enumerate(paras)]}


@pytest.mark.parametrize("lang,word,others", FORMS, ids=[f[0] for f in FORMS])
def test_dictionary_form_finds_other_forms(db, lang, word, others):
    corpus.add(db, _row("a1", [(lang, t) for t in others] + [(lang, "Совсем другой текст без этого слова.")]))
    hits = corpus.search(db, word)
    assert sorted(h["text"] for h in hits) == sorted(others)
    for h in hits:  # the other form is highlighted
        assert h["spans"], h["text"]


def test_exact_matches_rank_before_other_forms(db):
    corpus.add(db, _row("b2", [("ru", "Эксперты обсудили вопросы трудовой миграции в регионе."),
                               ("ru", "Миграция в регионе выросла за год, сказали эксперты."),
                               ("ru", "Эксперты говорили об управлении миграцией в регионе.")]))
    hits = corpus.search(db, "миграция")
    assert len(hits) == 3
    assert hits[0]["text"].startswith("Миграция")


def _old_database(path):
    """A store as Kerben wrote it before word forms: migrations up to 0005, one Russian paragraph."""
    old = sqlite_utils.Database(path)
    migrations.apply(old, stop_before="0008_word_forms")
    old["documents"].insert({"id": "d-1", "source": "old.txt", "sha256": "x", "raw_text": "", "imported_at": "2024",
                             "pipeline_version": "old"})
    old["paragraphs"].insert({"id": "p-1", "document_id": "d-1", "idx": 0, "lang": "ru",
                              "text": "Доклад о трудовой миграции.", "loose": "доклад о трудовой миграции."})
    old.close()
    return path


def test_a_database_from_before_word_forms_is_upgraded(tmp_path):
    db = open_db(_old_database(tmp_path / "old.db"))
    assert [h["id"] for h in corpus.search(db, "миграция")] == ["p-1"]


def test_a_read_only_command_upgrades_an_old_writable_database(runner, tmp_path):
    path = _old_database(tmp_path / "old.db")
    r = runner.invoke(app, ["search", "миграция", "--db", str(path), "--json"])
    assert r.exit_code == 0, r.output
    assert [h["id"] for h in json.loads(r.stdout)] == ["p-1"]


def test_search_on_the_seeds_finds_russian_forms(runner, seeds_dir, db_path):
    assert runner.invoke(app, ["import", str(seeds_dir), "--db", str(db_path), "--no-extract"]).exit_code == 0
    r = runner.invoke(app, ["search", "миграция", "--db", str(db_path), "--json", "-n", "200"])
    hits = json.loads(r.stdout)
    assert any(h["lang"] == "ru" and "миграции" in h["text"] for h in hits)
