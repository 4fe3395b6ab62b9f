"""The `orggraph` group: thin wrappers over the library; one module per group of commands.

A command's module is imported when the command is run (or listed), not before: a question
must not pay for importing the build's and the exporters' modules (start-up is most of a
question's time on a big graph)."""

from __future__ import annotations

import importlib
from typing import Any

import click

from orggraph.cli.options import QuietPipeGroup

# command name -> (module under orggraph.cli, attribute)
_COMMANDS = {
    "build": ("build", "build"), "add": ("build", "add"), "push": ("build", "push"),
    "export": ("export", "export"), "review": ("review", "review"),
    "who-chaired": ("query", "who_chaired"), "who-spoke": ("query", "who_spoke"),
    "attendees": ("query", "attendees"), "meetings": ("query", "meetings"),
    "positions": ("query", "positions"), "holder": ("query", "holder"),
    "career": ("careers", "career"), "changes": ("careers", "changes"),
    "documents": ("query", "documents"), "tasks": ("query", "tasks"), "who-met": ("query", "who_met"),
    "evidence": ("query", "evidence_cmd"), "query": ("query", "query"), "info": ("query", "info"),
}


class LazyGroup(QuietPipeGroup):
    """A group whose commands are imported by name when wanted."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*_COMMANDS, *self.commands})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in _COMMANDS:
            module, attribute = _COMMANDS[cmd_name]
            command: Any = getattr(importlib.import_module(f"orggraph.cli.{module}"), attribute)
            self.add_command(command, cmd_name)
        return self.commands.get(cmd_name)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="orggraph")
def main() -> None:
    """Turn Vietnamese political news into a knowledge graph of officials, bodies, meetings
    and directives, and ask it questions."""
