"""Language per paragraph on sentences written for these tests."""
import pytest

from store.ingest.language import detect, detect_many, letter_rule, split_bilingual

CASES = [
    ("ru", "Семинар для трудовых мигрантов прошёл в городе Ош при поддержке международных партнёров."),
    ("ky", "Тренингге Нарын облусунун 25 жашы катышып, коопсуз миграция тууралуу маалымат алышты."),
    ("ky", "Семинар Бишкек шаарында өттү жана катышуучулар сертификат алышты."),
    ("kk", "Шымкент қаласында еңбек мигранттарына арналған семинар өтті."),
    ("uz", "Samarqand shahrida mehnat muhojirlari uchun seminar bo‘lib o‘tdi."),
    ("uz", "Самарқанд шаҳрида меҳнат муҳожирлари учун семинар бўлиб ўтди."),
    ("tg", "Дар шаҳри Хуҷанд барои муҳоҷирони меҳнатӣ семинар баргузор гардид."),
    ("az", "Gəncədə insan alverinə qarşı mübarizə mövzusunda seminar keçirildi."),
    ("en", "The training on safe migration was held in Osh with the support of partners."),
]


@pytest.mark.parametrize("lang,text", CASES)
def test_detect(lang, text):
    assert detect(text) == lang


def test_letter_rules():
    assert letter_rule("Қазақстан Республикасының Ішкі істер министрлігі") == "kk"
    assert letter_rule("Самарқанд шаҳрида") == "tg_uz_kk"  # shared letters: the model decides
    assert letter_rule("Бўлиб ўтди") == "uz"
    assert letter_rule("Ҷумҳурии Тоҷикистон") == "tg"
    assert letter_rule("Toshkent shahrida o‘tkazildi") == "uz"
    assert letter_rule("Обычный русский текст") is None


def test_no_letters_is_und():
    assert detect("12.03.2024 — 15:00") == "und"


def test_names_with_turkic_letters_do_not_change_a_russian_paragraph():
    assert detect("Руководитель объединения Ерболат Нұрғалиев отметил, что линия работает круглосуточно.") == "ru"
    assert detect("Как заявила Гүлнара Өмүрбекова, программа продлится до конца года.") == "ru"


def test_kyrgyz_quote_and_tajik_with_shared_letters():
    assert detect("«Биз жаштарга коопсуз миграция тууралуу айтып беребиз», – деди ал.") == "ky"
    assert detect("Роҳбари марказ Шаҳло Ҳасанова қайд кард, ки маърака бо дастгирии хазина гузаронида шуд.") == "tg"


def test_uzbek_cyrillic_without_the_letter_u_breve():
    assert detect("Форумда 120 нафардан ортиқ киши, жумладан хорижда ишлаётган фуқароларнинг оила аъзолари "
                  "қатнашди.") == "uz"


def test_kyrgyz_without_special_letters():
    assert detect("Фонддун жетекчиси Нурбек Касымалиев 2022-жылы 1250 мигрантка консультация берилгенин айтты.") == "ky"
    assert detect("Руководитель фонда сообщил, что консультации получили 1250 мигрантов.") == "ru"


def test_close_languages_without_their_special_letters():
    from store.ingest.language import detect

    # Kyrgyz with a single ө: no ә і ұ қ ғ, so not Kazakh even when the model leans to Kazakh
    assert detect("Өткөн жылы жардам сурап 519 адам кайрылганы белгиленди.") == "ky"
    assert detect("Өткен жылы көмек сұрап 519 адам жүгінді.") == "kk"
    # Uzbek Latin typed without o‘/g‘ apostrophes: the endings speak, not an unsure model
    assert detect("Andijonda majburiy mehnatning oldini olish muhokama qilindi") == "uz"
    assert detect("The seminar on labour migration was held in Andijan") == "en"
    # Uzbek Cyrillic full of Uzbek function words and endings is not Tajik
    assert detect("Тадбирда 60 нафардан ортиқ киши, жумладан хорижда ишлаётган фуқароларнинг оила "
                  "аъзолари ва маҳалла фаоллари иштирок этди.") == "uz"


