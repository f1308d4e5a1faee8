"""Filter values as a user types them, checked: a value that cannot match anything is an error with
one sentence (``BadValue``, exit 1), never a silently empty list.

Harmless spellings are accepted as meant: ``RU`` is ``ru``, ``kg`` is ``KG``.
"""
from __future__ import annotations

import datetime as _dt
import re
from typing import TYPE_CHECKING

from .errors import BadValue

if TYPE_CHECKING:
    import sqlite_utils

LANGUAGES = ("ru", "ky", "kk", "uz", "tg", "az", "en")  # what the pipeline tells apart (ingest/language.py)
_DATE = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


def date(value: str | None, option: str) -> str | None:
    """A date bound as stored (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``), or ``BadValue``.

    >>> date("2024-3", "--from")
    '2024-03'
    >>> date("2024-13", "--from")
    Traceback (most recent call last):
    ...
    store.errors.BadValue: --from 2024-13 is not a date: use YYYY, YYYY-MM or YYYY-MM-DD.
    """
    if value is None:
        return None
    m = _DATE.fullmatch(value.strip())
    try:
        if not m:
            raise ValueError
        y, mo, d = m.group(1), m.group(2), m.group(3)
        _dt.date(int(y), int(mo or 1), int(d or 1))
    except ValueError:
        raise BadValue(f"{option} {value} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD.") from None
    return "-".join([y] + [f"{int(x):02d}" for x in (mo, d) if x])


def kind(value: str | None) -> str | None:
    """An event kind, or ``BadValue`` naming the kinds there are.

    >>> kind("Training")
    'training'
    """
    if value is None:
        return None
    from .ingest.lexicon.events import KIND_PRIORITY

    k = value.strip().lower()
    if k not in KIND_PRIORITY:
        raise BadValue(f"Unknown event kind '{value}': use one of {', '.join(sorted(KIND_PRIORITY))}.")
    return k


def country(value: str | None) -> str | None:
    """A two-letter country code, upper-cased.

    >>> country("kg")
    'KG'
    """
    if value is None:
        return None
    c = value.strip().upper()
    if not re.fullmatch(r"[A-Z]{2}", c):
        raise BadValue(f"--country {value} is not a country code: use two letters such as KG, KZ, UZ, TJ or AZ.")
    return c


def lang(db: sqlite_utils.Database | None, value: str | None) -> str | None:
    """A language code, lower-cased; one the pipeline never gives and the store does not hold is an error.

    >>> lang(None, "RU")
    'ru'
    """
    if value is None:
        return None
    code = value.strip().lower()
    if code in LANGUAGES or (re.fullmatch(r"[a-z]{2,3}", code) and db is not None and db.execute(
            "SELECT 1 FROM paragraphs WHERE lang = ? LIMIT 1", [code]).fetchone()):
        return code
    raise BadValue(f"Unknown language '{value}': use a two-letter code such as {', '.join(LANGUAGES)}.")
