"""Shapes of page furniture that no sentence has: tickers, placeholders, file names, widgets, switchers.

Each function looks at one line (or the words of one line) and answers with a reason or None;
``furniture.furniture_reason`` asks them after its word lists. The words live in
``lexicon/furniture.py``; what is here is the shape.
"""
from __future__ import annotations

import re

from .dates import find_dates
from .doc import sentence_spans
from .lexicon import furniture as lex

_CURRENCY = r"(?:[A-Z]{3}(?:/[A-Z]{3})?|[$€₽£¥₸₼₴₺]|(?i:" + "|".join(lex.CURRENCY_WORDS) + r")\w{0,2}\s?[:=]?)"
_DECIMAL = r"[-+−]?\d{1,7}[.,]\d{1,4}(?![.,]?\d)"
_TICKER_ITEM = rf"(?:{_CURRENCY}\s?)?{_DECIMAL}(?:\s?(?:%|{_CURRENCY}))?(?:\s?[▲▼↑↓+−-]\s?{_DECIMAL}%?)?"
_TICKER = re.compile(rf"^(?:[•·▪*|/]\s*)?{_TICKER_ITEM}(?:(?:\s+|\s*[•·▪|/]\s*){_TICKER_ITEM})*$")


def is_ticker(line: str) -> bool:
    """A currency or exchange ticker: decimal numbers, each maybe with a currency code or sign.

    >>> is_ticker("• USD 87.45"), is_ticker("$12.30 €13.05 ₽0.14"), is_ticker("• 0.92")
    (True, True, True)
    >>> is_ticker("В 2023 году 12.5 тысячи мигрантов вернулись домой.")
    False
    """
    return bool(_TICKER.match(line.strip()))


_IDENT = re.compile(r"^(?:[a-z][a-z0-9]*_[a-z0-9_]*)+$")
_BRACED = re.compile(r"\{\{?\s*[\w.:-]+\s*\}?\}|%%?[\w.]+%%?")
_PLACEHOLDERS = set(lex.PLACEHOLDER_WORDS)


def is_placeholder(line: str) -> bool:
    """A template placeholder a CMS left in the page: braces, snake_case names, "img" words.

    >>> [is_placeholder(x) for x in ["{site_links}{site_article}", "spot_img spot_imgspot_img", "img", "Фото дня"]]
    [True, True, True, False]
    """
    s = _BRACED.sub(" ", line).strip()
    if s != line.strip() and not s.strip(" |,;"):
        return True
    tokens = s.split()
    return bool(tokens) and all(_IDENT.match(t) or t.casefold() in _PLACEHOLDERS for t in tokens)


_SHORTCODE = re.compile(r"\[/?([a-z][a-z0-9_-]*)((?:\s+[a-z_-]+=(?:\"[^\"]*\"|'[^']*'|\S+))*)\s*/?\]")
_SHORTCODE_NAMES = set(lex.SHORTCODES)


def strip_shortcodes(line: str) -> tuple[str, list[str]]:
    """CMS shortcodes (``[divider]``, ``[caption id=…]``, ``[/caption]``) out of a line, and what went.

    A bracketed lowercase Latin name is markup when it is a known shortcode name (opening or
    closing), carries ``key=value`` attributes or holds an underscore; other bracketed words
    (``[sic]``, ``[/link]``) are the author's text.

    >>> strip_shortcodes("Проект продлится два года.[divider]")
    ('Проект продлится два года.', ['[divider]'])
    >>> strip_shortcodes("The minister said [sic] it was late.")[1]
    []
    """
    if "[" not in line:
        return line, []
    gone: list[str] = []

    def drop(m: re.Match[str]) -> str:
        name = m.group(1)
        if name in _SHORTCODE_NAMES or m.group(2) or "_" in name:
            gone.append(m.group(0))
            return " "
        return m.group(0)

    out = _SHORTCODE.sub(drop, line)
    return (" ".join(out.split()) if gone else line), gone


_IMAGE_EXT = re.compile(r"\.(?:jpe?g|png|gif|webp|bmp|heic|tiff?|svg)$", re.I)


_SHORT_STEM = re.compile(r"^[^\W\d_]{1,4}\d{1,4}(?:\s\(\d{1,2}\))?$")


