"""Organization spans and their roles (organizer / funder), sentences written for these tests."""
import pytest
from store.ingest.org_roles import org_roles
from store.ingest.org_keys import link_key
from store.ingest.orgs import find_orgs


def roles(text, lang):
    return [(o.name, r) for o, r in org_roles(text, lang)]


def test_kyrgyz_head_last_names_and_joint_organizers():
    text = ("Мигранттарды колдоо борбору Нарын облустук социалдык өнүгүү башкармалыгы менен биргеликте "
            "Нарын шаарында семинар өткөрдү.")
    assert roles(text, "ky") == [("Мигранттарды колдоо борбору", "organizer"),
                                 ("Нарын облустук социалдык өнүгүү башкармалыгы", "organizer")]


def test_kyrgyz_funder_postposition():
    assert roles("Семинар Acme Relief тарабынан каржылык колдоо менен өткөрүлдү.", "ky") == [("Acme Relief", "funder")]


def test_russian_head_first_names_with_complement():
    names = [o.name for o in find_orgs("Министерство труда и социального развития провело семинар.", "ru")]
    assert names == ["Министерство труда и социального развития"]


def test_russian_joint_organizer_and_funder():
    text = ("Фонд «Зеленая долина» совместно с Государственной службой по делам миграции провел тренинг "
            "при финансовой поддержке Acme Relief.")
    assert roles(text, "ru") == [("Фонд «Зеленая долина»", "organizer"),
                                 ("Государственной службой по делам миграции", "organizer"),
                                 ("Acme Relief", "funder")]


def test_person_after_an_organization_is_not_part_of_it():
    names = [o.name for o in find_orgs("директор Центра Правовой Помощи Нурлан Абдыкадыров", "ru")]
    assert names == ["Центра Правовой Помощи"]


def test_azerbaijani_parent_body_is_not_an_organizer():
    text = ("Əmək Nazirliyi tabeliyində Məşğulluq Agentliyi ilə birgə Qaynar Xətt Mərkəzi "
            "Gəncədə dəyirmi masa keçirdi.")
    assert roles(text, "az") == [("Məşğulluq Agentliyi", "organizer"), ("Qaynar Xətt Mərkəzi", "organizer")]


def test_azerbaijani_funder():
    text = "Yaşıl Vadi İctimai Birliyi tərəfindən maliyyələşdirilən layihə çərçivəsində təlim keçirildi."
    assert roles(text, "az") == [("Yaşıl Vadi İctimai Birliyi", "funder")]


def test_uzbek_partner_and_quoted_name():
    text = ('"Yorug\' Yo\'l" nodavlat notijorat tashkiloti viloyat hokimligi bilan hamkorlikda '
            "Samarqand shahrida seminar o'tkazdi.")
    assert roles(text, "uz") == [('"Yorug\' Yo\'l" nodavlat notijorat tashkiloti', "organizer"),
                                 ("viloyat hokimligi", "organizer")]


def test_kazakh_funder():
    text = "Кездесу «Жаңа Қадам» қорының қаржылық қолдауымен өтті."
    assert roles(text, "kk") == [("«Жаңа Қадам» қорының", "funder")]


def test_tajik_head_first_and_support():
    text = ("Маркази ҷамъиятии «Роҳи Нав» дар шаҳри Кӯлоб семинар баргузор кард. "
            "Семинар бо дастгирии молиявии Хазинаи «Ситора» ташкил шуд.")
    assert roles(text, "tg") == [("Маркази ҷамъиятии «Роҳи Нав»", "organizer"), ("Хазинаи «Ситора»", "funder")]


def test_english_cues_with_article():
    text = ("The workshop was run by the Mountain Rights Initiative together with the Naryn Youth Centre, "
            "with support from the Acme Foundation.")
    assert roles(text, "en") == [("Mountain Rights Initiative", "organizer"), ("Naryn Youth Centre", "organizer"),
                                 ("Acme Foundation", "funder")]


def test_labels_make_organizers():
    assert [r for _, r in org_roles("Организаторы: Общественный фонд «Мост», Управление миграции.", "ru")] \
        == ["organizer", "organizer"]


