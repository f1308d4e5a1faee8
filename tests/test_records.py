"""The typed records of ingest give rows of the shape the extractors hand to the store today."""
from dataclasses import fields

from store.ingest.align import align_document
from store.ingest.doc import Doc
from store.ingest.events import extract_events
from store.ingest.model import DocContext, Event, Figure, Mention, Pair, Para, Person, Quote
from store.ingest.people import extract_people
from store.ingest.pipeline import run_extractors
from store.ingest.quotes import extract_quotes

PARAS = [
    Para("p-0", 0, "ru", "12 мая в Караколе фонд «Береке» провёл семинар для 30 молодых мигрантов."),
    Para("p-1", 1, "ru", "«Мы продолжим обучение», – сказал директор фонда Азамат Тологонов."),
]


def _rows():
    doc = Doc.build(PARAS, DocContext("d-rec"))
    people = extract_people(doc)
    return ([e.to_row() for e in extract_events(doc)], [p.to_row() for p in people],
            [q.to_row() for q in extract_quotes(doc, people)])


def test_people_come_out_as_person_records_and_the_pipeline_stores_their_rows():
    ctx = DocContext("d-rec")
    people = extract_people(Doc.build(PARAS, ctx))
    assert [type(p) for p in people] == [Person]
    [p] = people
    assert p.name == "Азамат Тологонов" and p.paragraph_ids == ("p-1",) and isinstance(p.aliases, tuple)
    text = {x.id: x.text for x in PARAS}
    assert [(type(m), text[m.paragraph_id][m.start:m.end]) for m in p.mentions] == [(Mention, m.surface) for m in p.mentions]
    assert p.why["role"]["rule"] and "role" in p.to_row()["why"]
    assert run_extractors(PARAS, ctx)["people"] == [p.to_row()]


def test_record_rows_have_the_extractors_keys_in_their_order():
    events, people, quotes = _rows()
    assert events and people and quotes
    event = Event("e", "training", (), None, None, None, (), (), None, None, None, ())
    person = Person("person", "A B", (), None, None, (), (Mention("p-0", "A B", 0, 3),), "k")
    quote = Quote("q", "t", "ru", None, None, "p-0")
    assert list(event.to_row()) == list(events[0])
    assert list(person.to_row()) == list(people[0])
    assert list(person.to_row()["mentions"][0]) == list(people[0]["mentions"][0])
    assert list(quote.to_row()) == list(quotes[0])


def test_a_record_rebuilt_from_an_extractor_row_gives_that_row_back():
    events, people, quotes = _rows()
    lists = {"titles", "organizers", "funders", "paragraph_ids", "aliases"}
    for cls, row in ((Event, events[0]), (Quote, quotes[0])):
        values = {f.name: tuple(row[f.name]) if f.name in lists else row[f.name] for f in fields(cls)}
        assert cls(**values).to_row() == row
    p = people[0]
    rebuilt = Person(p["id"], p["name"], tuple(p["aliases"]), p["role"], p["organization"], tuple(p["paragraph_ids"]),
                     tuple(Mention(**m) for m in p["mentions"]), p["key"], p["why"])
    assert rebuilt.to_row() == p


def test_translation_pairs_come_out_as_pair_records_and_the_pipeline_stores_their_rows(monkeypatch):
    monkeypatch.setenv("KERBEN_NO_EMBED", "1")  # lengths and anchors settle these two pairs
    paras = [Para("p-0", 0, "ky", "2024-жылы 14-мартта Каракол шаарында 35 жаш мигрант үчүн семинар өттү."),
             Para("p-1", 1, "ru", "14 марта 2024 года в Караколе прошёл семинар для 35 молодых мигрантов."),
             Para("p-2", 2, "ky", "Семинарга UNDP жана «Береке» фонду 1 200 доллар бөлүштү."),
             Para("p-3", 3, "ru", "На семинар UNDP и фонд «Береке» выделили 1 200 долларов.")]
    ctx = DocContext("d-rec", languages=["ky", "ru"])
    pairs = align_document(Doc.build(paras, ctx))
    assert [(type(p), p.a, p.b, p.lang_a, p.lang_b) for p in pairs] == [
        (Pair, ("p-0",), ("p-1",), "ky", "ru"), (Pair, ("p-2",), ("p-3",), "ky", "ru")]
    assert run_extractors(paras, ctx)["parallel"] == [p.to_row() for p in pairs]


def test_why_keeps_only_the_fields_a_record_sets():
    why = {"place": {"rule": "lead-locative", "evidence": "В Караколе"}, "date": {"rule": "dateline", "evidence": ""}}
    row = Event("e", "other", (), None, "Каракол", None, (), (), None, None, None, ("p-0",), why).to_row()
    assert list(row["why"]) == ["place"]


def test_figure_and_pair_rows():
    assert Figure(2500000, "2,5 млн мигрантов", "p-0").to_row() == {
        "value": 2500000, "text": "2,5 млн мигрантов", "paragraph_id": "p-0"}
    assert Pair(("p-0",), ("p-3", "p-4"), 0.9, "ky", "ru").to_row()["b"] == ["p-3", "p-4"]
