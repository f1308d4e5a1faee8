"""Quotes: attribution patterns per language, speaker resolution, and what is not a quote."""
import pytest

from store.ingest.doc import Doc
from store.ingest.model import DocContext, Para
from store.ingest.people import extract_people
from store.ingest.quotes import extract_quotes, quoted_spans, subject_organization


def run(*items):
    paras = [Para(f"p-{i}", i, lang, text) for i, (lang, text) in enumerate(items)]
    doc = Doc.build(paras, DocContext("d-test"))
    return extract_quotes(doc, extract_people(doc))


def test_nested_and_mixed_quote_marks():
    t = 'Он сказал: "Проект получил название “Новый старт” в этом году.”'
    assert [t[a:b] for a, b in quoted_spans(t)] == ["Проект получил название “Новый старт” в этом году."]


def test_ru_quote_then_verb_then_name():
    q = run(("ru", "«Мы будем и дальше поддерживать возвращающихся мигрантов», – сказал Нурлан Абдыкадыров."))
    assert len(q) == 1 and q[0].speaker == "Нурлан Абдыкадыров" and q[0].person_id
    assert q[0].text.startswith("Мы будем") and q[0].lang == "ru"


def test_attribution_by_role_resolves_to_person():
    q = run(("ru", "На встрече выступил заместитель министра труда Эрлан Токтосунов."),
            ("ru", "«Мы намерены расширять программы обучения для мигрантов», – подчеркнул заместитель министра."))
    assert q[0].speaker == "Эрлан Токтосунов"


def test_press_release_goes_to_subject_body():
    q = run(("ru", "Региональный фонд поддержки мигрантов провел в Оше акцию."),
            ("ru", "«Более 300 мигрантов получили консультации юристов за год», - говорится в пресс-релизе."))
    assert q[0].speaker == "Региональный фонд поддержки мигрантов" and q[0].person_id is None


def test_colon_before_quote():
    q = run(("az", "BMT-nin nümayəndəsi Elçin Quliyev vurğuladı: \"Biz gənc miqrantlara hüquqi yardımı artıracağıq.\""))
    assert q[0].speaker == "Elçin Quliyev"


def test_quote_in_next_paragraph_after_said_colon():
    q = run(("en", "Sarah Thompson, IOM Chief of Mission, said:"),
            ("en", "“We will keep supporting returning migrants in every region of the country.”"))
    assert q[0].speaker == "Sarah Thompson" and q[0].paragraph_id == "p-1"


def test_ky_deди():
    q = run(("ky", "\"Биз мигранттардын укуктарын коргоону улантабыз\" - деди Асанов Бакыт Эркинович."))
    assert q[0].speaker == "Бакыт Асанов"


def test_kk_deп_atap_otti():
    q = run(("kk", "«Бұл жоба әйелдерге көп көмектеседі», - деп атап өтті Айгүл Серікқызы."))
    assert q[0].speaker == "Айгүл Серікқызы"


def test_uz_dedi_and_pronoun_falls_back_to_last_person():
    q = run(("uz", "Tadbirda agentlik direktori Botir Xo‘jayev so‘zga chiqdi."),
            ("uz", "“Biz mehnat muhojirlarini qo‘llab-quvvatlashda davom etamiz”, — dedi u."))
    assert q[0].speaker == "Botir Xo‘jayev"


def test_tg_guft():
    q = run(("tg", "«Мо ба муҳоҷирон кӯмак мерасонем ва хоҳем расонд», - гуфт Фарҳод Раҳимов."))
    assert q[0].speaker == "Фарҳод Раҳимов"


def test_en_said_after_quote_with_apposition():
    q = run(("en", "\"We will keep supporting returning migrants in every region,\" said Daniel Harris, Head of Unit."))
    assert q[0].speaker == "Daniel Harris"


def test_titles_and_names_in_quotes_are_not_quotes():
    assert run(("ru", "Семинар прошел на тему «Права трудящихся мигрантов и их семей»."),
               ("ru", "Проект «Голос мигранта» реализует ОФ «Центр поддержки»."),
               ("ky", "\"Эмгек мигранттарынын укуктары жана милдеттери\" аттуу темалар талкууланды."),
               ("az", "“Gənclər Strategiyası”nın əhəmiyyətini qeyd etdi.")) == []


