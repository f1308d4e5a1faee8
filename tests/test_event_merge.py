"""The same event in two documents is one event with both documents as sources."""
from store import browse, corpus
from store.event_merge import same_event
from store.importer import import_paths

KY = "2024-жылдын 2-майында Нарын шаарында «Ак Жол» коомдук фонду мигранттар үчүн тренинг өткөрдү. Тренингге 25 киши катышты."
RU = "2 мая 2024 года в Нарыне общественный фонд «Ак Жол» провёл тренинг для мигрантов. В тренинге участвовали 25 человек."
OTHER = "3 мая 2024 года в Оше фонд «Мост» провёл семинар для 14 журналистов."


def test_same_event_rules():
    e = {"date": "2024-05-02", "country": "KG", "place": "Нарын", "titles": [], "organizers": ["фонд «Ак Жол»"]}
    assert same_event(e, dict(e, place="Нарын", organizers=[]))
    assert not same_event(e, dict(e, country="KZ"))
    assert not same_event(dict(e, date="2024-05"), dict(e, date="2024-05"))  # month precision is too coarse
    assert not same_event(e, dict(e, place="Ош", organizers=["Мост"]))


def test_two_reports_one_event(tmp_path, db):
    for name, text in {"ky.txt": KY, "ru.txt": RU, "other.txt": OTHER}.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    import_paths(db, [str(tmp_path / n) for n in ("ky.txt", "ru.txt", "other.txt")], jobs=1)
    listed = corpus.events(db)
    naryn = [e for e in listed if e["date"] == "2024-05-02"]
    assert len(naryn) == 1 and naryn[0]["sources"] == 2
    detail = corpus.event(db, naryn[0]["id"])
    assert {s["source"] for s in detail["sources"]} == {"ky.txt", "ru.txt"}
    assert any(e["date"] == "2024-05-03" and e["sources"] == 1 for e in listed)
    # the export stays per document: each report keeps its own event
    rows = list(corpus.export_rows(db))
    assert all(len(r["events"]) == 1 for r in rows)


def test_deleting_the_first_report_frees_the_second(tmp_path, db):
    for name, text in {"ky.txt": KY, "ru.txt": RU}.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    import_paths(db, [str(tmp_path / "ky.txt"), str(tmp_path / "ru.txt")], jobs=1)
    import_paths(db, [str(tmp_path / "ky.txt")], jobs=1, force=True)  # replaced: its event is new
    assert len([e for e in corpus.events(db) if e["date"] == "2024-05-02"]) >= 1


def test_browse_lists_one_row_per_event_with_its_sources(tmp_path, db):
    for name, text in {"ky.txt": KY, "ru.txt": RU, "other.txt": OTHER}.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    import_paths(db, [str(tmp_path / n) for n in ("ky.txt", "ru.txt", "other.txt")], jobs=1)
    rows = browse.page(db, "events")
    assert browse.count(db, "events") == len(rows) == 2
    assert sorted(r["sources"] for r in rows) == [1, 2]