def is_file_name(line: str) -> bool:
    """An image's file name shown as its caption: one token with digits and an underscore, or an image
    extension, or a short stem of a few letters and a number, maybe with a copy's "(2)" ("сс1 (2)", "DSC0412").

    >>> is_file_name("1622550191_press_photo"), is_file_name("IMG_2041"), is_file_name("seminar 2023.jpg")
    (True, True, True)
    >>> is_file_name("фото3 (2)"), is_file_name("COVID-19"), is_file_name("Ош 2")
    (True, False, False)
    """
    s = line.strip()
    if len(s) > 100:
        return False
    if _IMAGE_EXT.search(s) or _SHORT_STEM.match(s):
        return True
    return " " not in s and "_" in s and any(ch.isdigit() for ch in s)


_CAMERA_FILE = re.compile(r"(?<![^\W\d_])(?:" + "|".join(lex.CAMERA_FILE_STEMS) + r")[ _-]?\d{3,5}(?!\d)", re.I)


def is_camera_caption(line: str) -> bool:
    """A short caption line that names a camera's photo file ("Участники семинара DSC 0412 копия").

    >>> is_camera_caption("Photo 2 Volunteers at the market DSC 0412"), is_camera_caption("IMG_2041 (2)")
    (True, True)
    >>> is_camera_caption("The 2041 volunteers met in Osh.")
    False
    """
    s = line.strip()
    return len(s) <= 150 and len(s.split()) <= 20 and bool(_CAMERA_FILE.search(s))


_FONT_TOKEN = re.compile(r"^(?:[AaАа]{1,2}[+\-−]{0,2}|[+\-−↺⟲↻]|\d{1,2}(?:px)?|px|[AaАа][+\-−][AaАа][+\-−])$")


def is_font_widget(line: str) -> bool:
    """Font-size and accessibility buttons: ``A+ A-``, ``+ ↺ − 18 px``.

    >>> is_font_widget("A+ A-"), is_font_widget("+ ↺ − 18 px"), is_font_widget("А А А")
    (True, True, False)
    """
    tokens = line.split()
    return bool(tokens) and len(tokens) <= 8 and all(_FONT_TOKEN.match(t) for t in tokens) \
        and bool(re.search(r"[AaАа][+\-−]|[↺⟲↻]|px", line))


_LANG_NAMES = set(lex.LANGUAGE_NAMES)
_LANG_CODES = set(lex.LANGUAGE_CODES)
_SWITCH_SEP = re.compile(r"\s*(?:[|/•·,]|\s)\s*")


def is_language_name(line: str) -> bool:
    """One language's name, as a language switcher lists it.

    >>> is_language_name("Кыргызча"), is_language_name("English"), is_language_name("Кыргыз жери")
    (True, True, False)
    """
    return " ".join(line.casefold().split()).strip(" .|") in _LANG_NAMES


def is_language_switcher(line: str) -> bool:
    """A line made only of two or more language names or codes (``RU | KG | EN``, ``Az En``), or of one
    code in capitals (the switcher's current language, "KZ").

    >>> is_language_switcher("Рус | Кыр | Eng"), is_language_switcher("Az En"), is_language_switcher("En route")
    (True, True, False)
    >>> is_language_switcher("KZ"), is_language_switcher("Az")
    (True, False)
    """
    tokens = [t for t in _SWITCH_SEP.split(line.casefold().strip()) if t]
    if len(tokens) == 1 and line.strip().isupper():
        return tokens[0] in _LANG_CODES
    return len(tokens) >= 2 and len(tokens) <= 12 and all(t in _LANG_CODES or t in _LANG_NAMES for t in tokens)


_CAMEL = re.compile(r"(?<=[a-zа-яёəöüışçğ])(?=[A-ZА-ЯЁƏÖÜİŞÇĞ])")
_TABS = set(lex.TAB_LABELS)


def is_tab_labels(line: str) -> bool:
    """Media tab labels, spaced or run together: ``videoPhoto``, ``Фото | Видео``.

    >>> is_tab_labels("videoPhoto"), is_tab_labels("Фото Видео"), is_tab_labels("Фото с места событий")
    (True, True, False)
    """
    tokens = [t for t in _SWITCH_SEP.split(_CAMEL.sub(" ", line.strip())) if t]
    return 0 < len(tokens) <= 5 and all(t.casefold() in _TABS for t in tokens)


