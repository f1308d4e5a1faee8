"""Plain records passed between the ingest steps.

Every extractor takes the cleaned paragraphs of one document (``list[Para]``) plus a
``DocContext`` and returns plain dicts shaped like the export contract
(``../shared/spec/export.md``), so a rule can be tested on a sentence without a database.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Para:
    """One cleaned body paragraph."""

    id: str  # "p-<doc hash>-<index>", stable for the same bytes
    index: int  # position in the cleaned document, from 0
    lang: str  # ISO 639-1 ("ru", "ky", "kk", "uz", "tg", "az", "en", ...) or "und"
    text: str


@dataclass(slots=True)
class DocContext:
    """What extractors may know about the document besides its paragraphs."""

    doc_id: str
    title: str | None = None
    published: str | None = None  # "YYYY-MM-DD", "YYYY-MM", "YYYY" or None
    languages: list[str] = field(default_factory=list)
    dateline: str | None = None  # the filing day of a news dateline ("Ош, 05.03.25 /Agency/."), if any


def stable_id(prefix: str, *parts: object) -> str:
    """A short id that is the same for the same inputs: ``stable_id("e", "d-1", 0) -> 'e-…'``."""
    digest = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return f"{prefix}-{digest[:12]}"


def paragraph_id(doc_id: str, index: int) -> str:
    """``paragraph_id("d-0123456789abcdef", 3) -> 'p-0123456789ab-003'``."""
    core = doc_id.split("-", 1)[-1]
    return f"p-{core[:12]}-{index:03d}"
