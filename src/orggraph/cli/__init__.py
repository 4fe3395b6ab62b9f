"""The `orggraph` command: thin wrappers over the library; one module per group of commands."""

from __future__ import annotations

import click

from orggraph.cli.build import build
from orggraph.cli.review import review


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="orggraph")
def main() -> None:
    """Turn Vietnamese political news into a knowledge graph of officials, bodies, meetings
    and directives, and ask it questions."""


main.add_command(build)
main.add_command(review)
