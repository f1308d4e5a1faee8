"""Furniture at a page's edges, known by place and shape (pages invented for these tests)."""
from store.ingest.clean import clean

LEAD_RU = ("Региональный центр занятости провёл в Токмоке трёхдневный семинар для сорока социальных "
           "работников о безопасной трудовой миграции.")
MORE_RU = ("Участники разобрали случаи обмана при найме за рубежом и узнали, куда обращаться за "
           "помощью в стране пребывания.")
LEAD_EN = ("The district youth council held a two-day workshop in Naryn for thirty school leavers on "
           "how to check a job offer abroad.")
MORE_EN = ("Trainers from a local legal clinic explained work permits and showed where returning "
           "workers can ask for free advice.")


def test_short_lines_in_another_script_before_the_body_go_and_the_headline_stays():
    page = ["Jump Links", "Press Note", "В Токмоке прошёл семинар о трудовой миграции",
            LEAD_RU, "Areas of work:", MORE_RU]
    c = clean("\n".join(page))
    assert "Jump Links" not in c.paragraphs and "Press Note" not in c.paragraphs
    assert "В Токмоке прошёл семинар о трудовой миграции" in c.paragraphs  # no longer a "run of headlines"
    assert LEAD_RU in c.paragraphs and MORE_RU in c.paragraphs
    assert "Areas of work:" in c.paragraphs  # inside the body: never judged by its edge


def test_a_sentence_in_another_script_after_the_headline_goes():
    c = clean("\n\n".join(["Youth council trains school leavers", "Здесь будет текст на русском.", LEAD_EN, MORE_EN]))
    assert c.paragraphs == ["Youth council trains school leavers", LEAD_EN, MORE_EN]


def test_bilingual_pages_keep_both_languages():
    c = clean("\n\n".join(["Short English note", LEAD_RU, LEAD_EN, MORE_RU, MORE_EN]))
    assert "Short English note" in c.paragraphs


def test_menu_labels_repeated_next_to_furniture_go():
    page = ["О Центре", "Региональный Офис", "Региональный Офис", "Все новости", "Семинар в Токмоке",
            LEAD_RU, MORE_RU]
    c = clean("\n".join(page))
    assert "Региональный Офис" not in c.paragraphs
    assert c.paragraphs[-3:] == ["Семинар в Токмоке", LEAD_RU, MORE_RU]


def test_title_case_labels_at_the_top_of_an_english_page():
    page = ["Menu", "Our Mission", "Global Network", "Global Network", "Search", "Naryn school leavers learn to check job offers",
            LEAD_EN, MORE_EN, "Share"]
    c = clean("\n".join(page))
    assert c.paragraphs == ["Naryn school leavers learn to check job offers", LEAD_EN, MORE_EN]


def test_date_widgets_before_the_body_go_and_numbers_in_the_body_stay():
    page = ["Семинар в Токмоке", "4 Mart, 2024 | 23 Shaban, 1445", "12.03.2024   3120   2 мин.",
            LEAD_RU, "Итоги 2023: 140, 2024: 175", MORE_RU]
    c = clean("\n".join(page))
    assert c.paragraphs == ["Семинар в Токмоке", LEAD_RU, "Итоги 2023: 140, 2024: 175", MORE_RU]


def test_widget_words_between_removed_widgets_go():
    page = ["Бишкек +12°C", "Городской портал", "Все новости", "Семинар в Токмоке для соцработников", LEAD_RU,
            MORE_RU]
    c = clean("\n".join(page))
    assert "Городской портал" not in c.paragraphs
    assert c.paragraphs[0] == "Семинар в Токмоке для соцработников"


def test_headline_in_capitals_right_above_the_body_stays():
    page = ["img", "СЕМИНАР ДЛЯ СОЦИАЛЬНЫХ РАБОТНИКОВ", LEAD_RU, MORE_RU]
    assert clean("\n".join(page)).paragraphs[0] == "СЕМИНАР ДЛЯ СОЦИАЛЬНЫХ РАБОТНИКОВ"


def test_a_line_ending_with_a_comma_is_not_a_label():
    page = ["Сегодня,", "• USD 87.45", "• EUR 96.12", LEAD_RU, MORE_RU]
    assert clean("\n".join(page)).paragraphs[0] == "Сегодня, " + LEAD_RU


def test_short_lines_inside_the_body_are_never_edge_furniture():
    page = [LEAD_RU, "Программа Семинара", "Все новости", MORE_RU]
    assert "Программа Семинара" in clean("\n".join(page)).paragraphs


