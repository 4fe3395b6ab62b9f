"""Options several commands share, declared once: --graph (the built graph and its default), the
output formats (as sqlite-utils' output_options), and the group that exits quietly on a closed pipe."""

from __future__ import annotations

import errno
import functools
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from orggraph.cli.output import FORMATS, HEADERS
from orggraph.launch import DEFAULT_GRAPH as _DEFAULT

F = TypeVar("F", bound=Callable[..., Any])
DEFAULT_GRAPH = Path(_DEFAULT)  # where `orggraph build` writes with its default --out

graph_option = click.option(
    "--graph", "graph", type=click.Path(path_type=Path, dir_okay=False), default=DEFAULT_GRAPH,
    show_default=True, help="The built graph (Turtle).")


class QuietPipeGroup(click.Group):
    """`orggraph ... | head`: a reader that stops early is not an error; exit 0, say nothing."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            value = super().invoke(ctx)
            sys.stdout.flush()
            return value
        except OSError as exc:
            if exc.errno != errno.EPIPE:
                raise
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())  # the interpreter's last flush must not fail again
            ctx.exit(0)


def output_options(fn: F) -> F:
    """--table/--json/--nl/--csv/--tsv (one at most) and --no-headers, for every command that
    prints rows (as sqlite-utils' output_options). The command receives `fmt`; the header
    choice is set for the command's run (orggraph.cli.output.HEADERS), read by emit()."""

    @functools.wraps(fn)
    def command(*args: Any, **kwargs: Any) -> Any:
        chosen = [name for name in FORMATS if kwargs.pop(f"fmt_{name}")]
        if len(chosen) > 1:
            raise click.UsageError(f"choose one output format: {', '.join('--' + c for c in chosen)} were given")
        token = HEADERS.set(not kwargs.pop("no_headers"))
        try:
            return fn(*args, fmt=chosen[0] if chosen else "table", **kwargs)
        finally:
            HEADERS.reset(token)

    options = [click.option(f"--{name}", f"fmt_{name}", is_flag=True, help=text) for name, text in FORMATS.items()]
    options.append(click.option("--no-headers", is_flag=True, help="Leave out the header line (table, CSV, TSV)."))
    for option in reversed(options):
        command = option(command)
    return command  # type: ignore[return-value]
