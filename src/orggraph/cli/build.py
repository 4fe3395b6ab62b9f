"""`orggraph build`: articles in, graph files out, a summary on stdout, skipped files on stderr."""

from __future__ import annotations

import warnings
from pathlib import Path

import click

from orggraph.cli.output import printable
from orggraph.errors import OrggraphError

EXIT_SKIPPED = 3  # some inputs were skipped; the graph of the others was written
MAX_ARTICLE_CHARS = 1_000_000  # the pipeline's default, repeated here so --help needs no import


@click.command()
@click.argument("sources", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out", "out", default=Path("exports"), show_default=True, type=click.Path(path_type=Path),
              help="Folder the graph files are written to.")
@click.option("--decisions", type=click.Path(path_type=Path), default=None,
              help="Curated same/different decisions to apply.")
@click.option("--strict", is_flag=True, help="Write nothing when any input cannot be built.")
@click.option("--max-article-size", "max_chars", type=click.IntRange(min=1000), default=MAX_ARTICLE_CHARS,
              show_default=True, help="Characters; a longer article is built in parts cut at paragraph ends.")
def build(sources: tuple[Path, ...], out: Path, decisions: Path | None, strict: bool, max_chars: int) -> None:
    """Build the graph from article files or folders (.txt, .html, .jsonl; folders recursively).

    Writes out/orggraph.{ttl,graphml,html}, build-report.json (every input, its status and
    reason) and orggraph-ids.jsonl (the ids given, kept so that rebuilds keep them), all at once:
    a failed or refused build leaves the previous files as they were.

    Exit status: 0 when every input built, 3 when some were skipped (named on stderr), 1 when
    nothing was written (no article read, --strict with a bad input, an unwritable --out)."""
    from orggraph.pipeline import build as run_build  # imported here: question commands need not load it
    from orggraph.resolve.link import DecisionWarning

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DecisionWarning)  # reported once, below
            result = run_build(sources, out, decisions, strict=strict, max_chars=max_chars)
    except OrggraphError as exc:
        raise click.ClickException(printable(str(exc))) from None
    for skip in result.skipped:
        click.echo(f"skipped {printable(skip.source)}: {printable(skip.reason)}", err=True)
    for entry in result.entries:
        if entry.status == "built" and entry.reason and entry.article.endswith("#p1"):
            click.echo(f"note: {printable(entry.source)}: {printable(entry.reason)}", err=True)
    for warning in result.warnings:
        click.echo(f"warning: {printable(warning)}", err=True)
    if result.refused:
        raise click.ClickException(printable(result.refused))
    summary = result.graph.summary()
    click.echo(f"{len(result.facts)} articles, {result.bytes_read / 1e3:.1f} KB in {result.seconds:.2f} s")
    for section in ("nodes", "edges"):
        click.echo(f"{section}: " + ", ".join(f"{k} {v}" for k, v in summary[section].items()))
    for path in result.written:
        click.echo(f"wrote {printable(str(path))}")
    if result.skipped:
        raise SystemExit(EXIT_SKIPPED)
