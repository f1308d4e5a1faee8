"""Abbreviations whose dot does not end a sentence even before a capital ("в г. Оше", "Dr. Lee").

Folded (lower case). A single capital letter followed by a dot is an initial and never ends a
sentence either (``store.ingest.doc``).
"""
from __future__ import annotations

BY_LANGUAGE: dict[str, tuple[str, ...]] = {
    # город, годы, улица, дом, имени, область, район, село, посёлок, профессор, академик, станция
    "ru": ("г", "гг", "ул", "д", "им", "обл", "р-н", "с", "пос", "проф", "акад", "ст", "т", "тел", "пр"),
    # шаары, жылы, облусу, району, көчөсү
    "ky": ("ш", "ж", "обл", "р-н", "көч", "а"),
    # қаласы, жылы, облысы, ауданы, көшесі
    "kk": ("қ", "ж", "обл", "ауд", "көш"),
    # shahri, yili, viloyati, tumani, ko'chasi
    "uz": ("sh", "y", "vil", "t", "ш", "й"),
    # шаҳри, соли, ноҳияи, вилояти, кӯчаи
    "tg": ("ш", "с", "н", "вил", "кӯч"),
    # şəhəri, ili, rayonu, küçəsi
    "az": ("ş", "r", "küç", "prof", "akad"),
    "en": ("mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "col", "lt", "sen", "rep", "gov", "no",
           "vs", "mt", "ft"),
}

# Abbreviated months ("Sept. 4", "12 дек. 2024 г.")
MONTHS: tuple[str, ...] = ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
                           "янв", "фев", "февр", "мар", "апр", "авг", "сен", "сент", "окт", "нояб", "дек")

NO_SENTENCE_END: frozenset[str] = frozenset(w for words in [*BY_LANGUAGE.values(), MONTHS] for w in words)
