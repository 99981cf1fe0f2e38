"""A safe walk over the paths people pass, and a bounded, read-only read of each file.

Only regular files are read: FIFOs, devices and sockets are reported, never opened
for a blocking read. The walk follows symbolic links but visits each real directory
and file once, so it cannot loop. Nothing here ever writes to an input.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from briefing.model import Problem
from briefing.sanitize import one_line

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
STDIN = "-"


@dataclass(frozen=True, slots=True)
class Found:
    """A regular file to read, or ``-`` for standard input, or a URL."""

    path: str
    real_path: str | None = None  # os.path.realpath(path), when the walk already knows it
    info: os.stat_result | None = None  # the file's status as the walk found it (None for standard input and URLs)


@dataclass(slots=True)
class WalkStats:
    skipped: int = 0  # hidden entries and files of a kind no loader reads, inside walked folders


def _kind_of(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISDIR(mode):
        return "a directory"
    return "not a regular file"


def os_reason(error: OSError) -> str:
    """A short, human reason for an OS error."""
    reasons = {
        errno.ENOENT: "no such file (it may have been removed while loading)",
        errno.EACCES: "permission denied",
        errno.EPERM: "permission denied",
        errno.ELOOP: "too many levels of symbolic links",
        errno.EISDIR: "is a directory",
        errno.ENAMETOOLONG: "file name too long",
    }
    return reasons.get(error.errno or 0, one_line(error.strerror or str(error)))


def _link_reason(error: OSError) -> str:
    # A link that points back at itself is not "broken" in the usual sense: say which it is.
    if error.errno == errno.ELOOP:
        return "symbolic link loop (too many levels of symbolic links)"
    return "broken symbolic link"


def is_url(path: str) -> bool:
    return path.lower().startswith(("http://", "https://"))


def walk(
    paths: Iterable[str], known_suffix: Callable[[str], bool], stats: WalkStats | None = None
) -> Iterator[Found | Problem]:
    """Yield each file to read, in a stable sorted order, or a Problem for what cannot be read.

    ``known_suffix(name)`` says whether some loader reads a file of that name; files
    inside folders that no loader reads are counted in ``stats.skipped``. A file named
    explicitly is always offered to the loaders.
    """
    stats = stats if stats is not None else WalkStats()
    seen: set[tuple[int, int]] = set()
    for path in paths:
        if path == STDIN or is_url(path):
            yield Found(path)
            continue
        try:
            info = os.stat(path)
        except OSError as error:
            if os.path.islink(path):
                yield Problem(one_line(path), _link_reason(error))
            else:
                yield Problem(one_line(path), os_reason(error))
            continue
        if stat.S_ISDIR(info.st_mode):
            yield from _walk_dir(path, _folder_prefix(os.path.realpath(path)), info, known_suffix, stats, seen)
        elif stat.S_ISREG(info.st_mode):
            if (info.st_dev, info.st_ino) not in seen:
                seen.add((info.st_dev, info.st_ino))
                yield Found(path, info=info)
        else:
            yield Problem(one_line(path), _kind_of(info.st_mode))


def _walk_dir(
    root: str, real_prefix: str, info: os.stat_result, known_suffix, stats: WalkStats, seen: set[tuple[int, int]]
) -> Iterator[Found | Problem]:
    """Walk one folder; ``real_prefix`` is its real path, ready for a name (see ``_folder_prefix``)."""
    key = (info.st_dev, info.st_ino)
    if key in seen:
        return  # a symlink loop or a second route to a folder already walked
    seen.add(key)
    try:
        with os.scandir(root) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except OSError as error:
        yield Problem(one_line(root), os_reason(error))
        return
    for entry in entries:
        if entry.name.startswith("."):
            stats.skipped += 1  # hidden files and folders (.git, .DS_Store) are not articles, but are counted
            continue
        try:
            entry_info = entry.stat(follow_symlinks=True)
        except OSError as error:
            reason = _link_reason(error) if entry.is_symlink() else os_reason(error)
            yield Problem(one_line(entry.path), reason)
            continue
        if stat.S_ISDIR(entry_info.st_mode):
            real_prefix_below = _folder_prefix(_real_path(entry, real_prefix))
            yield from _walk_dir(entry.path, real_prefix_below, entry_info, known_suffix, stats, seen)
            continue
        if not known_suffix(entry.name):
            stats.skipped += 1
            continue
        if not stat.S_ISREG(entry_info.st_mode):
            yield Problem(one_line(entry.path), _kind_of(entry_info.st_mode))
            continue
        file_key = (entry_info.st_dev, entry_info.st_ino)
        if file_key not in seen:
            seen.add(file_key)
            yield Found(entry.path, _real_path(entry, real_prefix), entry_info)


def _folder_prefix(real_folder: str) -> str:
    """The folder's path ready for a name to be added: ``prefix + name == os.path.join(real_folder, name)``."""
    return os.path.join(real_folder, "")


def _real_path(entry: os.DirEntry[str], real_prefix: str) -> str:
    """``os.path.realpath(entry.path)``, given the real path of the folder it was listed in.

    realpath resolves one component at a time, so past the (resolved) folder a name that
    is not a symbolic link only adds itself: a string join instead of an lstat per component.
    """
    if entry.is_symlink():  # known from the listing (or cached by entry.stat): no system call
        return os.path.realpath(entry.path)
    return real_prefix + entry.name


_READ_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)


def read_bounded(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """Read a regular file read-only, refusing anything that is not one or is over the cap.

    Raises ``OSError`` or ``ValueError`` with a one-line reason.
    """
    fd = os.open(path, _READ_FLAGS)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise ValueError(_kind_of(info.st_mode))
        if info.st_size > max_bytes:
            raise ValueError(f"file too large ({info.st_size:,} bytes; the limit is {max_bytes:,})")
        # The first read asks for one byte more than the size fstat gave: a buffer no bigger than
        # the file, and getting exactly that size means the whole file (the usual case, with no
        # second read that would come back empty). A file that grew, or one sized 0 (/proc), reads on.
        chunks = [os.read(fd, info.st_size + 1)]
        if len(chunks[0]) == info.st_size:
            return chunks[0]
        remaining = max_bytes + 1 - len(chunks[0])
        while remaining > 0 and chunks[-1]:
            chunks.append(os.read(fd, min(remaining, 1 << 20)))
            remaining -= len(chunks[-1])
        data = b"".join(chunks)
        if len(data) > max_bytes:
            raise ValueError(f"file too large (over the limit of {max_bytes:,} bytes)")
        return data
    finally:
        os.close(fd)
