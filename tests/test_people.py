"""People extraction: one test per rule, on sentences written for the test (several languages)."""
import doctest

import pytest

from store.ingest import apposition, doc, people, people_tokens, person_words
from store.ingest.doc import Doc
from store.ingest.model import DocContext, Para
from store.ingest.people import extract_people


def run(*items):
    paras = [Para(f"p-{i}", i, lang, text) for i, (lang, text) in enumerate(items)]
    return [p.to_row() for p in extract_people(Doc.build(paras, DocContext("d-test")))]


def one(lang, text):
    found = run((lang, text))
    assert len(found) == 1, found
    return found[0]


def test_doctests():
    for mod in (people, apposition, people_tokens, person_words):
        assert doctest.testmod(mod).failed == 0


def test_ru_role_before_name_and_nominative():
    p = one("ru", "Соглашение было подписано заместителем министра труда Эрланом Токтосуновым в Бишкеке.")
    assert p["name"] == "Эрлан Токтосунов"
    assert p["role"].startswith("заместитель министра труда")
    assert p["organization"] == "Министерство труда"


def test_ru_role_after_name():
    p = one("ru", "Гульнара Асанова, директор Бюро по миграции, открыла встречу.")
    assert p["name"] == "Гульнара Асанова" and p["role"] == "директор Бюро по миграции"
    assert p["organization"] == "Бюро по миграции"


def test_ru_genitive_organization_to_nominative():
    p = one("ru", "Выступил руководитель Агентства по делам молодежи Марат Сыдыков.")
    assert p["organization"] == "Агентство по делам молодежи"


def test_ky_family_given_patronymic_order():
    p = one("ky", "Модератор: Асанов Бакыт Эркинович, Миграция кызматынын төрагасы.")
    assert p["name"] == "Бакыт Асанов"
    assert "Асанов Бакыт Эркинович" in p["aliases"]
    assert p["role"] == "Миграция кызматынын төрагасы" and p["organization"] == "Миграция кызматы"


def test_ky_case_ending_removed_and_verb_not_in_name():
    p = one("ky", "Борбордун жетекчиси Эрмек Жумабаевдин айтымында, быйыл мигранттар көбөйдү.")
    assert p["name"] == "Эрмек Жумабаев"
    p = one("ky", "Долбоордун координатору Айгерим Токтогулова чыкты.")
    assert p["name"] == "Айгерим Токтогулова"


def test_ky_uulu_patronymic_name():
    p = one("ky", "Эмгек министрлигинин өкүлү Нурбек Асан уулу жыйынды ачты.")
    assert p["name"] == "Нурбек Асан уулу" and p["organization"] == "Эмгек министрлиги"


def test_kk_role_and_glued_patronymic():
    p = one("kk", "Көші-қон комитетінің төрағасы Асқар Нұрланұлы жиынды ашты.")
    assert p["name"] == "Асқар Нұрланұлы" and p["organization"] == "Көші-қон комитеті"


def test_uz_latin_apostrophes_and_initials():
    p = one("uz", "Migratsiya agentligi direktori Botir Xo‘jayev tadbirni ochdi.")
    assert p["name"] == "Botir Xo‘jayev" and p["organization"] == "Migratsiya agentligi"
    p = one("uz", "Tadbirda G.Niyazmetova so‘zga chiqdi.")
    assert p["name"] == "G. Niyazmetova"


def test_tg_zoda_name_with_izafet_role():
    p = one("tg", "Раиси Кумитаи кор бо занон ва оила Ҳилола Назарзода дар мизи мудаввар ширкат кард.")
    assert p["name"] == "Ҳилола Назарзода" and p["role"].startswith("Раиси Кумитаи")


def test_az_honorific_and_genitive():
    p = one("az", "Tədbirdə nazirliyin nümayəndəsi cənab Rəşad Əliyevin çıxışı dinlənildi.")
    assert p["name"] == "Rəşad Əliyev"
    p = one("az", "Dövlət Miqrasiya Xidmətinin rəisi Elnur Məmmədli tədbirdə çıxış etdi.")
    assert p["name"] == "Elnur Məmmədli" and p["organization"] == "Dövlət Miqrasiya Xidməti"


def test_en_names_with_cues():
    p = one("en", "Maria Lopez, a project coordinator at the Safe Migration Centre, noted that 45 women took part.")
    assert p["name"] == "Maria Lopez" and p["organization"] == "Safe Migration Centre"
    p = one("en", "The opening speech was given by Ambassador Daniel Harris.")
    assert p["name"] == "Daniel Harris"


def test_name_inside_organization_name_is_not_a_person():
    assert run(("ru", "Семинар прошел в Центре имени Т.Усубалиева в Бишкеке.")) == []
    assert run(("ru", "Эксперт «Фонда А.Токтогулова по развитию» выступил с докладом.")) == []
    assert run(("ky", "Ж.Баласагын атындагы университеттин студенттери катышты.")) == []


def test_single_capitalized_words_are_not_people():
    assert run(("ru", "Модератор встречи рассказал о проекте."), ("ru", "Министры двух стран встретились.")) == []


def test_places_and_organizations_are_not_people():
    assert run(("ru", "Представители Центральной Азии и Южного Кавказа обсудили миграцию в Самарканде.")) == []
    assert run(("az", "Əmək Miqrasiyası Baş İdarəsi tədbir keçirdi.")) == []


def test_one_person_across_languages_and_later_surname_mention():
    found = run(("ky", "Борбордун жетекчиси Эрмек Жумабаев сүйлөдү."),
                ("ru", "Руководитель центра Эрмек Жумабаев выступил."),
                ("ru", "Жумабаев отметил рост числа мигрантов."))
    assert len(found) == 1
    assert found[0]["paragraph_ids"] == ["p-0", "p-1", "p-2"]
    assert len(found[0]["mentions"]) == 3


def test_record_shape():
    p = one("ru", "Директор фонда Нурлан Абдыкадыров открыл встречу.")
    assert p["id"].startswith("person-")
    assert {"id", "name", "aliases", "role", "organization", "paragraph_ids", "mentions"} <= set(p)
    m = p["mentions"][0]
    assert "Нурлан Абдыкадыров" == "Директор фонда Нурлан Абдыкадыров открыл встречу."[m["start"]:m["end"]]


def _doc_people(texts: list[str], lang: str) -> list[dict]:
    paras = [Para(f"p{i}", i, lang, t) for i, t in enumerate(texts)]
    return [p.to_row() for p in extract_people(Doc.build(paras, DocContext("d-test", languages=[lang])))]


def test_the_funds_head_is_the_head_of_the_fund_the_text_named():
    found = _doc_people([
        "2024-жылдын 3-июнунда Ош шаарында «Жаңы Жол» коомдук фонду «Алтын Көпүрө» фондунун колдоосу "
        "менен семинар өткөрдү.",
        "Фонддун жетекчиси Мирлан Садыков семинарды ачты.",
    ], "ky")
    assert [(p["name"], p["organization"]) for p in found] == [("Мирлан Садыков", "«Жаңы Жол» коомдук фонду")]


def test_a_type_word_with_no_named_organization_of_that_type_stays_as_written():
    found = _doc_people(["«Ак Нур» борбору Ош шаарында семинар өткөрдү.",
                         "Фонддун жетекчиси Айдана Бекова сөз сүйлөдү."], "ky")
    assert [(p["name"], p["organization"]) for p in found] == [("Айдана Бекова", "Фонд")]


