"""Heavy NLP models, loaded once per process and only when first needed.

natasha takes ~1.6 s and ~300 MB to load; nothing imports it at module level, so commands
that do not extract (search, show, export) never pay for it.
"""
from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # natasha, navec and pymorphy3 ship no type information: these names are Any to mypy
    from natasha import DatesExtractor, Doc, MorphVocab, NewsMorphTagger, NewsNERTagger, Segmenter
    from navec import Navec
    from pymorphy3 import MorphAnalyzer

_lock = threading.Lock()
_load_lock = threading.Lock()


@lru_cache(maxsize=1)
def segmenter() -> Segmenter:
    from natasha import Segmenter

    return Segmenter()


@lru_cache(maxsize=1)
def embedding() -> Navec:
    """natasha's navec word vectors as its taggers use them: the id and the quantized vectors.

    The taggers take navec's id and its product-quantized vectors and look words up in their own
    vocabulary, never in navec's, so navec's list of 250,000 words and their counts is not read
    (about 0.2 s of CPU). Nor are its similarity tables computed: on load navec precomputes the
    norm of each word and a centroid product table (about 1.4 s), which serve only ``Navec.sim``.
    """
    from natasha.data import NEWS_EMBEDDING
    from navec import Navec
    from navec.meta import Meta
    from navec.pq import PQ
    from navec.tar import Tar

    with _load_lock, Tar(NEWS_EMBEDDING) as tar:  # not _lock: ner_doc holds that while it asks for the taggers
        meta = Meta.from_file(tar.load("meta.json"))
        Meta.check_protocol(meta.protocol)
        precompute = PQ.precompute
        PQ.precompute = lambda self: None
        try:
            pq = PQ.from_file(tar.load("pq.bin"))
        finally:
            PQ.precompute = precompute
    return Navec(meta, None, pq)  # no word list: navec's own lookups (navec["word"]) are not available


@lru_cache(maxsize=1)
def ner_tagger() -> NewsNERTagger:
    from natasha import NewsNERTagger

    emb = embedding()
    with _load_lock, _shared_vocabularies():
        return NewsNERTagger(emb)


@lru_cache(maxsize=1)
def morph_tagger() -> NewsMorphTagger:
    from natasha import NewsMorphTagger

    emb = embedding()
    with _load_lock, _shared_vocabularies():
        return NewsMorphTagger(emb)


_vocabularies: dict[bytes, object] = {}  # slovnet vocabularies read so far, by the digest of their text


@contextmanager
def _shared_vocabularies() -> Iterator[None]:
    """While a slovnet tagger loads, a vocabulary whose text another tagger already read is reused.

    natasha's NER and morphology taggers each carry the same 250,000-word vocabulary (gzipped in
    their own files); slovnet makes a list and a dictionary of it for each, about 0.1 s of CPU
    apiece. The vocabularies are only read from, so the taggers can share one. Call with
    ``_load_lock`` held.
    """
    import hashlib
    from gzip import decompress

    from slovnet.exec import pack  # type: ignore[import-untyped]

    def bytes_vocab(data: bytes) -> object:  # slovnet's own bytes_vocab, remembered by content
        text = decompress(data)
        key = hashlib.sha256(text).digest()
        if key not in _vocabularies:
            _vocabularies[key] = pack.Vocab(text.decode("utf8").splitlines())
        return _vocabularies[key]

    read = pack.bytes_vocab
    pack.bytes_vocab = bytes_vocab
    try:
        yield
    finally:
        pack.bytes_vocab = read


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


def ner_spans(text: str) -> list[tuple[int, int, str]]:
    """natasha's named-entity spans of *text* as (start, stop, type): the spans of ``ner_doc(text)``
    without the sentence and token segmentation that only places its spans on tokens."""
    if not text.strip():
        return []  # as natasha's tagging of a blank text
    with _lock:
        markup = ner_tagger()(text)
    return [(span.start, span.stop, span.type) for span in markup.spans]