_CLOCK = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?!\d)")
_READING = re.compile(r"(?<!\d)\d{1,3}\s*(?:" + "|".join(lex.READING_TIME_UNITS) + r")\.?(?:\s+(?:read|оқу|окуу|o‘qish))?"
                      r"(?![^\W\d_])|[•·]", re.IGNORECASE)
_DATE_WORDS = set(lex.DATE_LINE_WORDS)
_CLOCK_WORDS = {w for x in lex.CLOCK_WORDS for w in x.split()}
_DOMAIN = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.(?:kg|kz|uz|tj|az|ru|com|org|net|info|news|tv|media)$", re.I)


_READING_LINE = re.compile(r"^\d{1,3}\s*(?:" + "|".join(lex.READING_TIME_UNITS) + r")[^\W\d_]*\.?\s+(?:"
                          + "|".join(lex.READ_VERBS) + r")\.?$", re.IGNORECASE)


def is_reading_time(line: str) -> bool:
    """How long the story takes to read, alone on a line.

    >>> is_reading_time("2 дақиқада ўқилади"), is_reading_time("4 мүнөттө окулат"), is_reading_time("2 дақиқада тугади")
    (True, True, False)
    """
    return bool(_READING_LINE.match(line.strip()))


_PRAYERS = frozenset(lex.PRAYER_NAMES)


def is_prayer_time(line: str) -> bool:
    """A prayer's name alone or with its time: a line of a Muslim site's prayer-times widget.

    >>> is_prayer_time("Peshin"), is_prayer_time("Шом 19:58"), is_prayer_time("Peshin namozidan keyin uchrashuv bo‘ldi")
    (True, True, False)
    """
    words = [w for w in _CLOCK.sub(" ", line).split() if w not in "|•·-–—"]
    return len(words) == 1 and words[0].casefold() in _PRAYERS


def date_line(line: str) -> str | None:
    """The date of a page's dateline: a date with a clock time or a site name (and a place), or None.

    ``15:40, 3 марта 2021, Ош - site.kg`` and ``29.07.2021ж. 20:00`` are datelines of the page,
    not body. A line ending like a sentence never is; a date alone stays (it dates the report).

    >>> date_line("29.07.2021ж. 20:00"), date_line("09:15, 3 марта 2021, Ош - news.kg")
    ('2021-07-29', '2021-03-03')
    >>> date_line("Aprel 5, 2024. 10:12 • 40 soniya")
    '2024-04-05'
    >>> date_line("Встреча прошла 3 марта 2021 года в Оше.") is None
    True
    """
    value, widget = _dated_line(line)
    return None if widget else value


def is_clock_widget(line: str) -> bool:
    """A page's clock: today's date with a weekday or 'local time' (the day it was read, not published).

    >>> is_clock_widget("4-Март, 2024-жыл, дүйшөмбү, Бишкек убактысы 10:05"), is_clock_widget("29.07.2021 20:00")
    (True, False)
    """
    value, widget = _dated_line(line)
    return bool(value) and widget


def _dated_line(line: str) -> tuple[str | None, bool]:
    """(the date of a line that is only a date, a clock time, a place, a site, weekday words; whether
    it has a weekday or a clock word)."""
    s = line.strip()
    if len(s) > 70 or not re.search(r"\d", s) or re.search(r"[.!?…]$", s) and not re.search(r"\d\s?[^\W\d_]{1,4}\.$", s):
        return None, False
    clock = bool(_CLOCK.search(s))
    if not clock and not any(_DOMAIN.match(w) for w in s.split()):
        return None, False
    days = [h for h in find_dates(s) if h.precision == "day"]
    if not days:
        return None, False
    rest = s
    for h in sorted(days, key=lambda h: -h.start):
        rest = rest[: h.start] + " " + rest[h.end:]
    rest = _READING.sub(" ", _CLOCK.sub(" ", rest)) if clock else _CLOCK.sub(" ", rest)  # "19:47 • 35 soniya"
    words = [w.strip(".,:;") for w in re.split(r"[\s,–—-]+", rest) if w.strip(".,:;")]
    words = [w for w in words if not _DOMAIN.match(w) and w.strip(".").casefold() not in _DATE_WORDS]
    widget = any(w.strip(".").casefold() in _CLOCK_WORDS for w in words)
    words = [w for w in words if w.strip(".").casefold() not in _CLOCK_WORDS]
    if any(ch.isdigit() for w in words for ch in w):
        return None, False
    # one capitalised word (the dateline's place) may stay when a clock time says it is a stamp
    if not words or (clock and len(words) <= 2 and all(w[:1].isupper() for w in words)):
        return days[0].value, widget
    return None, False


