"""`orggraph export`: a built graph (Turtle) again as ttl, graphml, html or jsonld, or a focused view."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import click

from orggraph.cli.options import graph_option, output_options
from orggraph.cli.output import emit, printable
from orggraph.errors import OrggraphError
from orggraph.export import FILE_NAMES


def _date(value: datetime | None) -> date | None:
    return value.date() if value else None


def default_name(fmt: str, around: str | None, body: str | None, depth: int, since: datetime | None,
                 until: datetime | None, max_nodes: int | None) -> str:
    """`orggraph-around-nguyen-van-an-d2.html`: a name saying the view, beside the build's own
    `orggraph.<ext>` files, which an export never overwrites unless --out names them."""
    from orggraph.text import slug

    parts = [f"around-{slug(around, 40)}" if around else "", f"body-{slug(body, 40)}" if body else "",
             f"d{depth}" if around or body else "", f"since-{since:%Y-%m-%d}" if since else "",
             f"until-{until:%Y-%m-%d}" if until else "", f"max{max_nodes}" if max_nodes else ""]
    view = "-".join(p for p in parts if p) or "all"
    return f"orggraph-{view}.{FILE_NAMES[fmt].rsplit('.', 1)[1]}"


@click.command()
@click.option("--format", "file_format", type=click.Choice(sorted(FILE_NAMES)), default="html", show_default=True,
              help="The file format written.")
@graph_option
@click.option("--out", type=click.Path(path_type=Path), default=None,
              help="File to write [default: orggraph-<view>.<ext> next to the graph, never over the build's files].")
@click.option("--around", help="Only what is within --depth hops of this person (name or id).")
@click.option("--body", help="Only what is within --depth hops of this body (name or id).")
@click.option("--depth", type=click.IntRange(0), default=2, show_default=True)
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="Only facts attested on or after this day.")
@click.option("--until", type=click.DateTime(["%Y-%m-%d"]), help="Only facts attested on or before this day.")
@click.option("--max-nodes", type=click.IntRange(1), default=None, help="Keep the most connected N nodes.")
@output_options
def export(file_format: str, graph: Path, out: Path | None, around: str | None, body: str | None, depth: int,
           since: datetime | None, until: datetime | None, max_nodes: int | None, fmt: str) -> None:
    """Write the built graph again as another format, without re-extracting; what a focus or
    cap leaves out is said on stderr (and in the HTML page)."""
    from orggraph.export.focus import Focus  # the exporters load when `export` runs
    from orggraph.export.writers import export as write
    from orggraph.export.writers import read_graph

    target = out or graph.parent / default_name(file_format, around, body, depth, since, until, max_nodes)
    try:
        centres = [_node(graph, around, "Person"), _node(graph, body, "Organization")]
        focus = Focus(centres[0], centres[1], depth, _date(since), _date(until), max_nodes)
        path, cut = write(read_graph(graph), file_format, target, focus)
    except OrggraphError as exc:
        raise click.ClickException(printable(str(exc))) from None
    if not cut.empty:
        click.echo(cut.message(), err=True)
    if fmt == "table":
        click.echo(f"wrote {path} ({cut.kept_nodes} nodes, {cut.kept_edges} edges)")
    else:
        emit(["path", "nodes", "edges"], [{"path": str(path), "nodes": cut.kept_nodes, "edges": cut.kept_edges}], fmt)


def _node(graph: Path, text: str | None, type_: str) -> str | None:
    """The node --around/--body names, found as the question commands find names (no
    diacritics, abbreviations, given name; suggestions when nothing matches)."""
    if text is None:
        return None
    from orggraph.lookup import Index
    from orggraph.query import load

    return Index.build(load(graph), [type_]).find(text, type_.lower()).node_id