def test_abbreviations_link_to_their_expansions():
    assert link_key("Международной организации по миграции") == "IOM"
    assert link_key("Beynəlxalq Miqrasiya Təşkilatının Bakı ofisi") == "IOM"
    assert link_key("ОБСЕ") == "OSCE"
    assert link_key("БУУнун") == "UN" or link_key("БУУ") == "UN"
    orgs = find_orgs("агентство США по Международному Развитию (USAID) оказало помощь", "ru")
    assert [(o.name, o.key) for o in orgs] == [("агентство США по Международному Развитию", "USAID")]


def test_no_organization_in_plain_text():
    assert find_orgs("Мигранты обсудили свои проблемы с экспертами.", "ru") == []


def test_russian_name_stops_at_the_verb_after_it():
    from store.ingest.orgs import find_orgs

    names = lambda t: [o.name for o in find_orgs(t, "ru")]  # noqa: E731
    assert names("При поддержке Фонда Евразия-Центр был проведен тренинг для волонтёров.") == ["Фонда Евразия-Центр"]
    assert names("Центр правовой помощи организован при университете.")[0] == "Центр правовой помощи"
    # an adjective of a region still takes its noun
    assert names("совместно с Управлением миграции Ошской области") == ["Управлением миграции Ошской области"]


def test_a_programme_is_a_body_that_can_fund():
    roles = [(o.name, r) for o, r in org_roles("Семинар прошёл при поддержке Программы развития ООН.", "ru")]
    assert roles == [("Программы развития ООН", "funder")]
    roles = [(o.name, r) for o, r in org_roles("Іс-шара ЕҚЫҰ бағдарламалар кеңсесінің қолдауымен өтті.", "kk")]
    assert roles == [("ЕҚЫҰ бағдарламалар кеңсесінің", "funder")]
    assert org_roles("В рамках программы переселения семьи получили жильё.", "ru") == []


def test_en_name_before_a_head_word_is_capitalised_words_only():
    names = [h.name for h in find_orgs('"Help comes first," said Omar Bekov, IOM Chief of Mission.', "en")]
    assert not any("said" in n or "Bekov" in n for n in names)


def test_an_organizing_word_is_not_an_organization_head():
    roles = [(o.name, r) for o, r in org_roles(
        "Gəncə şəhərində “Açıq Qapı” İctimai Birliyinin təşkilatçılığı ilə görüş keçirilib.", "az")]
    assert roles == [("“Açıq Qapı” İctimai Birliyinin", "organizer")]


def test_kyrgyz_society_with_abbreviation_before_support():
    roles = [(o.name, r) for o, r in org_roles(
        "Семинар Япониянын Эл аралык кызматташтык коомунун колдоосу менен өттү.", "ky")]
    assert roles == [("Япониянын Эл аралык кызматташтык коомунун", "funder")]


def test_tajik_name_runs_on_through_dar_before_a_capitalised_place():
    roles = [(o.name, r) for o, r in org_roles(
        "Дар Душанбе бо дастгирии Созмони амният ва ҳамкорӣ дар Аврупо семинар баргузор гардид.", "tg")]
    assert roles == [("Созмони амният ва ҳамкорӣ дар Аврупо", "funder")]


def test_a_subject_before_the_funder_in_the_genitive_is_the_organizer():
    """"X Y-нын колдоосу менен …": two names side by side with no comma or "and" are not a list;
    the first is the subject that holds the event, only the second takes the funding cue."""
    assert roles("2024-жылы Нарын шаарында «Жаш муун» коомдук бирикмеси Европа Биримдигинин каржылык "
                 "колдоосу менен семинар өткөрдү.", "ky") == [("«Жаш муун» коомдук бирикмеси", "organizer"),
                                                             ("Европа Биримдигинин", "funder")]
    assert roles("Guliston shahrida \"Yangi qadam\" nodavlat notijorat tashkiloti Yevropa Ittifoqi ko‘magida "
                 "seminar tashkil etdi.", "uz") == [("\"Yangi qadam\" nodavlat notijorat tashkiloti", "organizer"),
                                                    ("Yevropa Ittifoqi", "funder")]
    assert roles("Семинарды «Жарық жол» қоғамдық қоры Еуропалық Одақтың қаржылай қолдауымен ұйымдастырды.", "kk") \
        == [("«Жарық жол» қоғамдық қоры", "organizer"), ("Еуропалық Одақтың", "funder")]
    # with "and" between them they do share the cue
    assert roles("Семинар «Жаш муун» коомдук бирикмеси жана Европа Биримдигинин каржылык колдоосу менен өттү.",
                 "ky") == [("«Жаш муун» коомдук бирикмеси", "funder"), ("Европа Биримдигинин", "funder")]