def test_an_uzbek_surname_in_the_genitive_is_one_person_in_the_nominative():
    found = _doc_people([
        "\"Yorug' Kelajak\" tashkiloti raisi Dilnoza Rahimovaning so'zlariga ko'ra, dasturga 300 kishi qatnashdi.",
        "\"Biz ishni davom ettiramiz\", dedi Dilnoza Rahimova.",
    ], "uz")
    assert [p["name"] for p in found] == ["Dilnoza Rahimova"]


def test_en_body_abbreviation_before_the_title_is_the_organization():
    p = one("en", '"We will open two more offices," said Helen Moritz, UNHCR Head of Office in Dushanbe.')
    assert (p["name"], p["organization"]) == ("Helen Moritz", "UNHCR")
    assert p["role"].startswith("Head of Office")


def test_en_title_then_comma_then_name():
    p = one("en", "The Director of the State Labour Inspectorate, Aziza Nurova, opened the meeting.")
    assert (p["name"], p["role"], p["organization"]) == ("Aziza Nurova", "Director of the State Labour Inspectorate",
                                                         "State Labour Inspectorate")


@pytest.mark.parametrize("text,name", [
    ("По словам заместителя мэра города Улана Токтосунова, в этом году обратились 400 семей.", "Улан Токтосунов"),
    ("Заместитель мэра города Гульнара Асанова отметила рост обращений.", "Гульнара Асанова"),
    ("Выступление директора Бакыта Исаева завершило встречу.", "Бакыт Исаев"),
    ("Мнение руководителя фонда Динары Осмоновой поддержали все.", "Динара Осмонова"),
])
def test_ru_a_name_governed_by_a_genitive_role_is_a_mans_in_the_genitive(text, name):
    assert one("ru", text)["name"] == name


def test_az_speech_particle_is_not_part_of_the_role():
    p = one("az", "“Valideynlər diqqətli olmalıdır”, – deyə Təhsil Nazirliyinin məsləhətçisi Samirə Həsənova vurğulayıb.")
    assert (p["name"], p["role"]) == ("Samirə Həsənova", "Təhsil Nazirliyinin məsləhətçisi")


@pytest.mark.parametrize("lang,text,role", [
    ("uz", "Seminarni Migratsiya agentligi direktori Baxtiyor Qodirov ochib berdi.", "Migratsiya agentligi direktori"),
    ("ky", "Иш-чараны Миграция кызматынын башчысы Нурлан Асанов ачты.", "Миграция кызматынын башчысы"),
])
def test_turkic_object_before_a_role_is_not_part_of_it(lang, text, role):
    assert one(lang, text)["role"] == role


def test_a_bare_type_word_with_nothing_named_is_no_organization():
    p = one("ru", "«Знания защищают», — сказала координатор проекта Айпери Жолдошева.")
    assert (p["role"], p["organization"]) == ("координатор проекта", None)


@pytest.mark.parametrize("text,name,role", [
    ("С приветственным словом выступил заместитель министра труда, социального обеспечения и миграции "
     "Азамат Токоев.", "Азамат Токоев", "заместитель министра труда, социального обеспечения и миграции"),
    ("С докладом выступил социолог Тилек Жумаев.", "Тилек Жумаев", "социолог"),
])
def test_ru_roles_with_a_listed_ministry_and_professions(text, name, role):
    p = one("ru", text)
    assert (p["name"], p["role"]) == (name, role)


def test_az_dative_surname_and_a_participle_before_the_role():
    p = one("az", "Fondun direktoru Rəşad Quliyevə görə, müraciətlər artıb.")
    assert (p["name"], p["role"]) == ("Rəşad Quliyev", "Fondun direktoru")
    p = one("az", "Görüşü açan Birliyin sədri Ləman Hüseynova çıxış etdi.")
    assert (p["name"], p["role"]) == ("Ləman Hüseynova", "Birliyin sədri")


def test_kk_body_name_with_and_keeps_its_first_word():
    p = one("kk", "Еңбек және халықты әлеуметтік қорғау министрлігі Көші-қон комитетінің төрағасы Арман Сейітов "
                  "баяндама жасады.")
    assert p["role"].startswith("Еңбек және халықты әлеуметтік қорғау министрлігі")


def test_kk_type_only_organization_resolves_to_the_named_body_in_the_nominative():
    found = run(("kk", "2025 жылғы 3 ақпанда Шымкентте «Жарқын Жол» қоғамдық қорының ұйымдастыруымен дөңгелек үстел өтті."),
                ("kk", "Қордың директоры Айгүл Жұмабекова баяндама жасады."))
    assert [(p["name"], p["organization"]) for p in found] == [("Айгүл Жұмабекова", "«Жарқын Жол» қоғамдық қоры")]


def test_tajik_head_of_the_organization_is_the_body_the_text_named():
    found = run(("tg", "Дар шаҳри Панҷакент Ташкилоти ҷамъиятии «Нури дил» семинар баргузор кард."),
                ("tg", "Раиси ташкилот Гулнора Саидова иштирокчиёнро табрик гуфт."))
    assert [(p["name"], p["organization"]) for p in found] == [("Гулнора Саидова", "Ташкилоти ҷамъиятии «Нури дил»")]


def test_english_ministry_named_with_a_list_keeps_the_whole_list():
    before = one("en", "The Deputy Minister of Health, Labour and Welfare, Jamshid Usmonov, opened the meeting.")
    after = one("en", "The meeting was opened by Jamshid Usmonov, Minister of Health, Labour and Welfare, and by the mayor.")
    for p in (before, after):
        assert p["organization"] == "Ministry of Health, Labour and Welfare"
    assert before["role"] == "Deputy Minister of Health, Labour and Welfare"


def test_a_rank_between_role_and_name_is_neither_role_nor_body():
    p = one("ru", "Семинар открыл начальник управления МВД по Чуйской области полковник милиции Асан Бекишев.")
    assert p["role"] == "начальник управления МВД по Чуйской области"
    assert p["organization"] == "управление МВД по Чуйской области"


def test_a_verb_before_the_role_ends_it():
    p = one("ru", "С докладом выступила эксперт ОБСЕ Дина Абдрахманова.")
    assert p["role"] == "эксперт ОБСЕ"


def test_a_minister_with_no_ministry_named_beside_him_belongs_to_the_one_the_document_names():
    found = run(("az", "Seminarı Əmək və Əhalinin Sosial Müdafiəsi Nazirliyi təşkil edib."),
                ("az", "Nazir müavini Elnur Həsənov çıxış edib."))
    assert found[0]["organization"] == "Əmək və Əhalinin Sosial Müdafiəsi Nazirliyi"
    two = run(("ru", "Встречу провели Министерство труда и Министерство юстиции."),
              ("ru", "Выступил заместитель министра Эрлан Осмонов."))
    assert two[0]["organization"] is None  # two ministries: the text does not say which


def test_a_unit_word_before_the_role_word_is_part_of_the_role():
    p = one("uz", "Bandlik boshqarmasi bo'lim boshlig'i Jasur Karimov ma'lumot berdi.")
    assert p["organization"] == "Bandlik boshqarmasi"
    found = run(("uz", "Семинарни Меҳнат бошқармаси Наманган вилояти бўлими ташкил этди."),
                ("uz", "Бўлим бошлиғи Жасур Каримов гапирди."))
    assert found[0]["organization"] == "Меҳнат бошқармаси Наманган вилояти бўлими"


