"""Cleaning: furniture out, body kept, metadata pulled, duplicates dropped (texts written for these tests)."""
import pytest

from store.ingest.clean import (clean, drop_duplicates, furniture_reason, headline_like, is_related_header,
                                join_broken_lines, pull_metadata, strip_markdown)

BODY_RU = ("Центр поддержки мигрантов провёл семинар в Караколе для 25 представителей местных органов власти. "
           "Участники обсудили вопросы безопасной трудовой миграции.")


def test_related_headline_list_is_removed_body_kept():
    text = "\n".join([
        BODY_RU, "", "",
        "В Бишкеке открыли новый центр занятости",
        "Курс доллара вырос на бирже в понедельник",
        "Футбольная сборная выиграла товарищеский матч",
        "Что ждёт рынок жилья в следующем году?",
        "Все новости",
    ])
    c = clean(text)
    assert c.paragraphs == [BODY_RU]
    assert {r for _, r in c.removed} >= {"related links"}


def test_short_body_line_without_period_survives_alone():
    text = "Семинар прошёл в Нарыне.\nСеминар прошёл при поддержке фонда «Демилге»\nУчастие приняли 30 человек."
    assert len(clean(text).paragraphs) == 3


def test_navigation_and_notices_in_every_language():
    for line in ["Все новости", "Бардык жаңылыктар", "Барлық жаңалықтар", "Batafsil", "Bütün xəbərlər",
                 "Read more", "Авторизуйтесь, пожалуйста", "Exit mobile version", "Ҳамаи хабарҳо",
                 "You must enable JavaScript to use this site.", "Мы используем файлы cookie."]:
        assert furniture_reason(line), line


def test_photo_credits_and_share_bars():
    assert furniture_reason("Фото: пресс-служба акимата") == "credit"
    assert furniture_reason("Сүрөт: маалымат кызматы") == "credit"
    assert furniture_reason("Facebook Twitter Telegram WhatsApp") == "share bar"
    assert furniture_reason("Министр встретился с представителями диаспоры.") is None


def test_truncated_title_and_repeats_are_dropped():
    full = "2023-жылдын 4-апрелинде Нарын шаарында жаштар үчүн коопсуз миграция боюнча семинар өттү."
    paras, removed = drop_duplicates([full[:50], full[:50], full, "Башка абзац."])
    assert paras == [full, "Башка абзац."]
    assert len(removed) == 2


def test_exact_repeat_keeps_first():
    paras, _ = drop_duplicates(["Одинаковый абзац текста здесь.", "Другой.", "Одинаковый абзац текста здесь."])
    assert paras == ["Одинаковый абзац текста здесь.", "Другой."]


def test_markdown_markup_is_stripped_text_kept():
    assert strip_markdown("## Заголовок раздела") == "Заголовок раздела"
    assert strip_markdown("**Катышуучулар:** *Асанов Бакыт*") == "Катышуучулар: Асанов Бакыт"
    assert strip_markdown("See [the report](https://example.org/r.pdf) ![pic](x.png)") == "See the report"
    assert strip_markdown("---") == ""


def test_metadata_lines_become_fields():
    lines, meta, removed = pull_metadata(["date 2023-05 Mayın 5-də Gəncədə seminar keçirildi.",
                                          "Автор: Айгуль Садыкова", "Текст."])
    assert meta == {"published": "2023-05", "byline": "Айгуль Садыкова"}
    assert lines == ["Mayın 5-də Gəncədə seminar keçirildi.", "Текст."]
    _, meta2, _ = pull_metadata(["12.04.2024 10:35", "Текст."])
    assert meta2["published"] == "2024-04-12"


def test_broken_lines_are_joined():
    assert join_broken_lines(["Тренеры: Асан Усенов,", "представители фонда."]) == [
        "Тренеры: Асан Усенов, представители фонда."]
    assert join_broken_lines(["Заголовок «Безопасная миграция»", "темасындагы семинар."]) == [
        "Заголовок «Безопасная миграция» темасындагы семинар."]
    assert join_broken_lines(["1. пункт;", "2. пункт."]) == ["1. пункт;", "2. пункт."]


