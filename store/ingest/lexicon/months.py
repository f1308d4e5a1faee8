"""Month names and date words per language (data only; used by ``store.ingest.dates``).

Each month is a list of regex word patterns (matched case-insensitively at a word start, any
case ending allowed after them). Russian, Kyrgyz, Uzbek Cyrillic and Tajik share the Russian
stems; Kazakh has its own names; Uzbek Latin and Azerbaijani share Latin stems.
"""
from __future__ import annotations

MONTHS: dict[int, dict[str, list[str]]] = {
    1: {"cyrl": ["январ", "қаңтар"], "latn": ["yanvar", "january", "jan"]},
    2: {"cyrl": ["феврал", "ақпан"], "latn": ["fevral", "february", "feb"]},
    3: {"cyrl": ["март", "наурыз"], "latn": ["mart", "march", "mar"]},
    4: {"cyrl": ["апрел", "сәуір"], "latn": ["aprel", "april", "apr"]},
    5: {"cyrl": ["май", "мая", "мае", "мамыр"], "latn": ["may", "mayıs"]},
    6: {"cyrl": ["июн", "маусым"], "latn": ["iyun", "june", "jun"]},
    7: {"cyrl": ["июл", "шілде"], "latn": ["iyul", "july", "jul"]},
    8: {"cyrl": ["август", "тамыз"], "latn": ["avgust", "avqust", "august", "aug"]},
    9: {"cyrl": ["сентябр", "қыркүйек"], "latn": ["sentyabr", "sentabr", "september", "sept", "sep"]},
    10: {"cyrl": ["октябр", "қазан"], "latn": ["oktyabr", "oktabr", "october", "oct"]},
    11: {"cyrl": ["ноябр", "қараша"], "latn": ["noyabr", "november", "nov"]},
    12: {"cyrl": ["декабр", "желтоқсан"], "latn": ["dekabr", "december", "dec"]},
}

# Short Latin stems that must stand alone (optionally with a dot): "Mar 5", not "market".
SHORT_LATIN = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}

# Words that may follow a year number: "2024-жылдын", "2024 жылғы", "2023 yil", "2022-ci il",
# "2024 года", "2024 г.", "соли 2023" (Tajik puts "соли" before the year).
YEAR_WORDS = (
    r"жылдын|жылы|жылга|жылдан|жылғы|жылы|жыл|ж\.|"
    r"yilning|yili|yil|йилнинг|йили|йил|"
    r"c[iıuü]\s+il(?:in|i)?|nc[iıuü]\s+il(?:in|i)?|il(?:in|i)?|"
    r"года|году|год|г\.|гг\.|"
    r"сол|соли|"
    r"year"
)

# Words between the two days of a range ("5-7", "с 5 по 7", "5 и 6", "5 va 6 may"): the range gives its start.
DAY_RANGE_WORDS = r"по|to|dan|до|и|and|va|və|жана|және|ва|ve"
# Ordinal endings after a day that follows its month ("Oktyabrın 12-də", "March 15th").
DAY_ENDINGS = r"də|da|dək|nci|ncı|ci|cı|cu|cü|st|nd|rd|th|i|ı|u|ü"
# Ordinal endings after a day that precedes its month: Tajik "-ум(и)" ("24-уми ноябри", "5 юми майи"), Russian "-го".
DAY_ORDINALS_BEFORE = r"уми|юми|ум|юм|го"
# Words between a day-month and its year ("15 марти соли 2023", "May 5 of 2024").
YEAR_LINKS = r"соли|года|of|йили|yili"
# Plural year words ("в 2020-2024 годах", "2020-2024-cü illər"): a span of years.
YEAR_PLURALS = r"годы|годах|illər|жылдар|yillar|йиллар|солҳои"

# Relative day words -> offset in days from the publication date.
RELATIVE_DAYS: dict[str, int] = {
    # ru
    "сегодня": 0, "вчера": -1, "накануне": -1, "позавчера": -2,
    # ky
    "бүгүн": 0, "кечээ": -1, "мурдагы күнү": -2,
    # kk
    "бүгін": 0, "кеше": -1,
    # uz (Latin, Cyrillic)
    "bugun": 0, "kecha": -1, "бугун": 0, "кеча": -1,
    # tg
    "имрӯз": 0, "дирӯз": -1,
    # az
    "bu gün": 0, "bugün": 0, "dünən": -1,
    # en
    "today": 0, "yesterday": -1,
}

# Weekdays (Monday = 0) as regexes for the phrases that name the day of a report's week: Russian "в среду",
# English "on Tuesday", Turkic "шаршемби күнү" / "seshanba kuni" / "çərşənbə günü", Tajik "рӯзи сешанбе".
# A weekday alone is left out where it is also another word (Tajik "Душанбе", Azerbaijani "bazar", Kyrgyz "жума").
WEEKDAYS: dict[int, list[str]] = {
    0: [r"в\s+понедельник", r"(?:on|last)\s+monday", r"дүйшөмбү\s+күнү", r"дүйсенбі\s+күні", r"dushanba\s+kuni",
        r"душанба\s+куни", r"рӯзи\s+душанбе", r"bazar\s+ertəsi(?:\s+günü)?"],
    1: [r"во\s+вторник", r"(?:on|last)\s+tuesday", r"шейшемби\s+күнү", r"сейсенбі\s+күні", r"seshanba\s+kuni",
        r"сешанба\s+куни", r"рӯзи\s+сешанбе", r"çərşənbə\s+axşamı(?:\s+günü)?"],
    2: [r"в\s+среду", r"(?:on|last)\s+wednesday", r"шаршемби\s+күнү", r"сәрсенбі\s+күні", r"chorshanba\s+kuni",
        r"чоршанба\s+куни", r"рӯзи\s+чоршанбе", r"çərşənbə\s+günü"],
    3: [r"в\s+четверг", r"(?:on|last)\s+thursday", r"бейшемби\s+күнү", r"бейсенбі\s+күні", r"payshanba\s+kuni",
        r"пайшанба\s+куни", r"рӯзи\s+панҷшанбе", r"cümə\s+axşamı(?:\s+günü)?"],
    4: [r"в\s+пятницу", r"(?:on|last)\s+friday", r"жума\s+күнү", r"жұма\s+күні", r"juma\s+kuni", r"жума\s+куни",
        r"рӯзи\s+ҷумъа", r"cümə\s+günü"],
    5: [r"в\s+субботу", r"(?:on|last)\s+saturday", r"ишемби\s+күнү", r"сенбі\s+күні", r"shanba\s+kuni",
        r"шанба\s+куни", r"рӯзи\s+шанбе", r"şənbə\s+günü"],
    6: [r"в\s+воскресенье", r"(?:on|last)\s+sunday", r"жекшемби\s+күнү", r"жексенбі\s+күні", r"yakshanba\s+kuni",
        r"якшанба\s+куни", r"рӯзи\s+якшанбе", r"bazar\s+günü"],
}

# Month stems as regexes by language or script, for matching a lowercased text (``twins.day_months``,
# which links translations by their day-month dates). Index 0 is January.
MONTH_STEMS: dict[str, list[str]] = {
    "ru": ["январ", "феврал", "март", "апрел", "ма[йя]", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр"],
    "kk": ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"],
    "latn": ["yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "av[qg]ust", "sent[y]?abr", "okt[y]?abr", "noyabr", "dekabr"],
    "en": ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"],
    "tg": ["январ", "феврал", "март", "апрел", "май", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр"],
}
