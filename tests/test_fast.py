"""The console script answers a plain question without click (orggraph.cli.fast): its parse must
mirror the click commands' options, and what it prints (and its exit status) must be what the
click group prints for the same arguments."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from _querygraphs import POST, write_organisation_graph
from orggraph.cli import main
from orggraph.cli.fast import COUNT, DAY, FLAG, SPECS, TEXT, options, parse

ROOT = Path(__file__).resolve().parents[1]
SERVER_ONLY = {"--endpoint", "--graph-iri"}  # a question to a server goes through click


def _kind(param: click.Option) -> str:
    if param.is_flag:
        return FLAG
    if isinstance(param.type, click.DateTime):
        assert list(param.type.formats) == ["%Y-%m-%d"]
        return DAY
    if isinstance(param.type, click.IntRange):
        assert param.type.min == 1 and param.type.max is None
        return COUNT
    return TEXT


@pytest.mark.parametrize("name", sorted(SPECS))
def test_the_fast_parse_mirrors_the_click_command(name: str) -> None:
    command = main.get_command(click.Context(main), name)
    assert command is not None
    arguments = tuple((p.name, p.required) for p in command.params if isinstance(p, click.Argument))
    assert SPECS[name].arguments == arguments
    flags = {flag: (p.name, _kind(p)) for p in command.params if isinstance(p, click.Option)
             for flag in p.opts if flag not in SERVER_ONLY}
    assert options(SPECS[name]) == flags
    assert parse([name, "-h"]) is None and parse([name, "--help"]) is None  # help is click's


@pytest.fixture(scope="module")
def graph(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_organisation_graph(tmp_path_factory.mktemp("fast") / "orggraph.ttl")


PLAIN = [
    ["who-chaired"], ["who-chaired", "Hội nghị toàn quốc năm 2022", "--json"], ["who-spoke", "--person", "Lan"],
    ["attendees", "--csv", "--no-headers"], ["meetings", "--from", "2019-01-01", "--to=2021-12-31", "--tsv"],
    ["positions", "tran thi lan", "--evidence"], ["positions", "Nobody Such"], ["positions", "Hùng"],
    ["holder", POST], ["holder", POST, "--on", "2020-05-01", "--nl"], ["holder", POST, "--on", "2030-01-01"],
    ["career", "Trần Thị Lan"], ["changes", "--person", "Lan"], ["documents", "--kind", "nghi quyet", "--limit", "1"],
    ["tasks", "--by", "Trần Thị Lan", "--evidence", "--json"], ["who-met"], ["who-met", "Lan", "--limit", "2"],
    ["evidence", "Trần Thị Lan", "--rel", "holds"], ["evidence", "Nobody Such", "--json"],
]
TO_CLICK = [
    ["positions"], ["holder", POST, "--on", "2020-5-1"], ["holder", POST, "--on", "yesterday"],
    ["meetings", "--from", "2021-01-01", "--to", "2019-01-01"], ["positions", "Lan", "--json", "--csv"],
    ["positions", "Lan", "--limit", "0"], ["positions", "Lan", "extra"], ["positions", "Lan", "--bogus"],
    ["who-met", "--evidence"], ["positions", "Lan", "--post"], ["positions", "--", "Lan"],
]


def _console(args: list[str], graph: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "ORGGRAPH_CACHE_DIR": str(graph.parent / "stores"), "PYTHONPATH": str(ROOT / "src")}
    return subprocess.run([sys.executable, "-m", "orggraph.launch", *args, "--graph", str(graph)],
                          capture_output=True, text=True, env=env, check=False)


@pytest.mark.parametrize("args", PLAIN + TO_CLICK, ids=" ".join)
def test_the_console_script_prints_what_the_group_prints(args: list[str], graph: Path) -> None:
    taken = parse([*args, "--graph", str(graph)]) is not None
    assert taken == (args in PLAIN)
    ours = _console(args, graph)
    theirs = CliRunner().invoke(main, [*args, "--graph", str(graph)], prog_name="python -m orggraph.launch")
    assert (ours.returncode, ours.stdout, ours.stderr) == (theirs.exit_code, theirs.stdout, theirs.stderr)


def test_a_closed_pipe_ends_a_plain_question_quietly(graph: Path) -> None:
    env = {**os.environ, "ORGGRAPH_CACHE_DIR": str(graph.parent / "stores"), "PYTHONPATH": str(ROOT / "src")}
    proc = subprocess.Popen([sys.executable, "-m", "orggraph.launch", "who-met", "--graph", str(graph)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.readline()
    proc.stdout.close()
    assert proc.wait(timeout=60) == 0
    assert proc.stderr.read() == b""


def test_a_question_on_a_graph_imports_no_dataclasses_nor_typing_nor_click(graph: Path) -> None:
    """dataclasses (with inspect, ast and dis) cost a question ~12 ms of its ~100, typing ~6 ms: the
    records a question makes are tuples (orggraph.records) and small classes."""
    code = ("import sys; from orggraph.launch import main; sys.argv[1:] = ['who-chaired', '--graph', sys.argv[1]]\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in ('click', 'dataclasses', 'typing', 'rdflib', 'rapidfuzz') if m in sys.modules))")
    env = {**os.environ, "ORGGRAPH_CACHE_DIR": str(graph.parent / "stores"), "PYTHONPATH": str(ROOT / "src")}
    out = subprocess.run([sys.executable, "-c", code, str(graph)], capture_output=True, text=True, check=True, env=env)
    assert "Hội nghị" in out.stdout
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_a_question_imports_no_click() -> None:
    code = ("import sys; from orggraph.cli.fast import run; "
            "sys.argv[1:] and None; status = run(['positions', 'x', '--graph', 'missing.ttl']); "
            "print(status, 'click' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    assert out.stdout.split() == ["1", "False"]


def test_a_record_is_the_tuple_typing_would_make() -> None:
    from typing import NamedTuple as Typed

    from orggraph.records import NamedTuple

    class Ours(NamedTuple):
        """A point."""

        x: int
        y: int = 2

        def total(self) -> int:
            return self.x + self.y

    class Theirs(Typed):
        x: int
        y: int = 2

    assert Ours(1) == Theirs(1) == (1, 2) and Ours(1).total() == 3 and Ours(y=5, x=1).y == 5
    assert Ours._fields == Theirs._fields == ("x", "y") and Ours.__doc__ == "A point."
    assert Ours(1)._replace(x=4) == (4, 2) and repr(Ours(1)) == "Ours(x=1, y=2)"
