"""Plain records passed between the ingest steps.

Every extractor takes the cleaned paragraphs of one document (``list[Para]``) plus a
``DocContext`` and returns its records (``Figure``, ``Event``, ``Person``, ``Quote``, ``Pair``),
so a rule can be tested on a sentence without a database. A record's ``to_row()`` is the dict the
pipeline hands to the store: the shape of the export contract (``../shared/spec/export.md``), plus
what the store keeps for itself (a person's mentions and phonetic key, a pair's languages).
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

from .rules import Why, kept


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


@dataclass(frozen=True, slots=True)
class Figure:
    """A count the report is about, with the words around it.

    >>> Figure(40, "приняли участие 40 человек", "p-1").to_row()
    {'value': 40, 'text': 'приняли участие 40 человек', 'paragraph_id': 'p-1'}
    """

    value: int | float  # an int unless the report gives a fraction of a scale ("2,5 млн" is 2500000)
    text: str
    paragraph_id: str

    def to_row(self) -> dict[str, Any]:
        return {"value": self.value, "text": self.text, "paragraph_id": self.paragraph_id}


@dataclass(frozen=True, slots=True)
class Event:
    """One event a report is about; ``why`` holds each field's rule (``rules.note``), kept for the
    fields the record sets.

    >>> row = Event("e-1", "training", ("Безопасная миграция",), "2024-03-06", "Ош", "KG", ("Фонд «Мост»",), (),
    ...             40, None, None, ("p-1",), {"date": {"rule": "lead-sentence-date", "evidence": "…"},
    ...                                        "funders": []}).to_row()
    >>> row["organizers"], row["participants_total"], list(row["why"])
    (['Фонд «Мост»'], 40, ['date'])
    """

    id: str
    kind: str  # training | roundtable | conference | meeting | campaign | forum | other
    titles: tuple[str, ...]
    date: str | None  # YYYY-MM-DD | YYYY-MM | YYYY
    place: str | None
    country: str | None  # ISO 3166-1 alpha-2
    organizers: tuple[str, ...]
    funders: tuple[str, ...]
    participants_total: int | None
    participants_women: int | None
    participants_men: int | None
    paragraph_ids: tuple[str, ...]
    why: Why = field(default_factory=dict)

    def to_row(self) -> dict[str, Any]:
        row: dict[str, Any] = {
            "id": self.id, "kind": self.kind, "titles": list(self.titles), "date": self.date, "place": self.place,
            "country": self.country, "organizers": list(self.organizers), "funders": list(self.funders),
            "participants_total": self.participants_total, "participants_women": self.participants_women,
            "participants_men": self.participants_men, "paragraph_ids": list(self.paragraph_ids),
        }
        row["why"] = kept(self.why, row)
        return row


@dataclass(frozen=True, slots=True)
class Mention:
    """Where a person is named: a span of one paragraph."""

    paragraph_id: str
    surface: str  # the words as the text writes them
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Person:
    """A person named in one document, with the mentions the store indexes and a phonetic ``key``
    that identities are matched on across documents (neither is part of the export).

    >>> row = Person("person-1", "Айгүл Асанова", (), "директор", None, ("p-2",),
    ...              (Mention("p-2", "Айгүл Асанова", 9, 22),), "asanova aigul").to_row()
    >>> row["mentions"], row["why"]
    ([{'paragraph_id': 'p-2', 'surface': 'Айгүл Асанова', 'start': 9, 'end': 22}], {})
    """

    id: str
    name: str  # nominative
    aliases: tuple[str, ...]
    role: str | None
    organization: str | None
    paragraph_ids: tuple[str, ...]
    mentions: tuple[Mention, ...]
    key: str
    why: Why = field(default_factory=dict)

    def to_row(self) -> dict[str, Any]:
        row: dict[str, Any] = {
            "id": self.id, "name": self.name, "aliases": list(self.aliases), "role": self.role,
            "organization": self.organization, "paragraph_ids": list(self.paragraph_ids),
            "mentions": [{"paragraph_id": m.paragraph_id, "surface": m.surface, "start": m.start, "end": m.end}
                         for m in self.mentions],
            "key": self.key,
        }
        row["why"] = kept(self.why, row)
        return row


@dataclass(frozen=True, slots=True)
class Quote:
    """Words a report quotes, with who said them when it says.

    >>> Quote("q-1", "Мы продолжим работу", "ru", None, None, "p-3").to_row()["speaker"] is None
    True
    """

    id: str
    text: str  # without the quotation marks
    lang: str
    speaker: str | None  # a person's or a body's name
    person_id: str | None
    paragraph_id: str
    why: Why = field(default_factory=dict)

    def to_row(self) -> dict[str, Any]:
        row: dict[str, Any] = {"id": self.id, "text": self.text, "lang": self.lang, "speaker": self.speaker,
                               "person_id": self.person_id, "paragraph_id": self.paragraph_id}
        row["why"] = kept(self.why, row)
        return row


@dataclass(frozen=True, slots=True)
class Pair:
    """Paragraphs of one document that translate each other (a side may hold two paragraphs).

    >>> Pair(("p-1",), ("p-7", "p-8"), 0.91, "ky", "ru").to_row()
    {'a': ['p-1'], 'b': ['p-7', 'p-8'], 'score': 0.91, 'lang_a': 'ky', 'lang_b': 'ru'}
    """

    a: tuple[str, ...]
    b: tuple[str, ...]
    score: float
    lang_a: str
    lang_b: str

    def to_row(self) -> dict[str, Any]:
        return {"a": list(self.a), "b": list(self.b), "score": self.score, "lang_a": self.lang_a,
                "lang_b": self.lang_b}