def test_tajik_subject_before_bo_dastgirii_is_the_organizer():
    assert roles("Дар шаҳри Ваҳдат Ташкилоти ҷамъиятии «Нури дил» бо дастгирии молиявии Иттиҳоди Аврупо "
                 "семинар баргузор кард.", "tg") == [("Ташкилоти ҷамъиятии «Нури дил»", "organizer"),
                                                    ("Иттиҳоди Аврупо", "funder")]


def test_english_international_opens_a_longer_name():
    assert [o.name for o in find_orgs("The International Labour Organization and Harbor International met.", "en")] \
        == ["International Labour Organization", "Harbor International"]


def test_a_state_body_and_its_regional_unit_are_one_name():
    assert roles("Migratsiya agentligi Jizzax viloyati boshqarmasi seminar o‘tkazdi.", "uz") \
        == [("Migratsiya agentligi Jizzax viloyati boshqarmasi", "organizer")]
    # a body with a quoted name is complete: what follows is another body
    assert roles("\"Yangi qadam\" tashkiloti Jizzax viloyati ichki ishlar boshqarmasi bilan hamkorlikda seminar "
                 "o‘tkazdi.", "uz") == [("\"Yangi qadam\" tashkiloti", "organizer"),
                                        ("Jizzax viloyati ichki ishlar boshqarmasi", "organizer")]


def test_by_x_with_the_passive_verb_at_the_end_of_the_clause():
    assert roles("Семинар Меҳнат бошқармаси томонидан ёшлар учун ташкил этилди.", "uz") \
        == [("Меҳнат бошқармаси", "organizer")]


def test_a_name_before_a_cue_stops_at_a_subject_and_leaves_the_event_word():
    assert roles("Ailə Nazirliyi ATƏT-in Layihə Koordinatorunun dəstəyi ilə seminar keçirib.", "az") \
        == [("Ailə Nazirliyi", "organizer"), ("ATƏT-in Layihə Koordinatorunun", "funder")]
    assert roles("Tadbir Acme Relief ko‘magida o‘tdi.", "uz") == [("Acme Relief", "funder")]


def test_azerbaijani_genitive_chain_is_one_name():
    names = [o.name for o in find_orgs("Seminarı Dövlət Miqrasiya Xidmətinin Şəki regional idarəsi keçirib.", "az")]
    assert names == ["Dövlət Miqrasiya Xidmətinin Şəki regional idarəsi"]


def test_english_cue_then_article_and_type_abbreviation():
    assert roles("The forum was hosted by the NGO Green Valley with funding from the Government of Japan.", "en") \
        == [("Green Valley", "organizer"), ("Government of Japan", "funder")]


def test_russian_implemented_and_financed_by():
    assert roles("Конференция проекта, реализованного общественным объединением «Тоо Нуру», прошла в Нарыне.", "ru") \
        == [("общественным объединением «Тоо Нуру»", "organizer")]
    assert roles("Проект финансировался Европейским союзом.", "ru") == [("Европейским союзом", "funder")]


def test_english_ministry_with_a_list_and_a_partner_after_with():
    assert roles("The workshop was organised by the Ministry of Health, Labour and Welfare with the World Bank.", "en") \
        == [("Ministry of Health, Labour and Welfare", "organizer"), ("World Bank", "organizer")]


