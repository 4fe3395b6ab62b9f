"""Options several commands share, declared once: --graph (the built graph and its default)."""

from __future__ import annotations

from pathlib import Path

import click

DEFAULT_GRAPH = Path("exports/orggraph.ttl")  # where `orggraph build` writes with its default --out

graph_option = click.option(
    "--graph", "graph", type=click.Path(path_type=Path, dir_okay=False), default=DEFAULT_GRAPH,
    show_default=True, help="The built graph (Turtle).")
