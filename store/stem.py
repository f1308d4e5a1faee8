"""Word forms for search: a paragraph's words reduced to stems at index time, a query's words too;
the FTS5 query built from them (``fts_match``) and where a text matches it (``highlight_spans``).

A user types the dictionary form («миграция», «мектеп», «uşaq») and expects its other forms
(«миграции», «мектебинде», «uşağı») the way PostgreSQL's or Elasticsearch's Russian analyser
finds them. Prefix search already finds forms that only add letters; stems find the rest.

- Russian and English: the Snowball stemmers of PyStemmer.
- Kyrgyz, Kazakh, Uzbek, Azerbaijani and Tajik (no Snowball stemmer exists for them): case,
  possessive, plural and common verb endings stripped from the end, longest first, up to three
  times, then the consonant that alternates before a vowel ending put back in one spelling
  (Kazakh кітап / кітабы, Kyrgyz мектеп / мектеби, Uzbek yurak / yuragi, Azerbaijani ayaq / ayağı).

Both sides are folded first (``fold.loose``, then diacritics removed as SQLite's
``remove_diacritics 2`` does), so the suffix lists below are written in folded letters:
ө→о, ү/ұ→у, ң→н, қ→к, ғ→г, і→и, ә→а, ҳ→х, ҷ→ч, ӣ→и, ə→e, ı→i, ş→s, ç→c, ğ→g, o‘→o.
A stem is never shorter than ``MIN_STEM`` letters; identical stems of unrelated words are
possible, which is why search ranks exact (prefix) matches above stem matches.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

from . import fold

MIN_STEM = 3
MAX_STRIPS = 3
SNOWBALL = {"ru": "russian", "en": "english"}


def _endings(*groups: str) -> tuple[str, ...]:
    """Space-separated endings, longest first: ``_endings("а ны", "дан") == ('дан', 'ны', 'а')``."""
    return tuple(sorted({e for g in groups for e in g.split()}, key=lambda e: (-len(e), e)))


_KY_KK_CASES = ("нын нин нун дын дин дун тын тин тун "          # genitive
                "га ге го гу ка ке ко ку на не но ну "           # dative
                "ны ни ну ды ди ду ты ти ту "                    # accusative; past tense of verbs
                "да де до ду та те то ту нда нде ндо нду "       # locative
                "дагы деги догу дугу тагы теги тогу тугу ндагы ндеги "
                "дан ден дон дун тан тен тон тун нан нен нон нун ндан нден ндон ндун")  # ablative
SUFFIXES: dict[str, tuple[str, ...]] = {
    "ky": _endings(_KY_KK_CASES,
                   "лар лер лор дар дер дор тар тер тор",                       # plural
                   "ым им ум ын ин ун ы и у сы си су ыбыз ибиз убуз ыныз иниз унуз быз биз буз",
                   "ган ген гон гун кан кен кон кун уу ып ип уп мак мек"),      # verbs
    "kk": _endings(_KY_KK_CASES,
                   "лар лер дар дер тар тер",
                   "ым им ын ин ы и сы си ымыз имиз ыныз иниз мыз миз ныз низ",
                   "мен бен пен менен",                                         # instrumental
                   "ган ген кан кен ып ип атын етин"),
    "uz": _endings("lar ning ni ga ka qa da ta dan tan im ing i si imiz ingiz miz ngiz "
                   "gan kan moq ish di dim ding dik ib yapti",
                   "лар нинг ни га ка да та дан тан им инг и си имиз ингиз миз нгиз "
                   "ган кан мок иш ди дим динг дик иб япти"),
    "az": _endings("lar ler im in i u um un si su imiz iniz umuz unuz miz niz muz nuz "
                   "nin nun a e ya ye ni nu da de dan den la le yla yle "
                   "maq mek di du mis mus ib ub ir ur ar er acaq ecek"),
    "tg": _endings("хо он ён гон вон и йи ро ам ат аш амон атон ашон ям ят яш ем ед анд ан ид",
                   "ест аст"),
}
# The last consonant of a stem in one spelling: voiced before a vowel ending, voiceless at the end.
ALTERNATION: dict[str, dict[str, str]] = {
    "ky": {"б": "п", "г": "к"},
    "kk": {"б": "п", "г": "к"},
    "uz": {"g": "k", "q": "k", "г": "к"},
    "az": {"g": "k", "q": "k"},
}
LANGS = (*SNOWBALL, *SUFFIXES)


def plain(word: str) -> str:
    """Folded and without diacritics, as the FTS index sees a word: ``plain("Uşağı") == "usagi"``."""
    decomposed = unicodedata.normalize("NFKD", fold.loose(word))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=None)
def _snowball(lang: str) -> Any:  # PyStemmer has no type information
    import Stemmer

    return Stemmer.Stemmer(SNOWBALL[lang])


@lru_cache(maxsize=200_000)
def stem(word: str, lang: str) -> str:
    """The stem of one word in *lang* (the word folded when the language has no stemmer).

    >>> [stem(w, "ru") for w in ("Миграция", "миграции", "миграцией")]
    ['миграц', 'миграц', 'миграц']
    >>> [stem(w, "kk") for w in ("кітап", "кітабы", "кітабымен")]
    ['китап', 'китап', 'китап']
    >>> [stem(w, "ky") for w in ("мектеп", "мектеби", "мектебинде")]
    ['мектеп', 'мектеп', 'мектеп']
    >>> [stem(w, "az") for w in ("uşaq", "uşağı", "uşağın")]
    ['usak', 'usak', 'usak']
    >>> [stem(w, "uz") for w in ("qishloq", "qishlog‘i", "qishlog‘ida")]
    ['qishlok', 'qishlok', 'qishlok']
    >>> [stem(w, "tg") for w in ("баргаштан", "баргаштанд", "баргаштем")]
    ['баргашт', 'баргашт', 'баргашт']
    """
    if lang in SNOWBALL:
        return plain(_snowball(lang).stemWord(fold.loose(word)))
    w = plain(word)
    endings = SUFFIXES.get(lang)
    if not endings:
        return w
    for _ in range(MAX_STRIPS):
        cut = next((e for e in endings if w.endswith(e) and len(w) - len(e) >= MIN_STEM), None)
        if cut is None:
            break
        w = w[:-len(cut)]
    swap = ALTERNATION.get(lang, {})
    return w[:-1] + swap.get(w[-1], w[-1]) if w else w


def stems_text(text: str | None, lang: str | None) -> str:
    """What the index's ``stems`` column holds: each word's stem once, in order of appearance.

    >>> stems_text("Законы о миграции и закон", "ru")
    'закон миграц'
    >>> stems_text("Anything", "und")
    ''
    """
    if not text or lang not in LANGS:
        return ""
    seen: dict[str, None] = {}
    for word in fold.terms(text):
        if len(word) >= MIN_STEM and not word.isdigit():
            s = stem(word, lang)
            if len(s) >= MIN_STEM:
                seen.setdefault(s, None)
    return " ".join(seen)


def query_stems(word: str, lang: str | None = None) -> list[str]:
    """The stems a query word may have: in *lang*, or in every stemmed language when not given.

    >>> query_stems("кітап")
    ['китап']
    >>> query_stems("42")
    []
    """
    if len(word) < MIN_STEM or word.isdigit():
        return []
    langs = [lang] if lang in LANGS else LANGS
    return sorted({s for s in (stem(word, x) for x in langs) if len(s) >= MIN_STEM})


def fts_match(query: str, lang: str | None = None, *, prefix: bool = True) -> str | None:
    """An FTS5 MATCH expression for the paragraphs index: every word required, each as a prefix of
    the text (``text``, ``loose``) or, through its stem, as another form of it (``stems``); with
    ``prefix=False`` each as a whole word or another form of it.

    None when the query has no word at all.

    >>> fts_match('Ош "кітап')
    '({text loose} : "ош"*) AND ({text loose} : "китап"* OR stems : ("китап"))'
    >>> fts_match('кітап', prefix=False)
    '({text loose} : "китап" OR stems : ("китап"))'
    """
    words = fold.terms(query)
    if not words:
        return None
    parts = []
    for w in words:
        stems = query_stems(w, lang)
        alt = f' OR stems : ({" OR ".join(f"{chr(34)}{s}{chr(34)}" for s in stems)})' if stems else ""
        parts.append(f'({{text loose}} : "{w}"{"*" if prefix else ""}{alt})')
    return " AND ".join(parts)


def highlight_spans(text: str, words: list[str], lang: str | None = None) -> list[tuple[int, int]]:
    """Where the query's words (as prefixes, folded) start in *text*: ``(start, end)`` pairs; with the
    paragraph's *lang*, also its words that are another form of a query word (same stem).

    >>> highlight_spans("Ош шаарында Өкмөт", ["окмот"])
    [(12, 17)]
    >>> highlight_spans("Закон о миграции", ["миграция"], "ru")
    [(8, 16)]
    """
    stems = {s for w in words for s in query_stems(w, lang)} if lang in LANGS else set()

    def hit(tok: str) -> bool:
        return (any(tok.startswith(w) or plain(tok).startswith(plain(w)) for w in words)
                or bool(stems) and stem(tok, lang) in stems)

    spans = []
    folded = fold.loose(text)
    if len(folded) != len(text):  # folding dropped apostrophes: positions differ, match per token
        for m in re.finditer(r"[^\W_]+(?:[‘’ʻʼ'`][^\W_]+)*", text):
            if hit(fold.loose(m.group())):
                spans.append((m.start(), m.end()))
        return spans
    return [(m.start(), m.end()) for m in re.finditer(r"[^\W_]+", folded) if hit(m.group())]