def test_a_two_word_event_name_opening_the_sentence_is_not_the_funder():
    assert roles("Тегерек стол Акыл-Таш фондунун колдоосу менен уюштурулду.", "ky") == [("Акыл-Таш фондунун", "funder")]


def test_tajik_programme_and_a_funder_in_parentheses_before_the_cue():
    assert roles("Маърака бо дастгирии Барномаи рушди СММ оғоз шуд.", "tg") == [("Барномаи рушди СММ", "funder")]
    assert roles("Тренинг Германия халқаро ҳамкорлик жамияти (GIZ) кўмагида ўтказилди.", "uz") \
        == [("Германия халқаро ҳамкорлик жамияти", "funder")]


def test_a_lowercase_body_right_after_the_place_holds_the_event():
    assert roles("5-июнда Исфана шаарында облустук миграция бөлүмү бүтүрүүчүлөр менен жолугушуу уюштурду.", "ky") \
        == [("облустук миграция бөлүмү", "organizer")]
    assert roles("Семинарда облустук миграция бөлүмүнүн адиси сүйлөдү.", "ky") == []


def test_a_russian_name_stops_before_the_funders_cue():
    assert [o.name for o in find_orgs("Управление социального развития Таласской области при содействии фонда "
                                      "провело семинар.", "ru")][:1] == ["Управление социального развития Таласской области"]


def test_a_name_walked_back_stops_at_a_person_and_at_a_dative():
    assert [o.name for o in find_orgs("Hokim yordamchisi Botir Xolmatov oilalarga tuman hokimligi tomonidan maslahat "
                                      "berilishini aytdi.", "uz")] == ["tuman hokimligi"]
    assert [o.name for o in find_orgs("Gənclər və İdman Nazirliyi seminar keçirib.", "az")] == ["Gənclər və İdman Nazirliyi"]


def test_kazakh_akimat_after_the_place_holds_the_event_with_its_partner():
    assert roles("2025 жылғы 11 қарашада Ақтөбе қаласында облыстық әкімдік «Жастар орталығы» қоғамдық "
                 "бірлестігімен бірлесіп дөңгелек үстел өткізді.", "kk") \
        == [("облыстық әкімдік", "organizer"), ("«Жастар орталығы» қоғамдық бірлестігімен", "organizer")]


def test_the_people_of_a_body_holding_the_event_make_it_the_organizer():
    assert roles("6 декабря 2025 года в Бишкеке волонтёры молодёжного движения «Келечек» провели акцию.", "ru") \
        == [("молодёжного движения «Келечек»", "organizer")]
    assert roles("Сотрудники Министерства труда рассказали о квотах.", "ru") == []


def test_a_dative_object_of_a_verbal_noun_stays_in_the_name():
    assert [o.name for o in find_orgs("Эмгек мигранттарына көмөктөшүү борбору семинар өткөрдү.", "ky")] \
        == ["Эмгек мигранттарына көмөктөшүү борбору"]


def test_russian_purpose_complement_keeps_its_object_and_adverbials():
    names = [o.name for o in find_orgs("Семинар провёл Отдел по работе с молодёжью и семьями мэрии.", "ru")]
    assert "Отдел по работе с молодёжью и семьями мэрии" in names
    names = [o.name for o in find_orgs("Организатором выступил Фонд поддержки студентов за рубежом.", "ru")]
    assert names == ["Фонд поддержки студентов за рубежом"]


def test_russian_commission_is_a_body_and_adjectives_are_not_heads():
    names = [o.name for o in find_orgs("Встречу провела Городская комиссия по делам несовершеннолетних.", "ru")]
    assert names == ["Городская комиссия по делам несовершеннолетних"]
    assert not find_orgs("Общественное мнение в Центральной Азии меняется.", "ru")


def test_the_body_whose_event_it_is_organizes_it():
    roles = [(o.name, r) for o, r in org_roles("«Жаңы Жол» коомдук бирикмесинин тегерек столу өттү.", "ky")]
    assert roles == [("«Жаңы Жол» коомдук бирикмесинин", "organizer")]
    assert not org_roles("«Жаңы Жол» коомдук бирикмесинин имаратында жолугушуу өттү.", "ky")