def test_headline_shape():
    assert headline_like("Мигранты вернулись домой после долгой зимы")
    assert not headline_like("Они вернулись домой.")
    assert not headline_like("1. Первый пункт списка")


def test_escape_sequences_made_visible_and_controls_dropped():
    c = clean("Текст \x1b[31mкрасный\x07 абзац.")
    assert c.paragraphs == ["Текст ␛[31mкрасный абзац."]


def test_related_header_block():
    c = clean(BODY_RU + "\n\nЧитайте также:\nНовости одного дня\nЕщё одна новость дня\n")
    assert c.paragraphs == [BODY_RU]


def test_breadcrumbs_tags_counters_share_bars():
    assert furniture_reason("Башкы бет / Жаңылыктар / Коом") == "breadcrumbs"
    assert furniture_reason("Теги: миграция, Ош, тренинг") == "tags"
    assert furniture_reason("Teglar: migratsiya, Buxoro") == "tags"
    assert furniture_reason("Просмотров: 1 204") == "counter"
    assert furniture_reason("Baxış sayı: 77") == "counter"
    assert furniture_reason("Поделиться: Facebook Telegram") == "share bar"
    assert furniture_reason("Бөлісу / Поделиться") == "share bar"
    assert furniture_reason("Подписывайтесь на наш канал в Telegram") == "notice"
    # body sentences that merely mention these words stay
    assert furniture_reason("Мигранты из Оша / Баткена / Таласа приехали на встречу в мэрию города.") is None
    assert furniture_reason("Участники решили поделиться опытом работы с мигрантами.") is None


def test_related_block_with_inline_link_and_header_in_other_languages():
    body = "Samarqand shahrida mehnat muhojirlari uchun davra suhbati bo‘lib o‘tdi."
    c = clean(body + "\n\nBoshqa yangiliklar\nBuxoroda yangi markaz ochildi\n")
    assert c.paragraphs == [body]
    c = clean("Шымкентте семинар өтті.\n\nТағы оқыңыз: Түркістанда жәрмеңке өтті\n")
    assert c.paragraphs == ["Шымкентте семинар өтті."]


def test_labelled_fields_of_an_event_note_are_body():
    text = ("Дата и место: 12 мая 2023 года, г. Каракол\nОрганизаторы: фонд «Ак Жол»\nПри поддержке: фонда «Мост»\n"
            "Участники: 20 человек")
    assert len(clean(text).paragraphs) == 4


@pytest.mark.parametrize("line,reason", [
    ("Бош саҳифа | Янгиликлар", "breadcrumbs"), ("Басты бет / Жаңалықтар", "breadcrumbs"),
    ("Башкы бет » Коом", "breadcrumbs"), ("Share this: Facebook Twitter", "share bar"),
    ("Share on Telegram", "share bar"), ("Янгиликлар", "navigation"),
    ("Бишкек / Ош", None), ("Миграция | Общество", None),
])
def test_short_breadcrumbs_share_lines_and_section_names(line, reason):
    assert furniture_reason(line) == reason


@pytest.mark.parametrize("line", ["Оқи отырыңыз: Алматыда кеңес орталығы ашылды", "Also read: New hotline opens"])
def test_read_also_headers_in_more_languages(line):
    assert is_related_header(line)


def test_version_for_the_visually_impaired_is_furniture():
    for line in ["Версия для слабовидящих", "Version for the visually impaired", "Нашар көретіндерге арналған нұсқа"]:
        assert furniture_reason(line), line
    assert not furniture_reason("Для слабовидящих мигрантов центр выпустил брошюры шрифтом Брайля и аудиогиды, "
                                "их получили 40 человек.")


def test_contact_links_are_navigation():
    for line in ["Байланыс", "- Байланыс", "Контакты", "Contact us", "Biz bilan aloqa"]:
        assert furniture_reason(line), line


