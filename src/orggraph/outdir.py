"""The output folder: checked before any work, locked while written, replaced all at once.

A build writes several files (Turtle, GraphML, HTML, its report, the id registry) that must
agree. Each is written to a temporary file in the same folder and fsynced; only when all are
written and valid does a journal list the renames, which are then made; a build killed during
the renames is completed by the next one (the journal is replayed under the lock). So a kill,
a full disk or a bug leaves the previous files byte-identical, and no reader ever sees a new
Turtle beside an old page. One build at a time holds `.orggraph.lock` (an OS lock, released
by the kernel when the process dies, so a killed build never blocks the next).
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from orggraph.errors import OrggraphError

LOCK = ".orggraph.lock"
CACHE_FILE = ".orggraph-facts.sqlite"  # the facts cache (facts.py): builder state beside the exports, like the lock
JOURNAL = ".orggraph-commit.json"
_TEMP = re.compile(r"^\.\.?(?:orggraph|build-report)[^/]*\.tmp-\d+$")  # only ours: an export may share a folder

Writer = Callable[[Path], object]  # writes one file at the path it is given
Check = Callable[[Path], None]  # raises when the written file is not what it should be


class OutputError(OrggraphError):
    """The output folder cannot be used or written; the previous files are untouched."""


def _why(exc: OSError) -> str:
    return exc.strerror or str(exc)


def prepare(folder: Path) -> None:
    """Check, before any extraction, that `folder` is (or can be made) a writable folder."""
    if folder.exists() and not folder.is_dir():
        raise OutputError(f"output {folder} is a file, not a folder: choose another --out")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create output folder {folder}: {_why(exc)}") from None
    probe = folder / f".orggraph-probe.tmp-{os.getpid()}"
    try:
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise OutputError(f"cannot write in output folder {folder}: {_why(exc)}") from None


@contextmanager
def locked(folder: Path) -> Iterator[None]:
    """Hold the folder's lock; another build holding it is an error naming its process."""
    prepare(folder)
    path = folder / LOCK
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise OutputError(f"cannot lock output folder {folder}: {_why(exc)}") from None
    try:
        if not _try_lock(fd):
            holder = os.read(fd, 32).decode("ascii", "replace").strip() or "?"
            raise OutputError(f"another orggraph build (process {holder}) is writing to {folder}: "
                              "wait for it to finish, or choose another --out")
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        recover(folder)
        yield
    finally:
        os.close(fd)  # releases the lock


def _try_lock(fd: int) -> bool:
    try:
        import fcntl
    except ImportError:  # Windows
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
            return True
        except OSError:
            return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except BlockingIOError:
        return False


def recover(folder: Path) -> None:
    """Finish the renames of a build killed while making them; drop temporaries of builds
    killed before (their files were never promised to anyone). Call with the lock held."""
    journal = folder / JOURNAL
    if journal.is_file():
        try:
            pending = json.loads(journal.read_text(encoding="utf-8"))
            for temp, final in pending:
                if (folder / temp).exists():
                    os.replace(folder / temp, folder / final)
        except (OSError, ValueError, TypeError) as exc:
            raise OutputError(f"cannot complete the interrupted build in {folder} ({exc}); "
                              f"remove {journal} to keep the files as they are") from None
        journal.unlink()
        _sync_folder(folder)
    for leftover in folder.iterdir():
        if _TEMP.match(leftover.name) and leftover.is_file():
            leftover.unlink(missing_ok=True)


def commit(folder: Path, files: list[tuple[str, Writer, Check | None]]) -> list[Path]:
    """Write every (name, writer, check) into `folder` and replace the old files only once all
    are written, synced and checked. Any failure removes the temporaries, leaves the old files
    as they were, and is one OutputError naming the path and reason."""
    temps: list[tuple[Path, Path]] = []
    final = folder
    try:
        for name, write, check in files:
            final = folder / name
            temp = folder / f".{name}.tmp-{os.getpid()}"
            temps.append((temp, final))
            write(temp)
            _sync_file(temp)
            if check is not None:
                check(temp)
        journal = folder / JOURNAL
        journal_temp = folder / f".{JOURNAL}.tmp-{os.getpid()}"
        journal_temp.write_text(json.dumps([[t.name, f.name] for t, f in temps]), encoding="utf-8")
        _sync_file(journal_temp)
        os.replace(journal_temp, journal)
        _sync_folder(folder)
    except OSError as exc:
        _discard(temps)
        where = exc.filename or final
        raise OutputError(f"cannot write {_final_name(where, temps)}: {_why(exc)}; "
                          "the previous files are unchanged") from None
    except BaseException:
        _discard(temps)
        raise
    try:
        for temp, final in temps:  # from here on, a kill is completed by the next build's recover()
            os.replace(temp, final)
        _sync_folder(folder)
        journal.unlink()
        _sync_folder(folder)
    except OSError as exc:
        raise OutputError(f"renaming into {folder} failed ({_why(exc)}); the next build there "
                          "completes it") from None
    return [final for _, final in temps]


def _final_name(where: object, temps: list[tuple[Path, Path]]) -> str:
    for temp, final in temps:
        if str(where) == str(temp):
            return str(final)
    return str(where)


def _discard(temps: list[tuple[Path, Path]]) -> None:
    for temp, _ in temps:
        try:
            temp.unlink(missing_ok=True)
        except OSError:
            pass


def _sync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _sync_folder(folder: Path) -> None:
    """Make the renames durable (a no-op where folders cannot be opened, as on Windows)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
