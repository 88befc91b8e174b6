"""Cores shared between worker processes, so that a long scan can use the cores others leave idle.

The ingest's workers (`pipeline.isolate`) each read one document at a time. A 10-page scan read
while the other workers have nothing left to do would keep one core busy for ten pages and
leave the others idle. So each worker holds a token (a lock on one file of a folder the parent
made, one file per worker) while it reads a document, and OCR borrows any token not held: it
reads one more page in a thread for each, and gives it back after that page. A worker that gets
a new document takes its own token back, waiting at most for the page being read on it.

The tokens are `flock` locks: the kernel drops a lock when the process holding it dies, so a
worker killed by the watchdog (time or memory limit) never takes a core away for good.
Without `install` (a document processed in the ingest process itself, `--jobs 0`, or on a
cluster's worker), there is nothing to borrow: pages are read one at a time.
"""

from __future__ import annotations

import fcntl
import os
import tempfile
import threading
from pathlib import Path

_folder: Path | None = None
_count = 1
_own: int | None = None
_own_fd: int | None = None
_lock = threading.Lock()


def make(count: int) -> str:
    """A folder of `count` token files, one per worker (the parent removes it with `remove`)."""
    folder = tempfile.mkdtemp(prefix="minutier-cores-")
    for index in range(count):
        Path(folder, f"core-{index}").touch()
    return folder


def remove(folder: str) -> None:
    for index in range(1000):
        path = Path(folder, f"core-{index}")
        if not path.exists():
            break
        path.unlink(missing_ok=True)
    try:
        os.rmdir(folder)
    except OSError:
        pass


def install(folder: str, count: int, own: int) -> None:
    """In a worker: the shared tokens and the index of its own."""
    global _folder, _count, _own
    _folder, _count, _own = Path(folder), count, own


def count() -> int:
    """How many cores the workers share (1 without `install`)."""
    return _count if _folder is not None else 1


def _open(index: int) -> int:
    return os.open(_folder / f"core-{index}", os.O_RDWR | os.O_CLOEXEC)


def hold() -> None:
    """Take this worker's own token (blocks while a page borrowed it), before reading a document."""
    global _own_fd
    if _folder is None or _own is None or _own_fd is not None:
        return
    fd = _open(_own)
    fcntl.flock(fd, fcntl.LOCK_EX)
    _own_fd = fd


def release() -> None:
    """Give this worker's token back, once its document is read: others may borrow it."""
    global _own_fd
    if _own_fd is not None:
        os.close(_own_fd)  # closing the descriptor drops the lock
        _own_fd = None


def borrow() -> int | None:
    """A token no worker holds (a descriptor to give back), or None when every core is busy."""
    if _folder is None:
        return None
    with _lock:
        for index in range(_count):
            if index == _own:
                continue
            fd = _open(index)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                os.close(fd)
                continue
            return fd
    return None


def give_back(token: int) -> None:
    """Return a borrowed token."""
    try:
        os.close(token)
    except OSError:
        pass