def test_a_menu_heading_glued_to_its_paragraph_comes_off():
    page = ["Who We Are", "WHO WE ARETHE COUNCIL".replace("THE COUNCIL", "The council was set up in 2004 to help "
            "young people from mountain villages find safe work at home and abroad."),
            "Our Work", "Our WorkIn every district the council runs a desk where young people can ask about jobs "
            "and work permits.", "Menu", LEAD_EN, MORE_EN]
    text = "\n".join(clean("\n".join(page)).paragraphs)
    assert "WHO WE ARE" not in text and "Our Work" not in text
    assert "The council was set up in 2004" in text and "In every district the council runs a desk" in text


def test_the_page_title_beside_the_headline_goes_and_the_headline_stays():
    page = ["Youth council trains school leavers Society", "Youth council trains school leavers", LEAD_EN, MORE_EN]
    assert clean("\n".join(page)).paragraphs == ["Youth council trains school leavers", LEAD_EN, MORE_EN]


def test_a_press_office_signature_after_the_body_goes_but_not_inside_it():
    page = [LEAD_RU, "Пресс-служба регионального центра", MORE_RU, "", "Пресс-служба городской мэрии."]
    assert clean("\n".join(page)).paragraphs == [LEAD_RU, "Пресс-служба регионального центра", MORE_RU]


def test_a_date_alone_above_the_body_dates_the_page_and_leaves_the_body():
    c = clean("\n".join(["Youth council trains school leavers", "- 14 April, 2025", LEAD_EN, MORE_EN]))
    assert c.paragraphs == ["Youth council trains school leavers", LEAD_EN, MORE_EN]
    assert c.published == "2025-04-14"


def test_a_date_alone_inside_the_body_stays():
    c = clean("\n".join([LEAD_EN, "14 April 2025", MORE_EN]))
    assert c.paragraphs == [LEAD_EN, "14 April 2025", MORE_EN]


def test_a_menu_of_short_lines_above_the_headline_goes_with_the_words_no_list_knows():
    page = ["Главная", "О фонде", "Проекты", "Наша команда", "Контакты", "Семинар в Токмоке", LEAD_RU, MORE_RU]
    assert clean("\n".join(page)).paragraphs == ["Семинар в Токмоке", LEAD_RU, MORE_RU]


def test_a_list_of_names_inside_the_body_stays():
    names = ["Айна Токтогулова", "Бекзат Усенов", "Нурия Сапарова", "Эркин Джумаев"]
    page = [LEAD_RU, "Тренеры:", *names, MORE_RU]
    assert clean("\n".join(page)).paragraphs == [LEAD_RU, "Тренеры:", *names, MORE_RU]


def test_a_label_above_the_headline_goes_and_a_photo_caption_with_its_source_in_brackets_too():
    page = ["Regional Youth Desk", "Youth council trains school leavers", "School leavers in Naryn. (Stock photo)",
            LEAD_EN, MORE_EN]
    assert clean("\n".join(page)).paragraphs == ["Youth council trains school leavers", LEAD_EN, MORE_EN]



def test_the_headline_at_the_end_of_a_run_of_short_lines_above_the_body_stays():
    page = ["Channel Seven. News", "News of the region", "Sort the news by date",
            "Council head: «Our workers will come home soon»", LEAD_EN, MORE_EN]
    paragraphs = clean("\n".join(page)).paragraphs
    assert paragraphs == ["Council head: «Our workers will come home soon»", LEAD_EN, MORE_EN]


def test_a_short_headline_given_twice_above_the_body_stays():
    page = ["Обманный наём", "В регионе растёт число жалоб на посредников, обещающих работу за рубежом",
            "Обманный наём", "Фото AP", LEAD_RU, MORE_RU]
    assert "Обманный наём" in clean("\n".join(page)).paragraphs


def test_an_authors_name_after_the_body_stays_beside_the_share_bar():
    page = [LEAD_RU, MORE_RU, "Айна Токтогулова", "Поделиться", "Facebook Telegram"]
    assert clean("\n".join(page)).paragraphs == [LEAD_RU, MORE_RU, "Айна Токтогулова"]


def test_a_line_of_numbers_after_the_body_stays():
    page = [LEAD_RU, MORE_RU, "Итоги 2023: 140, 2024: 175", "Поделиться"]
    assert clean("\n".join(page)).paragraphs == [LEAD_RU, MORE_RU, "Итоги 2023: 140, 2024: 175"]


