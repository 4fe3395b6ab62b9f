"""The question commands (`who-chaired`, `positions`, `holder`, ...) and `orggraph query`:
each looks names up forgivingly, runs one named query of queries/ on pyoxigraph and prints."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any

import click

from orggraph.cli.options import graph_option
from orggraph.cli.output import emit, json_safe, output_options, plain, printable, short
from orggraph.errors import OrggraphError
from orggraph.lookup import Index, parameter_value, resolve_kind
from orggraph.query import (
    Engine,
    Iri,
    QueryError,
    Result,
    Row,
    Rows,
    Value,
    catalog,
    evidence,
    load,
    named,
    run,
    stream,
)
from orggraph.vocab import OG_NS

_SOURCE = "orggraph.source"  # where the question goes: ctx.meta[_SOURCE] = (endpoint, graph IRI, limit)


def _remember(ctx: click.Context, param: click.Parameter, value: Any) -> Any:
    ctx.meta.setdefault(_SOURCE, {})[param.name] = value
    return value


evidence_option = click.option("--evidence", "with_evidence", is_flag=True,
                               help="Show the article and sentence behind each answer.")
DateType = click.DateTime(formats=["%Y-%m-%d"])


def source_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """--graph FILE, or --endpoint URL (a SPARQL server holding a pushed build), and --limit:
    every question command takes them; the choice travels in the click context (see open_graph)."""
    fn = click.option("--limit", type=click.IntRange(min=1), default=None, expose_value=False, callback=_remember,
                      help="Print at most N rows (a listing of millions streams, and stops there).")(fn)
    fn = click.option("--graph-iri", metavar="IRI", default=None, expose_value=False, callback=_remember,
                      help="With --endpoint: the named graph `orggraph push` loaded (default: the server's default graph).")(fn)
    fn = click.option("--endpoint", metavar="URL", default=None, expose_value=False, callback=_remember,
                      help="Ask a SPARQL 1.1 query endpoint instead of --graph (credentials from "
                           "ORGGRAPH_ENDPOINT_USER/_PASSWORD or _TOKEN).")(fn)
    return graph_option(fn)


def answer_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    return source_options(evidence_option(output_options(fn)))


def _source() -> dict[str, Any]:
    context = click.get_current_context(silent=True)
    return context.meta.get(_SOURCE, {}) if context is not None else {}


def open_graph(graph: Path) -> Engine:
    """The engine a question runs on: the --endpoint server, else the --graph file."""
    source = _source()
    if source.get("endpoint"):
        from orggraph.remote import HttpEngine

        return HttpEngine.connect(source["endpoint"], source.get("graph_iri"))
    return load(graph)


@contextmanager
def library_errors() -> Iterator[None]:
    """Library failures (missing graph, ambiguous name, nothing found) -> a message, exit 1."""
    try:
        yield
    except OrggraphError as exc:
        raise click.ClickException(printable(str(exc))) from None


def _day(value: datetime | None) -> date | None:
    return value.date() if value else None


def find(engine: Engine, text: str | None, *types: str) -> Iri | None:
    """The node a user's text names, of one of the types (any type when none given)."""
    if text is None:
        return None
    what = types[0].lower() if len(types) == 1 else "node"
    return Index.build(engine, types or None).find(text, what).iri


def show(engine: Engine, result: Result | Rows, fmt: str, with_evidence: bool, nothing: str,
         hide: tuple[str, ...] = ()) -> None:
    """Print the rows as they come (and their evidence), or say that nothing matched and exit 1."""
    limit = _source().get("limit")
    source = iter(result.rows if isinstance(result, Result) else result)
    if limit is not None:
        source = itertools.islice(source, limit)
    first = next(source, None)
    if first is None:
        if fmt == "json":
            click.echo("[]")
        raise click.ClickException(nothing)
    rows: Iterable[Row] = itertools.chain([first], source)
    cited = None
    if with_evidence:
        rows = list(rows)
        cited = evidence(engine, (r.get("statement") for r in rows))
    emit(result.columns, rows, fmt, cited, hide)


def ask(graph: Path, query: str, bindings: Callable[[Engine], Mapping[str, Value | None]], fmt: str,
        with_evidence: bool, nothing: str, hide: tuple[str, ...] = ()) -> None:
    """Open the graph, bind what the user named, run the query, print as the rows come."""
    with library_errors():
        engine = open_graph(graph)
        values = {k: v for k, v in bindings(engine).items() if v is not None}
        show(engine, stream(engine, query, values, _source().get("limit")), fmt, with_evidence, nothing, hide)


# ---------------------------------------------------------------------- questions
@click.command("who-chaired")
@click.argument("meeting", required=False)
@answer_options
def who_chaired(meeting: str | None, graph: Path, fmt: str, with_evidence: bool) -> None:
    """Who chaired each held meeting (or MEETING), with its date."""
    ask(graph, "who-chaired", lambda e: {"meeting": find(e, meeting, "Meeting")}, fmt, with_evidence,
        "no chaired meeting found" + (f" for {meeting!r}" if meeting else " in the graph"))


