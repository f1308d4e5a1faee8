"""Furniture at the edges of a page, known by its place and shape rather than by its words.

A boilerplate remover's view (jusText, trafilatura): the body is the run of prose paragraphs
around the lead; what comes before it (menus, the site's name, date widgets) and after it
(signatures, related links) is furniture when it is short and looks like a label rather than a
sentence: Title Case or capitals, no sentence end, above the headline, next to other furniture,
in another script than every prose paragraph of the page, or made mostly of numbers.
Nothing inside the body (between its first and last prose paragraphs) is ever judged here.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import NamedTuple

from .dates import find_dates
from .furniture import BULLET, SENT_END
from .lexicon import furniture as lex
from .names import surname_strength
from .scripts import script_counts

SHORT_WORDS = 6  # a line of up to this many words is a label, not a sentence
_GAP = 4  # this many lines without prose between two prose paragraphs part two runs of prose
_SMALL = re.compile(r"^(?:of|the|and|for|in|on|at|to|a|an|by|with|и|в|на|по|для|с|va|ve|və|жана|мен|және|ва)$", re.I)
_NUMBER = re.compile(r"\d")
_YEAR_OR_CLOCK = re.compile(r"(?<!\d)(?:1[89]\d\d|20\d\d)(?!\d)|(?<!\d)\d{1,2}:\d{2}(?!\d)")
_TOKEN_SEP = re.compile(r"[\s,|•·/–—]+")
_OPEN = (",", ";", "(", "«", "“", "-", "–", "—")  # a line ending so goes on in the next one


class Zones(NamedTuple):
    """The first and last prose line of the page's main run of prose (indices into its lines)."""

    start: int
    end: int


def is_prose(line: str) -> bool:
    """A paragraph of running text: eight words or more ending like a sentence, or a long line.

    >>> is_prose("Участники обсудили права трудовых мигрантов и план работы на год."), is_prose("Our Work")
    (True, False)
    """
    words = line.split()
    return len(words) >= 25 or (len(words) >= 8 and bool(SENT_END.search(line)))


def main_run(prose: list[bool], lengths: list[int], known: list[bool]) -> Zones | None:
    """The run of prose lines with the most text; ``_GAP`` or more lines without prose part two runs
    when two of them are known furniture (a menu between an about-us blurb and the story), twice
    as many part them anyway (a list of names between two paragraphs does not).

    >>> main_run([True, False, False, False, False, True, False, True], [50, 5, 5, 5, 5, 80, 3, 90], [False] * 8)
    Zones(start=0, end=7)
    >>> main_run([True, False, False, False, False, True, False, True], [50, 5, 5, 5, 5, 80, 3, 90], [True] * 8)
    Zones(start=5, end=7)
    """
    runs: list[list[int]] = []
    last = None
    for i, p in enumerate(prose):
        if not p:
            continue
        gap = i - last - 1 if last is not None else 0
        if last is None or gap >= 2 * _GAP or (gap >= _GAP and sum(known[last + 1:i]) >= 2):
            runs.append([i, i, 0])
        runs[-1][1] = i
        runs[-1][2] += lengths[i]
        last = i
    if not runs:
        return None
    best = max(runs, key=lambda r: r[2])
    return Zones(best[0], best[1])


_PAGE_SCRIPTS = ("latn", "cyrl", "arab")  # the scripts our pages are written in
_SAMPLE = 300  # letters enough to tell a paragraph's script
_PROSE_SAMPLE = 40  # paragraphs enough to tell the body's scripts


def scripts(line: str) -> dict[str, int]:
    """How many letters of each script (Latin, Cyrillic, Arabic) a line has in its first ``_SAMPLE``
    characters.

    >>> scripts("Ош city")
    {'latn': 4, 'cyrl': 2}
    """
    counts = script_counts(line[:_SAMPLE])
    return {name: counts[name] for name in _PAGE_SCRIPTS if counts[name]}


def foreign_script(line: str, body: dict[str, int]) -> bool:
    """Whether *line* is in a script that the page's prose hardly uses (under 5%), with at most a
    fifth of its letters in the prose's own script (a headline naming a company stays).

    >>> foreign_script("Skip Links", {"cyrl": 900, "latn": 10}), foreign_script("Ош", {"cyrl": 900})
    (True, False)
    >>> foreign_script("Hewlett-Packard берёт пример с Google", {"cyrl": 900})
    False
    """
    mine = scripts(line)
    total = sum(body.values())
    if not mine or not total:
        return False
    top = max(mine, key=lambda s: mine[s])
    main = max(body, key=lambda s: body[s])
    return body.get(top, 0) < 0.05 * total and mine.get(main, 0) * 5 <= sum(mine.values())


