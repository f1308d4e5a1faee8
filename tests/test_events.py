"""Event rules on short documents written for these tests (names and bodies are invented)."""
import pytest
from store.ingest.doc import Doc
from store.ingest.event_sentences import find_kinds
from store.ingest.events import extract_events
from store.ingest.model import DocContext, Para


def doc(*texts, lang="ru", published=None, title=None, langs=None):
    paras = []
    for i, t in enumerate(texts):
        lg, text = t if isinstance(t, tuple) else (lang, t)
        paras.append(Para(f"p-{i}", i, lg, text))
    ctx = DocContext("d-test", title=title, published=published, languages=langs or sorted({p.lang for p in paras}))
    return [e.to_row() for e in extract_events(Doc.build(paras, ctx))]  # the export's shape


def one(*texts, **kw):
    events = doc(*texts, **kw)
    assert len(events) == 1, events
    return events[0]


def test_kyrgyz_training():
    e = one("2023-жылдын 12-апрелинде Нарын шаарында Мигранттарды колдоо борбору «Коопсуз эмгек» темасында "
            "тренинг өткөрдү.", "Тренингге 30 катышуучу, анын ичинде 18 аял катышты.", lang="ky")
    assert (e["kind"], e["date"], e["place"], e["country"]) == ("training", "2023-04-12", "Нарын", "KG")
    assert e["titles"] == ["Коопсуз эмгек"]
    assert e["organizers"] == ["Мигранттарды колдоо борбору"]
    assert (e["participants_total"], e["participants_women"], e["participants_men"]) == (30, 18, None)
    assert e["paragraph_ids"] == ["p-0", "p-1"]


def test_kazakh_roundtable():
    e = one("2024 жылғы 6 наурызда Шымкентте «Жаңа Қадам» қоғамдық қоры дөңгелек үстел өткізді.", lang="kk")
    assert (e["kind"], e["date"], e["place"], e["country"]) == ("roundtable", "2024-03-06", "Шымкент", "KZ")
    assert e["organizers"] == ["«Жаңа Қадам» қоғамдық қоры"]


def test_uzbek_seminar_with_theme():
    e = one("2023 yil 15 mart kuni Samarqand shahrida \"Xavfsiz migratsiya\" mavzusida seminar bo'lib o'tdi.",
            lang="uz")
    assert (e["kind"], e["date"], e["place"], e["country"]) == ("training", "2023-03-15", "Samarqand", "UZ")
    assert e["titles"] == ["Xavfsiz migratsiya"]


def test_tajik_roundtable():
    e = one("15 марти 2023 дар шаҳри Хуҷанд мизи мудаввар баргузор гардид.", lang="tg")
    assert (e["kind"], e["date"], e["place"], e["country"]) == ("roundtable", "2023-03-15", "Хуҷанд", "TJ")


def test_azerbaijani_seminar_takes_the_year_from_publication():
    e = one("Martın 15-də Gəncədə \"Təhlükəsiz iş\" mövzusunda seminar keçirildi.", lang="az", published="2023-03-20")
    assert (e["kind"], e["date"], e["place"], e["country"]) == ("training", "2023-03-15", "Gəncə", "AZ")
    assert e["titles"] == ["Təhlükəsiz iş"]


def test_english_conference_with_funder():
    e = one("On 15 March 2023 in Almaty the Steppe Labour Centre held a conference on safe migration "
            "with support from the Acme Foundation.", lang="en")
    assert (e["kind"], e["date"], e["place"], e["country"]) == ("conference", "2023-03-15", "Almaty", "KZ")
    assert e["organizers"] == ["Steppe Labour Centre"]
    assert e["funders"] == ["Acme Foundation"]


def test_today_without_publication_date_is_null():
    e = one("Сегодня в Ташкенте прошло заседание экспертного совета.", "Вчера 5 мая эксперты приехали.")
    assert e["date"] is None and e["place"] == "Ташкент" and e["kind"] == "meeting"


def test_today_with_publication_date():
    assert one("Сегодня в Бишкеке прошел круглый стол.", published="2023-05-10")["date"] == "2023-05-10"