def test_azerbaijani_executive_power_and_an_abbreviation_inside_a_name():
    assert [o.name for o in find_orgs("Tədbir Qəbələ Rayon İcra Hakimiyyəti ilə birgə keçirilib.", "az")] == \
        ["Qəbələ Rayon İcra Hakimiyyəti"]
    name = "Beynəlxalq Miqrasiya Təşkilatının (BMqT) Gürcüstandakı Nümayəndəliyi"
    assert name in [o.name for o in find_orgs(f"Seminar {name} ilə birgə keçirilib.", "az")]


def test_a_body_of_an_abbreviated_body_is_not_that_body():
    assert link_key("ATƏT-in Gənclər Proqramı") is None
    assert link_key("BMqT") is not None


def test_english_compound_adjectives_name_the_organizer_and_the_funder():
    assert [(o.name, r) for o, r in org_roles("An OSCE-organized week-long exercise started in Osh.", "en")] == \
        [("OSCE", "organizer")]
    assert [(o.name, r) for o, r in org_roles("The USAID-funded project ended in May.", "en")] == [("USAID", "funder")]


def test_an_english_name_ends_before_and_another_bodys_owner():
    names = [o.name for o in find_orgs("It was held with the National Council on Youth and Sports and "
                                       "Kyrgyzstan’s Children Ombudsman.", "en")]
    assert "National Council on Youth and Sports" in names


def test_the_giver_of_a_handover_holds_it():
    roles = [(o.name, r) for o, r in org_roles("Программный офис ОБСЕ в Оше передал центру новое оборудование.", "ru")]
    assert ("Программный офис ОБСЕ в Оше", "organizer") in roles


def test_english_co_organised_and_carried_out_by_name_organizers():
    assert roles("The seminar is co-organised by the Riverside Migrant Council.", "en") == \
        [("Riverside Migrant Council", "organizer")]
    assert roles("The course in Naryn is carried out by the Mountain Youth Foundation.", "en") == \
        [("Mountain Youth Foundation", "organizer")]
    assert ("Valley Employment Service", "organizer") in roles(
        "A briefing was organized at the city library by the Valley Employment Service.", "en")


def test_russian_organizers_in_the_present_tense():
    assert ("Центр «Южная звезда»", "organizer") in roles(
        "Организаторами выступают Центр «Южная звезда» и местная администрация.", "ru")


def test_an_english_head_of_two_type_words_is_one_name():
    names = [o.name for o in find_orgs("The Acme Project Office in Karakol held a workshop.", "en")]
    assert names == ["Acme Project Office"]
    assert "Police Academy" in [o.name for o in find_orgs("The Police Academy hosted the course.", "en")]


def test_an_english_list_of_organizers_shares_the_cue_through_abbreviations_and_parents():
    text = ("The forum is co-organised by the Judicial Institute under the Ministry of Justice, the Northern "
            "Aid Foundation (NAF), and the Coastal Workers Association.")
    assert roles(text, "en") == [("Judicial Institute under the Ministry of Justice", "organizer"), ("Northern Aid Foundation", "organizer"),
                                 ("Coastal Workers Association", "organizer")]


def test_a_lowercase_ministry_named_by_its_field_is_a_body():
    assert ("министерством культуры, спорта и туризма", "organizer") in roles(
        "Выставка организована министерством культуры, спорта и туризма совместно с фондом «Мурас».", "ru")
    assert find_orgs("Представители министерства обсудили вопросы.", "ru") == []


@pytest.mark.parametrize("text,lang,name", [
    ("Termiz davlat pedagogika instituti tomonidan seminar tashkil etildi.", "uz", "Termiz davlat pedagogika instituti"),
    ("Қарши давлат статистика бошқармаси семинар ўтказди.", "uz", "Қарши давлат статистика бошқармаси"),
])
def test_a_loanword_ending_like_a_dative_stays_in_a_name(text, lang, name):
    assert [o.name for o in find_orgs(text, lang)] == [name]