def test_a_quoted_name_at_the_start_of_a_body_keeps_its_quotes():
    p = one("ky", "Тренер – «Тоо Нуру» коомдук бирикмесинин юристи Азамат Беков сүйлөдү.")
    assert p["organization"] == "«Тоо Нуру» коомдук бирикмеси"


def test_what_a_person_took_part_in_is_not_their_role():
    p = one("ky", "Жыйынга Нарын шаарынын мэриясынын өкүлү Эрмек Осмонов катышты.")
    assert p["role"] == "Нарын шаарынын мэриясынын өкүлү"
    assert p["organization"] == "Нарын шаарынын мэриясы"
    p = one("kk", "Кездесуге облыстық көші-қон қызметінің басшысы Ерлан Жақыпов қатысты.")
    assert p["role"] == "облыстық көші-қон қызметінің басшысы"
    p = one("ky", "Ачылыш аземине облустук социалдык өнүгүү башкармалыгынын башчысы Нурбек Асанов катышты.")
    assert p["role"] == "облустук социалдык өнүгүү башкармалыгынын башчысы"


def test_a_speech_verb_after_the_quote_is_not_part_of_the_role():
    p = one("kk", "«Келісімшартты тексеріңіз», – деп атап өтті қор директоры Гүлнар Сәрсенова.")
    assert p["role"] == "қор директоры"


def test_a_turkic_object_before_the_role_is_not_part_of_it():
    p = one("ky", "Форумду агенттиктин директору Нурлан Сыдыков ачып берди.")
    assert p["role"] == "агенттиктин директору"


def test_a_russian_body_named_in_the_instrumental_is_given_in_the_nominative():
    found = run(("ru", "Проект реализован общественным объединением «Тоо Нуру» в Нарыне."),
                ("ru", "Председатель объединения Айпери Жумалиева подвела итоги."))
    assert found[0]["organization"] == "общественное объединение «Тоо Нуру»"


def test_latin_kyrgyz_patronymic_surnames():
    p = one("en", "Aizhan Temir kyzy, head of the Talas legal aid office, said the office was full.")
    assert p["name"] == "Aizhan Temir kyzy" and p["role"].startswith("head of the Talas legal aid office")


def test_uzbek_cyrillic_trainer():
    assert one("uz", "Тренер Малика Турсунова ёшларга шартномани текширишни кўрсатди.")["role"] == "Тренер"


def test_an_initial_after_a_role_and_a_body_word_is_a_person():
    p = one("ru", "Начальник управления Т. Сыдыков отметил рост числа обращений.")
    assert (p["name"], p["role"]) == ("Т. Сыдыков", "Начальник управления")


def test_assistants_in_the_turkic_languages():
    p = one("uz", "Tuman hokimi yordamchisi Botir Xolmatov oilalarga maslahat berilishini ma'lum qildi.")
    assert p["role"] == "Tuman hokimi yordamchisi"


def test_the_region_alone_is_not_a_persons_body():
    p = one("kk", "Облыс әкімінің орынбасары Ержан Құлыбаев көші-қон туралы айтты.")
    assert p["role"] == "Облыс әкімінің орынбасары" and p["organization"] is None


def test_a_dative_inside_the_body_of_a_role_stays():
    p = one("ky", "Семинарга балдарына жардам берүү фондунун директору Айбек Осмонов катышты.")
    assert p["role"] == "балдарына жардам берүү фондунун директору"


def test_the_chair_of_a_board_belongs_to_the_body_of_the_board():
    p = one("az", "Gənc Peşəkarlar Agentliyinin Təftiş Heyətinin sədri Samir Quliyev çıxış edib.")
    assert p["organization"] == "Gənc Peşəkarlar Agentliyi"


def _one(text: str, lang: str) -> tuple[str, str | None, str | None]:
    [p] = extract_people(Doc.build([Para("p-1", 0, lang, text)], DocContext(doc_id="d-1")))
    return p.name, p.role, p.organization


def test_a_unit_before_the_named_body_belongs_to_the_role_and_the_body_is_the_organization():
    assert _one("Руководитель аппарата Совета по делам молодёжи Улан Асанов открыл встречу.", "ru") == (
        "Улан Асанов", "Руководитель аппарата Совета по делам молодёжи", "Совет по делам молодёжи")
    assert _one("Начальник отдела кадров Управления юстиции Асан Беков выступил первым.", "ru")[2] == "Управление юстиции"


def test_a_lowercase_subcommission_is_the_organization():
    assert _one("Секретарь подкомиссии по делам молодёжи Нина Петрова открыла семинар.", "ru")[2] \
        == "подкомиссия по делам молодёжи"


def test_a_turkic_minister_of_a_field_belongs_to_that_ministry():
    assert _one("Билим берүү министри Айбек Жумабаев сөз сүйлөдү.", "ky")[2] == "Билим берүү министрлиги"
    assert _one("Madaniyat vaziri Alisher Karimov so‘zga chiqdi.", "uz")[2] == "Madaniyat vazirligi"


def test_a_role_word_just_before_two_capitalised_words_names_a_foreign_person():
    assert _one("Встречу открыл советник Бруно Ваккари из Женевы.", "ru")[0] == "Бруно Ваккари"
    assert _one("Tədbirdə layihənin rəhbəri Marco Bellini da iştirak edib.", "az")[0] == "Marco Bellini"


def test_three_names_after_a_role_word_are_one_person_with_a_middle_name():
    assert _one("Семинар вела координатор Анна Мария Бьянки.", "ru")[0] == "Анна Мария Бьянки"


def test_a_word_chained_by_the_izafet_belongs_to_the_body_not_to_the_person():
    name, role, _ = _one("Вазир бо роҳбари Созмони Байналмилалии Муҳоҷират Лаура Бенетти мулоқот кард.", "tg")
    assert name == "Лаура Бенетти"


def test_a_russian_body_keeps_the_object_of_its_purpose_in_the_role():
    assert _one("На встрече выступил руководитель Центра по работе с мигрантами Азиз Каримов.", "ru")[1:] == (
        "руководитель Центра по работе с мигрантами", "Центр по работе с мигрантами")
    assert _one("Азиз Каримов, руководитель Центра по работе с молодёжью, открыл встречу.", "ru")[2] == \
        "Центр по работе с молодёжью"


def test_adjectives_of_a_body_after_a_role_word_are_no_person():
    text = "Начальник Государственной Налоговой Службы Республики Асан Беков выступил."
    names = [p.name for p in extract_people(Doc.build([Para("p-1", 0, "ru", text)], DocContext(doc_id="d-1")))]
    assert names == ["Асан Беков"]


def test_uzbek_plural_of_respect_after_a_surname_is_not_the_name():
    from store.ingest.names import strip_case

    assert strip_case("Nazarovalar", "uz") == "Nazarova"


@pytest.mark.parametrize("text, name", [
    ("Он договорился с президентом Виктором Ковальчуком о сотрудничестве.", "Виктор Ковальчук"),
    ("Стратегию объявили в речи Джорджа Смита в январе.", "Джордж Смит"),
    ("Вчера в беседе с Анной Шмидт обсудили планы.", "Анна Шмидт"),
])
def test_a_name_of_another_declension_takes_its_case_from_the_given_name(text, name):
    assert _one(text, "ru")[0] == name


