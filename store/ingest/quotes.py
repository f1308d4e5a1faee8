"""Direct speech in quotation marks, with its speaker.

A quoted span is a quote when it is long enough to be speech and an attribution stands next
to it: a speech verb after it ("«…», – сказал X", ""…" деди X") or a clause ending in a colon
before it ("X vurğuladı: "…""), or "X said:" closing the previous paragraph. Names of
organizations, projects, events and talk titles in quotes have no such attribution.

The speaker is, in order: a person named in the attribution; the person the document
introduced with the role named there ("– заявил заместитель министра"); the body whose
statement it is ("– говорится в пресс-релизе": the document's subject organization); the
person last named before the quote (a pronoun: "– отметил он").

>>> from store.ingest.model import Para, DocContext
>>> p = Para("p-1", 0, "ru", "«Мы продолжим работу с мигрантами в регионах», – сказал он.")
>>> [q.text for q in extract_quotes(Doc.build([p], DocContext("d-1")), [])]
['Мы продолжим работу с мигрантами в регионах']
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import NamedTuple

from .cases import org_nominative
from .lexicon.events import TITLE_AFTER
from .lexicon.grammar import every, grammar_for
from .lexicon.roles import ROLE_SYNONYMS
from .lexicon.speech import ACCORDING_TO, PRONOUNS, is_speech_word, names_not_says, release_noun
from .model import DocContext, Para, Person, Quote, stable_id
from .names import is_abbreviation, is_capitalized
from .orgs import TYPE_ABBR, find_orgs, is_generic, resolve_generic
from .doc import Doc, first_sentence_end, fold, sentence_spans, tokenize
from .people_tokens import is_org_word, is_role_word
from .rules import Why, note

OPEN = "«„"
CLOSE = "»"
AMBI = "“”\""
MIN_WORDS = 4
_CONJUNCTIONS = frozenset(every("conjunctions"))  # "X and Y Centre": one name
_TYPE_BEFORE = re.compile(r"(?<![^\W\d_])(?:" + "|".join(sorted(TYPE_ABBR)) + r")\s*[«“\"„]?\s*$")
_WORD = re.compile(r"[^\W\d_][\w'’‘ʻʼ\-]*")
_MARKS = re.compile("[" + re.escape(OPEN + CLOSE + AMBI) + "]")


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Top-level quoted spans as (start, end) of the inner text, nested quotes included.

    >>> t = 'Он сказал: "Мы «Кайнар» продолжим”.'
    >>> [t[a:b] for a, b in quoted_spans(t)]
    ['Мы «Кайнар» продолжим']
    """
    return _scan(text)[0]


def _scan(text: str) -> tuple[list[tuple[int, int]], int | None]:
    """The top-level quoted spans of *text*, and where a quotation opened and never closed begins (None if none).

    A closing mark that nothing opened, in a paragraph that opens with a quoted name, closes a quotation begun at
    the paragraph's start: "««Name» goes on…»" typed with one opening mark.

    >>> t = "«Кайнар» бул ишти улантат», – деди ал. Ал: «Биз дагы"
    >>> spans, tail = _scan(t)
    >>> [t[a:b] for a, b in spans], t[tail:]
    (['Кайнар» бул ишти улантат'], '«Биз дагы')
    """
    spans: list[tuple[int, int]] = []
    stack: list[int] = []
    for m in _MARKS.finditer(text):  # the marks alone: other characters change nothing
        i, ch = m.start(), m.group()
        if ch in OPEN:
            stack.append(i)
            continue
        if ch in AMBI:
            prev = text[i - 1] if i else " "
            nxt = text[i + 1] if i + 1 < len(text) else " "
            opening = (prev.isspace() or prev in "([:—–-«") and not nxt.isspace()
            if ch == "”" and stack and not (prev.isspace()):
                opening = False
            if opening and not (ch == "“" and stack and text[stack[-1]] == "„"):
                stack.append(i)
                continue
        if stack:
            s = stack.pop()
            if not stack:
                spans.append((s + 1, i))
        elif spans and spans[0][0] <= 3 and text[:spans[0][0]].strip(" –—-" + OPEN + AMBI) == "":
            spans[:] = [(spans[0][0], i)]  # a stray closing mark: the quotation opened with the paragraph
    return spans, (stack[0] if stack else None)


