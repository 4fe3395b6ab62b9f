"""Where the on-disk stores of big graphs are kept for questions, and how a store is opened ahead.

Light on purpose (os, pathlib, zlib): the console script's thread imports this alone to open a
big graph's store while the main thread imports click and the CLI, so that the two overlap
instead of queueing for the interpreter. orggraph.query builds the stores and uses them.
"""

from __future__ import annotations

import os
from pathlib import Path

TYPE_CHECKING = False  # a question does without importing typing (orggraph.records)
if TYPE_CHECKING:
    from threading import Event

    import pyoxigraph as ox

CACHE_ABOVE = 8_000_000  # bytes of Turtle (~150k triples, ~0.4 s to load): smaller graphs load in memory


def cache_dir() -> Path:
    """$ORGGRAPH_CACHE_DIR, else $XDG_CACHE_HOME/orggraph/stores, else ~/.cache/orggraph/stores."""
    if os.environ.get("ORGGRAPH_CACHE_DIR"):
        return Path(os.environ["ORGGRAPH_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "orggraph" / "stores"


def _path_key(path: Path) -> str:
    """A short name for a graph's path (CRC-32 and Adler-32: hashlib's import costs a question
    3 ms; two paths sharing a name only cost a hash, the identity in the file tells them apart)."""
    import zlib

    data = os.fsencode(path.resolve())
    return f"{zlib.crc32(data):08x}{zlib.adler32(data):08x}"


def _identity(path: Path) -> str:
    stat = path.stat()
    return f"{stat.st_dev} {stat.st_ino} {stat.st_size} {stat.st_mtime_ns} {stat.st_ctime_ns}"


def _known_digest(path: Path, cache: Path, identity: str) -> str | None:
    try:
        known, digest = (cache / f"digest-{_path_key(path)}.txt").read_text(encoding="utf-8").rsplit(" ", 1)
    except (OSError, ValueError):
        return None
    return digest if known == identity else None


# stores being opened ahead by prefetch(): folder -> (set when done, the store if it opened)
_AHEAD: dict[Path, tuple[Event, list[ox.Store]]] = {}


def prefetch(path: Path) -> None:
    """Open a big graph's on-disk store ahead, if it is already built and its digest known:
    RocksDB spends ~25 ms opening a store, most of it waiting on its own threads, and lets go
    of the interpreter meanwhile. Never fails: whatever goes wrong here, the question opens
    the store itself and reports it."""
    from threading import Event

    try:
        if path.stat().st_size < CACHE_ABOVE:
            return
        cache = cache_dir()
        digest = _known_digest(path, cache, _identity(path))
        target = cache / digest if digest else None
        if target is None or not (target / "orggraph-source").is_file():
            return
        done: Event = Event()
        opened: list[ox.Store] = []
        _AHEAD[target] = (done, opened)  # before the import: the question waits for this open
        try:
            import pyoxigraph

            opened.append(pyoxigraph.Store.read_only(str(target)))
        finally:
            done.set()
    except Exception:  # noqa: BLE001, S110 - a guess made ahead; the question does it properly
        pass


def _open_read_only(target: Path) -> ox.Store:
    import pyoxigraph

    ahead = _AHEAD.pop(target, None)
    if ahead is not None:
        done, opened = ahead
        done.wait()
        if opened:
            return opened[0]
    return pyoxigraph.Store.read_only(str(target))
