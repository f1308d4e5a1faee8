"""Dates in the text, in every language of the genre, at the precision the text gives.

Rules (one regex family for all languages, month words from ``lexicon/months.py``):

* day + month (+ year): "12 апреля 2023 г.", "2023-жылдын 12-апрелинде", "2022-жылдын 9-май күнү",
  "2023 жылғы 12 сәуірде", "2023 yilning 5 iyun kuni", "15 марти 2023", "Oktyabrın 12-də",
  "2023-cü il oktyabrın 12-də", "3 June 2019", "March 15, 2023"; ranges give their start day;
* numeric: "12.04.2023", "2023-04-12";
* month + year: "в марте 2024 года" -> "2024-03";
* a year with a year word: "в 2019 году", "2015-жылдан" -> "2019" (a year, never from a bare count);
* relative words ("сегодня", "кечээ", "bu gün", "today") and weekdays ("в среду", "on Tuesday",
  "шаршемби күнү": the last such day) resolved only against a full publication date; a bare day and month takes its year from the publication date, else it is dropped.

Russian paragraphs that name a month but match none of the rules go through natasha's
``DatesExtractor`` as a fallback.
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from .lexicon.grammar import grammar_for
from .lexicon.months import (DAY_ENDINGS, DAY_ORDINALS_BEFORE, DAY_RANGE_WORDS, MONTHS, RELATIVE_DAYS, SHORT_LATIN,
                             WEEKDAYS, YEAR_LINKS, YEAR_PLURALS, YEAR_WORDS)
from .alternation import by_first_letter, with_first_chars
from .doc import per_text
from .spans import Disjoint, Spans


@dataclass(frozen=True, slots=True)
class DateHit:
    """One date found in a text. ``value`` is None for a relative word with no publication date."""

    value: str | None  # "YYYY-MM-DD", "YYYY-MM", "YYYY" or None
    start: int
    end: int
    precision: str  # "day" | "month" | "year" | "relative"


def _month_regex() -> tuple[re.Pattern[str], dict[str, int]]:
    stems: dict[str, int] = {}
    for month, by_script in MONTHS.items():
        for words in by_script.values():
            for w in words:
                stems[w] = month
    long_ = sorted((s for s in stems if s not in SHORT_LATIN), key=len, reverse=True)
    short = sorted(SHORT_LATIN, key=len, reverse=True)
    pattern = (
        r"(?<![^\W\d_])(?:(?P<long>" + by_first_letter(long_, re.IGNORECASE) + r")[^\W\d_]*"
        r"|(?P<short>" + by_first_letter(short, re.IGNORECASE) + r")\.?(?![^\W\d_]))"
    )
    return with_first_chars(pattern, re.IGNORECASE), stems


_MONTH, _STEMS = _month_regex()
_DAY_BEFORE = re.compile(
    r"(?:(?:\b[сc]\s+|\bfrom\s+)?(?<![\d.,/:])(?P<day>\d{1,2})(?:\s*(?:[-–—]|" + DAY_RANGE_WORDS + r"|,)\s*\d{1,2})?\s*-?\s*"
    r"(?:(?:[-–—]|по|to)\s*\d{1,2}\s*-?\s*)?(?:(?:" + DAY_ORDINALS_BEFORE + r")\s+)?)$",
    re.IGNORECASE,
)
# "September 18, 24 and 26, 2019": more days of the month may follow the first before the year
_DAY_AFTER = re.compile(
    r"^\s+(?P<day>\d{1,2})(?!\d)(?:\s*-?\s*(?:" + DAY_ENDINGS + r"))?(?![^\W\d_])"
    r"(?:\s*(?:,|[-–—]|(?:" + DAY_RANGE_WORDS + r")(?![^\W\d_]))\s*\d{1,2}(?!\d)(?:\s*-?\s*(?:" + DAY_ENDINGS
    + r"))?(?![^\W\d_]))*",
    re.IGNORECASE,
)
_YEAR_AFTER = re.compile(
    r"^\s*,?\s*(?:(?:" + YEAR_LINKS + r")\s+)?(?P<year>(?:19|20)\d\d)(?![\d.,]\d)(?!\d)", re.IGNORECASE
)
_YEAR_BEFORE = re.compile(
    r"(?<![\d.,])(?P<year>(?:19|20)\d\d)\s*[-‐]?\s*(?:(?:" + YEAR_WORDS + r")\s*,?\s*)?[-‐]?\s*$", re.IGNORECASE
)
_NUMERIC = with_first_chars(r"(?<![\d.,/])(\d{1,2})[./](\d{1,2})[./]((?:19|20)\d\d)(?![\d])")
_ISO = with_first_chars(r"(?<![\d-])((?:19|20)\d\d)-(\d{2})-(\d{2})(?!\d)")
_YEAR_ONLY = with_first_chars(
    r"(?<![\d.,/-])((?:19|20)\d\d)(?:\s*[-–]\s*(?:19|20)?\d\d)?\s*-?\s*(?:" + YEAR_WORDS
    + r"|" + YEAR_PLURALS + r")[^\W\d_]*",
    re.IGNORECASE,
)
_RELATIVE = with_first_chars(
    r"(?<![^\W\d_])(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(RELATIVE_DAYS, key=len, reverse=True))
    + r")(?![^\W\d_])",
    re.IGNORECASE,
)
# "в среду", "on Tuesday", "шаршемби күнү": a day of the report's week, one group per weekday
_WEEKDAY = with_first_chars(
    r"(?<![^\W\d_])(?:" + "|".join(f"(?P<d{day}>" + "|".join(words) + ")" for day, words in WEEKDAYS.items())
    + r")(?![^\W\d_])",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
_LATIN = re.compile(r"[A-Za-zƏəİıŞşĞğÇçÖöÜü]")


class Published(NamedTuple):
    """A publication date's parts, None where it does not say."""

    year: int | None
    month: int | None
    day: int | None


