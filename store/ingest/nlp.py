"""Heavy NLP models, loaded once per process and only when first needed.

natasha takes ~1.6 s and ~300 MB to load; nothing imports it at module level, so commands
that do not extract (search, show, export) never pay for it.
"""
from __future__ import annotations

import threading
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # natasha and pymorphy3 ship no type information: these names are Any to mypy
    from natasha import (DatesExtractor, Doc, MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger,
                         Segmenter)
    from pymorphy3 import MorphAnalyzer

_lock = threading.Lock()
_load_lock = threading.Lock()


@lru_cache(maxsize=1)
def segmenter() -> Segmenter:
    from natasha import Segmenter

    return Segmenter()


@lru_cache(maxsize=1)
def embedding() -> NewsEmbedding:
    """natasha's navec word vectors, loaded without their similarity tables.

    On load navec precomputes the norm of each of its 500k words and a centroid product table
    (about 1.4 s of a worker's start-up); those serve only ``Navec.sim``. The taggers look
    vectors up by index and never call it, so the precompute is skipped while loading.
    """
    from navec.pq import PQ
    from natasha import NewsEmbedding

    with _load_lock:  # not _lock: ner_doc holds that while it asks for the taggers
        precompute = PQ.precompute
        PQ.precompute = lambda self: None
        try:
            return NewsEmbedding()
        finally:
            PQ.precompute = precompute


@lru_cache(maxsize=1)
def ner_tagger() -> NewsNERTagger:
    from natasha import NewsNERTagger

    return NewsNERTagger(embedding())


@lru_cache(maxsize=1)
def morph_tagger() -> NewsMorphTagger:
    from natasha import NewsMorphTagger

    return NewsMorphTagger(embedding())


@lru_cache(maxsize=1)
def morph_vocab() -> MorphVocab:
    """natasha's ``MorphVocab`` (pymorphy2) on the dictionary package's own path.

    Left to find its dictionary itself, pymorphy2 lists every installed package's entry points
    through ``pkg_resources`` (about 0.2 s of CPU to import and scan); the path is given instead.
    """
    import pymorphy2_dicts_ru  # type: ignore[import-untyped]  # pymorphy2's Russian dictionary, natasha's dependency
    from natasha import MorphVocab
    from natasha.morph.vocab import MorphForm
    from pymorphy2 import MorphAnalyzer as Pymorphy2  # type: ignore[import-untyped]

    vocab = MorphVocab.__new__(MorphVocab)  # MorphVocab() with the path: its __init__ takes none
    Pymorphy2.__init__(vocab, path=pymorphy2_dicts_ru.get_path(), lang="ru", result_type=MorphForm)
    return vocab


@lru_cache(maxsize=1)
def dates_extractor() -> DatesExtractor:
    from natasha import DatesExtractor

    return DatesExtractor(morph_vocab())


@lru_cache(maxsize=1)
def pymorphy() -> MorphAnalyzer:
    """pymorphy3 analyzer (Russian dictionaries), on the dictionary package's path (no entry-point scan)."""
    import pymorphy3
    import pymorphy3_dicts_ru  # type: ignore[import-untyped]

    return pymorphy3.MorphAnalyzer(path=pymorphy3_dicts_ru.get_path(), lang="ru")


def ner_doc(text: str, *, morph: bool = False) -> Doc:
    """A natasha ``Doc`` of *text* with NER spans (and morphology when *morph*).

    Spans of type PER, LOC, ORG are in ``doc.spans``; call ``span.normalize(morph_vocab())``
    only when *morph* is True.
    """
    from natasha import Doc

    with _lock:
        doc = Doc(text)
        doc.segment(segmenter())
        if morph:
            doc.tag_morph(morph_tagger())
        doc.tag_ner(ner_tagger())
    return doc