@pytest.mark.parametrize("text,lang", [
    ("“Migrantlar oilalari alohida e’tiborga muhtoj”, — dedi D. Karimova.", "uz"),  # no o‘/g‘, an unsure model
    ("“Biz har bir fuqaroning huquqini himoya qilamiz”, — dedi B. Qodirov.", "uz"),  # taken for Turkish
    ("Solar panels are popular and regular.", "en"),
    ("Дар Хуҷанд мизи мудаввар оид ба муҳоҷират баргузор шуд", "tg"),
    ("Дар Душанбе мизи мудаввар оид ба пешгирии савдои одамон баргузор шуд", "tg"),  # no ҳ ҷ ӣ ӯ
    ("Gəncədə forum keçirilib", "az"),
    ("Bakıda miqrasiya forumu keçirilib", "az"),  # no ə: Azerbaijani, not Turkish
    ("В Душанбе прошёл круглый стол по вопросам миграции", "ru"),
])
def test_languages_the_model_confuses_decided_by_their_words(text, lang):
    assert detect(text) == lang


def test_uzbek_cyrillic_short_lines_are_not_kazakh_or_kyrgyz():
    from store.ingest.language import detect

    assert detect("Семинарда 95 нафар фуқаро қатнашди.") == "uz"
    assert detect("\"Ҳар бир мигрант ўз ҳуқуқини билиши шарт\", деди Бахтиёр Каримов.") == "uz"
    assert detect("Семинарни Меҳнат миграцияси агентлиги ташкил этди.") == "uz"


def test_a_short_quote_line_in_a_kyrgyz_report_is_kyrgyz():
    from store.ingest.language import detect_many

    texts = ["2025-жылдын 5-августунда Чолпон-Ата шаарында жаштар форуму өттү, ага 200дөн ашык жаш катышты.",
             "Форумду агенттиктин директору ачып берди жана катышуучуларга ийгилик каалады.",
             "\"Жаштар маалымат алса, алданбайт\", - деди ал."]
    assert detect_many(texts) == ["ky", "ky", "ky"]
    # a Russian title in a Kyrgyz report stays Russian
    assert detect_many(texts + ["Миграция: итоги года"])[-1] == "ru"


def test_tajik_with_one_tajik_letter_and_its_function_words():
    from store.ingest.language import detect

    assert detect("Дар семинар 35 нафар, аз ҷумла 12 зан иштирок карданд.") == "tg"
    assert detect("Ҷамшед Назаров из Душанбе рассказал о работе.") == "ru"


KY_BLOCK = ("Ош шаарында эмгек мигранттары үчүн кеңеш берүү борбору ачылды. Борборго биринчи айда 120 адам кайрылды. "
            "В городе Ош открылся консультационный центр для трудовых мигрантов. "
            "За первый месяц в центр обратились 120 человек.")
KK_BLOCK = ("Павлодар қаласында көші-қон мәселелері бойынша дөңгелек үстел өтті. Оған 45 маман қатысты. "
            "В Павлодаре прошёл круглый стол по вопросам миграции. В нём приняли участие 45 специалистов.")


UZ_BLOCK = ("Namangan shahrida mehnat muhojirlari uchun seminar bo‘lib o‘tdi. Unda 60 nafar yosh ishtirok etdi. "
            "В Намангане прошёл семинар для трудовых мигрантов. В нём приняли участие 60 молодых людей.")
AZ_BLOCK = ("Lənkəranda insan alverinə qarşı mübarizə mövzusunda seminar keçirildi. Seminarda 35 nəfər iştirak edib. "
            "В Ленкорани прошёл семинар по борьбе с торговлей людьми. В нём приняли участие 35 человек.")
TG_BLOCK = ("Дар шаҳри Кӯлоб барои муҳоҷирони меҳнатӣ семинар баргузор гардид. Дар он 45 нафар ширкат варзиданд. "
            "В Кулябе прошёл семинар для трудовых мигрантов. В нём участвовали 45 человек.")


@pytest.mark.parametrize("block,langs", [(KY_BLOCK, ["ky", "ru"]), (KK_BLOCK, ["kk", "ru"]), (UZ_BLOCK, ["uz", "ru"]),
                                         (AZ_BLOCK, ["az", "ru"]), (TG_BLOCK, ["tg", "ru"])])