def _words(s: str) -> list[str]:
    return _WORD.findall(s)


_LOOK = 2000  # characters read around a quotation mark first; the whole paragraph only when they do not settle it
_MARGIN = 100  # what a sentence end's test reads beyond it, and more


def _after_mark(rest: str) -> str:
    """*rest* without the comma, dot and dash that follow a closing mark."""
    m = re.match(r"\s*[,.]?\s*[-–—]?\s*", rest)
    return rest[m.end():] if m else rest


def _after_clause(text: str, end: int) -> str | None:
    """The attribution after a closing mark: ", – сказал X." / "" деди X" (None if none).

    The sentence after the mark is looked for in the next ``_LOOK`` characters, in the rest of the
    paragraph only when it does not end well inside them: a long paragraph is not copied once per
    quotation.
    """
    tail = _after_mark(text[end + 1:end + 1 + _LOOK])
    stop = first_sentence_end(tail + " ")
    if not (stop and stop <= len(tail) - _MARGIN) and end + 1 + _LOOK < len(text):
        tail = _after_mark(text[end + 1:])
        stop = first_sentence_end(tail + " ")
    clause = tail[:stop].rstrip() if stop else tail
    return clause if clause.strip() else None


_INNER_ATTRIBUTION = re.compile(r"^(?P<a>.{15,}?)[,.!?…]\s*[—–-]\s+(?P<c>(?:[^—–«»“”]|«[^«»]{1,40}»|“[^“”]{1,40}”){3,120}?)"
                                r"[.,]\s*[—–-]\s+(?P<b>\S.{10,})$",
                                re.DOTALL)
_ACCORDING = re.compile(r"(?:" + ACCORDING_TO + r")(?![^\W\d_])", re.IGNORECASE)


def _head(text: str, end: int, lo: int = 0) -> str:
    """text[lo:end] without the spaces and dashes before an opening mark."""
    return (text[lo:end] if lo else text[:end]).rstrip().rstrip("–—- ")


def _clause_start(head: str) -> int:
    """Where the clause before a quotation begins, less one: after the last sentence end (the dot of an abbreviation
    such as "и.о." ends none) or after the last closing mark; -1 when it is the whole of *head*.

    >>> h = "Встреча прошла. Как отметил и.о. главы миссии:"
    >>> h[_clause_start(h) + 1:]
    'Как отметил и.о. главы миссии:'
    """
    spans = sentence_spans(head)
    return max((spans[-1][0] if spans else 0) - 1, head.rfind("» "), head.rfind("” "))


# Direct speech set off by dashes, not marks (Russian, Kazakh, Kyrgyz typography): "– Мы начнём…, – сказал X."
# The attribution follows the last comma-and-dash (or !?… and a dash) and opens with a speech verb.
_DASH_OPEN = re.compile(r"^\s*[—–−-]\s*(?=\S)")  # the minus sign too, as some sites type the dash
_DASH_ATTRIBUTION = re.compile(r"[,!?…]\s*[—–−-]\s*(?=[^\W\d_])")
_DASH_RESUME = re.compile(r"\.\s*[—–−-]\s*(?=[^\W\d_])")  # "…, – деді X. – Speech goes on": the attribution ends
MAX_ATTRIBUTION_WORDS = 25


