"""The question commands (`who-chaired`, `positions`, `holder`, ...) and `orggraph query`:
each looks names up forgivingly, runs one named query of queries/ on pyoxigraph and prints."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any

import click

from orggraph.cli import answers
from orggraph.cli.answers import Asked, NothingFound, open_graph, show
from orggraph.cli.options import graph_option, output_options
from orggraph.cli.output import echo, emit, json_safe, plain, printable, short
from orggraph.errors import OrggraphError
from orggraph.lookup import parameter_value
from orggraph.query import Iri, QueryError, Row, Value, catalog, named, run, stream
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
    every question command takes them; the choice travels in the click context (see asked)."""
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


def asked(graph: Path, fmt: str, with_evidence: bool = False) -> Asked:
    """The question's source and format, from the command's options and the click context."""
    source = _source()
    return Asked(graph, fmt, with_evidence, source.get("limit"), source.get("endpoint"), source.get("graph_iri"))


@contextmanager
def library_errors() -> Iterator[None]:
    """Library failures (missing graph, ambiguous name, nothing found) -> a message, exit 1."""
    try:
        yield
    except NothingFound as exc:
        raise click.ClickException(str(exc)) from None
    except OrggraphError as exc:
        raise click.ClickException(printable(str(exc))) from None


def _day(value: datetime | None) -> date | None:
    return value.date() if value else None


# ---------------------------------------------------------------------- questions
# each: its options (cli/fast.py's SPECS mirror them: a test compares), then answers.<question>
@click.command("who-chaired")
@click.argument("meeting", required=False)
@answer_options
def who_chaired(meeting: str | None, graph: Path, fmt: str, with_evidence: bool) -> None:
    """Who chaired each held meeting (or MEETING), with its date."""
    with library_errors():
        answers.who_chaired(asked(graph, fmt, with_evidence), meeting)


@click.command("who-spoke")
@click.argument("meeting", required=False)
@click.option("--person", help="Only the meetings this person spoke at.")
@answer_options
def who_spoke(meeting: str | None, person: str | None, graph: Path, fmt: str, with_evidence: bool) -> None:
    """Who spoke (reported, concluded) at each meeting (or MEETING)."""
    with library_errors():
        answers.who_spoke(asked(graph, fmt, with_evidence), meeting, person)


@click.command("attendees")
@click.argument("meeting", required=False)
@click.option("--person", help="Only the meetings this person took part in.")
@answer_options
def attendees(meeting: str | None, person: str | None, graph: Path, fmt: str, with_evidence: bool) -> None:
    """Everyone who chaired, spoke at or attended each meeting (or MEETING), with their role."""
    with library_errors():
        answers.attendees(asked(graph, fmt, with_evidence), meeting, person)


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
    with library_errors():
        answers.meetings(asked(graph, fmt, with_evidence), body, _day(from_), _day(to), held)


@click.command("positions")
@click.argument("person")
@click.option("--post", help="Only this post.")
@answer_options
def positions(person: str, post: str | None, graph: Path, fmt: str, with_evidence: bool) -> None:
    """The posts PERSON has held, with the first and last date an article attests each."""
    with library_errors():
        answers.positions(asked(graph, fmt, with_evidence), person, post)


@click.command("holder")
@click.argument("post")
@click.option("--on", "on", type=DateType, help="Who held POST on this day (YYYY-MM-DD).")
@answer_options
def holder(post: str, on: datetime | None, graph: Path, fmt: str, with_evidence: bool) -> None:
    """Who held POST (on a day: the one a personnel change put in office and none has removed,
    else the holder attested then, else the one attested closest in time; `basis` says which)."""
    with library_errors():
        answers.holder(asked(graph, fmt, with_evidence), post, _day(on))


