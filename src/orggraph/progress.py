"""Progress on stderr for long builds and pushes: a tqdm bar when stderr is a terminal, nothing
otherwise (a pipe, a log file, CliRunner, `--quiet`), so output meant for tools stays clean."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Protocol


class Bar(Protocol):
    def update(self, n: int = 1) -> object: ...


class _Silent:
    def update(self, n: int = 1) -> None:
        pass


class Progress:
    """Hands out bars; `enabled` is decided once (a terminal and not --quiet)."""

    def __init__(self, enabled: bool | None = None) -> None:
        if enabled is None:
            try:
                enabled = sys.stderr.isatty()
            except (AttributeError, ValueError):
                enabled = False
        self.enabled = enabled

    @contextmanager
    def bar(self, what: str, total: int | None, unit: str = "it") -> Iterator[Bar]:
        if not self.enabled:
            yield _Silent()
            return
        from tqdm import tqdm

        options: dict[str, Any] = {"delay": 1.0, "leave": False, "dynamic_ncols": True, "file": sys.stderr}
        with tqdm(total=total, desc=what, unit=unit, **options) as bar:
            yield bar


QUIET = Progress(False)
