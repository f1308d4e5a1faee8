"""Main text of an HTML page, via trafilatura (imported only when an HTML file comes in).

trafilatura.extract works on the string we give it and fetches nothing.
"""
from __future__ import annotations

import json
import re
from typing import NamedTuple

from ..errors import IngestError


def looks_html(text: str) -> bool:
    """True for text that is an HTML page rather than prose mentioning a tag."""
    head = text[:2000].lower()
    return bool(re.search(r"<!doctype html|<html[\s>]|<body[\s>]|<article[\s>]|<p[\s>].*</p>", head, re.S))


class Page(NamedTuple):
    """What a page gives: its main text (paragraphs separated by blank lines), title and date."""

    text: str
    title: str | None
    published: str | None  # "YYYY-MM-DD", "YYYY-MM" or "YYYY"


def extract(html: str, name: str = "input") -> Page:
    """The main text, title and published date of a page.

    >>> extract("<html><head><title>Семинар в Оше</title></head><body><article><p>В Оше прошёл семинар "
    ...         "для мигрантов, его провёл местный фонд.</p></article></body></html>").title
    'Семинар в Оше'
    """
    import trafilatura

    try:
        out = trafilatura.extract(html, output_format="json", with_metadata=True, include_comments=False,
                                  include_tables=True, favor_recall=True, deduplicate=False)
    except Exception as exc:  # trafilatura raises assorted lxml errors on broken markup
        raise IngestError(f"{name}: the HTML could not be parsed ({type(exc).__name__}).") from None
    if not out:
        raise IngestError(f"{name}: no article text was found in the HTML page.")
    data = json.loads(out)
    text = data.get("text") or data.get("raw_text") or ""
    if not text.strip():
        raise IngestError(f"{name}: no article text was found in the HTML page.")
    text = "\n\n".join(line for line in text.split("\n") if line.strip())
    date = data.get("date")
    if date and not re.fullmatch(r"\d{4}(?:-\d{2}){0,2}", date):
        date = None
    return Page(text, data.get("title"), date)
