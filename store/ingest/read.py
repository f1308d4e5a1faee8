"""From paths on the command line to decoded text.

``discover`` expands files, directories (recursively) and globs into the files we can import;
``decode`` turns raw bytes into text, UTF-8 first, then charset-normalizer for legacy Cyrillic.
Every refusal is an ``IngestError`` whose message is one sentence a user can act on.
"""
from __future__ import annotations

import glob
import os
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, NamedTuple

from ..errors import IngestError

SUPPORTED = (".txt", ".md", ".markdown", ".html", ".htm")
DEFAULT_MAX_SIZE = 20 * 1024 * 1024

# Encodings we accept from charset-normalizer for this region's documents.
_LEGACY = ("cp1251", "koi8_r", "koi8_u", "cp866", "cp1125", "iso8859_5", "mac_cyrillic", "cp1254",
           "iso8859_9", "cp1252", "latin_1", "iso8859_1", "cp1250", "ascii")


@dataclass(frozen=True, slots=True)
class Source:
    """One input: a path, or standard input (``path`` is None)."""

    name: str
    path: Path | None


class Problem(NamedTuple):
    """A command-line argument that gives no file, and the sentence that says why."""

    arg: str
    reason: str


def discover(args: list[str]) -> tuple[list[Source], list[Problem]]:
    """Expand CLI arguments into sources; also return the arguments that fail.

    >>> discover(["-"])[0][0].name
    '<stdin>'
    >>> discover(["no-such-dir/"])[1]
    [Problem(arg='no-such-dir/', reason='no-such-dir/: no such file or directory.')]
    """
    sources: list[Source] = []
    problems: list[Problem] = []
    seen: set[str] = set()

    def add(p: Path) -> None:
        key = str(p.resolve())
        if key not in seen:
            seen.add(key)
            sources.append(Source(p.name, p))

    for arg in args:
        if arg == "-":
            sources.append(Source("<stdin>", None))
            continue
        p = Path(arg).expanduser()
        if p.is_dir():
            found = sorted(x for x in p.rglob("*") if x.is_file() and x.suffix.lower() in SUPPORTED
                           and not any(part.startswith(".") for part in x.relative_to(p).parts))
            if not found:
                problems.append(Problem(arg, f"{arg}: the directory holds no .txt, .md or .html files."))
            for x in found:
                add(x)
        elif p.exists():
            add(p)
        elif any(ch in arg for ch in "*?["):
            matches = sorted(Path(m) for m in glob.glob(os.path.expanduser(arg), recursive=True))
            files = [m for m in matches if m.is_file() and m.suffix.lower() in SUPPORTED]
            if not files:
                problems.append(Problem(arg, f"{arg}: no supported file matches this pattern."))
            for m in files:
                add(m)
        else:
            problems.append(Problem(arg, f"{arg}: no such file or directory."))
    return sources, problems


def read_bytes(src: Source, max_size: int = DEFAULT_MAX_SIZE, stdin: BinaryIO | None = None) -> bytes:
    """The raw bytes of *src*, refusing what is too big or unreadable."""
    if src.path is None:
        import sys

        stream = stdin if stdin is not None else sys.stdin.buffer
        data = stream.read(max_size + 1)
    else:
        if src.path.suffix.lower() not in SUPPORTED:
            raise IngestError(f"{src.name}: unsupported file type (use .txt, .md or .html).")
        try:
            size = src.path.stat().st_size
            if size > max_size:
                raise IngestError(f"{src.name}: the file is {size / 1e6:.1f} MB, over the --max-size limit "
                                  f"of {max_size / 1e6:.1f} MB.")
            data = src.path.read_bytes()
        except PermissionError:
            raise IngestError(f"{src.name}: the file cannot be read (permission denied).") from None
        except IsADirectoryError:
            raise IngestError(f"{src.name}: is a directory, not a file.") from None
        except OSError as exc:
            raise IngestError(f"{src.name}: the file cannot be read ({exc.strerror or exc}).") from None
    if len(data) > max_size:
        raise IngestError(f"{src.name}: the input is over the --max-size limit of {max_size / 1e6:.1f} MB.")
    return data


class Decoded(NamedTuple):
    """Text, and the encoding its bytes were read in."""

    text: str
    encoding: str  # a Python codec name: "utf-8", "utf-8-sig", "utf-16", "cp1251", ...


def decode(data: bytes, name: str = "input") -> Decoded:
    """Text and the encoding used.

    >>> decode("Ош шаары".encode("cp1251"))
    Decoded(text='Ош шаары', encoding='cp1251')
    >>> decode(b"\\xef\\xbb\\xbfhello")
    Decoded(text='hello', encoding='utf-8-sig')
    """
    if not data.strip():
        raise IngestError(f"{name}: the file is empty.")
    if data.startswith(b"\xef\xbb\xbf"):
        return _checked(data[3:].decode("utf-8", errors="strict") if _utf8(data[3:]) else None, "utf-8-sig", name)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return _checked(data.decode("utf-16"), "utf-16", name)
        except UnicodeDecodeError:
            raise IngestError(f"{name}: the file claims UTF-16 but its bytes do not decode.") from None
    if b"\x00" in data:
        raise IngestError(f"{name}: looks like a binary file (it contains NUL bytes), not text.")
    if _utf8(data):
        return _checked(data.decode("utf-8"), "utf-8", name)
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=list(_LEGACY)).best()
    if best is None:
        raise IngestError(f"{name}: the bytes are in no encoding Kerben knows (tried UTF-8, UTF-16 "
                          "and legacy Cyrillic code pages).")
    return _checked(str(best), best.encoding, name)


def _utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


_CONTROLS = [chr(i) for i in range(32) if chr(i) not in "\n\r\t\f\v"]


def _checked(text: str | None, encoding: str, name: str) -> Decoded:
    if text is None:
        raise IngestError(f"{name}: the file starts like UTF-8 but its bytes do not decode.")
    if not text.strip():
        raise IngestError(f"{name}: the file is empty.")
    controls = sum(map(text.count, _CONTROLS))  # a C count per control character, not a Python step per character
    if controls > max(8, len(text) // 50):
        raise IngestError(f"{name}: looks like a binary file, not text.")
    return Decoded(text, encoding)
