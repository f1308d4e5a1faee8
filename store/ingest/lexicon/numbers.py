"""Number words per language (data only; used by ``store.ingest.numbers``).

``WORDS[lang]`` maps a number word, in the forms it takes before a noun, to its value (the
Russian genitive forms are there because "более двухсот человек" is how a count is written).
"One" words are kept (``"бир миллион"``) but never make a count on their own: they are also
the indefinite article. ``HUNDRED`` words multiply what stands before them ("эки жүз" = 200).
``HALF`` words add a half ("екі жарым миллион" = 2 500 000). ``SCALES`` are word *stems*
(any case ending may follow: "миңге", "миллиондон", "тысяч") with their factor; ``ABBREVIATED``
scale words take a full stop ("тыс.", "млн.").
"""
from __future__ import annotations

_RU_FORMS = {
    1: "один одна одно одного одной", 2: "два две двух", 3: "три трех трёх", 4: "четыре четырех четырёх",
    5: "пять пяти", 6: "шесть шести", 7: "семь семи", 8: "восемь восьми", 9: "девять девяти",
    10: "десять десяти", 11: "одиннадцать одиннадцати", 12: "двенадцать двенадцати",
    13: "тринадцать тринадцати", 14: "четырнадцать четырнадцати", 15: "пятнадцать пятнадцати",
    16: "шестнадцать шестнадцати", 17: "семнадцать семнадцати", 18: "восемнадцать восемнадцати",
    19: "девятнадцать девятнадцати", 20: "двадцать двадцати", 30: "тридцать тридцати", 40: "сорок сорока",
    50: "пятьдесят пятидесяти", 60: "шестьдесят шестидесяти", 70: "семьдесят семидесяти",
    80: "восемьдесят восьмидесяти", 90: "девяносто девяноста", 100: "сто ста", 200: "двести двухсот",
    300: "триста трехсот трёхсот", 400: "четыреста четырехсот четырёхсот", 500: "пятьсот пятисот",
    600: "шестьсот шестисот", 700: "семьсот семисот", 800: "восемьсот восьмисот", 900: "девятьсот девятисот",
    1.5: "полтора полторы",
}
# Collective numerals count people ("трое детей", "пятеро мигрантов", "двоих").
_RU_COLLECTIVE = {2: "двое двоих", 3: "трое троих", 4: "четверо четверых", 5: "пятеро пятерых",
                  6: "шестеро шестерых", 7: "семеро семерых", 8: "восьмеро восьмерых", 9: "девятеро девятерых",
                  10: "десятеро десятерых"}
_KY = "бир эки үч төрт беш алты жети сегиз тогуз он _ жыйырма отуз кырк элүү алтымыш жетимиш сексен токсон"
_KK = "бір екі үш төрт бес алты жеті сегіз тоғыз он _ жиырма отыз қырық елу алпыс жетпіс сексен тоқсан"
_UZ = ("bir ikki uch to'rt besh olti yetti sakkiz to'qqiz o'n _ yigirma o'ttiz qirq ellik oltmish yetmish sakson "
       "to'qson")
_UZ_CYRL = "бир икки уч тўрт беш олти етти саккиз тўққиз ўн _ йигирма ўттиз қирқ эллик олтмиш етмиш саксон тўқсон"
_TG = "як ду се чор панҷ шаш ҳафт ҳашт нӯҳ даҳ _ бист сӣ чил панҷоҳ шаст ҳафтод ҳаштод навад"
_AZ = "bir iki üç dörd beş altı yeddi səkkiz doqquz on _ iyirmi otuz qırx əlli altmış yetmiş səksən doxsan"
_EN = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
       "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety")


def _turkic(words: str) -> dict[str, float]:
    """One to ten, then the tens: ``_turkic("бир эки ... он _ жыйырма ...")``."""
    units, tens = words.split(" _ ")
    table = {w: float(i) for i, w in enumerate(units.split(), start=1)}
    table.update({w: float(10 * i) for i, w in enumerate(tens.split(), start=2)})
    return table


def _english() -> dict[str, float]:
    words = _EN.split()
    table = {w: float(i) for i, w in enumerate(words[:19], start=1)}
    table.update({w: float(10 * i) for i, w in enumerate(words[19:], start=2)})
    return table