@pytest.mark.parametrize("text, expected", [
    ("Премьер-министр Японии Хироси Танака заявил об этом.", ("Хироси Танака", "Япония")),
    ("Посол Японии в Канаде Таро Ямада будет снят с должности.", ("Таро Ямада", None)),
    ("Об этом заявил министр финансов Норвегии Ларс Хансен.", ("Ларс Хансен", None)),
])
def test_a_role_with_its_country_before_a_foreign_name(text, expected):
    name, _, org = _one(text, "ru")
    assert name == expected[0]
    if expected[1]:
        assert org == expected[1]


def test_press_professions_are_roles():
    assert _one("Иван Петров, фотограф еженедельника «Северный вестник», был задержан.", "ru")[1].startswith("фотограф")


def test_a_rank_word_before_every_role_word_leaves_no_role_and_no_error():
    text = "Министр принял делегацию во главе со старшим региональным советником по Европе и Центральной Азии Бруно Кальви."
    assert _one(text, "ru")[0] == "Бруно Кальви"


def test_a_bodys_abbreviation_in_parentheses_stays_inside_the_role():
    name, role, org = _one("Учрашувда Халқаро меҳнат ташкилоти (ХМТ) бош директори Жон Смит иштирок этди.", "uz")
    assert (name, org) == ("Жон Смит", "Халқаро меҳнат ташкилоти")
    assert role.endswith("бош директори")


def test_advisers_and_heads_of_department_are_roles():
    assert _one("Tədbirdə nazirliyin müşaviri Aydın Qasımov çıxış edib.", "az")[1] == "nazirliyin müşaviri"
    assert _one("Yig‘ilishda departament mudiri Anvar Qodirov so‘zga chiqdi.", "uz")[1] == "departament mudiri"


@pytest.mark.parametrize("text, name", [
    ("Напомним, что после поездки Дмитрия Соколова на острова премьер выступил.", "Дмитрий Соколов"),
    ("Акция прошла против действий президента Александра Гончаренко.", "Александр Гончаренко"),
    ("На встрече выступила Гульнара Асанова.", "Гульнара Асанова"),
    ("«Курсы помогут выпускникам», — отметила Алия Садыкова.", "Алия Садыкова"),
])
def test_the_dictionarys_likelier_reading_of_a_given_name_sets_the_case(text, name):
    assert _one(text, "ru")[0] == name


def test_a_family_name_alone_after_a_role_word_is_a_person_unless_someone_named_in_full_carries_it():
    assert _one("Вчера президент Путилов подписал указ.", "ru")[:2] == ("Путилов", "президент")
    people = extract_people(Doc.build([Para("p-0", 0, "ru", "Министр Жолдасов открыл встречу. Затем Асан Жолдасов выступил.")],
                                      DocContext(doc_id="d-1")))
    assert [p.name for p in people] == ["Асан Жолдасов"]


def test_a_family_named_alone_first_joins_the_person_named_in_full_later():
    people = extract_people(Doc.build([Para("p-0", 0, "ru", "Вчера президент Путилов подписал указ. "
                                                            "Позже Виктор Путилов встретился с послами.")],
                                      DocContext(doc_id="d-1")))
    assert [(p.name, p.role) for p in people] == [("Виктор Путилов", "президент")]


def test_an_organization_keeps_no_stray_quote():
    org = _one("Loyiha haqida \"Xavfsiz Yo'l\" tashkiloti rahbari Nodira Sobirova gapirib berdi.", "uz")[2]
    assert org.count('"') % 2 == 0 and "Xavfsiz Yo'l" in org


def test_a_foreign_names_original_spelling_in_brackets_is_not_part_of_the_name():
    found = run(("ru", "«Работы много», сказал Гарольд Ньюкасл (Harold Newcastle), инженер проекта."))
    assert [p["name"] for p in found] == ["Гарольд Ньюкасл"]


def test_a_place_reading_the_dictionary_only_guesses_does_not_cut_a_name():
    assert _one("Министр транспорта Вольдемар Вальдзее открыл трассу.", "ru")[0] == "Вольдемар Вальдзее"


@pytest.mark.parametrize("text, name", [
    ("Руководитель лаборатории Марко Бранкович представил отчёт.", "Марко Бранкович"),
    ("На конференции выступил Павел Лозович.", "Павел Лозович"),
])
def test_a_given_name_then_a_family_in_vich_that_is_no_known_patronymic(text, name):
    assert _one(text, "ru")[0] == name


@pytest.mark.parametrize("text, name, org", [
    ("Заявление сделал пресс-секретарь Комитета по охране лесов при правительстве Олег Сурков.",
     "Олег Сурков", "Комитет по охране лесов при правительстве"),
    ("Пикет поддержали многие, включая главу партии Анну Вершинину.", "Анна Вершинина", None),
])
def test_a_role_a_few_words_before_a_body_and_a_name_makes_the_name_a_person(text, name, org):
    got = _one(text, "ru")
    assert got[0] == name
    if org:
        assert got[2] == org


def test_a_person_named_by_family_alone_is_found_when_no_one_named_in_full_carries_it():
    found = run(("ru", "Хиггинсон забил второй гол, и болельщики ликовали до конца матча."))
    assert [p["name"] for p in found] == ["Хиггинсон"]
    found = run(("ru", "Вчера Анна Старовойтова приехала в город. Старовойтова осмотрела школу."))
    assert [p["name"] for p in found] == ["Анна Старовойтова"]


def test_a_family_named_alone_twice_is_one_person():
    found = run(("ru", "Голы забили Старовойтов (передачи Хиггинсон, Зеленко) и снова Старовойтов."))
    assert sorted(p["name"] for p in found) == ["Зеленко", "Старовойтов", "Хиггинсон"]


@pytest.mark.parametrize("text", [
    "Кроме Старовойтова, на встречу никто не пришёл.",
    "Визит Старовойтова в столицу отложили на неделю.",
])
def test_the_first_word_of_a_sentence_is_no_part_of_the_name_after_it(text):
    assert _one(text, "ru")[0] != text.split()[0] + " " + text.split()[1].rstrip(",")


def test_a_name_keeps_to_one_script():
    names = [p["name"] for p in run(("ru", "Как передаёт агентство Newswire Старовойтов уже прибыл в столицу."))]
    assert not any("Newswire" in n for n in names)


@pytest.mark.parametrize("text", [
    "Гонщик впервые выиграл этап Формулы-1 в дождь.",
    "На прошлых Старовойтовских чтениях спорили о Луне.",
    "Робосекс",
])
def test_digits_plural_adjectives_and_one_word_paragraphs_name_no_one(text):
    assert run(("ru", text)) == []


def test_an_artistic_director_is_a_role():
    assert _one("Худрук театра Анна Старовойтова провела репетицию.", "ru")[:2] == ("Анна Старовойтова", "Худрук театра")


@pytest.mark.parametrize("text, org", [
    ("Мэр Твери Олег Старовойтов открыл мост. Мэрия Твери оплатила работы.", "Тверь"),
    ("Премьер-министр Норвегии Ларс Хансен выступил. Правительство Норвегии одобрило план.", "Норвегия"),
])
def test_the_head_of_a_place_belongs_to_the_place_not_to_a_body_of_it(text, org):
    assert _one(text, "ru")[2] == org


@pytest.mark.parametrize("text, name, role, org", [
    ("Защитник клуба Бенфика Пётр Седов забил гол.", "Пётр Седов", "Защитник клуба Бенфика", "клуб Бенфика"),
    ("Вскоре на станцию прилетит астронавт НАСА Джон Смит.", "Джон Смит", "астронавт НАСА", "НАСА"),
    ("Вратарь сборной Олег Смирнов пропустил мяч.", "Олег Смирнов", "Вратарь сборной", None),
])
def test_a_players_position_and_a_crews_trade_are_roles(text, name, role, org):
    assert _one(text, "ru") == (name, role, org)