def test_english_byline_and_published_line_are_metadata():
    c = clean("By Daniel Brooks, Staff Reporter\nPublished 4 December 2025\n\nAlmaty hotline marks ten years\n\n"
              "ALMATY, 4 December 2025 – The hotline for migrants marked ten years of work on 3 December.")
    assert c.byline == "Daniel Brooks, Staff Reporter" and c.published == "2025-12-04"
    assert c.paragraphs[0] == "Almaty hotline marks ten years"


def test_a_byline_naming_an_office_is_metadata_and_a_sentence_opening_alike_is_body():
    c = clean("By the Information Office of the Ministry of Labour\n\nBy the end of the year the hotline had "
              "answered 900 calls from workers abroad.")
    assert c.byline == "the Information Office of the Ministry of Labour"
    assert c.paragraphs == ["By the end of the year the hotline had answered 900 calls from workers abroad."]


LEAD_KY = ("Нарын шаарында жаштар үчүн коопсуз миграция боюнча тренинг өттү. "
           "Ага 40 студент катышып, эмгек келишими тууралуу маалымат алышты.")


def test_related_list_in_capitals_and_under_one_rubric_ends_at_the_next_headline():
    text = "\n".join([
        "Акыркы жаңылыктар", "ноя.14", "ЖАЙЫЛ РАЙОНУ. СЕССИЯ", "ноя.14",
        "ЖАЙЫЛ РАЙОНУ. АЙЫЛ ӨКМӨТҮНДӨ ЖОЛУГУШУУ ӨТТҮ.", "ноя.14",
        "ЖАЙЫЛ РАЙОНУ. Мектептерде текшерүү жүргүзүлдү.",
        "Нарында жаштар коопсуз миграция тууралуу билишти", "", LEAD_KY])
    c = clean(text)
    assert c.paragraphs == ["Нарында жаштар коопсуз миграция тууралуу билишти", LEAD_KY]
    assert c.title == "Нарында жаштар коопсуз миграция тууралуу билишти"


def test_lines_ending_with_the_same_site_name_are_page_titles_and_a_headline_after_them_is_a_link():
    text = "\n\n".join([
        "Мигранттар үчүн жаңы борбор ачылды - Ала-Тоо Медиа", LEAD_KY,
        "Бишкектеги эмгек биржасы - Ала-Тоо Медиа", "Ошто мигранттардын үй-бүлөлөрү үчүн форум өттү"])
    c = clean(text)
    assert c.paragraphs == [LEAD_KY]
    assert [r for _, r in c.removed] == ["site title", "site title", "related links"]


def test_one_line_ending_with_a_dash_and_a_name_stays():
    text = "\n\n".join([LEAD_KY, "Иш-чаранын уюштуруучусу - Жаштар борбору"])
    assert clean(text).paragraphs == [LEAD_KY, "Иш-чаранын уюштуруучусу - Жаштар борбору"]


def test_breadcrumb_trail_on_the_headline_line_goes_the_headline_stays():
    c = clean("Башкы бет Мигрантка жардам Ошто жаштар форуму өттү\n\nОшто жаштар форуму өттү\n\n" + LEAD_KY)
    assert c.paragraphs == ["Ошто жаштар форуму өттү", LEAD_KY]


def test_a_run_of_headlines_with_a_cut_lead_is_removed():
    text = "\n".join(["Бакыда жаңы көпүрө ачылды", "Министр: биз бул маселени...", "Футбол боюнча курама жеңди",
                      "Аба ырайы суукка бурулат", "", LEAD_KY])
    assert clean(text).paragraphs == [LEAD_KY]


def test_a_list_of_speakers_with_their_country_is_not_site_titles():
    text = "\n\n".join([LEAD_KY, "Асан Усенов - Кыргызстан", LEAD_KY.replace("40", "45"), "Айгерим Бекова - Кыргызстан"])
    assert clean(text).paragraphs[1::2] == ["Асан Усенов - Кыргызстан", "Айгерим Бекова - Кыргызстан"]


def test_the_headline_repeated_with_the_site_name_is_a_page_title():
    c = clean("Ошто жаштар форуму өттү\n\n" + LEAD_KY + "\n\nОшто жаштар форуму өттү | Ош Пресс\n\n" + LEAD_KY.replace("40", "41"))
    assert "Ошто жаштар форуму өттү | Ош Пресс" not in c.paragraphs
    assert ("Ошто жаштар форуму өттү | Ош Пресс", "site title") in c.removed