_BRAND = re.compile(r"^[A-ZА-ЯЁ][\w]*[a-zа-яё][A-ZА-ЯЁ][\w]*$")


def is_site_name(line: str) -> bool:
    """A site's name alone on a line: a domain (``news.kg``) or one run-together brand (``AsiaTV``).

    >>> is_site_name("kabar.kg"), is_site_name("KunNews"), is_site_name("Бишкек")
    (True, True, False)
    """
    s = line.strip()
    return " " not in s and bool(_DOMAIN.match(s) or _BRAND.match(s))


_MONTH_ABBR = re.compile(
    r"^(?:\d{1,2}\s?)?(?:янв|фев|мар|апр|июн|июл|авг|сен|сент|окт|ноя|дек|jan|feb|mar|apr|jun|jul|aug|"
    r"sep|sept|oct|nov|dec|yan|fev|iyn|iyl|avg|avq|sen|okt|noy|dek)\.?(?:\s?\d{1,2})?$", re.I)


def is_short_stamp(line: str) -> bool:
    """A list item's date stamp: a month's short name with a day (``мар.14``, ``14 Mar``); a date
    written out (``1 мая``) may head a programme's day and stays.

    >>> is_short_stamp("мар.14"), is_short_stamp("14 Mar"), is_short_stamp("Март")
    (True, True, False)
    """
    s = line.strip()
    return len(s) <= 12 and any(ch.isdigit() for ch in s) and bool(_MONTH_ABBR.match(s))


_SECTIONS = {" ".join(w.casefold().split()) for ws in lex.SECTION_WORDS.values() for w in ws} \
    | {" ".join(w.casefold().split()) for ws in lex.NAV_LINES.values() for w in ws if len(w.split()) <= 2}
_MENU_SEP = re.compile(r"[|/•·»›]")


def is_menu(line: str) -> bool:
    """A site's menu: three or more section names and nothing else (no comma list, no sentence).

    >>> is_menu("Главная Новости Политика Экономика Спорт"), is_menu("Коом | Саясат | Дүйнө | Спорт")
    (True, True)
    >>> is_menu("Политика, экономика, общество"), is_menu("Новости экономики и спорта")
    (False, False)
    """
    if "," in line or len(line) > 160:
        return False
    words = _MENU_SEP.sub(" ", line.casefold()).split()
    i = items = 0
    while i < len(words):
        if i + 1 < len(words) and f"{words[i]} {words[i + 1]}" in _SECTIONS:
            i += 2
        elif words[i].strip(".:") in _SECTIONS:
            i += 1
        else:
            return False
        items += 1
    return items >= 3


_WEATHER = re.compile(r"^(?:[^\W\d_][\w-]*\s?){0,3}[+\-−]?\d{1,2}\s?°\s?[CСF]?(?:\s*[/…–-]\s*[+\-−]?\d{1,2}\s?°\s?[CСF]?)?$")


def is_weather(line: str) -> bool:
    """A weather widget: a place and a temperature.

    >>> is_weather("Бишкек +12°C"), is_weather("Ош −3 °С"), is_weather("Температура воздуха поднимется до +30°C.")
    (True, True, False)
    """
    return bool(_WEATHER.match(line.strip()))


_BRACKET_COUNT = re.compile(r"^[^\W\d_]{2,20}\s?\(\d{1,6}\)$")


def is_bracket_count(line: str) -> bool:
    """One word and a count in brackets: a comments or likes counter ("Izoh (0)", "Comments (12)").

    >>> is_bracket_count("Izoh (0)"), is_bracket_count("Пикирлер (3)")
    (True, True)
    >>> is_bracket_count("Бишкек шаары (0)")
    False
    """
    return bool(_BRACKET_COUNT.match(line.strip()))


def is_short_credit(line: str) -> bool:
    """A photo credit without its colon: a photo word and up to three words of its source ("Фото AP").

    >>> is_short_credit("Фото AP"), is_short_credit("Photo Reuters"), is_short_credit("Фото участников семинара.")
    (True, True, False)
    """
    words = line.split()
    return 2 <= len(words) <= 4 and words[0].casefold() in _PHOTO_WORDS and not re.search(r"[.!?…]$", line) \
        and all(w[:1].isupper() or not w[:1].isalpha() for w in words[1:])