def test_a_pilot_project_is_no_pilot():
    assert _one("Это пилотный проект, сказал Олег Смирнов.", "ru")[1] is None


def test_a_head_of_state_with_no_place_beside_is_the_head_of_the_place_the_report_is_about():
    found = run(("ru", "Выборы в Норвегии прошли спокойно."), ("ru", "Президент Ларс Хансен поздравил жителей Норвегии."),
                ("ru", "Гости из Дании приехали."))
    assert [(p["name"], p["organization"], p["why"]["organization"]["rule"]) for p in found] == [
        ("Ларс Хансен", "Норвегия", "the-place")]


def test_a_head_of_state_has_no_place_when_the_report_names_none_more_than_others():
    found = run(("ru", "Президент Ларс Хансен поздравил жителей Норвегии и Дании."))
    assert found[0]["organization"] is None


@pytest.mark.parametrize("text", [
    "Специалисты компании Silver Harbor представили робота.",
    "Гонщик Олег Смирнов выиграл Гран-при Бельгии.",
    "Глава Северной Православной Церкви выступил с обращением.",
])
def test_latin_words_lowercase_hyphen_parts_and_churches_are_no_names_in_russian(text):
    assert all("Silver" not in p["name"] and "Гран" not in p["name"] and "Православн" not in p["name"]
               for p in run(("ru", text)))


def test_a_declined_place_before_a_name_belongs_to_the_role():
    name = _one("Заседание провёл глава правительства Израиля Давид Ашкенази.", "ru")[0]
    assert sorted(name.split()) == ["Ашкенази", "Давид"]


@pytest.mark.parametrize("text, org", [
    ("Об этом сообщил представитель вооружённых сил Сомчай Ратана.", "вооружённые силы"),
    ("Глава норвежской делегации на переговорах Ларс Хансен заявил об этом.", "норвежская делегация на переговорах"),
    ("Шеф концерна Nordwagen Ханс Мюллер ушёл в отставку.", "концерн Nordwagen"),
])
def test_a_body_keeps_its_adjectives_and_its_number_and_delegations_and_concerns_are_bodies(text, org):
    assert _one(text, "ru")[2] == org


def test_a_family_name_of_the_adjective_kind_is_put_in_the_nominative_and_joins_its_later_mentions():
    found = run(("ru", "Памятник Петру Белогорскому открыли в сквере."),
                ("ru", "По словам Белогорского, работа только начинается."))
    assert [p["name"] for p in found] == ["Пётр Белогорский"]


def test_initials_alone_name_no_one():
    assert run(("ru", "«Заявку отклонили (о встрече – А.Б.) без объяснений», сказал он.")) == []


def test_clergy_titles_are_roles_not_names():
    assert _one("Митрополит Серафим Белозерский провёл службу.", "ru")[:2] == ("Серафим Белозерский", "Митрополит")


@pytest.mark.parametrize("text, org", [
    ("Визит обсудил глава норвежского МИДа Ларс Хансен.", "норвежский МИД"),
    ("Об этом сообщил представитель МИДа Ларс Хансен.", "МИД"),
])
def test_an_abbreviation_with_a_case_ending_is_given_in_the_nominative(text, org):
    assert _one(text, "ru")[2] == org


@pytest.mark.parametrize("text, org", [
    ("Спектакль поставил руководитель балета Северного театра Иван Орлов.", "Северный театр"),
    ("Выставку открыл директор городского музея Иван Орлов.", "городской музей"),
])
def test_theatres_and_museums_are_bodies_and_a_unit_before_one_belongs_to_the_role(text, org):
    assert _one(text, "ru")[2] == org


def test_a_clubs_name_then_a_persons_name_after_a_role_and_the_club_word():
    name, role, org = _one("Полузащитник клуба Челтон Юнайтед Ледвин Кингсли снялся в фильме.", "ru")
    assert (sorted(name.split()), org) == (["Кингсли", "Ледвин"], "клуб Челтон Юнайтед")


def test_a_quoted_name_of_a_body_does_not_send_the_paragraph_to_natasha():
    toks = doc.tokenize("Центр «Жолборс» провёл форум. Фонд «Жаңы жол» помог семьям.")
    assert not people._needs_ner(toks, people._runs(toks), set(), "ru")


def test_a_minister_for_a_matter_belongs_to_the_ministry_for_it():
    assert _one("Об этом заявил министр по делам молодёжи Иван Орлов.", "ru")[2] == "Министерство по делам молодёжи"


def test_ru_role_after_name_keeps_a_ministry_named_by_a_list():
    p = one("ru", "Встречу открыла Динара Абдыкалыкова, заместитель министра культуры, информации и туризма "
                  "Кыргызской Республики.")
    assert p["role"] == "заместитель министра культуры, информации и туризма Кыргызской Республики"
    assert p["organization"].startswith("Министерство культуры, информации и туризма")


def test_a_state_adviser_and_an_english_co_ordinator_are_roles():
    p = one("ru", "Выступил госсоветник президента Тимур Алиев.")
    assert p["role"].startswith("госсоветник")
    p = one("en", "The course was opened by Anna Berg, the Project Co-ordinator.")
    assert p["role"] == "Project Co-ordinator"


def test_the_topic_words_of_english_body_names_are_no_persons_name():
    found = run(("en", "Staff of the Office of the Commissioner for Human Rights (Ombudsman) met Anna Berg, "
                       "head of the shelter."))
    assert [p["name"] for p in found] == ["Anna Berg"]
    found = run(("en", "Officers of the Ministry of Labour and Poverty Reduction, the Prosecutor’s Office and the "
                       "shelter attended."))
    assert found == []


def test_a_plural_role_before_two_names_is_the_role_of_both():
    found = run(("ru", "Тренинг провели эксперты фонда «Ак Жол» Алмаз Бекиев (право) и Гульнара Осмонова (медицина)."))
    assert [(p["name"], p["role"]) for p in found] == [
        ("Алмаз Бекиев", "эксперты фонда «Ак Жол»"), ("Гульнара Осмонова", "эксперты фонда «Ак Жол»")]
    found = run(("ru", "Выступил директор центра Алмаз Бекиев и Гульнара Осмонова из Оша."))
    assert [p["role"] for p in found] == ["директор центра", None]  # a singular role is the first name's only


def test_a_womans_name_in_an_oblique_case_is_no_adjective():
    found = run(("ru", "Министр провела встречу с руководителем представительства Детского фонда ООН в Киргизии "
                       "Анной Петровой."))
    assert [(p["name"], p["role"]) for p in found] == [
        ("Анна Петрова", "руководитель представительства Детского фонда ООН в Киргизии")]
    assert run(("ru", "Сотрудники Государственной Налоговой службы провели рейд.")) == []


def test_a_role_running_into_the_next_name_is_that_names():
    found = run(("ru", "Выступили советник мэра по социальным вопросам и связям с общественностью Алмаз Бекиев, "
                       "эксперты фонда «Ак Жол» Гульнара Осмонова и Нурлан Ташиев."))
    roles = {p["name"]: p["role"] for p in found}
    assert roles["Алмаз Бекиев"] == "советник мэра по социальным вопросам и связям с общественностью"
    assert roles["Гульнара Осмонова"] == roles["Нурлан Ташиев"] == "эксперты фонда «Ак Жол»"