def test_only_the_country_named_gives_no_place():
    e = one("Организация провела информационную кампанию по всей территории Таджикистана.")
    assert e["place"] is None and e["country"] == "TJ" and e["kind"] == "campaign"


def test_bilingual_report_is_one_event():
    e = one(("ky", "2024-жылдын 5-апрелинде Ош шаарында тренинг өттү."),
            ("ru", "5 апреля 2024 г. в городе Ош прошел тренинг."))
    assert (e["date"], e["place"]) == ("2024-04-05", "Ош")
    assert e["paragraph_ids"] == ["p-0", "p-1"]


def test_two_dated_stops_are_two_events():
    events = doc("12 марта 2024 г. в Нарыне прошла информационная акция для мигрантов.",
                 "14 марта 2024 г. акция прошла в Таласе.")
    assert [(e["date"], e["place"]) for e in events] == [("2024-03-12", "Нарын"), ("2024-03-14", "Талас")]


def test_approximate_count_is_not_a_participant_count():
    e = one("В семинаре в Оше приняли участие более 40 человек.")
    assert e["participants_total"] is None


def test_no_event_word_no_event():
    assert doc("Число трудовых мигрантов выросло на 5 процентов.") == []


def test_headline_counts_when_the_body_lacks_it():
    e = one("Участники обсудили денежные переводы.", title="Форум «Миграция и село» прошёл в Караколе")
    assert (e["kind"], e["place"], e["titles"]) == ("forum", "Каракол", ["Миграция и село"])


def test_kind_words():
    assert [k for k, _, _ in find_kinds("Тегерек стол жана семинар, a dəyirmi masa, davra suhbati")] == \
        ["roundtable", "training", "roundtable", "roundtable"]


def test_a_recalled_earlier_event_is_not_a_second_event():
    events = doc("12 марта 2024 г. в Нарыне прошел семинар для мигрантов.",
                 "Напомним, 20 марта 2024 г. в Таласе прошла похожая встреча.",
                 "Ранее, 2 февраля 2024 г., в Оше прошел тренинг.")
    assert [(e["date"], e["place"]) for e in events] == [("2024-03-12", "Нарын")]


def test_a_discussion_with_a_place_is_a_meeting():
    e = one("В Бишкеке эксперты обсудили проблемы трудовой миграции.")
    assert (e["kind"], e["place"]) == ("meeting", "Бишкек")
    assert doc("Эксперты обсудили проблемы трудовой миграции.") == []


def test_the_audience_of_a_training_and_its_share_of_women_are_its_participants():
    e = one("KHUJAND, 2 June 2025 – The regional office held a two-day workshop for 48 labour inspectors, "
            "19 of them women, in Khujand.", lang="en")
    assert (e["participants_total"], e["participants_women"]) == (48, 19)
    e = one("10 марта 2025 года в Караколе прошёл семинар для 32 социальных работников, из них 20 женщин.")
    assert (e["participants_total"], e["participants_women"]) == (32, 20)


def test_a_count_of_beneficiaries_without_a_breakdown_is_not_the_audience():
    e = one("10 марта 2025 года в Караколе прошёл семинар. Фонд в прошлом году помог 300 семьям мигрантов.")
    assert e["participants_total"] is None


def test_an_organization_in_quotes_is_not_the_event_title():
    e = one("12 марта 2025 года в Актобе общественное объединение «Правовой Щит» провело семинар для мигрантов.")
    assert e["titles"] == []
    assert e["organizers"] == ["общественное объединение «Правовой Щит»"]


def test_russian_organizers_are_named_in_the_nominative():
    e = one("5 мая 2025 года в Оше круглый стол, организованный Министерством труда совместно с Представительством "
            "ЮНИСЕФ, прошёл при поддержке Программы развития ООН.")
    assert e["organizers"][0] == "Министерство труда"
    assert "Программа развития ООН" in e["funders"]


