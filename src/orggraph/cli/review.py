"""`orggraph review`: merge candidates from a built graph, and recording a human judgement."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import click

from orggraph.cli.options import graph_option, output_options
from orggraph.cli.output import emit, json_safe, printable
from orggraph.errors import GraphFileError, OrggraphError

if TYPE_CHECKING:  # the graph and resolution modules load when `review` runs, not with every command
    from orggraph.graph import KnowledgeGraph
    from orggraph.resolve.review import Candidate, Profile

_GRAPH_HINT = "the graph (ids look like person/nguyen-van-an)"


def _load(path: Path) -> KnowledgeGraph:
    from orggraph.export.rdf import read_turtle

    if not path.is_file():
        raise GraphFileError(f"no graph at {path}: run `orggraph build` first, or pass --graph")
    try:
        return read_turtle(path)
    except Exception as exc:  # rdflib raises many kinds for a broken file
        raise GraphFileError(f"{path} is not a readable Turtle graph: {exc}") from None


@click.command()
@graph_option
@click.option("--decisions", "decisions_path", default=Path("resolutions.csv"), show_default=True,
              type=click.Path(path_type=Path), help="Decisions file: decided pairs are hidden; appended to.")
@click.option("--limit", default=20, show_default=True, type=click.IntRange(min=0),
              help="Candidates listed (0: all).")
@click.option("--same", nargs=2, metavar="A B", default=None, help="Record that A and B are one entity.")
@click.option("--different", nargs=2, metavar="A B", default=None, help="Record that A, B are two.")
@click.option("--note", default="", help="Why (kept in the decisions file).")
@output_options
def review(graph: Path, decisions_path: Path, fmt: str, limit: int,
           same: tuple[str, str] | None, different: tuple[str, str] | None, note: str) -> None:
    """List persons that may be one official, strongest first, with the evidence on both sides;
    or record a judgement (--same / --different) that every later build applies."""
    if same and different:
        raise click.UsageError("give --same or --different, not both")
    try:
        kg = _load(graph)
        if same or different:
            verdict, (left, right) = ("same", same) if same else ("different", different)  # type: ignore[misc]
            _record(kg, decisions_path, verdict, left, right, note)
            return
        from orggraph.resolve.decisions import read_decisions
        from orggraph.resolve.review import candidates

        decided, problems = read_decisions(decisions_path) if decisions_path.exists() else ([], [])
    except OrggraphError as exc:
        raise click.ClickException(str(exc)) from None
    for problem in problems:
        click.echo(f"warning: {printable(problem)}", err=True)
    found = candidates(kg, {d.pair for d in decided})
    shown = found[:limit] if limit else found
    if fmt == "json":
        click.echo(json_safe(json.dumps([c.to_dict() for c in shown], ensure_ascii=False, indent=2)))
        return
    if fmt != "table":  # one row per candidate: its score, both ids and why
        emit(["score", "left", "right", "reasons"], [{"score": round(c.score, 4), "left": c.left.id,
                                                      "right": c.right.id, "reasons": "; ".join(c.reasons)}
                                                     for c in shown], fmt)
        return
    if not found:
        click.echo("no merge candidates")
        return
    for number, cand in enumerate(shown, 1):
        click.echo(printable(_text(number, cand)))
    if len(shown) < len(found):
        click.echo(f"... {len(found) - len(shown)} more (--limit 0 shows all)")


def _record(kg: KnowledgeGraph, path: Path, verdict: str, left: str, right: str, note: str) -> None:
    from orggraph.resolve.decisions import append_decision

    if left == right:
        raise click.UsageError(f"--{verdict} needs two different ids")
    for node in (left, right):
        if node not in kg.g:
            raise click.ClickException(f"{node} is not a node of {_GRAPH_HINT}")
    types = kg.g.nodes[left]["type"], kg.g.nodes[right]["type"]
    if types[0] != types[1]:
        raise click.ClickException(f"{left} is a {types[0]}, {right} a {types[1]}: only like can be merged")
    written = append_decision(path, verdict, left, right, note)
    if written is None:
        click.echo(f"{path} already says {verdict} {left} {right}")
    else:
        click.echo(f"recorded in {path}: {verdict} {left} {right}; rebuild with --decisions {path}")


def _text(number: int, cand: Candidate) -> str:
    lines = [f"{number}. score {cand.score:.2f}  {cand.left.id}  <->  {cand.right.id}",
             f"   why: {'; '.join(cand.reasons)}"]
    for side in (cand.left, cand.right):
        lines += _side(side)
    lines.append(f"   record: orggraph review --same {cand.left.id} {cand.right.id}   "
                 f"(or --different)")
    return "\n".join(lines) + "\n"


def _side(p: Profile) -> list[str]:
    out = [f"   {p.id}: {' | '.join(p.names)}"]
    for held in p.posts:
        span = f" ({held.first} .. {held.last})" if held.first else ""
        out.append(f"     post: {held.post}{span}")
    arts = ", ".join(f"{a} ({d})" if d else a for a, d in p.articles)
    out.append(f"     articles: {arts}")
    out += [f"     « {s} »" for s in p.sentences]
    return out
