"""Date rules, one test per rule, on sentences written for these tests."""
import pytest

from store.ingest.dates import dateline, find_dates, parse_published


def values(text, lang="", published=None):
    return [h.value for h in find_dates(text, lang, published) if h.precision in ("day", "month", "relative")]


@pytest.mark.parametrize("text,lang,expected", [
    ("2023-жылдын 12-апрелинде Нарын шаарында семинар өттү.", "ky", "2023-04-12"),
    ("2021-жылдын 3-октябрь күнү Талас шаарында жолугушуу болду.", "ky", "2021-10-03"),
    ("2024 жылғы 6 наурызда Шымкентте дөңгелек үстел өтті.", "kk", "2024-03-06"),
    ("19 қазан 2022 ж. Таразда кездесу болды.", "kk", "2022-10-19"),
    ("2023 yil 15 mart kuni Samarqand shahrida seminar bo'lib o'tdi.", "uz", "2023-03-15"),
    ("2024 yilning 28 may kuni Toshkentda trening o'tkazildi.", "uz", "2024-05-28"),
    ("2023 йил 9 ноябрь куни Андижонда учрашув бўлди.", "uz", "2023-11-09"),
    ("15 марти 2023 дар шаҳри Хуҷанд семинар баргузор шуд.", "tg", "2023-03-15"),
    ("2022-ci il iyulun 28-də Bakıda təlim keçirildi.", "az", "2022-07-28"),
    ("On 15 March 2023 in Almaty a workshop was held.", "en", "2023-03-15"),
    ("The meeting took place on March 4, 2022 in Bishkek.", "en", "2022-03-04"),
    ("6 марта 2024 г. в Бишкеке прошел тренинг.", "ru", "2024-03-06"),
    ("Встреча состоялась 06.03.2024 в Оше.", "ru", "2024-03-06"),
    ("12 уми апрели соли 2023 дар Кӯлоб вохӯрӣ баргузор шуд.", "tg", "2023-04-12"),
    ("Рӯзи 3-юми марти соли 2022 семинар доир гардид.", "tg", "2022-03-03"),
    ("Совещание прошло 7-го июня 2021 года в Таласе.", "ru", "2021-06-07"),
])
def test_full_dates_in_every_language(text, lang, expected):
    assert values(text, lang)[0] == expected


def test_range_gives_its_start_day():
    assert values("Семинар прошел с 12 по 14 ноября 2023 года в Караколе.", "ru") == ["2023-11-12"]
    assert values("Тренинг 1-3 декабря 2023 г. прошел в Нарыне.", "ru") == ["2023-12-01"]


def test_month_and_year_only():
    assert values("В апреле 2023 года в Таразе прошла акция.", "ru") == ["2023-04"]


def test_bare_day_month_takes_the_publication_year():
    assert values("Martın 15-də Gəncədə seminar keçirildi.", "az", "2023-04-02") == ["2023-03-15"]
    assert values("Martın 15-də Gəncədə seminar keçirildi.", "az", None) == []


def test_late_month_before_an_early_publication_is_last_year():
    assert values("28 декабря в Оше прошла встреча.", "ru", "2024-01-10") == ["2023-12-28"]


def test_relative_words_need_a_full_publication_date():
    assert values("Сегодня в Бишкеке прошел круглый стол.", "ru", "2023-05-10") == ["2023-05-10"]
    assert values("Кечээ Нарында жолугушуу болду.", "ky", "2023-05-10") == ["2023-05-09"]
    assert values("Bu gün Bakıda tədbir keçirildi.", "az", "2023-05-10") == ["2023-05-10"]
    assert values("Сегодня в Бишкеке прошел круглый стол.", "ru", None) == [None]
    assert values("Сегодня в Бишкеке прошел круглый стол.", "ru", "2023-05") == [None]


def test_never_a_year_from_a_count():
    assert values("Консультации получили 2023 мигранта и 1500 членов их семей.", "ru") == []
    assert values("на сегодняшний день помощь получили 2300 мигрантов", "ru", "2023-05-10") == []


def test_year_words_give_a_year_hit():
    hits = find_dates("Операция началась в 2019 году, план на 2020-2024-cü illər.", "ru")
    assert [(h.value, h.precision) for h in hits] == [("2019", "year"), ("2020", "year")]


def test_month_word_followed_by_a_count_is_not_a_date():
    assert values("в марте 20 человек получили помощь", "ru") == []


def test_parse_published():
    assert parse_published("2022-07") == (2022, 7, None)
    assert parse_published(None) == (None, None, None)


@pytest.mark.parametrize("text,value", [
    ("Джалал-Абад, 21 ноября 2025 года. Сегодня в библиотеке прошла встреча.", "2025-11-21"),
    ("OSH, 14 October 2025 – IOM held a training.", "2025-10-14"),
    ("Бишкек, 05.03.2024 — Бүгүн борбордо жыйын өттү.", "2024-03-05"),
    ("Нарын, 12 мая 2024 г. — В городе прошёл тренинг.", "2024-05-12"),
    ("В Оше 21 ноября 2025 года прошла встреча.", None),
    ("Участники, 21 ноября 2025 года собравшиеся в зале, обсудили", None),
])
def test_dateline_at_the_head_of_a_report(text, value):
    assert dateline(text) == value


def test_a_dateline_dates_a_report_that_says_today():
    from store.ingest.pipeline import process_text

    text = ("В Караколе обсудили права мигрантов\n\nКаракол, 3 июня 2025 года. Сегодня в городской библиотеке "
            "прошёл семинар для 30 трудовых мигрантов, организованный общественным фондом «Жардам».")
    row = process_text(text, "karakol.txt", sha256="0" * 64)
    assert row["document"]["published"] == "2025-06-03"
    assert [e["date"] for e in row["events"]] == ["2025-06-03"]


@pytest.mark.parametrize("text", [
    "On June 4, 11 and 19, 2023, the volunteers held three workshops.",
    "On June 4 and 11, 2023, the volunteers held two workshops.",
])
def test_en_a_list_of_days_in_one_month_gives_the_first_day_and_its_year(text):
    assert [h.value for h in find_dates(text, "en", "2024-09-10")] == ["2023-06-04"]


@pytest.mark.parametrize("text,lang,value", [
    ("Об этом сообщил в среду директор центра.", "ru", "2019-03-13"),
    ("The shelter opened on Monday in the town.", "en", "2019-03-11"),
    ("Жолугушуу шейшемби күнү өттү.", "ky", "2019-03-12"),
    ("Seminar juma kuni bo'lib o'tdi.", "uz", "2019-03-08"),
    ("Тренинг рӯзи чоршанбе баргузор шуд.", "tg", "2019-03-13"),
])
def test_a_weekday_is_the_last_such_day_up_to_publication(text, lang, value):
    # 2019-03-13 is a Wednesday
    assert [h.value for h in find_dates(text, lang, "2019-03-13")] == [value]


def test_a_weekday_needs_a_full_publication_date_and_a_capital_is_no_weekday():
    assert [h.value for h in find_dates("Об этом сообщил в среду директор центра.", "ru", "2019-03")] == [None]
    assert find_dates("Тренинг дар шаҳри Душанбе баргузор шуд.", "tg", "2019-03-13") == []


def test_a_dateline_of_place_slash_date_slash_agency():
    assert dateline("Гянджа/14.05.19/Агентство: Сегодня в городе прошла встреча.") == "2019-05-14"
