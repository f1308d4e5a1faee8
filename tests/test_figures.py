"""Figures: counts of people and cases, not dates, years, phones, ordinals or list numbers."""
import pytest

from store.ingest.doc import Doc
from store.ingest.figures import extract_figures, find_figures
from store.ingest.numbers import parse_number
from store.ingest.model import DocContext, Para


def vals(text, lang=""):
    return [f.value for f in find_figures(text, lang)]


def test_counts_with_people_nouns_in_every_language():
    assert vals("Тренингге 35 мигрант катышты.", "ky") == [35]
    assert vals("Семинарға 48 адам қатысты.", "kk") == [48]
    assert vals("Trening 52 nafar ishtirokchi uchun o'tkazildi.", "uz") == [52]
    assert vals("Дар семинар 61 нафар ширкат варзиданд.", "tg") == [61]
    assert vals("Təlimdə 27 nəfər iştirak edib.", "az") == [27]
    assert vals("Some 70 migrants received advice.", "en") == [70]


def test_approximate_and_grouped_numbers():
    assert vals("получили помощь более 2300 мигрантов и около 40.000 членов семей", "ru") == [2300, 40000]
    assert vals("Проведено 12 500 консультаций.", "ru") == [12500]


def test_thousand_words():
    assert vals("Жыл сайын 5 миң мигрант кайтып келет.", "ky") == [5000]
    assert vals("800 миңге жакын мигрант чет өлкөдө иштейт.", "ky") == [800000]
    assert vals("11 mingdan ortiq migrant qaytib keldi.", "uz") == [11000]
    assert vals("1,5 млн мигрантов работают за рубежом.", "ru") == [1500000]


def test_spelled_out_english_counts():
    assert vals("Twenty-two journalists took part.", "en") == [22]
    assert vals("Forty-five officers attended.", "en") == [45]


def test_dates_years_ordinals_phones_and_list_numbers_are_not_figures():
    assert vals("6 марта 2024 г. в 2023 году", "ru") == []
    assert vals("2-ci səviyyə və 3-cü yer", "az") == []
    assert vals("Звоните: +996 555 12 34 56 или 0312 62 25 26 человек", "ru") == []
    assert vals("1. Ош шаарында 3 кызматкер", "ky") == [3]
    assert vals("согласно статье 124 человек не может", "ru") == []
    assert vals("пандемия COVID-19 людей", "ru") == []


def test_units_are_not_counts():
    assert vals("Проект длился 3 года и стоил 500 долларов.", "ru") == []


def test_parse_number():
    assert parse_number("100.000") == 100000
    assert parse_number("1,5") == 1.5
    assert parse_number("17 000") == 17000


def test_extract_figures_shape():
    paras = [Para("p-1", 0, "ru", "В тренинге приняли участие 25 социальных работников из Таласа.")]
    out = extract_figures(Doc.build(paras, DocContext("d-1")))
    assert [f.to_row() for f in out] == [{"value": 25, "paragraph_id": "p-1",
                                         "text": "В тренинге приняли участие 25 социальных работников из Таласа."}]


def test_scale_words_compose_with_digits_and_number_words():
    assert vals("Шаарда 1 миң 300 киши катталды.", "ky") == [1300]
    assert vals("Чет өлкөдө 1 миллион 200 миң мигрант иштейт.", "ky") == [1200000]
    assert vals("Әлемде екі жарым миллион адам зардап шекті.", "kk") == [2500000]
    assert vals("Тақрибан як миллион шаҳрванд дар хориҷа кор мекунанд.", "tg") == [1000000]
    assert vals("Не менее 2,5 млн. человек выехали.", "ru") == [2500000]
    assert vals("Some 7.8 million workers and 140,521 citizens left.", "en") == [7800000, 140521]


def test_a_scale_word_alone_is_a_count_only_when_made_approximate():
    assert vals("Миллиондон ашык жарандар чет өлкөдө жүрөт.", "ky") == [1000000]
    assert vals("более миллиона мигрантов", "ru") == [1000000]
    assert vals("Мыңдаған адамдар жана тысячи мигрантов", "") == []


def test_counts_in_words():
    assert vals("На встречу пришли более двухсот человек.", "ru") == [200]
    assert vals("Он беш мигрант кеңеш алды.", "ky") == [15]
    assert vals("Бир адам келди.", "ky") == []


def test_time_units_and_adjectives_after_word_numbers_are_not_counts():
    assert vals("Охирги етти йилда вазият ўзгарди.", "uz") == []
    assert vals("Дар се сол ва ду ҳафта", "tg") == []
    assert vals("в трёх районах открыты консультационные пункты", "ru") == []


def test_people_named_by_their_country_and_other_people_nouns_are_counted():
    assert vals("ежегодно около 50 тысяч узбекистанцев выезжают", "ru") == [50000]
    assert vals("Шаарда 700 казакстандык жашайт.", "ky") == [700]
    assert vals("Over 300 Tajikistanis and 40 professionals took part.", "en") == [300, 40]
    assert vals("Tədbirdə 18 əcnəbi miqrant və 9 nəfərlə görüş keçirildi.", "az") == [18, 9]
    assert vals("Семинарға 60 жас көшбасшы қатысты.", "kk") == [60]
    assert vals("Поступило 14 запросов от родителей.", "ru") == [14]


def test_one_in_ten_is_a_rate():
    assert vals("Only one in ten workers and 1 in 5 families had a contract.", "en") == []