@click.command("who-spoke")
@click.argument("meeting", required=False)
@click.option("--person", help="Only the meetings this person spoke at.")
@answer_options
def who_spoke(meeting: str | None, person: str | None, graph: Path, fmt: str, with_evidence: bool) -> None:
    """Who spoke (reported, concluded) at each meeting (or MEETING)."""
    ask(graph, "who-spoke",
        lambda e: {"meeting": find(e, meeting, "Meeting"), "person": find(e, person, "Person")},
        fmt, with_evidence, "no speaker found for what was asked")


@click.command("attendees")
@click.argument("meeting", required=False)
@click.option("--person", help="Only the meetings this person took part in.")
@answer_options
def attendees(meeting: str | None, person: str | None, graph: Path, fmt: str, with_evidence: bool) -> None:
    """Everyone who chaired, spoke at or attended each meeting (or MEETING), with their role."""
    ask(graph, "attendees",
        lambda e: {"meeting": find(e, meeting, "Meeting"), "person": find(e, person, "Person")},
        fmt, with_evidence, "no participant found for what was asked")


@click.command("meetings")
@click.option("--body", help="Only meetings this body organized.")
@click.option("--from", "from_", type=DateType, help="Only meetings on or after this day (YYYY-MM-DD).")
@click.option("--to", type=DateType, help="Only meetings on or before this day (YYYY-MM-DD).")
@click.option("--held", is_flag=True, help="Only meetings reported as held.")
@answer_options
def meetings(body: str | None, from_: datetime | None, to: datetime | None, held: bool, graph: Path,
             fmt: str, with_evidence: bool) -> None:
    """Meetings, by organizing body and date range, with their dates and organizers."""
    if from_ and to and to < from_:
        raise click.UsageError("--to is before --from")
    ask(graph, "meetings", lambda e: {"body": find(e, body, "Organization"), "from": _day(from_),
                                      "to": _day(to), "held": True if held else None},
        fmt, with_evidence, "no meeting matches")


@click.command("positions")
@click.argument("person")
@click.option("--post", help="Only this post.")
@answer_options
def positions(person: str, post: str | None, graph: Path, fmt: str, with_evidence: bool) -> None:
    """The posts PERSON has held, with the first and last date an article attests each."""
    ask(graph, "positions", lambda e: {"person": find(e, person, "Person"), "post": find(e, post, "Post")},
        fmt, with_evidence, f"no post of {person!r} in the graph")


@click.command("holder")
@click.argument("post")
@click.option("--on", "on", type=DateType, help="Who held POST on this day (YYYY-MM-DD).")
@answer_options
def holder(post: str, on: datetime | None, graph: Path, fmt: str, with_evidence: bool) -> None:
    """Who held POST (on a day: the one a personnel change put in office and none has removed,
    else the holder attested then, else the one attested closest in time; `basis` says which)."""
    nothing = f"no holder of {post!r} attested in the graph"
    with library_errors():
        engine = open_graph(graph)
        if on is None:
            result = run(engine, "holder", {"post": find(engine, post, "Post")})
        else:
            from orggraph.tenures import holders_on

            found = run(engine, "tenures", {"post": find(engine, post, "Post")})
            pick = holders_on(found.rows, on.date())
            result = Result(found.columns + ["basis", "match", "days"], pick.rows)
            if found.rows and not pick.rows:
                nothing = (f"no holder of {post!r} on {pick.day}: every tenure the graph knows of it "
                           "began after that day or ended before it")
            if pick.basis == "attested" and not pick.within:
                click.echo(f"{pick.day} lies outside all attestations of {pick.rows[0]['postLabel']}; "
                           f"showing the holder attested closest in time.", err=True)
        show(engine, result, fmt, with_evidence, nothing, hide=("startBasis", "endBasis") if on else ())


@click.command("documents")
@click.option("--issuer", help="Only documents this body issued.")
@click.option("--kind", help="Only this kind of document (Nghị quyết, Chỉ thị, ...).")
@answer_options
def documents(issuer: str | None, kind: str | None, graph: Path, fmt: str, with_evidence: bool) -> None:
    """Documents (resolutions, directives, ...) by issuing body and kind."""
    ask(graph, "documents", lambda e: {"issuer": find(e, issuer, "Organization"),
                                       "kind": resolve_kind(e, kind) if kind else None},
        fmt, with_evidence, "no document matches")


@click.command("tasks")
@click.option("--by", "by", help="Who gave the task (a person or a body).")
@click.option("--to", "to", help="Who the task was given to (a body or a sector).")
@click.option("--document", help="Only tasks about this document.")
@click.option("--meeting", help="Only tasks given at this meeting.")
@answer_options
def tasks(by: str | None, to: str | None, document: str | None, meeting: str | None, graph: Path,
          fmt: str, with_evidence: bool) -> None:
    """Tasks handed out at meetings: by whom, to whom, about which document."""
    ask(graph, "tasks", lambda e: {
        "assigner": find(e, by, "Person", "Organization"),
        "assignee": find(e, to, "Organization", "Addressee"),
        "document": find(e, document, "Document"), "meeting": find(e, meeting, "Meeting")},
        fmt, with_evidence, "no task matches")


