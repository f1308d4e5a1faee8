"""Figures: the counts a report is about (people trained, migrants consulted, victims, returnees).

Numbers are read by ``numbers.read_numbers`` ("более 2300", "около 40.000", "1 миң 300",
"800 миңге жакын", "1,5 млн", "более двухсот"). One counts when a word for people or cases follows
it (within three words), when it is the value of a "number of participants" label or of "the
number of <people> reached", a share of people counted before it ("алардын 500 миңи", "…, 130-ы"), or
compared with such a count. Dates, years, phone numbers, ordinals ("2-ci", "3-й"), list item
numbers, law/article numbers, numbered names ("28 saylı"), money, rates and units are skipped.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .alternation import with_first_chars
from .dates import date_spans
from .doc import Doc, per_text, sentence_spans
from .lexicon.events import (APPROX, AUDIENCE_BEFORE, BREAKDOWN_AFTER, MEN_WORDS, PARTICIPANT_WORDS, PEOPLE_WORDS,
                             SHARE_WORDS, WOMEN_WORDS)
from .lexicon.numbers import COUNTED_NOUNS, POSSESSIVE_ENDING
from .model import Figure
from .numbers import read_numbers, vague_scale

_COUNT_NOUNS = re.compile(
    r"(?:" + "|".join([PEOPLE_WORDS, PARTICIPANT_WORDS, WOMEN_WORDS, MEN_WORDS]) + r"|"
    r"жертв\w*|құрбан\w*|migrant\w*|фуқаро\w*|варақа\w*|сёл|сел(?:а|о|ах)|айыл\w*|ауыл\w*|qishloq\w*|kənd\w*|"
    r"деҳа\w*|villages?|школ\w*|мектеп\w*|maktab\w*|məktəb\w*|schools?|пострадавш\w*|потерпевш\w*|курман\w*|жабырлануучу\w*|жәбірлен\w*|qurban\w*|жабрдида\w*|victims?|"
    r"граждан\w*|жаран\w*|азамат\w*|fuqaro\w*|шаҳрванд\w*|vətəndaş\w*|citizens?|nationals?|"
    r"дет(?:ей|и|ям)|ребен\w*|бала\w*|bola\w*|кӯдак\w*|uşaq\w*|child\w*|"
    r"вернувш\w*|возвращ\w*|репатриант\w*|кайтып|qaytgan\w*|бозгашт\w*|qayıdan\w*|returnees?|"
    r"случа\w*|обращени\w*|кайрылуу\w*|мурожаат\w*|müraciət\w*|cases?|calls?|звонк\w*|консультаци(?:й|и|ю|я|ям|ями|ях)|"
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
    r"трудов\w*\s+мигрант\w*|иностран\w*|foreign\w*|чет\s+эл\w*|шетелдік\w*|xorijiy\w*|" + COUNTED_NOUNS + ")",
    re.IGNORECASE,
)
_ENTITY = re.compile(r"(?:организаци|НКО|НПО|ННО|ведомств|министерств|уюм|ұйым|tashkilot|ташкилот|təşkilat|"
                     r"organi[sz]ation|NGO|agenc|ministr|stran|стран|өлкө|ел\b|ölkə|mamlakat|давлат|country|countries|"
                     r"район|аймак|облус|облыс|viloyat|rayon|tuman)", re.IGNORECASE)
_LISTED = re.compile(r"^\s*,\s*\d+\s+(?:" + _COUNT_NOUNS.pattern + ")", re.IGNORECASE)
_SPACE_GROUPED = re.compile(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+")
_YEARLIKE = re.compile(r"(?:19|20)\d\d")
_UNIT = re.compile(r"^\s*(?:%|процент\w*|пайыз\w*|faiz\w*|foiz\w*|percent|сом\w*|тенге|теңге|доллар\w*|"
                   r"USD|долл\.|евро|manat\w*|сомон\w*|so['‘ʻ]m|сўм\w*|рубл\w*|руб\.|фоиз\w*|dollars?|euros?|EUR|tenge|"
                   r"soums?|somoni|rubles?|roubles?|manats?|лари|просмотр\w*|views|km|км|кг|kg|тонн\w*|га\b|"
                   r"лет|год\w*|жыл\w*|yil\w*|йил\w*|сол(?:а|и|ҳо)?|il\b|ил\b|years?|"
                   r"месяц\w*|ай\w*|oy\w*|ой\w*|моҳ\w*|ay\w*|months?|"
                   r"недел\w*|апта\w*|hafta\w*|ҳафта\w*|həftə\w*|weeks?|"
                   r"дн\w*|день|күн\w*|кун\w*|рӯз\w*|kun\w*|gün\w*|days?|"
                   r"час\w*|саат\w*|soat\w*|соат\w*|saat\w*|hours?|минут\w*|"
                   r"раз\w*|марта|апреля|мая|июня|июля)(?![^\W\d_])", re.IGNORECASE)
_LABEL_BEFORE = with_first_chars(
    r"(?:" + PARTICIPANT_WORDS + r"|" + PEOPLE_WORDS + r")\s*(?:саны|число|количество|sayı|soni|сони|шумора|"
    r"саны|number|count)?\**\s*[:—–-]?\**\s*$",
    re.IGNORECASE,
)
_SKIP_BEFORE = with_first_chars(r"(?:№|(?-i:(?<![^\W\d_])N)|(?<![^\W\d_])(?:стать[яиеюё]\w*|стат\.|ст\.|пункт\w*|закон\w*|article|maddə\w*|модда\w*|"
                          r"берене\w*|бап\w*|тел\.?|phone|факс|fax|номер\w*|просмотр\w*|views?|page|стр\.)|\+|[$€₽£]|"
                          r"(?<![^\W\d_])(?:USD|EUR|RUB|KGS|KZT|UZS|TJS|AZN))\s*:?\s*$", re.IGNORECASE)
# What makes a number a name, not a count: "28 saylı məktəb", "5 nömrəli", "12-sonli maktab", a phone line;
# and a count of the member states of a body, which is about the body, not the report.
_NAME_AFTER = re.compile(r"^\s*(?:saylı|sayli|nömrəli|номерли|нөмірлі|рақамли|raqamli|sonli|сонли|"
                         r"member\s+(?:states|countries|nations)|государств\w*[- ]член\w*|стран\w*[- ]член\w*|"
                         r"мүчө\s+мамлекет\w*|мүше\s+мемлекет\w*|a['‘ʻ’]zo\s+davlat\w*|üzv\s+dövlət\w*|"
                         # a phone line's number with a Turkic or Tajik case ending: "102 номерине", "1414 рақамига"
                         r"номери\w*|номерге|номерде|нөмір\w*|nömrə\w*|raqam\w*|рақам\w*)"
                         r"(?![^\W\d_])", re.IGNORECASE)
# A part of people counted just before: "алардын 500 миңи", "в том числе 12", "десять из них", "40 of them".
_SHARE_BEFORE = with_first_chars(r"(?<![^\W\d_])(?:" + SHARE_WORDS + r"|среди\s+них|among\s+them)\s*[:—–-]?\s*$", re.IGNORECASE)
_SHARE_AFTER = re.compile(r"^\s*[—–-]?\s*(?:из\s+них|of\s+(?:them|whom)|аз\s+онҳо|улардан|шулардан|onlardan|"
                          r"олардың\s+ішінде|алардын\s+ичинен)(?![^\W\d_])", re.IGNORECASE)
# Two numbers of the same noun: "312 out of 356 victims", "from 150 to 300 migrants", "5 и 7 лет".
_PAIRED = re.compile(r"\s+(?:out\s+of|of|из|to|до|and|и|or|или)\s+", re.IGNORECASE)
_COMPARED = with_first_chars(r"(?:compared\s+(?:to|with)|against|versus|vs\.|по\s+сравнению\s+с|в\s+сравнении\s+с|против)\s+"
                       r"(?:(?:" + APPROX + r")\s+)?$", re.IGNORECASE)
# "the number of migrant workers reached 7.8 million", "число пострадавших составило 171".
_NUMBER_OF = with_first_chars(r"(?:number|total|число|количество|численность)\s+(?:of\s+)?(?P<what>(?:[\w'’-]+\s+){1,8}?)"
                        r"(?:has\s+|have\s+)?(?:reached|was|were|stood\s+at|totall?ed|exceeded|amounted\s+to|"
                        r"rose\s+to|grew\s+to|fell\s+to|составил\w*|составляет|достиг\w*|превысил\w*|превышает|"
                        r"вырос\w*\s+до|сократил\w*\s+до)\s+(?:(?:" + APPROX + r")\s+)?$", re.IGNORECASE)
_ARTICLE_END = re.compile(r"(?<![^\W\d_])an?\s*$", re.IGNORECASE)  # "over a million"
_RATIO_BEFORE = re.compile(r"(?<![\w.,])(?:one|\d+)\s+in\s+$", re.IGNORECASE)
_PHONE = re.compile(r"(?:\+|\b)\d[\d\s()\u00a0-]{7,}\d")
_AUDIENCE = with_first_chars(AUDIENCE_BEFORE, re.IGNORECASE)
_BREAKDOWN = re.compile(BREAKDOWN_AFTER, re.IGNORECASE)
_APPROX_BEFORE = with_first_chars(r"(?:" + APPROX + r"|беш\s+аз|at\s+least|не\s+менее|кем\s+дегенде)\s*$", re.IGNORECASE)
_APPROX_AFTER = re.compile(r"^(?:-?[^\W\d_]{0,4})?\s*(?:nafar|нафар|nəfər|kishi|киши|адам|кісі)?(?:çox|dən\s+çox|dən\s+artıq|ortiq|ziyod|зиёд|артық|ортиқ|зиёда|ашык|жакын|чамасы|ашуун|астам|жуық|шамасы|ga\s+yaqin|"
                           r"dan\s+ortiq|dan\s+çox|ə\s+yaxın|yaxın|дан\s+зиёд|зиёда)", re.IGNORECASE)
_POSSESSIVE = re.compile(POSSESSIVE_ENDING, re.IGNORECASE)
_CLASSIFIER = re.compile(r"nafar|нафар|nəfər|кас|киши|kishi|человек|person|persons|people", re.IGNORECASE)


# A Russian participle standing for people: "15 задержанных в аэропорту", "40 депортированных.",
# "171 пострадавшего," — it is a noun when no noun follows it (a preposition, a conjunction, a
# verb's punctuation or the end), not in "5 выделенных грантов".
_PARTICIPLE = re.compile(r"^\s*(?P<w>[а-яё]+(?:вш|нн|ем|им|ащ|ящ|ущ|ющ)(?:ых|их|ые|ие|ого|его|ый|ий))"
                         r"(?=\s*(?:[,.;:!?)»—–]|$|(?:в|во|из|на|с|со|по|за|к|от|у|и|или|были|было|был|стали)\s))")


def _participle_noun(tail: str) -> str | None:
    """The participle right after a number when it stands for people, else None.

    >>> _participle_noun(" задержанных в аэропорту")
    'задержанных'
    >>> _participle_noun(" выделенных грантов") is None
    True
    """
    m = _PARTICIPLE.match(tail)
    return m.group("w") if m else None


def _counted_before(before: str) -> bool:
    """Whether *before* ends with "the number of <people> reached" in its own sentence.

    >>> _counted_before("In 2020, the number of migrant workers in the region reached ")
    True
    >>> _counted_before("The number of projects reached ")
    False
    """
    if not _NUMBER_OF.search(before):
        return False  # not in the window, so not in its last sentence (the pattern looks at nothing before it)
    spans = sentence_spans(before)
    sentence = before[spans[-1][0]:] if spans else before
    m = _NUMBER_OF.search(sentence)
    return m is not None and any(_COUNT_NOUNS.fullmatch(w) for w in m.group("what").split())


@dataclass(frozen=True, slots=True)
class FigureHit:
    """One count in a paragraph, with what the events extractor asks of it."""

    value: int | float
    start: int
    end: int  # after the second number of a pair ("312 out of 356"): where the counted noun is looked for
    approx: bool  # "более 250", "800 миңге жакын"
    noun: str | None  # the word for what is counted, when one follows
    labelled: bool  # the value of a label ("Участники: 40")
    breakdown: bool  # followed by its parts ("36 caseworkers, 22 of them women")
    entity: bool  # bodies are counted, not people ("12 НКО")
    audience: bool  # an audience word before it ("for 40 …")


def find_figures(text: str, lang: str = "") -> list[FigureHit]:
    """Counts in one paragraph, in order.

    >>> [f.value for f in find_figures("Более 250 сотрудников прошли обучение в 2023 году")]
    [250]
    """
    return list(_find_figures(text, lang))


@per_text(8192)
def _find_figures(text: str, lang: str) -> tuple[FigureHit, ...]:
    skip = date_spans(text)
    skip += [(m.start(), m.end()) for m in _PHONE.finditer(text)
             if len(re.findall(r"\d+", m.group(0))) >= 3 and len(re.sub(r"\D", "", m.group(0))) >= 7
             and not _SPACE_GROUPED.fullmatch(m.group(0).strip())]
    skipped = bytearray(len(text) + 1)  # characters inside a date or a phone number
    for a, b in skip:
        skipped[a:b] = b"\x01" * (b - a)
    lead = len(text) - len(text.lstrip())
    out: list[FigureHit] = []
    nums = read_numbers(text, lang)
    for k, n in enumerate(nums):
        s, e = n.start, n.end
        if skipped[s]:
            continue
        before = text[max(0, s - 30):s]
        if _SKIP_BEFORE.search(before):
            continue
        if _RATIO_BEFORE.search(before):
            continue  # "one in ten", "1 in 5": a rate, not a count
        if n.digits and s <= lead and text[e:e + 1] in (".", ")"):
            continue  # a list item number
        if n.digits and _YEARLIKE.fullmatch(n.digits) and not n.suffix:
            continue  # a bare year-like number is not a count here
        possessive = bool(out) and bool(n.suffix and _POSSESSIVE.fullmatch(n.suffix))  # "…, 130-ы": 130 of them
        if n.suffix and not possessive and not _APPROX_AFTER.match(text[e - len(n.suffix):e + 30]):
            continue  # ordinals and case endings on numbers: "2-ci", "3-й", "5-класс"
        if n.bare and (vague_scale(n.scale or "") or not (_APPROX_BEFORE.search(_ARTICLE_END.sub("", before))
                                                     or _APPROX_AFTER.match(text[e:e + 30]))):
            continue  # "миллиондон ашык" is a million; "тысячи мигрантов", "мыңдаған" are no number
        value, rest_start = n.value, e
        if k + 1 < len(nums) and _PAIRED.fullmatch(text[e:nums[k + 1].start]):
            rest_start = nums[k + 1].end  # "312 out of 356 victims", "с 150 до 300 человек": the noun after both
        tail = text[rest_start:rest_start + 60]
        if _UNIT.match(tail) or _NAME_AFTER.match(tail):
            continue
        approx = bool(_APPROX_BEFORE.search(before)) or bool(_APPROX_AFTER.match(text[e:e + 30]))
        approx_m = _APPROX_AFTER.match(tail)
        tail_words = tail[approx_m.end():] if approx_m else tail
        tail_words = re.split(r"\d", tail_words, maxsplit=1)[0]
        words = re.findall(r"[^\W\d_][\w'‘’ʻ-]*", tail_words)[:3]
        nouns = [w for w in words if _COUNT_NOUNS.fullmatch(w)]
        noun = nouns[0] if nouns else _participle_noun(tail_words)
        # "15 qeyri-hökumət təşkilatının nümayəndələri", "12 НКО": bodies are counted, not people
        entity = any(_ENTITY.match(w) for w in words[:words.index(noun) if noun else 1])
        if noun and _CLASSIFIER.fullmatch(noun) and len(nouns) > 1:
            noun = nouns[1]  # "29 nafar ayol": the classifier gives way to the noun after it
        labelled = bool(_LABEL_BEFORE.search(before))
        listed = bool(_LISTED.match(tail))
        breakdown = bool(_BREAKDOWN.match((tail[approx_m.end():] if approx_m else tail).lstrip()))
        if noun is None and breakdown and words:
            noun = words[0]  # "36 caseworkers, 22 of them women": whoever they are, they are people
        share = possessive or (bool(out) and bool(_SHARE_BEFORE.search(before) or _SHARE_AFTER.match(tail)))
        if noun is None and out and _COMPARED.search(before):
            noun = out[-1].noun  # "140 citizens in 2024, compared to 190 in 2023": the same people
        counted = _counted_before(text[max(0, s - 120):s])
        if noun is None and not (labelled or listed or share or counted):
            continue
        if value != int(value) and value < 100:
            continue  # "1,5" without a multiplier is a rate, not a count
        out.append(FigureHit(int(value) if value == int(value) else value, s, rest_start, approx, noun, labelled,
                             breakdown, entity, bool(_AUDIENCE.search(text[max(0, s - 60):s]))))
    return tuple(out)


def _context(text: str, s: int, e: int, width: int = 60) -> str:
    a = max(0, s - width)
    b = min(len(text), e + width)
    while a > 0 and not text[a - 1].isspace():
        a -= 1
    while b < len(text) and not text[b].isspace():
        b += 1
    return " ".join(text[a:b].split())


def extract_figures(doc: Doc) -> list[Figure]:
    """Figures of a document, one per number and paragraph.

    >>> from store.ingest.model import DocContext, Para
    >>> doc = Doc.build([Para("p-0", 0, "ru", "Обучение прошли 40 мигрантов.")], DocContext("d-0"))
    >>> [f.value for f in extract_figures(doc)]
    [40]
    """
    out = []
    for p in doc.paras:
        seen = set()
        for f in find_figures(p.text, p.lang):
            if f.value in seen:
                continue
            seen.add(f.value)
            out.append(Figure(f.value, _context(p.text, f.start, f.end), p.id))
    return out