def _dash_speech(text: str, lang: str) -> tuple[str, int, int] | None:
    """The speech of a dash-set paragraph and its attribution's span, or None.

    >>> _dash_speech("– Біз бұл жұмысты ауылдарда жалғастырамыз, – деді ол.", "kk")
    ('Біз бұл жұмысты ауылдарда жалғастырамыз', 45, 53)
    >>> _dash_speech("− Biz bu ishni davom ettiramiz, − deydi u. − Yangi loyihalar ham bor.", "uz")[0]
    'Biz bu ishni davom ettiramiz'
    """
    hits = list(_DASH_ATTRIBUTION.finditer(text))
    if not hits or (quoted_spans(text) and not _DASH_OPEN.match(text)):
        return None  # "«…», – деді X" is a quote in marks; in "– …«name»…, – деді X" the marks hold a name
    m = hits[-1]
    clause = text[m.end():].rstrip()
    resumed = _DASH_RESUME.search(clause)
    clause = clause[:resumed.start() + 1] if resumed else clause
    if not clause or len(_words(clause)) > MAX_ATTRIBUTION_WORDS or not _has_speech(clause, lang, first=2):
        return None
    if (first_sentence_end(clause + " ") or len(clause)) < len(clause.rstrip(".!?… ")):
        return None  # the attribution is one clause: narrative goes on after it, so this is no speech
    opening = _DASH_OPEN.match(text)
    speech = text[opening.end() if opening else 0:m.start() + (m.group(0)[0] != ",")].strip()
    if len(_words(speech)) < MIN_WORDS:
        return None
    return speech, m.end(), m.end() + len(clause)


def _before_clause(text: str, start: int, lang: str) -> str | None:
    """The clause before an opening mark that ends in a colon ("X vurğuladı:").

    Its start is looked for in the ``_LOOK`` characters before the mark, in the whole paragraph
    before it only when they hold none.
    """
    end = start - 1
    lo = end - _LOOK if end > _LOOK else 0
    head = _head(text, end, lo)
    if lo and not head:
        lo, head = 0, _head(text, end)
    if not head.endswith((":", ",")):
        return None
    cut = _clause_start(head)
    if cut < 0 and lo:
        head = _head(text, end)
        cut = _clause_start(head)
    clause = head[cut + 1:] if cut >= 0 else head
    if head.endswith(","):  # "По словам директора фонда X, «…»"; "…, stating, “…”"
        return clause if _ACCORDING.search(clause) or any(is_speech_word(w, lang) for w in _words(clause)[-2:]) \
            else None
    return clause


def _sentence_before(text: str, a: int, lang: str) -> tuple[int, int] | None:
    """The sentence right before a quotation that opens a sentence of its own, as (start, end), when it has a
    speech verb ("X stressed the need for it. «We will …»"); None otherwise.

    >>> t = "Ол маанилүү экенин белгиледи. «Биз улантабыз"
    >>> s = _sentence_before(t, t.index("Биз"), "ky"); t[s[0]:s[1]]
    'Ол маанилүү экенин белгиледи.'
    """
    head = text[:max(0, a - 1)].rstrip()
    if not head.endswith((".", "!", "?", "…")):
        return None
    spans = sentence_spans(head)
    if not spans or not _has_speech(head[spans[-1][0]:spans[-1][1]], lang):
        return None
    return spans[-1]


def _has_speech(clause: str, lang: str, first: int | None = None) -> bool:
    words = _words(clause)
    if first is not None:
        # English puts the verb after a long subject: '"…," the dean of the journalism faculty added.'
        late = grammar_for(lang).speech_verb_after_long_subject
        # and may give it an object: '"…," IOM's head of mission, Jane Roe, told reporters.'
        words = words[:first] + (words[-3:] if late and len(words) <= 12 else [])
    return any(is_speech_word(w, lang) for w in words)


def subject_organization(paras: list[Para]) -> str | None:
    """The body a document is about: the first organization named in its first paragraphs.

    >>> subject_organization([Para("p", 0, "ru", "Региональный фонд поддержки провел встречу.")])
    'Региональный фонд поддержки'
    """
    for para in paras[:3]:
        toks = tokenize(para.text)
        for i, t in enumerate(toks):
            if not t.is_word or not is_org_word(t.text, para.lang):
                continue
            if not (is_capitalized(t.text) or (i and toks[i - 1].is_word and is_capitalized(toks[i - 1].text))):
                continue
            a = i
            while a > 0 and toks[a - 1].is_word and (is_capitalized(toks[a - 1].text) or
                                                     (a > 1 and fold(toks[a - 1].text) in _CONJUNCTIONS
                                                      and is_capitalized(toks[a - 2].text))):
                a -= 1
            b = i + 1
            if "first" in grammar_for(para.lang).org_heads:  # the name goes on after its type word
                from .apposition import _ru_verbish

                while b < len(toks) and b - i <= 6 and toks[b].is_word and not _ru_verbish(toks[b].text) \
                        and not fold(toks[b].text).endswith("ed") and fold(toks[b].text) not in ("today", "сегодня"):
                    b += 1
            if b < len(toks) and toks[b].text in ("«", "“", '"'):  # "Общественное объединение «Правовая помощь»"
                close = next((c for c in range(b + 1, min(len(toks), b + 12)) if toks[c].text in ("»", "”", '"')), None)
                if close is not None:
                    b = close + 1
            name = para.text[toks[a].start:toks[b - 1].end]
            if len(name.split()) >= 2 or is_abbreviation(name):
                return name
    for para in paras[:3]:  # "общественный фонд «Адилет»": a lowercase type word and a quoted name
        for hit in find_orgs(para.text, para.lang):
            if hit.head != "abbr" and hit.nominative and not is_generic(hit.name):
                return org_nominative(hit.name, para.lang)
    for para in paras[:3]:
        for t in tokenize(para.text):
            if t.is_word and is_abbreviation(t.text) and len(t.text) >= 3:
                return t.text
    return None


