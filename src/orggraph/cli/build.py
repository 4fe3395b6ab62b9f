"""`orggraph build`: articles in, graph files out, a summary on stdout, skipped files on stderr."""

from __future__ import annotations

from pathlib import Path

import click

EXIT_SKIPPED = 3  # some inputs were skipped; the graph of the others was written


@click.command()
@click.argument("sources", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out", "out", default=Path("exports"), show_default=True, type=click.Path(path_type=Path),
              help="Folder the graph files are written to.")
@click.option("--decisions", type=click.Path(path_type=Path), default=None,
              help="Curated same/different decisions to apply.")
def build(sources: tuple[Path, ...], out: Path, decisions: Path | None) -> None:
    """Build the graph from article files or folders (.txt, .html, .jsonl; folders recursively).

    Exit status: 0 when every input built, 3 when some were skipped (named on stderr)."""
    from orggraph.ingest import IngestError  # imported here: question commands need not load the pipeline
    from orggraph.pipeline import build as run_build

    try:
        result = run_build(sources, out, decisions)
    except IngestError as exc:
        raise click.ClickException(str(exc)) from None
    for skip in result.skipped:
        click.echo(f"skipped {skip.source}: {skip.reason}", err=True)
    for warning in result.warnings:
        click.echo(f"warning: {warning}", err=True)
    summary = result.graph.summary()
    click.echo(f"{len(result.facts)} articles, {result.bytes_read / 1e3:.1f} KB in {result.seconds:.2f} s")
    for section in ("nodes", "edges"):
        click.echo(f"{section}: " + ", ".join(f"{k} {v}" for k, v in summary[section].items()))
    for path in result.written:
        click.echo(f"wrote {path}")
    if result.skipped:
        raise SystemExit(EXIT_SKIPPED)