def parse_published(published: str | None) -> Published:
    """``parse_published("2022-07") -> Published(year=2022, month=7, day=None)``."""
    if not published:
        return Published(None, None, None)
    parts = published.split("-")
    try:
        nums: list[int | None] = [int(p) for p in parts[:3]]
    except ValueError:
        return Published(None, None, None)
    nums += [None] * (3 - len(nums))
    return Published(nums[0], nums[1], nums[2])


def _iso(y: int | None, m: int | None = None, d: int | None = None) -> str | None:
    if y is None or not 1900 <= y <= 2100:
        return None
    if m is None:
        return f"{y:04d}"
    if not 1 <= m <= 12:
        return None
    if d is None:
        return f"{y:04d}-{m:02d}"
    try:
        _dt.date(y, m, d)
    except ValueError:
        return None
    return f"{y:04d}-{m:02d}-{d:02d}"


def _year_from_published(month: int, published: str | None) -> int | None:
    """The year of a bare day and month: the publication year (the year before for a late month)."""
    py, pm, _ = parse_published(published)
    if py is None:
        return None
    if pm is not None and month > pm + 3:
        return py - 1
    return py


def _month_of(m: re.Match[str]) -> int:
    key = (m.group("long") or m.group("short")).lower()
    return _STEMS.get(key) or _STEMS[key.replace("i̇", "i")]


@lru_cache(maxsize=8)
def _month_words(text: str) -> tuple[re.Match[str], ...]:
    """The month words of *text*: the dates' rules and the figures' skipping read them from one scan."""
    return tuple(_MONTH.finditer(text))


def _month_hits(text: str, published: str | None) -> list[DateHit]:
    hits: list[DateHit] = []
    for m in _month_words(text):
        month = _month_of(m)
        s, e = m.start(), m.end()
        pre = text[max(0, s - 40):s]
        day = None
        start = s
        db = _DAY_BEFORE.search(pre)
        if db:
            day = int(db.group("day"))
            start = s - (len(pre) - db.start())
        end = e
        if day is None and _LATIN.search(m.group(0)):
            da = _DAY_AFTER.match(text[e:e + 20])
            if da:
                day = int(da.group("day"))
                end = e + da.end()
        year = None
        ya = _YEAR_AFTER.match(text[end:end + 20])
        if ya:
            year = int(ya.group("year"))
            end = end + ya.end()
        else:
            yb = _YEAR_BEFORE.search(text[max(0, start - 30):start])
            if yb:
                year = int(yb.group("year"))
                start = start - (min(30, start) - yb.start())
        if day is not None and not 1 <= day <= 31:
            day = None
        if year is None and day is not None:
            year = _year_from_published(month, published)
        if year is None:
            continue
        if day is None:
            value = _iso(year, month)
            if value:
                hits.append(DateHit(value, start, end, "month"))
        else:
            value = _iso(year, month, day)
            if value:
                hits.append(DateHit(value, start, end, "day"))
    return hits


def _natasha_hits(text: str) -> list[DateHit]:
    from .nlp import dates_extractor

    out = []
    for match in dates_extractor()(text):
        fact = match.fact
        if fact.year and fact.month and fact.day:
            value = _iso(fact.year, fact.month, fact.day)
            if value:
                out.append(DateHit(value, match.start, match.stop, "day"))
    return out


