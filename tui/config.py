"""The browser's few remembered settings, in ``$XDG_CONFIG_HOME/kerben/tui.json``.

>>> Config(theme="nord").theme
'nord'
"""
from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path


def config_path() -> Path:
    """``$XDG_CONFIG_HOME/kerben/tui.json`` (``~/.config/kerben/tui.json``)."""
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base).expanduser() / "kerben" / "tui.json"


@dataclass
class Config:
    theme: str | None = None


def load(path: Path | None = None) -> Config:
    """The saved settings; defaults when the file is missing or unreadable."""
    p = Path(path) if path else config_path()
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Config()
    theme = data.get("theme") if isinstance(data, dict) else None
    return Config(theme=theme if isinstance(theme, str) else None)


def save(config: Config, path: Path | None = None) -> bool:
    """Write the settings (atomically); False when the directory cannot be written."""
    p = Path(path) if path else config_path()
    try:
        p.parent.mkdir(parents=True, exist_ok=True)
        tmp = p.with_name(p.name + ".part")
        tmp.write_text(json.dumps(asdict(config), indent=2) + "\n", encoding="utf-8")
        os.replace(tmp, p)
    except OSError:
        return False
    return True
