"""Which paragraphs of a document translate each other.

For each pair of languages present in a document, the paragraphs of the two languages are
aligned by a monotone dynamic programme (beads 1:1, 1:2, 2:1, 1:0, 0:1), the way Gale and
Church aligned sentences. A bead's score adds up:

- a length prior (the log ratio of the two sides' lengths),
- anchors that survive translation (numbers, Latin tokens such as USAID, consonant skeletons of
  capitalised words such as Токтосунов / Toktosunov), weighted by their rarity in the document,
- a multilingual sentence embedding when ``embed.available()``: the cosine of the two sides
  compared with each side's best competitors (a margin), since absolute cosines are compressed.

Unmatched paragraphs cost nothing, so a bead is taken only when its evidence is positive;
pairs whose final score is weak are dropped. Truncated copies of another paragraph of the same
language (a scraped headline repeated twice) are left out of the alignment.

Orientation: ``a`` is the non-Russian side; between two non-Russian languages, ``a`` is the
language that comes first in the document.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

import numpy as np

from . import embed
from .anchors import is_strong, text_anchors, word_stems
from .doc import Doc
from .model import Pair, Para

_MARKUP = re.compile(r"[*#_]+")
_NONWORD = re.compile(r"[\W_]+", re.UNICODE)
_CONTINUES = re.compile(r"[,\-–—(«“]\s*$")


@dataclass(frozen=True)
class Weights:
    """Tunable constants of the bead score (see ``bead_score``)."""

    length: float = 1.0  # weight of the squared, scaled log length ratio (a penalty)
    length_sigma: float = 0.35  # log-ratio scale of the length prior
    anchor: float = 1.0  # per unit of shared, rarity-weighted anchors
    anchor_miss: float = 0.35  # per strong anchor on one side only
    emb: float = 40.0  # per unit of embedding margin
    emb_floor: float = 0.84  # the bar a cosine must clear when competitors are weaker (non-pairs reach ~0.85)
    merge_gain: float = 3.0  # penalty factor when a 2:1 bead is less similar than its best member alone
    merge: float = 0.6  # penalty of a 2:1 / 1:2 bead over a 1:1 bead
    gap_bonus: float = 0.0  # evidence that order alone gives a lone paragraph between two pairs
    bias: float = -0.5  # constant of every match bead (negative: no evidence, no pair)
    min_score: float = 0.6  # pairs below this final score (0..1) are dropped


WEIGHTS_EMB = Weights()
WEIGHTS_NO_EMB = Weights(bias=-0.2, anchor=1.3, gap_bonus=1.0, min_score=0.5)


@dataclass
class _Side:
    """Paragraphs of one language, alignable ones only, in document order."""

    lang: str
    paras: list[Para]
    lengths: list[int] = field(default_factory=list)
    anchors: list[set[str]] = field(default_factory=list)
    vectors: np.ndarray | None = None


def normalized(text: str) -> str:
    """Case-folded words, one space between them, markup dropped.

    >>> normalized("**Итоги:**  Встреча прошла.")
    'итоги встреча прошла'
    """
    return " ".join(_NONWORD.sub(" ", _MARKUP.sub(" ", text)).casefold().split())


def truncated_copies(paras: list[Para]) -> set[str]:
    """Ids of paragraphs whose text is a prefix of (or equal to) another one of the same language.

    Of identical paragraphs the last is kept; a prefix is dropped in favour of the longer text.
    Prefixes shorter than 20 characters are kept (a short line may open a longer one by chance).

    >>> ps = [Para("p0", 0, "ky", "Бишкекте мигранттар үчүн тренинг"), Para("p1", 1, "ky", "Бишкекте мигранттар үчүн тренинг өттү."),
    ...       Para("p2", 2, "ru", "В Бишкеке")]
    >>> sorted(truncated_copies(ps))
    ['p0']
    """
    norm = [normalized(p.text) for p in paras]
    out: set[str] = set()
    for i, p in enumerate(paras):
        if not norm[i]:
            out.add(p.id)
            continue
        for j, q in enumerate(paras):
            if i == j or q.lang != p.lang or len(norm[i]) < 20:
                continue
            if norm[j].startswith(norm[i]) and (len(norm[j]) > len(norm[i]) or j > i):
                out.add(p.id)
                break
    return out


def language_pairs(paras: list[Para]) -> list[tuple[str, str]]:
    """Ordered language pairs (a, b) of a document: Russian is always ``b``.

    >>> language_pairs([Para("1", 0, "ru", "x"), Para("2", 1, "ky", "y"), Para("3", 2, "en", "z")])
    [('ky', 'ru'), ('en', 'ru'), ('ky', 'en')]
    """
    order: list[str] = []
    for p in paras:
        if p.lang and p.lang != "und" and p.lang not in order:
            order.append(p.lang)
    pairs = []
    for i, x in enumerate(order):
        for y in order[i + 1:]:
            if x == "ru":
                pairs.append((y, "ru"))
            elif y == "ru":
                pairs.append((x, "ru"))
            else:
                pairs.append((x, y))
    return sorted(pairs, key=lambda ab: (ab[1] != "ru", order.index(ab[0])))


def _length(text: str) -> int:
    return len(normalized(text).replace(" ", ""))


def _rarity(sides: tuple[_Side, _Side]) -> dict[str, float]:
    """Weight of each anchor: 1 when it occurs in one paragraph per side, less when common."""
    df: dict[str, int] = {}
    for side in sides:
        for anchors in side.anchors:
            for a in anchors:
                df[a] = df.get(a, 0) + 1
    weights = {}
    for a, n in df.items():
        base = 1.0 if is_strong(a) else STEM_WEIGHT if a.startswith("w:") else 0.6
        if a.startswith("n:") and len(a) <= 3:
            base = 0.3
        weights[a] = base / max(1.0, n / 2.0)
    return weights


STEM_WEIGHT = 0.4


@dataclass
class _Ctx:
    a: _Side
    b: _Side
    w: Weights
    rarity: dict[str, float]
    sims: np.ndarray | None = None


def _vector(side: _Side, idx: range) -> np.ndarray:
    assert side.vectors is not None, "asked only when the embedding is used"
    if len(idx) == 1:
        row: np.ndarray = side.vectors[idx[0]]
        return row
    weights = np.array([math.sqrt(side.lengths[i] + 1) for i in idx], dtype=np.float32)
    v: np.ndarray = (side.vectors[list(idx)] * weights[:, None]).sum(axis=0)
    return v / (np.linalg.norm(v) or 1.0)


def competitor(sims: np.ndarray, ia: range, ib: range) -> float:
    """Best cosine of the bead's paragraphs with anything outside the bead (rows and columns).

    >>> round(competitor(np.array([[0.9, 0.8], [0.7, 0.95]]), range(0, 1), range(0, 1)), 2)
    0.8
    """
    rows = sims[ia.start:ia.stop]
    cols = sims[:, ib.start:ib.stop]
    best = -1.0
    if ib.start > 0:
        best = max(best, float(rows[:, :ib.start].max()))
    if ib.stop < sims.shape[1]:
        best = max(best, float(rows[:, ib.stop:].max()))
    if ia.start > 0:
        best = max(best, float(cols[:ia.start].max()))
    if ia.stop < sims.shape[0]:
        best = max(best, float(cols[ia.stop:].max()))
    return best


def bead_score(ctx: _Ctx, ia: range, ib: range) -> float:
    """Evidence that paragraphs ``ia`` (side a) and ``ib`` (side b) translate each other."""
    w = ctx.w
    la = sum(ctx.a.lengths[i] for i in ia)
    lb = sum(ctx.b.lengths[j] for j in ib)
    ratio = math.log((lb + 30) / (la + 30))
    score = w.bias - w.length * min(4.0, (ratio / w.length_sigma) ** 2)
    if len(ia) + len(ib) > 2:
        score -= w.merge
    anchors_a = set().union(*(ctx.a.anchors[i] for i in ia))
    anchors_b = set().union(*(ctx.b.anchors[j] for j in ib))
    shared = anchors_a & anchors_b
    score += w.anchor * min(3.0, sum(ctx.rarity.get(x, 0.0) for x in shared))
    misses = [x for x in anchors_a ^ anchors_b if is_strong(x) and ctx.rarity.get(x, 0) >= 0.5]
    score -= w.anchor_miss * min(3, len(misses))
    if ctx.sims is not None:
        if len(ia) == 1 and len(ib) == 1:
            cos = float(ctx.sims[ia[0], ib[0]])
        else:
            cos = float(_vector(ctx.a, ia) @ _vector(ctx.b, ib))
            # a merge must beat its best member alone: a true 1:2 split gains from the second half
            single = float(ctx.sims[ia.start:ia.stop, ib.start:ib.stop].max())
            score -= w.emb * w.merge_gain * max(0.0, single + 0.005 - cos)
        bar = max(competitor(ctx.sims, ia, ib), w.emb_floor)
        score += w.emb * (cos - bar)
    return score


BEADS = ((1, 1), (2, 1), (1, 2))


def _dp(ctx: _Ctx) -> list[tuple[range, range, float]]:
    """Best monotone alignment; returns the match beads with their scores."""
    n, m = len(ctx.a.paras), len(ctx.b.paras)
    best = np.full((n + 1, m + 1), -np.inf)
    back: dict[tuple[int, int], tuple[int, int, float]] = {}
    best[0, 0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            if i == 0 and j == 0:
                continue
            cands = []
            if i > 0:
                cands.append((best[i - 1, j], i - 1, j, 0.0))
            if j > 0:
                cands.append((best[i, j - 1], i, j - 1, 0.0))
            for da, db in BEADS:
                if i >= da and j >= db:
                    s = bead_score(ctx, range(i - da, i), range(j - db, j))
                    if s > 0:
                        cands.append((best[i - da, j - db] + s, i - da, j - db, s))
            val, pi, pj, s = max(cands, key=lambda c: c[0])
            best[i, j] = val
            back[(i, j)] = (pi, pj, s)
    out = []
    i, j = n, m
    while (i, j) != (0, 0):
        pi, pj, s = back[(i, j)]
        if i - pi and j - pj:
            out.append((range(pi, i), range(pj, j), s))
        i, j = pi, pj
    return out[::-1]


def _fill_gaps(ctx: _Ctx, beads: list[tuple[range, range, float]]) -> list[tuple[range, range, float]]:
    """Pair the paragraphs of a gap with as many on each side (1 or 2) between two found pairs.

    Without embeddings, a paragraph with no anchor has little evidence of its own; when it sits
    alone between two found pairs (or between a pair and the document's edge) facing a single
    paragraph of the other language, order says they are translations unless lengths disagree.
    """
    if not beads:
        return beads
    n, m = len(ctx.a.paras), len(ctx.b.paras)
    bounds = [(range(0, 0), range(0, 0), 0.0)] + beads + [(range(n, n), range(m, m), 0.0)]
    out: list[tuple[range, range, float]] = []
    for (pa, pb, _), (na, nb, ns) in zip(bounds, bounds[1:]):
        ga, gb = range(pa.stop, na.start), range(pb.stop, nb.start)
        if 1 <= len(ga) == len(gb) <= 2:
            for i, j in zip(ga, gb):
                raw = bead_score(ctx, range(i, i + 1), range(j, j + 1)) + ctx.w.gap_bonus
                if raw > 0:
                    out.append((range(i, i + 1), range(j, j + 1), raw))
        if na.stop > na.start:
            out.append((na, nb, ns))
    return out


def _ends_open(text: str) -> bool:
    """A paragraph that ends mid-sentence (a comma, a dash, an opening bracket or quote).

    >>> _ends_open("Докладчики: директор Агентства,"), _ends_open("Встреча завершилась."), _ends_open("1. создать группу;")
    (True, False, False)
    """
    return bool(_CONTINUES.search(text.replace("*", "").rstrip()))


def _starts_low(text: str) -> bool:
    """A paragraph that starts with a lower-case letter (the rest of a sentence).

    >>> _starts_low("представители муфтията"), _starts_low("1. создать")
    (True, False)
    """
    stripped = text.lstrip(" *_#\"«“'")
    return bool(stripped) and stripped[0].isalpha() and stripped[0].islower()


def _merge_continuations(beads: list[tuple[range, range, float]], a: _Side, b: _Side) -> list[tuple[range, range, float]]:
    """Join adjacent pairs when both sides of the first end mid-sentence (one paragraph broken in two).

    The first pair must end with a comma or a dash on both sides and the second must start in
    lower case on at least one side.
    """
    out: list[tuple[range, range, float]] = []
    for ia, ib, s in beads:
        if out:
            pa, pb, ps = out[-1]
            if (pa.stop == ia.start and pb.stop == ib.start and _ends_open(a.paras[pa[-1]].text)
                    and _ends_open(b.paras[pb[-1]].text)
                    and (_starts_low(a.paras[ia[0]].text) or _starts_low(b.paras[ib[0]].text))):
                out[-1] = (range(pa.start, ia.stop), range(pb.start, ib.stop), max(ps, s))
                continue
        out.append((ia, ib, s))
    return out


def _marks(text: str) -> set[str]:
    """What a paragraph shares with its translation: anchors and the openings of its long words."""
    return text_anchors(text) | word_stems(text)


def _side(lang: str, paras: list[Para]) -> _Side:
    side = _Side(lang, paras)
    side.lengths = [_length(p.text) for p in paras]
    side.anchors = [_marks(p.text) for p in paras]
    return side


def to_score(raw: float) -> float:
    """Map a bead's raw evidence to 0..1 (logistic).

    >>> to_score(0.0), round(to_score(3.0), 3)
    (0.5, 0.953)
    """
    return 1.0 / (1.0 + math.exp(-raw))


def align_sides(pa: list[Para], pb: list[Para], vectors: dict[str, np.ndarray] | None = None,
                weights: Weights | None = None) -> list[Pair]:
    """Align two paragraph sequences (one language each); the core of ``align_document``.

    ``vectors`` maps paragraph ids to normalised embeddings; without it only lengths and
    anchors speak (and the no-embedding weights apply).
    """
    if not pa or not pb:
        return []
    a, b = _side(pa[0].lang, pa), _side(pb[0].lang, pb)
    use_emb = vectors is not None and all(p.id in vectors for p in pa + pb)
    w = weights or (WEIGHTS_EMB if use_emb else WEIGHTS_NO_EMB)
    ctx = _Ctx(a, b, w, _rarity((a, b)))
    if use_emb and vectors is not None:
        a.vectors = np.stack([vectors[p.id] for p in pa])
        b.vectors = np.stack([vectors[p.id] for p in pb])
        ctx.sims = a.vectors @ b.vectors.T
    beads = _dp(ctx)
    if w.gap_bonus > 0:
        beads = _fill_gaps(ctx, beads)
    beads = _merge_continuations(beads, a, b)
    out: list[Pair] = []
    for ia, ib, raw in beads:
        score = to_score(raw)
        if score < w.min_score:
            continue
        out.append(Pair(tuple(a.paras[i].id for i in ia), tuple(b.paras[j].id for j in ib), round(score, 3),
                        a.lang, b.lang))
    return out


def align_document(doc: Doc) -> list[Pair]:
    """Translation pairs between the paragraphs of one document, for each pair of languages.

    Monolingual documents return at once (nothing is embedded).

    >>> from store.ingest.model import DocContext
    >>> align_document(Doc.build([Para("p1", 0, "ru", "Один абзац.")], DocContext("d-1")))
    []
    """
    paras = doc.paras
    allowed = set(doc.ctx.languages) if doc.ctx.languages else None
    pairs = [(x, y) for x, y in language_pairs(paras) if allowed is None or {x, y} <= allowed]
    if not pairs:
        return []
    junk = truncated_copies(paras)
    langs = {x for pair in pairs for x in pair}
    usable = [p for p in paras if p.id not in junk and p.lang in langs]
    sides = [([p for p in usable if p.lang == la], [p for p in usable if p.lang == lb]) for la, lb in pairs]
    return [x for a, b in sides for x in align_open(a, b)]


def align_open(pa: list[Para], pb: list[Para]) -> list[Pair]:
    """``align_sides`` on lengths and anchors, the embedding asked only for what they leave open
    (when it is available). Used within a document and between two twin documents."""
    plain = align_sides(pa, pb)
    return _with_embeddings(plain, pa, pb) if embed.available() else plain


STRONG = 0.9  # a bead this sure on lengths and anchors alone is kept without asking the model


def _with_embeddings(found: list[Pair], a: list[Para], b: list[Para]) -> list[Pair]:
    """Refine the plain alignment of one language pair, embedding only what is still open.

    Strong beads (1:1, or a 2:1 merge) are kept and cut the two sequences into gaps; a gap
    already settled by lengths and anchors (``confident``) stays as it is, and only the
    paragraphs of the other gaps are embedded and aligned again. Against a single paragraph only a
    few paragraphs of a comparable length are candidates (``candidates``). The model costs about a
    tenth of a second per paragraph here, so this is most of an import's time saved.
    """
    if confident(found, a, b):
        return found
    marks = {p.id: _marks(p.text) for p in a + b}
    pos_a = {p.id: k for k, p in enumerate(a)}
    pos_b = {p.id: k for k, p in enumerate(b)}

    def span(x: Pair) -> tuple[int, int, int, int]:
        ka, kb = [pos_a[i] for i in x.a], [pos_b[i] for i in x.b]
        return min(ka), max(ka), min(kb), max(kb)

    # A sure bead cuts the sequences: 1:1, or a 2:1 / 1:2 merge the anchors agree on.
    strong = sorted((x for x in found if x.a and x.b and len(x.a) + len(x.b) <= 3
                     and x.score >= STRONG), key=span)
    kept: list[Pair] = []
    last_a = last_b = -1
    for x in strong:  # keep them monotonic: a crossing pair is not a cut
        a0, a1, b0, b1 = span(x)
        if a0 > last_a and b0 > last_b:
            kept.append(x)
            last_a, last_b = a1, b1
    cuts = [span(x) for x in kept] + [(len(a), len(a), len(b), len(b))]
    out = list(kept)
    start_a = start_b = 0
    todo: list[tuple[list[Para], list[Para]]] = []
    for a0, a1, b0, b1 in cuts:
        ga, gb = a[start_a:a0], b[start_b:b0]
        start_a, start_b = a1 + 1, b1 + 1
        if not ga or not gb:
            continue
        ids = {p.id for p in ga} | {p.id for p in gb}
        inside = [x for x in found if set(x.a) | set(x.b) <= ids]
        if confident(inside, ga, gb) and all(_anchored(x, marks) for x in inside):
            out.extend(inside)
            continue
        if len(ga) == 1 or len(gb) == 1:
            if len(ga) == 1:
                gb = candidates(ga[0], gb)
            else:
                ga = candidates(gb[0], ga)
            if not ga or not gb:
                out.extend(inside)
                continue
        todo.append((ga, gb))
    if todo:
        texts = [p for ga, gb in todo for p in ga + gb]
        try:
            vecs = embed.embed([p.text for p in texts])
        except Exception:  # a failing engine must not stop an import
            return found
        vectors = {p.id: vecs[k] for k, p in enumerate(texts)}
        for ga, gb in todo:
            out.extend(align_sides(ga, gb, vectors))
    out.sort(key=lambda x: pos_a.get(x.a[0], 0) if x.a else 0)
    return out


MAX_CANDIDATES = 4  # paragraphs embedded against a lone paragraph of the other language


def candidates(one: Para, others: list[Para], limit: int | None = None) -> list[Para]:
    """The paragraphs that may translate ``one``, in document order: those of a comparable length
    (half to twice), and of them only the ``limit`` closest in length (``MAX_CANDIDATES``), alone or
    joined with a neighbour (a translation split in two).

    Translations keep the length of their original within a few tenths (Gale and Church aligned
    on that alone), so a paragraph much shorter or longer is rarely the one; the model costs
    about a tenth of a second per paragraph, and a report with one paragraph in the second
    language otherwise sends every paragraph of the first.

    >>> one = Para("b", 0, "ru", "x" * 100)
    >>> others = [Para(f"a{n}", k, "ky", "y" * n) for k, n in enumerate((40, 90, 150, 105, 60, 120, 250))]
    >>> [p.id for p in candidates(one, others, limit=3)]
    ['a90', 'a105', 'a120']
    >>> halves = [Para("h1", 0, "ky", "y" * 52), Para("h2", 1, "ky", "y" * 50), Para("f", 2, "ky", "y" * 190)]
    >>> [p.id for p in candidates(one, halves + others, limit=3)]
    ['h1', 'h2', 'a105']
    """
    size = max(1, len(one.text))
    comparable = [p for p in others if 0.5 <= len(p.text) / size <= 2.0]
    lengths = [len(p.text) for p in comparable]

    def distance(k: int) -> float:
        """How far from ``one``'s length: the paragraph's own, or with a neighbour's (a 1:2 split)."""
        sums = [lengths[k]] + [lengths[k] + lengths[j] for j in (k - 1, k + 1) if 0 <= j < len(lengths)]
        return min(abs(math.log(max(1, n) / size)) for n in sums)

    keep = limit if limit is not None else MAX_CANDIDATES
    nearest = set(sorted(range(len(comparable)), key=distance)[:keep])
    return [p for k, p in enumerate(comparable) if k in nearest]


def _anchored(pair: Pair, marks: dict[str, set[str]]) -> bool:
    """Whether the two sides of a pair share an anchor or a word (not paired by their order alone).

    >>> marks = {"a1": {"n:43", "w:тренн"}, "b1": {"n:43"}, "b2": {"w:напом"}}
    >>> _anchored(Pair(("a1",), ("b1",), 0.9, "ky", "ru"), marks), _anchored(Pair(("a1",), ("b2",), 0.9, "ky", "ru"), marks)
    (True, False)
    """
    side_a = set().union(*(marks[i] for i in pair.a))
    return any(side_a & marks[j] for j in pair.b)


def confident(found: list[Pair], side_a: list[Para], side_b: list[Para], min_score: float = 0.6) -> bool:
    """Whether lengths and anchors alone settled the alignment, so the embedding is not needed.

    True when both sides have the same number of paragraphs and every one is paired 1:1 with a
    strong score; anything else (a merge, an unpaired paragraph, a weak pair) asks the model.

    >>> a, b = [Para("a1", 0, "ky", "x")], [Para("b1", 1, "ru", "y")]
    >>> confident([Pair(("a1",), ("b1",), 0.95, "ky", "ru")], a, b), confident([], a, b)
    (True, False)
    """
    if not side_a or len(side_a) != len(side_b) or len(found) != len(side_a):
        return False
    return all(len(x.a) == 1 and len(x.b) == 1 and x.score >= min_score for x in found)