@pytest.mark.parametrize("text,lang,name", [
    ("Qozog‘istondagi Bosh konsulligi xodimlari vatandoshlar bilan uchrashuv o‘tkazdi.", "uz",
     "Qozog‘istondagi Bosh konsulligi"),
    ("Ҳуқуқ факультети семинар ўтказди.", "uz", "Ҳуқуқ факультети"),
    ("Шәһәр кітапханасы дөңгелек үстел өткізді.", "kk", "Шәһәр кітапханасы"),
    ("Şəhər Tarix Muzeyi təlim keçirdi.", "az", "Şəhər Tarix Muzeyi"),
])
def test_consulates_faculties_libraries_and_museums_are_bodies(text, lang, name):
    assert (name, "organizer") in roles(text, lang)


def test_by_a_body_with_the_passive_verb_far_later_in_a_long_sentence():
    text = ("Xalqaro huquq fakulteti tomonidan “Xavfsiz migratsiya” loyihasi doirasida 18-dekabr – Xalqaro "
            "migrantlar kuni munosabati bilan viloyatning chekka tumanlaridan kelgan yoshlar va ularning ota-onalari "
            "uchun ochiq uchrashuv tashkil etildi.")
    assert ("Xalqaro huquq fakulteti", "organizer") in roles(text, "uz")


def test_a_second_funder_after_co_funded_by():
    found = roles("The forum was part of a project funded by the Acme Trust and co-funded by the Borealis Development Fund.", "en")
    assert ("Borealis Development Fund", "funder") in found


def test_azerbaijani_financial_help_names_the_funder():
    assert roles("Birlik bu il Qafqaz Fondunun maliyyə yardımı ilə Gəncədə seminar keçirib.", "az") == [("Qafqaz Fondunun", "funder")]


def test_an_english_list_after_a_cue_keeps_every_name_whole():
    text = ("The drill was jointly organized by the Acme Centre in Osh, the Northern Academy of the Ministry of Roads, "
            "the Regional Hub for Safe Travel under the Steppe Institute, the Bureau of River Safety and Clean Ports "
            "of the Embassy of Borealis in Kyrgyzstan and the Union of Crisis Centres.")
    assert roles(text, "en") == [
        ("Acme Centre in Osh", "organizer"), ("Northern Academy of the Ministry of Roads", "organizer"),
        ("Regional Hub for Safe Travel under the Steppe Institute", "organizer"),
        ("Bureau of River Safety and Clean Ports of the Embassy of Borealis in Kyrgyzstan", "organizer"),
        ("Union of Crisis Centres", "organizer")]


def test_an_english_list_skips_a_type_phrase_and_splits_one_word_names():
    text = ("The Acme Centre organized the seminars in co-operation with the non-governmental organizations "
            "the Steppe League, the Union of Crisis Centres and Novak.")
    assert roles(text, "en") == [("Acme Centre", "organizer"), ("Steppe League", "organizer"),
                                 ("Union of Crisis Centres", "organizer"), ("Novak", "organizer")]


def test_an_english_list_goes_on_past_a_project_and_an_owner_and_stops_at_a_person():
    text = ("The course was organized in co-operation with the National Council on Safe Labour in Persons and "
            "Kyrgyzstan’s Youth Ombudsman, with the support of ACME-X and Borealis.")
    assert roles(text, "en") == [("National Council on Safe Labour in Persons", "organizer"),
                                 ("Kyrgyzstan’s Youth Ombudsman", "organizer"), ("ACME-X", "funder"), ("Borealis", "funder")]
    text = "The forum is co-organised by the Acme Centre, the Safe Roads Project implemented by Novak, and the Steppe Union."
    assert roles(text, "en") == [("Acme Centre", "organizer"), ("Safe Roads Project", "organizer"),
                                 ("Steppe Union", "organizer")]
    text = "The visit was organized by the Acme Centre in May, the Head of the Steppe Union said."
    assert roles(text, "en") == [("Acme Centre", "organizer")]


def test_an_english_lowercase_phrase_after_a_cue_is_no_body():
    assert roles("Exercises led by an international expert followed the lectures.", "en") == []


