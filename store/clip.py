"""Text cut for display: at a word, marked with "…"; and a snippet around a search match.

What is stored is never cut; these only shape what a screen or a terminal line shows.
"""
from __future__ import annotations

from typing import Any

ELLIPSIS = "…"


def clip(text: str | None, width: int) -> str:
    """*text* in at most *width* characters, cut after a whole word and marked with "…".

    >>> clip("Бишкек шаарында семинар өттү", 20)
    'Бишкек шаарында…'
    >>> clip("short", 20)
    'short'
    >>> clip("Averyveryverylongword", 8)
    'Averyve…'
    """
    text = " ".join((text or "").split())
    if len(text) <= width:
        return text
    cut = text[:width - 1]
    space = cut.rfind(" ")
    if space >= width // 3:  # a word boundary not too far back; else cut inside the one long word
        cut = cut[:space]
    return cut.rstrip(" ,;:–—-") + ELLIPSIS


def snippet(text: str, spans: list[tuple[int, int]], size: int = 240) -> tuple[str, list[tuple[int, int]]]:
    """The part of *text* around its first match (about *size* characters, cut at words, "…" where cut),
    and the match spans moved into it.

    >>> t = "one two three four five six seven eight nine ten"
    >>> snippet(t, [(24, 27)], size=20)
    ('… five six seven…', [(7, 10)])
    >>> snippet("short text", [(0, 5)])
    ('short text', [(0, 5)])
    """
    if len(text) <= size:
        return text, list(spans)
    first = spans[0][0] if spans else 0
    start = max(0, first - size // 3)
    end = min(len(text), start + size)
    start = max(0, min(start, end - size))
    if start > 0:  # begin at a word
        space = text.find(" ", start, first) if first > start else -1
        start = space + 1 if space >= 0 else start
    if end < len(text):  # end after a word
        space = text.rfind(" ", max(start, first), end)
        end = space if space > start else end
    head = ELLIPSIS + " " if start > 0 else ""
    tail = ELLIPSIS if end < len(text) else ""
    shift = len(head) - start
    inside = [(s + shift, e + shift) for s, e in spans if s >= start and e <= end]
    return head + text[start:end].rstrip() + tail, inside


def plural(n: int, word: str, many: str | None = None) -> str:
    """``plural(1, "document") == "1 document"``; ``plural(3, "event")`` is ``"3 events"``.

    >>> plural(2, "person", "people")
    '2 people'
    """
    return f"{n} {word if n == 1 else (many or word + 's')}"


def role_and_body(role: str | None, organization: str | None) -> str:
    """A person's role and body on one line, the body left out when the role already names it.

    >>> role_and_body("директор фонда", "Фонд «Мост»")
    'директор фонда, Фонд «Мост»'
    >>> role_and_body("Миграция кызматынын төрагасынын орун басары", "Миграция кызматы")
    'Миграция кызматынын төрагасынын орун басары'
    """
    from .fold import loose

    if role and organization:
        words = loose(organization).split()
        stems = [w[:max(4, len(w) - 3)] for w in words]
        if stems and all(st in loose(role) for st in stems):
            return role
    return ", ".join(x for x in (role, organization) if x)


def participants(e: dict[str, Any]) -> str | None:
    """``"30 (women 18, men 12)"`` from an event's counts, None when it has none.

    >>> participants({"participants_total": 30, "participants_women": 18, "participants_men": None})
    '30 (women 18)'
    """
    total, women, men = e.get("participants_total"), e.get("participants_women"), e.get("participants_men")
    if total is None and women is None and men is None:
        return None
    extra = ", ".join(x for x in (f"women {women}" if women is not None else "",
                                  f"men {men}" if men is not None else "") if x)
    return ("?" if total is None else str(total)) + (f" ({extra})" if extra else "")


def event_title(e: dict[str, Any]) -> str:
    """An event's first title, else its kind.

    >>> event_title({"titles": [], "kind": "training"})
    'training (no title)'
    """
    return (e.get("titles") or [None])[0] or f"{e.get('kind') or 'event'} (no title)"


def event_facts(e: dict[str, Any]) -> list[tuple[str, object]]:
    """What an event is, as (label, value) in the order ``kerben show event`` and the browser's
    detail panel print it; a value may be None or a list.

    >>> event_facts({"kind": "forum", "place": "Ош", "country": "KG", "titles": ["A", "B"]})[2:3]
    [('place', 'Ош, KG')]
    """
    return [("kind", e.get("kind")), ("date", e.get("date")),
            ("place", ", ".join(x for x in (e.get("place"), e.get("country")) if x)),
            ("organizers", e.get("organizers")), ("funders", e.get("funders")), ("participants", participants(e)),
            ("other titles", (e.get("titles") or [])[1:])]

