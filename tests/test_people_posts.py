"""Posts and bodies of people as news writing gives them (Russian and English), on sentences written for the test."""
import pytest

from store.ingest.doc import Doc
from store.ingest.model import DocContext, Para
from store.ingest.people import extract_people


def one(lang, text):
    found = [p.to_row() for p in extract_people(Doc.build([Para("p-0", 0, lang, text)], DocContext("d-test")))]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text,role", [
    ("Об этом сообщил официальный представитель Таможенной службы Олег Смирнов.", "официальный представитель"),
    ("На встречу пришёл бывший глава Речного порта Олег Смирнов.", "бывший глава"),
    ("Сборную готовит второй тренер клуба Олег Смирнов.", "второй тренер"),
    ("Выставку открыл художественный руководитель Оперного театра Олег Смирнов.", "художественный руководитель"),
])
def test_a_post_keeps_its_own_adjective(text, role):
    assert one("ru", text)["role"].startswith(role)


@pytest.mark.parametrize("lang,text,role", [
    ("ru", "Экс-председатель Речного банка Олег Смирнов рассказал о планах.", "Экс-председатель Речного банка"),
    ("ru", "Как считает вице-губернатор Северной области Олег Смирнов, срок реалистичен.", "вице-губернатор Северной области"),
    ("en", "Laura Finch, co-founder of Bright Paths, opened the forum.", "co-founder of Bright Paths"),
])
def test_a_post_with_a_hyphenated_prefix_is_a_post(lang, text, role):
    assert one(lang, text)["role"] == role


def test_a_capitalized_post_inside_a_sentence_still_names_its_holder():
    p = one("ru", "Вчера Посол Норвегии Пьер Дюваль посетил приют для пострадавших.")
    assert (p["name"], p["role"]) == ("Пьер Дюваль", "Посол Норвегии")


def test_a_charge_d_affaires_is_a_post():
    assert one("ru", "Временный поверенный в делах Чили Олег Смирнов открыл выставку.")["role"].startswith(
        "Временный поверенный в делах")


def test_a_unit_before_a_named_body_belongs_to_the_role():
    p = one("ru", "Об этом сказал заведующий отделом по работе с беженцами Республиканской налоговой службы Олег Смирнов.")
    assert p["organization"] == "Республиканская налоговая служба"
    assert p["role"].startswith("заведующий отделом по работе с беженцами")


def test_a_link_word_between_capitals_stays_inside_an_english_name():
    p = one("en", "Laura Finch, Chair of the Youth Network for Combating Child Labour, spoke first.")
    assert (p["role"], p["organization"]) == ("Chair of the Youth Network for Combating Child Labour",
                                              "Youth Network for Combating Child Labour")


def test_a_name_before_district_is_a_place():
    text = "The campaign reaches the villages of Asht district and Rustam Nazarov district, said Laura Finch."
    assert [p.to_row()["name"] for p in extract_people(Doc.build([Para("p-0", 0, "en", text)], DocContext("d-t")))] \
        == ["Laura Finch"]


def test_a_name_before_a_body_word_names_the_body():
    p = one("en", "“Cases grow,” said Laura Finch, Head of the Centre for Border Studies of the Daniel Orbeli Police Academy.")
    assert (p["name"], p["role"]) == ("Laura Finch", "Head of the Centre for Border Studies of the Daniel Orbeli Police Academy")


@pytest.mark.parametrize("text,role", [
    ("The country director, Laura Finch, said the centre would open in May.", "country director"),
    ("“Shelters are full,” UNHCR head of office in Osh, Laura Finch, told reporters.", "head of office in Osh"),
])
def test_a_full_name_set_off_by_commas_after_its_role_is_a_person(text, role):
    p = one("en", text)
    assert (p["name"], p["role"]) == ("Laura Finch", role)


@pytest.mark.parametrize("text,role", [
    ("Это недопустимо, — заявил Пьер Дюваль, докладчик Совета Европы, на сессии.", "докладчик Совета Европы"),
    ("На участке работал наблюдатель миссии ОБСЕ Пьер Дюваль.", "наблюдатель миссии ОБСЕ"),
])
def test_a_rapporteur_and_an_observer_are_posts(text, role):
    assert one("ru", text)["role"] == role


def test_an_adjective_before_a_post_that_is_also_a_rank_keeps_the_post():
    p = one("ru", "Вчера главный советник Таможенной службы Пьер Дюваль встретился с делегацией.")
    assert p["role"] == "главный советник Таможенной службы"