def test_subject_organization():
    paras = [Para("p-0", 0, "ru", "Региональный фонд поддержки мигрантов сегодня провел акцию.")]
    assert subject_organization(paras) == "Региональный фонд поддержки мигрантов"


def test_en_quote_keeps_no_comma_from_before_said():
    q = run(("en", '"Safe migration starts with good information," said Dilnoza Yusupova, head of the centre.'))
    assert [x.text for x in q] == ["Safe migration starts with good information"]
    assert q[0].speaker == "Dilnoza Yusupova"


def test_a_three_word_sentence_with_a_speech_verb_right_after_is_a_quote():
    q = run(("ru", "Директор фонда «Ынтымак» Салтанат Бекова рассказала о горячих линиях. "
                   "«Звонки принимаются круглосуточно», — уточнила она."))
    assert [(x.speaker, x.text) for x in q] == [("Салтанат Бекова", "Звонки принимаются круглосуточно")]


def test_a_three_word_name_in_quotes_without_speech_is_not_a_quote():
    assert run(("ru", "Проект «Безопасная миграция сегодня» продлится два года.")) == []


def test_a_press_release_attribution_naming_a_body_gives_that_body():
    q = run(("tg", "«Мо ба ҳар як муҳоҷир дар ёфтани кор кӯмак мерасонем», – омадааст дар изҳороти матбуотии "
                   "Маркази «Умеди нав»."))
    assert [x.speaker for x in q] == ["Маркази «Умеди нав»"]


def test_the_subject_body_keeps_its_quoted_name():
    assert subject_organization([Para("p", 0, "ru", "Общественное объединение «Правовая помощь» провело "
                                                   "пресс-конференцию в Алматы.")]) == \
        "Общественное объединение «Правовая помощь»"


def test_an_unnamed_speaker_is_given_by_the_role_the_text_names():
    q = run(("en", "Aida Bekova, head of the centre, opened the session."),
            ("en", '"Standards must be taught in every class," the dean of the law faculty added.'))
    assert [x.speaker for x in q] == ["the dean of the law faculty"]


def test_a_quoted_theme_before_a_title_word_is_not_speech():
    assert run(("ky", "Нарын шаарында «Үй-бүлө – коомдун негизги таянычы» деген темада тегерек стол өттү.")) == []


def test_a_title_before_the_surname_does_not_end_the_attribution():
    q = run(("en", "Ms. Farida Nazarova, a programme officer, opened the campaign."),
            ("en", '"Every young person should check a job offer abroad," Ms. Nazarova said.'))
    assert [x.speaker for x in q] == ["Farida Nazarova"]


def test_a_role_named_another_way_resolves_to_the_person():
    """"Вице-министр" in the attribution, "Министрдің орынбасары" where the person was introduced."""
    quotes = run(("kk", "Министрдің орынбасары Нұрлан Әбенов жаңа бағдарламаны таныстырды."),
                 ("kk", "«Біз әр мигрантқа көмектесеміз», – деді вице-министр."))
    assert [q.speaker for q in quotes] == ["Нұрлан Әбенов"]
    quotes = run(("az", "Nazir müavini Elnur Həsənov proqramı təqdim edib."),
                 ("az", "\"Hər miqranta kömək edəcəyik\", - deyə nazir müavini vurğulayıb."))
    assert [q.speaker for q in quotes] == ["Elnur Həsənov"]


def test_according_to_x_comma_quote():
    cases = [("ru", "По словам директора фонда Асель Турсуновой, «каждый второй мигрант работает без договора»."),
             ("ky", "Фонддун жетекчиси Асель Турсунованын айтымында, «ар бир экинчи мигрант келишимсиз иштейт»."),
             ("uz", "Asel Tursunovaning so‘zlariga ko‘ra, \"har ikkinchi migrant shartnomasiz ishlaydi\"."),
             ("en", "According to Asel Tursunova, \"every second migrant works without a contract\".")]
    for lang, text in cases:
        assert [q.speaker for q in run((lang, text))] == ["Асель Турсунова" if lang in ("ru", "ky")
                                                              else "Asel Tursunova"], lang
    # a comma clause without such a cue gives no speaker to a quoted name
    assert run(("ru", "В Бишкеке, «Ынтымак» провёл семинар для тридцати молодых юристов города.")) == []