def test_tajik_izafet_chain_is_one_organizer():
    e = one("5 майи соли 2025 дар шаҳри Хуҷанд бо ташаббуси Хадамоти муҳоҷирати Вазорати меҳнат вохӯрӣ баргузор гардид.",
            lang="tg")
    assert e["organizers"] == ["Хадамоти муҳоҷирати Вазорати меҳнат"]


def test_a_slogan_is_the_title():
    e = one("2024 yil 3 mart kuni Namangan shahrida «Xavfsiz yo‘l» shiori ostida forum o‘tkazildi.", lang="uz")
    assert e["titles"] == ["Xavfsiz yo‘l"]
    e = one("12 мая 2024 года в Оше под лозунгом «Знай свои права» прошла акция для мигрантов.")
    assert e["titles"] == ["Знай свои права"]


def test_a_later_stop_dated_by_day_and_month_takes_the_reports_year():
    events = doc("С 5 по 7 марта 2025 года в Бишкеке прошли тренинги для пограничников. Всего обучение прошли 64 "
                 "пограничника.", "10 марта аналогичный тренинг состоялся в Караколе, в нём участвовали 18 человек.")
    assert [(e["date"], e["place"], e["participants_total"]) for e in events] == \
        [("2025-03-05", "Бишкек", 64), ("2025-03-10", "Каракол", 18)]


def test_russian_subject_after_its_verb_is_the_organizer():
    e = one("5 марта 2025 года в Оше прошёл тренинг. Тренинг организовало Бюро ОБСЕ в Бишкеке.")
    assert e["organizers"] == ["Бюро ОБСЕ в Бишкеке"]


def test_more_than_n_in_uzbek_and_azerbaijani_is_not_an_exact_count():
    e = one("2025-yil 22-aprel kuni Andijon shahrida davra suhbati bo‘lib o‘tdi. Tadbirda 40 nafardan ortiq "
            "mutaxassis qatnashdi.", lang="uz")
    assert e["participants_total"] is None


def test_turkic_organizers_and_funders_are_named_without_the_genitive():
    e = one("2025 жылғы 3 ақпанда Шымкент қаласында «Сенім» қоғамдық қорының ұйымдастыруымен дөңгелек үстел өтті. "
            "Іс-шара Халықаралық көші-қон ұйымының қолдауымен өтті.", lang="kk")
    assert e["organizers"] == ["«Сенім» қоғамдық қоры"]
    assert e["funders"] == ["Халықаралық көші-қон ұйымы"]


def test_a_count_of_women_alone_is_every_participant_unless_it_is_a_share():
    e = one("2025-жылдын 3-мартында Ош шаарында тренинг өттү. Тренингге 24 аял катышты.", lang="ky")
    assert (e["participants_total"], e["participants_women"]) == (24, 24)
    e = one("3 марта 2025 года в Оше прошёл тренинг. В нём участвовали сотрудники НКО, в том числе 9 женщин.")
    assert (e["participants_total"], e["participants_women"]) == (None, 9)
    e = one("On 3 March 2025 a workshop was held in Osh. Of the participants, 9 were women.", lang="en")
    assert (e["participants_total"], e["participants_women"]) == (None, 9)


def test_professions_count_as_participants_in_every_language():
    cases = [("kk", "2025 жылғы 4 наурызда Атырау қаласында семинар өтті. Семинарға 31 полиция қызметкері қатысты."),
             ("tg", "4 марти 2025 дар шаҳри Ваҳдат семинар баргузор шуд. Дар семинар 31 омӯзгор иштирок карданд."),
             ("uz", "2025-yil 4-mart kuni Termiz shahrida seminar bo‘lib o‘tdi. Seminarda 31 nafar o‘qituvchi qatnashdi."),
             ("az", "2025-ci il martın 4-də Şəki şəhərində seminar keçirilib. Seminarda 31 müəllim iştirak edib.")]
    for lang, text in cases:
        assert one(text, lang=lang)["participants_total"] == 31, lang


