"""The `orggraph` command: thin wrappers over the library; one module per group of commands."""

from __future__ import annotations

import click

from orggraph.cli.build import add, build, push
from orggraph.cli.careers import career, changes
from orggraph.cli.export import export
from orggraph.cli.output import QuietPipeGroup
from orggraph.cli.query import (
    attendees,
    documents,
    evidence_cmd,
    holder,
    info,
    meetings,
    positions,
    query,
    tasks,
    who_chaired,
    who_met,
    who_spoke,
)
from orggraph.cli.review import review


@click.group(cls=QuietPipeGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="orggraph")
def main() -> None:
    """Turn Vietnamese political news into a knowledge graph of officials, bodies, meetings
    and directives, and ask it questions."""


main.add_command(build)
main.add_command(add)
main.add_command(push)
main.add_command(export)
main.add_command(review)
main.add_command(who_chaired)
main.add_command(who_spoke)
main.add_command(attendees)
main.add_command(meetings)
main.add_command(positions)
main.add_command(holder)
main.add_command(career)
main.add_command(changes)
main.add_command(documents)
main.add_command(tasks)
main.add_command(who_met)
main.add_command(evidence_cmd)
main.add_command(query)
main.add_command(info)