def test_a_release_attributed_to_a_type_word_names_the_body_the_document_named():
    quotes = run(("ru", "2 июня 2025 года общественный фонд «Тилек» открыл центр для мигрантов в Токмоке."),
                 ("ru", "«Центр будет работать без выходных», — говорится в сообщении пресс-службы фонда."))
    assert [q.speaker for q in quotes] == ["общественный фонд «Тилек»"]


def test_an_attribution_inside_the_quotation_marks():
    quotes = run(("ru", "«Люди возвращаются с опытом и деньгами, — сказал руководитель фонда Бекжан Осмоналиев. — "
                        "Но без поддержки государства эти деньги уходят на свадьбы»."))
    assert [(q.text, q.speaker) for q in quotes] == [
        ("Люди возвращаются с опытом и деньгами. Но без поддержки государства эти деньги уходят на свадьбы",
         "Бекжан Осмоналиев")]
    # a dash inside a quoted title is not an attribution
    quotes = run(("ru", "«Тренинг «Безопасная миграция – это просто» прошёл успешно и собрал многих», — отметила "
                        "Айгуль Сыдыкова."))
    assert [q.speaker for q in quotes] == ["Айгуль Сыдыкова"]


def test_a_dash_glued_to_the_closing_mark_still_leads_to_the_attribution():
    q = run(("ru", "“Мы рассчитываем, что курсы помогут нашим выпускникам найти работу”- отметила Алия Садыкова."))
    assert [x.speaker for x in q] == ["Алия Садыкова"]


def test_an_attribution_with_a_quoted_name_inside_the_quotation():
    q = run(("ru", "Вчера прокурор Эрик Асанов дал интервью."),
            ("ru", "«Мы не можем подтвердить эти цифры, — сообщил он в интервью «Вестнику». — Проверка идёт уже два года»."))
    assert [x.speaker for x in q] == ["Эрик Асанов"]
    assert q[0].text.startswith("Мы не можем") and "Проверка идёт" in q[0].text


def test_a_quotation_right_after_an_attributed_one_goes_on_with_its_speaker():
    q = run(("en", "“We are glad to host the partners here today,” said Director Maria Lopez. "
                   "“The new centre will open its doors in spring for every returning family.”"))
    assert [x.speaker for x in q] == ["Maria Lopez", "Maria Lopez"]


def test_in_the_words_of_x_before_the_quotation():
    q = run(("uz", "Вазир Алишер Каримов таъбири билан айтганда, “Ҳар бир меҳнат муҳожири учун давлат жавобгар бўлиб қолади”."))
    assert [x.speaker for x in q] == ["Алишер Каримов"]


def test_informed_and_commented_are_speech_verbs():
    q = run(("ru", "На встрече выступил координатор проекта Тимур Асанов."),
            ("ru", '"В этом году мы откроем ещё три консультационных пункта для мигрантов", - проинформировал Асанов.'))
    assert len(q) == 1 and q[0].speaker == "Тимур Асанов"


def test_a_quoted_name_after_an_ngo_type_is_no_quote():
    q = run(("ru", "Выступили директор ОО «Центр поддержки семей мигрантов» Айгуль Осмонова, которая отметила рост "
                   "обращений."))
    assert q == []


def test_speech_set_off_by_dashes_is_a_quote():
    q = run(("kk", "– Біз биыл ауылдардағы жастармен кездесулерді жалғастырамыз, – деді қор директоры Айгерім Сапарова."))
    assert len(q) == 1 and q[0].speaker == "Айгерім Сапарова"
    assert q[0].text.startswith("Біз биыл ауылдардағы") and q[0].why["text"]["rule"] == "dash-speech"