_PHONE = re.compile(r"(?<!\w)\+?\d[\d\s()./-]{7,}\d(?!\w)")


def is_contact(line: str) -> bool:
    """A line that is a phone number with a label or a messenger's name, little else (``Тел.: +996 312 66 00 00``).

    >>> is_contact("Тел.: +996 (312) 66-00-00"), is_contact("+7 999 912 58 68 (WhatsApp)")
    (True, True)
    >>> is_contact("Айна Усенова, координатор проекта: +996 555 12 34 56"), is_contact("В 2023 году 1 250 000 человек")
    (False, False)
    """
    m = _PHONE.search(line)
    if not m or sum(ch.isdigit() for ch in m.group(0)) < 9 or " 000 " in m.group(0):
        return False
    rest = line[: m.start()] + line[m.end():]
    return sum(ch.isalpha() for ch in rest) <= 15 and not re.search(r"[.!?]\s*$", rest.strip())


_HASHTAG = re.compile(r"^(?:#[^\W\d_][\w-]*[\s,]*)+$")


def is_hashtags(line: str) -> bool:
    """A line of hashtags only: the page's tags.

    >>> is_hashtags("#миграция #trafficking, #Ош"), is_hashtags("#1 в рейтинге")
    (True, False)
    """
    return bool(_HASHTAG.match(line.strip()))


def is_section_count(line: str) -> bool:
    """A section's name with its count of items or comments (``Коом 0``, ``Sport 12``).

    >>> is_section_count("Коом 0"), is_section_count("Спорт 12"), is_section_count("Ош 2")
    (True, True, False)
    """
    words = line.casefold().split()
    return len(words) == 2 and words[1].isdigit() and len(words[1]) <= 5 and words[0] in _SECTIONS


_TRAILING_CREDIT = re.compile(r"(?<=[.!?»”\"])\s+((?:фото|photo|сүрөт|сурет|foto|şəkil|rasm|сурат|акс|видео|video)"
                              r"\s*(?::|/|by\b)\s*[^.!?:]{2,80})$", re.I)


_BRACKET_CREDIT = re.compile(r"\(([^()]{0,60})\)\s*$")
_PHOTO_WORDS = tuple(lex.PHOTO_WORDS)


def is_bracket_credit(line: str) -> bool:
    """A short caption closing with its photo's source in brackets.

    >>> is_bracket_credit("Volunteers at the market. (Stock photo)"), is_bracket_credit("Участники (фото пресс-службы)")
    (True, True)
    >>> is_bracket_credit("The fund (set up in 2004) opened a desk in Osh.")
    False
    """
    m = _BRACKET_CREDIT.search(line)
    return m is not None and len(line.split()) <= 12 and any(w in m.group(1).casefold() for w in _PHOTO_WORDS)


_CARD_STAMP = re.compile(r"^(?:\d{1,3}\s+[^\W\d_]{1,12}\s+(?:" + "|".join(lex.AGO_WORDS) + r")\s+)?(?:\d[\d\s]{0,9}\s+)?"
                         r"([\w-]+(?:\.[\w-]+)*\.[a-z]{2,4})\s+(?=\S)", re.IGNORECASE)


def card_stamp(line: str) -> str | None:
    """A news card's stamp opening a line (how long ago, views, the source's domain) before the text, or None.

    >>> card_stamp("5 дней назад 1200 example.kz Айна Усенова, юрист центра")
    '5 дней назад 1200 example.kz'
    >>> card_stamp("Сайт example.kz открыл раздел для мигрантов.") is None
    True
    """
    m = _CARD_STAMP.match(line)
    return m.group(0).strip() if m and _DOMAIN.match(m.group(1)) and m.group(0) != m.group(1) + " " else None


def trailing_credit(line: str) -> str | None:
    """A photo or video credit glued after a paragraph's last sentence, or None.

    >>> trailing_credit("Семинар прошёл в Оше. Фото: пресс-служба мэрии")
    'Фото: пресс-служба мэрии'
    >>> trailing_credit("Фото: пресс-служба") is None
    True
    """
    m = _TRAILING_CREDIT.search(line[-120:])
    return m.group(1) if m else None


