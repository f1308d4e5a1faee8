"""Document text made safe for the terminal: control characters become visible symbols.

Rich ``Text`` already keeps ``[bold]`` literal; an ESC byte, though, would reach the terminal
and be obeyed. Each control character is replaced by its Unicode "control picture" (one
character for one, so highlight offsets stay valid).
"""
from __future__ import annotations

_TABLE = {c: 0x2400 + c for c in range(0x20) if c not in (0x09, 0x0A)}
_TABLE[0x7F] = 0x2421
_TABLE.update({c: 0xFFFD for c in range(0x80, 0xA0)})  # C1 controls (CSI 0x9b...)


def visible(text: str) -> str:
    """``visible("\\x1b[31mred") == "␛[31mred"``; newlines and tabs stay."""
    return text.translate(_TABLE)