def _relative_value(word: str, published: str | None) -> str | None:
    py, pm, pd = parse_published(published)
    if py is None or pm is None or pd is None:
        return None
    offset = RELATIVE_DAYS.get(" ".join(word.lower().split()), 0)
    try:
        day = _dt.date(py, pm, pd) + _dt.timedelta(days=offset)
    except ValueError:
        return None
    return day.isoformat()


def names_a_day(text: str) -> bool:
    """Whether *text* holds a digit, a relative day word or a weekday (anything ``find_dates`` may read).

    >>> names_a_day("Встреча прошла в среду."), names_a_day("Встреча прошла в школе.")
    (True, False)
    """
    return bool(_DIGIT.search(text) or _RELATIVE.search(text) or _WEEKDAY.search(text))


def _weekday_value(weekday: int, published: str | None) -> str | None:
    """The last day named *weekday* (Monday = 0) on or before a full publication date, else None.

    >>> _weekday_value(2, "2014-10-22"), _weekday_value(0, "2014-10-22"), _weekday_value(0, "2014-10")
    ('2014-10-22', '2014-10-20', None)
    """
    py, pm, pd = parse_published(published)
    if py is None or pm is None or pd is None:
        return None
    try:
        day = _dt.date(py, pm, pd)
    except ValueError:
        return None
    return (day - _dt.timedelta(days=(day.weekday() - weekday) % 7)).isoformat()


_DIGIT_BEFORE = re.compile(r"\d\D{0,4}$")
_DIGIT_AFTER = re.compile(r"^\D{0,3}\d")


def _uncovered_month(text: str, hits: list[DateHit]) -> bool:
    """A month word with a number beside it that no rule has read (natasha then gets a look)."""
    read = Spans((h.start, h.end) for h in hits)
    for m in _month_words(text):
        if read.covers(m.start()):
            continue
        if _DIGIT_BEFORE.search(text[max(0, m.start() - 6):m.start()]) or _DIGIT_AFTER.match(text[m.end():m.end() + 6]):
            return True
    return False


def find_dates(text: str, lang: str = "", published: str | None = None) -> list[DateHit]:
    """Every date in *text*, in text order, overlaps resolved in favour of the more precise.

    >>> [h.value for h in find_dates("2023-жылдын 12-апрелинде Нарын шаарында")]
    ['2023-04-12']
    """
    return list(_find_dates(text, lang, published))


