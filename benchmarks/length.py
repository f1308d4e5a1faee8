"""Time against length: one long paragraph, and a file of many ordinary paragraphs.

``python -m benchmarks.length [--sizes 10,30,100,300,1000] [--big-file-mb 20]`` (KB, MB) prints
JSON: seconds of ``process_bytes`` (full extraction) per size, wall (``s``) and CPU of this process
(``cpu_s``, steadier on a shared machine), and the slope of log(time) against log(size) (1.0 is
linear, 2.0 quadratic). The text is the generator's invented sentences.
"""
from __future__ import annotations

import argparse
import json
import math
import random
import time

from .generate import _body


def sentences(n: int, seed: int = 0, lang: str = "ru") -> list[str]:
    """*n* distinct invented report sentences in *lang* (names, roles, quotes, figures, dates)."""
    rng = random.Random(seed)
    out: list[str] = []
    while len(out) < n:
        facts = {k: rng.randrange(1000) for k in ("city", "org", "kind", "topic", "first", "last", "role",
                                                   "quote", "funder")}
        facts.update(day=rng.randint(1, 28), month=rng.randint(1, 12), year=rng.randint(2015, 2025),
                     n=rng.randint(12, 240), k=rng.randint(50, 5000) + len(out), fill=2, w=3)
        out.extend(_body(rng, lang, facts))
    return out[:n]


def one_paragraph(nbytes: int, seed: int = 0, lang: str = "ru") -> str:
    """One paragraph (no blank line) of about *nbytes* bytes of UTF-8."""
    parts, size, i = [], 0, 0
    while size < nbytes:
        batch = sentences(50, seed * 7919 + i, lang)
        for s in batch:
            parts.append(s)
            size += len(s.encode("utf-8")) + 1
            if size >= nbytes:
                break
        i += 1
    return " ".join(parts) + "\n"


def many_paragraphs(nbytes: int, seed: int = 0, lang: str = "ru") -> str:
    """About *nbytes* of ordinary paragraphs in *lang* (a few sentences each).

    One language: paragraphs of several languages would make one huge bilingual document, whose
    cost is the alignment's embedding of every paragraph, not the length.
    """
    rng = random.Random(seed)
    parts, size, i = [], 0, 0
    while size < nbytes:
        para = " ".join(sentences(rng.randint(1, 4), seed * 104729 + i, lang))
        parts.append(para)
        size += len(para.encode("utf-8")) + 2
        i += 1
    return "\n\n".join(parts) + "\n"


def time_one(text: str, name: str = "long.txt") -> dict[str, float]:
    """Wall and CPU seconds of ``process_bytes`` on *text*."""
    from store.ingest.pipeline import process_bytes

    t0, c0 = time.perf_counter(), time.process_time()
    process_bytes(text.encode("utf-8"), name)
    return {"s": time.perf_counter() - t0, "cpu_s": time.process_time() - c0}


def slope(points: list[tuple[float, float]]) -> float:
    """Least-squares slope of log(seconds) against log(size).

    >>> round(slope([(10, 1.0), (100, 10.0), (1000, 100.0)]), 2)
    1.0
    """
    xs = [math.log(s) for s, _t in points]
    ys = [math.log(max(t, 1e-6)) for _s, t in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)


def measure(sizes_kb: list[int], big_file_mb: float | None = None) -> dict:
    time_one(one_paragraph(4096, 99))  # load the models once, outside the timings
    res: dict = {"one_paragraph": []}
    for kb in sizes_kb:
        res["one_paragraph"].append({"kb": kb, **time_one(one_paragraph(kb * 1024, kb))})
    res["one_paragraph_slope"] = slope([(r["kb"], r["s"]) for r in res["one_paragraph"]])
    res["one_paragraph_cpu_slope"] = slope([(r["kb"], r["cpu_s"]) for r in res["one_paragraph"]])
    if big_file_mb:
        text = many_paragraphs(int(big_file_mb * 1024 * 1024), 5)
        res["many_paragraphs"] = {"mb": big_file_mb, "paragraphs": text.count("\n\n") + 1, **time_one(text)}
    return res


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--sizes", default="10,30,100,300,1000", help="paragraph sizes in KB")
    ap.add_argument("--big-file-mb", type=float, default=20.0, help="size of the many-paragraph file (0: skip)")
    a = ap.parse_args(argv)
    print(json.dumps(measure([int(x) for x in a.sizes.split(",")], a.big_file_mb or None), indent=1))


if __name__ == "__main__":
    main()