def test_azerbaijani_joint_organization_of_a_list_of_bodies():
    text = "Bu gün Şəki Rayon Gənclər Mərkəzinin, Şəhər Kitabxanasının və Diyarşünaslıq Muzeyinin birgə təşkilatçılığı ilə dəyirmi masa keçirilib."
    assert [r for _o, r in org_roles(text, "az")] == ["organizer"] * 3


def test_tajik_initiative_cue_with_a_common_misspelling():
    assert roles("Бо ташабусси Маркази ҷавонони шаҳри Хуҷанд дар ноҳияи Ғафуров вохӯриҳо баргузор гардид.", "tg") \
        == [("Маркази ҷавонони шаҳри Хуҷанд", "organizer")]


def test_a_russian_body_attached_to_a_parent_is_one_name_and_as_well_as_shares_the_cue():
    text = ("Семинар организован Центром по правам детей совместно с Агентством занятости при Кабинете Министров, "
            "а также Советом при Президенте по делам молодёжи.")
    assert roles(text, "ru") == [("Центром по правам детей", "organizer"),
                                 ("Агентством занятости при Кабинете Министров", "organizer"),
                                 ("Советом при Президенте по делам молодёжи", "organizer")]


def test_a_legal_form_after_a_body_s_head_closes_one_name():
    assert [o.name for o in find_orgs("Gənclər İnkişaf Mərkəzi İctimai Birliyi Şəkidə seminar keçirib.", "az")] \
        == ["Gənclər İnkişaf Mərkəzi İctimai Birliyi"]
    assert [o.name for o in find_orgs("Жаштар борбору коомдук фонду Ошто семинар өткөрдү.", "ky")] \
        == ["Жаштар борбору коомдук фонду"]


def test_azerbaijani_subject_carrying_out_the_project_with_a_funder_organizes():
    text = ("Gənclər İnkişaf Mərkəzi İctimai Birliyi Qafqaz Fondunun dəstəyi ilə həyata keçirdiyi “Təhlükəsiz yol” "
            "layihəsi çərçivəsində Şəkidə görüş keçirilib.")
    assert roles(text, "az") == [("Gənclər İnkişaf Mərkəzi İctimai Birliyi", "organizer"), ("Qafqaz Fondunun", "funder")]
    text = "Qafqaz Miqrasiya Mərkəzi (QMM) Gənclər Fondunun maliyyə dəstəyi ilə “Təhlükəsiz yol” layihəsinin icrasına başlayıb."
    assert roles(text, "az") == [("Qafqaz Miqrasiya Mərkəzi", "organizer"), ("Gənclər Fondunun", "funder")]
    assert roles("Qafqaz Fondunun dəstəyi ilə layihə həyata keçirilib.", "az") == [("Qafqaz Fondunun", "funder")]


def test_an_english_legal_form_abbreviation_before_a_quoted_name_makes_a_name():
    assert roles("On 5 May 2024, the PA “Steppe Road” held three seminars for social workers.", "en") \
        == [("PA “Steppe Road”", "organizer")]


def test_a_russian_team_of_a_lowercase_fund_with_a_latin_name_holds_the_event():
    assert roles("Накануне команда общественного фонда Acme Relief провела тренинг для молодежи.", "ru") \
        == [("общественного фонда Acme Relief", "organizer")]


def test_an_abbreviated_body_and_a_country_after_it_are_its_country_office():
    assert roles("On 3 May, IOM Kyrgyzstan jointly with the Acme Centre organized a round table.", "en") \
        == [("IOM Kyrgyzstan", "organizer"), ("Acme Centre", "organizer")]


def test_a_russian_name_through_its_parent_stops_at_a_role_word():
    assert [o.name for o in find_orgs("На заседании Совета при Президенте по развитию местного самоуправления "
                                      "глава региона Иван Петров выступил с докладом.", "ru")] \
        == ["Совета при Президенте по развитию местного самоуправления"]


def test_an_english_unit_of_a_body_after_a_cue_keeps_its_unit():
    text = ("The course was run by the Acme Media Initiative together with the journalism faculty of Steppe State "
            "University, with support from the Kestrel Foundation.")
    assert roles(text, "en") == [("Acme Media Initiative", "organizer"),
                                 ("faculty of Steppe State University", "organizer"), ("Kestrel Foundation", "funder")]