def test_labelled_organizer_and_funder_fields_name_the_parties():
    e = one("## Форум о миграции прошёл в Караколе",
            "**Дата и место:** 3 марта 2025 года, г. Каракол",
            "**Организаторы:** Общественный фонд «Тоолор», Управление миграции по Иссык-Кульской области",
            "**При поддержке:** фонда «Жибек жолу»",
            "Участники форума обсудили возвращение мигрантов.")
    assert "Общественный фонд «Тоолор»" in e["organizers"]
    assert any("Управление миграции" in o for o in e["organizers"])
    assert e["funders"] and "Жибек жолу" in e["funders"][0]


def test_kazakh_comitative_and_genitive_endings_leave_the_name():
    e = one("2025 жылғы 4 наурызда Атырау қаласында «Жарық жол» қоғамдық қоры облыстық полиция департаментімен "
            "бірлесіп Еуропалық Одақтың қаржылай қолдауымен семинар өткізді.", lang="kk")
    assert "облыстық полиция департаменті" in e["organizers"]
    assert e["funders"] == ["Еуропалық Одақ"]


def test_a_share_of_the_participants_in_the_next_sentence():
    e = one("On 3 March 2025 eighteen social workers completed a two-day training in Osh.",
            "Seven of the participants were women.", lang="en")
    assert (e["participants_total"], e["participants_women"]) == (18, 7)


def test_a_dialogue_dated_by_a_range_after_the_dateline():
    e = one("BISHKEK, 9 June 2025 — Officials met in Bishkek on 5-6 June for a national dialogue on labour migration.",
            lang="en")
    assert (e["kind"], e["date"], e["place"]) == ("meeting", "2025-06-05", "Bishkek")


def test_opening_a_centre_is_an_event_and_its_opener_the_organizer():
    e = one("Кочкордо мигранттар үчүн кеңеш берүү борбору ачылды",
            "2025-жылдын 2-июнунда Кочкор айылында «Тилек» коомдук фонду мигранттар үчүн кеңеш берүү борборун ачты.",
            lang="ky")
    assert (e["kind"], e["date"]) == ("other", "2025-06-02")
    assert e["organizers"] == ["«Тилек» коомдук фонду"]
    e = one("В Токмоке открылся центр для мигрантов",
            "2 июня 2025 года в Токмоке общественный фонд «Тилек» открыл центр для мигрантов.")
    assert e["organizers"] == ["общественный фонд «Тилек»"]


def test_a_summer_school_is_a_training():
    e = one("С 7 по 11 июля 2025 года в Бостери фонд «Тилек» провёл летнюю школу для молодых юристов.")
    assert (e["kind"], e["date"]) == ("training", "2025-07-07")


def test_representatives_of_so_many_bodies_are_not_the_participant_count():
    e = one("2025-ci il oktyabrın 28-də Bakıda dəyirmi masa keçirilib. Tədbirdə 15 qeyri-hökumət təşkilatının "
            "nümayəndələri iştirak ediblər.", lang="az")
    assert e["participants_total"] is None


def test_girls_are_counted_as_women_participants():
    e = one("2025 йил 5 октябрь куни Самарқанд шаҳрида тренинг ўтказилди. Тренингда 60 нафар ёш, жумладан 28 нафар "
            "қиз иштирок этди.", lang="uz")
    assert (e["participants_total"], e["participants_women"]) == (60, 28)


def test_graduates_are_participants():
    e = one("2025-жылдын 5-июнунда Исфана шаарында жолугушуу өттү. Жолугушууга 85 бүтүрүүчү катышты.", lang="ky")
    assert e["participants_total"] == 85


def test_two_events_in_one_paragraph_keep_their_own_organizers_and_counts():
    events = doc("2025-жылдын 3-июнунда Кызыл-Кыя шаарында «Аялдар демилгеси» коомдук бирикмеси семинар өткөрдү. "
                 "Семинарга 30 аял катышты. Ал эми 5-июнда Исфана шаарында облустук миграция бөлүмү жолугушуу "
                 "уюштурду. Жолугушууга 85 бүтүрүүчү катышты.", lang="ky")
    assert [(e["date"], e["organizers"], e["participants_total"]) for e in events] == [
        ("2025-06-03", ["«Аялдар демилгеси» коомдук бирикмеси"], 30),
        ("2025-06-05", ["облустук миграция бөлүмү"], 85)]


