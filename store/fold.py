"""Folding for plain-keyboard search, and safe FTS5 queries from whatever the user typed.

SQLite's ``unicode61 remove_diacritics 2`` folds ş→s, ü→u, й→и... but not ё, ə, ı or the
Turkic Cyrillic letters. ``loose`` does that fold in Python; the paragraphs table keeps a
``loose`` column indexed in the same FTS table, and queries are folded the same way.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils

_MAP = str.maketrans({
    "ё": "е", "Ё": "Е", "ı": "i", "İ": "i", "I": "i", "ə": "e", "Ə": "e", "ө": "о", "Ө": "о", "ү": "у",
    "Ү": "у", "ң": "н", "Ң": "н", "қ": "к", "Қ": "к", "ғ": "г", "Ғ": "г", "ұ": "у", "Ұ": "у", "і": "и",
    "І": "и", "ә": "а", "Ә": "а", "ҳ": "х", "Ҳ": "х", "ҷ": "ч", "Ҷ": "ч", "ӣ": "и", "Ӣ": "и", "ӯ": "у",
    "Ӯ": "у", "ў": "у", "Ў": "у", "һ": "х", "Һ": "х", "ҝ": "к",
    "‘": "", "’": "", "ʻ": "", "ʼ": "", "`": "", "'": "",
})
_APOS_OG = re.compile(r"(?<=[oOgG])[‘’ʻʼ'`]")
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)


def loose(text: str) -> str:
    """Fold what SQLite does not: ``loose("Təşkilatının") == "teşkilatinin"`` (ş is folded by SQLite).

    >>> loose("Өкмөттүн ёлка Toshkent o‘g‘il")
    'окмоттун елка toshkent ogil'
    """
    return _APOS_OG.sub("", text).translate(_MAP).lower()


def terms(query: str) -> list[str]:
    """The words of a user query, folded; operators and punctuation are just separators.

    >>> terms('"Ош AND (NEAR teşkilat*')
    ['ош', 'and', 'near', 'teşkilat']
    """
    return _TOKEN.findall(loose(query))


def fts_query(query: str) -> str | None:
    """A safe FTS5 MATCH expression: every word quoted, as a prefix, all words required.

    Returns None when the query has no word at all.

    >>> fts_query('Ош "торговля')
    '"ош"* "торговля"*'
    """
    words = terms(query)
    if not words:
        return None
    return " ".join(f'"{w}"*' for w in words)


def person_text(name: str, aliases: list[str], role: str | None, organization: str | None) -> str:
    """What the People pane searches: name, spellings, role and organization, folded, plus the
    names in Latin letters so that a plain keyboard finds any script.

    >>> person_text("Нурлан Өмүров", [], "директор", None)
    'нурлан омуров директор nurlan omurov'
    """
    from anyascii import anyascii

    names = " ".join([name, *aliases])
    text = loose(" ".join(x for x in (names, role, organization) if x))
    latin = loose(anyascii(names))
    return text if latin in text else f"{text} {latin}"


def like(value: str) -> str:
    """A LIKE pattern matching *value* anywhere in a column folded by ``kerben_fold`` (see ``prepare``).

    >>> like("Жаңы_100%")
    '%жаны100%'
    """
    return "%" + loose(value).replace("%", "").replace("_", "") + "%"


def _fold_sql(value: object) -> str:
    return loose(value) if isinstance(value, str) else ""


def prepare(db: "sqlite_utils.Database") -> None:
    """Register ``kerben_fold`` (``loose`` in SQL) on *db*: SQLite's ``lower`` only knows ASCII, so
    every filter of the CLI and the browser compares ``kerben_fold(column) LIKE like(value)``."""
    db.conn.create_function("kerben_fold", 1, _fold_sql, deterministic=True)