def is_label(line: str) -> bool:
    """Every word capitalised (small linking words aside) or no lower-case letter at all: a menu label.

    >>> is_label("Cross-cutting (Global)"), is_label("IOM Global"), is_label("Тренинг прошёл в Оше"), is_label("2. Asia")
    (True, True, False, True)
    """
    words = [w.strip("()[]«»\"'“”-–—:") for w in _item(line).split()]
    words = [w for w in words if w and not _SMALL.match(w)]
    numbers = sum(1 for w in words if w[:1].isdigit())  # a line mostly of numbers is a table's row
    return numbers * 2 < len(words) and all(w[:1].isupper() or w[:1].isdigit() for w in words)


def is_stamp(line: str) -> bool:
    """A line of numbers with a year or a clock time and at most two words: a date widget or a date,
    view count and reading time ("13 Iyul, 2025 | 18 Muharram, 1447", "30.07.2018 6205 3 min.").

    >>> is_stamp("Октябрь 17, 2014 10:29"), is_stamp("30.07.2018   6205   3 min."), is_stamp("В 2014 году 17 семей")
    (True, True, False)
    """
    if len(line) > 60 or not _YEAR_OR_CLOCK.search(line):
        return False
    tokens = [t for t in _TOKEN_SEP.split(line.strip(" -–—•")) if t.strip(".")]
    numbers = sum(1 for t in tokens if _NUMBER.search(t))
    return numbers >= 3 and len(tokens) - numbers <= 2


def edge_verdicts(lines: list[str], verdicts: list[str | None]) -> list[str | None]:
    """*verdicts* with the furniture found at the page's edges added (a reason for each line, None: body).

    A short line before the main run of prose or after it is furniture when it is in another script
    than the prose or is a line of numbers, or when its marks add up to three: one for a label's
    case, one for no sentence end, one for a place above the headline, one for each neighbour
    already known as furniture (by a rule of its own, so that one guess does not carry the next). A line ending
    with a comma or a dash goes on in the next one, and the line right above the body is its
    headline: neither is a label.

    >>> edge_verdicts(["Menu", "Our Work", "Migrants met officials in the city hall on Monday to talk.",
    ...                "Share this"], ["navigation", None, None, "share bar"])
    ['navigation', 'edge label', None, 'share bar']
    """
    prose = [v is None and is_prose(x) for x, v in zip(lines, verdicts)]
    zones = main_run(prose, [len(x) for x in lines], [bool(v) for v in verdicts])
    if zones is None:
        return verdicts
    body = _prose_scripts(lines, prose)
    edge = [not (v or zones.start <= i <= zones.end) for i, v in enumerate(verdicts)]
    strong = [v or (_edge_reason(x, body, i > zones.end) if e else None)
              for i, (x, v, e) in enumerate(zip(lines, verdicts, edge))]
    _page_titles(lines, edge, strong)
    out = list(strong)
    headline = _headline(lines, strong, zones.start)
    if headline is not None and strong[headline] == "other script" and all(strong[:headline]):
        strong[headline] = out[headline] = None  # the page opens with its headline in another language
    zone = [not zones.start <= i <= zones.end and i != headline for i in range(len(lines))]
    for i in menu_runs(lines, strong, zone):
        out[i] = "menu"
    for i, line in enumerate(lines):
        if out[i] or not edge[i] or len(line.split()) > SHORT_WORDS or line.endswith(_OPEN):
            continue
        near = (i > 0 and bool(strong[i - 1])) + (i + 1 < len(lines) and bool(strong[i + 1]))
        if i < zones.start and _byline(line, lines[zones.start:zones.end + 1], alone=not near):
            out[i] = "byline"
            continue
        if (i == headline and len(line.split()) >= 3) or looks_like_name(line) or _counted_item(line):
            continue  # the headline, whatever its case; a name, an item with numbers: body
        if label_marks(line, headline is not None and i < headline) + near >= 3:
            out[i] = "edge label"
    return out


def looks_like_name(line: str) -> bool:
    """Two to four capitalised words ending with a family name ("Айна Усенова.", "Dilnoza Karimova"):
    an author's or a speaker's name alone on a line, which a label's shape must not take.

    >>> looks_like_name("Айна Токтогулова."), looks_like_name("Regional Office"), looks_like_name("Kyrgyzstan Office")
    (True, False, False)
    """
    words = line.strip(" .").split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and surname_strength(words[-1]) == 2


