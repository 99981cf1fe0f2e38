"""The user's keymap: binding ids to keys, read from a small TOML file.

    # ~/.config/briefing/keymap.toml (or the file named by BRIEFING_KEYMAP)
    [keymap]
    "main.next" = "n,ctrl+n"
    "main.search" = "ctrl+f"

Every binding id is listed on the help screen (?).
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

ENV = "BRIEFING_KEYMAP"


def keymap_path() -> Path:
    explicit = os.environ.get(ENV)
    if explicit:
        return Path(explicit)
    from platformdirs import user_config_dir

    return Path(user_config_dir("briefing")) / "keymap.toml"


def load_keymap(path: Path | None = None) -> tuple[dict[str, str], str | None]:
    """(keymap, problem): an empty keymap when there is no file; a one-line problem when it is unreadable."""
    path = path or keymap_path()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}, None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        return {}, f"Ignoring {path}: {error}"
    table = data.get("keymap", data)
    if not isinstance(table, dict):
        return {}, f"Ignoring {path}: [keymap] must map binding ids to keys"
    keymap = {str(key): value for key, value in table.items() if isinstance(value, str)}
    return keymap, None
