"""Seedable synthetic corpora for the benchmarks: press releases in the genre, all invented.

Every name, organization and sentence below was written for this generator; none comes from
a real report. A document is 2-4 KB of UTF-8: page furniture (menus, dates, view counters,
share bars, "read also" blocks, copyright), a headline, a lead with a date, a city and an
organizer, participant figures, a direct quote with its speaker and role, filler sentences
of the genre, and a funding line. About a fifth are bilingual (Kyrgyz followed by Russian).

>>> doc = make_document(7, seed=1)
>>> 2048 <= len(doc.text.encode("utf-8")) <= 4700
True
>>> make_document(7, seed=1).text == doc.text
True

Usage: ``python -m benchmarks.generate 1000 --seed 7 --out benchmarks/data/c1000``.
"""
from __future__ import annotations

import argparse
import random
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"

# Language mix of the corpus: code -> weight. "ky+ru" is a Kyrgyz report followed by its Russian version.
MIX = {"ru": 30, "ky": 14, "ky+ru": 20, "kk": 10, "uz": 10, "az": 9, "en": 7}

FIRST = {
    "ru": ["Нурлан", "Айгуль", "Тимур", "Жанара", "Эрлан", "Гульнара", "Азамат", "Динара", "Бекзат", "Самара",
           "Руслан", "Асель", "Марат", "Чолпон", "Улан", "Назира"],
    "ky": ["Нурлан", "Айгүл", "Бакыт", "Айзада", "Эрмек", "Гүлнара", "Талант", "Айпери", "Мирлан", "Бермет",
           "Сүйүнбек", "Нургүл", "Үмүт", "Күндүз", "Өмүрбек", "Элнура"],
    "kk": ["Ерлан", "Әсем", "Дәурен", "Гүлжан", "Қанат", "Айгерім", "Нұржан", "Жұлдыз", "Ермек", "Сәуле",
           "Ержан", "Мөлдір"],
    "uz": ["Sardor", "Dilnoza", "Jasur", "Nodira", "Otabek", "Gulnoza", "Shohruh", "Malika", "Bekzod", "Zarina",
           "O‘tkir", "G‘ayrat"],
    "az": ["Aygün", "Elçin", "Səbinə", "Rəşad", "Günel", "Orxan", "Nərmin", "Ramil", "Leyla", "Tural",
           "Şəhla", "Ülvi"],
    "en": ["Sarah", "Daniel", "Aigerim", "Michael", "Elena", "James", "Nadia", "Robert", "Farida", "Thomas"],
}
LAST = {
    "ru": ["Абдыкадыров", "Касымова", "Жумабеков", "Осмонова", "Токтогулов", "Исмаилова", "Сатыбалдиев",
           "Бекмуратова", "Алымкулов", "Шаршеева", "Нурматов", "Эсенова"],
    "ky": ["Абдыкадыров", "Касымова", "Жумабеков", "Осмонова", "Токтогулов", "Үсөнова", "Сатыбалдиев",
           "Бекмуратова", "Алымкулов", "Шаршеева", "Төлөгөнов", "Эсенова"],
    "kk": ["Сәрсенбаев", "Жұмабаева", "Қасымов", "Төлеуова", "Омаров", "Бекова", "Нұрланов", "Ахметова",
           "Серікбаев", "Әлиева"],
    "uz": ["Karimov", "Yusupova", "Rahimov", "To‘rayeva", "Xolmatov", "Nazarova", "Ergashev", "Qodirova",
           "Sobirov", "G‘aniyeva"],
    "az": ["Məmmədova", "Hüseynov", "Əliyeva", "Quliyev", "Həsənova", "İsmayılov", "Rzayeva", "Nəsirov",
           "Cəfərova", "Bağırov"],
    "en": ["Whitfield", "Morrison", "Kaldybaeva", "Hartley", "Novak", "Brennan", "Ostrowski", "Carver"],
}
CITY = {
    "ru": ["Бишкек", "Ош", "Каракол", "Нарын", "Талас", "Джалал-Абад", "Баткен", "Токмок", "Алматы", "Душанбе", "Ташкент"],
    "ky": ["Бишкек", "Ош", "Каракол", "Нарын", "Талас", "Жалал-Абад", "Баткен", "Токмок"],
    "kk": ["Алматы", "Астана", "Шымкент", "Қарағанды", "Ақтөбе", "Түркістан", "Тараз"],
    "uz": ["Toshkent", "Samarqand", "Farg‘ona", "Andijon", "Namangan", "Buxoro", "Nukus"],
    "az": ["Bakı", "Gəncə", "Sumqayıt", "Lənkəran", "Şəki", "Mingəçevir", "Quba"],
    "en": ["Bishkek", "Osh", "Almaty", "Tashkent", "Dushanbe", "Baku", "Astana", "Karakol"],
}
ORG = {
    "ru": ["Центр поддержки мигрантов «Ынтымак»", "Министерство труда и социального развития",
           "Ассоциация «Безопасная дорога»", "Государственная служба миграции", "Фонд «Новый горизонт»",
           "Общественное объединение «Жаңы кадам»"],
    "ky": ["«Ынтымак» мигранттарды колдоо борбору", "Эмгек жана социалдык өнүгүү министрлиги",
           "«Коопсуз жол» ассоциациясы", "Мамлекеттик миграция кызматы", "«Жаңы горизонт» фонду"],
    "kk": ["«Бірлік» көші-қон орталығы", "Еңбек және халықты әлеуметтік қорғау министрлігі",
           "«Қауіпсіз жол» қауымдастығы", "Көші-қон қызметі", "«Жаңа көкжиек» қоры"],
    "uz": ["«Hamkor» migrantlarni qo‘llab-quvvatlash markazi", "Kambag‘allikni qisqartirish va bandlik vazirligi",
           "«Xavfsiz yo‘l» assotsiatsiyasi", "Tashqi mehnat migratsiyasi agentligi"],
    "az": ["«Həmrəylik» Miqrantlara Dəstək Mərkəzi", "Əmək və Əhalinin Sosial Müdafiəsi Nazirliyi",
           "«Təhlükəsiz Yol» İctimai Birliyi", "Dövlət Miqrasiya Xidməti"],
    "en": ["Safe Road Association", "Regional Migrant Support Centre", "Ministry of Labour and Social Development",
           "New Horizon Foundation", "Open Borders Legal Clinic"],
}
FUNDER = {
    "ru": ["Европейского союза", "Фонда «Северный мост»", "Программы развития «Партнёрство»"],
    "ky": ["Европа Биримдигинин", "«Түндүк көпүрө» фондунун", "«Өнөктөштүк» программасынын"],
    "kk": ["Еуропалық Одақтың", "«Солтүстік көпір» қорының", "«Серіктестік» бағдарламасының"],
    "uz": ["Yevropa Ittifoqining", "«Shimoliy ko‘prik» jamg‘armasining", "«Hamkorlik» dasturining"],
    "az": ["Avropa İttifaqının", "«Şimal Körpüsü» Fondunun", "«Tərəfdaşlıq» proqramının"],
    "en": ["the European Union", "the Northern Bridge Fund", "the Partnership Programme"],
}
ROLE = {
    "ru": ["руководитель", "директор", "координатор проекта", "заместитель министра", "юрист", "председатель"],
    "ky": ["жетекчиси", "директору", "долбоордун координатору", "министрдин орун басары", "юристи", "төрагасы"],
    "kk": ["басшысы", "директоры", "жоба үйлестірушісі", "министрдің орынбасары", "заңгері", "төрағасы"],
    "uz": ["rahbari", "direktori", "loyiha koordinatori", "vazir o‘rinbosari", "yuristi", "raisi"],
    "az": ["rəhbəri", "direktoru", "layihə koordinatoru", "nazir müavini", "hüquqşünası", "sədri"],
    "en": ["head", "director", "project coordinator", "deputy minister", "lawyer", "chair"],
}
KIND = {
    "ru": ["тренинг", "круглый стол", "семинар", "конференцию", "информационную кампанию", "форум"],
    "ky": ["тренинг", "тегерек үстөл", "семинар", "конференция", "маалыматтык кампания", "форум"],
    "kk": ["тренинг", "дөңгелек үстел", "семинар", "конференция", "ақпараттық науқан", "форум"],
    "uz": ["trening", "davra suhbati", "seminar", "konferensiya", "axborot kampaniyasi", "forum"],
    "az": ["təlim", "dəyirmi masa", "seminar", "konfrans", "maarifləndirmə kampaniyası", "forum"],
    "en": ["training", "round table", "seminar", "conference", "awareness campaign", "forum"],
}
TOPIC = {
    "ru": ["безопасной трудовой миграции", "противодействия торговле людьми", "защиты прав трудовых мигрантов",
           "профилактики принудительного труда", "реинтеграции вернувшихся мигрантов"],
    "ky": ["коопсуз эмгек миграциясы", "адам сатууга каршы аракеттенүү", "эмгек мигранттарынын укуктарын коргоо",
           "мажбурлап иштетүүнүн алдын алуу", "кайтып келген мигранттарды кайра интеграциялоо"],
    "kk": ["қауіпсіз еңбек көші-қоны", "адам саудасына қарсы іс-қимыл", "еңбек мигранттарының құқықтарын қорғау",
           "мәжбүрлі еңбектің алдын алу"],
    "uz": ["xavfsiz mehnat migratsiyasi", "odam savdosiga qarshi kurash", "mehnat muhojirlari huquqlarini himoya qilish",
           "majburiy mehnatning oldini olish"],
    "az": ["təhlükəsiz əmək miqrasiyası", "insan alverinə qarşı mübarizə", "əmək miqrantlarının hüquqlarının müdafiəsi",
           "məcburi əməyin qarşısının alınması"],
    "en": ["safe labour migration", "countering human trafficking", "protecting the rights of migrant workers",
           "preventing forced labour", "reintegrating returning migrants"],
}
MONTHS = {
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
           "ноября", "декабря"],
    "ky": ["январында", "февралында", "мартында", "апрелинде", "майында", "июнунда", "июлунда", "августунда",
           "сентябрында", "октябрында", "ноябрында", "декабрында"],
    "kk": ["қаңтарда", "ақпанда", "наурызда", "сәуірде", "мамырда", "маусымда", "шілдеде", "тамызда", "қыркүйекте",
           "қазанда", "қарашада", "желтоқсанда"],
    "uz": ["yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avgust", "sentyabr", "oktyabr", "noyabr",
           "dekabr"],
    "az": ["yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr", "oktyabr", "noyabr",
           "dekabr"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
}