def test_a_share_of_people_counted_before_is_a_count():
    assert vals("Долбоор 80 мигрантты камтыды, алардын 30у аялдар.", "ky") == [80, 30]
    assert vals("Помощь получили 60 семей, двенадцать из них – в селах.", "ru") == [60, 12]
    assert vals("The centre helped 45 migrants; 20 of them returned home.", "en") == [45, 20]
    assert vals("в том числе 3 года", "ru") == []


def test_two_numbers_of_one_noun():
    assert vals("In all, 40 out of 65 trainees passed the test.", "en") == [40, 65]
    assert vals("Число обращений выросло с 150 до 300 в месяц.", "ru") == []
    assert vals("Помощь получили от 150 до 300 мигрантов.", "ru") == [150, 300]
    assert vals("Детям 5 и 7 лет.", "ru") == []


def test_a_number_takes_its_people_from_a_comparison_or_a_number_of_phrase():
    assert vals("Some 9,400 migrants left in 2024, compared to 12,000 in 2023.", "en") == [9400, 12000]
    assert vals("The number of registered migrant workers in the country reached 2.3 million.", "en") == [2300000]
    assert vals("The number of projects reached 12.", "en") == []
    assert vals("Число пострадавших в регионе составило 48.", "ru") == [48]


def test_numbered_names_member_states_money_and_view_counters_are_not_figures():
    assert vals("Tədbir 28 saylı məktəbdə 30 müəllim üçün keçirildi.", "az") == [30]
    assert vals("The body has 57 member states and trained 30 officials.", "en") == [30]
    assert vals("Грант $5000 и 2 000 dollars для 40 мигрантов", "ru") == [40]
    assert vals("Просмотров: 312 человек", "ru") == []


def test_collective_numerals_tajik_joined_tens_and_a_million():
    assert vals("В семье трое детей, помощь получили пятеро мигрантов.", "ru") == [3, 5]
    assert vals("Дар тренинг бисту панҷ нафар ва сию се муҳоҷир ширкат карданд.", "tg") == [25, 33]
    assert vals("Over a million migrants and a million reasons.", "en") == [1000000]


def test_a_count_of_bodies_after_a_people_label_is_marked_as_bodies():
    (fig,) = find_figures("На форум приехали представители 25 НПО из пяти стран.", "ru")
    assert (fig.value, fig.entity) == (25, True)


def test_kazakh_cases_are_counted():
    assert vals("Былтыр 7 қылмыстық іс тіркелді.", "kk") == [7]


def test_half_a_million_in_one_word_and_kyrgyz_number_words_in_a_paragraph_taken_for_kazakh():
    assert vals("В регионе работают более полумиллиона мигрантов.", "ru") == [500000]
    assert vals("Жыйырма мигрант кеңеш алды.", "kk") == [20]


def test_pupils_respondents_and_uzbek_latin_demonyms_are_counted():
    assert vals("Уроки прошли для 600 учеников, анкету заполнили 90 респондентов.", "ru") == [600, 90]
    assert vals("Из 400 опрошенных половина работала без договора.", "ru") == [400]
    assert vals("Xorijda 2 milliondan ortiq o'zbekistonlik ishlaydi.", "uz") == [2000000]
    assert vals("Seminarda 120 o‘quvchi qatnashdi.", "uz") == [120]


def test_a_share_needs_a_count_of_people_before_it():
    assert vals("The fund supported 12 projects, including 5 in the south.", "en") == []


def test_a_russian_participle_with_no_noun_after_it_counts_people():
    assert vals("Полиция освободила 15 задержанных в аэропорту.", "ru") == [15]
    assert vals("Из Турции вернули 40 депортированных, 12 из них — женщины.", "ru") == [40, 12]
    assert vals("Фонд выдал 5 выделенных грантов и 3 новых.", "ru") == []


@pytest.mark.parametrize("text,lang", [
    ("Кыйынчылык болсо 112 номерине кайрылуу сунушталды.", "ky"),
    ("Шикоятҳо ба 1313 рақами хатти боварӣ қабул мешаванд.", "tg"),
    ("Vətəndaşlar 152 nömrəsinə müraciət edə bilərlər.", "az"),
])
def test_a_phone_lines_number_is_no_count(text, lang):
    assert find_figures(text, lang) == []
    assert [f.value for f in find_figures("Бир жылда 75 кайрылуу катталды.", "ky")] == [75]


@pytest.mark.parametrize("text,lang,values", [
    ("Рейд кезінде 240 шетел азаматы тексеріліп, 75-і жауапқа тартылды.", "kk", [240, 75]),
    ("Reyd zamanı 90 əcnəbi vətəndaş yoxlanılıb, 12-si cərimələnib.", "az", [90, 12]),
])
def test_a_number_with_a_possessive_ending_is_a_share_of_the_count_before(text, lang, values):
    assert [f.value for f in find_figures(text, lang)] == values


def test_a_possessive_number_with_no_count_before_is_no_figure():
    assert find_figures("Мектептің 3-і жөнделді.", "kk") == []


def test_police_and_investigators_are_counted_people():
    assert [f.value for f in find_figures("In the north, 47 police investigators and judges were trained.", "en")] == [47]


def test_kazakh_in_the_latin_alphabet_counts_people():
    assert [f.value for f in find_figures("Reıd kezinde 312 sheteldik jáne 58 adam tekserildi.", "kk")] == [312, 58]