@click.command("who-met")
@click.argument("person", required=False)
@source_options
@output_options
def who_met(person: str | None, graph: Path, fmt: str) -> None:
    """Who met whom (or whom PERSON met): people sharing meetings, most shared first."""
    ask(graph, "co-participation", lambda e: {"person": find(e, person, "Person")}, fmt, False,
        "no shared meeting found")


@click.command("evidence")
@click.argument("subject")
@click.argument("object", required=False)
@click.option("--rel", help="Only facts of this relation (holds, chaired, spokeAt, issuedBy, ...).")
@source_options
@output_options
def evidence_cmd(subject: str, object: str | None, rel: str | None, graph: Path, fmt: str) -> None:
    """The articles and sentences behind the facts SUBJECT -> OBJECT (all of SUBJECT's facts
    when OBJECT is left out)."""
    query = named("evidence")
    with library_errors():
        engine = open_graph(graph)
        values = {"subject": find(engine, subject), "object": find(engine, object),
                  "predicate": parameter_value(engine, query, "predicate", rel) if rel else None}
        result = run(engine, query, {k: v for k, v in values.items() if v is not None})
        show(engine, result, fmt, False, "no evidence found for what was asked",
             hide=("article", "sourceFile", "start"))


@click.command("info")
@click.option("--top", type=click.IntRange(min=0), default=5, show_default=True,
              help="How many of the most connected officials and bodies to list.")
@source_options
@output_options
def info(top: int, graph: Path, fmt: str) -> None:
    """What a built graph holds: nodes of each kind, articles and the dates they span, the most
    connected officials and bodies."""
    with library_errors():
        engine = open_graph(graph)
        counts = {short_term(r["type"]): r["count"] for r in run(engine, "counts").rows}
        span = run(engine, "article-dates").rows[0]
        leaders = {kind: stream(engine, "most-connected", {"type": Iri(OG_NS + kind)}, top) if top else []
                   for kind in ("Person", "Organization")}
        rows: list[Row] = [{"section": "nodes", "item": k, "value": v} for k, v in counts.items() if k != "Article"]
        rows += [{"section": "articles", "item": k, "value": span.get(k)} for k in ("articles", "first", "last")]
        rows += [{"section": f"most connected {kind}", "item": r["label"], "value": r["facts"]}
                 for kind, found in leaders.items() for r in found]
    if fmt == "json":
        import json

        click.echo(json_safe(json.dumps({
            "nodes": {k: v for k, v in counts.items() if k != "Article"},
            "articles": {k: plain(span.get(k)) for k in ("articles", "first", "last")},
            "most_connected": {kind: [{"label": plain(r["item"]), "facts": r["value"]} for r in rows
                                      if r["section"] == f"most connected {kind}"] for kind in leaders}},
            ensure_ascii=False, indent=2)))
    elif fmt != "table":
        emit(["section", "item", "value"], rows, fmt)
    else:
        total = sum(v for k, v in counts.items() if k != "Article" and isinstance(v, int))
        click.echo(f"{total} nodes: " + ", ".join(f"{k} {v}" for k, v in counts.items() if k != "Article"))
        click.echo(f"{span.get('articles')} articles, attested {short(span.get('first')) or '?'} .. "
                   f"{short(span.get('last')) or '?'}")
        for kind in leaders:
            found = [r for r in rows if r["section"] == f"most connected {kind}"]
            if found:
                click.echo(f"most connected {kind.lower()}s: " + "; ".join(f"{short(r['item'])} ({r['value']})" for r in found))


def short_term(value: Value | None) -> str:
    return str(value).removeprefix(OG_NS)


# ---------------------------------------------------------------------- any query file
@click.command("query")
@click.argument("query", required=False, metavar="NAME|FILE.rq")
@click.option("-p", "--param", "params", nargs=2, multiple=True, metavar="KEY VALUE",
              help="Bind the query's parameter ?KEY (names are looked up like the other commands).")
@click.option("--list", "list_", is_flag=True, help="List the named queries with their leading comment.")
@source_options
@output_options
def query(query: str | None, params: tuple[tuple[str, str], ...], list_: bool, graph: Path, fmt: str) -> None:
    """Run a named query of queries/ (see --list) or any SPARQL SELECT file on the graph."""
    if list_:
        for q in catalog().values():
            click.echo(f"{q.name}\n" + "".join(f"    {line}\n" for line in q.header.splitlines()))
        return
    if query is None:
        raise click.UsageError("name a query or a .rq file, or use --list")
    with library_errors():
        q = named(query)
        for key, _ in params:
            try:
                q.param(key.lstrip("?"))
            except QueryError as exc:
                raise click.UsageError(str(exc)) from None
        engine = open_graph(graph)
        values = {k.lstrip("?"): parameter_value(engine, q, k.lstrip("?"), v) for k, v in params}
        show(engine, stream(engine, q, values, _source().get("limit")), fmt, False, f"query {q.name} matched nothing")


COMMANDS: list[click.Command] = [
    who_chaired, who_spoke, attendees, meetings, positions, holder, documents, tasks, who_met,
    evidence_cmd, query, info,
]
