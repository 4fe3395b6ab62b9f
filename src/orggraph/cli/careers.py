"""The questions about personnel changes: `career PERSON` (a person's timeline of posts) and
`changes` (who took up or left which post, when, by whose decision). `holder --on` answers from
tenures too (cli/query.py); each runs one named query of queries/."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import click

from orggraph.cli import answers
from orggraph.cli.query import DateType, _day, answer_options, asked, library_errors


@click.command("career")
@click.argument("person")
@answer_options
def career(person: str, graph: Path, fmt: str, with_evidence: bool) -> None:
    """PERSON's timeline, oldest first: posts taken up and left (day, how, deciding body,
    decision), the end of a post a transfer implies, and each post as attested."""
    with library_errors():
        answers.career(asked(graph, fmt, with_evidence), person)


@click.command("changes")
@click.option("--person", help="Only this person's changes.")
@click.option("--post", help="Only changes of this post.")
@click.option("--by", "by", help="Only changes decided by this body (or post: Thủ tướng Chính phủ).")
@click.option("--since", type=DateType, help="Only changes on or after this day (YYYY-MM-DD).")
@click.option("--until", type=DateType, help="Only changes on or before this day (YYYY-MM-DD).")
@answer_options
def changes(person: str | None, post: str | None, by: str | None, since: datetime | None, until: datetime | None,
            graph: Path, fmt: str, with_evidence: bool) -> None:
    """Personnel changes: who took up or left which post, on which day, how, decided by whom."""
    if since and until and until < since:
        raise click.UsageError("--until is before --since")
    with library_errors():
        answers.changes(asked(graph, fmt, with_evidence), person, post, by, _day(since), _day(until))


COMMANDS: list[click.Command] = [career, changes]
