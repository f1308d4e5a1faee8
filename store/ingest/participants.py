"""How many took part in an event, and how many of them were women and men.

Read from the event's sentences in order: a labelled count ("Участники: 25"), a figure whose noun is a
participant word or that a verb of taking part governs, women and men counted beside it or as a share
("Nine of the participants were women").
"""
from __future__ import annotations

import re
from typing import NamedTuple

from .event_sentences import Sent, patterns
from .figures import FigureHit, find_figures
from .lexicon import events as lex
from .rules import Why, note, note_once


class Counts(NamedTuple):
    """How many took part in the event, and how many of them were women and men."""

    total: int | None
    women: int | None
    men: int | None


def participants(sents: list[Sent], why: Why | None = None) -> Counts:
    participate = patterns().participate
    women_re = re.compile(lex.WOMEN_WORDS, re.IGNORECASE)
    men_re = re.compile(lex.MEN_WORDS, re.IGNORECASE)
    part_re = re.compile(lex.PARTICIPANT_WORDS, re.IGNORECASE)
    total: int | None = None
    women: int | None = None
    men: int | None = None
    at = 0
    for at, s in enumerate(sents):
        figs = find_figures(s.text, s.para.lang)
        if not figs:
            continue
        takes_part = bool(participate.search(s.text))
        for f in figs:
            value = f.value
            if f.approx or not isinstance(value, int) or f.entity:
                continue
            share = _share_of(s.text, f, women_re, men_re)
            if share:  # "Nine of the participants were women": a part of the participants
                if share == "women" and women is None:
                    women = value
                    note(why, "participants_women", "share-of-participants", s.text)
                elif share == "men" and men is None:
                    men = value
                    note(why, "participants_men", "share-of-participants", s.text)
                continue
            noun = f.noun or ""
            if f.labelled and total is None and not women_re.fullmatch(noun or "-") :
                total = value
                note(why, "participants_total", "labelled-count", s.text)
            elif noun and women_re.fullmatch(noun) and (takes_part or f.labelled or total is not None):
                women = women if women is not None else value
                note_once(why, "participants_women", "women-or-men-count", s.text)
            elif noun and men_re.fullmatch(noun) and (takes_part or f.labelled or total is not None):
                men = men if men is not None else value
                note_once(why, "participants_men", "women-or-men-count", s.text)
            elif noun and (part_re.fullmatch(noun) or takes_part or f.audience or f.breakdown) \
                    and total is None and not (women_re.fullmatch(noun) or men_re.fullmatch(noun)):
                total = value
                note(why, "participants_total", "participants-figure", s.text)
        counts = [f for f in figs if not f.approx and isinstance(f.value, int)]
        if total is None and takes_part and len(counts) == 1 and (women is not None or men is not None) \
                and not _SUBSET.search(s.text[:counts[0].start]):
            total = int(counts[0].value)  # "Тренингге 28 аял катышты": the women are all the participants
            note(why, "participants_total", "all-women-or-men", s.text)
        if total is not None:
            break
    if total is not None and women is None and men is None:
        near = sents[at].para.index
        for s in [x for x in sents if x is not sents[at] and near <= x.para.index <= near + 2]:
            # "Twenty-two journalists … | Nine of the participants were women."
            for f in find_figures(s.text, s.para.lang):
                value = f.value
                if not isinstance(value, int):
                    continue
                share = _share_of(s.text, f, women_re, men_re)
                if share and value <= total:
                    if women is None and share == "women":
                        women = value
                        note(why, "participants_women", "share-in-next-paragraphs", s.text)
                    elif men is None and share == "men":
                        men = value
                        note(why, "participants_men", "share-in-next-paragraphs", s.text)
    return Counts(total, women, men)


_SHARE_OF = re.compile(r"\s+of\s+(?:the|them|these|those|whom)\b(?:\s+\w+)?\s+(?:were|are|was)\s+(?P<rest>\w+)",
                       re.IGNORECASE)


def _share_of(text: str, fig: FigureHit, women_re: re.Pattern[str], men_re: re.Pattern[str]) -> str | None:
    """"women" or "men" for "N of the participants were women/men" at the figure, else None."""
    m = _SHARE_OF.match(text[fig.end:fig.end + 60])
    if not m:
        return None
    if women_re.search(m.group("rest")):
        return "women"
    return "men" if men_re.search(m.group("rest")) else None


_SUBSET = re.compile(r"(?<![^\W\d_])(?:" + lex.SUBSET_WORDS + r")(?![^\W\d_])", re.IGNORECASE)