@per_text(8192)
def _find_dates(text: str, lang: str, published: str | None) -> tuple[DateHit, ...]:
    hits = _month_hits(text, published)
    for m in _NUMERIC.finditer(text):
        value = _iso(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        if value:
            hits.append(DateHit(value, m.start(), m.end(), "day"))
    for m in _ISO.finditer(text):
        value = _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if value:
            hits.append(DateHit(value, m.start(), m.end(), "day"))
    if grammar_for(lang).analyser and _uncovered_month(text, hits):
        read, added = Spans((h.start, h.end) for h in hits), Disjoint()
        for h in _natasha_hits(text):
            if not read.overlaps(h.start, h.end) and not added.overlaps(h.start, h.end):
                hits.append(h)
                added.add(h.start, h.end)
    for m in _YEAR_ONLY.finditer(text):
        hits.append(DateHit(_iso(int(m.group(1))), m.start(), m.end(), "year"))
    for m in _RELATIVE.finditer(text):
        hits.append(DateHit(_relative_value(m.group(0), published), m.start(), m.end(), "relative"))
    for m in _WEEKDAY.finditer(text):
        weekday = int((m.lastgroup or "d0")[1:])
        hits.append(DateHit(_weekday_value(weekday, published), m.start(), m.end(), "relative"))
    rank = {"day": 0, "month": 1, "relative": 2, "year": 3}
    hits.sort(key=lambda h: (rank[h.precision], h.start))
    kept: list[DateHit] = []
    taken = Disjoint()
    for h in hits:
        if taken.overlaps(h.start, h.end):
            continue
        kept.append(h)
        taken.add(h.start, h.end)
    kept.sort(key=lambda h: h.start)
    return tuple(kept)


def date_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of every date or year expression (for figures to skip)."""
    spans = [(h.start, h.end) for h in find_dates(text, "", None) if h.precision != "relative"]
    for m in _month_words(text):  # bare "6 марта" without a known year is still a date
        pre = text[max(0, m.start() - 8):m.start()]
        db = _DAY_BEFORE.search(pre)
        if db:
            spans.append((m.start() - (len(pre) - db.start()), m.end()))
        elif _LATIN.search(m.group(0)):
            da = _DAY_AFTER.match(text[m.end():m.end() + 20])
            if da:
                spans.append((m.start(), m.end() + da.end()))
    return spans


_SHORT_NUMERIC = re.compile(r"(?<![\d.,])(?<!\d/)(\d{1,2})\.(\d{1,2})\.(\d\d)(?![\d.]\d)")
_DATELINE_END = ".–—-:/("  # "…, 5 мая 2024 г. —", "…, 05.03.25 /Agency/.", "…, 3 April 2025 (Agency) —"
_DATELINE_HEAD = re.compile(r"^\s*(?:[^\W\d_][\w‘’'`.-]*\s*){1,4}[,/]\s*$")  # "Нарын, 04.03.25", "Баку/04.03.25/"


def dateline(text: str, lang: str = "") -> str | None:
    """The full date of a news dateline opening *text* ("Ош, 5 мая 2024 года. ...", "OSH, 14 May 2025 –").

    A place of one to four words, a comma, a day-precise date, then the end of the sentence or a
    dash: the day the report was filed. Anything else (a date inside a sentence) is not a dateline.

    >>> dateline("Джалал-Абад, 21 ноября 2025 года. Сегодня в библиотеке прошла встреча.")
    '2025-11-21'
    >>> dateline("В Оше 21 ноября 2025 года прошла встреча.") is None
    True
    >>> dateline("Нарын, 04.03.25 /Агентство/. Сегодня в мэрии прошла встреча.")
    '2025-03-04'
    >>> dateline("Нарын, 04.03.25. /Агентство/. Бүгүн шаарда жолугушуу болду.")
    '2025-03-04'
    >>> dateline("Нарын/04.03.25/Агентство: Бүгүн шаарда жолугушуу болду.")
    '2025-03-04'
    """
    head = text[:120]
    short = _SHORT_NUMERIC.search(head)  # "Нарын, 05.03.25 /Agency/.": agencies write a two-digit year
    if short and _DATELINE_HEAD.match(head[:short.start()]):
        value = _iso(2000 + int(short.group(3)), int(short.group(2)), int(short.group(1)))
        rest = head[short.end():].lstrip()
        if value and (not rest or rest[0] in _DATELINE_END):
            return value
    for h in find_dates(head, lang):
        if h.precision != "day":
            continue
        if not _DATELINE_HEAD.match(head[:h.start]):
            return None
        rest = head[h.end:].lstrip()
        rest = re.sub(r"^(?:года|г\.|жыл[ыд]\w*|yil\w*|il\w*)\s*", "", rest, flags=re.I)
        return h.value if not rest or rest[0] in _DATELINE_END else None
    return None


# "Bishkek – On 3 May, …", "Osh– The ministry …": a capitalised place of one or two words and a dash
_DATELINE_DASH = re.compile(r"^\s*(?P<place>[A-ZА-ЯЁ][\w‘’'`.-]*(?:\s+[A-ZА-ЯЁ][\w‘’'`.-]*)?)\s*[—–]\s*(?=[A-ZА-ЯЁ])")
# A dateline's opening even when its date has no year: one to three words, a comma, a day and a month word.
_DATELINE_OPEN = re.compile(r"^\s*(?:[^\W\d_][\w‘’'`.-]*\s*){1,3},\s*\d{1,2}(?:\s+|-)[^\W\d_]{3,}(?:\.|\s*[—–-])")
# A dateline of the place alone, in capitals, before the lead ("БИШКЕК. Министр …", "OSH — The …").
_CAPS_OPEN = re.compile(r"^\s*(?P<place>[^\W\d_a-zа-яёөүңқғұәіҳҷӯəışçğöü][^\W\d_a-zа-яёөүңқғұәіҳҷӯəışçğöü]{2,}"
                        r"(?:[\s-][^\W\d_a-zа-яёөүңқғұәіҳҷӯəışçğöü]{2,})?)\s*[.—–]\s")


def dateline_head(text: str, lang: str = "") -> str | None:
    """The place words of a news dateline opening *text*, its date with or without a year.

    >>> dateline_head("НАРЫН, 12 мар — Агентство. Министр принял делегацию."), dateline_head("В Оше прошла встреча.")
    ('НАРЫН', None)
    >>> dateline_head("Karakol– On 3 May the centre opened.")
    'Karakol'
    >>> dateline_head("ТАЛАС, 5-май. /Агенттик/. Жолугушуу болду."), dateline_head("ТАЛАС. Жолугушуу болду.")
    ('ТАЛАС', 'ТАЛАС')
    """
    if dateline(text, lang) or _DATELINE_OPEN.match(text):
        return re.split(r"[,/]", text, maxsplit=1)[0]
    opening = _DATELINE_DASH.match(text) or _CAPS_OPEN.match(text)
    return opening.group("place") if opening else None