def test_a_paragraph_followed_by_its_translation_is_split(block, langs):
    parts = split_bilingual(block)
    assert len(parts) == 2 and " ".join(parts) == block
    assert [detect(p) for p in parts] == langs


@pytest.mark.parametrize("text", [
    # one language throughout, with names in Turkic letters
    "Директор центра Гүлзат Өмүрова рассказала о работе горячей линии. За год поступило 900 звонков. "
    "Большинство звонивших — женщины из Ошской и Жалал-Абадской областей.",
    # a Kyrgyz paragraph closing on a short Russian quote is not a translation
    "Жыйында мигранттардын укуктары боюнча маселелер талкууланды жана сунуштар кабыл алынды. Катышуучулар "
    "эмгек келишимдерин текшерүүнүн маанилүүлүгүн белгилешти. «Спасибо всем».",
    "Короткий абзац. Кыска абзац.",
])
def test_paragraphs_that_do_not_change_language_once_stay_whole(text):
    assert split_bilingual(text) == [text]


@pytest.mark.parametrize("block", [KY_BLOCK, KK_BLOCK])
def test_the_two_halves_of_a_bilingual_paragraph_are_paired(block):
    from store.ingest.pipeline import process_text

    row = process_text(block, "bilingual.txt", sha256="1" * 64)
    assert len(row["paragraphs"]) == 2 and len(row["document"]["languages"]) == 2
    ids = [p["id"] for p in row["paragraphs"]]
    assert [(p["a"], p["b"]) for p in row["parallel"]] == [([ids[0]], [ids[1]])]


def test_uzbek_latin_speech_line_is_uzbek():
    assert detect("Dilshod Rahimov talabalarga murojaatini shunday boshladi:") == "uz"


def test_a_kyrgyz_quote_line_is_not_uzbek():
    from store.ingest.language import detect

    assert detect("«Ишке кетерде келишимди окуп, паспортуңду эч кимге бербе. Бул эреже көп кырсыктан сактайт», "
                  "— деди Айгүл Осмонова.") == "ky"


# Kazakh in its Latin alphabets (2018: á ǵ ı ń ó ú ý; 2021: ä ğ ı ñ ö ş ū ü), sentences written for these tests.
KK_2018 = "Bıyl Pavlodar oblysynda kóshi-qon polısıasy 120 sheteldikti anyqtap, olardyń qujattaryn tekserdi."
KK_2021 = "Bıyl Pavlodar oblısında köşi-qon polïcïyası 120 şeteldikti anıqtap, olardıñ qwjattarın tekserdi, jäne onıñ nätïjesi jarïyalandı."
KK_PLAIN = "Olardy polısıa qyzmetkerleri anyqtady, dep habarlaıdy aımaqtyq basylym."


@pytest.mark.parametrize("text", [KK_2018, KK_2021])
def test_kazakh_in_latin_letters_is_kazakh(text):
    assert detect(text) == "kk"


def test_a_latin_line_without_kazakh_letters_joins_a_kazakh_latin_page():
    assert detect_many([KK_2018, KK_PLAIN, KK_2021]) == ["kk", "kk", "kk"]


def test_english_naming_spanish_people_stays_english():
    text = "The report by José Gómez and Ana Sánchez was presented to the council in Osh on Monday."
    assert detect(text) == "en"
    assert detect_many([text, CASES[-1][1]]) == ["en", "en"]


def test_short_lines_nothing_decides_join_the_page_language():
    ky = ["Жаңы Медиа", "Бишкекте жаштар эмгек миграциясы боюнча эки күндүк тренингден өтүштү. Ага 40 киши катышты.",
          "Айгүл Бекова", "Катышуучулар чет өлкөдө иштөөнүн укуктук негиздерин үйрөнүп, сертификат алышты."]
    assert detect_many(ky) == ["ky", "ky", "ky", "ky"]
    assert detect_many(ky + ["Итоги семинара в Бишкеке"])[-1] == "ru"  # a Russian word decides
