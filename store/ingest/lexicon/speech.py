"""Speech verbs and the nouns of statements, keyed by language.

``SPEECH_STEMS`` are lower-case word starts of attribution verbs ("подчеркнул", "белгиледи",
"vurğuladı", "said"); a word matches when it starts with a stem and the rest is short.
``RELEASE_NOUNS`` name a statement issued by a body ("пресс-релиз", "mətbuat xidməti"):
a quote attributed to one of them belongs to the body that issued it.
"""
from __future__ import annotations

from functools import lru_cache

from ..doc import fold, stem_match

SPEECH_STEMS: dict[str, tuple[str, ...]] = {
    "ru": ("сказал", "заявил", "отметил", "подчеркнул", "сообщил", "добавил", "пояснил", "рассказал",
           "заключил", "констатировал", "уточнил", "напомнил", "призвал", "указал", "считает", "говорит",
           "говорится", "отмечается", "сообщается", "подчеркивается", "подчёркивается", "заявляется",
           "резюмировал", "признал", "выразил", "высказал", "ответил", "говорил", "цитирует", "процитировал",
           "убежден", "уверен", "акцентировал", "обратил", "поделил", "сказано", "отмечено", "сказала",
           "проинформировал", "прокомментировал", "предупредил", "заверил", "поведал", "отмечает", "подчеркивает",
           "подчёркивает", "поясняет", "рассказывает", "утверждает", "утверждал", "заметил", "объяснил", "объясняет",
           "заявляет", "добавляет", "уточняет", "сообщает"),
    "ky": ("деди", "деп", "белгиледи", "билдирди", "айтты", "кошумчалады", "түшүндүрдү", "белгилеген",
           "билдирген", "айткан", "дейт", "деген", "белгилейт", "маалымдады", "жарыялады", "сүйлөдү",
           "эскертти", "белгилешти", "делинген", "делинди", "билдирет", "айтат", "түшүндүрөт", "кошумчалайт"),
    "kk": ("деді", "деп", "атап", "айтты", "мәлімдеді", "жеткізді", "қосты", "түсіндірді",
           "айтқан", "дейді", "деген", "хабарлады", "сөйледі", "атады", "көрсетті", "делінген", "делінді", "білдір",
           "мәлімде", "түсіндіреді", "айтады",
           # in Kazakh's Latin letters (2018 and 2021 alphabets)
           "dedi", "dep", "aıtty", "aitty", "atap", "habarlady", "málimdedi", "mälimdedi"),
    "uz": ("dedi", "deb", "ta'kidladi", "ta'kidlab", "bildirdi", "aytdi", "qo'shimcha", "qayd", "ma'lum",
           "tushuntirdi", "so'zladi", "gapirdi", "dedi", "деди", "деб", "таъкидлади", "билдирди", "айтди",
           "deyilgan", "deyiladi", "дейилган", "дейилади", "deydi", "дейди", "deyapti", "деяпти", "deya", "дея",
           "ta'kidla", "таъкидла", "aniqlik"),
    "tg": ("гуфт", "қайд", "изҳор", "таъкид", "иброз", "илова", "афзуд", "хабар", "иттилоъ", "баён",
           "мегӯяд", "гуфтааст", "зикр", "мегуяд"),
    "az": ("dedi", "deyib", "deyə", "vurğuladı", "vurğulayıb", "vurğulamışdır", "bildirdi", "bildirib",
           "bildirmişdir", "qeyd", "söylədi", "söyləyib", "əlavə", "açıqladı", "diqqətə", "çatdırdı",
           "xatırlatdı", "toxundu", "qiymətləndirdi", "deyilir", "bildirilir", "qeyd olunur", "deyir", "vurğula",
           "bildir", "söylə", "açıqla"),
    "en": ("said", "says", "noted", "stressed", "added", "explained", "emphasized", "emphasised", "stated",
           "remarked", "told", "underlined", "highlighted", "declared", "commented", "observed", "concluded",
           "pointed", "according", "reported", "announced", "recalled", "urged", "maintained", "insisted", "argued",
           "warned", "saying", "stating", "noting", "adding", "stressing", "explaining", "emphasizing", "emphasising",
           "underlining", "asserted", "acknowledged", "replied", "answered", "reiterated", "assured", "affirmed"),
}