def test_an_english_body_before_the_role_after_the_article_is_the_organization():
    p = one("en", "Speaking at the launch, Maria Lind, the IOM Chief of Mission in Kyrgyzstan, thanked the partners.")
    assert (p["role"], p["organization"]) == ("Chief of Mission in Kyrgyzstan", "IOM")


def test_a_minister_gets_the_ministry_named_beside_when_the_report_names_several():
    found = run(("ru", "В Министерстве просвещения 5 мая прошло заседание под председательством министра Алмаза Бекиева."),
                ("ru", "Отчёт передан Министерству финансов."))
    assert found[0]["organization"] == "Министерство просвещения"


def test_a_title_set_off_by_a_comma_closes_the_previous_person_in_an_english_list():
    found = run(("en", "Opening remarks were made by Mr. Tom Adams, the Head of the Delegation to Kyrgyzstan, "
                       "Ambassador, Mr. Bolot Asanov, the Chief of the Main Department on Migration, and the "
                       "Minister of Labour, Ms. Aida Lind."))
    roles = {p["name"]: p["role"] for p in found}
    assert roles["Bolot Asanov"] == "Chief of the Main Department on Migration"
    assert roles["Aida Lind"] == "Minister of Labour"


@pytest.mark.parametrize("lang,text,name", [
    ("kk", "Облыс әкімі Ерлан Қасымов Мәжілістегі кездесуде сөз сөйледі.", "Ерлан Қасымов"),
    ("ky", "Министр Нурбек Асанов Экологиялык фонддун өкүлдөрү менен жолукту.", "Нурбек Асанов"),
    ("uz", "Vazir Dilshod Rahimov Senatdagi uchrashuvda so‘zga chiqdi.", "Dilshod Rahimov"),
])
def test_a_turkic_attributive_word_after_a_name_is_not_part_of_it(lang, text, name):
    assert [p["name"] for p in run((lang, text))] == [name]


@pytest.mark.parametrize("lang,text,role", [
    ("ky", "Бул тууралуу агенттиктин директору Алмаз Жумабеков билдирди.", "агенттиктин директору"),
    ("kk", "Бұл туралы қордың төрағасы Жанар Сейітова айтты.", "қордың төрағасы"),
])
def test_about_ends_a_role_before_a_name(lang, text, role):
    assert one(lang, text)["role"] == role


@pytest.mark.parametrize("lang,text,role", [
    ("ky", "Саламаттык сактоо, билим берүү жана илим министри Асан Үсөнов жолугушууда сүйлөдү.",
     "Саламаттык сактоо, билим берүү жана илим министри"),
    ("kk", "Мәдениет, спорт және туризм басқармасының басшысы Ерлан Қасымов сөз сөйледі.",
     "Мәдениет, спорт және туризм басқармасының басшысы"),
])
def test_a_head_last_bodys_list_of_fields_stays_in_the_role(lang, text, role):
    assert one(lang, text)["role"] == role


@pytest.mark.parametrize("lang,text,role", [
    ("uz", "Tadbirda mahalla faoli Dilnoza Karimova so‘zga chiqdi.", "mahalla faoli"),
    ("az", "Tədbirdə icma fəalı Leyla Quliyeva çıxış etdi.", "icma fəalı"),
])
def test_an_activist_is_a_role(lang, text, role):
    assert one(lang, text)["role"] == role


def test_activity_is_no_role():
    from store.ingest.people_tokens import is_role_word

    assert not any(is_role_word(w, lang) for w, lang in [("faoliyati", "uz"), ("фаъолияти", "tg"),
                                                          ("fəaliyyəti", "az"), ("белсенділігі", "kk")])


def test_tajik_respectful_address_is_no_part_of_the_role():
    p = one("tg", "Раиси шаҳр муҳтарам Фарҳод Раҳимов дар ҷаласа суханронӣ кард.")
    assert (p["name"], p["role"]) == ("Фарҳод Раҳимов", "Раиси шаҳр")


def test_en_capitalised_words_before_the_role_word_are_part_of_the_title():
    p = one("en", "The meeting was opened by Aida Karimova, Gender Equality Officer at the Migration Support Centre.")
    assert p["role"].startswith("Gender Equality Officer")


def test_ru_special_envoy_is_a_role_word():
    p = one("ru", "Спецпредставитель ООН по правам мигрантов Мария Лукина призвала власти открыть приюты.")
    assert p["role"].startswith("Спецпредставитель ООН")


@pytest.mark.parametrize("text,names", [
    ("Встреча прошла в Агентстве занятости при Кабинете Министров республики.", []),
    ("Первый заместитель председателя Кабинета Министров Анна Орлова открыла встречу.", ["Анна Орлова"]),
    ("Председатель Совета Министров Анна Орлова открыла встречу.", ["Анна Орлова"]),
])
def test_ru_a_body_named_with_a_role_noun_is_no_person(text, names):
    assert [p["name"] for p in run(("ru", text))] == names


def test_en_a_name_right_after_an_inverted_speech_verb_is_a_person():
    found = run(("en", "“We will open two more shelters before winter,” said Dana Morrow, an official of the district."))
    assert [p["name"] for p in found] == ["Dana Morrow"]


@pytest.mark.parametrize("lang,text", [
    ("tg", "Ба Маскав сокинони ноҳияҳои Ашт, Ҷ. Расулов ва Бобоҷон Ғафуров сафарбар шуданд."),
    ("uz", "Сайловда Ҳ. Олимжон тумани аҳолиси фаол қатнашди."),
])
def test_a_district_named_after_a_person_is_no_person(lang, text):
    assert run((lang, text)) == []


def test_a_person_after_a_districts_role_is_still_a_person():
    p = one("tg", "Дар ҷаласа раиси ноҳияи Ашт Фарҳод Раҳимов суханронӣ кард.")
    assert p["name"] == "Фарҳод Раҳимов"


@pytest.mark.parametrize("lang,text,role", [
    ("az", "Agentliyin rəisi, II dərəcəli dövlət qulluqçusu müşaviri Kamran Məmmədov çıxış edib.", "Agentliyin rəisi"),
    ("uz", "Agentlik boshlig‘i, 1-darajali davlat maslahatchisi Kamol Rahimov so‘zga chiqdi.", "Agentlik boshlig‘i"),
])
def test_a_class_rank_after_the_post_is_no_role(lang, text, role):
    assert one(lang, text)["role"] == role


def test_a_tajik_guide_of_a_group_is_a_role():
    assert one("tg", "Бино ба иттилои роҳбалад Ҷамшед Қодиров гурӯҳ аз 40 нафар иборат аст.")["role"] == "роҳбалад"


def test_a_name_stops_before_a_country_and_a_ministry_named_after_it():
    found = run(("az", "Agentliyin rəisi Rauf Quliyev İtaliya Krallığının Xarici İşlər Nazirliyinin səfiri Marko Rossi ilə "
                       "görüşüb."))
    assert sorted(p["name"] for p in found) == ["Marko Rossi", "Rauf Quliyev"]


@pytest.mark.parametrize("lang,text,name", [
    ("tg", "Дар вохӯрӣ сардори шуъба Раҳимов Б., оид ба муҳоҷират суханронӣ намуд.", "Б. Раҳимов"),
    ("ky", "Жыйынды бөлүм башчысы Осмонов К. ачты.", "К. Осмонов"),
])
def test_initials_after_a_family_name_close_the_name(lang, text, name):
    assert one(lang, text)["name"] == name