def test_headlines_in_another_script_or_of_one_word_stay():
    sub = "Молодёжный совет запускает курс для выпускников сёл?"
    assert clean("\n".join(["Youth Jobs Forum 2025", LEAD_RU, MORE_RU])).paragraphs[0] == "Youth Jobs Forum 2025"
    assert clean("\n".join(["Westwind Logistics берёт пример с Nordline", LEAD_RU, MORE_RU])).paragraphs[0] \
        == "Westwind Logistics берёт пример с Nordline"
    assert clean("\n".join(["Выпускники", sub, LEAD_RU, MORE_RU])).paragraphs[:2] == ["Выпускники", sub]


def test_numbered_list_items_after_the_body_stay_between_furniture():
    page = [LEAD_RU, MORE_RU, "Поделиться", "• 7 мая, второй тур", "Поделиться", "• 8 мая, третий тур", "Все новости"]
    assert clean("\n".join(page)).paragraphs == [LEAD_RU, MORE_RU, "• 7 мая, второй тур", "• 8 мая, третий тур"]


def test_a_date_with_its_weekday_above_the_body_dates_the_page():
    c = clean("\n".join(["Семинар в Токмоке", "14 апреля 2025, Понедельник", LEAD_RU, MORE_RU]))
    assert c.paragraphs == ["Семинар в Токмоке", LEAD_RU, MORE_RU] and c.published == "2025-04-14"


def test_numbered_breadcrumbs_and_a_logo_alt_text_above_the_body_go():
    page = ["1. Home", "2. Regions", "3. Kyrgyzstan", "", "Youth council trains school leavers", "",
            "Naryn Youth Council - NYC logo. NYC", LEAD_EN, MORE_EN]
    c = clean("\n".join(page))
    assert c.paragraphs == ["Youth council trains school leavers", LEAD_EN, MORE_EN]


def test_numbered_programme_items_with_counts_stay():
    c = clean("\n\n".join([LEAD_EN, MORE_EN, "1. Opening, 30 guests", "2. Panel on work permits, 12 speakers"]))
    assert "1. Opening, 30 guests" in c.paragraphs


def test_pagination_news_feed_and_a_cut_contact_link_after_the_body_go():
    page = [LEAD_RU, MORE_RU, "Лента новостей", "Следующая →", "Связаться с реда"]
    assert clean("\n\n".join(page)).paragraphs == [LEAD_RU, MORE_RU]


def test_a_read_here_link_closing_the_last_sentence_goes_and_the_sentence_stays():
    last = "Ранее центр уже обучал консультантов горячей линии - подробнее об этом читайте здесь."
    c = clean("\n\n".join([LEAD_RU, MORE_RU, last]))
    assert c.paragraphs[-1] == "Ранее центр уже обучал консультантов горячей линии"


def test_an_author_named_alone_above_the_body_is_the_byline_and_a_person_of_the_story_stays():
    c = clean("\n\n".join(["Семинар о трудовой миграции в Токмоке", "Айна Токтогулова", LEAD_RU, MORE_RU]))
    assert c.paragraphs == ["Семинар о трудовой миграции в Токмоке", LEAD_RU, MORE_RU]
    assert c.byline == "Айна Токтогулова"
    named = MORE_RU + " Об этом рассказала Айна Токтогулова."
    c = clean("\n\n".join(["Семинар о трудовой миграции в Токмоке", "Айна Токтогулова", LEAD_RU, named]))
    assert "Айна Токтогулова" in c.paragraphs


def test_an_image_title_ending_with_a_full_stop_before_the_site_name_goes():
    page = ["Youth council trains school leavers", "School leavers in Naryn - Daily Valley", LEAD_EN,
            "Workers queue at a migration office in the capital. - Daily Valley", MORE_EN]
    c = clean("\n\n".join(page))
    assert c.paragraphs == ["Youth council trains school leavers", LEAD_EN, MORE_EN]


def test_a_latin_name_alone_opening_the_page_is_the_byline_and_a_short_headline_stays():
    c = clean("\n\n".join(["Dana Orlin", LEAD_EN, MORE_EN]))
    assert c.paragraphs == [LEAD_EN, MORE_EN] and c.byline == "Dana Orlin"
    c = clean("\n\n".join(["Youth Council", LEAD_EN, MORE_EN]))
    assert "Youth Council" in c.paragraphs  # its words are the story's