def test_a_quoted_title_after_an_event_word_in_an_inflected_form():
    e = one("В Бишкеке прошла акция «Не продавай себя»",
            "6 декабря 2025 года в Бишкеке волонтёры молодёжного движения «Келечек» провели акцию.")
    assert e["titles"] == ["Не продавай себя"]
    assert e["organizers"] == ["молодёжное движение «Келечек»"]


def test_a_news_dateline_with_a_two_digit_year_dates_and_places_the_event():
    from store.ingest.pipeline import process_text

    text = ("Нарын, 04.03.25 /Агентство/. В мэрии провели круглый стол о правах трудовых мигрантов.\n\n"
            "Участники обсудили вопросы занятости молодёжи.")
    row = process_text(text, "x.txt", sha256="0" * 64)
    assert row["document"]["published"] == "2025-03-04"
    [event] = row["events"]
    assert (event["date"], event["place"]) == ("2025-03-04", "Нарын")


@pytest.mark.parametrize("text", [
    "Вчера министр труда принял делегацию партнёров из Женевы.",
    "Elchi Bishkekte mekendeshter menen жолугушканда bul tuuraluu aitty.",
    "Сенат төрағасы елшіні қабылдады.",
    "Vazir xalqaro tashkilot vakillarini qabul qildi.",
    "Nazir səfiri qəbul edib.",
    "The minister met with the delegation on Monday.",
])
def test_receiving_a_visitor_is_a_meeting(text):
    from store.ingest.event_sentences import find_kinds

    assert "meeting" in [k for k, _, _ in find_kinds(text)]


def test_a_dateline_without_a_year_still_places_the_event():
    from store.ingest.pipeline import process_text

    text = "НАРЫН, 12 мар — Агентство. Министр принял делегацию партнёров по вопросам занятости."
    [event] = process_text(text, "x.txt", sha256="1" * 64)["events"]
    assert event["place"] == "Нарын" and event["date"] is None


def test_a_date_in_a_sentence_about_something_else_is_not_the_events():
    paras = [Para("p-0", 0, "ru", "В акимате прошло заседание комиссии по делам молодёжи. "
                                  "Аким отметил, что в марте 2023 года был принят новый закон.")]
    [event] = extract_events(Doc.build(paras, DocContext("d-1")))
    assert event.date is None


def test_a_labelled_date_field_dates_the_event():
    paras = [Para("p-0", 0, "ru", "Форум «Село и миграция» прошёл в Нарыне."),
             Para("p-1", 1, "ru", "Дата и место: 14 мая 2024 года, г. Нарын.")]
    [event] = extract_events(Doc.build(paras, DocContext("d-1")))
    assert event.date == "2024-05-14"


def test_a_simulation_exercise_is_a_training_and_awareness_raising_a_campaign():
    assert [k for k, _, _ in find_kinds("Симуляционные учения для полиции; a simulation exercise")] == \
        ["training", "training"]
    assert [k for k, _, _ in find_kinds("An awareness-raising event for students")][0] == "campaign"
    e = one("С 3 по 7 мая 2024 года в Караколе пройдут симуляционные упражнения для следователей.")
    assert (e["kind"], e["date"], e["place"]) == ("training", "2024-05-03", "Каракол")


def test_an_english_dateline_with_a_dash_gives_the_place():
    e = one("Shelters for migrants", "Karakol– Returning migrants need jobs and housing, officials say.",
            "A training for social workers was held on 3 May 2024.", lang="en")
    assert e["place"] == "Karakol"


def test_a_funding_sentence_without_an_event_word_names_the_funder():
    e = one("On 3 May 2024 the Valley Foundation held a training for social workers in Karakol.",
            "The project is funded by the Northern Aid Trust.", lang="en")
    assert e["funders"] == ["Northern Aid Trust"]
    e = one("3 мая 2024 года в Караколе фонд «Долина» провёл тренинг для социальных работников.",
            "Проект реализуется при финансовой поддержке Фонда «Северный мост».")
    assert e["funders"] == ["Фонд «Северный мост»"]