def test_an_english_body_after_of_the_is_no_subject_and_co_organized_with_names_a_partner():
    assert roles("He said that the ties of the Steppe Office are growing and its staff take part in the trainings "
                 "held abroad.", "en") == []
    assert roles("The seminar, co-organized with the Labour Ministry and local groups, started in Osh.", "en") \
        == [("Labour Ministry", "organizer")]


@pytest.mark.parametrize("text,lang,expected", [
    ("Бо ташаббуси шуъбаи Хадамоти муҳоҷират дар шаҳри Ванҷ якҷоя бо Мақомоти иҷроияи ҳокимияти давлатии шаҳр "
     "вохӯрӣ бо сокинон доир гашт.", "tg",
     [("шуъбаи Хадамоти муҳоҷират", "organizer"), ("Мақомоти иҷроияи ҳокимияти давлатии шаҳр", "organizer")]),
    ("Консулхона дипломатлари Омск области Савдо-саноат палатаси томонидан ташкил этилган форумида қатнашди.", "uz",
     [("Омск области Савдо-саноат палатаси", "organizer")]),
    ("Gənclər Xidməti yanında İctimai Şuranın növbəti iclası keçirilib.", "az", [("İctimai Şuranın", "organizer")]),
])
def test_executive_bodies_chambers_and_councils_are_bodies(text, lang, expected):
    assert roles(text, lang) == expected


def test_funded_from_the_side_of_and_jointly_facilitated_name_funders_and_organizers():
    assert roles("Основной целью финансируемой со стороны Евросоюза программы является помощь.", "ru") \
        == [("Евросоюза", "funder")]
    assert roles("The U.S. Embassy, the Prosecutor General’s Office of Borealis and the Steppe Centre jointly facilitated "
                 "a seminar in Osh.", "en") == [("U.S. Embassy", "organizer"),
                                                ("Prosecutor General’s Office of Borealis", "organizer"),
                                                ("Steppe Centre", "organizer")]


def test_a_person_after_a_cue_with_a_role_after_a_comma_is_no_body():
    assert roles("This training was led by Jan Novak Pereira, Labour Prosecutor from Borealis, who has long "
                 "experience.", "en") == []
    assert roles("The visit was organized by the Acme Centre, the director said.", "en") == [("Acme Centre", "organizer")]


def test_a_joint_event_with_a_body_makes_it_an_organizer():
    assert roles("The Acme Centre conducted trainings for teachers and joint-trainings with the Steppe Union in May.",
                 "en") == [("Acme Centre", "organizer"), ("Steppe Union", "organizer")]


def test_a_verbal_noun_of_holding_makes_no_subject_an_organizer():
    assert roles("Institut rahbariyatiga yangi seminar o‘tkazish taklifi bildirildi.", "uz") == []
    assert roles("Yoshlar markazi Toshkentda seminar o‘tkazdi.", "uz") == [("Yoshlar markazi", "organizer")]


def test_a_turkic_body_whose_people_held_the_event_is_the_organizer():
    assert roles("Облыстық жастар ресурстық орталығының өкілдері халықты ақпараттандыру үшін акция өткізді.", "kk") \
        == [("Облыстық жастар ресурстық орталығының", "organizer")]
    assert roles("Жаштар борборунун кызматкерлери шаардагы мектепке барышты.", "ky") == []


def test_an_english_legal_form_abbreviation_before_an_unquoted_name_makes_a_name():
    assert roles("The Acme Centre and the anti-trafficking NGO Steppe Road jointly facilitated a seminar in Osh.", "en") \
        == [("Acme Centre", "organizer"), ("NGO Steppe Road", "organizer")]


def test_an_abbreviation_spelt_in_two_words_is_one_body():
    assert roles("В Оше УНП ООН в партнерстве с Министерством внутренних дел провели семинар.", "ru") \
        == [("УНП ООН", "organizer"), ("Министерством внутренних дел", "organizer")]