def _byline(line: str, body: list[str], alone: bool = True) -> bool:
    """A name alone above the body that the body never names again: the author's byline (a person
    the story is about is named in it, and a photo's caption of a name ends like a sentence).

    Without a known family name, two or three capitalised words none of which the body uses ("Dana
    Orlin"), *alone* (no furniture next to it: a menu's labels have some): a headline shares its
    words with its story.

    >>> _byline("Айна Токтогулова", ["Семинар провели юристы фонда."]), _byline("Айна Токтогулова", ["Токтогулова открыла семинар."])
    (True, False)
    >>> _byline("Dana Orlin", ["The fund met migrants."]), _byline("Migrants Return", ["Migrants came back."])
    (True, False)
    """
    words = line.split()
    if SENT_END.search(line) or not 2 <= len(words) <= 4:
        return False
    text = " ".join(body).casefold()
    if looks_like_name(line):
        return words[-1].casefold()[:5] not in text
    return alone and len(words) <= 3 and all(w.isalpha() and w[:1].isupper() and w[1:].islower() for w in words) \
        and not any(w.casefold()[:5] in text for w in words)


def _headline(lines: list[str], strong: list[str | None], start: int) -> int | None:
    """The headline above the body starting at *start*: the nearest line not known as furniture
    without a sentence end (a subtitle under it ends like a sentence), else the nearest one."""
    kept = [i for i in range(start - 1, -1, -1) if not strong[i] or strong[i] == "other script"]
    return next((i for i in kept if not SENT_END.search(lines[i])), kept[0] if kept else None)


def _counted_item(line: str) -> bool:
    """A list item with a number (a game, a date, a count): content, not a menu entry.

    >>> _counted_item("• 7 мая, второй тур"), _counted_item("- Take Action"), _counted_item("3. Reports")
    (True, False, False)
    """
    return bool(BULLET.match(line)) and any(ch.isdigit() for ch in _item(line))


def _item(line: str) -> str:
    """A list item without its bullet or number ("2. Asia" -> "Asia"): a numbered menu's or
    breadcrumb trail's number is no count.

    >>> _item("2. Asia"), _item("- 7 мая"), _item("2024 год")
    ('Asia', '7 мая', '2024 год')
    """
    m = BULLET.match(line.strip())
    return line.strip()[m.end():].strip() if m else line


def label_marks(line: str, above_headline: bool) -> int:
    """A short line's marks as a label, its neighbours aside: a label's case, no sentence end, a
    place above the headline (the site's or section's name).

    >>> label_marks("Global Network", True), label_marks("Тренинг прошёл в Оше.", False)
    (3, 0)
    """
    return is_label(line) + (not SENT_END.search(line)) + above_headline


def _prose_scripts(lines: list[str], prose: list[bool]) -> dict[str, int]:
    """How many letters of each script the page's prose paragraphs have (the first ``_PROSE_SAMPLE``)."""
    body: Counter[str] = Counter()
    for x in [x for x, p in zip(lines, prose) if p][:_PROSE_SAMPLE]:
        body.update(scripts(x))
    return dict(body)


def _page_titles(lines: list[str], edge: list[bool], strong: list[str | None]) -> None:
    """Mark in *strong* the page's title beside its headline (see ``_titled``), among edge lines."""
    for i in range(len(lines) - 1):
        if edge[i] and edge[i + 1] and not (strong[i] or strong[i + 1]):
            longer = _titled(lines[i], lines[i + 1])
            if longer is not None:
                strong[i + longer] = "page title"


def _edge_reason(line: str, body: dict[str, int], tail: bool) -> str | None:
    """Furniture at an edge by itself: a short line in another script, a press office's signature
    after the body, a date or a line of numbers above it (after it, numbers may be the report's table)."""
    short = len(line.split()) <= SHORT_WORDS
    if short and foreign_script(line, body):
        return "other script"
    if tail:
        return "signature" if short and any(w in line.casefold() for w in lex.PRESS_OFFICES) else None
    if dated(line):
        return "date stamp"
    return "date widget" if is_stamp(line) else None