def test_an_english_event_named_or_called_gives_its_title():
    e = one('On 3 May 2024 the Valley Foundation held a round table named "Safe Roads Abroad" in Osh.', lang="en")
    assert e["titles"] == ["Safe Roads Abroad"]


def test_the_capital_named_without_its_name_is_the_countrys_capital():
    e = one("Семинар по трудовой миграции в КР прошёл сегодня в столичной гостинице.")
    assert (e["place"], e["country"]) == ("Бишкек", "KG")
    e = one("On 3 May 2024 a round table on labour migration in Tajikistan was held in the capital.", lang="en")
    assert (e["place"], e["country"]) == ("Dushanbe", "TJ")
    assert one("A training on human capital for migrants in Kyrgyzstan was held.", lang="en")["place"] is None


@pytest.mark.parametrize("text", [
    "Дар ноҳия бо ҷавонон вохӯриҳо баргузор гардид.",
    "Дар вохӯрии мазкур 40 нафар иштирок доштанд.",
    "Дар вохўрӣ масъалаҳои муҳоҷират баррасӣ шуданд.",
    "Дар ҷараёни вохурӣ иштирокдорон фикр мубодила карданд.",
])
def test_tajik_meeting_word_in_its_suffixed_and_retyped_forms(text):
    assert "meeting" in [k for k, _, _ in find_kinds(text)]


@pytest.mark.parametrize("text,lang", [
    ("Tadbirlar 2023 yil 20 aprelgacha davom etadi: 12 aprel kuni Xiva shahrida birinchi uchrashuv o‘tkazildi.", "uz"),
    ("Иш-чаралар 2023-жылдын 20-апрелине чейин улантылат, 12-апрелде Талас шаарында биринчи жолугушуу өттү.", "ky"),
    ("Акция продлится до 20 апреля 2023 года, первая встреча прошла 12 апреля в Караколе.", "ru"),
])
def test_a_date_that_ends_a_span_is_not_the_events(text, lang):
    assert one(text, lang=lang, published="2023-04-13")["date"] == "2023-04-12"


@pytest.mark.parametrize("texts,lang", [
    (("Viloyatda migrantlar uchun tadbirlar o‘tkazilmoqda.",
      "2023 yil 5 mart kuni Urganch shahrida fuqarolar bilan suhbatlar tashkil etildi."), "uz"),
    (("Дар вилоят барои муҳоҷирон чорабиниҳо идома доранд.",
      "5 марти соли 2023 дар шаҳри Бохтар корҳои фаҳмондадиҳӣ гузаронида шуданд."), "tg"),
])
def test_a_passive_verb_of_holding_dates_the_event(texts, lang):
    assert one(*texts, lang=lang)["date"] == "2023-03-05"


@pytest.mark.parametrize("text,lang", [
    ("18 декабрь – Халқаро мигрантлар куни муносабати билан 2023 йил 15 декабрь куни Жиззахда учрашув ўтказилди.", "uz"),
    ("30 июля – Всемирный день борьбы с торговлей людьми: 28 июля 2023 года в Оше прошла акция.", "ru"),
    ("18 December – International Migrants Day: on 15 December 2023 a round table was held in Osh.", "en"),
])
def test_a_date_naming_the_day_an_event_marks_is_not_its_date(text, lang):
    assert one(text, lang=lang)["date"] in ("2023-12-15", "2023-07-28")


def test_a_place_in_the_dative_is_where_someone_went_not_the_event():
    e = one("Жолугушууну төрайым өзүнүн Таразга жасаган сапарына байланыштуу уюштурду.", lang="ky")
    assert e["place"] != "Тараз"
    e = one("Министр Нарын шаарында жолугушуу өткөрүп, андан кийин Ошко жөнөп кетти.", lang="ky")
    assert e["place"] == "Нарын"


def test_a_capitalised_place_opening_the_lead_is_a_dateline():
    from store.ingest.pipeline import process_text

    text = ("ТАЛАС. Бул тууралуу министр бейшембиде билдирди. "
            "Жолугушууну министр өзүнүн Таразга жасаган сапарына байланыштуу уюштурду.")
    [event] = process_text(text, "x.txt", sha256="2" * 64)["events"]
    assert event["place"] == "Талас" and event["country"] == "KG"