_PLACE_WORDS = {"г", "город", "шаҳри", "шаҳр", "shahri", "shahar", "city", "шаары", "шаар", "қаласы", "қ", "ш",
                "şəhəri", "şəh", "шаҳар", "шаҳри", "ноҳияи", "district", "району", "ауданы", "tumani"}
_ORDINAL_DAY = re.compile(r"^\d{1,2}(?:-[^\W\d_]{1,4})?$")


def _place_and_date(sentence: str) -> bool:
    """A sentence that is only a place and a date (``Ош шаары, 5-май 2023.``)."""
    hits = [h for h in find_dates(sentence) if h.precision in ("day", "month")]
    if not hits or _CLOCK.search(sentence):
        return False
    rest = sentence
    for h in sorted(hits, key=lambda h: -h.start):
        rest = rest[: h.start] + " " + rest[h.end:]
    words = [w.strip(".,:;") for w in rest.split() if w.strip(".,:;–—-")]
    words = [w for w in words if w.casefold() not in _DATE_WORDS and w.casefold() not in _PLACE_WORDS
             and not _ORDINAL_DAY.match(w)]
    return 0 < len(words) <= 3 and all(w[:1].isupper() for w in words) \
        and not any(ch.isdigit() for w in words for ch in w)


def is_caption(line: str) -> bool:
    """A photo caption: a short title without numbers, then only a place and a date.

    >>> is_caption("Участники акции против торговли людьми. Бишкек, 12 мая 2023 г.")
    True
    >>> is_caption("Бишкек, 12 мая 2023 г."), is_caption("Семинар прошёл 12 мая. Бишкек, 12 мая 2023 г.")
    (False, False)
    """
    s = line.strip()
    if len(s) > 200:
        return False
    sents = [s[a:b] for a, b in sentence_spans(s)]
    if len(sents) != 2 or len(sents[0].split()) > 10 or any(ch.isdigit() for ch in sents[0]):
        return False
    return _place_and_date(sents[1])


_LOGO = frozenset(lex.LOGO_WORDS)
_LABEL_WORD = re.compile(r"^(?:[^\w]*[A-ZА-ЯЁƏÖÜİŞÇĞҚҒҰҮӨҲҶ0-9][\w'’.&-]*|of|the|and|for|[-–—|.,:()])$")


def is_logo_caption(line: str) -> bool:
    """An image's alt text naming a logo: a logo word and otherwise only names (capitalised words),
    up to ten words, no sentence end ("International Fund - IF logo. IF", "Логотип МОМ").

    >>> is_logo_caption("Migration Agency - MA logo. MA"), is_logo_caption("Фонд представил новый логотип")
    (True, False)
    """
    words = line.split()
    if len(words) > 10 or re.search(r"[.!?…]$", line):
        return False
    bare = [w.strip(".,:;()").casefold() for w in words]
    logo = [i for i, w in enumerate(bare) if w in _LOGO]
    return bool(logo) and all(_LABEL_WORD.match(w) for i, w in enumerate(words) if i not in logo) \
        and len(words) > len(logo)


_READ_MORE = re.compile(r"(?:(?:…|\.{3}|\[…\]|\[\.{3}\]|\(…\)|\(\.{3}\))\s*((?i:" + "|".join(map(re.escape, lex.READ_MORE))
                        + r"))\s*[»→>]*|\s((?i:" + "|".join(map(re.escape, lex.READ_MORE)) + r"))\s*[»→>]+"
                        + r"|\s([-–—]\s*(?i:" + "|".join(map(re.escape, lex.READ_HERE)) + r")\.?))\s*$")


def read_more_link(line: str) -> str | None:
    """A 'read more' link glued after a cut lead (after an ellipsis, or before an arrow), or None.

    >>> read_more_link("В Оше открылся центр для мигрантов… Подробнее"), read_more_link("Центр открылся. Batafsil →")
    ('Подробнее', 'Batafsil →')
    >>> read_more_link("Участники узнали подробнее") is None, read_more_link("Центр открылся - подробнее читайте здесь.")
    (True, '- подробнее читайте здесь.')
    """
    m = _READ_MORE.search(line[-60:])
    if not m:
        return None
    start = next(m.start(k) for k in (1, 2, 3) if m.group(k))
    return line[len(line) - len(line[-60:]) + start:].strip()