# Statement nouns: a quote "…", - говорится в пресс-релизе belongs to the issuing body.
RELEASE_NOUNS: dict[str, tuple[str, ...]] = {
    "ru": ("пресс-релиз", "сообщени", "пресс-служб", "заявлени", "релиз", "обращени"),
    "ky": ("пресс-релиз", "маалымат", "билдирүү", "басма сөз", "кабарлама", "пресс-кызмат"),
    "kk": ("пресс-релиз", "баспасөз", "хабарлама", "мәлімдеме", "ақпарат"),
    "uz": ("press-reliz", "matbuot", "xabar", "bayonot", "axborot", "пресс-релиз", "матбуот", "хабар"),
    "tg": ("пресс-релиз", "хадамоти матбуот", "иттилоия", "баёния", "хабарнома", "матбуот"),
    "az": ("press-reliz", "mətbuat", "məlumat", "bəyanat", "açıqlama"),
    "en": ("press release", "statement", "release", "press service", "report", "announcement"),
}

# Third-person pronouns: an attribution with one ("– сообщил он в интервью агентству") has a person for speaker,
# never the body it names.
PRONOUNS: dict[str, frozenset[str]] = {
    "ru": frozenset(("он", "она", "они")), "ky": frozenset(("ал", "алар")), "kk": frozenset(("ол", "олар")),
    "uz": frozenset(("u", "ular", "у", "улар")), "tg": frozenset(("вай", "ӯ", "онҳо")),
    "az": frozenset(("o", "onlar")), "en": frozenset(("he", "she", "they")),
}

MAX_TAIL = {"ru": 3, "ky": 4, "kk": 4, "uz": 4, "tg": 5, "az": 4, "en": 2}


@lru_cache(maxsize=65536)
def is_speech_word(word: str, lang: str) -> bool:
    """``is_speech_word("белгиледи", "ky") -> True``; ``is_speech_word("ta’kidladi", "uz") -> True``."""
    from .grammar import grammar_for  # the grammar holds this module's stems: imported when first asked

    w = fold(word)
    langs = ((lang,) if lang in SPEECH_STEMS else tuple(SPEECH_STEMS)) + grammar_for(lang).loan_languages
    return any(stem_match(w, SPEECH_STEMS[lg], MAX_TAIL.get(lg, 3)) for lg in langs)


def release_noun(text: str, lang: str) -> str | None:
    """The statement noun in *text*, if any: ``release_noun("говорится в пресс-релизе", "ru") -> "пресс-релиз"``."""
    from .grammar import grammar_for

    low = fold(text)
    langs = ((lang,) if lang in RELEASE_NOUNS else tuple(RELEASE_NOUNS)) + grammar_for(lang).loan_languages
    for lg in langs:
        for n in RELEASE_NOUNS[lg]:
            if n in low:
                return n
    return None


# "According to X, «…»": a clause that gives the speaker of the quote after its comma.
ACCORDING_TO = (r"по\s+словам|как\s+(?:сказал|отметил|рассказал|подчеркнул|заявил)\w*|according\s+to|in\s+the\s+words\s+of|"
                r"\w+\s+(?:айтымында|пикиринде|сөзү\s+боюнча)|\w+\s+(?:айтуынша|сөзінше|пікірінше)|"
                r"\w+\s+so[‘'ʻ’]?zlariga\s+ko[‘'ʻ’]?ra|\w+\s+фикрича|\w+\s+sözlərinə\s+görə|\w+\s+fikrincə|"
                r"ба\s+гуфтаи|ба\s+қавли|тибқи\s+изҳороти|"
                r"\w+\s+(?:таъбири|ta[‘'ʻ’]?biri)\s+(?:билан|bilan)\s+(?:айтганда|aytganda)|\w+\s+sözləri\s+ilə\s+desək")


# "«Name of a day», deb e'lon qilindi": a quotation verb followed by the passive of "declare" or "name" gives a
# name, not speech. Word starts after the verb, per language.
NAMING_AFTER: dict[str, tuple[str, ...]] = {
    "uz": ("e'lon qilin", "эълон қилин", "nomlan", "номлан", "atal", "атал"),
    "ky": ("жарыялан", "атал"),
    "kk": ("жариялан", "атал"),
    "az": ("elan olun", "elan edil", "adlandır", "adlan"),
    "tg": ("эълон шуд", "ном гирифт", "номгузорӣ"),
}


def names_not_says(clause: str, lang: str) -> bool:
    """Whether *clause*, after a quotation, names what was quoted rather than saying it: a quotation verb and the
    passive of "declare" or "name" (``names_not_says("deb e'lon qilindi.", "uz") -> True``)."""
    from .grammar import grammar_for

    words = clause.split()
    if len(words) < 2 or not is_speech_word(words[0].strip(",.–—-"), lang):
        return False
    rest = fold(" ".join(words[1:3]))
    langs = ((lang,) if lang in NAMING_AFTER else tuple(NAMING_AFTER)) + grammar_for(lang).loan_languages
    return any(rest.startswith(stem) for lg in langs for stem in NAMING_AFTER.get(lg, ()))
