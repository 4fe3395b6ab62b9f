"""`orggraph build` and `orggraph add`: articles in, graph files out, a summary on stdout,
skipped files on stderr (and a progress bar there, on a terminal)."""

from __future__ import annotations

import warnings
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from orggraph import lexicon
from orggraph.cli.options import graph_option
from orggraph.cli.output import printable
from orggraph.errors import OrggraphError
from orggraph.outdir import CACHE_FILE

if TYPE_CHECKING:
    from orggraph.pipeline import BuildResult

EXIT_SKIPPED = 3  # some inputs were skipped; the graph of the others was written
MAX_ARTICLE_CHARS = 1_000_000  # the pipeline's default, repeated here so --help needs no import


def extraction_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Where extraction runs and what it reuses; shared by build and add."""
    options = [
        click.option("--decisions", type=click.Path(path_type=Path), default=None,
                     help="Curated same/different decisions to apply."),
        click.option("--strict", is_flag=True, help="Write nothing when any input cannot be built."),
        click.option("--max-article-size", "max_chars", type=click.IntRange(min=1000), default=MAX_ARTICLE_CHARS,
                     show_default=True, help="Characters; a longer article is built in parts cut at paragraph ends."),
        click.option("-j", "--jobs", type=click.IntRange(min=0), default=0, show_default="0: one per core",
                     help="Processes extracting articles; output is the same whatever the number."),
        click.option("--executor", type=click.Choice(["local", "dask"]), default="local", show_default=True,
                     help="Extract here (local processes) or on a Dask cluster."),
        click.option("--scheduler", metavar="ADDRESS", help="The Dask scheduler, e.g. tcp://10.0.0.5:8786."),
        click.option("--no-cache", is_flag=True,
                     help=f"Extract every article again, without reading or writing OUT/{CACHE_FILE}."),
        click.option("-q", "--quiet", is_flag=True, help="No progress bar (there is none when stderr is not a terminal)."),
    ]
    for option in reversed(options):
        fn = option(fn)
    return fn


def _run(call: Callable[..., BuildResult], *args: Any, out: Path, jobs: int, executor: str,
         scheduler: str | None, no_cache: bool, quiet: bool, **kwargs: Any) -> None:
    from orggraph.progress import Progress
    from orggraph.resolve.link import DecisionWarning
    from orggraph.workers import Extraction

    if scheduler and executor != "dask":
        raise click.UsageError("--scheduler goes with --executor dask")
    how = Extraction(jobs=jobs, executor=executor, scheduler=scheduler, cache=None if no_cache else out / CACHE_FILE)
    try:
        lexicon.check()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DecisionWarning)  # reported once, below
            result = call(*args, out, extraction=how, progress=Progress(False if quiet else None), **kwargs)
    except OrggraphError as exc:
        raise click.ClickException(printable(str(exc))) from None
    _report(result)


def _report(result: BuildResult) -> None:
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
    articles = len({f.article.id.split("#p", 1)[0] for f in result.facts})  # a long article's parts are one
    duplicates = sum(1 for e in result.entries if e.status == "duplicate")
    notes = [f"{duplicates} duplicate input(s) left out" if duplicates else "",
             f"{result.cached} from the facts cache" if result.cached else ""]
    click.echo(f"{articles} articles, {result.bytes_read / 1e3:.1f} KB in {result.seconds:.2f} s"
               + "".join(f"; {n}" for n in notes if n))
    for section in ("nodes", "edges"):
        click.echo(f"{section}: " + ", ".join(f"{k} {v}" for k, v in summary[section].items()))
    for path in result.written:
        click.echo(f"wrote {printable(str(path))}")
    if result.skipped:
        raise SystemExit(EXIT_SKIPPED)


@click.command()
@click.argument("sources", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out", "out", default=Path("exports"), show_default=True, type=click.Path(path_type=Path),
              help="Folder the graph files are written to.")
@extraction_options
def build(sources: tuple[Path, ...], out: Path, **options: Any) -> None:
    """Build the graph from article files or folders (.txt, .html, .jsonl; folders recursively).

    Writes out/orggraph.{ttl,graphml,html}, build-report.json (every input, its status and
    reason) and orggraph-ids.jsonl (the ids given, kept so that rebuilds keep them), all at once:
    a failed or refused build leaves the previous files as they were. Each article's facts are
    kept in out/.orggraph-facts.sqlite, so a rebuild extracts only new or changed articles.

    Exit status: 0 when every input built, 3 when some were skipped (named on stderr), 1 when
    nothing was written (no article read, --strict with a bad input, an unwritable --out)."""
    from orggraph.pipeline import build as run_build

    _run(run_build, sources, out=out, **options)


@click.command()
@click.argument("sources", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--to", "out", default=Path("exports"), show_default=True, type=click.Path(path_type=Path),
              help="Folder holding the built graph to update.")
@click.option("--root", type=click.Path(path_type=Path, file_okay=False), default=None,
              help="Name the new files relative to this folder, as the build named its folder's files.")
@extraction_options
def add(sources: tuple[Path, ...], out: Path, root: Path | None, **options: Any) -> None:
    """Add articles (files or folders) to the graph built in --to, or replace ones of the same
    name: only they are read and extracted (the others' facts come from the facts cache), and
    the files written are those a full rebuild of all the inputs there would write."""
    from orggraph.pipeline import add as run_add

    _run(run_add, sources, out=out, root=root, **options)


@click.command()
@click.option("--endpoint", required=True, metavar="URL",
              help="The server's Graph Store Protocol URL (Oxigraph: http://HOST:7878/store).")
@click.option("--graph-iri", metavar="IRI", default=None,
              help="The named graph to replace with this build (default: the default graph).")
@graph_option
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
def push(endpoint: str, graph_iri: str | None, graph: Path, quiet: bool) -> None:
    """Load a build into a SPARQL server (any SPARQL 1.1 Graph Store Protocol endpoint),
    replacing the named graph; then ask it with `--endpoint` on any question command.
    Credentials come from ORGGRAPH_ENDPOINT_USER/_PASSWORD or _TOKEN, never the command line."""
    import time

    from orggraph.progress import Progress
    from orggraph.remote import push as run_push

    if not graph.is_file():
        raise click.ClickException(f"no graph file at {graph}: build one first, or pass --graph")
    started = time.perf_counter()
    try:
        done = run_push(graph, endpoint, graph_iri, Progress(False if quiet else None))
    except OrggraphError as exc:
        raise click.ClickException(printable(str(exc))) from None
    where = f"graph <{graph_iri}>" if graph_iri else "the default graph"
    click.echo(f"pushed {done.triples} triples into {where} of {endpoint} in {done.requests} request(s), "
               f"{time.perf_counter() - started:.1f} s")
