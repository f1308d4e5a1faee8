"""What names look like: surname and patronymic endings, case endings glued to names, and
capitalized words that are never a person's name (places of the region, months, common words).

Keyed by script or language. All entries are lower-case.
"""
from __future__ import annotations

# Nominative family-name endings, strong evidence that a capitalized word is a surname.
SURNAME_SUFFIXES_CYRL: tuple[str, ...] = (
    "ов", "ев", "ёв", "ова", "ева", "ёва", "ин", "ина", "ский", "ская", "цкий", "цкая", "енко", "дзе",
    "швили", "ян", "янц", "зода", "заде", "иев", "иева", "уулу", "кызы", "ұлы", "қызы", "улы", "бекова",
    "ыев", "ыева", "ук", "юк", "вич",
    # Russian oblique cases of -ов/-ев/-ин surnames
    "овым", "евым", "иным", "овой", "евой", "иной", "ову", "еву", "ину", "ове", "еве",
)
SURNAME_SUFFIXES_LATN: tuple[str, ...] = (
    "ov", "ev", "yev", "ova", "eva", "yeva", "iyev", "iyeva", "sky", "ska", "enko", "dze", "shvili", "yan",
    "zoda", "zade", "zadə", "uly", "ovich", "evich", "ova", "ovna",
)
# Weak endings (Azerbaijani -li/-lı/-lu/-lü): a surname only next to a cue.
WEAK_SURNAME_SUFFIXES_LATN: tuple[str, ...] = ("li", "lı", "lu", "lü", "in", "er")

# Patronymics, glued ("Токтогулович") or as a separate word after the father's name ("Асан уулу").
PATRONYMIC_SUFFIXES: tuple[str, ...] = (
    "ович", "евич", "ьевич", "овна", "евна", "ьевна", "ична", "инична", "оглы", "уулу", "кызы", "ұлы",
    "қызы", "улы", "ovich", "evich", "ovna", "evna", "oglu", "oğlu", "qızı", "qizi", "o'g'li", "o‘g‘li",
    "oʻgʻli", "ugli", "ўғли", "қизи",
)
PATRONYMIC_WORDS: frozenset[str] = frozenset({
    "уулу", "кызы", "улы", "ұлы", "қызы", "оглы", "oğlu", "qızı", "oglu", "qizi", "o'g'li", "o‘g‘li",
    "oʻgʻli", "ugli", "ўғли", "қизи", "ibn", "bin", "uulu", "kyzy", "kyzi", "uly", "ogly",
})

# Case endings glued to the last word of a name, longest first per language.
CASE_ENDINGS: dict[str, tuple[str, ...]] = {
    "ky": ("нын", "нин", "нун", "нүн", "дын", "дин", "дун", "дүн", "тын", "тин", "тун", "түн", "дан", "ден",
           "дон", "дөн", "тан", "тен", "тон", "төн", "нан", "нен", "нон", "нөн", "дагы", "деги", "га", "ге",
           "го", "гө", "ка", "ке", "ко", "кө", "ны", "ни", "ну", "нү", "ды", "ди", "ду", "дү", "ты", "ти",
           "ту", "тү", "да", "де", "до", "дө", "та", "те", "то", "тө", "дай", "дей"),
    "kk": ("ның", "нің", "дың", "дің", "тың", "тің", "нан", "нен", "дан", "ден", "тан", "тен", "мен", "бен",
           "пен", "ға", "ге", "қа", "ке", "ны", "ні", "ды", "ді", "ты", "ті", "да", "де", "та", "те"),
    "az": ("nın", "nin", "nun", "nün", "dan", "dən", "ın", "in", "un", "ün", "la", "lə", "da", "də", "ya",
           "yə", "nı", "ni", "nu", "nü", "ə"),  # "Vəliyevə" (dative); "-a" stays: "Məmmədova" is also a woman's name
    # "-lar" after a surname is respect or "and colleagues" ("G. Nazarovalar"), not part of the name
    "uz": ("ning", "dan", "ga", "ka", "qa", "ni", "da", "нинг", "дан", "га", "ка", "қа", "ни", "да", "lar", "лар"),
    "tg": ("ро",),
    "ru": (),
    "en": ("'s", "’s"),
}

# Kyrgyz/Kazakh vowel classes for harmony checks when a case ending is cut from a given name.
BACK_VOWELS = frozenset("аоуыaouıұ")
FRONT_VOWELS = frozenset("еэөүиәіeəöüi")

