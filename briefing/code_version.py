"""A digest of the code that made a cached result: when it changes, the result may have changed too.

Files already read (``file_cache``) and articles already written as JSON (``json_output``) are
cached as results of code with no version number of its own: the loaders, the sanitiser, the JSON
schema, the date resolver, and the libraries under them (trafilatura, markdown-it, orjson …).
Rather than a number someone must remember to raise, the digest covers what that code is: the
Python version, every installed distribution by name and version (the ``*.dist-info`` folders on
the path), and the text of the core package (every module outside ``briefing/ui``, and its data
files). Any edit or upgrade is therefore a miss, never a stale hit; it costs a few milliseconds.
"""

from __future__ import annotations

import hashlib
import os
import sys
from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_NOT_CORE = ("ui", "seeds")  # the app's screens (nothing they make is cached), the example articles


@cache
def code_version() -> str:
    digest = hashlib.blake2b(sys.version.encode(), digest_size=16)
    for name in _distributions():
        digest.update(b"\x00" + name.encode("utf-8", "surrogateescape"))
    for path in _core_files():
        digest.update(b"\x00" + path.relative_to(_PACKAGE).as_posix().encode("utf-8", "surrogateescape") + b"\x00")
        try:
            digest.update(path.read_bytes())
        except OSError:
            digest.update(b"(unreadable)")
    return digest.hexdigest()


def _distributions() -> list[str]:
    """The installed distributions' metadata folders (``name-version.dist-info``) on the import path."""
    names: set[str] = set()
    for folder in sys.path:
        try:
            with os.scandir(folder or ".") as listing:
                names.update(entry.name for entry in listing if entry.name.endswith((".dist-info", ".egg-info")))
        except OSError:
            continue  # a zip file or a folder that is not there
    return sorted(names)


def _core_files() -> list[Path]:
    found = [
        path
        for path in _PACKAGE.rglob("*")
        if path.suffix in (".py", ".txt") and path.relative_to(_PACKAGE).parts[0] not in _NOT_CORE
    ]
    return sorted(found)
