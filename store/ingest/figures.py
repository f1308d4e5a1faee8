"""Figures: the counts a report is about (people trained, migrants consulted, victims, returnees).

A number counts when a word for people or cases follows it (within three words) or when it is
the value of a "number of participants" label. "более 2300" -> 2300, "около 40.000" ->
40000, "5 миң" -> 5000, "800 миңге жакын" -> 800000, "1,5 млн" -> 1500000. Dates, years, phone
numbers, ordinals ("2-ci", "3-й"), list item numbers and law/article numbers are skipped.
"""
from __future__ import annotations

import re

from .dates import date_spans
from .lexicon.events import (APPROX, AUDIENCE_BEFORE, BREAKDOWN_AFTER, MEN_WORDS, PARTICIPANT_WORDS, PEOPLE_WORDS,
                             WOMEN_WORDS)
from .model import DocContext, Para

_NUM = re.compile(
    r"(?<![\w.,/+№-])(?P<num>\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?![.,]?\d)|\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:[.,]\d+)?)"
    r"(?P<suffix>-[^\W\d_]+)?"
)
_MULT = re.compile(
    r"^\s*(?P<m>тысяч\w*|тыс\.|миң\w*|мың\w*|ming\w*|минг\w*|ҳазор\w*|min(?![^\W\d_])|thousand|"
    r"млн\.?|миллион\w*|million\w*|milyon\w*|mln\.?|млрд\.?|миллиард\w*|billion)",
    re.IGNORECASE,
)
_COUNT_NOUNS = re.compile(
    r"(?:" + "|".join([PEOPLE_WORDS, PARTICIPANT_WORDS, WOMEN_WORDS, MEN_WORDS]) + r"|"
    r"жертв\w*|құрбан\w*|migrant\w*|фуқаро\w*|варақа\w*|сёл|сел(?:а|о|ах)|айыл\w*|ауыл\w*|qishloq\w*|kənd\w*|"
    r"деҳа\w*|villages?|школ\w*|мектеп\w*|maktab\w*|məktəb\w*|schools?|пострадавш\w*|потерпевш\w*|курман\w*|жабырлануучу\w*|жәбірлен\w*|qurban\w*|жабрдида\w*|victims?|"
    r"граждан\w*|жаран\w*|азамат\w*|fuqaro\w*|шаҳрванд\w*|vətəndaş\w*|citizens?|nationals?|"
    r"дет(?:ей|и|ям)|ребен\w*|бала\w*|bola\w*|кӯдак\w*|uşaq\w*|child\w*|"
    r"вернувш\w*|возвращ\w*|репатриант\w*|кайтып|qaytgan\w*|бозгашт\w*|qayıdan\w*|returnees?|"
    r"случа\w*|обращени\w*|кайрылуу\w*|мурожаат\w*|müraciət\w*|cases?|calls?|звонк\w*|консультаци\w*|"
    r"семь\w*|семей|үй-бүлө\w*|oila\w*|оила\w*|ailə\w*|famil\w*|трудящ\w*|работник\w*|ишчи\w*|workers?|"
    r"военнослужащ\w*|осужденн\w*|заключенн\w*|беженц\w*|refugees?|жител\w*|тургун\w*|residents?|"
    r"выпускник\w*|школьник\w*|молод\w*|подрост\w*|youth|women|men|gənc\w*|жаш\w*|yosh\w*|жастар\w*|"
    r"муҳоҷир\w*|muhojir\w*|мухожир\w*|жұмыскер\w*|жумушчу\w*|ishchi\w*|işçi\w*|employees?|"
    r"жалдаушы\w*|работодател\w*|иш\s+берүүчү\w*|employers?|ish\s+beruvchi\w*|işəgötürən\w*|"
    r"материал\w*|публикаци\w*|стат(?:ей|ьи)|news\s+items?|items|articles|stories|reports|"
    r"звонк\w*|қоңырау\w*|чалуу\w*|qo['‘ʻ]ng['‘ʻ]iroq\w*|zəng\w*|занг\w*|"
    r"листовк\w*|буклет\w*|брошюр\w*|leaflets?|booklets?|kitabça\w*|копи\w*|нусха\w*|nüsxə\w*|"
    r"домохозяйств\w*|households?|хонавода\w*|хонадон\w*|xonadon\w*|ailə\w*|"
    r"одам\w*|odam\w*|адамдар\w*|инсон\w*|insan\w*|аъзо\w*|мүчө\w*|members?|"
    r"трудов\w*\s+мигрант\w*|иностран\w*|foreign\w*|чет\s+эл\w*|шетелдік\w*|xorijiy\w*)",
    re.IGNORECASE,
)
_ENTITY = re.compile(r"(?:организаци|НКО|НПО|ННО|ведомств|министерств|уюм|ұйым|tashkilot|ташкилот|təşkilat|"
                     r"organi[sz]ation|NGO|agenc|ministr|stran|стран|өлкө|ел\b|ölkə|mamlakat|давлат|country|countries|"
                     r"район|аймак|облус|облыс|viloyat|rayon|tuman)", re.IGNORECASE)