@pytest.mark.parametrize("text,lang", [
    ("Viloyatda aholi o‘rtasida targ‘ibot tadbirlari o‘tkazildi.", "uz"),
    ("Вилоятда аҳоли ўртасида тарғибот тадбирлари ўтказилди.", "uz"),
    ("Rayonda əhali arasında təbliğat tədbirləri keçirildi.", "az"),
])
def test_awareness_raising_work_is_a_campaign(text, lang):
    assert one(text, lang=lang)["kind"] == "campaign"


@pytest.mark.parametrize("lang,text,place", [
    ("en", "The Migration Support Centre in Osh held a two-day training in Naryn on 3 May 2024.", "Naryn"),
    ("en", "NARYN, Kyrgyzstan, 3 May 2024 – The Migration Support Centre in Osh opened a training for teachers today.",
     "Naryn"),
    ("ru", "Офис программ ОБСЕ в Бишкеке 3 мая 2024 года провел тренинг для учителей в Караколе.", "Каракол"),
])
def test_a_place_that_says_where_a_body_sits_is_not_the_events(lang, text, place):
    assert one(text, lang=lang)["place"] == place


def test_ru_met_is_a_meeting_and_its_day_beats_the_filing_day():
    texts = ("Встреча министра с диаспорой",
             "Бишкек, 17.10.2023. (Агентство)- Министр труда Анна Орлова 16 октября встретилась с руководителями "
             "общин соотечественников.", "В ходе встречи обсуждены вопросы трудовой миграции.")
    paras = [Para(f"p-{i}", i, "ru", t) for i, t in enumerate(texts)]
    ctx = DocContext("d-test", title=texts[0], languages=["ru"], dateline="2023-10-17")
    [e] = [e.to_row() for e in extract_events(Doc.build(paras, ctx))]
    assert (e["kind"], e["date"]) == ("meeting", "2023-10-16")


def test_a_tajik_solemn_meeting_is_a_meeting():
    e = one("Хуҷанд, 12.03.2022. Дар идораи вилоят маҷлиси ботантана баргузор гардид.", lang="tg")
    assert (e["kind"], e["date"]) == ("meeting", "2022-03-12")


def test_the_tajik_parliament_is_no_meeting():
    assert doc("Маҷлиси Олӣ қонуни навро дар бораи муҳоҷират тасдиқ намуд.", lang="tg") == []


@pytest.mark.parametrize("text,lang", [
    ("2023 йил 5 июнда имзоланган фармон муҳокама қилинган давра суҳбати ўтказилди.", "uz"),
    ("Тегерек столдо 2021-жылы 3-мартта кабыл алынган мыйзам талкууланды.", "ky"),
])
def test_the_date_a_document_was_signed_is_not_the_events(text, lang):
    assert one(text, lang=lang)["date"] is None


def test_countries_listed_as_destinations_do_not_place_the_event():
    e = one("Комиссиянын жыйыны өттү: жарандарды Түркия, Германия жана Корея өлкөлөрүнө жөнөтүү маселеси каралды.",
            "Кыргызстандын жарандарына 40 уруксат берилди.", lang="ky")
    assert e["country"] == "KG"


def test_a_fund_named_after_the_organizer_s_abbreviation_is_another_body():
    e = one("On 4 May 2024, IOM Mission to Kyrgyzstan held a workshop in Osh.",
            "The workshop was funded by the Acme Trust and co-funded by IOM Development Fund.", lang="en")
    assert e["organizers"] == ["IOM Mission"]
    assert e["funders"] == ["Acme Trust", "IOM Development Fund"]


def test_a_later_sentence_that_says_who_organized_it_names_the_organizers():
    e = one("On 4 May 2024, a week-long training on border checks ended in Osh.",
            "The exercise was jointly organized by the Acme Centre and the Steppe Union.", lang="en")
    assert e["organizers"] == ["Acme Centre", "Steppe Union"]