class Speaker(NamedTuple):
    """Who said a quote: a name (a person's, a body's or a role's), the person's id, the rule that found them."""

    name: str | None
    person_id: str | None
    rule: str


class _Mentions:
    """The people's mentions by paragraph and the paragraphs by index: read once per document, not per quote."""

    def __init__(self, people: list[Person], paras: list[Para]):
        self.in_para: dict[str, list[tuple[int, int, Person]]] = {}  # in people order, as the scans were
        for p in people:
            for m in p.mentions:
                self.in_para.setdefault(m.paragraph_id, []).append((m.start, m.end, p))
        self._by_start: dict[str, tuple[list[int], list[int]]] = {}  # per paragraph: the starts, sorted, and where each is
        self.ids_at: dict[int, list[str]] = {}
        for x in paras:
            self.ids_at.setdefault(x.index, []).append(x.id)

    def within(self, para_id: str, a: int, b: int) -> list[tuple[int, Person]]:
        """The mentions lying within characters a..b of the paragraph, in people order (bisection on
        their starts, not a scan of the paragraph's mentions per quote)."""
        held = self.in_para.get(para_id, [])
        if para_id not in self._by_start:
            order = sorted(range(len(held)), key=lambda i: held[i][0])
            self._by_start[para_id] = ([held[i][0] for i in order], order)
        starts, order = self._by_start[para_id]
        picked = sorted(i for i in order[bisect_left(starts, a):bisect_right(starts, b)] if held[i][1] <= b)
        return [(held[i][0], held[i][2]) for i in picked]


def _by_role(clause: str, lang: str, people: list[Person]) -> Person | None:
    roles = [fold(w) for w in _words(clause) if is_role_word(w, lang)]
    if not roles:
        return None
    best, best_score = None, 0
    clause_words = {fold(w)[:5] for w in _words(clause) if len(w) > 3}
    clause_keys = _role_keys(clause)
    for p in people:
        role = p.role or ""
        rw = {fold(w)[:5] for w in _words(role) if len(w) > 3}
        same = clause_keys & _role_keys(role)
        if not same and not any(r[:6] in fold(role) for r in roles):
            continue
        score = len(rw & clause_words) + 1 + 2 * len(same)
        if score > best_score:
            best, best_score = p, score
    return best


def _role_keys(text: str) -> set[str]:
    """The roles *text* names, one key per role whatever its language or wording.

    >>> sorted(_role_keys("– деді вице-министр")), sorted(_role_keys("Министрдің орынбасары"))
    (['deputy minister'], ['deputy minister'])
    """
    low = fold(text)
    return {key for key, pat in _ROLE_SYN.items() if pat.search(low)}


_ROLE_SYN = {key: re.compile(pat, re.IGNORECASE) for key, pat in ROLE_SYNONYMS.items()}


_TITLE_NEXT = re.compile(r"^\s*(?:" + "|".join(x for x in TITLE_AFTER if x not in ("деген", "атты")) +
                         r"|деген\s+(?:тема|тақырып|аталыш|ат))", re.IGNORECASE)