def test_initials_before_the_next_name_still_open_it():
    found = run(("tg", "Дар ҷаласа Раҳимов Б. Каримова суханронӣ намуданд."))
    assert "Б. Раҳимов" not in [p["name"] for p in found]


@pytest.mark.parametrize("lang,text,role", [
    ("tg", "Дар вохӯрӣ муовини раиси ноҳия – Фарҳод Каримов суханронӣ кард.", "муовини раиси ноҳия"),
    ("ru", "Выступил заместитель председателя комитета – Олег Сафонов.", "заместитель председателя комитета"),
])
def test_a_post_set_off_from_the_name_by_a_dash_is_its_role(lang, text, role):
    assert one(lang, text)["role"] == role


@pytest.mark.parametrize("lang,text", [
    ("az", "Bunu sədr Aynur Həsənova Şəki Humanitar və Texnologiya Kollecində keçirilən tədbirdə bildirib."),
    ("uz", "Buni rais Aziz Karimov Nukus Qurilish va Texnika Kollejida o‘tkazilgan tadbirda aytdi."),
])
def test_a_college_is_no_person(lang, text):
    assert not any("oll" in p["name"] for p in run((lang, text)))


@pytest.mark.parametrize("lang,text,name", [
    ("az", "Birliyin sədri Aynur Həsənova Qəbələ Rayon Mərkəzində çıxış edib.", "Aynur Həsənova"),
    ("uz", "Markaz direktori Aziz Karimov Samarqand Davlat Universitetida ma’ruza qildi.", "Aziz Karimov"),
])
def test_a_place_after_a_family_name_opens_a_body_not_the_name(lang, text, name):
    assert [p["name"] for p in run((lang, text))] == [name]


@pytest.mark.parametrize("lang,text,role", [
    ("uz", "Forum doirasida Samara viloyati Savdo palatasi raisi Anna Orlova ma’ruza qildi.",
     "Samara viloyati Savdo palatasi raisi"),
    ("az", "Layihə çərçivəsində Gəncə Dövlət Universitetinin rektoru Aynur Həsənova çıxış edib.",
     "Gəncə Dövlət Universitetinin rektoru"),
    ("kk", "Жоба аясында облыстық орталықтың директоры Айгүл Серікова сөз сөйледі.", "облыстық орталықтың директоры"),
    ("ky", "Долбоордун алкагында борбордун директору Айгүл Токтогулова сөз сүйлөдү.", "борбордун директору"),
])
def test_a_within_or_for_the_purpose_of_adverbial_is_no_part_of_the_role(lang, text, role):
    assert one(lang, text)["role"] == role


def test_a_tajik_staff_member_is_a_role():
    p = one("tg", "Зимни мулоқоти корманди Намояндагии Хадамоти муҳоҷират Фаррух Раҳимов бо муҳоҷирон маълум шуд, ки кор хуб аст.")
    assert p["role"] == "корманди Намояндагии Хадамоти муҳоҷират"


def test_family_name_in_capitals_beside_the_given_name():
    p = one("ru", "Старший инспектор отдела полиции Айгуль ТАШИЕВА рассказала о новых случаях.")
    assert p["name"] == "Айгуль Ташиева" and p["role"].startswith("Старший инспектор")
    assert one("ru", "На вопросы ответил ОРЛОВ Иван Петрович, директор фонда «Рассвет».")["name"].startswith("Иван")
    assert run(("ru", "ЗАКОНОВ СТАЛО БОЛЬШЕ, сказал эксперт.")) == []


def test_en_rank_after_comma_takes_the_role_before_it():
    found = run(("en", "The meeting was attended by Deputy Chief of the City Police Office, Lieutenant Colonel Daniel "
                       "Moore, Chief of the Juvenile Unit, Major Tom Hollis, and many students."))
    roles = {" ".join(sorted(p["name"].split())): p["role"] for p in found}
    assert roles == {"Daniel Moore": "Deputy Chief of the City Police Office", "Hollis Tom": "Chief of the Juvenile Unit"}


def test_en_academic_title_before_the_name_is_no_role():
    p = one("en", "The seminar was opened by the Dean of the Law Faculty, Associate Professor Karen Lindqvist, "
                  "who greeted the guests.")
    assert p["name"] == "Karen Lindqvist" and p["role"] == "Dean of the Law Faculty"


def test_ru_long_role_with_degree_adverb_before_the_name():
    p = one("ru", "Старший следователь по особо важным делам управления по борьбе с наркотиками городского "
                  "отдела полиции МВД Нина Громова рассказала о новых делах.")
    assert p["name"] == "Нина Громова"
    assert p["role"].startswith("Старший следователь по особо важным делам")


def test_en_role_with_its_field_then_the_body():
    p = one("en", "The forum was opened by the Vice-Rector for Academic Affairs of the Northern University, "
                  "Aigerim Nurlanova, who greeted the guests.")
    assert p["role"] == "Vice-Rector for Academic Affairs of the Northern University"
    assert p["organization"] == "Northern University"
    p = one("en", "Dilnoza Karimova, Adviser for Legal Affairs of the Migration Agency, spoke first.")
    assert p["role"].endswith("of the Migration Agency") and p["organization"] == "Migration Agency"


def test_ru_role_field_with_a_named_partner_then_the_body():
    p = one("ru", "Во встрече участвовал программный сотрудник по связям с Монголией регионального офиса "
                  "фонда по Азии А.Каримов, представители прокуратуры и журналисты.")
    assert p["role"].startswith("программный сотрудник по связям с Монголией")
    assert p["organization"] == "региональный офис фонда по Азии"


def test_plural_role_after_one_name_is_the_next_item_of_the_list():
    p = one("en", "The meeting gathered Dilnoza Karimova, representatives of the ministry and journalists.")
    assert p["role"] is None


def test_ru_family_name_in_vich_after_a_given_name_the_dictionary_lacks():
    p = one("ru", "Встречу открыл региональный координатор программы Предраг Бранкович.")
    assert p["name"] == "Предраг Бранкович"


def test_generic_body_is_not_resolved_to_the_persons_own_name():
    p = one("ru", "Встречу открыл региональный координатор фонда Марко Бранкович.")
    assert p["organization"] is None


def test_one_of_a_plural_role_is_still_the_persons_role():
    p = one("ru", "Слово взял Эдуард Мишкин, один из основателей фонда «Рассвет».")
    assert p["role"].startswith("основател")
    assert one("ru", "Слово взял Эдуард Мишкин, лидер группы «Рассвет».")["role"].startswith("лидер")


def test_ru_a_message_of_the_president_is_no_role_word():
    p = one("ru", "Обсуждалось Послание Президента страны Рустама Нурова.")
    assert p["role"] == "Президент страны"


def test_ru_respected_before_the_name_is_an_address_not_a_role():
    p = one("ru", "Обсуждались слова Президента страны уважаемого Рустама Нурова.")
    assert p["role"] == "Президент страны" and p["name"] == "Рустам Нуров"


def test_ru_genitive_family_name_after_a_given_name_that_does_not_decline():
    assert one("ru", "Обсуждались слова Президента страны Алишери Кодира.")["name"] == "Алишери Кодир"
    assert one("ru", "По словам Малики Кодира, это важно.")["name"] != "Малики Кодир"


