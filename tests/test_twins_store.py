"""Documents that translate each other are linked through the anchor index, and `show` names the twin."""
import json

from cli import app
from store import corpus
from store.importer import import_paths
from store.twins_store import candidates, twins_of

KY = """2023-жылдын 14-апрелинде Талас шаарында «Жаштар жана коопсуз миграция» темасында тренинг өттү.

Тренингге Талас облусунун 37 жашы катышты. Тренингди «Нур Ордо» коомдук фонду UNDP менен биргеликте уюштурду.

Фонддун жетекчиси Нурбек Касымалиев 2022-жылы 1250 мигрантка консультация берилгенин айтты.
"""
RU = """14 апреля 2023 года в городе Талас прошёл тренинг «Молодёжь и безопасная миграция».

В тренинге приняли участие 37 молодых людей Таласской области. Тренинг организовал общественный фонд «Нур Ордо» совместно с UNDP.

Руководитель фонда Нурбек Касымалиев сообщил, что в 2022 году консультации получили 1250 мигрантов.
"""
OTHER = """В Бишкеке 3 мая 2023 года прошёл круглый стол о правах мигрантов, в нём участвовали 12 экспертов OSCE.
"""


def test_twins_are_found_and_shown(tmp_path, db, runner, db_path):
    for name, text in {"ky.txt": KY, "ru.txt": RU, "other.txt": OTHER}.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    s = import_paths(db, [str(tmp_path / n) for n in ("ky.txt", "other.txt", "ru.txt")], jobs=1)
    assert s.count("added") == 3
    ids = {d["source"]: d["id"] for d in corpus.documents(db)}
    assert candidates(db, ids["ru.txt"])[0] == ids["ky.txt"]
    links = twins_of(db, ids["ru.txt"])
    assert [t["source"] for t in links] == ["ky.txt"]
    assert links[0]["score"] >= 0.6 and links[0]["pairs"]
    assert twins_of(db, ids["other.txt"]) == []
    db.close()
    r = runner.invoke(app, ["show", "ky.txt", "--db", str(db_path), "--json"])
    assert json.loads(r.stdout)["twins"][0]["source"] == "ru.txt"
    r = runner.invoke(app, ["show", "ky.txt", "--db", str(db_path)])
    assert "ru.txt" in r.stdout


def test_side_by_side_of_a_monolingual_document_uses_its_translation(tmp_path, db, runner, db_path):
    for name, text in {"ky.txt": KY, "ru.txt": RU}.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    import_paths(db, [str(tmp_path / "ky.txt"), str(tmp_path / "ru.txt")], jobs=1)
    db.close()
    r = runner.invoke(app, ["show", "ru.txt", "--side-by-side", "--db", str(db_path), "--json"])
    pairs = json.loads(r.stdout)
    assert pairs and all(p["text_a"] and p["text_b"] for p in pairs)
    assert any("37" in p["text_a"] and "37" in p["text_b"] for p in pairs)
    r = runner.invoke(app, ["show", "ru.txt", "--side-by-side", "--db", str(db_path)])
    assert "linked translation" in r.stdout


def test_browse_pairs_a_document_with_its_linked_translation(tmp_path, db):
    """File names say nothing here (ky.txt / ru.txt, no dates): the link found at import decides."""
    from store import browse

    for name, text in {"ky.txt": KY, "ru.txt": RU, "other.txt": OTHER}.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    import_paths(db, [str(tmp_path / n) for n in ("ky.txt", "other.txt", "ru.txt")], jobs=1)
    ids = {d["source"]: d["id"] for d in corpus.documents(db)}
    assert browse.linked_translation(db, ids["ky.txt"]) == ids["ru.txt"]
    assert browse.linked_translation(db, ids["other.txt"]) is None
    paras, pairs, la, lb = browse.align_documents(db, ids["ky.txt"], ids["ru.txt"])
    rows = browse.side_by_side(paras, pairs, la, lb)
    assert (la, lb) == ("ky", "ru") and len(rows) == 3
    assert all(left and right for left, right in rows)
    assert "Касымалиев" in rows[2][1][0]["text"]