# {d} day, {m} month word, {y} year, {city}, {org}, {kind}, {topic}
LEAD = {
    "ru": "{d} {m} {y} года в городе {city} {org} провёл {kind} по вопросам {topic}.",
    "ky": "{y}-жылдын {d}-{m} {city} шаарында {org} {topic} темасында {kind} өткөрдү.",
    "kk": "{y} жылғы {d} {m} {city} қаласында {org} {topic} тақырыбында {kind} өткізді.",
    "uz": "{y}-yil {d}-{m} kuni {city} shahrida {org} {topic} mavzusida {kind} o‘tkazdi.",
    "az": "{y}-ci il {d} {m} tarixində {city} şəhərində {org} {topic} mövzusunda {kind} keçirdi.",
    "en": "On {d} {m} {y}, the {org} held a {kind} in {city} on {topic}.",
}
PARTICIPANTS = {
    "ru": "В мероприятии приняли участие {n} человек, из них {w} женщин, в том числе представители местных органов власти, НКО и религиозных общин.",
    "ky": "Иш-чарага {n} адам катышты, анын ичинде {w} аял, жергиликтүү бийлик органдарынын, бейөкмөт уюмдардын жана диний жамааттардын өкүлдөрү.",
    "kk": "Іс-шараға {n} адам қатысты, оның ішінде {w} әйел, жергілікті билік органдары мен үкіметтік емес ұйымдардың өкілдері.",
    "uz": "Tadbirda {n} kishi ishtirok etdi, ulardan {w} nafari ayollar, shuningdek mahalliy hokimiyat va nodavlat tashkilotlar vakillari.",
    "az": "Tədbirdə {n} nəfər iştirak edib, onlardan {w} nəfəri qadınlardır, o cümlədən yerli icra hakimiyyəti və QHT nümayəndələri.",
    "en": "The event brought together {n} participants, {w} of them women, including local officials, NGO staff and community leaders.",
}
QUOTE = {
    "ru": "«{q}», — подчеркнул{fe} {name}, {role} ({org_gen}).",
    "ky": "«{q}», – деди {org_gen} {role} {name}.",
    "kk": "«{q}», – деді {org_gen} {role} {name}.",
    "uz": "“{q}”, – dedi {org_gen} {role} {name}.",
    "az": "“{q}”, – deyə {org_gen} {role} {name} vurğuladı.",
    "en": "“{q},” said {name}, {role} of the {org_gen}.",
}
QUOTE_TEXT = {
    "ru": ["Каждый мигрант должен знать свои права ещё до выезда из страны",
           "Мы видим, что информированность молодёжи растёт, но работы впереди много",
           "Без сотрудничества государства и общества эту проблему не решить",
           "Горячая линия работает круглосуточно, и звонок бесплатный"],
    "ky": ["Ар бир мигрант өлкөдөн чыкканга чейин өз укуктарын билиши керек",
           "Жаштардын маалымдуулугу өсүп жатат, бирок дагы көп иш бар",
           "Мамлекет менен коомдун кызматташтыгысыз бул көйгөйдү чечүү мүмкүн эмес"],
    "kk": ["Әрбір мигрант елден шықпай тұрып өз құқықтарын білуі керек",
           "Жастардың хабардарлығы артып келеді, бірақ алда жұмыс көп"],
    "uz": ["Har bir muhojir chet elga chiqishdan oldin o‘z huquqlarini bilishi kerak",
           "Yoshlarning xabardorligi oshmoqda, ammo oldinda ish ko‘p"],
    "az": ["Hər bir miqrant ölkədən çıxmazdan əvvəl öz hüquqlarını bilməlidir",
           "Gənclərin məlumatlılığı artır, lakin qarşıda hələ çox iş var"],
    "en": ["Every migrant should know their rights before leaving the country",
           "Awareness among young people is growing, but there is much work ahead",
           "The hotline works around the clock and the call is free"],
}
FILLER = {
    "ru": ["Участники обсудили риски нелегального трудоустройства за рубежом и способы их избежать.",
           "Особое внимание было уделено выявлению признаков торговли людьми на ранних этапах.",
           "Эксперты представили результаты исследования о положении трудовых мигрантов в регионе.",
           "По итогам встречи стороны договорились о проведении серии выездных консультаций в сёлах.",
           "Специалисты напомнили о бесплатной горячей линии 189 для мигрантов и их семей.",
           "Было отмечено, что в прошлом году за помощью обратились более {k} человек.",
           "Тренеры провели практические упражнения по проверке работодателей и договоров найма.",
           "Представители молодёжных организаций рассказали о своих информационных акциях в школах."],
    "ky": ["Катышуучулар чет өлкөдө мыйзамсыз жумушка орношуунун тобокелдиктерин талкуулашты.",
           "Адам сатуунун белгилерин эрте аныктоого өзгөчө көңүл бурулду.",
           "Эксперттер аймактагы эмгек мигранттарынын абалы боюнча изилдөөнүн жыйынтыктарын тааныштырышты.",
           "Жолугушуунун жыйынтыгында тараптар айылдарда консультациялар өткөрүүгө макулдашышты.",
           "Адистер мигранттар жана алардын үй-бүлөлөрү үчүн акысыз 189 ишеним телефонун эскертишти.",
           "Өткөн жылы жардам сурап {k} адам кайрылганы белгиленди.",
           "Тренерлер иш берүүчүлөрдү жана эмгек келишимдерин текшерүү боюнча практикалык көнүгүүлөрдү өткөрүштү.",
           "Жаштар уюмдарынын өкүлдөрү мектептердеги маалыматтык акциялары жөнүндө айтып беришти."],
    "kk": ["Қатысушылар шетелде заңсыз жұмысқа орналасу қаупін талқылады.",
           "Адам саудасының белгілерін ерте анықтауға ерекше назар аударылды.",
           "Сарапшылар өңірдегі еңбек мигранттарының жағдайы туралы зерттеу нәтижелерін ұсынды.",
           "Өткен жылы көмек сұрап {k} адам жүгінгені атап өтілді.",
           "Кездесу қорытындысы бойынша тараптар ауылдарда кеңестер өткізуге келісті."],
    "uz": ["Ishtirokchilar chet elda noqonuniy ishga joylashish xavflarini muhokama qildilar.",
           "Odam savdosi belgilarini erta aniqlashga alohida e’tibor qaratildi.",
           "Ekspertlar mintaqadagi mehnat muhojirlarining ahvoli bo‘yicha tadqiqot natijalarini taqdim etdilar.",
           "O‘tgan yili yordam so‘rab {k} kishi murojaat qilgani qayd etildi.",
           "Uchrashuv yakunida tomonlar qishloqlarda maslahatlar o‘tkazishga kelishib oldilar."],
    "az": ["İştirakçılar xaricdə qeyri-qanuni işə düzəlmənin risklərini müzakirə ediblər.",
           "İnsan alveri əlamətlərinin erkən aşkarlanmasına xüsusi diqqət yetirilib.",
           "Ekspertlər regionda əmək miqrantlarının vəziyyəti ilə bağlı araşdırmanın nəticələrini təqdim ediblər.",
           "Qeyd olunub ki, ötən il yardım üçün {k} nəfər müraciət edib.",
           "Görüşün sonunda tərəflər kəndlərdə məsləhətləşmələr keçirilməsi barədə razılığa gəliblər."],
    "en": ["Participants discussed the risks of irregular employment abroad and ways to avoid them.",
           "Particular attention was paid to recognising the early signs of trafficking.",
           "Experts presented a study of the situation of migrant workers in the region.",
           "Last year more than {k} people asked the hotline for help, the organizers noted.",
           "Trainers ran practical exercises on checking employers and employment contracts.",
           "Youth groups described their information sessions in schools and colleges."],
}
STAT = {
    "ru": "По данным организаторов, в {y} году из района {city} на заработки выехали {k} человек, а вернулись {r}.",
    "ky": "Уюштуруучулардын маалыматы боюнча, {y}-жылы {city} аймагынан {k} адам жумушка кеткен, {r} адам кайтып келген.",
    "kk": "Ұйымдастырушылардың мәліметінше, {y} жылы {city} өңірінен {k} адам жұмысқа кеткен, {r} адам оралған.",
    "uz": "Tashkilotchilar ma’lumotiga ko‘ra, {y}-yilda {city} hududidan {k} kishi ishga ketgan, {r} kishi qaytgan.",
    "az": "Təşkilatçıların məlumatına görə, {y}-ci ildə {city} bölgəsindən {k} nəfər işə gedib, {r} nəfər qayıdıb.",
    "en": "According to the organizers, {k} people left the {city} area for work abroad in {y} and {r} returned.",
}
FUNDING = {
    "ru": "Мероприятие организовано при финансовой поддержке {f}.",
    "ky": "Иш-чара {f} каржылык колдоосу менен уюштурулду.",
    "kk": "Іс-шара {f} қаржылық қолдауымен ұйымдастырылды.",
    "uz": "Tadbir {f} moliyaviy ko‘magida tashkil etildi.",
    "az": "Tədbir {f} maliyyə dəstəyi ilə təşkil olunub.",
    "en": "The event was funded by {f}.",
}
TITLE = {
    "ru": ["В {city} обсудили вопросы {topic}", "{kind_cap} по вопросам {topic} прошёл в {city}"],
    "ky": ["{city} шаарында {topic} талкууланды", "{city}: {topic} боюнча {kind}"],
    "kk": ["{city} қаласында {topic} талқыланды"],
    "uz": ["{city}da {topic} muhokama qilindi"],
    "az": ["{city}da {topic} müzakirə olunub"],
    "en": ["{city} hosts a {kind} on {topic}", "Officials in {city} discuss {topic}"],
}
FURNITURE_TOP = {
    "ru": ["Главная | Новости | О нас | Контакты", "Поиск", "{dd}.{mm}.{y} {hh}:{mi}", "Просмотров: {v}"],
    "ky": ["Башкы бет | Жаңылыктар | Биз жөнүндө", "Издөө", "{dd}.{mm}.{y} {hh}:{mi}"],
    "kk": ["Басты бет | Жаңалықтар | Байланыс", "Іздеу", "{dd}.{mm}.{y} {hh}:{mi}"],
    "uz": ["Bosh sahifa | Yangiliklar | Aloqa", "Qidiruv", "{dd}.{mm}.{y} {hh}:{mi}"],
    "az": ["Ana səhifə | Xəbərlər | Əlaqə", "Axtarış", "{dd}.{mm}.{y} {hh}:{mi}"],
    "en": ["Home | News | About | Contact", "Skip to content", "{y}-{mm}-{dd}"],
}
FURNITURE_BOTTOM = {
    "ru": ["Поделиться", "Читайте также", "{h1}", "{h2}", "{h3}", "© {y} Все права защищены"],
    "ky": ["Бөлүшүү", "Окшош жаңылыктар", "{h1}", "{h2}", "{h3}"],
    "kk": ["Бөлісу", "Ұқсас жаңалықтар", "{h1}", "{h2}", "{h3}"],
    "uz": ["Ulashish", "O‘xshash yangiliklar", "{h1}", "{h2}", "{h3}"],
    "az": ["Paylaş", "Oxşar xəbərlər", "{h1}", "{h2}", "{h3}"],
    "en": ["Share this", "Related news", "{h1}", "{h2}", "{h3}", "© {y} All rights reserved"],
}