_LISTED = re.compile(r"^\s*,\s*\d+\s+(?:" + _COUNT_NOUNS.pattern + ")", re.IGNORECASE)
_GROUPED = re.compile(r"\d{1,3}(?:[ .]\d{3})+|\d{1,3}(?:,\d{3})+")
_SPACE_GROUPED = re.compile(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+")
_YEARLIKE = re.compile(r"(?:19|20)\d\d")
_UNIT = re.compile(r"^\s*(?:%|процент\w*|пайыз\w*|faiz\w*|foiz\w*|percent|сом\w*|тенге|теңге|доллар\w*|"
                   r"USD|долл\.|евро|manat\w*|сомон\w*|so['‘ʻ]m|рубл\w*|руб\.|km|км|кг|kg|тонн\w*|га\b|"
                   r"лет|год\w*|жыл\w*|yil\w*|il\b|ил\b|years?|месяц\w*|ай\w*|oy\w*|ay\w*|months?|"
                   r"дн\w*|день|күн\w*|kun\w*|gün\w*|days?|час\w*|саат\w*|soat\w*|saat\w*|hours?|минут\w*|"
                   r"раз\w*|марта|апреля|мая|июня|июля)(?![^\W\d_])", re.IGNORECASE)
_LABEL_BEFORE = re.compile(
    r"(?:" + PARTICIPANT_WORDS + r"|" + PEOPLE_WORDS + r")\s*(?:саны|число|количество|sayı|soni|сони|шумора|"
    r"саны|number|count)?\**\s*[:—–-]?\**\s*$",
    re.IGNORECASE,
)
_SKIP_BEFORE = re.compile(r"(?:№|(?-i:(?<![^\W\d_])N)|(?<![^\W\d_])(?:стать[яиеюё]\w*|стат\.|ст\.|пункт\w*|закон\w*|article|maddə\w*|модда\w*|"
                          r"берене\w*|бап\w*|тел\.?|phone|факс|fax|номер\w*)|\+)\s*:?\s*$", re.IGNORECASE)
_PHONE = re.compile(r"(?:\+|\b)\d[\d\s()\u00a0-]{7,}\d")
_AUDIENCE = re.compile(AUDIENCE_BEFORE, re.IGNORECASE)
_BREAKDOWN = re.compile(BREAKDOWN_AFTER, re.IGNORECASE)
_APPROX_BEFORE = re.compile(r"(?:" + APPROX + r"|беш\s+аз|at\s+least|не\s+менее|кем\s+дегенде)\s*$", re.IGNORECASE)
_APPROX_AFTER = re.compile(r"^(?:-?[^\W\d_]{0,4})?\s*(?:nafar|нафар|nəfər|kishi|киши|адам|кісі)?(?:çox|dən\s+çox|dən\s+artıq|ortiq|ziyod|зиёд|артық|ортиқ|зиёда|ашык|жакын|чамасы|ашуун|астам|жуық|шамасы|ga\s+yaqin|"
                           r"dan\s+ortiq|dan\s+çox|ə\s+yaxın|yaxın|дан\s+зиёд|зиёда)", re.IGNORECASE)
_MULTIPLIER = {"тыс": 1000, "миң": 1000, "мың": 1000, "min": 1000, "минг": 1000, "ming": 1000, "ҳазор": 1000,
               "thousand": 1000, "млн": 10**6, "миллион": 10**6, "million": 10**6, "milyon": 10**6, "mln": 10**6,
               "млрд": 10**9, "миллиард": 10**9, "billion": 10**9}


_CLASSIFIER = re.compile(r"nafar|нафар|nəfər|кас|киши|kishi|человек|person|persons|people", re.IGNORECASE)
_EN_UNITS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen "
                                        "fourteen fifteen sixteen seventeen eighteen nineteen".split())}
_EN_TENS = {w: 10 * i for i, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if i > 1}
_EN_WORDS = re.compile(r"(?<![\w-])(?P<w>(?:" + "|".join(_EN_TENS) + r")(?:[- ](?:" + "|".join(list(_EN_UNITS)[1:10])
                       + r"))?|" + "|".join(sorted(_EN_UNITS, key=len, reverse=True)) + r")(?![\w-])", re.IGNORECASE)


def en_number(words: str) -> int | None:
    """``en_number("Twenty-two") -> 22``."""
    parts = re.split(r"[- ]", words.lower())
    total = 0
    for p in parts:
        if p in _EN_TENS:
            total += _EN_TENS[p]
        elif p in _EN_UNITS:
            total += _EN_UNITS[p]
        else:
            return None
    return total


def parse_number(raw: str) -> float | None:
    """``parse_number("100.000") -> 100000.0``; ``parse_number("1,5") -> 1.5``."""
    s = raw.replace("\u00a0", " ").replace("\u202f", " ")
    if _GROUPED.fullmatch(s):
        return float(re.sub(r"[ .,]", "", s))
    try:
        return float(s.replace(",", "."))
    except ValueError:
        return None


