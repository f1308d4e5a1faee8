"""Words that name an organization's type only, in every language of the genre (data only; used by
``store.ingest.orgs``).

* ``TYPE_ABBREVIATIONS``: legal-form abbreviations ("ОФ" public fund, "ННО", "MMC", "NGO"); one
  before a quoted name makes a name ("ОФ «…»"), one alone names no body.
* ``TYPE_QUALIFIERS``: words that only qualify a type ("public fund", "non-governmental
  organization"): a qualifier and a type word alone name no body.
"""
from __future__ import annotations

TYPE_ABBREVIATIONS = frozenset({"ОФ", "ОО", "ОсОО", "ННО", "НПО", "НКО", "ТҶ", "ҶДММ", "ЖШС", "ҚБ", "ҚҚ", "MMC", "İB",
                                "QHT", "NGO", "ЖЧК", "ННТ", "НТТ", "МЧЖ", "ҶҶ",
                                # the English renderings of "ОО"/"ОФ": public association, public foundation, public union
                                "PA", "PF", "PU"})
TYPE_QUALIFIERS = frozenset({
    "коомдук", "қоғамдық", "общественный", "общественная", "общественное", "общественного", "ictimai",
    "jamoat", "жамоат", "нодавлат", "nodavlat", "ҷамъиятӣ", "ҷамъиятии", "public", "non-governmental",
    "бейөкмөт", "үкіметтік", "qeyri-hökumət", "ғайридавлатӣ", "негосударственный", "негосударственная",
})