def test_the_site_name_alone_goes_when_titles_repeat_it():
    text = "\n\n".join(["Мигранттар үчүн жаңы борбор ачылды - Ала-Тоо Медиа", "Ала-Тоо Медиа", LEAD_KY,
                        "Бишкектеги эмгек биржасы иштей баштады - Ала-Тоо Медиа", LEAD_KY.replace("40", "41")])
    c = clean(text)
    assert c.paragraphs == [LEAD_KY, LEAD_KY.replace("40", "41")]
    assert ("Ала-Тоо Медиа", "site name") in c.removed


def test_a_metadata_label_with_no_value_is_furniture():
    for line in ("Date:", "Опубликовано:", "Issued on:", "Автор:"):
        assert furniture_reason(line) == "empty field", line
    assert furniture_reason("Задачи на год:") is None  # a body line that opens a list
    assert clean("Issued on: 03.05.2021\nThe shelter opened in Osh.").published == "2021-05-03"


def test_an_agency_site_menu_a_print_button_and_a_call_for_news_are_furniture():
    for line in ("Who We Are", "- Take Action", "Our Work", "Печать", "Press release"):
        assert furniture_reason(line) == "navigation", line
    assert furniture_reason("Сообщи свою новость:   Telegram   Viber") == "share bar"
    assert furniture_reason("Who we are matters less than what we do for migrants.") is None


@pytest.mark.parametrize("stamp,value", [
    ("Aprel 5, 2024. 10:12 • 40 soniya", "2024-04-05"),
    ("12:30, 5 мая 2024 • 3 мин", "2024-05-05"),
])
def test_a_dateline_with_a_reading_time_dates_the_page(stamp, value):
    c = clean(stamp + "\n\nSeminarda 30 nafar yosh ishtirok etdi va migratsiya masalalari muhokama qilindi.")
    assert c.published == value and stamp not in c.paragraphs


@pytest.mark.parametrize("header,link", [
    ("Окшош материалдар:", "Талаш шаарында жаштар форуму өттү"),
    ("Мавзуга оид", "Тошкентда ёшлар форуми бўлиб ўтди"),
    ("Oxşar materiallar", "Gəncədə gənclər forumu keçirilib"),
])
def test_similar_materials_open_a_list_of_links(header, link):
    body = "Форумга 120 жаш катышып, миграция маселелерин талкуулашты."
    c = clean(f"{body}\n\n{header}\n\n{link}")
    assert c.paragraphs == [body]


@pytest.mark.parametrize("line", ["1 дақиқада ўқилади", "3 мүнөттө окулат", "2 dəqiqəyə oxunur"])
def test_a_reading_time_line_is_furniture(line):
    assert furniture_reason(line) == "reading time"
    assert furniture_reason("Ҳисобот 3 дақиқада ўқилди ва маъқулланди.") is None


def test_a_prayer_times_widget_and_a_test_mode_notice_are_furniture():
    widget = "Bomdod\n04:10\nQuyosh\n05:40\nPeshin\n12:30\nAsr\n17:20\nShom\n19:50\nXufton\n21:10"
    body = "Viloyatda mehnat migratsiyasi bo‘yicha seminar bo‘lib o‘tdi va 40 nafar yosh qatnashdi."
    c = clean(f"Sayt test holatida ishlamoqda!\n\n{widget}\n\n{body}")
    assert c.paragraphs == [body]


def test_a_news_cards_stamp_goes_and_the_name_after_it_stays():
    lead = ("Юристы центра провели в Караколе приём для семей трудовых мигрантов и ответили на вопросы "
            "о документах детей.")
    c = clean("Приём для семей мигрантов\n\n2 дня назад 1540 example.kz Айна Усенова, юрист центра\n\n" + lead)
    assert "Айна Усенова, юрист центра" in c.paragraphs
    assert not any("example.kz" in p or "назад" in p for p in c.paragraphs)