def test_dash_speech_begun_a_paragraph_earlier_starts_there():
    q = run(("ru", "Директор центра Алмаз Токтогулов рассказал о работе."),
            ("ru", "– В этом году к нам обратились сотни мигрантов из трёх областей."),
            ("ru", "Мы помогли каждому из них с документами, – сказал Алмаз Токтогулов."))
    assert len(q) == 1 and q[0].speaker == "Алмаз Токтогулов" and q[0].paragraph_id == "p-1"
    assert q[0].text.startswith("В этом году") and q[0].text.endswith("с документами")


def test_a_dash_before_narrative_is_no_speech():
    assert run(("ru", "Семинар прошёл в Оше, – сказал он. Затем участники посетили центр и обсудили планы.")) == []
    assert run(("ru", "Участники – студенты и волонтёры из пяти районов области.")) == []


@pytest.mark.parametrize("lang,text,speech,speaker", [
    ("uz", "− Markazimizda yangi ishonch telefoni ishga tushirilgan, − deydi markaz direktori Dilnoza Rahimova. "
           "− Ko‘pincha jabrlanuvchilar shu raqamga murojaat qiladi.",
     "Markazimizda yangi ishonch telefoni ishga tushirilgan", "Dilnoza Rahimova"),
    ("ky", "– Борбордо жаңы ишеним телефону иштей баштады, – дейт борбордун директору Айгүл Касымова. "
           "– Көбүнчө жабырлануучулар ушул номерге чалышат.",
     "Борбордо жаңы ишеним телефону иштей баштады", "Айгүл Касымова"),
])
def test_a_dash_attribution_inside_the_speech(lang, text, speech, speaker):
    [q] = run((lang, text))
    assert (q.text, q.speaker) == (speech, speaker)


def test_says_in_uzbek_ends_a_role():
    doc = Doc.build([Para("p-0", 0, "uz", "– Yangi loyiha boshlandi, – deydi markaz direktori Dilnoza Rahimova.")],
                    DocContext("d-test"))
    [p] = extract_people(doc)
    assert p.role == "markaz direktori"


def test_a_name_in_quotation_marks_inside_dash_speech_keeps_the_speech():
    text = ("– Markazimizda “Ishonch” nomli yangi telefon liniyasi ishga tushirilgan, − deydi markaz direktori "
            "Dilnoza Rahimova.")
    [q] = run(("uz", text))
    assert q.text.startswith("Markazimizda “Ishonch” nomli") and q.speaker == "Dilnoza Rahimova"


def test_a_whole_paragraph_in_quotation_marks_after_a_speech_paragraph():
    said = ("ru", "На встрече глава службы Нурлан Абдыкадыров рассказал о работе в сфере миграции.")
    q = run(said, ("ru", "«Мы будем и дальше помогать мигрантам во всех регионах страны»."))
    assert [(x.speaker, x.text[:9]) for x in q] == [("Нурлан Абдыкадыров", "Мы будем ")]
    q = run(said, ("ru", "«Мы будем и дальше помогать мигрантам во всех регионах, где"))  # the page is cut
    assert [x.speaker for x in q] == ["Нурлан Абдыкадыров"]
    opened = ("ru", "На встрече глава службы Нурлан Абдыкадыров открыл выставку.")
    assert run(opened, ("ru", "«Мы будем и дальше помогать мигрантам во всех регионах страны».")) == []


def test_a_quotation_left_open_at_the_paragraph_end_after_a_colon():
    q = run(("az", "Layihənin rəhbəri Orxan Əliyev bildirib: “Gənclər bu cinayətə qarşı birlikdə mübarizə aparmalıdır. Hər"))
    assert [x.speaker for x in q] == ["Orxan Əliyev"] and q[0].text.startswith("Gənclər bu cinayətə")


def test_a_closing_mark_with_no_opening_closes_a_quotation_begun_with_a_quoted_name():
    q = run(("kk", "«Көмек» жобасы аясында биыл үш жүз мигрантқа заң кеңесі берілді», – деді қор директоры Ерлан Сейітов."))
    assert [x.text[:20] for x in q] == ["Көмек» жобасы аясынд"] and q[0].speaker == "Ерлан Сейітов"