def _role_phrase(clause: str, lang: str) -> str | None:
    """The role words a speaker is given when the text names no one ("the dean of the faculty added").

    >>> _role_phrase("the dean of the journalism faculty added.", "en")
    'the dean of the journalism faculty'
    >>> _role_phrase("— подчеркнул заместитель министра.", "ru")
    'заместитель министра'
    """
    toks = [t for t in tokenize(clause) if t.is_word]
    roles = [i for i, t in enumerate(toks) if is_role_word(t.text, lang)]
    if not roles or any(is_capitalized(t.text) and i > 0 for i, t in enumerate(toks)):
        return None
    a = roles[0]
    if a > 0 and fold(toks[a - 1].text) in ("the", "a", "an"):
        a -= 1
    b = len(toks)
    while b > a and (is_speech_word(toks[b - 1].text, lang) or fold(toks[b - 1].text) in ("also", "then", "он", "она")):
        b -= 1
    words = [t for t in toks[a:b] if not is_speech_word(t.text, lang)]
    if not words or len(words) > 8:
        return None
    return clause[words[0].start:words[-1].end]


def _last_person_before(mentions: _Mentions, para: Para, pos: int) -> Person | None:
    best, best_key = None, None
    for idx in range(para.index - 3, para.index + 1):  # this paragraph and the three before it
        for start, _end, p in (m for pid in mentions.ids_at.get(idx, ()) for m in mentions.in_para.get(pid, ())):
            if idx == para.index and start >= pos:
                continue
            key = (idx, start)
            if best_key is None or key > best_key:
                best, best_key = p, key
    return best


def _body_in(clause: str, lang: str) -> str | None:
    """An organization named in the attribution ("сообщает пресс-служба МВД", "изҳороти Маркази «Умед»")."""
    named = [h.name for h in find_orgs(clause, lang) if h.head != "abbr" and not is_generic(h.name)]
    if named:
        return named[0]
    for t in tokenize(clause):
        if t.is_word and is_abbreviation(t.text) and len(t.text) >= 2:
            return t.text
    return None


def _type_named_in(clause: str, lang: str, para: Para, paras: list[Para]) -> str | None:
    """The body a type word of the attribution refers to ("в сообщении пресс-службы фонда": the fund the
    document named), or None."""
    at = next((k for k, x in enumerate(paras) if x.id == para.id), 0)
    texts = [(x.text, x.lang) for x in paras]
    for t in tokenize(clause):
        if t.is_word and is_org_word(t.text, lang) and not is_capitalized(t.text):
            named = resolve_generic(t.text, at, texts)
            if named != t.text:
                return org_nominative(named, paras[at].lang)
    return None