def test_a_sentence_without_an_event_word_that_says_who_held_it_names_the_organizer():
    e = one("Gəncə Gənclər Mərkəzi gənclər üçün səyyar xidmət təşkil edib.",
            "Həmin gün şəhər kitabxanasında keçirilən tədbirdə 30 nəfər iştirak edib.", lang="az")
    assert e["organizers"] == ["Gəncə Gənclər Mərkəzi"]


def test_azerbaijani_joint_organizers_are_named_without_the_genitive():
    e = one("Bu gün Gənclər Mərkəzinin, Kitabxananın və Diyarşünaslıq Muzeyinin birgə təşkilatçılığı ilə Şəkidə "
            "dəyirmi masa keçirilib.", lang="az")
    assert e["organizers"] == ["Gənclər Mərkəzi", "Kitabxana", "Diyarşünaslıq Muzeyi"]


def test_bare_day_takes_the_year_of_the_date_line_nearest_before_it():
    e = one("Сегодня 14 января 2031 | 9 Раджаб", "Фонд «Рассвет» и мэрия обсудили планы",
            "11.05.2019   520 просмотров",
            "В мэрии города 10 мая состоялась встреча с представителями фонда «Рассвет».")
    assert e["date"] == "2019-05-10"


@pytest.mark.parametrize("lang,text", [
    ("ky", "2024-жылдын 5-мартында Талас шаарында Коомдук кеңештин жыйналышы болуп өттү."),
    ("kk", "2024 жылғы 5 наурызда Таразда қоғамдық кеңестің жиналысы өтті."),
])
def test_a_bodys_sitting_is_a_meeting(lang, text):
    assert one(text, lang=lang)["kind"] == "meeting"


def test_a_body_named_organizer_more_often_than_funder_is_an_organizer():
    e = one("The UNDP-supported training on safe travel opened in Osh on 4 May 2024.",
            "The training was organized by UNDP and the Steppe Union; UNDP also hosted the closing dinner.", lang="en")
    assert e["organizers"] == ["UNDP", "Steppe Union"] and e["funders"] == []


def test_a_short_date_line_dates_today_and_a_weekday_under_it():
    from store.ingest.pipeline import process_text

    # 2019-03-14 is a Thursday
    for sentence, day in (("Бүгүн шаардык мэрияда миграция боюнча тегерек стол өттү.", "2019-03-14"),
                          ("В понедельник в мэрии прошёл круглый стол о правах трудовых мигрантов.", "2019-03-11")):
        text = f"Миграция тууралуу жаңылык\n\nЖаңылыктар 14.03.2019 | 10:20\n\n{sentence}"
        row = process_text(text, "x.txt", sha256="0" * 64)
        assert [e["date"] for e in row["events"]] == [day]


def test_an_unknown_district_in_the_locative_is_the_place_and_its_language_the_country():
    e = one("Вохӯрӣ бо муҳоҷирон",
            "Дар ноҳияи Зарафшонобод вохӯрии фаҳмондадиҳӣ бо ҷавононе, ки ба Россия мераванд, баргузор гардид.",
            lang="tg")
    assert (e["place"], e["country"]) == ("ноҳияи Зарафшонобод", "TJ")


def test_a_country_people_travel_to_is_no_vote_for_the_events_country():
    e = one("Айылдык клубда жаштар менен миграция боюнча жолугушуу өттү.",
            "Жыл сайын көптөгөн жаштар Россияга жана Казакстанга иштегени кетишет.", lang="ky")
    assert e["country"] == "KG"


@pytest.mark.parametrize("text,kinds", [
    ("Samarqanddagi “Aksiya” mehmonxonasida davra suhbati o'tkazildi.", ["roundtable"]),
    ("В гостинице «Тренинг-Холл» прошла конференция о миграции.", ["conference"]),
    ("Стартовала акция «Тренинг для всех».", ["campaign"]),
])
def test_an_event_word_inside_quotes_is_a_name_when_the_event_is_named_outside(text, kinds):
    assert [k for k, _, _ in find_kinds(text)] == kinds
