"""What each question command does once its options are read: look the names up, run one named
query, print. Click-free, so that the same bodies serve the click commands (cli/query.py,
cli/careers.py) and the console script's own parse of a plain question (cli/fast.py), which
never imports click (a third of a question's time on a big graph)."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Mapping
from datetime import date
from pathlib import Path

from orggraph.cli.output import echo, emit
from orggraph.errors import OrggraphError
from orggraph.lookup import Index, parameter_value, resolve_kind
from orggraph.query import Engine, Iri, Result, Row, Rows, Value, evidence, load, named, run, stream

TYPE_CHECKING = False  # a question does without importing typing (orggraph.records)
if TYPE_CHECKING:
    from typing import NamedTuple
else:
    from orggraph.records import NamedTuple


class NothingFound(OrggraphError):
    """Nothing answers the question (exit 1; the message is shown as it is)."""


class Asked(NamedTuple):
    """Where a question goes and how its answer is printed."""

    graph: Path
    fmt: str = "table"
    with_evidence: bool = False
    limit: int | None = None
    endpoint: str | None = None  # a SPARQL server instead of the graph file
    graph_iri: str | None = None


def open_graph(asked: Asked) -> Engine:
    """The engine a question runs on: the --endpoint server, else the --graph file."""
    if asked.endpoint:
        from orggraph.remote import HttpEngine

        return HttpEngine.connect(asked.endpoint, asked.graph_iri)
    return load(asked.graph)


def find(engine: Engine, text: str | None, *types: str) -> Iri | None:
    """The node a user's text names, of one of the types (any type when none given)."""
    if text is None:
        return None
    what = types[0].lower() if len(types) == 1 else "node"
    return Index.build(engine, types or None).find(text, what).iri


def show(engine: Engine, asked: Asked, result: Result | Rows, nothing: str, hide: tuple[str, ...] = (),
         with_evidence: bool | None = None) -> None:
    """Print the rows as they come (and their evidence), or say that nothing matched."""
    source = iter(result.rows if isinstance(result, Result) else result)
    if asked.limit is not None:
        source = itertools.islice(source, asked.limit)
    first = next(source, None)
    if first is None:
        if asked.fmt == "json":
            echo("[]")
        raise NothingFound(nothing)
    rows: Iterable[Row] = itertools.chain([first], source)
    cited = None
    if asked.with_evidence if with_evidence is None else with_evidence:
        rows = list(rows)
        cited = evidence(engine, (r.get("statement") for r in rows))
    emit(result.columns, rows, asked.fmt, cited, hide)


def ask(asked: Asked, query: str, bindings: Callable[[Engine], Mapping[str, Value | None]], nothing: str,
        hide: tuple[str, ...] = (), with_evidence: bool | None = None) -> None:
    """Open the graph, bind what the user named, run the query, print as the rows come."""
    engine = open_graph(asked)
    values = {k: v for k, v in bindings(engine).items() if v is not None}
    show(engine, asked, stream(engine, query, values, asked.limit), nothing, hide, with_evidence)


# ---------------------------------------------------------------------- the questions
def who_chaired(asked: Asked, meeting: str | None) -> None:
    ask(asked, "who-chaired", lambda e: {"meeting": find(e, meeting, "Meeting")},
        "no chaired meeting found" + (f" for {meeting!r}" if meeting else " in the graph"))


def who_spoke(asked: Asked, meeting: str | None, person: str | None) -> None:
    ask(asked, "who-spoke", lambda e: {"meeting": find(e, meeting, "Meeting"), "person": find(e, person, "Person")},
        "no speaker found for what was asked")


def attendees(asked: Asked, meeting: str | None, person: str | None) -> None:
    ask(asked, "attendees", lambda e: {"meeting": find(e, meeting, "Meeting"), "person": find(e, person, "Person")},
        "no participant found for what was asked")


def meetings(asked: Asked, body: str | None, from_: date | None, to: date | None, held: bool) -> None:
    ask(asked, "meetings", lambda e: {"body": find(e, body, "Organization"), "from": from_, "to": to,
                                      "held": True if held else None},
        "no meeting matches")


def positions(asked: Asked, person: str, post: str | None) -> None:
    ask(asked, "positions", lambda e: {"person": find(e, person, "Person"), "post": find(e, post, "Post")},
        f"no post of {person!r} in the graph")


def holder(asked: Asked, post: str, on: date | None) -> None:
    nothing = f"no holder of {post!r} attested in the graph"
    engine = open_graph(asked)
    if on is None:
        result = run(engine, "holder", {"post": find(engine, post, "Post")})
    else:
        from orggraph.tenures import holders_on

        found = run(engine, "tenures", {"post": find(engine, post, "Post")})
        pick = holders_on(found.rows, on)
        result = Result(found.columns + ["basis", "match", "days"], pick.rows)
        if found.rows and not pick.rows:
            nothing = (f"no holder of {post!r} on {pick.day}: every tenure the graph knows of it "
                       "began after that day or ended before it")
        if pick.basis == "attested" and not pick.within:
            echo(f"{pick.day} lies outside all attestations of {pick.rows[0]['postLabel']}; "
                 f"showing the holder attested closest in time.", err=True)
    show(engine, asked, result, nothing, hide=("startBasis", "endBasis") if on else ())


def documents(asked: Asked, issuer: str | None, kind: str | None) -> None:
    ask(asked, "documents", lambda e: {"issuer": find(e, issuer, "Organization"),
                                       "kind": resolve_kind(e, kind) if kind else None},
        "no document matches")


def tasks(asked: Asked, by: str | None, to: str | None, document: str | None, meeting: str | None) -> None:
    ask(asked, "tasks", lambda e: {
        "assigner": find(e, by, "Person", "Organization"),
        "assignee": find(e, to, "Organization", "Addressee"),
        "document": find(e, document, "Document"), "meeting": find(e, meeting, "Meeting")},
        "no task matches")


def who_met(asked: Asked, person: str | None) -> None:
    ask(asked, "co-participation", lambda e: {"person": find(e, person, "Person")}, "no shared meeting found",
        with_evidence=False)


def evidence_of(asked: Asked, subject: str, object: str | None, rel: str | None) -> None:  # noqa: A002
    query = named("evidence")
    engine = open_graph(asked)
    values = {"subject": find(engine, subject), "object": find(engine, object),
              "predicate": parameter_value(engine, query, "predicate", rel) if rel else None}
    result = run(engine, query, {k: v for k, v in values.items() if v is not None})
    show(engine, asked, result, "no evidence found for what was asked", hide=("article", "sourceFile", "start"),
         with_evidence=False)


def career(asked: Asked, person: str) -> None:
    ask(asked, "career", lambda e: {"person": find(e, person, "Person")}, f"no post of {person!r} in the graph",
        hide=("person", "personLabel"))


def changes(asked: Asked, person: str | None, post: str | None, by: str | None, since: date | None,
            until: date | None) -> None:
    ask(asked, "changes", lambda e: {
        "person": find(e, person, "Person"), "post": find(e, post, "Post"),
        "by": find(e, by, "Organization", "Post"), "since": since, "until": until},
        "no personnel change matches", hide=("change",))
