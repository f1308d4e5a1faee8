"""Furniture known by its shape: tickers, placeholders, file names, widgets, switchers, datelines (invented lines)."""
import pytest

from store.ingest.clean import clean, furniture_reason

BODY = ("Жаштар борборунда коопсуз миграция боюнча семинар өттү, ага 35 студент катышты. "
        "Катышуучулар эмгек келишимин түзүүнү үйрөнүштү.")


@pytest.mark.parametrize("line,reason", [
    ("• USD 89.15", "ticker"), ("EUR 97.40 ▲0.35", "ticker"), ("$510.20 €545.70 ₽5.61", "ticker"),
    ("• 12.48", "ticker"), ("1 534", "numbers only"),
    ("{banner_top}{news_related}", "placeholder"), ("social_share social_sharesocial_share", "placeholder"),
    ("img", "placeholder"), ("Реклама", "placeholder"),
    ("20231105_seminar_osh", "file name"), ("DSC_0192", "file name"), ("семинар Ош 2023.jpg", "file name"),
    ("A+ A-", "widget"), ("+ ↺ − 18 px", "widget"),
    ("RU | KG | EN", "language switcher"), ("Рус Кыр Eng", "language switcher"), ("Az En", "language switcher"),
    ("videoGallery", "tab labels"), ("Фото | Видео", "tab labels"), ("Сүрөттөр", "tab labels"),
    ("bilim.kg", "site name"), ("OshMedia", "site name"),
    ("ноя.14", "timestamp"), ("3 Feb", "timestamp"),
    ("Доллар 88.20", "ticker"), ("USD/KZT 470.15", "ticker"), ("Евро: 96.30 Рубль: 0.97", "ticker"),
    ("Главная Новости Общество Спорт", "menu"), ("Коом | Саясат | Дүйнө", "breadcrumbs"),
    ("Siyosat Iqtisodiyot Jamiyat Sport", "menu"), ("Home News Politics Business", "menu"),
    ("Нарын −8°C", "weather"), ("Ташкент +31 °C", "weather"),
    ("Пикир калтыруу", "navigation"), ("Комментарии закрыты", "navigation"), ("Şərh yaz", "navigation"),
    ("Главная / Новости / В Нарыне открыли центр занятости для молодёжи и мигрантов", "breadcrumbs"),
    ("12-Март, 2025-жыл, шаршемби, Бишкек убактысы 09:41", "clock"),
    ("Сегодня: 12 марта 2025, 09:41", "clock"), ("Коом 3", "counter"), ("Jamiyat 14", "counter"),
])
def test_furniture_shapes(line, reason):
    assert furniture_reason(line) == reason


@pytest.mark.parametrize("line", [
    "В 2023 году 12.5 тысячи мигрантов вернулись домой.", "Курс доллара составил 89.15 сома.",
    "COVID-19", "Фото с места событий", "English", "Ош", "Kyrgyzstan", "En route to Osh the team met 20 migrants.",
    "Az sayda miqrant gəldi.", "Видео о безопасной миграции показали в 12 школах.", "1-май",
    "Курс доллара 88.20", "Политика, экономика, общество", "Новости экономики и спорта",
    "Температура воздуха поднимется до +30°C.", "Комментарии экспертов к закону о миграции",
])

def test_body_lines_are_not_furniture_shapes(line):
    assert furniture_reason(line) is None


def test_a_page_clock_is_not_the_publication_date():
    c = clean("12-Март, 2025-жыл, шаршемби, Бишкек убактысы 09:41\n\n" + BODY)
    assert c.paragraphs == [BODY] and c.published is None


def test_datelines_with_clock_time_or_site_name_give_the_date():
    c = clean("09:40, 5 ноября 2022, Ош - bilim.kg\n\n" + BODY)
    assert c.paragraphs == [BODY] and c.published == "2022-11-05"
    c = clean("05.11.2022ж. 18:30\n\n" + BODY)
    assert c.paragraphs == [BODY] and c.published == "2022-11-05"


def test_a_date_alone_above_the_body_dates_the_report_and_one_inside_it_stays():
    c = clean("5-ноябрь, 2022-ж.\n\n" + BODY)
    assert c.paragraphs == [BODY] and c.published == "2022-11-05"
    assert clean(BODY + "\n\n5-ноябрь, 2022-ж.\n\n" + BODY.replace("35", "40")).paragraphs[1] == "5-ноябрь, 2022-ж."


def test_ticker_and_widget_lines_do_not_join_the_body():
    c = clean("A+ A-\n\n• USD 89.15\n• EUR 97.40\n\n" + BODY)
    assert c.paragraphs == [BODY]
    assert {r for _, r in c.removed} == {"widget", "ticker"}


def test_widget_and_tab_lines_are_not_joined_to_their_neighbours():
    c = clean("Рус Кыр\nvideoGallery\n\nA+ A-\n\n" + BODY)
    assert c.paragraphs == [BODY]


