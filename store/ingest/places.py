"""Places in a paragraph: a gazetteer of the region with case endings removed, in every script.

"Ош шаарында" -> Ош (KG), "Toshkent shahrida" -> Toshkent (UZ), "в Ташкенте" -> Ташкент,
"Gəncədə" -> Gəncə (AZ), "Ош облусунда" -> "Ош облусу", "в Ошской области" -> "Ошская область",
"вилояти Суғд" -> "вилояти Суғд". A capitalized name beside a settlement word ("в городе X",
"X шаарында", "X shahrida") is a place even when the gazetteer lacks it. For Russian, natasha's
LOC spans (normalized to the nominative) are a fallback through ``natasha_places``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from .alternation import by_first_letter
from .lexicon import places as lex
from .lexicon.grammar import grammar_for
from .lexicon.orgs import HEADS_FIRST


@dataclass(frozen=True, slots=True)
class PlaceHit:
    """One place mention. ``locative`` is True when the text says "in X" (the event's place)."""

    name: str  # nominative, as the text names it
    country: str | None  # ISO 3166-1 alpha-2
    kind: str  # "city" | "region" | "country"
    start: int
    end: int
    locative: bool = False
    cue: bool = False  # a settlement or region word stands beside the name


_CYR_LOC = ("да|де|та|те|до|дө|то|тө|нда|нде|дагы|деги|тагы|теги|догу|дөгү|тогу|төгү|дағы|дегі|тағы|тегі|ндағы|ндегі|"
            "даги|таги")  # Uzbek "-даги": "located in"
_CYR_OTHER = ("дан|ден|тан|тен|дон|дөн|тон|төн|нан|нен|нон|нөн|га|ге|ка|ке|го|гө|ко|кө|ға|ғе|қа|қе|на|не|"
              "нын|нин|нун|нүн|дын|дин|дун|дүн|тын|тин|тун|түн|ның|нің|дың|дің|тың|тің|"
              "ны|ни|ну|нү|ды|ди|ду|дү|ты|ти|ту|тү|ро|"
              "ом|ем|ой|ей|ью|а|я|у|ю|е|ы|и")
_LAT_LOC = "da|də|ta|tə|dakı|dəki|dagi|daki|nda|ndə"
_LAT_OTHER = ("dan|dən|tan|tən|ndan|ndən|ya|yə|na|nə|nın|nin|nun|nün|ning|ın|in|un|ün|nı|ni|nu|nü|ga|ka|qa|"
              "a|ə|ı|i|u|ü|s")
_SUFFIX = rf"(?:[-’'ʼ]?(?P<loc>{_CYR_LOC}|{_LAT_LOC})|[-’'ʼ]?(?:{_CYR_OTHER}|{_LAT_OTHER}))?"

_REGION_AFTER = re.compile(
    r"^\s+(?P<word>" + "|".join(sorted(lex.REGION_AFTER, key=len, reverse=True)) + r")(?P<rest>[^\W\d_]*)",
    re.IGNORECASE,
)
_CITY_AFTER = re.compile(
    r"^\s+(?:(?:" + "|".join(lex.CITY_AFTER) + r")(?P<rest>[^\W\d_]*)|ш\.?(?![^\W\d_]))", re.IGNORECASE
)
_LOC_REST = re.compile(r"(?:дагы|деги|тагы|теги|дағы|дегі|dakı|dəki|dagi|ында|инде|унда|үндө|ында|нда|нде|ında|ində|unda|ündə|ida|ыда|ида|da|də|ta|tə)$")
_RU_IN = re.compile(r"(?:\b[вВ]о?|\bin|\bIn|\bдар|\bДар|\bat)\s+(?:(?:городе|г\.|селе|поселке|посёлке|city of|шаҳри|деҳаи)\s*)?$")
_CUE_BEFORE = re.compile(
    r"(?:" + "|".join(re.escape(c) for c in lex.CITY_BEFORE) + r")\s*$", re.IGNORECASE
)
_UNKNOWN_BEFORE = re.compile(
    r"(?:\bв\s+(?:городе|г\.|селе|поселке|посёлке)|\bшаҳри|\bдеҳаи|\bcity of|\bvillage of)\s+"
    r"(?P<name>[A-ZА-ЯЁӨҮҢҚҒҰӘІҲҶӢӮƏİŞÇĞÖÜ][\w’'ʼ-]+)"
)
_REGION_BEFORE = re.compile(r"(?:" + "|".join(lex.REGION_BEFORE) + r")\s*$")
# A district or region the gazetteer lacks, said as where: "дар ноҳияи X", "in X district", "in the X region".
_UNKNOWN_REGION = re.compile(
    r"(?<![^\W\d_])(?:(?:[Дд]ар\s+(?P<before>" + "|".join(lex.REGION_BEFORE) + r")\s+(?P<name>[А-ЯЁҲҶӢӮҒҚ][^\W\d_]+))"
    r"|(?:[Ii]n\s+(?:the\s+)?(?P<name2>[A-Z][a-z]+(?:[- ][A-Z][a-z]+)?)\s+(?P<after>district|region|province|oblast)))"
    r"(?![^\W\d_])"
)
_DISTRICT_CUES = {"tuman", "туман", "аудан", "району", "районун", "rayon"}
_UNKNOWN_AFTER = re.compile(
    r"(?<![^\W\d_])(?P<name>[A-ZА-ЯЁӨҮҢҚҒҰӘІҲҶӢӮƏİŞÇĞÖÜ][^\W\d_]+(?:[‘'ʻ’][^\W\d_]+)*"
    r"(?:-[A-ZА-ЯЁӨҮҢҚҒҰӘІҲҶӢӮƏİŞÇĞÖÜ]?[^\W\d_]+)?)\s+"
    r"(?P<cue>шаар|айыл|қала|ауыл|shahr|qishloq|şəhər|kənd|qəsəbə|tuman|туман|аудан|району|районун|rayon)"
    r"(?P<rest>[^\W\d_]*)"
)


def _lines(block: str) -> list[tuple[str, list[str]]]:
    """``(iso, forms)`` of each line of a gazetteer block ("KG: Ош | Osh").

    >>> _lines("KG: Ош | Osh\\nUZ: Toshkent")
    [('KG', ['Ош', 'Osh']), ('UZ', ['Toshkent'])]
    """
    out = []
    for line in block.strip().splitlines():
        iso, _, forms = line.partition(":")
        out.append((iso.strip(), [f.strip() for f in forms.split("|") if f.strip()]))
    return out


def _ru_variants(form: str) -> list[str]:
    """Russian case forms that change the last letter: "Москва" -> "Москве", "Москвы", ..."""
    if " " in form or not re.search(r"[а-яё]$", form):
        return []
    if form.endswith("а"):
        stem = form[:-1]
        return [stem + e for e in ("ы", "е", "у", "ой", "и")]
    if form.endswith("я"):
        stem = form[:-1]
        return [stem + e for e in ("и", "ю", "ей", "е")]
    if form.endswith("ь"):
        stem = form[:-1]
        return [stem + e for e in ("и", "ю", "ью")]
    return []


class _Entry(NamedTuple):
    """What a gazetteer form names."""

    name: str  # the nominative
    country: str  # ISO 3166-1 alpha-2
    kind: str  # "city" | "region" | "country"


class _Gazetteer(NamedTuple):
    """The compiled gazetteer: every form (with a case ending) in one pattern, and the Russian
    "<adjective> область" regions."""

    pattern: re.Pattern[str]  # a form, its ending in group "loc" when the ending says "in"
    table: dict[str, _Entry]  # form -> entry
    adj_re: re.Pattern[str]  # "Ошской области": the adjective's stem in group "stem"
    adj: dict[str, tuple[str, str]]  # stem -> (the region's nominative, its country)


@lru_cache(maxsize=1)
def _index() -> _Gazetteer:
    """The compiled gazetteer (see ``_Gazetteer``)."""
    table: dict[str, _Entry] = {}
    for kind, block in (("country", lex.COUNTRIES), ("city", lex.CITIES), ("region", lex.REGIONS)):
        for iso, forms in _lines(block):
            for f in forms:
                if f in table and kind == "region":
                    continue  # a city of the same name keeps "city"; the region word decides later
                table[f] = _Entry(f, iso, kind)
                for v in _ru_variants(f):
                    table.setdefault(v, _Entry(f, iso, kind))
    alts = sorted(table, key=len, reverse=True)
    pattern = re.compile(
        r"(?<![^\W\d_])(?P<form>" + by_first_letter(alts) + r")" + _SUFFIX + r"(?![^\W\d_])"
    )
    adj: dict[str, tuple[str, str]] = {}
    for iso, stems in _lines(lex.RU_REGION_ADJ):
        for s in stems:
            adj[s] = (s + "ая область", iso)
    adj_re = re.compile(
        r"(?<![^\W\d_])(?P<stem>" + "|".join(sorted(adj, key=len, reverse=True)) + r")(?:ая|ой|ую|ою)\s+област(?:ь|и|ью)"
    )
    return _Gazetteer(pattern, table, adj_re, adj)


@lru_cache(maxsize=1)
def _region_bases() -> dict[str, str]:
    bases = {}
    for iso, forms in _lines(lex.REGIONS):
        for f in forms:
            bases[f] = iso
    return bases


_ALLCAPS = re.compile(r"(?<![^\W\d_])[^\W\d_a-zа-яё]{3,}(?![^\W\d_])")


@lru_cache(maxsize=65536)
def is_place_word(word: str) -> bool:
    """A gazetteer city, region or country, with or without a case ending.

    >>> is_place_word("Samarqandda"), is_place_word("Samandar")
    (True, False)
    """
    return bool(_index().pattern.fullmatch(word))


def find_places(text: str, lang: str = "") -> list[PlaceHit]:
    """Gazetteer places in *text*, in order; a name in capitals ("DUSHANBE, 21 October") counts too.

    >>> [(p.name, p.country) for p in find_places("OSH, 14 May 2025 – A training was held.")]
    [('Osh', 'KG')]
    """
    hits = _find_places(text, lang)
    pattern = _index().pattern
    # only a word in capitals whose title case is a place ("МОМ", "OSCE" are not) makes a second pass
    caps = [m for m in _ALLCAPS.finditer(text) if not m.group(0).islower()
            and pattern.fullmatch(m.group(0)[0] + m.group(0)[1:].lower())]
    if caps:
        titled = _ALLCAPS.sub(lambda m: m.group(0)[0] + m.group(0)[1:].lower(), text)
        hits += [h for h in _find_places(titled, lang)
                 if any(m.start() <= h.start < m.end() for m in caps)
                 and not any(h.start < x.end and x.start < h.end for x in hits)]
    hits.sort(key=lambda h: h.start)
    return hits


def _unknown_regions(text: str, lang: str, table: dict[str, _Entry], taken: list[tuple[int, int]]) -> list[PlaceHit]:
    """Districts and regions the gazetteer lacks, named where something happened ("дар ноҳияи X", "in X district").
    A district word of the paragraph's own language places it in that language's country.

    >>> [(h.name, h.kind, h.locative) for h in _unknown_regions("Held in Zorvaz district today.", "en", {}, [])]
    [('Zorvaz district', 'region', True)]
    """
    out = []
    for m in _UNKNOWN_REGION.finditer(text):
        key = "name" if m.group("name") else "name2"
        start, end = m.start(key), m.end(key)
        if m.group(key) in table or any(start < e and s < end for s, e in taken):
            continue
        name = f"{m.group('before')} {m.group(key)}" if m.group("before") else f"{m.group(key)} {m.group('after')}"
        country = grammar_for(lang).country if m.group("before") else None
        out.append(PlaceHit(name, country, "region", start, m.end(), True, True))
    return out


def _find_places(text: str, lang: str = "") -> list[PlaceHit]:
    """Gazetteer places in *text*, in order.

    >>> [(p.name, p.country, p.locative) for p in find_places("2024 yil 5 mart kuni Samarqand shahrida")]
    [('Samarqand', 'UZ', True)]
    """
    pattern, table, adj_re, adj = _index()
    bases = _region_bases()
    hits: list[PlaceHit] = []
    taken: list[tuple[int, int]] = []
    for m in adj_re.finditer(text):
        name, iso = adj[m.group("stem")]
        loc = bool(_RU_IN.search(text[max(0, m.start() - 12):m.start()]))
        hits.append(PlaceHit(name, iso, "region", m.start(), m.end(), loc, True))
        taken.append((m.start(), m.end()))
    for m in pattern.finditer(text):
        form = m.group("form")
        nominative, iso, kind = table[form]
        start, end = m.start(), m.end()
        if any(start < e and s < end for s, e in taken):
            continue
        before = text[max(0, start - 14):start]
        locative = bool(m.group("loc")) or bool(_RU_IN.search(before))
        cue = bool(_CUE_BEFORE.search(before))
        after = text[end:end + 40]
        name = nominative
        if kind != "country":
            ra = _REGION_AFTER.match(after) if (nominative in bases or form in bases) and m.group(0) == form else None
            if ra:
                word = ra.group("word").lower()
                name = f"{nominative} {lex.REGION_AFTER[word]}"
                kind = "region"
                iso = bases.get(nominative, iso)
                end = end + ra.end()
                locative = bool(_LOC_REST.search(ra.group("rest")))
                cue = True
            elif m.group(0) == form:
                ca = _CITY_AFTER.match(after)
                if ca:
                    cue = True
                    kind = "city"
                    locative = locative or bool(_LOC_REST.search(ca.group("rest") or ""))
                    end = end + ca.end()
            if _REGION_BEFORE.search(before):
                name, kind, cue = f"вилояти {nominative}", "region", True
                locative = locative or bool(re.search(r"дар\s+вилояти\s*$", before))
            if kind == "region" and name == nominative:
                entry = table.get(nominative)
                kind = "city" if nominative not in bases or (entry and entry.kind == "city") else "region"
        if nominative in lex.AMBIGUOUS and not (cue or locative or m.group(0) != form):
            continue
        hits.append(PlaceHit(name, iso, kind, start, end, locative, cue))
        taken.append((start, end))
    for m in _UNKNOWN_BEFORE.finditer(text):
        name = m.group("name").rstrip("-")
        if name in table or any(m.start("name") < e and s < m.end("name") for s, e in taken):
            continue
        hits.append(PlaceHit(name, None, "city", m.start("name"), m.end("name"), True, True))
    for m in _UNKNOWN_AFTER.finditer(text):
        name = m.group("name")
        if name in table or any(m.start("name") < e and s < m.end("name") for s, e in taken):
            continue  # (a capital at the start of a sentence is a name here too: the cue follows it)
        loc = bool(_LOC_REST.search(m.group("rest")))
        if not loc and m.group("cue").casefold() in _DISTRICT_CUES:
            continue  # "X tumani Kengashi", "X ауданының әкімі": a district named in a body's name, not where
        hits.append(PlaceHit(name, None, "city", m.start("name"), m.end(), loc, True))
    hits += _unknown_regions(text, lang, table, taken)
    hits.sort(key=lambda h: h.start)
    return hits


@lru_cache(maxsize=16)
def _seat_before(lang: str) -> re.Pattern[str] | None:
    """A body's capitalised head word ("Office", "Центр"), maybe an abbreviation ("ОБСЕ"), then "in"/"в" at the end."""
    heads, preps = HEADS_FIRST.get(lang), grammar_for(lang).locative_prepositions
    if not heads or not preps:
        return None
    head = "(?:" + "|".join(heads) + r")[^\W\d_]*"
    return re.compile(rf"\b(?=[^\W\d_a-zа-яё])(?i:{head})(?:\s+(?i:{head}))?(?:\s+[^\W\d_a-zа-яё]{{2,}})?"
                      rf"\s+(?:{'|'.join(preps)})\s+$")


def seat_of_body(text: str, hit: PlaceHit, lang: str) -> bool:
    """True when *hit* only says where a named body sits ("the OSCE Office in Astana held a training in Osh").

    >>> t = "The Migration Centre in Osh held a seminar in Naryn."
    >>> [(h.name, seat_of_body(t, h, "en")) for h in find_places(t, "en")]
    [('Osh', True), ('Naryn', False)]
    """
    pattern = _seat_before(lang)
    return bool(pattern and pattern.search(text[max(0, hit.start - 60):hit.start]))


_MACRO = {"Центральная Азия", "Азия", "Европа", "СНГ", "Евразия", "Средняя Азия", "Кавказ", "Южный Кавказ"}


def natasha_places(text: str) -> list[PlaceHit]:
    """Russian LOC spans from natasha, nominative, for places the gazetteer lacks ("в селе Кок-Жар")."""
    from .nlp import morph_vocab, ner_doc

    doc = ner_doc(text, morph=True)
    out = []
    table = _index().table
    for span in doc.spans:
        if span.type != "LOC":
            continue
        span.normalize(morph_vocab())
        name = span.normal or span.text
        if name in _MACRO:
            continue
        entry = table.get(name) or table.get(span.text)
        if entry and entry.kind == "country":
            continue
        loc = bool(_RU_IN.search(text[max(0, span.start - 14):span.start]))
        out.append(PlaceHit(name, entry.country if entry else None, "city", span.start, span.stop, loc, False))
    return out


def country_of(name: str) -> str | None:
    """ISO code for a gazetteer form: ``country_of("Gəncə") -> 'AZ'``."""
    entry = _index().table.get(name)
    return entry.country if entry else None


_LIST_NEXT = re.compile(r"\s*,\s*[^\W\d_]")
_LIST_PREV = re.compile(r"[^\W\d_](?:\s*,|\s+(?:жана|және|va|və|ва|и|and))\s*$")  # "…, Германия жана Корея"


def in_a_list(text: str, h: PlaceHit) -> bool:
    """A country in a comma list of names ("Түркия, Германия, Болгария…"): where people go, not where the event was.

    >>> t = "Жарандарга Түркия, Германия жана Кореяда иштөөгө уруксат берилди. Кыргызстан жана ЭМУ"
    >>> [in_a_list(t, h) for h in find_places(t, "ky")]
    [True, True, True, False]
    """
    nxt, prev = _LIST_NEXT.match(text, h.end), _LIST_PREV.search(text[:h.start])
    before = _LIST_PREV.sub("", text[:h.start]).split() if prev else []
    return bool(nxt and text[nxt.end() - 1].isupper() or before and before[-1][:1].isupper())