def split_glued_headings(lines: list[str]) -> list[str]:
    """A heading run into its paragraph without a space, put on a line of its own: a line that
    starts with the previous line glued to a capital ("Our Work" / "Our WorkAs the…"), or two or
    more words in capitals glued to a capitalised word ("WHO WE AREThe…"). The heading is then
    judged as any line is (a menu word, a repeated line).

    >>> split_glued_headings(["Our Work", "Our WorkAs the agency grew, it opened offices."])
    ['Our Work', 'Our Work', 'As the agency grew, it opened offices.']
    >>> split_glued_headings(["ABOUT THE FUNDThe fund was set up in 2004.", "The USA and the EU met."])
    ['ABOUT THE FUND', 'The fund was set up in 2004.', 'The USA and the EU met.']
    """
    out: list[str] = []
    for i, line in enumerate(lines):
        cut = _glued_at(line, lines[i - 1] if i else "")
        out.extend((line[:cut], line[cut:]) if cut else (line,))
    return out


def _glued_at(line: str, prev: str) -> int:
    """Where a heading glued to the start of *line* ends, or 0."""
    n = len(prev)
    if 0 < len(prev.split()) <= SHORT_WORDS and len(line) > n + 1 and line[:n].casefold() == prev.casefold() \
            and line[n].isupper() and line[n + 1].islower():
        return n
    if not (line[:1].isupper() and line[1:2].isupper()):
        return 0  # a heading in capitals glued to its text starts with two capitals
    for k in range(1, min(len(line) - 1, 80)):
        if line[k].isupper() and line[k + 1].islower():
            head = line[:k]
            if line[k - 1].isupper() and len(head.split()) >= 2 and all(w.isupper() for w in head.split()):
                return k
            return 0
    return 0


def _titled(a: str, b: str) -> int | None:
    """Which of two neighbouring lines is the other plus a rubric or site name of one to three
    capitalised words (0 or 1), the page's title beside its headline; None if neither is.

    >>> _titled("Youth council trains school leavers Society", "Youth council trains school leavers")
    0
    >>> _titled("Youth council trains school leavers", "Youth council trains school leavers in Naryn")
    """
    short, long_ = sorted((a, b), key=len)
    if len(short.split()) < 3 or SENT_END.search(long_) or not long_.casefold().startswith(short.casefold()):
        return None
    tail = long_[len(short):].split()
    if not 1 <= len(tail) <= 3 or long_[len(short)] not in " |-–—:" or not tail[0][:1].isupper() \
            or not is_label(" ".join(tail)):
        return None
    return 0 if long_ is a else 1


_DATE_WORDS = frozenset(lex.DATE_LINE_WORDS) | frozenset(w for x in lex.CLOCK_WORDS for w in x.split())  # and weekdays


def dated(line: str) -> str | None:
    """The day of a line that is one date and nothing else but date words or a weekday ("- 05 fevral, 2026",
    "12 марта 2024 г., вторник"), or None.

    >>> dated("- 05 fevral, 2026"), dated("12 марта 2024, Вторник"), dated("Бишкек, 12 марта 2024"), dated("12 марта")
    ('2026-02-05', '2024-03-12', None, None)
    """
    if len(line) > 40 or not _YEAR_OR_CLOCK.search(line):
        return None
    days = [h for h in find_dates(line) if h.precision == "day" and h.value]
    if len(days) != 1:
        return None
    rest = (line[: days[0].start] + " " + line[days[0].end:]).casefold()
    words = [w for w in re.split(r"[^\w]+", rest) if w]
    return days[0].value if all(w in _DATE_WORDS for w in words) else None


MENU_RUN = 4  # this many tiny lines in a row at an edge, two of them known furniture, are a menu


def menu_runs(lines: list[str], known: list[str | None], zone: list[bool]) -> list[int]:
    """The lines not yet known as furniture in runs of ``MENU_RUN`` or more tiny lines (up to four
    words, no sentence end) at a page's edge (*zone*) of which two or more are known furniture.

    >>> menu_runs(["Home", "Projects", "Team", "Contacts", "Body."], ["navigation", None, None, "navigation", None],
    ...           [True, True, True, True, False])
    [1, 2]
    """
    out: list[int] = []
    run: list[int] = []
    for i, line in enumerate(lines + [""]):
        if i < len(lines) and zone[i] and len(line.split()) <= 4 and line.strip() and not SENT_END.search(line) \
                and not looks_like_name(line):
            run.append(i)
            continue
        if len(run) >= MENU_RUN and sum(1 for j in run if known[j]) >= 2:
            out.extend(j for j in run if not known[j])
        run = []
    return out
