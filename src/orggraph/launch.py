"""The `orggraph` console script. A question on a big graph spends most of its time starting:
importing click and the CLI, and opening the graph's on-disk store (RocksDB, ~25 ms, most of it
waiting on its own threads). So the store is opened on a thread while the rest is imported;
a plain question is then answered without click (orggraph.cli.fast), anything else by the
click group (either takes the store if this guessed right)."""

from __future__ import annotations

import sys

DEFAULT_GRAPH = "exports/orggraph.ttl"  # orggraph.cli.options' default (a test checks)
# the commands that read a graph given by --graph (or a server by --endpoint)
QUESTIONS = frozenset({"who-chaired", "who-spoke", "attendees", "meetings", "positions", "holder", "career",
                       "changes", "documents", "tasks", "who-met", "evidence", "query", "info"})


def graph_asked(args: list[str]) -> str | None:
    """The graph file a question command will read, as far as a glance at its arguments tells;
    None for another command, a server (--endpoint) or help."""
    if not args or args[0] not in QUESTIONS or any(a in ("-h", "--help") for a in args):
        return None
    graph = DEFAULT_GRAPH
    for i, arg in enumerate(args):
        if arg == "--endpoint" or arg.startswith("--endpoint="):
            return None
        if arg == "--graph" and i + 1 < len(args):
            graph = args[i + 1]
        elif arg.startswith("--graph="):
            graph = arg.removeprefix("--graph=")
    return graph


def main() -> None:
    graph = graph_asked(sys.argv[1:])
    if graph is not None:  # a thread Python waits for at exit: RocksDB is never cut off mid-open
        from threading import Thread

        Thread(target=_prefetch, args=(graph,), name="orggraph-prefetch").start()
    if graph is not None:
        from orggraph.cli.fast import run

        status = run(sys.argv[1:])
        if status is not None:
            sys.exit(status)
    from orggraph.cli import main as cli

    cli()


def _prefetch(graph: str) -> None:
    from pathlib import Path

    from orggraph.storecache import prefetch

    prefetch(Path(graph))


if __name__ == "__main__":
    main()