def test_language_names_one_a_line_are_a_switcher():
    c = clean("Русский\nКыргызча\nEnglish\nTürkçe\n\n" + BODY)
    assert c.paragraphs == [BODY]
    assert [r for _, r in c.removed] == ["language switcher"] * 4
    # one language's name alone, among body lines, stays
    assert clean(BODY + "\n\nEnglish\n\n" + BODY.replace("35", "36")).paragraphs[1] == "English"


def test_shortcodes_go_the_sentence_stays():
    c = clean("Долбоор эки жылга созулат.[divider]\n\n[gallery ids=\"12,13\"]\n\n" + BODY)
    assert c.paragraphs == ["Долбоор эки жылга созулат.", BODY]
    assert ("[divider]", "template marker") in c.removed
    assert clean("The official said [sic] that 40 people came.").paragraphs == [
        "The official said [sic] that 40 people came."]
    kept = "Разметка [b]x[/b] и ссылка [url=http://x]y[/url] остаются текстом автора."
    assert clean(kept).paragraphs == [kept]


def test_a_credit_glued_after_the_last_sentence_goes_the_paragraph_stays():
    c = clean(BODY + " Сүрөт: маалымат кызматы")
    assert c.paragraphs == [BODY]
    assert ("Сүрөт: маалымат кызматы", "credit") in c.removed
    kept = "Көргөзмөдө 20 сүрөт коюлду. Сүрөт: тема боюнча сынак жарыяланды."
    assert clean(kept).paragraphs == [kept]  # a sentence, not a credit


def test_a_written_out_date_heading_a_programme_day_stays():
    assert furniture_reason("1 мая") is None and furniture_reason("May 3") is None


def test_a_photo_caption_title_then_place_and_date_goes():
    assert furniture_reason("Жаштар форумунун катышуучулары. Ош шаары, 2023-жылдын 5-майы.") == "caption"
    assert furniture_reason("Volunteers at the hotline office. Almaty, 3 March 2024.") == "caption"
    # a dateline opening a report, and a sentence with its own date, are body
    assert furniture_reason("Бишкек, 12 мая 2023 г. Семинар собрал 30 участников.") is None
    assert furniture_reason("Семинар прошёл 12 мая. Бишкек, 12 мая 2023 г.") is None


def test_a_cut_lead_with_read_more_goes_as_a_copy_of_the_full_paragraph():
    c = clean("Жаштар борборунда коопсуз миграция боюнча семинар өттү… Кененирээк →\n\n" + BODY)
    assert c.paragraphs == [BODY]
    assert ("Кененирээк →", "navigation") in c.removed
    kept = "Катышуучулар бул тууралуу кененирээк билишти"
    assert clean(kept).paragraphs == [kept]


@pytest.mark.parametrize("line,reason", [("фото2 (3)", "file name"), ("DSC0419", "file name"), ("RU", "language switcher")])
def test_short_image_names_and_a_lone_language_code(line, reason):
    assert furniture_reason(line) == reason


@pytest.mark.parametrize("line,reason", [
    ("Пікір жоқ. Бірінші болып пікір қалдырыңыз", "notice"),
    ("Жаңылыктарды биринчилерден болуңуз!", "notice"),
    ("Yangiliklardan birinchi bo‘lib xabardor bo‘ling!", "notice"),
    ("Каналга өтүү", "navigation"), ("Kanala keç", "navigation"),
    ("Коллаж: редакция", "credit"), ("Infografika: muallif", "credit"),
])
def test_prompts_channel_links_and_collage_credits(line, reason):
    assert furniture_reason(line) == reason


@pytest.mark.parametrize("line", ["Ош 2", "Az", "G-20 саммити", "Пикир жок деди министр семинардын жыйынтыгында."])
def test_short_body_lines_stay(line):
    assert furniture_reason(line) is None


@pytest.mark.parametrize("line", [
    "Photo 4 Volunteers hand out leaflets at the bus station DSC 0412",
    "Участники семинара у здания акимата IMG 2041 копия",
    "Do you like this article?",
    "3 Comment(s)",
    "Подписка на рассылку",
])
def test_camera_file_captions_and_article_prompts_are_furniture(line):
    assert furniture_reason(line)


@pytest.mark.parametrize("line", [
    "The 2041 volunteers handed out leaflets at the bus station.",
    "The minister did not comment on the 12 cases.",
])
def test_body_lines_with_numbers_or_comment_stay(line):
    assert furniture_reason(line) is None


def test_a_counter_in_brackets_and_a_credit_without_colon_are_furniture():
    from store.ingest.furniture import furniture_reason

    assert furniture_reason("Comments (4)") == "counter"
    assert furniture_reason("Фото Reuters") == "credit"
    assert furniture_reason("Фото участников семинара.") is None


def test_hashtag_lines_and_phone_lines_are_furniture_and_a_hotline_sentence_is_body():
    text = BODY + "\n\n#миграция #trafficking #Ош\n\nТел.: +996 (312) 66-00-00\n\n" \
        "Горячая линия центра работает круглосуточно по номеру +996 800 300 300."
    assert clean(text).paragraphs == [BODY, "Горячая линия центра работает круглосуточно по номеру +996 800 300 300."]