def _multiplier(word: str) -> int:
    low = word.casefold()
    for stem, factor in _MULTIPLIER.items():
        if low.startswith(stem):
            return factor
    return 1


def find_figures(text: str, lang: str = "") -> list[dict]:
    """Counts in one paragraph: ``[{"value", "start", "end", "approx", "noun"}]``.

    >>> [f["value"] for f in find_figures("Более 250 сотрудников прошли обучение в 2023 году")]
    [250]
    """
    skip = date_spans(text)
    skip += [(m.start(), m.end()) for m in _PHONE.finditer(text)
             if len(re.findall(r"\d+", m.group(0))) >= 3 and len(re.sub(r"\D", "", m.group(0))) >= 7
             and not _SPACE_GROUPED.fullmatch(m.group(0).strip())]
    skipped = bytearray(len(text) + 1)  # characters inside a date or a phone number
    for a, b in skip:
        skipped[a:b] = b"\x01" * (b - a)
    lead = len(text) - len(text.lstrip())
    out = []
    matches = list(_NUM.finditer(text))
    if lang in ("en", ""):
        matches += [m for m in _EN_WORDS.finditer(text) if m.group("w").lower() not in ("one", "zero")]
        matches.sort(key=lambda m: m.start())
    for m in matches:
        if "w" in m.groupdict():
            s, e = m.start("w"), m.end("w")
            raw = str(en_number(m.group("w")))
            suffix = None
        else:
            s, e = m.start("num"), m.end("num")
        if skipped[s]:
            continue
        if "w" not in m.groupdict():
            raw = m.group("num")
            suffix = m.group("suffix")
        before = text[max(0, s - 30):s]
        if _SKIP_BEFORE.search(before):
            continue
        if s <= lead and text[e:e + 1] in (".", ")"):
            continue  # a list item number
        if _YEARLIKE.fullmatch(raw) and not suffix:
            continue  # a bare year-like number is not a count here
        value = parse_number(raw)
        if value is None:
            continue
        rest_start = e
        if suffix:
            if not _APPROX_AFTER.match(text[e:e + 30]):
                continue  # ordinals and case endings on numbers: "2-ci", "3-й", "5-класс"
            rest_start = e + len(suffix)
        mult = _MULT.match(text[rest_start:rest_start + 20])
        if mult:
            if mult.group("m").casefold() == "min" and lang not in ("az", ""):
                mult = None
            else:
                value *= _multiplier(mult.group("m"))
                rest_start += mult.end()
        tail = text[rest_start:rest_start + 60]
        if _UNIT.match(tail):
            continue
        approx = bool(_APPROX_BEFORE.search(before)) or bool(_APPROX_AFTER.match(text[e:e + 30]))
        approx_m = _APPROX_AFTER.match(tail)
        tail_words = tail[approx_m.end():] if approx_m else tail
        tail_words = re.split(r"\d", tail_words, maxsplit=1)[0]
        words = re.findall(r"[^\W\d_][\w'‘’ʻ-]*", tail_words)[:3]
        nouns = [w for w in words if _COUNT_NOUNS.fullmatch(w)]
        noun = nouns[0] if nouns else None
        # "15 qeyri-hökumət təşkilatının nümayəndələri", "12 НКО": bodies are counted, not people
        entity = bool(noun) and any(_ENTITY.match(w) for w in words[:words.index(noun)])
        if noun and _CLASSIFIER.fullmatch(noun) and len(nouns) > 1:
            noun = nouns[1]  # "29 nafar ayol": the classifier gives way to the noun after it
        labelled = bool(_LABEL_BEFORE.search(before))
        listed = bool(_LISTED.match(tail))
        breakdown = bool(_BREAKDOWN.match((tail[approx_m.end():] if approx_m else tail).lstrip()))
        if noun is None and breakdown and words:
            noun = words[0]  # "36 caseworkers, 22 of them women": whoever they are, they are people
        if noun is None and not labelled and not listed:
            continue
        if value != int(value) and value < 100:
            continue  # "1,5" without a multiplier is a rate, not a count
        out.append({"value": int(value) if value == int(value) else value, "start": s, "end": rest_start,
                    "approx": approx, "noun": noun, "labelled": labelled, "breakdown": breakdown, "entity": entity,
                    "audience": bool(_AUDIENCE.search(text[max(0, s - 60):s]))})
    return out


def _context(text: str, s: int, e: int, width: int = 60) -> str:
    a = max(0, s - width)
    b = min(len(text), e + width)
    while a > 0 and not text[a - 1].isspace():
        a -= 1
    while b < len(text) and not text[b].isspace():
        b += 1
    return " ".join(text[a:b].split())


def extract_figures(paras: list[Para], ctx: DocContext) -> list[dict]:
    """Figures of a document: ``{"value", "text", "paragraph_id"}``, one per number and paragraph."""
    out = []
    for p in paras:
        seen = set()
        for f in find_figures(p.text, p.lang):
            if f["value"] in seen:
                continue
            seen.add(f["value"])
            out.append({"value": f["value"], "text": _context(p.text, f["start"], f["end"]), "paragraph_id": p.id})
    return out
