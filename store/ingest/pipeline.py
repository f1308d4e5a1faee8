"""How one raw file becomes the rows of one document: read, clean, language, extract, align.

``process_bytes`` is pure (bytes in, an export-shaped dict out); the store writes what it returns
in one transaction. The same function serves ``kerben import`` and ``kerben reprocess``.
"""
from __future__ import annotations

import gc
import hashlib
from pathlib import Path
from typing import Any

from . import clean as cleaning
from . import language
from .dates import dateline
from .model import DocContext, Para, paragraph_id
from .read import decode

PIPELINE_VERSION = "7"  # stored per document; "-text" marks a text-only (--no-extract) import


def document_id(sha256: str) -> str:
    """``document_id("ab12…") -> 'd-ab12…'`` (16 hex digits of the content hash)."""
    return f"d-{sha256[:16]}"


def fmt_of(source: str, text: str) -> str:
    """``txt``, ``md`` or ``html`` from the file name, or from the content for stdin."""
    suffix = Path(source).suffix.lower()
    if suffix in (".html", ".htm"):
        return "html"
    if suffix in (".md", ".markdown"):
        return "md"
    if suffix == ".txt":
        return "txt"
    from .html import looks_html

    return "html" if looks_html(text) else "txt"


def process_bytes(data: bytes, source: str, *, path: str | None = None, extract: bool = True) -> dict[str, Any]:
    """Decode and process one file. Raises ``IngestError`` with a user sentence on bad input."""
    text, encoding = decode(data, source)
    sha = hashlib.sha256(data).hexdigest()
    row = process_text(text, source, sha256=sha, extract=extract)
    row["document"].update(path=path, encoding=encoding, size=len(data))
    return row


def process_text(text: str, source: str, *, sha256: str, fmt: str | None = None, extract: bool = True) -> dict[str, Any]:
    """Process decoded text (also used by ``reprocess`` on the stored raw text)."""
    fmt = fmt or fmt_of(source, text)
    title = published = None
    body_text = text
    if fmt == "html":
        from .html import extract as html_extract

        body_text, title, published = html_extract(text, source)
    cleaned = cleaning.clean(body_text, markdown=(fmt == "md"))
    if not cleaned.paragraphs:
        from ..errors import IngestError

        raise IngestError(f"{source}: no body text is left once page furniture is removed.")
    doc_id = document_id(sha256)
    langs = language.detect_many(cleaned.paragraphs)
    paras = [Para(paragraph_id(doc_id, i), i, lang, t) for i, (t, lang) in enumerate(zip(cleaned.paragraphs, langs))]
    languages = document_languages(paras)
    filed = next((d for d in (dateline(p.text, p.lang) for p in paras[:6]) if d), None)  # "Ош, 5 мая 2024 г. — ..."
    published = published or cleaned.published or filed
    ctx = DocContext(doc_id=doc_id, title=title or cleaned.title, published=published, languages=languages,
                     dateline=filed)
    row = {
        "document": {
            "id": doc_id, "source": source, "sha256": sha256, "title": ctx.title, "published": ctx.published,
            "languages": languages, "raw_text": text, "raw_format": fmt, "byline": cleaned.byline,
            "removed": cleaned.removed, "pipeline_version": PIPELINE_VERSION if extract else PIPELINE_VERSION + "-text",
        },
        "paragraphs": [{"id": p.id, "index": p.index, "lang": p.lang, "text": p.text} for p in paras],
        "events": [], "people": [], "quotes": [], "parallel": [], "figures": [],
    }
    if extract:
        from .twins import anchors

        row.update(run_extractors(paras, ctx))
        row["anchors"] = sorted(anchors(row))  # for the writer's translation linking, computed here in the worker
    return row


def document_languages(paras: list[Para]) -> list[str]:
    """Languages of the body, most text first; a language needs a real paragraph to count.

    A language counts when it has at least one paragraph of 40+ characters or 15% of the text,
    so that a stray short line does not make a document bilingual.
    """
    total = sum(len(p.text) for p in paras) or 1
    share: dict[str, int] = {}
    longest: dict[str, int] = {}
    for p in paras:
        if p.lang == "und":
            continue
        share[p.lang] = share.get(p.lang, 0) + len(p.text)
        longest[p.lang] = max(longest.get(p.lang, 0), len(p.text))
    keep = [lang for lang in share if longest[lang] >= 40 or share[lang] / total >= 0.15]
    return sorted(keep, key=lambda lang: -share[lang])


def warm() -> None:
    """Load what extraction needs in every process (the extractors, the language model, natasha and
    pymorphy) ahead of the first document.

    An import with several workers calls it once before they are started: forked from this process,
    they share what it loaded instead of each spending about two seconds loading the same models.
    The embedding model is not loaded here: only a bilingual document asks for it.
    """
    collecting = gc.isenabled()
    gc.disable()  # what loads here stays for the life of the process: collecting meanwhile finds nothing
    try:
        from . import align, events, figures, people, quotes, twins  # noqa: F401  (their rules compile on import)
        from .language import detect
        from .nlp import dates_extractor, morph_tagger, ner_tagger, pymorphy, segmenter

        detect("Прогрев моделей перед началом импорта.")
        for load in (segmenter, ner_tagger, morph_tagger, dates_extractor, pymorphy):
            load()
        gc.freeze()  # the loaded objects are permanent: collections in the workers skip them (and leave their pages shared)
    finally:
        if collecting:
            gc.enable()


def run_extractors(paras: list[Para], ctx: DocContext) -> dict[str, Any]:
    """Events, people, quotes, figures and paragraph pairs of one document, every extractor reading
    the one document model (``doc.Doc``: paragraphs, their sentences and tokens) built here."""
    from .align import align_document
    from .doc import Doc
    from .events import extract_events
    from .figures import extract_figures
    from .people import extract_people
    from .quotes import extract_quotes

    doc = Doc.build(paras, ctx)
    people = extract_people(doc)
    return {
        "events": [e.to_row() for e in extract_events(doc)],
        "people": [p.to_row() for p in people],
        "quotes": [q.to_row() for q in extract_quotes(doc, people)],
        "figures": [f.to_row() for f in extract_figures(doc)],
        "parallel": [x.to_row() for x in align_document(doc)] if len(ctx.languages) > 1 else [],
    }
