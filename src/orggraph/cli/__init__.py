"""The `orggraph` command (orggraph.cli.group: click, one module per group of commands).

Nothing here imports click: a question the console script can parse itself (orggraph.cli.fast)
runs without it, and click's import is a third of such a question's time. `main` is looked up
when asked for."""

from __future__ import annotations

TYPE_CHECKING = False  # typing's own costs a question its import (orggraph.records)
if TYPE_CHECKING:
    from typing import Any

    from orggraph.cli.group import main


def __getattr__(name: str) -> Any:
    if name == "main":
        from orggraph.cli.group import main

        return main
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["main"]