def test_the_dot_of_an_abbreviation_does_not_cut_the_clause_before_a_colon():
    q = run(("ru", "Встреча прошла в Бишкеке. Как отметил и.о. директора центра: \"Мы откроем ещё три приёмные для мигрантов\"."))
    assert len(q) == 1 and q[0].speaker == "директора центра"


def test_a_quotation_opening_a_sentence_after_a_sentence_that_says_who_spoke():
    q = run(("en", "Ruth Garner, head of the shelter, stressed the value of partners. \"We cannot help every victim alone, "
                   "and we rely on the police and the courts"),
            ("ru", "Тимур Садыков подчеркнул важность обмена данными. «Мы будем проверять каждое агентство по найму»."))
    assert [x.speaker for x in q] == ["Ruth Garner", "Тимур Садыков"]


def test_english_verb_after_a_long_subject_with_an_object():
    q = run(("en", "The seminar was opened by Paul Brenner, IOM head of mission."),
            ("en", "“We hope that every adviser knows the new rules on labour migration,” the IOM head of mission, "
                   "Paul Brenner, told reporters."),
            ("en", "“Those who advise migrants daily will leave with good information,” Brenner maintained."))
    assert [x.speaker for x in q] == ["Paul Brenner", "Paul Brenner"]


def test_a_speech_participle_and_a_comma_before_the_quotation():
    q = run(("en", "The seminar was opened by Helen Marsh, a representative of the ministry."),
            ("en", "She spoke about begging, stating, “The number of children sent to beg has fallen this year.”"))
    assert [x.speaker for x in q] == ["Helen Marsh"]


def test_a_body_that_said_it_speaks_and_a_pronoun_keeps_the_person():
    q = run(("en", "Officers learned the \"ways traffickers recruit young people online\", the UNHCR said, adding "
                   "that the course included \"interviews with victims in a safe room\"."),
            ("ru", "Руководитель центра Асель Мамытова провела встречу."),
            ("ru", "«Проверить эти цифры пока не удалось никому из нас», – сообщил он в интервью «ЖЖ»."))
    assert [x.speaker for x in q] == ["UNHCR", "UNHCR", "Асель Мамытова"]


def test_a_statement_of_a_document_that_names_no_body_is_the_statement_not_the_title():
    paras = [Para("p-0", 0, "ky", "Шаарда кезектеги рейд өттү."),
             Para("p-1", 1, "ky", "«Чет элдик жарандарга мыйзамдын талаптары түшүндүрүлдү», — деп айтылат билдирүүдө.")]
    doc = Doc.build(paras, DocContext("d-test", title="Шаарда рейд өттү"))
    assert [x.speaker for x in extract_quotes(doc, extract_people(doc))] == ["билдирүү"]


def test_a_verb_after_that_names_no_one_leaves_the_speaker_to_the_colon_clause_before():
    q = run(("uz", "Uchrashuvda Karim Aliyev ham qatnashdi."),
            ("uz", "Yig‘ilishda tuman hokimi: \"Har bir taklifingiz amaliy choralar uchun asos bo‘ladi,\" — deya ta’kidladi."))
    assert [x.speaker for x in q] == ["hokimi"]


def test_a_quoted_name_declared_with_deb_is_no_quote():
    assert run(("uz", "BMT qarori bilan 12 mart – “Xalqaro ko‘ngillilar va yordamchilar kuni”, deb e’lon qilingan."),
               ("ky", "Бул күн «Эл аралык ыктыярчылар жана жардамчылар күнү» деп жарыяланган.")) == []


def test_an_open_paragraph_after_a_paragraph_with_its_own_quote_is_not_taken():
    q = run(("en", "John Peel, the director, added: \"The police will act on every report we receive.\""),
            ("en", "\"We are proud of what the partners did this year in every"))
    assert [x.text[:10] for x in q] == ["The police"]


def test_a_three_word_quotation_after_a_colon_with_a_speech_verb():
    q = run(("ky", "Маселенин маанилүү экенин белгилеген төрага Бакыт Асанов: “Акыркы жылдары мамлекетибиз"))
    assert [x.speaker for x in q] == ["Бакыт Асанов"]