# Capitalized words that are not names of people (lower-case stems, matched by prefix with a
# short tail): countries, regions and cities of the region, months, weekdays, common words
# that start sentences. General vocabulary only.
NOT_NAME_STEMS: tuple[str, ...] = (
    # countries and regions
    "кыргыз", "казахстан", "қазақстан", "узбекистан", "өзбекстан", "таджикистан", "тажикстан", "тоҷикистон",
    "туркменистан", "азербайджан", "азербайжан", "россия", "росси", "орусия", "ресей", "грузи", "армени",
    "украин", "беларус", "турци", "түркия", "китай", "кытай", "америк", "европ", "евраз", "германи",
    "сша", "ошск", "чуйск", "иссык", "ысык", "нарын", "таласск", "баткен", "жалал", "джалал", "кыргызстан",
    "qazaxıstan", "özbəkistan", "tacikistan", "qırğızıstan", "türkmənistan", "rusiya", "gürcüstan",
    "ermənistan", "türkiyə", "azərbaycan", "o'zbekiston", "o‘zbekiston", "oʻzbekiston", "qozog'iston",
    "qirg'iziston", "tojikiston", "rossiya", "kazakhstan", "kyrgyzstan", "uzbekistan", "tajikistan",
    "turkmenistan", "azerbaijan", "russia", "georgia", "armenia", "europe", "central", "asia", "америка", "азия", "азии", "центральн", "средн", "орто", "борбор азия",
    "ташкент", "тошкент", "toshkent", "бишкек", "алмат", "астан", "нур-султан", "душанбе", "ашхабад",
    "баку", "bakı", "baki", "ош", "жалал-абад", "каракол", "токмок", "самарканд", "samarqand", "бухар",
    "buxoro", "наманган", "андижан", "фергана", "farg'ona", "хорог", "худжанд", "хуҷанд", "куляб",
    "шымкент", "караганд", "актобе", "атырау", "тараз", "москв", "санкт", "петербург", "ростов", "саратов",
    "новосибирск", "екатеринбург", "казан", "сумгаит", "sumqayıt", "gəncə", "гянджа", "ганджа", "london",
    "geneva", "женев", "вена", "vienna", "берлин", "пекин", "стамбул", "istanbul", "dubai", "дубай",
    # months and weekdays
    "январ", "феврал", "март", "апрел", "май", "мая", "июн", "июл", "август", "сентябр", "октябр",
    "ноябр", "декабр", "yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "avgust",
    "sentyabr", "oktyabr", "noyabr", "dekabr", "january", "february", "march", "april", "june", "july",
    "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "понедельник", "вторник", "сред", "четверг", "пятниц",
    "суббот", "воскресен",
    # common capitalized words
    "республик", "respublika", "republic", "правительств", "государств", "национальн", "международн",
    "эл аралык", "мамлекет", "beynəlxalq", "dövlət", "milli", "халықаралық", "xalqaro", "байналмилал",
    "international", "national", "state", "government", "united", "nations", "president", "президент",
    "covid", "интернет", "internet", "фото", "photo", "видео", "источник", "source",
    # the topics that English bodies' names are made of ("Commissioner for Human Rights")
    "rights", "affairs", "trafficking", "migration", "development", "cooperation", "co-operation", "security",
    "labour", "employment", "poverty", "reduction", "protection",
    # countries migrants go to and their envoys come from, and "kingdom" (not "Дания"/"Daniya": "Данияр" is a name)
    "danimarka", "italiya", "италия", "almaniya", "fransa", "франци", "ispaniya", "испани", "polşa",
    "polsha", "польш", "britaniya", "британи", "koreya", "корея", "yaponiya", "япони", "bolqarıstan", "bolgariya",
    "болгари", "krallığ", "kingdom", "королевств", "qirolligi", "қироллиги",
    # "foreign", "internal", "affairs" of ministries' names ("Xarici İşlər Nazirliyi", "Ички иштер министрлиги")
    "xarici", "daxili", "işlər", "tashqi", "ташқи", "ichki", "ички", "тышкы", "ішкі", "сыртқы",
)

# Turkic attributive endings: a word with one qualifies the noun after it, so it is never a person's name:
# the locative-attributive "-дагы/-тағы/-dagi/-dəki" ("Сенаттағы брифинг", "the briefing in the Senate") and
# the relational adjective "-лык/-лық" ("Миграциялык альянс"). Not "-лик/-lik": given names end so ("Абдулмалик").
ATTRIBUTIVE_ENDINGS: tuple[str, ...] = (
    "дагы", "деги", "тагы", "теги", "догу", "дөгү", "тогу", "төгү", "дағы", "дегі", "тағы", "тегі",
    "dagi", "даги", "dakı", "dəki", "takı", "təki", "лык", "лук", "лүк", "лық", "лік",
)

# Words after which a name belongs to an organization, not a participant ("Центр имени …").
ORG_NAME_MARKERS_BEFORE: frozenset[str] = frozenset({
    "имени", "им", "им.", "named", "ба", "номи",
})
ORG_NAME_MARKERS_AFTER: frozenset[str] = frozenset({
    "атындагы", "атындағы", "adına", "adına", "nomidagi", "номидаги", "номи", "fondu", "фонду", "фонды",
    "қоры", "foundation", "institute", "university", "center", "centre", "prize", "award", "street",
    "avenue", "көчөсү", "көшесі", "küçəsi", "ko'chasi", "кӯчаи", "prospekti", "проспекти",
})

# District words: districts are often named after people ("ноҳияи Б. Ғафуров", "Ж. Баласагын району"),
# so a name in the list that follows one (Tajik, before) or a name right before one (after) is a place.
# Stems, matched at a word start.
DISTRICT_BEFORE: tuple[str, ...] = ("ноҳия", "ноҳияҳо")
DISTRICT_AFTER: tuple[str, ...] = ("ноҳия", "туман", "tuman", "район", "аудан", "rayon", "district")
# The plural district word, which opens a list of district names ("ноҳияҳои A ва B"); the singular
# ("ноҳияи A") names the one district right after it, and the bare word ("… ноҳия") none.
DISTRICTS_BEFORE: tuple[str, ...] = ("ноҳияҳо",)
# Place words whose izafet names the place next ("ноҳияи Рашт", "шаҳри Хоруғ", "вилояти Суғд"): more capitalised
# words after the place's name are a person's ("… ноҳияи Рашт | Каримов Ҷамшед").
PLACE_BEFORE_IZAFET: tuple[str, ...] = ("ноҳия", "шаҳр", "вилоят", "деҳа", "ҷамоат")
