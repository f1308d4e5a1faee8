"""The named rules of the extractors, and how a record says which rule set each of its fields.

Every event, person and quote carries ``why``: for each field the extractor set, the rule that
set it and the sentence it came from, so a user can check a value before citing it::

    {"date": {"rule": "lead-sentence-date", "evidence": "В Оше 5 мая прошёл семинар."},
     "organizers": [{"value": "Фонд «Мост»", "rule": "hold-verb-subject", "evidence": "…"}]}

A field holding one value has one entry; a list field (titles, organizers, funders) has one
entry per value. ``RULES`` lists every rule name per field with what it means: the extractors
use no other name (a test checks it), and ``kerben show … --why`` prints the description.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Any, NamedTuple, TypedDict, Union

from .doc import sentence_spans


class Evidence(TypedDict):
    """What set a field holding one value."""

    rule: str  # a name of ``RULES[field]``
    evidence: str  # the sentence, trimmed


class ItemEvidence(TypedDict):
    """What put one value into a list field."""

    value: str
    rule: str
    evidence: str


Why = dict[str, Union[Evidence, list[ItemEvidence]]]  # field -> its evidence (a list for a list field)

RULES: dict[str, dict[str, str]] = {
    # events
    "kind": {
        "lead-event-word": "an event word in the lead sentence (the sentence that best says when and where)",
        "document-event-word": "the lead names no specific kind: the first specific event word of the report",
        "discussed-verb": "no event word; a sentence says something was discussed at a place or date",
        "no-event-word": "no specific event word anywhere: 'other'",
    },
    "date": {
        "lead-sentence-date": "a day or month date in the lead sentence",
        "dateline": "the dateline opening the report (place, date, dash), the only date of the lead",
        "relative-word": "'today', 'yesterday' … in the lead, counted from the publication date",
        "later-sentence-date": "the lead has no date: the first day or month date of a later sentence about it "
                               "(one with an event word, a verb of holding or taking part, or a date label)",
        "filing-day": "no sentence about the event is dated: the day of the news dateline ('Ош, 05.03.25 /Agency/.')",
    },
    "place": {
        "lead-locative": "a settlement or region in the lead sentence, said as 'in X'",
        "lead-place": "a settlement or region named in the lead sentence",
        "later-locative": "a settlement or region said as 'in X' in a later sentence about the event",
        "cue-word": "a settlement or region with its word ('город', 'району') in a later sentence",
        "natasha-locative": "natasha's location names in the Russian lead, said as 'в X'",
        "dateline-place": "no sentence about the event names a place: the settlement of the news dateline",
        "capital-word": "the lead says 'in the capital' ('в столице', 'столичный') without a name: the country's capital",
    },
    "country": {
        "place-country": "the country of the event's place",
        "vote-places": "the country the report's places, organizations and title point to most",
        "document-language": "no place points to a country: the country of the report's language",
    },
    "titles": {
        "title-cue": "quoted words beside a title word ('на тему «…»', '«…» деген темада')",
        "quoted-after-event-word": "quoted words right after or before an event word ('тренинг «…»')",
    },
    "organizers": {
        "organizer-cue": "a cue next to the body ('организованный', '… уюштурган', 'organised by')",
        "hold-verb-subject": "the body is the subject of a verb of holding ('X провёл семинар')",
        "members-held": "the body's people held it ('волонтёры движения X провели')",
        "shares-role": "joined to an organizer or funder by 'and' or a comma, it shares the role",
        "partner-with": "'organised by X with Y': a partner of the organizer",
        "organizer-label": "listed under a label ('Организаторы: …')",
        "event-possessor": "the body whose event it is ('X бирикмесинин тегерек столу', 'брифинг Союза X')",
    },
    "funders": {
        "funder-cue-before": "a support cue before the body ('при поддержке', 'with support from')",
        "funder-cue-after": "a support cue after the body ('… колдоосу менен', '… qo‘llab-quvvatlashi')",
        "shares-role": "joined to an organizer or funder by 'and' or a comma, it shares the role",
        "funder-label": "listed under a label ('При поддержке: …')",
    },
    "participants_total": {
        "labelled-count": "an exact count under a label ('Участники: 40', 'Катышуучулар: 40')",
        "participants-figure": "an exact count of participants: a participant noun, a verb of taking part, "
                               "an audience or a breakdown ('40 участников', '28 человек приняли участие')",
        "all-women-or-men": "the only count of a sentence about taking part counts women or men: they are all "
                            "the participants ('Тренингге 28 аял катышты')",
    },
    "participants_women": {
        "share-of-participants": "'N of the participants were women'",
        "women-or-men-count": "N women in a sentence about taking part, under a label, or after the total",
        "share-in-next-paragraphs": "'N of the participants were women' in a sentence after the total's (same paragraph or the two after it)",
    },
    "participants_men": {
        "share-of-participants": "'N of the participants were men'",
        "women-or-men-count": "N men in a sentence about taking part, under a label, or after the total",
        "share-in-next-paragraphs": "'N of the participants were men' in a sentence after the total's (same paragraph or the two after it)",
    },
    # people
    "name": {
        "name-shape": "capitalized words with a name shape (a surname or patronymic ending)",
        "name-cue": "capitalized words beside a cue (an honorific, a role word, a speech verb)",
        "natasha-per": "a person name found by natasha in a Russian paragraph the rules could not explain",
        "family-after-role": "a family name alone beside a role word or a speech verb ('президент Путилов'), "
                             "when no one named in full carries it",
    },
    "role": {
        "role-before-name": "role words right before the name ('начальник управления X')",
        "role-after-name": "role words right after the name ('X, head of …')",
    },
    "organization": {
        "role-apposition": "the body named in the role words beside the name",
        "generic-resolved": "the role names a body by its type ('the fund'): the body of that type the report named",
        "the-ministry": "a minister with no body named: the one ministry the report names",
        "minister-of-field": "a head-last minister of a field is of that field's ministry ('Билим берүү министри')",
        "the-place": "a head of a place with no place named beside ('президент', 'мэр города'): the place the "
                     "Russian report names most",
    },
    # quotes
    "text": {
        "inner-attribution": "an attribution inside the quotation marks ('«…, — сказал X. — …»')",
        "speech-after": "a speech verb right after the quotation ('«…», — сказал X')",
        "clause-before": "a clause before the quotation ending in a colon ('X отметил: «…»')",
        "colon-paragraph-before": "the paragraph before ends in 'X said:'",
        "same-speaker": "a speech verb between this quote and the speaker's previous one",
        "paragraph-after-speech": "a whole paragraph in quotation marks after one that tells what X said",
    },
    "speaker": {
        "named-in-attribution": "a person the attribution names",
        "role-in-attribution": "the person the report introduced with the role the attribution names",
        "unnamed-role": "the role words of a speaker the text does not name",
        "body-in-release": "the body the statement is from ('говорится в пресс-релизе министерства')",
        "subject-organization": "a statement or release of the report's subject organization",
        "last-person-before": "a pronoun: the person last named before the quote",
        "same-speaker": "the speaker of the previous quote in the paragraph",
        "speaker-of-paragraph-before": "the person last named in the paragraph before, which tells what they said",
    },
}

EVIDENCE_CHARS = 300


def describe(field: str, rule: str) -> str:
    """The one-line meaning of *rule* for *field*, or '' for a name not declared.

    >>> describe("date", "relative-word")[:7]
    "'today'"
    """
    return RULES.get(field, {}).get(rule, "")


def trim(text: str, limit: int = EVIDENCE_CHARS) -> str:
    """*text* on one line, cut to *limit* characters at a word.

    >>> trim("Семинар   прошёл\\nв Оше.")
    'Семинар прошёл в Оше.'
    >>> trim("one two three four", 10)
    'one two…'
    """
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[:limit - 1]
    return (cut.rsplit(" ", 1)[0] if " " in cut else cut) + "…"


def sentence_at(text: str, start: int, end: int) -> str:
    """The sentence of *text* holding ``text[start:end]`` (or the sentences it spans), trimmed.

    >>> sentence_at("Первое предложение. В Оше прошёл семинар. Третье.", 23, 26)
    'В Оше прошёл семинар.'
    """
    spans = sentence_spans(text)
    k = bisect_right(spans, (start, len(text) + 1)) - 1
    a = spans[k][0] if k >= 0 else 0
    m = bisect_left(spans, (end, -1)) - 1
    b = max(spans[m][1], a) if m >= 0 else len(text)
    return trim(text[a:b])


def note(why: Why | None, field: str, rule: str, evidence: str) -> None:
    """Record that *rule* set *field*, from *evidence* (nothing when *why* is None).

    >>> w: dict = {}
    >>> note(w, "date", "relative-word", "Сегодня в Оше прошёл семинар.")
    >>> w["date"]["rule"]
    'relative-word'
    """
    if why is not None:
        why[field] = {"rule": rule, "evidence": trim(evidence)}


def note_once(why: Why | None, field: str, rule: str, evidence: str) -> None:
    """``note`` unless *field* already has its rule (where the first value found is kept).

    >>> w: dict = {}
    >>> note_once(w, "participants_women", "share-of-participants", "a")
    >>> note_once(w, "participants_women", "women-or-men-count", "b")
    >>> w["participants_women"]["rule"]
    'share-of-participants'
    """
    if why is not None and field not in why:
        note(why, field, rule, evidence)


def note_item(why: Why | None, field: str, value: str, rule: str, evidence: str) -> None:
    """Record that *rule* put *value* into the list *field*.

    >>> w: dict = {}
    >>> note_item(w, "funders", "Фонд «Мост»", "funder-cue-before", "При поддержке Фонда «Мост».")
    >>> [x["value"] for x in w["funders"]]
    ['Фонд «Мост»']
    """
    if why is not None:
        items = why.setdefault(field, [])
        assert isinstance(items, list), f"{field} holds one value, not a list"
        items.append({"value": value, "rule": rule, "evidence": trim(evidence)})


def kept(why: Why, record: dict[str, Any]) -> Why:
    """The entries of *why* whose field the record has set (a rule may pick a value that is then dropped).

    >>> kept({"date": {"rule": "relative-word", "evidence": ""}, "place": {}}, {"date": None, "place": "Ош"})
    {'place': {}}
    """
    return {k: v for k, v in why.items() if record.get(k) not in (None, [], "")}


class WhyRow(NamedTuple):
    """One value of a record with the rule that set it."""

    field: str
    value: Any  # the field's value (one value of a list field)
    rule: str
    description: str  # what the rule means (``describe``)
    evidence: str  # the sentence


def explain(record: dict[str, Any]) -> list[WhyRow]:
    """The record's ``why`` as rows to print, in the record's field order (one row per value of a
    list field).

    >>> rec = {"date": "2024-05-05", "why": {"date": {"rule": "relative-word", "evidence": "Сегодня …"}}}
    >>> [(r.field, r.value, r.rule) for r in explain(rec)]
    [('date', '2024-05-05', 'relative-word')]
    """
    why = record.get("why") or {}
    rows = []
    for field in [k for k in record if k in why] + [k for k in why if k not in record]:
        entries = why[field] if isinstance(why[field], list) else [dict(why[field], value=record.get(field))]
        for e in entries:
            rule = e.get("rule", "")
            rows.append(WhyRow(field, e.get("value"), rule, describe(field, rule), e.get("evidence", "")))
    return rows


class WhyLine(NamedTuple):
    """A line of ``why_lines``."""

    text: str
    part: str  # "heading" | "field" | "rule" | "evidence": for the caller to style


def why_lines(data: dict[str, Any]) -> list[WhyLine]:
    """A record's (or a person's, document by document) ``why`` as lines to print.

    >>> for line, part in why_lines({"place": "Ош", "why": {"place": {"rule": "lead-locative", "evidence": "В Оше"}}}):
    ...     print(part, "|", line[:30])
    field | place: Ош
    rule |   rule: lead-locative (a settl
    evidence |   evidence: В Оше
    """
    people = "roles" in data
    records = [dict(name=data["name"], **r) for r in data["roles"]] if people else [data]
    lines: list[WhyLine] = []
    for rec in records:
        if people:
            lines.append(WhyLine(f"{data['name']} in {rec.get('source')}", "heading"))
        rows = explain(rec)
        if not rows:
            lines.append(WhyLine("  no rule recorded (extracted by an older Kerben: kerben reprocess)", "evidence"))
        for r in rows:
            lines.append(WhyLine(f"{r.field.replace('_', ' ')}: {r.value}", "field"))
            lines.append(WhyLine(f"  rule: {r.rule}" + (f" ({r.description})" if r.description else ""), "rule"))
            lines.append(WhyLine(f"  evidence: {r.evidence}", "evidence"))
    return lines