@dataclass(frozen=True)
class Document:
    name: str
    langs: tuple[str, ...]
    text: str


def _person(rng: random.Random, lang: str) -> str:
    first, last = rng.choice(FIRST[lang]), rng.choice(LAST[lang])
    return f"{first} {last}"


def _body(rng: random.Random, lang: str, facts: dict, langs: tuple[str, ...] = ()) -> list[str]:
    """The body paragraphs of one report in *lang*, from shared *facts* (same event in every language).

    The lists of each language are parallel (the same index is the same city, body, quote or
    sentence), but not all equally long: a fact picks within the part every language of the
    document has, so that a bilingual report says the same things on both sides.
    """
    langs = langs or (lang,)

    def pick(table: dict, i: int) -> str:
        return table[lang][i % min(len(table[x]) for x in langs)]

    city = pick(CITY, facts["city"])
    org = pick(ORG, facts["org"])
    kind = pick(KIND, facts["kind"])
    topic = pick(TOPIC, facts["topic"])
    name_lang = next((x for x in langs if x in LAST), "ru")  # one person, named alike in both versions
    name = f"{FIRST[name_lang][facts['first'] % len(FIRST[name_lang])]} {LAST[name_lang][facts['last'] % len(LAST[name_lang])]}"
    role = pick(ROLE, facts["role"])
    quote = pick(QUOTE_TEXT, facts["quote"])
    fe = "а" if name.endswith(("а", "я")) else ""
    paras = [
        LEAD[lang].format(d=facts["day"], m=MONTHS[lang][facts["month"] - 1], y=facts["year"], city=city, org=org,
                          kind=kind, topic=topic),
        PARTICIPANTS[lang].format(n=facts["n"], w=facts["w"]),
        QUOTE[lang].format(q=quote, role=role, org_gen=org, name=name, fe=fe),
    ]
    order = list(range(min(len(FILLER[x]) for x in langs)))
    rng.shuffle(order)
    for i in range(facts["fill"]):
        sentence = FILLER[lang][order[i % len(order)]].format(k=facts["k"] + i)
        if i % 2:
            sentence += " " + STAT[lang].format(y=facts["year"] - 1 - i, city=pick(CITY, facts["city"] + i),
                                                k=facts["k"] * (i + 1), r=facts["k"] // (i + 1))
        paras.append(sentence)
    paras.append(FUNDING[lang].format(f=pick(FUNDER, facts["funder"])))
    if lang != langs[0] and facts.get("merge"):  # this version runs the participants into the lead
        paras[0:2] = [paras[0] + " " + paras[1]]
    return paras


def _headline(rng: random.Random, lang: str) -> str:
    t = rng.choice(TITLE[lang])
    kind = rng.choice(KIND[lang])
    return t.format(city=rng.choice(CITY[lang]), topic=rng.choice(TOPIC[lang]), kind=kind,
                    kind_cap=kind[:1].upper() + kind[1:])


def make_document(index: int, seed: int = 0, lo: int = 2048, hi: int = 4096) -> Document:
    """The *index*-th document of the corpus with this *seed* (deterministic, 2-4 KB of UTF-8)."""
    rng = random.Random(seed * 1_000_003 + index)
    mix = rng.choices(list(MIX), weights=list(MIX.values()))[0]
    langs = tuple(mix.split("+"))
    target = rng.randint(lo, hi)
    facts = {k: rng.randrange(1000) for k in ("city", "org", "kind", "topic", "first", "last", "role", "quote",
                                               "funder")}
    facts.update(day=rng.randint(1, 28), month=rng.randint(1, 12), year=rng.randint(2015, 2025),
                 n=rng.randint(12, 240), k=rng.randint(50, 5000), fill=2)
    facts["w"] = rng.randint(3, facts["n"])
    facts["merge"] = len(langs) > 1 and rng.random() < 0.3
    main = langs[0]
    stamp = {"dd": f"{facts['day']:02d}", "mm": f"{facts['month']:02d}", "y": facts["year"],
             "hh": f"{rng.randint(0, 23):02d}", "mi": f"{rng.randint(0, 59):02d}", "v": rng.randint(10, 9999)}
    top = [x.format(**stamp) for x in FURNITURE_TOP[main]]
    bottom = [x.format(h1=_headline(rng, main), h2=_headline(rng, main), h3=_headline(rng, main), **stamp)
              for x in FURNITURE_BOTTOM[main]]
    title = _headline(rng, main)

    def render(fill: int) -> str:
        f = dict(facts, fill=fill)
        parts = ["\n".join(top), title]
        for lang in langs:
            parts.extend(_body(random.Random(index * 31 + fill), lang, f, langs))
        parts.append("\n".join(bottom))
        return "\n\n".join(parts) + "\n"

    fill, text = 1, render(1)
    while len(text.encode("utf-8")) < target and fill < 30:
        fill += 1
        text = render(fill)
    # A document ends with a unique reference line so that no two documents share bytes.
    ref = {"en": "Reference", "ru": "Номер сообщения", "ky": "Кабар номери", "kk": "Хабар нөмірі",
           "uz": "Xabar raqami", "az": "Xəbər nömrəsi"}[main]
    text += f"\n{ref}: {seed}-{index}-{rng.randrange(10**9)}\n"
    return Document(name=f"{index:06d}_{mix.replace('+', '-')}.txt", langs=langs, text=text)


def generate(n: int, out: Path, seed: int = 0) -> Path:
    """Write *n* documents under *out* (in subdirectories of 1,000 files); skip if already complete."""
    out = Path(out)
    stamp = out / ".complete"
    if stamp.exists() and stamp.read_text().strip() == f"{n} {seed}":
        return out
    out.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        doc = make_document(i, seed)
        sub = out / f"{i // 1000:03d}"
        if i % 1000 == 0:
            sub.mkdir(exist_ok=True)
        (sub / doc.name).write_text(doc.text, encoding="utf-8")
    stamp.write_text(f"{n} {seed}\n")
    return out


def corpus_dir(n: int, seed: int = 0) -> Path:
    """Where the corpus of *n* documents with *seed* lives (``benchmarks/data/c<n>-s<seed>``)."""
    return DATA / f"c{n}-s{seed}"


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="Write a synthetic corpus of invented reports.")
    ap.add_argument("n", type=int)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", type=Path, default=None)
    args = ap.parse_args(argv)
    path = generate(args.n, args.out or corpus_dir(args.n, args.seed), args.seed)
    print(path)


if __name__ == "__main__":
    main()