@click.command("documents")
@click.option("--issuer", help="Only documents this body issued.")
@click.option("--kind", help="Only this kind of document (Nghị quyết, Chỉ thị, ...).")
@answer_options
def documents(issuer: str | None, kind: str | None, graph: Path, fmt: str, with_evidence: bool) -> None:
    """Documents (resolutions, directives, ...) by issuing body and kind."""
    with library_errors():
        answers.documents(asked(graph, fmt, with_evidence), issuer, kind)


@click.command("tasks")
@click.option("--by", "by", help="Who gave the task (a person or a body).")
@click.option("--to", "to", help="Who the task was given to (a body or a sector).")
@click.option("--document", help="Only tasks about this document.")
@click.option("--meeting", help="Only tasks given at this meeting.")
@answer_options
def tasks(by: str | None, to: str | None, document: str | None, meeting: str | None, graph: Path,
          fmt: str, with_evidence: bool) -> None:
    """Tasks handed out at meetings: by whom, to whom, about which document."""
    with library_errors():
        answers.tasks(asked(graph, fmt, with_evidence), by, to, document, meeting)


@click.command("who-met")
@click.argument("person", required=False)
@source_options
@output_options
def who_met(person: str | None, graph: Path, fmt: str) -> None:
    """Who met whom (or whom PERSON met): people sharing meetings, most shared first."""
    with library_errors():
        answers.who_met(asked(graph, fmt), person)


@click.command("evidence")
@click.argument("subject")
@click.argument("object", required=False)
@click.option("--rel", help="Only facts of this relation (holds, chaired, spokeAt, issuedBy, ...).")
@source_options
@output_options
def evidence_cmd(subject: str, object: str | None, rel: str | None, graph: Path, fmt: str) -> None:
    """The articles and sentences behind the facts SUBJECT -> OBJECT (all of SUBJECT's facts
    when OBJECT is left out)."""
    with library_errors():
        answers.evidence_of(asked(graph, fmt), subject, object, rel)


@click.command("info")
@click.option("--top", type=click.IntRange(min=0), default=5, show_default=True,
              help="How many of the most connected officials and bodies to list.")
@source_options
@output_options
def info(top: int, graph: Path, fmt: str) -> None:
    """What a built graph holds: nodes of each kind, articles and the dates they span, the most
    connected officials and bodies."""
    with library_errors():
        engine = open_graph(asked(graph, fmt))
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

        echo(json_safe(json.dumps({
            "nodes": {k: v for k, v in counts.items() if k != "Article"},
            "articles": {k: plain(span.get(k)) for k in ("articles", "first", "last")},
            "most_connected": {kind: [{"label": plain(r["item"]), "facts": r["value"]} for r in rows
                                      if r["section"] == f"most connected {kind}"] for kind in leaders}},
            ensure_ascii=False, indent=2)))
    elif fmt != "table":
        emit(["section", "item", "value"], rows, fmt)
    else:
        total = sum(v for k, v in counts.items() if k != "Article" and isinstance(v, int))
        echo(f"{total} nodes: " + ", ".join(f"{k} {v}" for k, v in counts.items() if k != "Article"))
        echo(f"{span.get('articles')} articles, attested {short(span.get('first')) or '?'} .. "
                   f"{short(span.get('last')) or '?'}")
        for kind in leaders:
            found = [r for r in rows if r["section"] == f"most connected {kind}"]
            if found:
                echo(f"most connected {kind.lower()}s: " + "; ".join(f"{short(r['item'])} ({r['value']})" for r in found))


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
            echo(f"{q.name}\n" + "".join(f"    {line}\n" for line in q.header.splitlines()))
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
        question = asked(graph, fmt)
        engine = open_graph(question)
        values = {k.lstrip("?"): parameter_value(engine, q, k.lstrip("?"), v) for k, v in params}
        show(engine, question, stream(engine, q, values, question.limit), f"query {q.name} matched nothing")


COMMANDS: list[click.Command] = [
    who_chaired, who_spoke, attendees, meetings, positions, holder, documents, tasks, who_met,
    evidence_cmd, query, info,
]