WORDS: dict[str, dict[str, float]] = {
    "ru": {form: float(v) for v, forms in (*_RU_FORMS.items(), *_RU_COLLECTIVE.items()) for form in forms.split()},
    "ky": _turkic(_KY), "kk": _turkic(_KK), "az": _turkic(_AZ), "en": _english(),
    "uz": {**_turkic(_UZ), **_turkic(_UZ_CYRL), **{w.replace("'", "‘"): v for w, v in _turkic(_UZ).items()},
           **{w.replace("'", "ʻ"): v for w, v in _turkic(_UZ).items()}},
    # Tajik joins a ten or a hundred to what follows with "-у"/"-ю": "бисту панҷ" = 25, "саду бист" = 120
    # ("сӣ" = 30 gives "сию се" = 33)
    "tg": {**_turkic(_TG), **{(w[:-1] + "ию" if w.endswith("ӣ") else w + "у"): v for w, v in _turkic(_TG).items()
                              if v >= 20}},
}
HUNDRED: dict[str, tuple[str, ...]] = {
    "ky": ("жүз",), "kk": ("жүз",), "uz": ("yuz", "юз"), "tg": ("сад", "саду"), "az": ("yüz",), "en": ("hundred",),
}
HALF: dict[str, tuple[str, ...]] = {
    "ky": ("жарым",), "kk": ("жарым",), "uz": ("yarim", "ярим"), "tg": ("ним",), "az": ("yarım",),
}
# Scale word stems and their factors (all languages: the stems do not collide with other words).
SCALES: dict[str, int] = {
    "тыс": 1000, "миң": 1000, "мың": 1000, "ming": 1000, "минг": 1000, "ҳазор": 1000,
    "hazor": 1000, "thousand": 1000, "миллион": 10**6, "million": 10**6, "milyon": 10**6, "млн": 10**6,
    "mln": 10**6, "миллиард": 10**9, "milliard": 10**9, "milyard": 10**9, "млрд": 10**9, "mlrd": 10**9,
    "billion": 10**9,
}
# Half a scale in one word, a number on its own ("полмиллиона мигрантов", "более полумиллиона").
HALF_SCALES: dict[str, int] = {"полмиллион": 500_000, "полумиллион": 500_000, "полмлн": 500_000}
# Languages whose number words are read in each other's paragraphs (Kyrgyz and Kazakh are often
# told apart wrongly, and their number words are no other words in the other language).
KIN: dict[str, tuple[str, ...]] = {"ky": ("kk",), "kk": ("ky",)}
ABBREVIATED = ("тыс", "млн", "млрд", "mln", "mlrd")
# "min" is the Azerbaijani thousand, and an English or Uzbek abbreviation of minutes elsewhere.
SCALES_BY_LANG: dict[str, dict[str, int]] = {"az": {"min": 1000}}
# Endings of a scale word that make it a vague plural ("миллионы мигрантов", "мыңдаған", "minglab",
# "millions of"): with no number before, such a word is no count. ("тысячи" is left out: it is
# also the genitive singular of "около тысячи".)
VAGUE_SCALE_ENDINGS = ("ы", "ов", "ам", "ами", "ах", "даған", "деген", "дагон", "доғон", "lab", "лаб",
                       "лар", "лер", "дар", "дер", "lar", "lər", "s", "ҳо", "ho")

# Nouns that make the number before them a count of people or cases (beside the profession and
# people words of ``lexicon/events.py``): leaders, parents, pupils, respondents, beneficiaries,
# clients, delegates, the Azerbaijani spellings of migrant, person and request words with any case
# ending, requests, cases.
COUNTED_NOUNS = (
    r"лидер\w*|көшбасшы\w*|lider\w*|пешво\w*|leaders?|professionals?|practitioners?|"
    r"родител\w*|ата-эне\w*|ата-ана\w*|ota-ona\w*|валидайн\w*|valideyn\w*|parents?|"
    r"бенефициар\w*|beneficiar\w*|клиент\w*|clients?|делегат\w*|delegates?|дипломат\w*|diplomats?|"
    r"ученик\w*|оқушы\w*|окуучу\w*|o['‘ʻ’]quvchi\w*|ўқувчи\w*|хонанда\w*|şagird\w*|pupils?|schoolchildren|"
    r"респондент\w*|опрошенн(?:ых|ые)|respondents?|"
    r"survivors?|выживш\w*|miqrant\w*|mühacir\w*|nəfər\w*|shaxs\w*|шахс\w*|касон\w*|"
    r"sorğu\w*|so['‘ʻ’]rov\w*|сўров\w*|запрос\w*|заявлени\w*|заяв(?:ок|ки|ка)|арыз\w*|өтініш\w*|ariza\w*|"
    r"ариза\w*|дархост\w*|requests?|"
    # cases: the Kazakh "іс" (as "случаев", "cases" above)
    r"іс|істер\w*|"
    # people named after their country: "кыргызстанцев", "кыргызстандык", "qazaqstandıq",
    # "o'zbekistonlik", "тоҷикистонӣ", "Kyrgyzstanis", and the Russian plural ethnonyms
    r"\w+стан(?:ец|цы|цев|цам|цами|цах|ка|ки|ок)|\w+стан(?:дык|дық|лык|лық)\w*|\w+stan(?:dı[qk]|lı|li)\w*|"
    r"[\w'‘’ʻ]+ston(?:lik|liklar)\w*|\w+стон(?:лик|ӣ|иён)\w*|\w+stanis?|"
    r"узбек(?:ов|и)|таджик(?:ов|и)|казах(?:ов|и)|кыргыз(?:ов|ы)|киргиз(?:ов|ы)|туркмен(?:ов|ы)?|"
    r"азербайджанц\w+|россиян\w*|azərbaycanlı\w*|Kazakhs|Uzbeks|Tajiks|Turkmens|"
    # investigators and police as a body of people ("59 police investigators")
    r"investigators?|police|policemen|следовател\w*|тергөөчү\w*|tergovchi\w*|терговчи\w*|müstəntiq\w*|"
    # Kazakh in the Latin alphabet: people, citizens, foreigners, offenders
    r"adam(?:dar)?\w*|azamat\w*|sheteldik\w*|qylmysker\w*"
)

# A possessive ending on a number: a part of people counted before it ("505 шетел азаматы …, 130-ы",
# "10585-і", "200 nəfər …, 50-si"): "N of them".
POSSESSIVE_ENDING = r"-(?:ы|і|и|у|ү|сы|сі|си|су|сү|ı|i|u|ü|sı|si|su|sü|tasi|таси|тасы|нафараш|тоаш)"