def test_ru_parliament_of_tajikistan_is_no_person():
    assert [p["name"] for p in run(("ru", "Министр Рустам Нуров обратился к Маджлиси Оли с докладом."))] == ["Рустам Нуров"]


def test_en_name_with_a_middle_name_and_two_family_names():
    p = one("en", "The course was led by Ana Lucia Pereira Gomes, a judge from Portugal.")
    assert p["name"] == "Ana Lucia Pereira Gomes"


def test_a_role_whose_body_runs_into_the_next_name_is_not_the_previous_persons():
    found = run(("en", "The meeting gathered Tom Hollis, Psychologist of the Centre for Assistance to Victims of "
                       "Trafficking Dilnoza Karimova, and many students."))
    assert {p["name"]: p["role"] for p in found}["Tom Hollis"] is None


def test_en_rank_with_words_before_it_after_the_comma():
    p = one("en", 'The event was attended by the chairman of the Public Union "Safe Roads", retired police colonel '
                  "Shamil Aliyev and students.")
    assert p["role"] == 'chairman of the Public Union "Safe Roads"'
    found = run(("en", 'The event was attended by Ulvi Karimov, chairman of the Public Union "Safe Roads", retired '
                       "police colonel Shamil Aliyev and students."))
    assert {p["name"]: p["role"] for p in found}["Ulvi Karimov"] is None


def test_a_role_before_a_verb_and_a_name_stays_with_the_name_before():
    found = run(("ru", "Вместо Игоря Сомова, капитаном команды стал Павел Орехов."))
    assert {p["name"]: p["role"] for p in found}["Игорь Сомов"] == "капитан команды"


@pytest.mark.parametrize("lang,text,name", [
    ("kk", "СНХ: АЙГҮЛ СЕРІКОВА- ОБЛЫСТЫҚ ОРТАЛЫҚ ДИРЕКТОРЫ: Біз жұмысты жалғастырамыз.", "Айгүл Серікова"),
    ("uz", "Tadbirda Aziz KARIMOV so‘zga chiqdi.", "Aziz Karimov"),
])
def test_a_name_written_in_capitals_is_a_person_in_title_case(lang, text, name):
    assert [p["name"] for p in run((lang, text))] == [name]


def test_a_headline_in_capitals_names_no_one():
    assert run(("kk", "ЕҢБЕК МИГРАНТТАРЫ ЖАҢА ТӘРТІП БОЙЫНША ТІРКЕЛЕДІ")) == []


def test_a_tajik_role_heads_an_izafet_chain_of_any_length_before_the_name():
    found = run(("tg", "Имрӯз вохӯрии вазир бо роҳбари Намояндагии идораи Комиссари олии Созмони Миллали Муттаҳид "
                       "оид ба гурезаҳо дар Тоҷикистон Лаура Бенетти баргузор гардид."))
    assert [p["name"] for p in found] == ["Лаура Бенетти"]


def test_a_tajik_role_keeps_the_country_of_the_bodys_office_and_stops_at_with():
    p = one("tg", "Имрӯз вохӯрии вазир бо роҳбари Намояндагии Созмони Миллали Муттаҳид дар Тоҷикистон Лаура Бенетти "
                  "баргузор гардид.")
    assert p["role"] == "роҳбари Намояндагии Созмони Миллали Муттаҳид дар Тоҷикистон"


def test_an_abbreviation_with_a_case_suffix_is_no_name():
    found = run(("az", "Nümayəndə heyətinə DMX-nin Miqrasiya siyasəti idarəsinin rəisi rəhbərlik edib."))
    assert found == []


@pytest.mark.parametrize("lang,text,org", [
    ("uz", "Tadbirda Fanlar akademiyasining Samarqand bo‘limi tarix instituti direktori Aziz Karimov so‘zga chiqdi.",
     "Fanlar akademiyasining Samarqand bo‘limi tarix instituti"),
    ("ky", "Жыйында Илимдер академиясынын Ош бөлүмү тарых институту директору Азамат Токтогулов сүйлөдү.",
     "Илимдер академиясынын Ош бөлүмү тарых институту"),
])
def test_a_body_named_after_the_genitive_owns_the_role(lang, text, org):
    assert one(lang, text)["organization"] == org


@pytest.mark.parametrize("lang,text,role", [
    ("uz", "Кўргазмада дипломатлар Самара вилояти Савдо палатаси раиси Анна Орлова билан учрашди.",
     "Самара вилояти Савдо палатаси раиси"),
    ("az", "Tədbirdə nümayəndələr Gəncə Dövlət Universitetinin rektoru Aynur Həsənova ilə görüşüb.",
     "Gəncə Dövlət Universitetinin rektoru"),
    ("kk", "Кездесуге өкілдер Қостанай облыстық орталығының директоры Айгүл Серікова қатысты.",
     "Қостанай облыстық орталығының директоры"),
])
def test_a_plural_subject_before_a_named_body_is_no_part_of_the_role(lang, text, role):
    assert one(lang, text)["role"] == role


@pytest.mark.parametrize("lang,text,role", [
    ("tg", "Абдулло Каримов, раиси идораи муҳоҷирати вилояти Хатлон гуфт, ки вазъ беҳтар шуд.",
     "раиси идораи муҳоҷирати вилояти Хатлон"),
    ("tg", "Фаррух Раҳимзода, раиси созмони “Ҷамъияти муҳоҷирон”-и воқеъ дар шаҳри Самара гуфт, ки кор идома дорад.",
     "раиси созмони “Ҷамъияти муҳоҷирон”"),
])
def test_tg_a_role_in_the_izafet_after_the_name_is_no_plural(lang, text, role):
    """"раиси" is the chairman *of* (the izafet), not "chairmen": the role after the comma is the person's."""
    assert one(lang, text)["role"].startswith(role)


def test_tg_a_date_after_the_role_ends_it():
    p = one("tg", "Абдулло Каримов, раиси идораи муҳоҷирати вилояти Хатлон рӯзи 5 март гуфт, ки вазъ беҳтар шуд.")
    assert p["role"] == "раиси идораи муҳоҷирати вилояти Хатлон"


def test_az_a_representative_in_a_genitive_chain():
    p = one("az", "BMT-nin Azərbaycandakı nümayəndəliyinin təmsilçisi Leyla Məmmədova tədbirdə çıxış etdi.")
    assert p["role"] == "BMT-nin Azərbaycandakı nümayəndəliyinin təmsilçisi"
    assert p["organization"].startswith("BMT")


def test_tg_family_given_after_a_place_name_and_after_a_bare_district_word():
    found = run(("tg", "Дар ҷаласа раиси кумитаи ноҳияи Рудакӣ Раҳимзода Фаррух, мудири шуъбаи муҳоҷирати ноҳия "
                       "Каримов Ҷамшед суханронӣ карданд."))
    assert [(p["name"], p["role"]) for p in found] == [
        ("Фаррух Раҳимзода", "раиси кумитаи ноҳияи Рудакӣ"), ("Ҷамшед Каримов", "мудири шуъбаи муҳоҷирати ноҳия")]


def test_tg_a_patronymic_in_the_accusative_after_a_place_name():
    assert one("tg", "Мусоҳибаи сокини ноҳияи Ванҷ Раҳимов Фаррух Олимовичро хондем.")["name"] == "Фаррух Раҳимов"


def test_tg_districts_listed_after_a_singular_district_word_are_no_people():
    assert run(("tg", "Онҳо сокинони ноҳияи аграрии Ашт, Р. Набиев ва Б. Раҳимов мебошанд.")) == []