def extract_quotes(doc: Doc, people: list[Person]) -> list[Quote]:
    """Quotes with speaker (see the module docstring): *people* are the document's, as ``extract_people`` found them."""
    paras, ctx = doc.paras, doc.ctx
    out: list[Quote] = []
    subject: list[str | None] = []
    mentions = _Mentions(people, paras)
    for pi, para in enumerate(paras):
        text, lang = para.text, para.lang
        prev_speaker: Speaker | None = None
        prev_close = prev_end = -1  # the last quotation's closing mark and the end of its attribution
        dashed = _dash_speech(text, lang)
        if dashed:
            speech, cstart, cend = dashed
            who = _resolve(text[cstart:cend], para, cstart, cend, lang, people, paras, subject, ctx, mentions)
            head = paras[pi - 1] if pi and _DASH_OPEN.match(paras[pi - 1].text) and not _dash_speech(
                paras[pi - 1].text, lang) and not _DASH_OPEN.match(text) else None
            if head is not None:  # "– Биыл…" then "…, – деді X.": the speech began a paragraph earlier
                out.append(_quote(ctx, head, 0, _DASH_OPEN.sub("", head.text).strip() + " " + speech, who,
                                  "dash-speech", text[cstart:cend]))
            else:
                out.append(_quote(ctx, para, 0, speech, who, "dash-speech", text[cstart:cend]))
            continue
        spans, tail = _scan(text)
        for a, b in spans + ([(tail + 1, len(text))] if tail is not None else []):
            inner = text[a:b].strip()
            glued = b + 1 < len(text) and (text[b + 1].isalpha()
                                           or (text[b + 1] == "-" and text[b + 2:b + 3].isalpha()))  # «…»-ning
            after = None if glued else _after_clause(text, b)
            if _TITLE_NEXT.match(text[b + 1:b + 60]) or (after is not None and names_not_says(after, lang)):
                continue  # «…» деген темада / mavzusida / номли, “…” deb e'lon qilindi: a title, not speech
            if _TYPE_BEFORE.search(text[max(0, a - 12):a]):
                continue  # ОО «…», NGO “…”: the name of a body, not speech
            if len(_words(inner)) < MIN_WORDS or len(inner) < 20:
                # a three-word sentence counts when a speech verb follows at once ("«…», — уточнила она") or
                # stands before a colon ("X noted: «…»")
                if not (len(_words(inner)) >= 3 and len(inner) >= 15 and inner[-1:] not in ("»", "”")
                        and ((after is not None and _has_speech(after, lang, first=3))
                             or (text[:a - 1].rstrip().endswith(":") and _has_speech(text[max(0, a - 80):a], lang)))):
                    continue
            split = _INNER_ATTRIBUTION.match(inner)
            if split and _has_speech(split.group("c"), lang, first=4):
                # «Люди возвращаются…, — сказал X. — Но без поддержки…»: the attribution inside the marks
                c0 = text.find(split.group("c"), a)
                who = _resolve(split.group("c"), para, c0, c0 + len(split.group("c")), lang, people, paras, subject,
                               ctx, mentions)
                joint = ". " if split.group("b")[:1].isupper() else ", "
                out.append(_quote(ctx, para, a, split.group("a") + joint + split.group("b"), who,
                                  "inner-attribution", split.group("c")))
                prev_speaker, prev_end = who, b + 1
                continue
            before = _before_clause(text, a, lang)
            cstart, cend = 0, 0
            if after is not None and _has_speech(after, lang, first=6):
                clause = after
                cstart = max(b + 1, text.find(after, b + 1))
                cend = cstart + len(after)
            elif before is not None:
                clause = before
                cstart = max(0, text.rfind(before, 0, a))
                cend = cstart + len(before)
            elif a <= 2 and pi > 0 and paras[pi - 1].text.rstrip().endswith(":"):
                prev = paras[pi - 1]
                clause = _before_clause(prev.text + " «", len(prev.text) + 2, lang) or ""
                who = _resolve(clause, prev, prev.text.rfind(clause), len(prev.text), lang, people, paras, subject, ctx,
                               mentions)
                out.append(_quote(ctx, para, a, inner, who, "colon-paragraph-before", clause))
                continue
            elif a <= 2 and b >= len(text.rstrip()) - 2 and pi > 0 and _has_speech(paras[pi - 1].text, lang) \
                    and not (b == len(text) and out and out[-1].paragraph_id == paras[pi - 1].id) \
                    and (last := _last_person_before(mentions, paras[pi - 1], len(paras[pi - 1].text))) is not None:
                # a whole paragraph in quotation marks after one that says what X said: X goes on speaking (one
                # left open after a paragraph that holds a quote of its own is a new voice, named later: not taken)
                out.append(_quote(ctx, para, a, inner, Speaker(last.name, last.id, "speaker-of-paragraph-before"),
                                  "paragraph-after-speech", paras[pi - 1].text))
                continue
            elif prev_speaker is not None and ((0 <= a - prev_end < 120 and (
                    _has_speech(text[prev_end:a], lang) or not text[prev_end:a].strip(" .,;:«“\"„"))) or (
                    a < prev_end and sum(is_speech_word(w, lang) for w in _words(text[prev_close:a])) >= 2)):
                # '“…,” said X. “These will …”': a quotation right after an attributed one goes on with it, as does
                # one inside its attribution after a second speech verb ('"…", X said, adding that it had "…"')
                out.append(_quote(ctx, para, a, inner, prev_speaker._replace(rule="same-speaker"), "same-speaker",
                                  text[min(prev_close, prev_end) if a < prev_end else prev_end:a]))
                prev_end = b
                continue
            elif (said := _sentence_before(text, a, lang)) and (named := mentions.within(para.id, *said)):
                # 'X stressed the need for it. "We will …': the sentence before says who goes on speaking
                first = min(named, key=lambda x: x[0])[1]
                who = Speaker(first.name, first.id, "named-in-sentence-before")
                out.append(_quote(ctx, para, a, inner, who, "sentence-before", text[said[0]:said[1]]))
                prev_speaker, prev_end = who, b + 1
                continue
            else:
                continue
            if clause is before and not _has_speech(before, lang) and not mentions.within(para.id, cstart, cend):
                continue
            who = _resolve(clause, para, cstart, cend, lang, people, paras, subject, ctx, mentions)
            if clause is after and before is not None and who.rule in _GUESSED:
                # 'ROLE: «…», — deya ta'kidladi': the verb after names no one, the clause before the colon does
                b0 = max(0, text.rfind(before, 0, a))
                earlier = _resolve(before, para, b0, b0 + len(before), lang, people, paras, subject, ctx, mentions)
                who = who if earlier.rule in _GUESSED else earlier
            out.append(_quote(ctx, para, a, inner, who, "speech-after" if clause is after else "clause-before", clause))
            prev_speaker, prev_close, prev_end = who, b + 1, b + 1 + len(after or "")
    return out


_GUESSED = ("last-person-before", "subject-organization")  # speaker rules that read no name in the attribution


def _resolve(clause: str, para: Para, cstart: int, cend: int, lang: str, people: list[Person], paras: list[Para],
             subject: list[str | None], ctx: DocContext, mentions: _Mentions) -> Speaker:
    """The speaker of a quote, their document-level person id, and the name of the rule that found them.
    ``subject`` holds the document's subject organization once a quote asked for it."""
    found = mentions.within(para.id, cstart, cend)
    if found:
        named = sorted(found, key=lambda x: x[0])[0][1]
        return Speaker(named.name, named.id, "named-in-attribution")
    by_role = _by_role(clause, lang, people)
    if by_role:
        return Speaker(by_role.name, by_role.id, "role-in-attribution")
    unnamed = _role_phrase(clause, lang)
    if unnamed:  # '"…," the dean of the journalism faculty added': a speaker the text does not name
        return Speaker(unnamed, None, "unnamed-role")
    noun = release_noun(clause, lang)
    if noun:
        body = _body_in(clause, lang) or _type_named_in(clause, lang, para, paras)
        if body:
            return Speaker(body, None, "body-in-release")
        # the document's subject body; the statement itself when the document names none ("делінген хабарламада")
        return Speaker(_subject(subject, paras) or noun, None, "subject-organization")
    words = _words(clause)
    person = any(is_role_word(w, lang) or fold(w) in PRONOUNS.get(lang, ()) for w in words)
    body = None if person else _body_in(clause, lang)
    if body:  # '"…," the OSCE said': a body is the subject of the speech verb (no pronoun, no role names a person)
        return Speaker(body, None, "body-in-attribution")
    last = _last_person_before(mentions, para, cstart)
    if last:
        return Speaker(last.name, last.id, "last-person-before")
    return Speaker(_subject(subject, paras) or ctx.title, None, "subject-organization")


def _subject(subject: list[str | None], paras: list[Para]) -> str | None:
    """The document's subject organization, found once per document and kept in *subject*."""
    if not subject:
        subject.append(subject_organization(paras))
    return subject[0]


def _why(found_by: str, speaker_by: str, clause: str) -> Why:
    """``why`` of a quote: the attribution that made it a quote, the rule that named its speaker.

    >>> _why("speech-after", "last-person-before", ", – сказал он.")["speaker"]["rule"]
    'last-person-before'
    """
    why: Why = {}
    note(why, "text", found_by, clause)
    note(why, "speaker", speaker_by, clause)
    return why


def _quote(ctx: DocContext, para: Para, start: int, text: str, who: Speaker, found_by: str, clause: str) -> Quote:
    """A quote at *start* of *para*; *found_by* is the rule that made it a quote, said in *clause*."""
    text = text.rstrip(" ,;:")  # English puts the comma before "said" inside the quotation marks
    return Quote(stable_id("q", ctx.doc_id, para.id, start), text, para.lang, who.name, who.person_id, para.id,
                 _why(found_by, who.rule, clause))
